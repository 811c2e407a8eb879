import type { HistoryEntry, RecordEdit, StoredHistoryEntry } from '../schema/assessment';

/**
 * Edits between records and an entry's stored shape (storage/history.ts explains the shape). No zod
 * here: the database's upgrade (storage/db.ts) uses it, and the app's start must not load zod.
 */

type Fields = Record<string, unknown>;

/** Whether a value is a record of fields (a plain object, not a list or null). */
export const isFields = (v: unknown): v is Fields =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Same stored value: primitives by identity, objects and lists by their JSON (key order counts). */
const sameValue = (a: unknown, b: unknown): boolean =>
  a === b ||
  (typeof a === 'object' &&
    typeof b === 'object' &&
    a !== null &&
    b !== null &&
    JSON.stringify(a) === JSON.stringify(b));

/** The edit that turns record `from` into record `to` (top-level fields). */
export function editOf(from: Fields, to: Fields): RecordEdit {
  const set: Fields = {};
  const unset: string[] = [];
  for (const key of Object.keys(from)) if (!(key in to)) unset.push(key);
  for (const [key, value] of Object.entries(to))
    if (!(key in from) || !sameValue(from[key], value)) set[key] = value;
  return { set, unset };
}

/** Record `from` with `edit` applied (a new object; `from` is not changed). */
export function applyEdit(from: Fields, edit: RecordEdit): Fields {
  const out: Fields = { ...from };
  for (const key of edit.unset) delete out[key];
  return Object.assign(out, edit.set);
}

/** The entry an entry's `before` may start from: the newest entry of the same record. */
export interface HistoryBase {
  id: number;
  /** That entry's record after (whole). */
  after: unknown;
}

/**
 * An entry (whole records) in its stored shape. `base`: the newest stored entry of the same record,
 * whose `after` the entry's `before` is written as an edit of (usually equal: an empty edit);
 * without it, or when a record is not a plain object, the record is stored whole.
 */
export function encodeHistoryEntry(
  entry: Omit<HistoryEntry, 'id'> & { id?: number },
  base?: HistoryBase,
): StoredHistoryEntry {
  const { before, after, ...rest } = entry;
  if (before === undefined) return { ...rest, after: { whole: after } };
  if (!isFields(before) || !isFields(after))
    return { ...rest, before: { whole: before }, after: { whole: after } };
  return {
    ...rest,
    before:
      base && isFields(base.after)
        ? { from: base.id, edit: editOf(base.after, before) }
        : { whole: before },
    after: { edit: editOf(before, after) },
  };
}
