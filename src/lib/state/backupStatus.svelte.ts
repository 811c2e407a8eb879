import { backupNudge, type BackupNudge } from '../domain/exchange';
import { watchBackupStatus, type BackupStatus } from '../storage/backupStatus';

/**
 * The backup status, live: read again after every committed change to the history or the backup
 * records (in this tab and others), so the header's badge agrees with the Backup screen the moment
 * a backup is written or restored. One rule for both: domain/backupStatus.ts.
 */
export class BackupStatusState {
  status = $state<BackupStatus | undefined>(undefined);
  nudge = $state<BackupNudge>('none');

  /** Starts watching; returns the cleanup. `now` gives the time the nudge is judged at. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain instant, read once per value
  start(now: () => Date = () => new Date()): () => void {
    return watchBackupStatus(
      (status) => {
        this.status = status;
        this.nudge = backupNudge(status, now());
      },
      // The badge is a hint: an unreadable status shows nothing rather than a wrong count.
      () => {
        this.status = undefined;
        this.nudge = 'none';
      },
    );
  }
}
