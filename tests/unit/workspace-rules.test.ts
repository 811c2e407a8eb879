import { readFileSync } from 'node:fs';
import { describeFailure } from '../../src/lib/i18n/failures';
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { checkPackFile } from '../../src/lib/domain/checklistData';
import { actionsOfNorm, activeActions } from '../../src/lib/domain/pack';
import { NO_FILTERS, listItems, sectionForLink, stepFrom } from '../../src/lib/domain/workspaceNav';
import {
  carriedInNorm,
  finalWarnings,
  notCarried,
  workspaceProgress,
} from '../../src/lib/domain/carried';
import type { Answer } from '../../src/lib/schema/assessment';
import { TEST_ASSESSMENT_ID, makeAnswer } from '../fixtures/factories/answers';
import { blankNormAnswer } from '../../src/lib/domain/answers';

const normA = actionsOfNorm(bundledPack, '13a');
const normB = actionsOfNorm(bundledPack, '13b');
const none = new Map<string, Answer>();
const byId = (answers: Answer[]) => new Map(answers.map((a) => [a.itemId, a]));

describe('the URL → section rule', () => {
  it('opens a focus area, the norm of a linked action, a linked norm, else the first norm', () => {
    expect(sectionForLink(bundledPack, { area: 'rap-3', norm: '13b' }).section).toEqual({
      kind: 'area',
      id: 'rap-3',
    });
    expect(sectionForLink(bundledPack, { item: normB[1]!.id })).toEqual({
      section: { kind: 'norm', id: '13b' },
      itemId: normB[1]!.id,
    });
    expect(sectionForLink(bundledPack, { norm: '13c' }).section).toEqual({
      kind: 'norm',
      id: '13c',
    });
    expect(sectionForLink(bundledPack, { norm: 'nope', item: 'zz-1', area: 'x' })).toEqual({
      section: { kind: 'norm', id: '13a' },
      itemId: undefined,
      missing: { kind: 'area', id: 'x' },
    });
  });

  it('names the first id of the link the pack does not know (area, then action, then norm)', () => {
    expect(sectionForLink(bundledPack, { item: 'zzz' }).missing).toEqual({
      kind: 'item',
      id: 'zzz',
    });
    expect(sectionForLink(bundledPack, { norm: '13z' }).missing).toEqual({
      kind: 'norm',
      id: '13z',
    });
    expect(sectionForLink(bundledPack, { area: 'rap-9' }).missing).toEqual({
      kind: 'area',
      id: 'rap-9',
    });
    expect(sectionForLink(bundledPack, { norm: '13z', item: normB[0]!.id }).missing).toEqual({
      kind: 'norm',
      id: '13z',
    });
    expect(
      sectionForLink(bundledPack, { norm: '13c', item: normB[0]!.id }).missing,
    ).toBeUndefined();
  });
});

describe('the keyboard step', () => {
  const norm = { kind: 'norm', id: '13a' } as const;
  it('goes to the next action, then across to the next norm, and says when there is none', () => {
    expect(stepFrom(bundledPack, none, norm, NO_FILTERS, normA[0]!.id, 1)).toEqual({
      kind: 'item',
      itemId: normA[1]!.id,
    });
    expect(stepFrom(bundledPack, none, norm, NO_FILTERS, normA.at(-1)!.id, 1)).toEqual({
      kind: 'section',
      section: { kind: 'norm', id: '13b' },
      itemId: normB[0]!.id,
    });
    expect(stepFrom(bundledPack, none, norm, NO_FILTERS, normA[0]!.id, -1)).toEqual({
      kind: 'end',
      direction: -1,
    });
    const lastNorm = bundledPack.norms.at(-1)!.id;
    const last = actionsOfNorm(bundledPack, lastNorm).at(-1)!.id;
    expect(
      stepFrom(bundledPack, none, { kind: 'norm', id: lastNorm }, NO_FILTERS, last, 1),
    ).toEqual({ kind: 'end', direction: 1 });
  });

  it('skips norms with nothing left under the filters', () => {
    // Everything in 13b answered: "unanswered only" goes from the end of 13a straight to 13c.
    const answers = byId(normB.map((a) => makeAnswer({ itemId: a.id, status: 'planned', rev: 1 })));
    const f = { ...NO_FILTERS, unansweredOnly: true };
    const step = stepFrom(bundledPack, answers, norm, f, normA.at(-1)!.id, 1);
    expect(step).toMatchObject({ kind: 'section', section: { kind: 'norm', id: '13c' } });
  });

  it('lists only carried answers with the carried filter', () => {
    const answers = byId([
      makeAnswer({ itemId: normA[0]!.id, status: 'planned', carried: true, rev: 1 }),
      makeAnswer({ itemId: normA[1]!.id, status: 'planned', rev: 1 }),
    ]);
    const items = listItems(bundledPack, answers, norm, { ...NO_FILTERS, carriedOnly: true });
    expect(items.map((a) => a.id)).toEqual([normA[0]!.id]);
  });
});

