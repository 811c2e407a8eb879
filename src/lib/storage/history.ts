import Dexie, { type EntityTable } from 'dexie';
import { z } from 'zod';
import {
  HISTORY_BATCH_MAX_ENTRIES,
  historyEntrySchema,
  storedHistoryBatchSchema,
  storedHistoryEntrySchema,
  type HistoryEntry,
  type StoredHistoryBatch,
  type StoredHistoryEntry,
  type StoredHistoryRow,
} from '../schema/assessment';
import type { Failure } from '../schema/failures';
import { pathSegments, schemaFailure } from '../schema/issues';
import type { ParsedRows } from './parseRow';
import { applyEdit, encodeHistoryEntry, isFields, type HistoryBase } from './historyEdits';

export { applyEdit, editOf, encodeHistoryEntry, type HistoryBase } from './historyEdits';

/**
 * The history's stored shape (database version 2, storage/db.ts) and its one way back to the
 * entries every reader sees (whole records before and after, `historyEntrySchema`).
 *
 * Why: an entry used to store the WHOLE record before and after, so a 1,500-character note was
 * stored twice per change even when only the status changed; the heavy State's history was ~33 MB
 * and importing it was bound by IndexedDB's commit of those bytes (issue 18, docs/bench.md). Now
 * an entry stores edits (`storedHistoryEntrySchema`): its `before` as an edit of the `after` of the
 * previous entry of the same record (usually empty: nothing else wrote in between) and its `after`
 * as an edit of its `before` (the fields that changed). A note is stored once when it is typed.
 *
 * Every edit is exact (applied, it gives the other record with the same fields and values), so
 * the records read back are the records written: history lines, undo, typing bursts, merges and
 * exports read what they read before. An entry whose `from` cannot be read (a damaged row) is
 * reported as corrupt like any damaged row, never guessed.
 *
 * From database version 3, entries that arrive in bulk (an import or restore: `addHistory(…,
 * 'batches')`) are stored as a few BATCH rows (schema/assessment.ts storedHistoryBatchSchema),
 * because IndexedDB's cost follows the number of rows (issue 18: a full backup's 6,420 rows took
 * ~5 s to write). Every function here reads and addresses entries inside a batch exactly as
 * one-entry rows: by record, by id (undo), by id range (the backup badge), by assessment (delete).
 * Nothing else in the app reads or writes the history table.
 */

/** The history table: one-entry rows and batch rows. */
type HistoryTable = EntityTable<StoredHistoryRow, 'id'>;

/** Whether a stored row is a batch row (it lists entries); nothing else checked. */
const isBatchRow = (row: unknown): row is Record<string, unknown> & { entries: unknown } =>
  isFields(row) && 'entries' in row;

/** The entries of a batch row's JSON text, each to be read as a row of its own. */
const batchEntriesSchema = z.array(z.unknown()).min(1).max(HISTORY_BATCH_MAX_ENTRIES);

/**
 * A batch row's envelope with its entries out of their JSON text (not checked yet: each is read as
 * a row of its own), or the reason it does not read.
 */
function readBatch(row: unknown):
  | { success: true; data: Omit<StoredHistoryBatch, 'entries'> & { entries: unknown[] } }
  | {
      success: false;
      error: z.ZodError;
    } {
  const envelope = storedHistoryBatchSchema.safeParse(row);
  if (!envelope.success) return envelope;
  let text: unknown;
  try {
    text = JSON.parse(envelope.data.entries);
  } catch {
    text = undefined;
  }
  const entries = batchEntriesSchema.safeParse(text);
  if (!entries.success) return entries;
  return { success: true, data: { ...envelope.data, entries: entries.data } };
}

/** A batch row with `entries` (stored entries, already parsed) written as its JSON text. */
const sealBatch = (
  batch: Omit<StoredHistoryBatch, 'entries'> & { entries: readonly StoredHistoryEntry[] },
): StoredHistoryBatch =>
  storedHistoryBatchSchema.parse({ ...batch, entries: JSON.stringify(batch.entries) });

/** Record key of an entry: its assessment and target. */
const recordKey = (e: { assessmentId: string; target: string }) => `${e.assessmentId} ${e.target}`;

/**
 * Rough size of a stored value in characters of JSON (strings by their length): where a batch row
 * is cut. No JSON text is made (a backup's history is tens of MB).
 */
