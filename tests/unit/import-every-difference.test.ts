import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import {
  planImport,
  previewImport,
  type ImportPreview,
  type StoredContext,
} from '../../src/lib/domain/importPlan';
import { defaultChoice } from '../../src/lib/domain/importSession';
import { emptyCoordination, withSent } from '../../src/lib/domain/coordination';
import { blankOf, differingFields, type HistoryLike } from '../../src/lib/domain/merge';
import { packKey } from '../../src/lib/domain/pack';
import type { Answer, NormAnswer } from '../../src/lib/schema/assessment';
import type { ExportFile, PartScope } from '../../src/lib/schema/exportFile';
import { TEST_ASSESSMENT_ID, makeAnswer, makeNormAnswer } from '../fixtures/factories/answers';
import {
  makeExportSource,
  sealedExport,
  sealedPart,
  testPack,
} from '../fixtures/factories/exports';

/**
 * Session 6, coordreturn item 1: "every field that differs is listed" must be TRUE. For each file
 * kind (a full backup from elsewhere, without an ancestor; a returned part sent from here; an
 * agency's full backup holding the part sent from here), the preview is built and every field of
 * every record within the part in which the file differs from this device is checked to be listed:
 * taken (`merged`), to decide (`conflicts`) or kept (`kept`). On main 13a-01, an older version this
 * device's history holds, was not listed at all.
 */

const AT = '2026-03-01T00:00:00.000Z';
const MOJ = 'Ministry of Justice';
const scope: PartScope = { agency: MOJ, normIds: ['13a'] };

/** What this device stores: the factory's assessment, then 13a-01 changed here again. */
function device(): StoredContext {
  const pack = testPack();
  const source = makeExportSource();
  const a1 = source.answers.find((a) => a.itemId === '13a-01')!;
  const mine: Answer = { ...a1, notes: 'Approved', rev: 3, updatedAt: '2026-02-10T08:00:00.000Z' };
  const history: HistoryLike[] = [
    ...source.history.map(({ id: _id, ...e }) => e),
    {
      assessmentId: TEST_ASSESSMENT_ID,
      target: 'item:13a-01',
      at: mine.updatedAt,
      by: 'Aung',
      cause: 'edit',
      before: a1,
      after: mine,
    },
  ];
  return {
    states: source.states,
    assessments: source.assessments,
    records: new Map([
      [
        TEST_ASSESSMENT_ID,
        {
          answers: source.answers.map((a) => (a.itemId === '13a-01' ? mine : a)),
          normAnswers: source.normAnswers,
          history,
        },
      ],
    ]),
    installedPacks: new Set([packKey(pack)]),
    packs: new Map([[packKey(pack), pack]]),
    assignments: new Map(),
  };
}

/** The records the file carries: 13a-01 as it was before this device's last change, 13a-02 new, 13c-01 and norm 13a changed. */
function fileRecords(): { answers: Answer[]; normAnswers: NormAnswer[] } {
  const source = makeExportSource();
  return {
    answers: [
      ...source.answers.map((a) =>
        a.itemId === '13c-01' ? { ...a, naJustification: 'Closed', rev: 2, updatedBy: 'MoJ' } : a,
      ),
      makeAnswer({ itemId: '13a-02', status: 'planned', rev: 1, updatedBy: 'MoJ' }),
    ],
    normAnswers: [
      makeNormAnswer({ normId: '13a', challenges: 'Budget', rev: 2, updatedBy: 'MoJ' }),
    ],
  };
}

/** Every `<target> <field>` the preview lists, as taken, to decide or kept. */
function listed(preview: ImportPreview): Set<string> {
  const out = new Set<string>();
  for (const m of [...preview.merged, ...preview.kept])
    for (const f of m.fields) out.add(`${m.target} ${f}`);
  for (const c of preview.conflicts)
    for (const f of [...c.item.conflicts.map((x) => x.field), ...c.item.taken])
      out.add(`${c.item.target} ${f}`);
  return out;
}

