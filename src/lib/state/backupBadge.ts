/**
 * What the header's backup badge shows: how many changes are not in a backup, and whether a backup
 * is due (domain/exchange.ts `backupNudge`). Storage and the rule are imported on first use, so that
 * Dexie and zod stay off the start-up path.
 */
export async function readBackupBadge(now: Date): Promise<{ changes: number; due: boolean }> {
  const [{ getBackupStatus }, { backupNudge }] = await Promise.all([
    import('../storage/exchange'),
    import('../domain/exchange'),
  ]);
  const status = await getBackupStatus();
  return { changes: status.changesSince, due: backupNudge(status, now) === 'due' };
}
