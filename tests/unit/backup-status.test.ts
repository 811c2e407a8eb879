import { describe, expect, it } from 'vitest';
import {
  NO_BACKUP,
  afterBackup,
  afterRestore,
  notBackedUpRanges,
} from '../../src/lib/domain/backupStatus';

const AT = '2026-02-01T10:00:00.000Z';

describe('which changes are backed up', () => {
  it('counts everything when no backup is known', () => {
    expect(notBackedUpRanges(NO_BACKUP)).toEqual([{ from: 1 }]);
  });

  it('a full backup holds every change up to the highest id it read, whatever their times', () => {
    const mark = afterBackup(NO_BACKUP, AT, 300);
    expect(mark).toEqual({ lastBackupAt: AT, throughId: 300, restored: [] });
    expect(notBackedUpRanges(mark)).toEqual([{ from: 301 }]);
  });

  it('a restore on a new device holds everything it wrote', () => {
    const mark = afterRestore(NO_BACKUP, AT, { from: 1, to: 104 });
    expect(mark).toEqual({ lastBackupAt: AT, throughId: 104, restored: [] });
    expect(notBackedUpRanges(mark)).toEqual([{ from: 105 }]);
  });

  it('a restore leaves earlier changes not backed up counted', () => {
    const mark = afterRestore(afterBackup(NO_BACKUP, AT, 10), AT, { from: 13, to: 20 });
    expect(notBackedUpRanges(mark)).toEqual([{ from: 11, to: 12 }, { from: 21 }]);
    // The next full backup holds them all.
    expect(notBackedUpRanges(afterBackup(mark, '2026-02-02T00:00:00.000Z', 25))).toEqual([
      { from: 26 },
    ]);
  });

  it('keeps the later backup time and ignores an empty restore', () => {
    const mark = afterRestore(afterBackup(NO_BACKUP, AT, 5), '2026-01-01T00:00:00.000Z', {
      from: 6,
      to: 5,
    });
    expect(mark).toEqual({ lastBackupAt: AT, throughId: 5, restored: [] });
  });
});
