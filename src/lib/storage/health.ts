import { assessmentSchema, stateProfileSchema } from '../schema/assessment';
import { DB_NAME, db } from './db';

/**
 * Whether this browser can store answers at all, checked once at start-up (issue 12 items 6, 7),
 * so that the user is told before typing anything rather than by a technical error later:
 * - `blocked`: IndexedDB is missing or refused (site data blocked by policy, some private modes):
 *   nothing can be saved; the read-only parts still work.
 * - `damaged`: a database exists but this version cannot open or read it (written by a newer
 *   version, an upgrade failed, a table is missing). Nothing is changed; a raw export of whatever
 *   can be read is offered (storage/rawExport.ts).
 */
export type StorageHealth =
  | { kind: 'ok' }
  | { kind: 'blocked'; name: string }
  | { kind: 'damaged'; name: string; newer: boolean };

const names = (e: unknown): string[] => {
  const out: string[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 6 && cur && typeof cur === 'object'; i += 1) {
    const o = cur as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    if (typeof o.name === 'string') out.push(o.name);
    if (typeof o.message === 'string') out.push(o.message);
    cur = o.inner ?? o.cause;
  }
  return out;
};

/** Reads the error of a failed open: which of the two faults, and its technical name. */
export function classifyOpenError(e: unknown): StorageHealth {
  const all = names(e);
  const name =
    all.find((n) => /^[A-Z][A-Za-z]+Error$/.test(n) && n !== 'OpenFailedError') ??
    all.find((n) => /Error$/.test(n)) ??
    'Error';
  if (all.includes('VersionError')) return { kind: 'damaged', name: 'VersionError', newer: true };
  if (
    all.some((n) => ['UpgradeError', 'NotFoundError', 'DataError', 'ConstraintError'].includes(n))
  )
    return { kind: 'damaged', name, newer: false };
  if (
    all.some((n) => ['MissingAPIError', 'SecurityError', 'InvalidStateError'].includes(n)) ||
    all.some((n) => /denied|permission|not allowed|security|blocked/i.test(n))
  )
    return { kind: 'blocked', name };
  if (all.includes('UnknownError')) return { kind: 'blocked', name };
  return { kind: 'damaged', name, newer: false };
}

/**
 * What a screen's own read already found, so that the check does not parse the same rows again
 * (issue 18: 500 assessments parsed twice at start-up, 0.36 s): `unreadable` is how many stored
 * States and assessments (every row of both tables, the trash included) failed their schema
 * (stateProfileSchema, assessmentSchema), as the home screen's read counts them
 * (storage/states.ts listStates, storage/assessments.ts listEveryAssessment).
 */
export interface CountedRows {
  unreadable: number;
}

/**
 * Opens the database and reads one row of every table; resolves to what is wrong, if anything.
 * Every State and assessment is parsed too (a row this version cannot read is `damaged`), unless
 * `counted` gives what a read of those tables found this session.
 */
export async function probeStorage(counted?: CountedRows): Promise<StorageHealth> {
  try {
    // Reading `indexedDB` itself may throw (a SecurityError where the browser refuses this origin
    // storage, as some privacy settings and embedded frames do): that is "blocked" too, said at
    // start like the policy block, not only at the first save.
    if (typeof indexedDB === 'undefined' || !indexedDB)
      return { kind: 'blocked', name: 'MissingAPIError' };
    await db.open();
  } catch (e) {
    return classifyOpenError(e);
  }
  try {
    // Every table read once: a database whose tables differ from what this version declares
    // opens, then fails on the first read (issue 12 item 7: "Loading…" for ever).
    const stores = new Set(db.backendDB()?.objectStoreNames ?? []);
    const missing = db.tables.find((t) => !stores.has(t.name));
    if (missing) return { kind: 'damaged', name: `NotFoundError: ${missing.name}`, newer: false };
    const corrupt = await db.transaction('r', db.tables, async () => {
      for (const table of db.tables) await table.limit(1).toArray();
      if (counted) return counted.unreadable;
      // States and assessments are what every screen starts from: a row this version cannot read
      // (left by a pre-release build, another tool, a damaged disk) empties Home and Backup.
      const states = await db.states.toArray();
      const assessments = await db.assessments.toArray();
      return (
        states.filter((r) => !stateProfileSchema.safeParse(r).success).length +
        assessments.filter((r) => !assessmentSchema.safeParse(r).success).length
      );
    });
    if (corrupt > 0)
      return { kind: 'damaged', name: `${corrupt} unreadable record(s)`, newer: false };
  } catch (e) {
    return classifyOpenError(e);
  }
  return { kind: 'ok' };
}

export { DB_NAME };
