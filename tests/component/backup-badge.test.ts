import { render, screen } from '@testing-library/svelte';
import { addHistory } from '../../src/lib/storage/history';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import BackupBadge from '../../src/components/BackupBadge.svelte';
import { db } from '../../src/lib/storage/db';
import { recordBackup } from '../../src/lib/storage/exchange';
import { TEST_ASSESSMENT_ID, makeAnswer } from '../fixtures/factories/answers';

async function addChanges(n: number, at: string) {
  await addHistory(
    db.history,
    Array.from({ length: n }, (_, i) => ({
      assessmentId: TEST_ASSESSMENT_ID,
      target: `item:13a-0${i % 3}`,
      at,
      by: 'test',
      cause: 'edit' as const,
      after: makeAnswer({ itemId: `13a-0${i % 3}`, rev: i + 1 }),
    })),
  );
}

describe('backup badge in the header', () => {
  beforeEach(async () => {
    await db.history.clear();
    await db.meta.clear();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T12:00:00.000Z'));
    return () => vi.useRealTimers();
  });

  it('shows how many changes are not backed up when more than 25', async () => {
    await recordBackup('2026-03-09T12:00:00.000Z');
    await addChanges(26, '2026-03-10T08:00:00.000Z');
    render(BackupBadge);
    expect(await screen.findByText('26 changes not backed up')).toBeInTheDocument();
  });

  it('shows after a week even for a few changes', async () => {
    await recordBackup('2026-03-01T12:00:00.000Z');
    await addChanges(2, '2026-03-02T08:00:00.000Z');
    render(BackupBadge);
    expect(await screen.findByText('2 changes not backed up')).toBeInTheDocument();
  });

  it('stays hidden for a few changes after a recent backup', async () => {
    await recordBackup('2026-03-09T12:00:00.000Z');
    await addChanges(3, '2026-03-10T08:00:00.000Z');
    const { container } = render(BackupBadge);
    // Let the lazy import and the count settle, then check nothing appeared.
    await vi.dynamicImportSettled();
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent?.trim()).toBe('');
    expect(await db.history.count()).toBe(3);
  });
});
