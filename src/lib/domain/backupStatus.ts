/**
 * Which changes are backed up: the one rule behind the header's badge and the Backup screen's
 * status line, so that the two never disagree.
 *
 * A change is a history entry (storage gives each one an increasing id as it is written). A change
 * is backed up when it is inside a full backup this device knows of:
 * - a full backup exported here holds every entry up to the highest id it read (`throughId`);
 * - a full backup restored here holds the entries that the restore wrote (an id range), even
 *   though they were written on this device only now.
 * Ids, not clocks, decide: an entry restored from a file keeps its original time, and another
 * device's clock may be ahead, so "changed after the backup's time" miscounts both ways.
 */

/** An inclusive range of history ids. */
export interface IdRange {
  from: number;
  to: number;
}

export interface BackupMark {
  /** When the last full backup known here was made (the file's `exportedAt`), ISO 8601 UTC. */
  lastBackupAt?: string | undefined;
  /** Every history entry with an id up to this one is in a full backup (0: none). */
  throughId: number;
  /** Further ranges written by restoring full backups, above `throughId`, sorted, apart. */
  restored: IdRange[];
}

export const NO_BACKUP: BackupMark = { throughId: 0, restored: [] };

const later = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;

/** Folds ranges that touch `throughId` into it, drops covered ones, sorts and joins the rest. */
function normalise(mark: BackupMark): BackupMark {
  let throughId = mark.throughId;
  const rest: IdRange[] = [];
  for (const r of [...mark.restored].sort((a, b) => a.from - b.from)) {
    if (r.to < r.from) continue;
    if (r.from <= throughId + 1) {
      throughId = Math.max(throughId, r.to);
      continue;
    }
    const last = rest[rest.length - 1];
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else rest.push({ ...r });
  }
  // A later range may now touch the raised `throughId`.
  while (rest[0] && rest[0].from <= throughId + 1)
    throughId = Math.max(throughId, rest.shift()!.to);
  return { lastBackupAt: mark.lastBackupAt, throughId, restored: rest };
}

/**
 * The mark after a full backup was written: it holds every entry up to `throughId` (the highest
 * history id the export read), made at `at` (the file's `exportedAt`).
 */
export function afterBackup(mark: BackupMark, at: string, throughId: number): BackupMark {
  return normalise({
    lastBackupAt: later(mark.lastBackupAt, at),
    throughId: Math.max(mark.throughId, throughId),
    restored: mark.restored,
  });
}

/**
 * The mark after a full backup made at `exportedAt` was restored here, its history written as
 * the ids in `written` (an empty range when it brought no new entry). Changes made here before the
 * restore and not backed up stay counted.
 */
export function afterRestore(mark: BackupMark, exportedAt: string, written: IdRange): BackupMark {
  return normalise({
    lastBackupAt: later(mark.lastBackupAt, exportedAt),
    throughId: mark.throughId,
    restored: written.to >= written.from ? [...mark.restored, written] : mark.restored,
  });
}

/**
 * The id ranges of changes NOT backed up: after `throughId`, between restored ranges, and above
 * the last one (`to` undefined: no upper end). Storage counts the entries in them.
 */
export function notBackedUpRanges(mark: BackupMark): { from: number; to?: number }[] {
  const m = normalise(mark);
  const out: { from: number; to?: number }[] = [];
  let from = m.throughId + 1;
  for (const r of m.restored) {
    if (r.from > from) out.push({ from, to: r.from - 1 });
    from = r.to + 1;
  }
  out.push({ from });
  return out;
}
