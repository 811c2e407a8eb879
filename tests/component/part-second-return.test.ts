import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { describeFailure } from '../../src/lib/i18n/failures';
import { listAnswers, saveAnswer } from '../../src/lib/storage/answers';
import { db } from '../../src/lib/storage/db';
import { setSessionUser } from '../../src/lib/storage/meta';
import { addState } from '../../src/lib/storage/states';
import { makeExport, markPartSent } from '../../src/lib/state/backupExport';
import { ImportSession } from '../../src/lib/state/importSession.svelte';
import type { Answer, Assessment } from '../../src/lib/schema/assessment';
import type { PartScope } from '../../src/lib/schema/exportFile';
import { seedAssessment } from '../fixtures/seedWorkspace';
import { exchangeTables } from '../fixtures/seedDb';

/**
 * Session 5, coordfix item 1 (tester): a false conflict on an agency's SECOND return, blamed on the
 * coordinator. The agency's first return set 13g-02 to Planned (merged here); the agency then changed
 * it to In progress and returned the part again; the coordinator never touched 13g-02, yet the
 * preview showed "Keep this device's value: Planned — changed by Somchai (coord)".
 *
 * Driven through the functions the screens call: the export form (makeExport + markPartSent), the
 * import session of the Backup screen (ImportSession: checkChosen → preview → apply), the
 * workspace's save (saveAnswer). Two devices share the one fake IndexedDB: each device's tables are
 * kept aside while the other one works (`device`).
 */

const COORD = 'Somchai (coord)';
const MDES = 'Ministry of Digital Economy';
const NIRAN = 'Niran (MDES)';
const POLICE = 'Royal Thai Police';
const PIM = 'Pim (police)';
const ACTION = '13g-02';

type Tables = Map<string, unknown[]>;
/** Each device's stored rows, while the other device has the database. */
const devices = new Map<string, Tables>();
let current = '';