/** Every `<target> <field>` in which the file's records within the part differ from the stored ones. */
function differing(file: ExportFile, ctx: StoredContext, preview: ImportPreview): string[] {
  const stored = ctx.records.get(TEST_ASSESSMENT_ID)!;
  const out: string[] = [];
  for (const a of file.answers) {
    if (preview.leftOut.itemIds.includes(a.itemId)) continue;
    const base = stored.answers.find((x) => x.itemId === a.itemId) ?? blankOf(a);
    for (const f of differingFields(base, a)) out.push(`item:${a.itemId} ${f}`);
  }
  for (const n of file.normAnswers) {
    if (preview.leftOut.normIds.includes(n.normId)) continue;
    const base = stored.normAnswers.find((x) => x.normId === n.normId) ?? blankOf(n);
    for (const f of differingFields(base, n)) out.push(`norm:${n.normId} ${f}`);
  }
  return out;
}

/** The preview of `file` merged into the stored assessment (its default choice, else merge). */
function mergedPreview(file: ExportFile, ctx: StoredContext): ImportPreview {
  const plan = planImport(file, ctx, new Date(AT));
  if (!plan.ok) throw new Error(describeFailure(plan));
  const p = plan.value.assessments[0]!;
  const choice = defaultChoice(file, p) ?? { action: 'merge' as const, targetId: p.incoming.id };
  return previewImport(plan.value, ctx, new Map([[p.incoming.id, choice]]), new Map(), AT, 'Coord');
}

/** This device's log: the part sent to the Ministry of Justice with the factory's records. */
function sentFromHere(ctx: StoredContext): StoredContext {
  const source = makeExportSource();
  const log = withSent(emptyCoordination(TEST_ASSESSMENT_ID), {
    scope,
    sentAt: '2026-01-20T08:00:00.000Z',
    sentBy: 'Coord',
    answers: source.answers.filter((a) => a.itemId.startsWith('13a')),
    normAnswers: source.normAnswers,
  });
  return { ...ctx, coordination: new Map([[TEST_ASSESSMENT_ID, log]]) };
}

describe('every field in which a merged file differs is listed (coordreturn item 1)', () => {
  it('a full backup from another device (no ancestor): 13a-01, older here, is listed as kept', async () => {
    const ctx = device();
    const file = await sealedExport(
      { kind: 'backup' },
      { ...makeExportSource(), ...fileRecords() },
    );
    const preview = mergedPreview(file, ctx);
    expect(preview.conflicts.some((c) => !c.item.ancestor)).toBe(true);
    const shown = listed(preview);
    expect(differing(file, ctx, preview).filter((d) => !shown.has(d))).toEqual([]);
    expect(preview.kept.map((k) => k.target)).toContain('item:13a-01');
  });

  it('a part returned, sent from here: every difference within the part is listed', async () => {
    const ctx = sentFromHere(device());
    const file = await sealedPart(scope, { ...fileRecords(), partDirection: 'returned' });
    const preview = mergedPreview(file, ctx);
    const shown = listed(preview);
    expect(differing(file, ctx, preview).filter((d) => !shown.has(d))).toEqual([]);
    // 13a-01: this device changed it since the part was sent; the part holds the value sent.
    expect(preview.kept.map((k) => k.target)).toEqual(['item:13a-01']);
  });

  it("an agency's full backup holding the part sent from here: merged as its return, every difference listed", async () => {
    const ctx = sentFromHere(device());
    // The agency's device held the part (export format 6 `heldParts`, as its backup writes it).
    const sealed = await sealedExport(
      { kind: 'backup' },
      { ...makeExportSource(), ...fileRecords() },
    );
    const file: ExportFile = {
      ...sealed,
      heldParts: [
        {
          assessmentId: TEST_ASSESSMENT_ID,
          scope,
          exportedAt: '2026-01-20T08:00:00.000Z',
          importedAt: '2026-01-21T08:00:00.000Z',
        },
      ],
    };
    const plan = planImport(file, ctx, new Date(AT));
    if (!plan.ok) throw new Error(describeFailure(plan));
    expect(plan.value.assessments[0]!.heldReturn).toEqual({
      agency: MOJ,
      scope,
      sentAt: '2026-01-20T08:00:00.000Z',
    });
    const preview = mergedPreview(file, ctx);
    // Merged as the part: 13c-01 is outside it, left out; no conflict without an ancestor.
    expect(preview.leftOut.itemIds).toEqual(['13c-01']);
    expect(preview.conflicts.filter((c) => !c.item.ancestor)).toEqual([]);
    const shown = listed(preview);
    expect(differing(file, ctx, preview).filter((d) => !shown.has(d))).toEqual([]);
  });
});
