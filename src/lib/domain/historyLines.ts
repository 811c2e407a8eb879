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
  /**
   * Only on a merge line: whose part the merged record came from, as stored: the `updatedBy` of
   * the record the part carried (the agency's person, e.g. "Farid (MFA)"); the entry's `by` is the
   * coordinator who ran the merge. Undefined when the record does not tell.
   */
  mergedFrom?: string;
  /**
   * Only on a merge line: the agency whose part the merged record came from, when the caller's
   * `agencyOf` tells (the coordinator's log of parts received, domain/coordination.ts
   * `mergedPartAgency`). Undefined when unknown (a full backup merged, an older log).
   */
  mergedAgency?: string;
  /**
   * An entry of the part's own history (an agency person's edit on their device) that led to a
   * value the merge did NOT keep: it never changed this device's record, it was only offered.
   */
  offered: boolean;
  /**
   * Whether this line's change can be undone here: only the newest write of this device's record
   * (highest id), and not a merge that kept this device's values (it changed nothing).
   */
  undoable: boolean;
}

type Entry = Pick<
  HistoryEntry,
  'assessmentId' | 'target' | 'at' | 'by' | 'cause' | 'before' | 'after'
> & { id?: number | undefined };

/**
 * The one display order of history lines: newest first by time (`at`, ISO instants compare as
 * text), then by storage id (newest first) for entries of the same instant (a merge and the import
 * beside it, or the part's entries added in one write).
 */
export function compareHistoryNewestFirst(
  a: { at: string; id?: number | undefined },
  b: { at: string; id?: number | undefined },
): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return (b.id ?? 0) - (a.id ?? 0);
}

/** The author fields of a stored record (`updatedBy`, `updatedAt`), when it has them. */
function authorOf(record: unknown): { by: string; at: string } | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const r = record as { updatedBy?: unknown; updatedAt?: unknown; rev?: unknown };
  return typeof r.updatedBy === 'string' && typeof r.updatedAt === 'string'
    ? { by: r.updatedBy, at: r.updatedAt }
    : undefined;
}

/** Whether two stored records are the same version (same rev, author and time). */
function sameVersion(a: unknown, b: unknown): boolean {
  if (a === null || typeof a !== 'object' || b === null || typeof b !== 'object') return false;
  const x = a as { rev?: unknown; updatedAt?: unknown; updatedBy?: unknown };
  const y = b as { rev?: unknown; updatedAt?: unknown; updatedBy?: unknown };
  return (
    x.rev !== undefined &&
    x.rev === y.rev &&
    x.updatedAt === y.updatedAt &&
    x.updatedBy === y.updatedBy
  );
}

/** The import entry a merge wrote beside itself: same record, instant, person and `before`. */
const pairKey = (e: Entry) =>
  canonicalJson([e.assessmentId, e.target, e.at, e.by, e.before === undefined ? null : e.before]);

/**
 * The lines of a history (any order; kept), with each "import" entry that a "merge" entry of the
 * same record, instant, person and earlier record wrote beside it folded into that merge's line as
 * `notKept` (the fields where the offered record differs from the kept one). An import entry without
 * such a merge (a whole assessment imported, an older file's own entries) stays a line of its own.
 */
/*
 * Lines come back newest first (`compareHistoryNewestFirst`). A merge line names whose part it came
 * from: the person (`mergedFrom`) and, when `agencyOf` tells, the agency (`mergedAgency`). The part's own entries (an agency's edits, added beside ours by the merge)
 * that produced a record offered and not kept are marked `offered`: walking back from the offered
 * record through the part's entries (each entry's `after` is the version the next one started
 * from), until a version that a merge here took (its author and time are the merged record's).
 * Only the newest write of the record (highest id) is `undoable`, unless it is a merge that kept
 * this device's values (nothing changed).
 */
export function historyLines<E extends Entry>(
  entries: readonly E[],
  agencyOf: (entry: E) => string | undefined = () => undefined,
): HistoryLine<E>[] {
  const merges = new Map<string, E>();
  for (const e of entries) if (e.cause === 'merge') merges.set(pairKey(e), e);
  const offeredBy = new Map<E, E>();
  for (const e of entries) {
    if (e.cause !== 'import') continue;
    const merge = merges.get(pairKey(e));
    if (merge && !offeredBy.has(merge)) offeredBy.set(merge, e);
  }
  const folded = new Set(offeredBy.values());
  const offeredEdits = offeredEntries(entries, offeredBy);
  let newest: E | undefined;
  for (const e of entries)
    if (e.id !== undefined && (newest?.id === undefined || e.id > newest.id)) newest = e;
  return entries
    .filter((e) => !folded.has(e))
    .map((entry): HistoryLine<E> => {
      const offered = offeredBy.get(entry);
      const changes = historyChanges(entry.before, entry.after);
      const line: HistoryLine<E> = {
        entry,
        changes,
        notKept: offered
          ? historyChanges(entry.after, offered.after).map((c) => ({
              field: c.field,
              offered: c.after,
              kept: c.before,
            }))
          : [],
        offered: offeredEdits.has(entry),
        undoable: entry === newest && !(entry.cause === 'merge' && changes.length === 0),
      };
      if (entry.cause === 'merge') {
        // The part's values written: the merged record carries their author; none written: the
        // record the part offered (the import entry beside the merge) does.
        const from = authorOf(changes.length > 0 || !offered ? entry.after : offered.after);
        if (from) line.mergedFrom = from.by;
        const agency = agencyOf(entry);
        if (agency !== undefined) line.mergedAgency = agency;
      }
      return line;
    })
    .sort((a, b) => compareHistoryNewestFirst(a.entry, b.entry));
}

/** The part's own entries that led to a record offered and not kept (see `historyLines`). */
function offeredEntries<E extends Entry>(
  entries: readonly E[],
  offeredBy: ReadonlyMap<E, E>,
): Set<E> {
  const local = new Set<E>([...offeredBy.keys(), ...offeredBy.values()]);
  const candidates = entries.filter(
    (e) => !local.has(e) && e.cause !== 'merge' && e.cause !== 'import',
  );
  // Versions a merge here took: the merged record carries the part's author and time.
  const taken = entries
    .filter((e) => e.cause === 'merge')
    .map((e) => authorOf(e.after))
    .filter((a) => a !== undefined);
  const wasTaken = (record: unknown) => {
    const a = authorOf(record);
    return a !== undefined && taken.some((t) => t.by === a.by && t.at === a.at);
  };
  const out = new Set<E>();
  for (const [merge, imported] of offeredBy) {
    let version: unknown = imported.after;
    while (version !== undefined && !wasTaken(version)) {
      const e = candidates.find(
        (c) => c.target === merge.target && !out.has(c) && sameVersion(c.after, version),
      );
      if (!e) break;
      out.add(e);
      version = e.before;
    }
  }
  return out;
}
