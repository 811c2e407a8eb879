import { emptyCoordination, withSent } from '../domain/coordination';
import {
  coordinationSchema,
  heldPartSchema,
  type Coordination,
  type HeldPart,
  type SentPart,
} from '../schema/coordination';
import { db, type NicDatabase } from './db';
import { parseRows, type ParsedRows } from './parseRow';

/**
 * The coordinator's record of parts sent and received for one assessment (schema/coordination.ts),
 * one value under the meta key `coordination:<assessmentId>`. A stored value that fails its schema
 * reads as empty (the merge then finds no ancestor and asks about every difference: safe).
 * Parts received are written by the import transaction itself (storage/exchange.ts applyImport).
 */

export const coordinationKey = (assessmentId: string) => `coordination:${assessmentId}`;

function parseStored(assessmentId: string, raw: unknown): Coordination {
  const parsed = coordinationSchema.safeParse(raw);
  return parsed.success && parsed.data.assessmentId === assessmentId
    ? parsed.data
    : emptyCoordination(assessmentId);
}

/**
 * The coordinator's record of parts sent and received for an assessment (meta `coordination:<id>`);
 * an empty record when none or a damaged one is stored.
 */
export async function getCoordination(
  assessmentId: string,
  database: NicDatabase = db,
): Promise<Coordination> {
  return parseStored(assessmentId, (await database.meta.get(coordinationKey(assessmentId)))?.value);
}

/** The records of several assessments, by id (for an import's context). */
export async function getCoordinations(
  assessmentIds: readonly string[],
  database: NicDatabase = db,
): Promise<Map<string, Coordination>> {
  const rows = await database.meta.bulkGet(assessmentIds.map(coordinationKey));
  return new Map(assessmentIds.map((id, i) => [id, parseStored(id, rows[i]?.value)]));
}

/**
 * Records a part exported from this device (after its file was handed to the browser), replacing
 * the earlier one sent to the same agency. Read and written in one transaction (meta only).
 */
export async function recordPartSent(
  assessmentId: string,
  part: SentPart,
  database: NicDatabase = db,
): Promise<void> {
  await database.transaction('rw', database.meta, async () => {
    const key = coordinationKey(assessmentId);
    const current = parseStored(assessmentId, (await database.meta.get(key))?.value);
    const next = coordinationSchema.parse(withSent(current, part));
    await database.meta.put({ key, value: next });
  });
}

/** The meta key of the part an agency holds for an assessment: `heldPart:<assessmentId>`. */
export const heldPartKey = (assessmentId: string) => `heldPart:${assessmentId}`;

/** Ids of the assessments this device holds only as an agency's part (meta keys `heldPart:<id>`). */
export async function heldPartIds(database: NicDatabase = db): Promise<Set<string>> {
  const keys = await database.meta.where('key').startsWith(heldPartKey('')).primaryKeys();
  return new Set(keys.map((k) => String(k).slice(heldPartKey('').length)));
}

/**
 * The assessments this device holds only as an agency's part, by id, with the agency each part was
 * given to (meta `heldPart:<id>` records that pass their schema; the import's context).
 */
export async function heldAgencies(database: NicDatabase = db): Promise<Map<string, string>> {
  const rows = await database.meta.where('key').startsWith(heldPartKey('')).toArray();
  const out = new Map<string, string>();
  for (const row of rows) {
    const parsed = heldPartSchema.safeParse(row.value);
    if (parsed.success) out.set(parsed.data.assessmentId, parsed.data.scope.agency);
  }
  return out;
}

/**
 * On an agency's device: the part it received for an assessment (schema/coordination.ts
 * `heldPartSchema`), written by the import that added it; undefined when none (or a stored value
 * that fails its schema: the agency then fills the form by hand, as before).
 */
export async function getHeldPart(
  assessmentId: string,
  database: NicDatabase = db,
): Promise<HeldPart | undefined> {
  const parsed = heldPartSchema.safeParse(
    (await database.meta.get(heldPartKey(assessmentId)))?.value,
  );
  return parsed.success && parsed.data.assessmentId === assessmentId ? parsed.data : undefined;
}

/**
 * Every coordination record this device stores, as a full backup carries them (export format 6):
 * the parts it holds for an agency (meta `heldPart:*`, each as `heldAgencies` reads it) and the
 * coordinator's log of parts sent and returned (meta `coordination:*`, each under the key of its own
 * assessment, as `getCoordination` reads it). Records that fail their schema are in `corrupt` and
 * left out. Reads meta only: call it inside the export's read transaction for one snapshot.
 */
export async function readCoordinationRecords(database: NicDatabase = db): Promise<{
  heldParts: ParsedRows<HeldPart>;
  coordination: ParsedRows<Coordination>;
}> {
  const held = await database.meta.where('key').startsWith(heldPartKey('')).toArray();
  const logs = await database.meta.where('key').startsWith(coordinationKey('')).toArray();
  const coordination = parseRows(
    coordinationSchema,
    logs.map((r) => r.value),
    'coordination',
  );
  const filed = new Set(logs.map((r) => r.key));
  return {
    heldParts: parseRows(
      heldPartSchema,
      held.map((r) => r.value),
      'heldParts',
    ),
    coordination: {
      // A record stored under another assessment's key is one getCoordination never reads.
      rows: coordination.rows.filter((r) => filed.has(coordinationKey(r.assessmentId))),
      corrupt: coordination.corrupt,
    },
  };
}
