import { afterEach, beforeEach, expect, vi } from 'vitest';
import { describeFailure } from '../../../src/lib/i18n/failures';
import { listAnswers, saveAnswer } from '../../../src/lib/storage/answers';
import { db } from '../../../src/lib/storage/db';
import { setSessionUser } from '../../../src/lib/storage/meta';
import { makeExport, markPartSent } from '../../../src/lib/state/backupExport';
import { ImportSession } from '../../../src/lib/state/importSession.svelte';
import type { Answer } from '../../../src/lib/schema/assessment';
import type { PartScope } from '../../../src/lib/schema/exportFile';
import { exchangeTables } from '../../fixtures/seedDb';

/**
 * Several devices (the coordinator's, each agency's) driven through the functions the screens
 * call: the export form (makeExport + markPartSent), the Backup screen's import session
 * (ImportSession: checkChosen → preview → apply), the workspace's save (saveAnswer). The devices
 * share the one fake IndexedDB: each device's tables are kept aside while another one works
 * (`device`). Call `resetDevices` before each test (it opens and clears the database and pins the
 * clock); `db.delete()` and `vi.useRealTimers()` after.
 */

type Tables = Map<string, unknown[]>;
/** Each device's stored rows, while another device has the database. */
const devices = new Map<string, Tables>();
let current = '';
let clock = new Date('2026-11-30T09:00:00.000Z');

/** Empty devices, an empty database and the clock pinned at `start`. */
export async function resetDevices(start = '2026-11-30T09:00:00.000Z'): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'] });
  clock = new Date(start);
  vi.setSystemTime(clock);
  devices.clear();
  current = '';
  await db.open();
  for (const table of exchangeTables()) await table.clear();
}

/** Switches the database to `name`'s rows (an empty device the first time). */
export async function device(name: string): Promise<void> {
  if (current === name) return;
  if (current) {
    const rows: Tables = new Map();
    for (const table of exchangeTables()) rows.set(table.name, await table.toArray());
    devices.set(current, rows);
  }
  for (const table of exchangeTables()) await table.clear();
  const rows = devices.get(name);
  if (rows)
    for (const table of exchangeTables())
      await (table as { bulkPut(r: unknown[]): Promise<unknown> }).bulkPut(
        rows.get(table.name) ?? [],
      );
  current = name;
}

/** Moves the clock on (every step happens a few minutes after the one before). */
export function later(minutes = 7): void {
  clock = new Date(clock.getTime() + minutes * 60_000);
  vi.setSystemTime(clock);
}

/** The export form's part export on this device (the coordinator's "send", the agency's "return"). */
export async function exportPart(
  assessmentId: string,
  scope: PartScope,
  by: string,
): Promise<string> {
  later();
  const made = await makeExport({
    scope: { kind: 'part', assessmentId },
    shareable: false,
    part: scope,
  });
  if (!made.ok) throw new Error(describeFailure(made));
  await markPartSent(made.value, assessmentId, scope, by);
  return made.value.blob.text();
}

/** The export form's full backup of this device. */
export async function exportBackup(): Promise<string> {
  later();
  const made = await makeExport({ scope: { kind: 'backup' }, shareable: false });
  if (!made.ok) throw new Error(describeFailure(made));
  return made.value.blob.text();
}

/** The Backup screen's import: files chosen, checked, previewed (the session is returned open). */
export async function openFiles(by: string, ...texts: string[]): Promise<ImportSession> {
  later();
  await setSessionUser(by);
  const session = new ImportSession();
  session.chosen = texts.map((text, i) => ({
    name: `part-${i + 1}.json`,
    text: () => Promise.resolve({ ok: true as const, value: text }),
  }));
  await session.checkChosen();
  expect(session.failures).toEqual([]);
  return session;
}

/** Imports with the default choices; fails the test when the import would not write. */
export async function importAll(session: ImportSession): Promise<void> {
  expect(session.preview?.openFields).toBe(0);
  expect(await session.apply()).toBe(true);
}

/** An answer as the workspace saves it (the stored revision is the expected one). */
export async function answer(
  assessmentId: string,
  itemId: string,
  patch: Partial<Answer>,
  by: string,
): Promise<void> {
  later(3);
  const stored = (await listAnswers(assessmentId)).rows.find((a) => a.itemId === itemId);
  const saved = await saveAnswer({
    assessmentId,
    itemId,
    expectedRev: stored?.rev ?? 0,
    patch,
    by,
  });
  if (!saved.ok) throw new Error(describeFailure(saved));
}

/** The stored status of one practical action. */
export const statusOf = async (assessmentId: string, itemId: string) =>
  (await listAnswers(assessmentId)).rows.find((a) => a.itemId === itemId)?.status;

/** Every field conflict of the preview, as "<target> <field>: <changed by on this device>". */
export const conflictsOf = (session: ImportSession) =>
  (session.preview?.files ?? []).flatMap((f) =>
    f.preview.conflicts.flatMap((c) =>
      c.item.conflicts.map((x) => `${c.item.target} ${x.field}: ${x.base.by}`),
    ),
  );

/**
 * Every test of the calling file starts on empty devices (`resetDevices`, the clock pinned at
 * `start`); after each test the clock is real again and the database deleted. Call it once at the
 * top level of the file (or of a `describe`).
 */
export function useDevices(start?: string): void {
  beforeEach(() => resetDevices(start));
  afterEach(async () => {
    vi.useRealTimers();
    await db.delete();
  });
}
