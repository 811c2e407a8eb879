import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { listAnswers } from '../../src/lib/storage/answers';
import { db } from '../../src/lib/storage/db';
import type { Assessment } from '../../src/lib/schema/assessment';
import type { PartScope } from '../../src/lib/schema/exportFile';
import {
  answer,
  conflictsOf,
  coordinatorAssessment,
  device,
  exportPartOn,
  importAll,
  importOn,
  openFiles,
  openFilesOn,
  statusOf,
  useDevices,
} from './support/twoDevices';

/**
 * Session 5, coordfix item 1 (tester): a false conflict on an agency's SECOND return, blamed on the
 * coordinator. The agency's first return set 13g-02 to Planned (merged here); the agency then changed
 * it to In progress and returned the part again; the coordinator never touched 13g-02, yet the
 * preview showed "Keep this device's value: Planned — changed by Somchai (coord)".
 *
 * Driven through the functions the screens call: the export form (makeExport + markPartSent), the
 * import session of the Backup screen (ImportSession: checkChosen → preview → apply), the
 * workspace's save (saveAnswer), on two devices (tests/component/support/twoDevices.ts).
 */

const COORD = 'Somchai (coord)';
const MDES = 'Ministry of Digital Economy';
const NIRAN = 'Niran (MDES)';
const POLICE = 'Royal Thai Police';
const PIM = 'Pim (police)';
const ACTION = '13g-02';

const mdes: PartScope = { agency: MDES, normIds: ['13g'] };

/** The coordinator's assessment, and the part sent to MDES opened and imported on MDES's device. */
async function sendToMdes(): Promise<{ a: Assessment; sent: string }> {
  const a = await coordinatorAssessment('TH', 'Thailand 2026', COORD);
  const sent = await exportPartOn('coordinator', a.id, mdes, COORD);
  await importOn('mdes', NIRAN, sent);
  return { a, sent };
}

/** MDES answers 13g-02 Planned and returns; the coordinator imports it (picks left to `pick`). */
async function firstReturn(a: Assessment): Promise<string> {
  const back = await exportPartOn('mdes', a.id, mdes, NIRAN, { [ACTION]: { status: 'planned' } });
  await importOn('coordinator', COORD, back);
  expect(await statusOf(a.id, ACTION)).toBe('planned');
  return back;
}

useDevices();

describe("an agency's second return (coordfix item 1)", () => {
  it('an agency changing its own earlier value is no conflict, and the value is credited to the agency', async () => {
    expect(bundledPack.actions.some((x) => x.id === ACTION)).toBe(true);
    const { a } = await sendToMdes();
    await firstReturn(a);

    // The agency changes its own answer and returns the part again.
    const again = await exportPartOn('mdes', a.id, mdes, NIRAN, {
      [ACTION]: { status: 'in-progress' },
    });

    const session = await openFilesOn('coordinator', COORD, again);
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
    const again = await exportPartOn('mdes', a.id, mdes, NIRAN, {
      [ACTION]: { status: 'in-progress' },
    });
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
    const back = await exportPartOn('mdes', a.id, mdes, NIRAN, {
      [ACTION]: { status: 'planned' },
    });
    const first = await openFilesOn('coordinator', COORD, back);
    expect(conflictsOf(first)).toEqual([`item:${ACTION} status: ${COORD}`]);
    const file = first.files[0]!;
    const conflict = first.preview!.files[0]!.preview.conflicts[0]!;
    first.pick(file, conflict.key, 'status', 'incoming');
    await importAll(first);
    expect(await statusOf(a.id, ACTION)).toBe('planned');

    const again = await exportPartOn('mdes', a.id, mdes, NIRAN, {
      [ACTION]: { status: 'in-progress' },
    });
    const second = await openFilesOn('coordinator', COORD, again);
    expect(conflictsOf(second)).toEqual([]);
    await importAll(second);
    expect(await statusOf(a.id, ACTION)).toBe('in-progress');
  });

  it("after a conflict resolved by keeping this device's value: the agency's unchanged value does not come back as a conflict, nor overwrite", async () => {
    const { a } = await sendToMdes();
    await device('coordinator');
    await answer(a.id, ACTION, { status: 'largely' }, COORD);
    const back = await exportPartOn('mdes', a.id, mdes, NIRAN, {
      [ACTION]: { status: 'planned' },
    });
    const first = await openFilesOn('coordinator', COORD, back);
    const conflict = first.preview!.files[0]!.preview.conflicts[0]!;
    first.pick(first.files[0]!, conflict.key, 'status', 'base');
    await importAll(first);
    expect(await statusOf(a.id, ACTION)).toBe('largely');

    // The agency returns again, 13g-02 untouched, a note added on another action.
    const again = await exportPartOn('mdes', a.id, mdes, NIRAN, {
      '13g-01': { notes: 'Draft circulated' },
    });
    const second = await openFilesOn('coordinator', COORD, again);
    expect(conflictsOf(second)).toEqual([]);
    await importAll(second);
    expect(await statusOf(a.id, ACTION)).toBe('largely');

    // Then the agency does change it: now both sides changed it since, a real conflict, and the
    // stored value is credited to the coordinator who kept it.
    const third = await exportPartOn('mdes', a.id, mdes, NIRAN, {
      [ACTION]: { status: 'fully' },
    });
    const last = await openFilesOn('coordinator', COORD, third);
    expect(conflictsOf(last)).toEqual([`item:${ACTION} status: ${COORD}`]);
  });

  it('with two agencies: each return merges against what came from that agency', async () => {
    const police: PartScope = { agency: POLICE, normIds: ['13g'] };
    const { a } = await sendToMdes();
    const toPolice = await exportPartOn('coordinator', a.id, police, COORD);
    await importOn('police', PIM, toPolice);
    await firstReturn(a);

    // The police answer the same action from what they were sent (blank): a real conflict with
    // MDES's value, credited to MDES's person, not to the coordinator who merged it.
    const fromPolice = await exportPartOn('police', a.id, police, PIM, {
      [ACTION]: { status: 'fully' },
    });
    const first = await openFilesOn('coordinator', COORD, fromPolice);
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
    const fromMdes = await exportPartOn('mdes', a.id, mdes, NIRAN, {
      [ACTION]: { status: 'in-progress' },
    });
    const policeAgain = await exportPartOn('police', a.id, police, PIM);
    const second = await openFilesOn('coordinator', COORD, fromMdes, policeAgain);
    expect(conflictsOf(second)).toEqual([]);
    await importAll(second);
    expect(await statusOf(a.id, ACTION)).toBe('in-progress');
  });
});