describe('carried answers in progress and before final', () => {
  it('counts a fully carried cycle as 0 answered, all carried to confirm (not 52 of 52)', () => {
    const all = activeActions(bundledPack).map((a) =>
      makeAnswer({ itemId: a.id, status: 'largely', carried: true, rev: 1 }),
    );
    const p = workspaceProgress(bundledPack, all);
    expect(p.overall).toEqual({ answered: 0, carried: all.length, total: all.length });
    expect(p.byNorm.get('13a')).toEqual({
      answered: 0,
      carried: normA.length,
      total: normA.length,
    });
  });

  it('counts confirmed answers as answered and carried ones apart', () => {
    const answers = [
      makeAnswer({ itemId: normA[0]!.id, status: 'largely', carried: false, rev: 2 }),
      makeAnswer({ itemId: normA[1]!.id, status: 'planned', carried: true, rev: 1 }),
      makeAnswer({ itemId: normA[2]!.id, notes: 'text only', carried: true, rev: 1 }),
    ];
    const p = workspaceProgress(bundledPack, answers);
    expect(p.overall).toMatchObject({ answered: 1, carried: 2 });
    expect(carriedInNorm(bundledPack, byId(answers), '13a')).toEqual([normA[1]!.id, normA[2]!.id]);
  });

  it('warns about review flags and unconfirmed carried answers and norm texts', () => {
    const answers = byId([
      makeAnswer({ itemId: normA[0]!.id, status: 'largely', markedForReview: true, rev: 2 }),
      makeAnswer({ itemId: normB[0]!.id, status: 'planned', carried: true, rev: 1 }),
    ]);
    const norms = new Map([
      ['13c', { ...blankNormAnswer(TEST_ASSESSMENT_ID, '13c'), challenges: 'x', carried: true }],
    ]);
    expect(finalWarnings(bundledPack, answers, norms)).toEqual({
      markedForReview: [normA[0]!.id],
      carried: [normB[0]!.id],
      carriedNorms: ['13c'],
    });
  });
});

describe('answers not carried', () => {
  it('lists the earlier answers to retired and unknown actions, with the retired text and why the pack retired it', () => {
    const file = 'tests/fixtures/packs/asean-nic-gge2015-example-upgrade.json';
    const checked = checkPackFile(file, readFileSync(file, 'utf8'));
    if (!checked.ok) throw new Error(describeFailure(checked));
    const next = checked.value;
    const retired = next.actions.find((a) => a.retired)!;
    const earlier = [
      makeAnswer({ itemId: retired.id, status: 'fully', rev: 1 }),
      makeAnswer({ itemId: 'zz-01', status: 'planned', rev: 1 }),
      makeAnswer({ itemId: normA[0]!.id, status: 'planned', rev: 1 }),
      // Never said anything: nothing lost.
      makeAnswer({ itemId: 'zz-02', rev: 1 }),
    ];
    expect(notCarried(earlier, next)).toEqual([
      { itemId: retired.id, why: 'retired', text: retired.text, retired: retired.retired },
      { itemId: 'zz-01', why: 'unknown', text: undefined },
    ]);
  });
});
