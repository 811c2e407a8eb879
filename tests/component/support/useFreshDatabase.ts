import { afterEach, beforeEach } from 'vitest';
import { db } from '../../../src/lib/storage/db';

/**
 * Every test of the calling file starts on an empty, open app database (fake-indexeddb, installed by
 * tests/component/setup.ts) and the database is deleted after it, so no test sees another's records.
 * `clearAddress` also starts each test at the home address (`location.hash = ''`), for screens that
 * read or change the address. Call it once at the top level of the file (or of a `describe`); a
 * file's own `afterEach`, registered after this call, runs before the database is deleted (vitest
 * runs after-hooks as a stack).
 */
export function useFreshDatabase(options: { clearAddress?: boolean } = {}): void {
  beforeEach(async () => {
    await db.open();
    if (options.clearAddress) location.hash = '';
  });
  afterEach(async () => {
    await db.delete();
  });
}