function approxSize(v: unknown): number {
  if (typeof v === 'string') return v.length + 2;
  if (v === null || typeof v !== 'object') return 8;
  let n = 2;
  if (Array.isArray(v)) {
    for (const x of v) n += approxSize(x) + 1;
    return n;
  }
  for (const [k, x] of Object.entries(v)) n += k.length + 4 + approxSize(x);
  return n;
}

/**
 * Where a batch row is cut (whole records, approximate JSON characters): ~512 kB, so that a save
 * or the history panel, which read the batch rows holding one record, read little, and an export
 * reads the table in pages of ~1 MB (readAllHistory).
 */
export const HISTORY_BATCH_SIZE = 512 * 1024;

/**
 * Entries (whole records, each with its id, in id order) as batch rows: per assessment (in the
 * order first met), its records in target order (IndexedDB's order of strings: code units), the
 * entries of one record kept together in id order, a row cut before it would
 * pass `HISTORY_BATCH_SIZE` or `HISTORY_BATCH_MAX_ENTRIES` (a record larger than that is cut too).
 * Each row's entries are written against each other only (a record's first entry in a row keeps
 * its `before` whole), so that a batch reads on its own, in whatever order rows are read.
 */
export function historyBatches(
  entries: readonly (HistoryEntry & { id: number })[],
): StoredHistoryBatch[] {
  return historyChunks(entries).map(([assessmentId, chunk]) =>
    sealBatch(batchRow(assessmentId, chunk)),
  );
}

/** The entries of each batch row (see historyBatches), with their assessment. */
function historyChunks(
  entries: readonly (HistoryEntry & { id: number })[],
): [string, (HistoryEntry & { id: number })[]][] {
  type Entry = HistoryEntry & { id: number };
  const byAssessment = new Map<string, Map<string, Entry[]>>();
  for (const e of entries) {
    let records = byAssessment.get(e.assessmentId);
    if (!records) byAssessment.set(e.assessmentId, (records = new Map<string, Entry[]>()));
    const key = recordKey(e);
    const list = records.get(key);
    if (list) list.push(e);
    else records.set(key, [e]);
  }
  const out: [string, (HistoryEntry & { id: number })[]][] = [];
  for (const [assessmentId, records] of byAssessment) {
    let chunk: (HistoryEntry & { id: number })[] = [];
    let size = 0;
    const flush = () => {
      if (chunk.length > 0) out.push([assessmentId, chunk]);
      chunk = [];
      size = 0;
    };
    const inOrder = [...records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [, list] of inOrder) {
      const sizes = list.map(approxSize);
      const total = sizes.reduce((a, b) => a + b, 0);
      // A record starts a new row rather than being cut, when it fits in one.
      if (
        size + total > HISTORY_BATCH_SIZE ||
        chunk.length + list.length > HISTORY_BATCH_MAX_ENTRIES
      )
        flush();
      list.forEach((e, i) => {
        const n = sizes[i] ?? 0;
        if (
          chunk.length > 0 &&
          (size + n > HISTORY_BATCH_SIZE || chunk.length >= HISTORY_BATCH_MAX_ENTRIES)
        )
          flush();
        chunk.push(e);
        size += n;
      });
    }
    flush();
  }
  return out;
}

/**
 * One batch row of `chunk` (entries of one assessment, a record's entries in id order), its
 * entries parsed with the stored schema (throws on a bug), not yet written as text.
 */
function batchRow(
  assessmentId: string,
  chunk: readonly (HistoryEntry & { id: number })[],
): Omit<StoredHistoryBatch, 'entries'> & { entries: StoredHistoryEntry[] } {
  const last = new Map<string, HistoryBase>();
  const entries = chunk.map((e) => {
    const key = recordKey(e);
    const stored = storedHistoryEntrySchema.parse(encodeHistoryEntry(e, last.get(key)));
    last.set(key, { id: e.id, after: e.after });
    return stored;
  });
  const ids = chunk.map((e) => e.id);
  return {
    id: ids.reduce((a, b) => Math.max(a, b), 0),
    first: ids.reduce((a, b) => Math.min(a, b), Number.MAX_SAFE_INTEGER),
    count: ids.length,
    assessmentId,
    firstTarget: chunk[0]!.target,
    lastTarget: chunk.at(-1)!.target,
    ids,
    entries,
  };
}

/**
 * Entries of one write in their stored shape, with ids from `firstId` on (in the given order),
 * each `before` written against the previous entry of the same record in the list, or against
 * `bases` (the newest stored entry of a record, by `assessmentId target`) for a record's first.
 */
