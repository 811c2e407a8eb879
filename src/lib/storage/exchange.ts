import Dexie, { type IndexableType, type Table } from 'dexie';
import type { Failure } from '../schema/failures';
import {
  answerSchema,
  assessmentSchema,
  historyEntrySchema,
  normAnswerSchema,
  stateProfileSchema,
} from '../schema/assessment';
import { assignmentsSchema, type Assignments } from '../schema/assignments';
import type { ExportFile } from '../schema/exportFile';
import type { ChecklistPack } from '../schema/pack';
import type { ExportSource } from '../domain/exchange';
import type { Guard, ImportWrites, StoredContext, StoredRecords } from '../domain/importPlan';
import { fail, failureOf, ok, type Result } from '../domain/result';
import { assignmentsKey } from './assignments';
import { coordinationSchema, heldPartSchema } from '../schema/coordination';
import {
  coordinationKey,
  getCoordinations,
  heldAgencies,
  heldPartKey,
  readCoordinationRecords,
} from './coordination';
import { db } from './db';
import { classifyStorageError } from './errors';
import { getPack, installPack, listPacks } from './packs';
import { addHistory, decodeHistory, readAllHistory } from './history';
import { parseRows, type ParsedRows } from './parseRow';
import { wasParsed } from '../schema/parsedRecords';
import { assessmentPackKey } from '../domain/pack';

/**
 * Storage side of export and import: reading what to export, the context an import plan needs, and
 * the import transaction itself. Every row read is parsed (storage is a boundary); rows that fail
 * their schema are reported in `corrupt` and left out of exports rather than copied elsewhere.
 */

export type ExportScope =
  | { kind: 'assessment' | 'part'; assessmentId: string }
  | { kind: 'state'; stateCode: string }
  | { kind: 'backup' };

export interface ReadSource {
  source: ExportSource;
  corrupt: Failure[];
}

/**
 * Rows asked of IndexedDB at once when a whole table is exported. A full backup's history is
 * ~40 MB: read in one `getAll`, its rows were deserialised in one task of 0.6–1.5 s during which
 * the screen could neither paint nor take input (issue 18, docs/bench.md). 250 rows of the heavy
 * State's history are ~1.5 MB, a task of a few tens of ms.
 */
export const PAGE_ROWS = 250;

/**
 * Every row of `table`, read in pages of `PAGE_ROWS` by primary key inside the caller's
 * transaction, each page parsed with `parsePage` (its rows and the position of the first) while
 * IndexedDB reads the next one (the request for page n + 1 is made before page n is parsed): what
 * parsing `table.toArray()` gives, in primary-key order, without one long task.
 */
async function readAllParsed<T extends object, K, I, R>(
  table: Table<T, K, I>,
  parsePage: (rows: T[], first: number) => ParsedRows<R>,
): Promise<ParsedRows<R>> {
  const keyPath = table.schema.primKey.keyPath ?? '';
  const out: ParsedRows<R> = { rows: [], corrupt: [] };
  let next: Promise<T[]> | undefined = table.orderBy(':id').limit(PAGE_ROWS).toArray();
  let seen = 0;
  while (next) {
    const rows: T[] = await next;
    const last = rows.at(-1);
    next =
      rows.length === PAGE_ROWS && last !== undefined
        ? table
            .where(':id')
            .above(Dexie.getByKeyPath(last, keyPath) as IndexableType)
            .limit(PAGE_ROWS)
            .toArray()
        : undefined;
    const page = parsePage(rows, seen);
    out.rows.push(...page.rows);
    out.corrupt.push(...page.corrupt);
    seen += rows.length;
  }
  return out;
}

/**
 * The rows of an assessment table (`answers`, `normAnswers`, `history`: keyed by `assessmentId`)
 * that an export holds, parsed by `parse` (a page's rows and the position of its first row):
 * every row, page by page (`all`: a full backup, see readAllParsed), or the rows of the
 * assessments `ids`, read at once (a scope's rows are few). Runs inside the caller's transaction.
 */
