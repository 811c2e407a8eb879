import type { HistoryEntry } from '../schema/assessment';
import { canonicalJson } from './checksum';
import { historyChanges, type HistoryChange, type HistoryValue } from './historyChanges';

/**
 * The history panel's lines, as data: one line per history entry, except that the record of a value
 * a merge did NOT keep is read together with its merge.
 *
 * Why: when the coordinator resolves a conflict by keeping the stored value, the merge writes two
 * entries at the same instant (domain/merge.ts `mergeWrite`): the incoming record as it arrived
 * (cause "import", before = the stored record) and the merge (cause "merge", after = what was kept).
 * Read one by one, the import entry says "Status: Not started → In progress" as if the incoming value
 * had been written (issue 16, found by a tester after resolving a conflict): the stored values are
 * right, the history read wrong. Here that import entry becomes part of its merge's line: the fields
 * the import OFFERED and the merge did not keep, each with the offered and the kept value. Entries
 * stored before this change read the same way (nothing stored is rewritten).
 */

/** A field the import offered and the merge did not keep. */
export interface NotKept {
  field: HistoryChange['field'];
  /** The value in the file (offered). */
  offered: HistoryValue;
  /** The value the merge kept (stored). */
  kept: HistoryValue;
}

export interface HistoryLine<E> {
  entry: E;
  /** What the entry changed (domain/historyChanges.ts), field by field. */
  changes: HistoryChange[];
  /** Only on a merge line: what the import offered and the merge did not keep (empty otherwise). */
  notKept: NotKept[];
}

type Entry = Pick<
  HistoryEntry,
  'assessmentId' | 'target' | 'at' | 'by' | 'cause' | 'before' | 'after'
>;

/** The import entry a merge wrote beside itself: same record, instant, person and `before`. */
const pairKey = (e: Entry) =>
  canonicalJson([e.assessmentId, e.target, e.at, e.by, e.before === undefined ? null : e.before]);

/**
 * The lines of a history (any order; kept), with each "import" entry that a "merge" entry of the
 * same record, instant, person and earlier record wrote beside it folded into that merge's line as
 * `notKept` (the fields where the offered record differs from the kept one). An import entry without
 * such a merge (a whole assessment imported, an older file's own entries) stays a line of its own.
 */
export function historyLines<E extends Entry>(entries: readonly E[]): HistoryLine<E>[] {
  const merges = new Map<string, E>();
  for (const e of entries) if (e.cause === 'merge') merges.set(pairKey(e), e);
  const offeredBy = new Map<E, E>();
  for (const e of entries) {
    if (e.cause !== 'import') continue;
    const merge = merges.get(pairKey(e));
    if (merge && !offeredBy.has(merge)) offeredBy.set(merge, e);
  }
  const folded = new Set(offeredBy.values());
  return entries
    .filter((e) => !folded.has(e))
    .map((entry) => {
      const offered = offeredBy.get(entry);
      return {
        entry,
        changes: historyChanges(entry.before, entry.after),
        notKept: offered
          ? historyChanges(entry.after, offered.after).map((c) => ({
              field: c.field,
              offered: c.after,
              kept: c.before,
            }))
          : [],
      };
    });
}
