import { describe, expect, it } from 'vitest';
import { listAnswers } from '../../src/lib/storage/answers';
import { db } from '../../src/lib/storage/db';
import type { PartScope } from '../../src/lib/schema/exportFile';
import {
  coordinatorAssessment,
  exportBackup,
  exportPart,
  exportPartOn,
  importOn,
  openFiles,
  statusOf,
  useDevices,
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

useDevices();

describe('another agency’s part on the device holding an agency part (fixagency 1)', () => {
  it('the part sent to Foreign Affairs, and the one it returned, are refused on Defence’s device', async () => {
    const a = await coordinatorAssessment('TH', 'Thailand 2026', COORD);
    const sentDef = await exportPartOn('coordinator', a.id, DEF, COORD, {
      '13a-01': { status: 'planned' },
      '13b-01': { status: 'planned' },
    });
    const sentMofa = await exportPart(a.id, MOFA, COORD);
    await importOn('mofa', 'Aida (MOFA)', sentMofa);
    const returnedMofa = await exportPartOn('mofa', a.id, MOFA, 'Aida (MOFA)', {
      '13a-01': { status: 'fully' },
    });
    await importOn('defence', 'Somchai (DEF)', sentDef);
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
