import { afterEach, beforeEach, expect, vi } from 'vitest';
import { describeFailure } from '../../../src/lib/i18n/failures';
import { listAnswers } from '../../../src/lib/storage/answers';
import { db } from '../../../src/lib/storage/db';
import { setSessionUser } from '../../../src/lib/storage/meta';
import { addState } from '../../../src/lib/storage/states';
import { makeExport, markPartSent } from '../../../src/lib/state/backupExport';
import { ImportSession } from '../../../src/lib/state/importSession.svelte';
import type { Answer, Assessment } from '../../../src/lib/schema/assessment';
import type { PartScope } from '../../../src/lib/schema/exportFile';
import { exchangeTables } from '../../fixtures/seedDb';
import { saveAs, seedAssessment } from '../../fixtures/seedWorkspace';
import { deleteDatabaseWhenSettled } from './useFreshDatabase';

/**
 * Several devices (the coordinator's, each agency's) driven through the functions the screens
 * call: the export form (makeExport + markPartSent), the Backup screen's import session
 * (ImportSession: checkChosen → preview → apply), the workspace's save (saveAnswer). The devices
 * share the one fake IndexedDB: each device's tables are kept aside while another one works
 * (`device`). Call `useDevices()` at the top of the file: `resetDevices` before each test (it
 * opens and clears the database and pins the clock), real timers and the database deleted after.
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

/**
 * Every test of the calling file starts on empty devices with the clock pinned at `start`
 * (`resetDevices`); after it the clock is real again and the database deleted once its pending
 * work has ended (`deleteDatabaseWhenSettled`). Call it once at the top level of the file (or of a
 * `describe`).
 */
export function useDevices(start?: string): void {
  beforeEach(async () => {
    await resetDevices(start);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await deleteDatabaseWhenSettled();
  });
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

/**
 * On `name`'s device: `answers` saved by `by` (action id → fields), then the part exported by `by`:
 * the coordinator's send, or an agency's return.
 */
export async function exportPartOn(
  name: string,
  assessmentId: string,
  scope: PartScope,
  by: string,
  answers: Record<string, Partial<Answer>> = {},
): Promise<string> {
  await device(name);
  for (const [itemId, patch] of Object.entries(answers))
    await answer(assessmentId, itemId, patch, by);
  return exportPart(assessmentId, scope, by);
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

/** The Backup screen's import on `name`'s device (`openFiles` there). */
export async function openFilesOn(
  name: string,
  by: string,
  ...texts: string[]
): Promise<ImportSession> {
  await device(name);
  return openFiles(by, ...texts);
}

/** Imports with the default choices; fails the test when the import would not write. */
export async function importAll(session: ImportSession): Promise<void> {
  expect(session.preview?.openFields).toBe(0);
  expect(await session.apply()).toBe(true);
}

/** On `name`'s device, the files opened and imported with the default choices (`importAll`). */
export async function importOn(name: string, by: string, ...texts: string[]): Promise<void> {
  await importAll(await openFilesOn(name, by, ...texts));
}

/**
 * The coordinator's device (switched to) with `stateCode` added and a new assessment of it, made by
 * `by` (the setup form's storage calls).
 */
export async function coordinatorAssessment(
  stateCode: string,
  title: string,
  by: string,
): Promise<Assessment> {
  await device('coordinator');
  expect((await addState(stateCode)).ok).toBe(true);
  return seedAssessment({ stateCode, title }, { by });
}

/** An answer as the workspace saves it (the stored revision is the expected one). */
export async function answer(
  assessmentId: string,
  itemId: string,
  patch: Partial<Answer>,
  by: string,
): Promise<void> {
  later(3);
  await saveAs(assessmentId, itemId, patch, by);
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
 * An agency's round trip on its own device (`name`): the part `sent` imported, one practical action
 * answered by `person`, the part exported back. Returns the returned part's file text.
 */
export async function agencyReturns(
  name: string,
  person: string,
  sent: string,
  answered: { assessmentId: string; scope: PartScope; actionId: string; patch: Partial<Answer> },
): Promise<string> {
  await importOn(name, person, sent);
  await answer(answered.assessmentId, answered.actionId, answered.patch, person);
  return exportPart(answered.assessmentId, answered.scope, person);
}
