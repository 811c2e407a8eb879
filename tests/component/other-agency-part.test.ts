import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listAnswers } from '../../src/lib/storage/answers';
import { db } from '../../src/lib/storage/db';
import { addState } from '../../src/lib/storage/states';
import type { PartScope } from '../../src/lib/schema/exportFile';
import { seedAssessment } from '../fixtures/seedWorkspace';
import {
  answer,
  device,
  exportBackup,
  exportPart,
  importAll,
  openFiles,
  resetDevices,
  statusOf,
} from './support/twoDevices';

/**
 * Session 6, tester (fixagency 1, data safety): agency laptop C holds Defence's part of an
 * assessment; importing Foreign Affairs' part of it (the part the coordinator sent to Foreign
 * Affairs, or the one Foreign Affairs returned) offered "Merge into the stored assessment" and
 * wrote Foreign Affairs' answers into C, which C's next full backup then carried. Refused: one
 * sentence, no choice, nothing written. Three devices, through the functions the screens call.
 */

const COORD = 'Nurul (coord)';
const DEF: PartScope = { agency: 'Ministry of Defence', normIds: ['13b'] };
const MOFA: PartScope = { agency: 'Ministry of Foreign Affairs', normIds: ['13a'] };

beforeEach(async () => {
  await resetDevices();
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('another agency’s part on the device holding an agency part (fixagency 1)', () => {
  it('the part sent to Foreign Affairs, and the one it returned, are refused on Defence’s device', async () => {
    await device('coordinator');
    expect((await addState('TH')).ok).toBe(true);
    const a = await seedAssessment({ stateCode: 'TH', title: 'Thailand 2026' }, { by: COORD });
    await answer(a.id, '13a-01', { status: 'planned' }, COORD);
    await answer(a.id, '13b-01', { status: 'planned' }, COORD);
    const sentDef = await exportPart(a.id, DEF, COORD);
    const sentMofa = await exportPart(a.id, MOFA, COORD);
    await device('mofa');
    await importAll(await openFiles('Aida (MOFA)', sentMofa));
    await answer(a.id, '13a-01', { status: 'fully' }, 'Aida (MOFA)');
    const returnedMofa = await exportPart(a.id, MOFA, 'Aida (MOFA)');
    await device('defence');
    await importAll(await openFiles('Somchai (DEF)', sentDef));
    const before = (await listAnswers(a.id)).rows.map((r) => `${r.itemId} ${r.status} ${r.rev}`);
    const historyBefore = await db.history.count();

    for (const text of [sentMofa, returnedMofa]) {
      const session = await openFiles('Somchai (DEF)', text);
      const fp = session.preview!.files[0]!;
      const p = fp.file.plan.assessments[0]!;
      expect(p.options).toEqual(['skip']);
      expect(session.choiceOf(fp.file, a.id)).toEqual({ action: 'skip' });
      expect(session.existsText(fp, p)).toBe(
        'This is the part of Ministry of Foreign Affairs; this device holds the part of Ministry of Defence for “Thailand 2026 (2026)”: it is not merged.',
      );
      expect(session.preview!.toImport).toBe(0);
      await session.apply();
      expect((await listAnswers(a.id)).rows.map((r) => `${r.itemId} ${r.status} ${r.rev}`)).toEqual(
        before,
      );
      expect(await db.history.count()).toBe(historyBefore);
    }
    expect(await statusOf(a.id, '13a-01')).not.toBe('fully');
    // Defence's full backup carries no answer of Foreign Affairs' part.
    const backup = JSON.parse(await exportBackup()) as { answers: { itemId: string }[] };
    expect(backup.answers.map((x) => x.itemId)).not.toContain('13a-01');
  }, 30_000);
});