async function readScoped<T extends object, K, I, R>(
  table: Table<T, K, I>,
  all: boolean,
  ids: readonly string[],
  parse: (rows: T[], first: number) => ParsedRows<R>,
): Promise<ParsedRows<R>> {
  if (all) return readAllParsed(table, parse);
  return parse(
    await table
      .where('assessmentId')
      .anyOf([...ids])
      .toArray(),
    0,
  );
}

/**
 * Reads what an export of `scope` holds in one read-only transaction (a consistent snapshot):
 * States, assessments, answers, norm answers, history, packs and assignments. Fails with
 * `export.*` when the scope names nothing on this device.
 */
export async function readExportSource(scope: ExportScope): Promise<Result<ReadSource>> {
  // One read-only transaction: the export is a consistent snapshot even while another tab writes.
  // states, assessments, answers, normAnswers, history: the records exported; packs: the versions
  // the assessments need; meta: the coordinator's assignments of those assessments (stored there
  // under `assignments:<id>`, storage/assignments.ts) and, for a full backup, the coordination
  // records (`heldPart:<id>`, `coordination:<id>`, storage/coordination.ts).
  // A full backup reads whole tables page by page, parsing each page while the next is read
  // (readAllParsed); a scope's rows are few and are read at once, then parsed.
  const raw = await db.transaction(
    'r',
    [db.states, db.assessments, db.answers, db.normAnswers, db.history, db.packs, db.meta],
    async () => {
      const assessments =
        scope.kind === 'backup'
          ? await db.assessments.toArray()
          : scope.kind === 'state'
            ? await db.assessments.where('stateCode').equals(scope.stateCode).toArray()
            : await db.assessments.where('id').equals(scope.assessmentId).toArray();
      const ids = assessments.map((a) => a.id);
      const all = scope.kind === 'backup';
      return {
        states: await db.states.toArray(),
        assessments,
        answers: await readScoped(db.answers, all, ids, (rows, first) =>
          parseRows(answerSchema, rows, 'answers', first),
        ),
        normAnswers: await readScoped(db.normAnswers, all, ids, (rows, first) =>
          parseRows(normAnswerSchema, rows, 'normAnswers', first),
        ),
        // The history has its own paged read (batch rows weigh more than one-entry rows).
        history: all
          ? await readAllHistory(db.history)
          : decodeHistory(
              await db.history
                .where('assessmentId')
                .anyOf([...ids])
                .toArray(),
            ),
        assignments: (await db.meta.bulkGet(ids.map(assignmentsKey))).map((row, i) => ({
          id: ids[i] ?? '',
          value: row?.value,
        })),
        coordination: all ? await readCoordinationRecords() : undefined,
      };
    },
  );
  const states = parseRows(stateProfileSchema, raw.states, 'states');
  const assessments = parseRows(assessmentSchema, raw.assessments, 'assessments');
  const { answers, normAnswers, history } = raw;
  const assignments = parseAssignments(raw.assignments);
  if (assessments.rows.length === 0 && scope.kind !== 'backup' && scope.kind !== 'state')
    return fail({ code: 'export.assessment-not-found' });
  const packs: ChecklistPack[] = [];
  const keys = new Set(assessments.rows.map((a) => assessmentPackKey(a)));
  for (const key of keys) {
    const [id = '', version = ''] = key.split('@');
    const pack = await getPack(id, version);
    if (!pack.ok) return pack;
    packs.push(pack.value);
  }
  return ok({
    source: {
      states: states.rows,
      assessments: assessments.rows,
      answers: answers.rows,
      normAnswers: normAnswers.rows,
      history: history.rows,
      packs,
      assignments: assignments.rows,
      ...(raw.coordination
        ? {
            heldParts: raw.coordination.heldParts.rows,
            coordination: raw.coordination.coordination.rows,
          }
        : {}),
    },
    corrupt: [
      ...(raw.coordination?.heldParts.corrupt ?? []),
      ...(raw.coordination?.coordination.corrupt ?? []),
      ...states.corrupt,
      ...assessments.corrupt,
      ...answers.corrupt,
      ...normAnswers.corrupt,
      ...history.corrupt,
      ...assignments.corrupt,
    ],
  });
}

