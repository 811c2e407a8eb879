import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { db } from '../../../src/lib/storage/db';

/**
 * Ends a test's use of the app database, then deletes it. In this order, because a screen still
 * rendered keeps reading: the backup badge counts the history again HISTORY_SETTLE_MS after the
 * last save, a workspace's watch reads again after every commit. A read that meets the deleted
 * database rejects with DatabaseClosedError, outside any test (an unhandled error fails the run).
 * 1. Unmount every rendered screen (Testing Library's `cleanup`): their watches stop, no new read
 *    starts. (tests/component/setup.ts cleans up too, but its after-hook runs last, after this one.)
 * 2. Wait for the transactions already asked for: one read-write transaction over every table
 *    starts only when every earlier transaction that shares a table has ended (IndexedDB's rule,
 *    kept by fake-indexeddb).
 * 3. Close, then delete.
 */
export async function deleteDatabaseWhenSettled(): Promise<void> {
  cleanup();
  if (db.isOpen()) {
    await db.transaction('rw', db.tables, () => undefined);
    db.close();
  }
  await db.delete();
}

/**
 * Every test of the calling file starts on an empty, open app database (fake-indexeddb, installed by
 * tests/component/setup.ts) and the database is deleted after it, once the screens are unmounted and
 * the database's pending work has ended (`deleteDatabaseWhenSettled`), so no test sees another's
 * records and no late read meets a deleted database. `clearAddress` also starts each test at the
 * home address (`location.hash = ''`), for screens that read or change the address. Call it once at
 * the top level of the file (or of a `describe`); a file's own `afterEach`, registered after this
 * call, runs before the database is deleted (vitest runs after-hooks as a stack).
 */
export function useFreshDatabase(options: { clearAddress?: boolean } = {}): void {
  beforeEach(async () => {
    await db.open();
    if (options.clearAddress) location.hash = '';
  });
  afterEach(async () => {
    await deleteDatabaseWhenSettled();
  });
}
