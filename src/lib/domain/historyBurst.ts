import type { HistoryEntry } from '../schema/assessment';
import { canonicalJson } from './checksum';

/**
 * Keeping the history compact: a burst of typing is ONE history entry, not one per pause.
 *
 * The save queue writes a text field after each short pause in typing (saveQueue.svelte.ts), and
 * every write used to add an entry holding the whole record before and after. A State with a few
 * yearly cycles of long notes then reached a 50–80 MB backup that the app refused to import
 * (issue 12). Rule chosen (the entry format stays as it is: whole records, so undo stays exact):
 *
 * A write is folded into the newest history entry of the same record when
 * - that entry was an edit ('edit'), by the same person, and this write is an edit too;
 * - it was written less than `BURST_WINDOW_MS` before this write (a sliding window: a long
 *   session of typing with pauses under ten minutes stays one entry);
 * - its `after` is exactly the stored record this write starts from (nothing else wrote between:
 *   no other tab, import, merge or undo);
 * - both the entry's change and this write's change touch only free-text fields (notes, evidence,
 *   justification, agency, challenges…). A status, priority or target change always gets its own
 *   entry, so that it can be undone on its own.
 * The folded entry keeps its `before` (the record before the burst: undo goes back to it) and
 * takes this write's `after` and time.
 */

/** Two edits of one record by one person closer than this belong to one burst. */
export const BURST_WINDOW_MS = 10 * 60 * 1000;

/**
 * Fields whose changes are typing. Any other field that changes (status, priority, target status
 * or date, review flags, carried) makes the change its own entry.
 */
export const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'notes',
  'evidence',
  'leadAgency',
  'naJustification',
  'challenges',
  'capacityNeeds',
  'measuresTaken',
  'summary',
]);

/** Bookkeeping fields that change with every write and say nothing about what was typed. */
const META = new Set(['rev', 'updatedAt', 'updatedBy', 'assessmentId']);

/** The fields whose values differ between two records (meta fields aside). */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !META.has(k) && canonicalJson(a[k]) !== canonicalJson(b[k]));
}

const onlyText = (fields: readonly string[]) =>
  fields.length > 0 && fields.every((f) => TEXT_FIELDS.has(f));

export interface BurstWrite {
  /** The record as stored before this write (undefined: never written). */
  stored: unknown;
  /** The record this write stores. */
  next: unknown;
  by: string;
  cause: HistoryEntry['cause'];
  /** This write's time (ISO). */
  at: string;
}

/** Whether `write` folds into `last`, the newest history entry of the same record. */
export function foldsInto(last: HistoryEntry | undefined, write: BurstWrite): boolean {
  if (!last || last.cause !== 'edit' || write.cause !== 'edit') return false;
  if (last.by !== write.by || write.stored === undefined) return false;
  const gap = new Date(write.at).getTime() - new Date(last.at).getTime();
  if (!(gap >= 0 && gap < BURST_WINDOW_MS)) return false;
  if (canonicalJson(last.after) !== canonicalJson(write.stored)) return false;
  return (
    onlyText(changedFields(last.before, last.after)) &&
    onlyText(changedFields(write.stored, write.next))
  );
}