/**
 * Assignment records read from meta, by the assessment id they were stored under: none stored is
 * no record; one that fails its schema or names another assessment is corrupt (left out).
 */
function parseAssignments(raw: readonly { id: string; value: unknown }[]): {
  rows: Assignments[];
  corrupt: Failure[];
} {
  const stored = raw.filter((r) => r.value !== undefined);
  const parsed = parseRows(
    assignmentsSchema,
    stored.map((r) => r.value),
    'assignments',
  );
  const rows: Assignments[] = [];
  const corrupt = [...parsed.corrupt];
  for (const row of parsed.rows) {
    if (stored.some((r) => r.id === row.assessmentId)) rows.push(row);
    else corrupt.push({ code: 'assignments.misfiled', assessmentId: row.assessmentId });
  }
  return { rows, corrupt };
}

/** The stored side of an import plan: what the file's assessments meet on this device. */
export async function loadImportContext(file: ExportFile): Promise<StoredContext> {
  const states = parseRows(stateProfileSchema, await db.states.toArray(), 'states').rows;
  const assessments = parseRows(
    assessmentSchema,
    await db.assessments.toArray(),
    'assessments',
  ).rows;
  const ids = new Set(file.assessments.map((a) => a.id));
  const codes = new Set(file.assessments.map((a) => a.stateCode));
  // Same id (copy or merge) and, for parts, every cycle of the same State (merge targets).
  const relevant = assessments.filter(
    (a) => ids.has(a.id) || (file.kind === 'part' && codes.has(a.stateCode)),
  );
  const records = new Map<string, StoredRecords>();
  const storedAssignments = parseAssignments(
    (await db.meta.bulkGet(relevant.map((a) => assignmentsKey(a.id)))).map((row, i) => ({
      id: relevant[i]?.id ?? '',
      value: row?.value,
    })),
  ).rows;
  for (const a of relevant) {
    records.set(a.id, {
      answers: parseRows(
        answerSchema,
        await db.answers.where('assessmentId').equals(a.id).toArray(),
        'answers',
      ).rows,
      normAnswers: parseRows(
        normAnswerSchema,
        await db.normAnswers.where('assessmentId').equals(a.id).toArray(),
        'normAnswers',
      ).rows,
      history: decodeHistory(
        await db.history.where('assessmentId').equals(a.id).toArray(),
      ).rows.map(({ id: _id, ...e }) => e),
    });
  }
  const listed = await listPacks();
  const packs = new Map<string, ChecklistPack>();
  for (const a of file.assessments) {
    const got = await getPack(a.packId, a.packVersion);
    if (got.ok) packs.set(assessmentPackKey(a), got.value);
  }
  return {
    states,
    assessments,
    heldAgencies: await heldAgencies(),
    // This device's log of parts sent: the plan knows a backup's held part sent from here.
    coordination: await getCoordinations([...ids].filter((id) => records.has(id))),
    records,
    installedPacks: new Set(listed.packs.map((p) => p.key)),
    packs,
    assignments: new Map(storedAssignments.map((r) => [r.assessmentId, r])),
  };
}

/** A record as parsed: itself when a parse with its current schema returned it, else parsed now. */
const trusted = <T extends object>(record: T, schema: { parse: (v: unknown) => T }): T =>
  wasParsed(record) ? record : schema.parse(record);

class ImportRefused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}

async function checkGuard(guard: Guard): Promise<void> {
  let seen: number | string | null;
  if (guard.table === 'assessments') {
    const row = await db.assessments.get(guard.key as string);
    seen = row ? row.updatedAt : null;
  } else if (guard.table === 'assignments') {
    // As loadImportContext saw it: a record that fails its schema counts as none.
    const row = await db.meta.get(assignmentsKey(guard.key as string));
    const parsed = assignmentsSchema.safeParse(row?.value);
    seen = parsed.success ? parsed.data.rev : null;
  } else {
    const key = guard.key as [string, string];
    const row =
      guard.table === 'answers' ? await db.answers.get(key) : await db.normAnswers.get(key);
    seen = row?.rev ?? null;
  }
  if (seen !== guard.expected) throw new ImportRefused({ code: 'import.changed-meanwhile' });
}