export function encodeHistoryEntries(
  entries: readonly Omit<HistoryEntry, 'id'>[],
  firstId: number,
  bases: ReadonlyMap<string, HistoryBase> = new Map(),
): StoredHistoryEntry[] {
  const last = new Map(bases);
  return entries.map((e, i) => {
    const id = firstId + i;
    const { id: _old, ...entry } = e as HistoryEntry;
    const key = recordKey(entry);
    const stored = encodeHistoryEntry({ ...entry, id }, last.get(key));
    last.set(key, { id, after: entry.after });
    return stored;
  });
}

/** A failure for stored row `index` of the history: its `before` starts from no readable entry. */
function missingBase(what: 'history', index: number, row: unknown): Failure {
  const error = new z.ZodError([
    { code: 'custom', path: ['before', 'from'], message: 'history-base-missing', input: row },
  ]);
  return schemaFailure(pathSegments([what, index], { [what]: { [index]: row } }), error, 3, row);
}

/**
 * Stored history rows read back as entries with whole records, in id order; a batch row gives each
 * of its entries. Damaged rows (failing the stored schema, or whose `from` entry is not among
 * `rows` or `known` or not readable; a batch row whose envelope fails: all of it) are left out and
 * listed in `corrupt`. A row of database version 1 (whole records) reads as it is (a raw read of a
 * database not yet upgraded). `rows` must hold every entry a row starts from (every earlier entry
 * of its record, which a read by record or by assessment does); `known` adds entries decoded before
 * (a table read in pages) and receives the ones decoded here. `first`: the position of `rows[0]`
 * in its table, for the failures (an entry of a batch is named by its batch row's position).
 */
export function decodeHistory(
  rows: readonly unknown[],
  known: Map<number, unknown> = new Map(),
  first = 0,
): ParsedRows<HistoryEntry> {
  type Item = { row: unknown; index: number };
  const items: Item[] = [];
  const result: ParsedRows<HistoryEntry> = { rows: [], corrupt: [] };
  rows.forEach((row, i) => {
    const index = first + i;
    if (!isBatchRow(row)) return items.push({ row, index });
    const batch = readBatch(row);
    if (batch.success) for (const entry of batch.data.entries) items.push({ row: entry, index });
    else
      result.corrupt.push(
        schemaFailure(
          pathSegments(['history', index], { history: { [index]: row } }),
          batch.error,
          3,
          row,
        ),
      );
  });
  type Read = { stored: StoredHistoryEntry } | { whole: HistoryEntry } | { error: z.ZodError };
  const parsed = items.map(({ row }): Read => {
    const stored = storedHistoryEntrySchema.safeParse(row);
    if (stored.success) return { stored: stored.data };
    const whole = historyEntrySchema.safeParse(row);
    return whole.success ? { whole: whole.data } : { error: stored.error };
  });
  const rawId = (row: unknown) => {
    const id = isFields(row) ? row.id : undefined;
    return typeof id === 'number' ? id : Number.MAX_SAFE_INTEGER;
  };
  // Decoded in id order: an entry starts from an earlier one (a lower id).
  const order = parsed
    .map((_, i) => i)
    .sort((a, b) => rawId(items[a]!.row) - rawId(items[b]!.row) || a - b);
  const out = new Array<HistoryEntry | Failure>(items.length);
  for (const i of order) {
    const p = parsed[i]!;
    const { row, index } = items[i]!;
    if ('error' in p) {
      // Left out and reported; its record after still serves the entries that start from it,
      // when its edits read (a damaged cause or name must not take later entries with it).
      const payload = payloadSchema.safeParse(row);
      const after = payload.success ? decodeOne(payload.data, known)?.after : undefined;
      if (payload.success && after !== undefined) known.set(payload.data.id, after);
      out[i] = schemaFailure(
        pathSegments(['history', index], { history: { [index]: row } }),
        p.error,
        3,
        row,
      );
      continue;
    }
    const entry = 'whole' in p ? p.whole : decodeOne(p.stored, known);
    if (!entry) {
      out[i] = missingBase('history', index, row);
      continue;
    }
    if (entry.id !== undefined) known.set(entry.id, entry.after);
    out[i] = entry;
  }
  for (const e of out) {
    if ('code' in e) result.corrupt.push(e);
    else result.rows.push(e);
  }
  result.rows.sort((a, b) => (a.id ?? Number.MAX_SAFE_INTEGER) - (b.id ?? Number.MAX_SAFE_INTEGER));
  return result;
}

