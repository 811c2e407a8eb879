import type { EntityTable } from 'dexie';
import { z } from 'zod';
import {
  historyEntrySchema,
  storedHistoryEntrySchema,
  type HistoryEntry,
  type StoredHistoryEntry,
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
 */

/** Record key of an entry: its assessment and target. */
const recordKey = (e: { assessmentId: string; target: string }) => `${e.assessmentId} ${e.target}`;

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
 * Stored history rows read back as entries with whole records, in the order given; damaged rows
 * (failing the stored schema, or whose `from` entry is not among `rows` or `known` or not readable)
 * are left out and listed in `corrupt`. A row of database version 1 (whole records) reads as it
 * is (a raw read of a database not yet upgraded). `rows` must hold every entry a row starts from
 * (every earlier entry of its record, which a read by record or by assessment does); `known` adds
 * entries decoded before (a table read in pages) and receives the ones decoded here. `first`: the
 * position of `rows[0]` in its table, for the failures.
 */
export function decodeHistory(
  rows: readonly unknown[],
  known: Map<number, unknown> = new Map(),
  first = 0,
): ParsedRows<HistoryEntry> {
  type Read = { stored: StoredHistoryEntry } | { whole: HistoryEntry } | { error: z.ZodError };
  const parsed = rows.map((row): Read => {
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
  const order = parsed.map((_, i) => i).sort((a, b) => rawId(rows[a]) - rawId(rows[b]) || a - b);
  const out = new Array<HistoryEntry | Failure>(rows.length);
  for (const i of order) {
    const p = parsed[i]!;
    const index = first + i;
    if ('error' in p) {
      // Left out and reported; its record after still serves the entries that start from it,
      // when its edits read (a damaged cause or name must not take later entries with it).
      const payload = payloadSchema.safeParse(rows[i]);
      const after = payload.success ? decodeOne(payload.data, known)?.after : undefined;
      if (payload.success && after !== undefined) known.set(payload.data.id, after);
      out[i] = schemaFailure(
        pathSegments(['history', index], { history: { [index]: rows[i] } }),
        p.error,
        3,
        rows[i],
      );
      continue;
    }
    const entry = 'whole' in p ? p.whole : decodeOne(p.stored, known);
    if (!entry) {
      out[i] = missingBase('history', index, rows[i]);
      continue;
    }
    if (entry.id !== undefined) known.set(entry.id, entry.after);
    out[i] = entry;
  }
  const result: ParsedRows<HistoryEntry> = { rows: [], corrupt: [] };
  for (const e of out) {
    if ('code' in e) result.corrupt.push(e);
    else result.rows.push(e);
  }
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

/**
 * Every entry of one record (`assessmentId`, `target`), oldest first, with whole records. Runs in
 * the caller's transaction when there is one.
 */
export async function readRecordHistory(
  table: EntityTable<StoredHistoryEntry, 'id'>,
  assessmentId: string,
  target: string,
): Promise<ParsedRows<HistoryEntry>> {
  // The index orders one record's rows by id (the primary key): oldest first.
  const raw = await table.where('[assessmentId+target]').equals([assessmentId, target]).toArray();
  return decodeHistory(raw);
}

/**
 * Adds `entries` (whole records, in order) to the history in their stored shape, inside the
 * caller's read-write transaction on `table`: ids follow the table's highest, so that an entry can
 * start from an earlier one of the same batch. Returns the ids given.
 */
export async function addHistory(
  table: EntityTable<StoredHistoryEntry, 'id'>,
  entries: readonly Omit<HistoryEntry, 'id'>[],
): Promise<number[]> {
  if (entries.length === 0) return [];
  const top = (await table.orderBy(':id').lastKey()) ?? 0;
  const firstId = Number(top) + 1;
  const rows = encodeHistoryEntries(entries, firstId);
  await table.bulkAdd(rows.map((r) => storedHistoryEntrySchema.parse(r)));
  return rows.map((r) => r.id!);
}

/** The base a new entry of a record starts from: that record's newest readable entry. */
export const baseOf = (entry: HistoryEntry | undefined): HistoryBase | undefined =>
  entry?.id === undefined ? undefined : { id: entry.id, after: entry.after };

/**
 * History entry `id` with whole records, and every entry of its record (oldest first), or
 * undefined when there is no such row or it (or an entry it starts from) does not read. Runs in the
 * caller's transaction when there is one.
 */
export async function readHistoryEntry(
  table: EntityTable<StoredHistoryEntry, 'id'>,
  id: number,
): Promise<{ entry: HistoryEntry; record: HistoryEntry[] } | undefined> {
  const row = await table.get(id);
  const keys = z.object({ assessmentId: z.string(), target: z.string() }).safeParse(row);
  if (!keys.success) return undefined;
  const record = await readRecordHistory(table, keys.data.assessmentId, keys.data.target);
  const entry = record.rows.find((e) => e.id === id);
  return entry ? { entry, record: record.rows } : undefined;
}
