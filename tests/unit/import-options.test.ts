import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import { planImport, type StoredContext } from '../../src/lib/domain/importPlan';
import { previewSession, type SessionFile } from '../../src/lib/domain/importSession';
import { emptyCoordination, withReceived } from '../../src/lib/domain/coordination';
import { packKey } from '../../src/lib/domain/pack';
import type { ExportFile, PartScope } from '../../src/lib/schema/exportFile';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import {
  TEST_EXPORTED_AT,
  makeExportSource,
  sealedPart,
  testPack,
} from '../fixtures/factories/exports';

/**
 * Session 6, coordreturn item 2: the options of a file come from one rule. A part imported before
 * has nothing to do: no choice, not counted among the files to import; a part an agency holds here
 * (an "(imported copy)") is never the merge target of another assessment.
 */

const AT = '2026-03-01T00:00:00.000Z';
const MOJ: PartScope = { agency: 'Ministry of Justice', normIds: ['13a'] };
const COPY_ID = '00000000-0000-4000-8000-00000000c0c0';

/** The coordinator's device: the assessment, and a copy of an agency part held here. */
function device(): StoredContext {
  const pack = testPack();
  const source = makeExportSource();
  const whole = source.assessments[0]!;
  const copy = { ...whole, id: COPY_ID, title: `${whole.title} (imported copy)` };
  return {
    states: source.states,
    assessments: [whole, copy],
    records: new Map([
      [
        TEST_ASSESSMENT_ID,
        {
          answers: source.answers,
          normAnswers: source.normAnswers,
          history: source.history.map(({ id: _id, ...e }) => e),
        },
      ],
    ]),
    installedPacks: new Set([packKey(pack)]),
    packs: new Map([[packKey(pack), pack]]),
    assignments: new Map(),
    heldAgencies: new Map([[COPY_ID, MOJ.agency]]),
  };
}

function sessionFile(file: ExportFile, ctx: StoredContext): SessionFile {
  const plan = planImport(file, ctx, new Date(AT));
  if (!plan.ok) throw new Error(describeFailure(plan));
  return { id: '0', name: 'back.json', plan: plan.value, fromVersion: 6, encrypted: false };
}

describe('the options of a file (coordreturn item 2)', () => {
  it('a held agency part "(imported copy)" is never a merge target of another assessment', async () => {
    const ctx = device();
    const back = sessionFile(await sealedPart(MOJ, { partDirection: 'returned' }), ctx);
    expect(back.plan.assessments[0]!.mergeTargets.map((a) => a.id)).toEqual([TEST_ASSESSMENT_ID]);
    // Its own part, re-sent to the agency's device, still merges into it (same id).
    const ofCopy = await sealedPart(MOJ, {
      partDirection: 'sent',
      source: {
        ...makeExportSource(),
        assessments: [{ ...makeExportSource().assessments[0]!, id: COPY_ID }],
        answers: [],
        normAnswers: [],
      },
    });
    expect(sessionFile(ofCopy, ctx).plan.assessments[0]!.mergeTargets.map((a) => a.id)).toContain(
      COPY_ID,
    );
  });

  it('a part imported before: nothing to do, no choice, not counted; a new return is counted', async () => {
    const ctx: StoredContext = {
      ...device(),
      coordination: new Map([
        [
          TEST_ASSESSMENT_ID,
          withReceived(emptyCoordination(TEST_ASSESSMENT_ID), {
            scope: MOJ,
            exportedAt: TEST_EXPORTED_AT,
            importedAt: '2026-02-06T09:00:00.000Z',
            importedBy: 'Coordinator',
            written: 1,
            conflicts: 0,
            conflictsTaken: 0,
          }),
        ],
      ]),
    };
    const old = sessionFile(await sealedPart(MOJ, { partDirection: 'returned' }), ctx);
    const input = { ctx, choices: new Map(), resolutions: new Map(), at: AT, by: 'Coordinator' };
    const alone = previewSession({ ...input, files: [old] });
    expect(alone.files[0]!.outcome.kind).toBe('already-imported');
    expect(alone.files[0]!.nothingToDo).toBe(true);
    expect(alone.toImport).toBe(0);

    const source = makeExportSource();
    const fresh = sessionFile(
      await sealedPart(MOJ, {
        partDirection: 'returned',
        exportedAt: '2026-02-10T10:00:00.000Z',
        answers: source.answers.map((a) =>
          a.itemId === '13a-01' ? { ...a, notes: 'Adopted', rev: 3 } : a,
        ),
      }),
      ctx,
    );
    const both = previewSession({ ...input, files: [old, { ...fresh, id: '1' }] });
    expect(both.files.map((f) => f.nothingToDo)).toEqual([true, false]);
    expect(both.toImport).toBe(1);
  });
});