/** The records of a stored row whose other fields may be damaged. */
const payloadSchema = z.object({
  id: z.int().min(1),
  before: storedHistoryEntrySchema.shape.before,
  after: storedHistoryEntrySchema.shape.after,
});

/** One stored entry with whole records, or undefined when its `before` starts from no record. */
function decodeOne<R extends Pick<StoredHistoryEntry, 'before' | 'after'>>(
  row: R,
  known: Map<number, unknown>,
): (Omit<R, 'before' | 'after'> & { before?: unknown; after: unknown }) | undefined {
  const { before: b, after: a, ...rest } = row;
  let before: unknown;
  if (b && 'from' in b) {
    const base = known.get(b.from);
    if (!isFields(base)) return undefined;
    before = applyEdit(base, b.edit);
  } else before = b?.whole;
  let after: unknown;
  if ('edit' in a) {
    if (!isFields(before)) return undefined;
    after = applyEdit(before, a.edit);
  } else after = a.whole;
  return { ...rest, ...(b ? { before } : {}), after };
}

/** A record's history as read by `readRecordHistory`. */
export interface RecordHistory extends ParsedRows<HistoryEntry> {
  /** Its entries that live inside a batch row: entry id → the batch row's key. */
  batched: ReadonlyMap<number, number>;
}

/**
 * The keys of the batch rows that may hold entries of record (`assessmentId`, `target`): those
 * of the assessment whose target run (`firstTarget`…`lastTarget`) covers it, from index keys only.
 */
async function batchKeysOfRecord(
  table: HistoryTable,
  assessmentId: string,
  target: string,
): Promise<number[]> {
  const keys: number[] = [];
  await table
    .where('[assessmentId+lastTarget+firstTarget]')
    // Targets are ASCII (schema/assessment.ts): U+FFFF sorts after every one.
    .between([assessmentId, target, ''], [assessmentId, '\uffff', '\uffff'], true, true)
    .eachKey((key, cursor) => {
      const firstTarget: unknown = Array.isArray(key) ? (key as unknown[])[2] : undefined;
      if (typeof firstTarget === 'string' && firstTarget <= target)
        keys.push(cursor.primaryKey as number);
    });
  return keys;
}

/**
 * Every entry of one record (`assessmentId`, `target`), oldest first, with whole records: its
 * one-entry rows and its entries inside batch rows. Runs in the caller's transaction when there is
 * one.
 */
export async function readRecordHistory(
  table: HistoryTable,
  assessmentId: string,
  target: string,
): Promise<RecordHistory> {
  // Sent together: a save reads this on the user's path (issue 18: ≤ 5 ms a save).
  const [singles, batches] = await Promise.all([
    table.where('[assessmentId+target]').equals([assessmentId, target]).toArray(),
    batchKeysOfRecord(table, assessmentId, target).then(async (keys) =>
      keys.length === 0 ? [] : table.bulkGet(keys),
    ),
  ]);
  const rows: unknown[] = [...singles];
  const batched = new Map<number, number>();
  for (const row of batches) {
    if (row === undefined) continue;
    const batch = readBatch(row);
    // A damaged batch goes to decodeHistory whole, which reports it.
    if (!batch.success) {
      rows.push(row);
      continue;
    }
    for (const e of batch.data.entries) {
      if (!isFields(e) || e.assessmentId !== assessmentId || e.target !== target) continue;
      rows.push(e);
      if (typeof e.id === 'number') batched.set(e.id, batch.data.id);
    }
  }
  return { ...decodeHistory(rows), batched };
}

/**
 * Adds `entries` (whole records, in order) to the history in their stored shape, inside the
 * caller's read-write transaction on `table`: ids follow the table's highest, in the order given,
 * so that an entry can start from an earlier one of the same write. `shape`: 'rows' (one row per
 * entry: a live change, a new cycle's carried answers) or 'batches' (entries that arrive in bulk:
 * an import or restore, written as a few batch rows, see `historyBatches`). Returns the ids given.
 * Throws (a bug) when an entry fails the stored schema.
 */
export async function addHistory(
  table: HistoryTable,
  entries: readonly Omit<HistoryEntry, 'id'>[],
  shape: 'rows' | 'batches' = 'rows',
): Promise<number[]> {
  if (entries.length === 0) return [];
  const firstId = (await highestHistoryId(table)) + 1;
  if (shape === 'batches') {
    const withIds = entries.map((e, i) => ({ ...e, id: firstId + i }));
    await table.bulkAdd(historyBatches(withIds));
    return withIds.map((e) => e.id);
  }
  const rows = encodeHistoryEntries(entries, firstId);
  await table.bulkAdd(rows.map((r) => storedHistoryEntrySchema.parse(r)));
  return rows.map((r) => r.id!);
}

