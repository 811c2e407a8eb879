import { z } from 'zod';
import { timestampSchema } from '../schema/assessment';
import type { ExportFile } from '../schema/exportFile';
import type { ImportWrites } from '../domain/importPlan';
import type { Result } from '../domain/result';
import {
  afterBackup,
  afterRestore,
  NO_BACKUP,
  notBackedUpRanges,
  type BackupMark,
} from '../domain/backupStatus';
import { db } from './db';
import { applyImport } from './exchange';
import {
  countHistoryAfter,
  countHistoryEntries,
  highestHistoryId,
  highestHistoryIdThrough,
} from './history';
import { watchTables } from './watch';

/**
 * What is backed up, as the badge and the Backup screen both show it (rule: domain/backupStatus.ts).
 * Stored in `meta`: `backupMark` (the rule's mark) and, for older app versions and as the screen's
 * "last full backup" line, `lastBackupAt`.
 */
const LAST_BACKUP = 'lastBackupAt';
const MARK = 'backupMark';

const idRangeSchema = z.strictObject({ from: z.int().min(1), to: z.int().min(1) });
const markSchema = z.strictObject({
  lastBackupAt: timestampSchema.optional(),
  throughId: z.int().min(0),
  restored: z.array(idRangeSchema).max(10_000),
});

export interface BackupStatus {
  lastBackupAt: string | undefined;
  /** Changes (history entries) that no full backup known to this device holds. */
  changesSince: number;
}

async function readMark(): Promise<BackupMark | undefined> {
  const parsed = markSchema.safeParse((await db.meta.get(MARK))?.value);
  return parsed.success ? parsed.data : undefined;
}

async function writeMark(mark: BackupMark): Promise<void> {
  const value = markSchema.parse(mark);
  await db.meta.put({ key: MARK, value });
  if (value.lastBackupAt) await db.meta.put({ key: LAST_BACKUP, value: value.lastBackupAt });
}

/** The highest history id stored (0 when there is no history). */
const maxHistoryId = (): Promise<number> => highestHistoryId(db.history);

/**
 * How many changes are not in a full backup, and when the last one was made. A device that only
 * has the older `lastBackupAt` record (no mark yet) counts the entries written after that time.
 */
export async function getBackupStatus(): Promise<BackupStatus> {
  return db.transaction('r', [db.meta, db.history], async () => {
    const mark = await readMark();
    if (!mark) {
      const legacy = timestampSchema.safeParse((await db.meta.get(LAST_BACKUP))?.value);
      const lastBackupAt = legacy.success ? legacy.data : undefined;
      const changesSince = lastBackupAt
        ? await countHistoryAfter(db.history, lastBackupAt)
        : await countHistoryEntries(db.history, 1);
      return { lastBackupAt, changesSince };
    }
    let changesSince = 0;
    for (const r of notBackedUpRanges(mark))
      changesSince += await countHistoryEntries(db.history, r.from, r.to);
    return { lastBackupAt: mark.lastBackupAt, changesSince };
  });
}

/**
 * Records that a full backup was written at `at` (its file's `exportedAt`) holding every history
 * entry up to `throughId` (the highest id the export read). Without `throughId`, the entries
 * written at or before `at` count as held.
 */
export async function recordBackup(at: string, throughId?: number): Promise<void> {
  // meta: the mark read and written; history: the ids the backup holds.
  await db.transaction('rw', [db.meta, db.history], async () => {
    const through = throughId ?? (await highestHistoryIdThrough(db.history, at));
    const current = (await readMark()) ?? (await legacyMark());
    await writeMark(afterBackup(current, timestampSchema.parse(at), through));
  });
}

/**
 * `applyImport`, and when the file is a full backup, records that the history it wrote is backed
 * up (in that file), so that restoring on a new device does not count every restored change as
 * "not backed up". Any history written between the two reads of the highest id is counted with
 * the restore: the import is one transaction, so only another tab writing at that very moment
 * could slip in.
 */
export async function applyImportMarkingRestore(
  writes: ImportWrites,
  file: Pick<ExportFile, 'kind' | 'exportedAt'> | undefined,
): Promise<Result<void>> {
  // An import writes its history as batch rows (storage/history.ts), which the older record's
  // count by time cannot see: a device still on that record (`lastBackupAt`, no mark) gets its
  // mark first, from the same rule (legacyMark), and counts by id from then on.
  // meta: the mark read and written; history: the ids held by the last backup.
  await db.transaction('rw', [db.meta, db.history], async () => {
    if (!(await readMark()) && (await db.meta.get(LAST_BACKUP)))
      await writeMark(await legacyMark());
  });
  const before = await maxHistoryId();
  const result = await applyImport(writes);
  if (!result.ok || file?.kind !== 'backup') return result;
  // meta: the mark read and written; history: the ids the restore wrote.
  await db.transaction('rw', [db.meta, db.history], async () => {
    const after = await maxHistoryId();
    const current = (await readMark()) ?? (await legacyMark());
    await writeMark(afterRestore(current, file.exportedAt, { from: before + 1, to: after }));
  });
  return result;
}

/** A mark for a device that only knows `lastBackupAt`: entries written up to then are held. */
async function legacyMark(): Promise<BackupMark> {
  const legacy = timestampSchema.safeParse((await db.meta.get(LAST_BACKUP))?.value);
  if (!legacy.success) return NO_BACKUP;
  const throughId = await highestHistoryIdThrough(db.history, legacy.data);
  return { lastBackupAt: legacy.data, throughId, restored: [] };
}

/**
 * How long the badge waits after a change to the history before it counts again (ms). Counting
 * the changes not backed up reads a range of the history table; read after every committed write
 * (as Dexie's `liveQuery` did), it sat in front of the next save's transaction and doubled the
 * time of a save (issue 18, docs/bench.md). A badge a second late is still right.
 */
export const HISTORY_SETTLE_MS = 1000;

/**
 * Watches the backup status: read at once, at once after a change to the backup records (`meta`: a
 * backup written or restored), and at most once per `settleMs` while the history changes; in this
 * tab and others (`watchTables`). Returns the unsubscribe.
 */
export function watchBackupStatus(
  onValue: (status: BackupStatus) => void,
  onError: (error: unknown) => void,
  settleMs = HISTORY_SETTLE_MS,
): () => void {
  return watchTables({
    tables: ['history'],
    immediate: ['meta'],
    settleMs,
    read: getBackupStatus,
    onValue,
    onError,
  });
}