/**
 * Writes an import in ONE transaction: either all of it is stored or none of it (any error, a
 * refused guard or a failed write, rolls everything back). The transaction spans:
 * - packs: the checklist versions the file carries and this device lacks;
 * - states: State profiles the imported assessments belong to;
 * - assessments: the new ones and copies, and the merge targets read by the guards;
 * - answers, normAnswers: the records added or merged, read first by the guards (revisions);
 * - history: the file's history and one entry per merged record (as batch rows);
 * - meta: the part an agency received (`heldPart:<id>`), the coordinator's record of parts
 *   received (`coordination:<id>`), and the coordinator's assignments of the imported assessments (stored in meta under
 *   `assignments:<id>`, storage/assignments.ts), read first by their guard; written here, not
 *   afterwards, so that an import never leaves assessments without the plan it carried.
 */
export async function applyImport(writes: ImportWrites, now = new Date()): Promise<Result<void>> {
  try {
    await db.transaction(
      'rw',
      [db.packs, db.states, db.assessments, db.answers, db.normAnswers, db.history, db.meta],
      async () => {
        for (const guard of writes.guards) await checkGuard(guard);
        for (const pack of writes.packs) {
          const installed = await installPack(pack, now);
          if (!installed.ok) throw new ImportRefused(failureOf(installed));
        }
        // Parsed again right before the write, the last boundary before IndexedDB, unless the
        // record is the very object the file's parse returned (schema/parsedRecords.ts): a copy,
        // a re-keyed or merged record is a new object and is parsed here.
        await db.states.bulkPut(writes.states.map((s) => stateProfileSchema.parse(s)));
        await db.assessments.bulkAdd(writes.assessments.map((a) => trusted(a, assessmentSchema)));
        await db.answers.bulkPut(writes.answers.map((a) => trusted(a, answerSchema)));
        await db.normAnswers.bulkPut(writes.normAnswers.map((n) => trusted(n, normAnswerSchema)));
        // As a few batch rows, not one row per entry (storage/history.ts; issue 18: IndexedDB's
        // cost follows the number of rows).
        await addHistory(
          db.history,
          writes.history.map((h) => trusted(h, historyEntrySchema)),
          'batches',
        );
        await db.meta.bulkPut(
          writes.assignments.map((r) => {
            const record = trusted(r, assignmentsSchema);
            return { key: assignmentsKey(record.assessmentId), value: record };
          }),
        );
        // An agency's record of the part it received (storage/coordination.ts), in meta too.
        await db.meta.bulkPut(
          (writes.heldParts ?? []).map((r) => {
            const record = heldPartSchema.parse(r);
            return { key: heldPartKey(record.assessmentId), value: record };
          }),
        );
        // A held part a whole assessment was merged into is whole from now on (its mark goes).
        await db.meta.bulkDelete((writes.wholeAgain ?? []).map(heldPartKey));
        // A merge target taken out of the trash (the preview said so), as storage/trash.ts does.
        for (const id of writes.restored ?? []) {
          const row = await db.assessments.get(id);
          if (!row) continue;
          const { deletedAt: _gone, ...rest } = row;
          await db.assessments.put(assessmentSchema.parse(rest));
        }
        // The coordinator's record of the parts received (storage/coordination.ts), in meta too.
        await db.meta.bulkPut(
          (writes.coordination ?? []).map((r) => {
            const record = coordinationSchema.parse(r);
            return { key: coordinationKey(record.assessmentId), value: record };
          }),
        );
      },
    );
    return ok(undefined);
  } catch (e) {
    if (e instanceof ImportRefused) return fail(e.failure);
    if (e instanceof Error && e.name === 'ZodError')
      return fail({ code: 'import.record-invalid', detail: e.message });
    return fail({ code: 'import.store-failed', name: classifyStorageError(e).name });
  }
}

// ---------------------------------------------------------------------------------------------
// Last backup: the rule and its records live in backupStatus.ts (one rule for the badge and the
// Backup screen); re-exported here for the callers that know them from this module.
export { getBackupStatus, recordBackup, type BackupStatus } from './backupStatus';