/** The base a new entry of a record starts from: that record's newest readable entry. */
export const baseOf = (entry: HistoryEntry | undefined): HistoryBase | undefined =>
  entry?.id === undefined ? undefined : { id: entry.id, after: entry.after };

/**
 * Writes entry `entry.id` of a record again (whole records; a typing burst folded into the
 * record's newest entry, domain/historyBurst.ts), in its stored shape: `before` written against
 * `previous` (the record's entry before it) for a one-entry row; inside a batch row (`batched`
 * from readRecordHistory) it is replaced in its batch with its `before` whole (a batch reads on
 * its own). Runs inside the caller's read-write transaction. Throws (a bug) on an entry that fails
 * the stored schema or a batch that is gone.
 */
export async function replaceHistoryEntry(
  table: HistoryTable,
  entry: HistoryEntry & { id: number },
  previous: HistoryEntry | undefined,
  batched: ReadonlyMap<number, number>,
): Promise<void> {
  const key = batched.get(entry.id);
  if (key === undefined) {
    await table.put(storedHistoryEntrySchema.parse(encodeHistoryEntry(entry, baseOf(previous))));
    return;
  }
  const stored = storedHistoryEntrySchema.parse(encodeHistoryEntry(entry));
  const batch = readBatch(await table.get(key));
  if (!batch.success) throw batch.error;
  const entries = batch.data.entries.map((e) => (isFields(e) && e.id === entry.id ? stored : e));
  await table.put(sealBatch({ ...batch.data, entries: entries as StoredHistoryEntry[] }));
}

/** A batch row's span, from the `[first+count]` index's keys: its ids run from `first` to `last`. */
interface BatchSpan {
  first: number;
  count: number;
  /** Its key: its highest id. */
  last: number;
}

/** The spans of the batch rows whose lowest id is at most `upTo` (all without it), keys only. */
async function batchSpans(table: HistoryTable, upTo?: number): Promise<BatchSpan[]> {
  const spans: BatchSpan[] = [];
  const index =
    upTo === undefined
      ? table.orderBy('[first+count]')
      : table
          .where('[first+count]')
          .between([Dexie.minKey, Dexie.minKey], [upTo, Dexie.maxKey], true, true);
  await index.eachKey((key, cursor) => {
    const [first, count]: unknown[] = Array.isArray(key) ? key : [];
    if (typeof first === 'number' && typeof count === 'number')
      spans.push({ first, count, last: cursor.primaryKey as number });
  });
  return spans;
}

/** The stored entry `id` (still in its stored shape), in a one-entry row or a batch row. */
async function storedEntry(table: HistoryTable, id: number): Promise<unknown> {
  const row: unknown = await table.get(id);
  if (row !== undefined && !isBatchRow(row)) return row;
  // The batches whose span covers the id (batches of one import overlap: their records are
  // grouped, their ids kept in the file's order); the one that lists it holds it.
  for (const span of await batchSpans(table, id)) {
    if (span.last < id) continue;
    const candidate = span.last === id ? row : await table.get(span.last);
    const envelope = storedHistoryBatchSchema.safeParse(candidate);
    if (!envelope.success || !envelope.data.ids.includes(id)) continue;
    const batch = readBatch(candidate);
    return batch.success ? batch.data.entries.find((e) => isFields(e) && e.id === id) : undefined;
  }
  return undefined;
}

/**
 * History entry `id` with whole records, and every entry of its record (oldest first), or
 * undefined when there is no such entry or it (or an entry it starts from) does not read. Finds
 * an entry inside a batch row too. Runs in the caller's transaction when there is one.
 */
export async function readHistoryEntry(
  table: HistoryTable,
  id: number,
): Promise<{ entry: HistoryEntry; record: HistoryEntry[] } | undefined> {
  const row = await storedEntry(table, id);
  const keys = z.object({ assessmentId: z.string(), target: z.string() }).safeParse(row);
  if (!keys.success) return undefined;
  const record = await readRecordHistory(table, keys.data.assessmentId, keys.data.target);
  const entry = record.rows.find((e) => e.id === id);
  return entry ? { entry, record: record.rows } : undefined;
}

