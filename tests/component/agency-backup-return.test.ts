import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { formatInstant } from '../../src/lib/i18n';
import { listAnswers } from '../../src/lib/storage/answers';
import { getCoordinations } from '../../src/lib/storage/coordination';
import type { Assessment } from '../../src/lib/schema/assessment';
import type { PartScope } from '../../src/lib/schema/exportFile';
import {
  answer,
  conflictsOf,
  coordinatorAssessment,
  exportBackup,
  device,
  exportPartOn,
  importAll,
  importOn,
  openFiles,
  statusOf,
  useDevices,
} from './support/twoDevices';

/**
 * Session 6, coordreturn item 1 (tester): the coordinator sent Foreign Affairs its part; the agency
 * answered on its device and sent a FULL BACKUP of its device instead of returning the part; the
 * coordinator merged it "into the stored assessment". The preview said "This part was not exported
 * from this device … every field that differs is listed", asked a choice on 13a-02 (only the agency
 * changed it) and did not list 13e-01 (changed here since the part was sent). The backup's held part
 * is that agency's part: merged as its return, within its scope, against what was sent.
 *
 * Two devices, through the functions the screens call (tests/component/support/twoDevices.ts).
 */

const COORD = 'Nurul (coord)';
const MOFA = 'Ministry of Foreign Affairs';
const AIDA = 'Aida (MOFA)';
const mofa: PartScope = { agency: MOFA, normIds: ['13a', '13e'] };

/**
 * The coordinator answers 13a-02 and 13e-01, sends the part; Foreign Affairs imports it, changes
 * 13a-02 (and, outside its part, 13b-01), and makes a full backup; the coordinator then changes
 * 13e-01. Returns the assessment, when the part was sent and the backup's text.
 */
async function agencyBacksUp(): Promise<{ a: Assessment; backup: string; sentAt: string }> {
  for (const id of ['13a-02', '13e-01', '13b-01'])
    expect(bundledPack.actions.some((x) => x.id === id)).toBe(true);
  const a = await coordinatorAssessment('MY', 'Malaysia 2026', COORD);
  const sent = await exportPartOn('coordinator', a.id, mofa, COORD, {
    '13a-02': { status: 'planned' },
    '13e-01': { status: 'planned' },
  });
  const sentAt = (JSON.parse(sent) as { exportedAt: string }).exportedAt;
  await importOn('mofa', AIDA, sent);
  await answer(a.id, '13a-02', { status: 'fully' }, AIDA);
  await answer(a.id, '13b-01', { status: 'fully' }, AIDA);
  const backup = await exportBackup();
  await device('coordinator');
  await answer(a.id, '13e-01', { status: 'in-progress' }, COORD);
  return { a, backup, sentAt };
}

useDevices();

describe("an agency's full backup holding its part (coordreturn item 1)", () => {
  it('is merged as that agency’s return: said first, no conflict, 13e-01 listed as kept, only the part’s scope', async () => {
    const { a, backup, sentAt } = await agencyBacksUp();
    const session = await openFiles(COORD, backup);
    const fp = session.preview!.files[0]!;
    // Said before any choice, and merged without asking (the choice made is the merge).
    expect(session.partLines(fp)[0]).toBe(
      `This backup holds the part of ${MOFA} sent on ${formatInstant(sentAt)}: merged as its return.`,
    );
    expect(session.choiceOf(fp.file, a.id)).toEqual({ action: 'merge', targetId: a.id });
    expect(fp.file.plan.assessments[0]!.options).toEqual(['merge', 'skip']);
    expect(conflictsOf(session)).toEqual([]);
    expect(fp.preview.merged.map((m) => `${m.target} ${m.fields.join(',')}`)).toEqual([
      'item:13a-02 status',
    ]);
    expect(fp.preview.kept.map((m) => `${m.target} ${m.fields.join(',')}`)).toEqual([
      'item:13e-01 status',
    ]);
    // 13b-01 is not in the part sent: left out, named.
    expect(fp.preview.leftOut.itemIds).toEqual(['13b-01']);
    await importAll(session);
    expect(await statusOf(a.id, '13a-02')).toBe('fully');
    expect(await statusOf(a.id, '13e-01')).toBe('in-progress');
    expect(await statusOf(a.id, '13b-01')).toBeUndefined();
    const stored = (await listAnswers(a.id)).rows.find((x) => x.itemId === '13a-02')!;
    expect(stored.updatedBy).toBe(AIDA);
    // Recorded as the agency's part back (Who has answered), and the base of its next return.
    const log = (await getCoordinations([a.id])).get(a.id)!;
    expect(log.received.map((r) => r.scope.agency)).toEqual([MOFA]);
    expect(log.sent.map((s) => s.scope.agency)).toEqual([MOFA]);
    expect(log.sent[0]!.answers.find((x) => x.itemId === '13a-02')?.status).toBe('fully');
  });

  it('imported again: nothing to do, no choice, not counted among the files to import', async () => {
    const { backup } = await agencyBacksUp();
    await importAll(await openFiles(COORD, backup));
    const again = await openFiles(COORD, backup);
    const fp = again.preview!.files[0]!;
    expect(fp.outcome.kind).toBe('already-imported');
    expect(fp.nothingToDo).toBe(true);
    expect(again.preview!.toImport).toBe(0);
  });
});
