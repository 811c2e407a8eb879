import { configure, render, screen, waitFor } from '@testing-library/svelte';
import { addHistory, countHistoryEntries } from '../../src/lib/storage/history';
import { describeFailure } from '../../src/lib/i18n/failures';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import BackupBadge from '../../src/components/BackupBadge.svelte';
import { db } from '../../src/lib/storage/db';
import { readExportSource } from '../../src/lib/storage/exchange';
import { getBackupStatus } from '../../src/lib/storage/backupStatus';
import { buildExportBody, sealExport } from '../../src/lib/domain/exchange';
import { TEST_ASSESSMENT_ID, makeAnswer } from '../fixtures/factories/answers';
import { TEST_APP_VERSION } from '../fixtures/factories/exports';
import { exchangeTables, seedExportSource } from '../fixtures/seedDb';
import { checkFile, renderBackup } from './support/backupScreen';

/**
 * Issue 13 item 9: the header's badge and the Backup screen say the same thing, because they use
 * one rule (domain/backupStatus.ts) and the badge follows every change.
 */
async function addChanges(n: number, at: string) {
  await addHistory(
    db.history,
    Array.from({ length: n }, (_, i) => ({
      assessmentId: TEST_ASSESSMENT_ID,
      target: 'item:13a-01',
      at,
      by: 'test',
      cause: 'edit' as const,
      after: makeAnswer({ itemId: '13a-01', rev: i + 1 }),
    })),
  );
}

// Storage round trips are slow when test files run in parallel.
configure({ asyncUtilTimeout: 4000 });

const badge = () => screen.queryByText(/changes? not backed up$/);

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
  await db.meta.clear();
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-02-01T10:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('backup status: badge and page agree', () => {
  it('right after a full backup, the badge no longer counts changes the page says are backed up', async () => {
    await seedExportSource();
    await addChanges(300, '2026-02-01T09:00:00.000Z');
    render(BackupBadge);
    renderBackup();
    expect(await screen.findByText('304 changes not backed up')).toBeInTheDocument();
    // No backup yet: the page says so, and counts the changes without a "since" that has no referent.
    expect(
      screen.getByText(
        /^No full backup has been made on this device\.\s+304 changes are not in any backup yet\.$/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/since the last full backup/)).toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText(/Nothing has changed since/)).toBeInTheDocument();
    await waitFor(() => expect(badge()).toBeNull());
    // A change after the backup is counted by both, the badge without a screen change.
    await addChanges(26, '2026-02-01T10:00:01.000Z');
    expect(await screen.findByText('26 changes not backed up')).toBeInTheDocument();
  });

  it('on a device with nothing stored and no backup, never says "Nothing has changed since"', async () => {
    renderBackup();
    expect(
      await screen.findByText(/^No full backup has been made on this device\.$/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Nothing has changed since/)).toBeNull();
  });

  it('after restoring a full backup on a new device, the restored changes count as backed up', async () => {
    await seedExportSource();
    await addChanges(100, '2026-01-30T09:00:00.000Z');
    const read = await readExportSource({ kind: 'backup' });
    if (!read.ok) throw new Error(describeFailure(read));
    const text = JSON.stringify(
      await sealExport(
        buildExportBody(read.value.source, {
          kind: 'backup',
          appVersion: TEST_APP_VERSION,
          exportedAt: '2026-01-31T18:00:00.000Z',
          shareable: false,
        }),
      ),
    );
    // The new device: nothing stored, no backup made here.
    for (const table of exchangeTables()) await table.clear();
    await db.meta.clear();

    render(BackupBadge);
    renderBackup();
    const user = await checkFile(text, 'nic-backup-2026-01-31.json');
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported\./)).toBeInTheDocument();
    // Entries, not rows: a restore writes its history as a few batch rows (storage/history.ts).
    expect(await countHistoryEntries(db.history, 1)).toBe(104);
    expect(
      await screen.findByText(
        /^Last full backup made or restored on this device:.*Nothing has changed since\.$/,
      ),
    ).toBeInTheDocument();
    expect(await getBackupStatus()).toMatchObject({ changesSince: 0 });
    expect(badge()).toBeNull();
  });
});