/** The highest history id stored (0 when there is none): a batch row's key is its highest id. */
export async function highestHistoryId(table: HistoryTable): Promise<number> {
  const last = await table.orderBy(':id').lastKey();
  return typeof last === 'number' ? last : 0;
}

/**
 * How many history entries have an id from `from` to `to` (both included; without `to`: every id
 * from `from` on), counting the entries inside batch rows: the rows whose key is in the range,
 * less the batch rows among them, plus the entries of the batches in the range, from keys only (a
 * batch that the range cuts, which no backup mark does, is read). Runs in the caller's
 * transaction when there is one.
 */
export async function countHistoryEntries(
  table: HistoryTable,
  from: number,
  to?: number,
): Promise<number> {
  const inRange = (id: number) => id >= from && (to === undefined || id <= to);
  const [rows, spans] = await Promise.all([
    to === undefined
      ? table.where(':id').aboveOrEqual(from).count()
      : table.where(':id').between(from, to, true, true).count(),
    batchSpans(table, to),
  ]);
  let n = rows;
  for (const span of spans) {
    if (span.last < from) continue;
    if (inRange(span.last)) n -= 1;
    if (span.first >= from && inRange(span.last)) n += span.count;
    else {
      const batch = storedHistoryBatchSchema.safeParse(await table.get(span.last));
      if (batch.success) n += batch.data.ids.filter(inRange).length;
    }
  }
  return n;
}

/**
 * The backup status's older record (`lastBackupAt` only, storage/backupStatus.ts) reads the
 * history by time: how many one-entry rows were written after `at`. Batch rows are in no time
 * index: a device that writes them has a backup mark first (applyImportMarkingRestore).
 */
export const countHistoryAfter = (table: HistoryTable, at: string): Promise<number> =>
  table.where('at').above(at).count();

/** The highest id of the one-entry rows written at or before `at` (0 for none); see above. */
export async function highestHistoryIdThrough(table: HistoryTable, at: string): Promise<number> {
  const ids = await table.where('at').belowOrEqual(at).primaryKeys();
  // No spread: a history can be long.
  return ids.reduce<number>((max, id) => (typeof id === 'number' && id > max ? id : max), 0);
}

/** Deletes every history entry of an assessment: its one-entry rows and its batch rows. */
export async function deleteAssessmentHistory(
  table: HistoryTable,
  assessmentId: string,
): Promise<void> {
  await table.where('assessmentId').equals(assessmentId).delete();
}

/**
 * Rows read at once when the whole history is read (a full backup): a page holds up to this many
 * one-entry rows (~1.5 MB of the heavy State's) or two batch rows (each cut at ~512 kB), so that no
 * page is deserialised in one long task (issue 18: a `getAll` of the whole table blocked the screen
 * for 0.6–1.5 s).
 */
export const HISTORY_PAGE_ROWS = 250;

/**
 * Every history entry, with whole records, in id order; damaged rows in `corrupt`. Reads the table
 * in pages by key (see HISTORY_PAGE_ROWS), each page decoded while the next is read. Runs inside
 * the caller's transaction (a consistent snapshot).
 */
export async function readAllHistory(table: HistoryTable): Promise<ParsedRows<HistoryEntry>> {
  const [keys, spans] = await Promise.all([table.orderBy(':id').primaryKeys(), batchSpans(table)]);
  const batches = new Set(spans.map((s) => s.last));
  const pages: [number, number][] = [];
  let weight = 0;
  for (const key of keys) {
    if (typeof key !== 'number') continue;
    const w = batches.has(key) ? HISTORY_PAGE_ROWS / 2 : 1;
    const page = pages.at(-1);
    if (page && weight + w <= HISTORY_PAGE_ROWS) {
      page[1] = key;
      weight += w;
    } else {
      pages.push([key, key]);
      weight = w;
    }
  }
  const read = (page: [number, number] | undefined) =>
    page ? table.where(':id').between(page[0], page[1], true, true).toArray() : undefined;
  const out: ParsedRows<HistoryEntry> = { rows: [], corrupt: [] };
  const known = new Map<number, unknown>();
  let next = read(pages[0]);
  let seen = 0;
  for (let i = 0; next; i += 1) {
    const rows = await next;
    // Asked before this page is decoded: IndexedDB reads while the page is decoded.
    next = read(pages[i + 1]);
    const page = decodeHistory(rows, known, seen);
    for (const e of page.rows) out.rows.push(e);
    for (const f of page.corrupt) out.corrupt.push(f);
    seen += rows.length;
  }
  out.rows.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  return out;
}
