import { describe, expect, it } from 'vitest';
import { emptyCoordination, withReceived } from '../../src/lib/domain/coordination';
import type { StoredContext } from '../../src/lib/domain/importPlan';
import { previewSession, type SessionFile } from '../../src/lib/domain/importSession';
import type { PartScope } from '../../src/lib/schema/exportFile';
import { TEST_ASSESSMENT_ID, makeAnswer } from '../fixtures/factories/answers';
import { TEST_EXPORTED_AT, makeExportSource, sealedExport } from '../fixtures/factories/exports';
import { sessionFileOf, testDevice } from '../fixtures/factories/importDevice';

/**
 * Session 5, coordfix item 2: the import preview and its result say what will happen / what
 * happened, file by file. Each example failed on the code before: "already on this device" said of
 * an assessment that only arrives in the same batch; "1 assessment needs a choice" with only "Skip
 * it" possible (Import disabled); "Imported 2 files." when one of them wrote nothing.
 */

const NOW = new Date('2026-03-01T00:00:00.000Z');
const AT = NOW.toISOString();
const JUSTICE: PartScope = { agency: 'Ministry of Justice', normIds: ['13a'] };

/** The factory's world as stored on the coordinator's device. */
function coordinator(over: Partial<StoredContext> = {}): StoredContext {
  const s = makeExportSource();
  return testDevice({
    states: s.states,
    assessments: s.assessments,
    records: new Map([
      [
        TEST_ASSESSMENT_ID,
        {
          answers: s.answers,
          normAnswers: s.normAnswers,
          history: s.history.map(({ id: _id, ...e }) => e),
        },
      ],
    ]),
    ...over,
  });
}

async function sessionFile(
  id: string,
  ctx: StoredContext,
  options: {
    part?: PartScope;
    exportedAt?: string;
    answers?: ReturnType<typeof makeAnswer>[];
  } = {},
): Promise<SessionFile> {
  const source = makeExportSource();
  const file = await sealedExport(
    {
      kind: options.part ? 'part' : 'assessment',
      exportedAt: options.exportedAt ?? TEST_EXPORTED_AT,
      ...(options.part ? { part: options.part, partDirection: 'returned' as const } : {}),
    },
    { ...source, ...(options.answers ? { answers: options.answers, history: [] } : {}) },
  );
  return sessionFileOf(file, ctx, NOW, { id, fromVersion: 6 });
}

const preview = (files: SessionFile[], ctx: StoredContext) =>
  previewSession({ files, ctx, choices: new Map(), resolutions: new Map(), at: AT, by: 'Lim' });

describe('the import preview says what will happen, file by file', () => {
  it('an assessment arriving with an earlier file of the batch is not "already on this device"', async () => {
    const ctx = testDevice();
    const first = await sessionFile('first', ctx);
    // Not the same file: one that holds the same as an earlier one is planned once (same-file test).
    const second = await sessionFile('second', ctx, {
      answers: [makeAnswer({ itemId: '13a-01', status: 'fully', rev: 9 })],
    });
    const p = preview([first, second], ctx);
    expect(p.files[0]!.arrivesWith.size).toBe(0);
    expect([...p.files[1]!.arrivesWith]).toEqual([[TEST_ASSESSMENT_ID, 'first.json']]);
    // Stored before the batch: that one IS on this device.
    const stored = preview([await sessionFile('again', coordinator())], coordinator());
    expect(stored.files[0]!.arrivesWith.size).toBe(0);
  });

  it('with only "Skip it" possible, skipping is what happens: no choice asked, Import possible', async () => {
    // A returned part whose assessment is not here, and no other cycle of its State to merge into.
    const ctx = testDevice();
    const part = await sessionFile('part', ctx, { part: JUSTICE });
    expect(part.plan.assessments[0]!.options).toEqual(['skip']);
    expect(part.plan.assessments[0]!.preset).toEqual({ action: 'skip' });
    const p = preview([part], ctx);
    expect(p.files[0]!.preview.undecided).toEqual([]);
    expect(p.writes).toBeDefined();
    expect(p.files[0]!.outcome).toEqual({ kind: 'skipped' });
  });

  it('says per file what it writes, and "already imported" for a part imported before', async () => {
    const importedAt = '2026-02-06T09:00:00.000Z';
    const ctx = coordinator({
      coordination: new Map([
        [
          TEST_ASSESSMENT_ID,
          withReceived(emptyCoordination(TEST_ASSESSMENT_ID), {
            scope: JUSTICE,
            exportedAt: TEST_EXPORTED_AT,
            importedAt,
            importedBy: 'Lim',
            written: 0,
            conflicts: 0,
            conflictsTaken: 0,
          }),
        ],
      ]),
    });
    const stored = makeExportSource().answers;
    // Imported before, and everything it carries is here already.
    const old = await sessionFile('old', ctx, { part: JUSTICE, answers: stored });
    // A new return: one new answer.
    const fresh = await sessionFile('new', ctx, {
      part: JUSTICE,
      exportedAt: '2026-02-10T10:00:00.000Z',
      answers: [...stored, makeAnswer({ itemId: '13a-02', status: 'planned', rev: 1 })],
    });
    const p = preview([old, fresh], ctx);
    expect(p.files.map((f) => f.outcome)).toEqual([
      { kind: 'already-imported', at: importedAt },
      {
        kind: 'writes',
        counts: {
          assessments: 0,
          agencyParts: 0,
          answers: 1,
          normAnswers: 0,
          history: 1,
          packs: 0,
          marks: 0,
        },
      },
    ]);
  });
});