/** Switches the database to `name`'s rows (an empty device the first time). */
async function device(name: string): Promise<void> {
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

let clock = new Date('2026-11-30T09:00:00.000Z');
/** Moves the clock on (every step happens a few minutes after the one before). */
function later(minutes = 7): void {
  clock = new Date(clock.getTime() + minutes * 60_000);
  vi.setSystemTime(clock);
}

/** The export form's part export on this device (the coordinator's "send", the agency's "return"). */
async function exportPart(assessmentId: string, scope: PartScope, by: string): Promise<string> {
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

/** The Backup screen's import: files chosen, checked, previewed (the session is returned open). */
async function openFiles(by: string, ...texts: string[]): Promise<ImportSession> {
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
async function importAll(session: ImportSession): Promise<void> {
  expect(session.preview?.openFields).toBe(0);
  expect(await session.apply()).toBe(true);
}

/** The agency's answer as the workspace saves it (the stored revision is the expected one). */
async function answer(
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

const statusOf = async (assessmentId: string, itemId: string) =>
  (await listAnswers(assessmentId)).rows.find((a) => a.itemId === itemId)?.status;

/** Every field conflict of the preview, as "<target> <field>: <changed by on this device>". */
const conflictsOf = (session: ImportSession) =>
  (session.preview?.files ?? []).flatMap((f) =>
    f.preview.conflicts.flatMap((c) =>
      c.item.conflicts.map((x) => `${c.item.target} ${x.field}: ${x.base.by}`),
    ),
  );

const mdes: PartScope = { agency: MDES, normIds: ['13g'] };

/** The coordinator's assessment, and the part sent to MDES opened and imported on MDES's device. */
async function sendToMdes(): Promise<{ a: Assessment; sent: string }> {
  await device('coordinator');
  expect((await addState('TH')).ok).toBe(true);
  const a = await seedAssessment({ stateCode: 'TH', title: 'Thailand 2026' }, { by: COORD });
  const sent = await exportPart(a.id, mdes, COORD);
  await device('mdes');
  await importAll(await openFiles(NIRAN, sent));
  return { a, sent };
}

/** MDES answers 13g-02 Planned and returns; the coordinator imports it (picks left to `pick`). */
async function firstReturn(a: Assessment): Promise<string> {
  await device('mdes');
  await answer(a.id, ACTION, { status: 'planned' }, NIRAN);
  const back = await exportPart(a.id, mdes, NIRAN);
  await device('coordinator');
  await importAll(await openFiles(COORD, back));
  expect(await statusOf(a.id, ACTION)).toBe('planned');
  return back;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  clock = new Date('2026-11-30T09:00:00.000Z');
  vi.setSystemTime(clock);
  devices.clear();
  current = '';
  await db.open();
  for (const table of exchangeTables()) await table.clear();
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe("an agency's second return (coordfix item 1)", () => {
  it('an agency changing its own earlier value is no conflict, and the value is credited to the agency', async () => {
    expect(bundledPack.actions.some((x) => x.id === ACTION)).toBe(true);
    const { a } = await sendToMdes();
    await firstReturn(a);

    // The agency changes its own answer and returns the part again.
    await device('mdes');
    await answer(a.id, ACTION, { status: 'in-progress' }, NIRAN);
    const again = await exportPart(a.id, mdes, NIRAN);

    await device('coordinator');
    const session = await openFiles(COORD, again);
    expect(conflictsOf(session)).toEqual([]);
    const merged = session.preview!.files[0]!.preview.merged;
    expect(merged.map((m) => `${m.target} ${m.fields.join(',')}`)).toEqual([
      `item:${ACTION} status`,
    ]);
    await importAll(session);
    const stored = (await listAnswers(a.id)).rows.find((x) => x.itemId === ACTION)!;
    expect(stored.status).toBe('in-progress');
    expect(stored.updatedBy).toBe(NIRAN);
  });

  it('across a reload: what was taken from the agency is read back from storage', async () => {
    const { a } = await sendToMdes();
    await firstReturn(a);
    // A reload: nothing of the first import session is kept but what storage holds.
    db.close();
    await db.open();
    await device('mdes');
    await answer(a.id, ACTION, { status: 'in-progress' }, NIRAN);
    const again = await exportPart(a.id, mdes, NIRAN);
    await device('coordinator');
    db.close();
    await db.open();
    const session = await openFiles(COORD, again);
    expect(conflictsOf(session)).toEqual([]);
    await importAll(session);
    expect(await statusOf(a.id, ACTION)).toBe('in-progress');
  });

  it('after the first return was merged with "keep theirs" on a real conflict', async () => {
    const { a } = await sendToMdes();
    // The coordinator answered 13g-02 itself after sending: the first return conflicts.
    await device('coordinator');
    await answer(a.id, ACTION, { status: 'not-started' }, COORD);
    await device('mdes');
    await answer(a.id, ACTION, { status: 'planned' }, NIRAN);
    const back = await exportPart(a.id, mdes, NIRAN);
    await device('coordinator');
    const first = await openFiles(COORD, back);
    expect(conflictsOf(first)).toEqual([`item:${ACTION} status: ${COORD}`]);
    const file = first.files[0]!;
    const conflict = first.preview!.files[0]!.preview.conflicts[0]!;
    first.pick(file, conflict.key, 'status', 'incoming');
    await importAll(first);
    expect(await statusOf(a.id, ACTION)).toBe('planned');

    await device('mdes');
    await answer(a.id, ACTION, { status: 'in-progress' }, NIRAN);
    const again = await exportPart(a.id, mdes, NIRAN);
    await device('coordinator');
    const second = await openFiles(COORD, again);
    expect(conflictsOf(second)).toEqual([]);
    await importAll(second);
    expect(await statusOf(a.id, ACTION)).toBe('in-progress');
  });

  it("after a conflict resolved by keeping this device's value: the agency's unchanged value does not come back as a conflict, nor overwrite", async () => {
    const { a } = await sendToMdes();
    await device('coordinator');
    await answer(a.id, ACTION, { status: 'largely' }, COORD);
    await device('mdes');
    await answer(a.id, ACTION, { status: 'planned' }, NIRAN);
    const back = await exportPart(a.id, mdes, NIRAN);
    await device('coordinator');
    const first = await openFiles(COORD, back);
    const conflict = first.preview!.files[0]!.preview.conflicts[0]!;
    first.pick(first.files[0]!, conflict.key, 'status', 'base');
    await importAll(first);
    expect(await statusOf(a.id, ACTION)).toBe('largely');

    // The agency returns again, 13g-02 untouched, a note added on another action.
    await device('mdes');
    await answer(a.id, '13g-01', { notes: 'Draft circulated' }, NIRAN);
    const again = await exportPart(a.id, mdes, NIRAN);
    await device('coordinator');
    const second = await openFiles(COORD, again);
    expect(conflictsOf(second)).toEqual([]);
    await importAll(second);
    expect(await statusOf(a.id, ACTION)).toBe('largely');

    // Then the agency does change it: now both sides changed it since, a real conflict, and the
    // stored value is credited to the coordinator who kept it.
    await device('mdes');
    await answer(a.id, ACTION, { status: 'fully' }, NIRAN);
    const third = await exportPart(a.id, mdes, NIRAN);
    await device('coordinator');
    const last = await openFiles(COORD, third);
    expect(conflictsOf(last)).toEqual([`item:${ACTION} status: ${COORD}`]);
  });

  it('with two agencies: each return merges against what came from that agency', async () => {
    const police: PartScope = { agency: POLICE, normIds: ['13g'] };
    const { a } = await sendToMdes();
    await device('coordinator');
    const toPolice = await exportPart(a.id, police, COORD);
    await device('police');
    await importAll(await openFiles(PIM, toPolice));
    await firstReturn(a);

    // The police answer the same action from what they were sent (blank): a real conflict with
    // MDES's value, credited to MDES's person, not to the coordinator who merged it.
    await device('police');
    await answer(a.id, ACTION, { status: 'fully' }, PIM);
    const fromPolice = await exportPart(a.id, police, PIM);
    await device('coordinator');
    const first = await openFiles(COORD, fromPolice);
    expect(conflictsOf(first)).toEqual([`item:${ACTION} status: ${NIRAN}`]);
    first.pick(
      first.files[0]!,
      first.preview!.files[0]!.preview.conflicts[0]!.key,
      'status',
      'base',
    );
    await importAll(first);

    // MDES changes its own value and returns again; the police return their part again unchanged,
    // in the same batch: neither is a conflict (the police's value was offered and not kept).
    await device('mdes');
    await answer(a.id, ACTION, { status: 'in-progress' }, NIRAN);
    const fromMdes = await exportPart(a.id, mdes, NIRAN);
    await device('police');
    const policeAgain = await exportPart(a.id, police, PIM);
    await device('coordinator');
    const second = await openFiles(COORD, fromMdes, policeAgain);
    expect(conflictsOf(second)).toEqual([]);
    await importAll(second);
    expect(await statusOf(a.id, ACTION)).toBe('in-progress');
  });
});
