/**
 * Issue 18 item "home with 500 assessments": the start-up storage check (storage/health.ts
 * probeStorage) parsed every State and assessment again right after the home screen had parsed
 * them (0.36 s of 2.5 s). The check now waits for the home's read and takes its count; what it
 * finds must not change: a stored row this version cannot read is still reported.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import { db } from '../../src/lib/storage/db';
import { assessmentSchema, stateProfileSchema } from '../../src/lib/schema/assessment';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { HomeStates } from '../../src/lib/state/homeStates.svelte';
import { StorageHealthState, storageHealth } from '../../src/lib/state/storageHealth.svelte';
import { makeAssessment } from '../fixtures/factories/answers';

useFreshDatabase();

afterEach(() => {
  vi.restoreAllMocks();
});

/** One readable State and assessment, and an assessment row in a shape this version cannot read. */
async function seedOneUnreadable(): Promise<void> {
  await db.states.add({
    code: 'SG',
    name: 'Singapore',
    asean: true,
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  await db.assessments.bulkAdd([
    makeAssessment({ packId: bundledPack.id, packVersion: bundledPack.version }),
    { id: '00000000-0000-4000-8000-0000000000aa', name: 'Old shape', period: 2019 } as never,
  ]);
}

describe('the start-up storage check after the home screen', () => {
  it('reports the unreadable row from the home read, parsing each row once', async () => {
    await seedOneUnreadable();
    const parses = vi.spyOn(assessmentSchema, 'safeParse');
    const home = new HomeStates();
    // As at start-up: the home's read begins (on mount), the check is scheduled when idle.
    const loading = home.load(true);
    await storageHealth.check();
    await loading;

    expect(home.corrupt).toBe(1);
    expect(home.assessments['SG']).toHaveLength(1);
    expect(storageHealth.health).toEqual({
      kind: 'damaged',
      name: '1 unreadable record(s)',
      newer: false,
    });
    // Two stored assessments, each parsed once (the home's read), not again by the check.
    expect(parses).toHaveBeenCalledTimes(2);
  });

  it('parses the rows itself when no screen read them, or when that read failed', async () => {
    await seedOneUnreadable();
    await db.states.add({ code: 'XX', nonsense: true } as never);
    const alone = new StorageHealthState();
    await alone.check();
    expect(alone.health).toEqual({
      kind: 'damaged',
      name: '2 unreadable record(s)',
      newer: false,
    });

    const afterFailedRead = new StorageHealthState();
    afterFailedRead.shareRead(Promise.reject(new Error('read failed')));
    const stateParses = vi.spyOn(stateProfileSchema, 'safeParse');
    await afterFailedRead.check();
    expect(afterFailedRead.health).toEqual(alone.health);
    expect(stateParses).toHaveBeenCalled();
  });

  it('says "ok" after the home read a sound database', async () => {
    await db.states.add({
      code: 'SG',
      name: 'Singapore',
      asean: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const check = new StorageHealthState();
    const home = new HomeStates();
    const loading = home.load();
    check.shareRead(loading.then(() => ({ unreadable: home.corrupt })));
    await check.check();
    expect(check.health).toEqual({ kind: 'ok' });
  });
});
