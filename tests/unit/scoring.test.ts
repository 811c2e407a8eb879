import { describe, expect, it } from 'vitest';
import type { Action, ChecklistPack } from '../../src/lib/schema/pack';
import type {
  Answer,
  AnswerStatus,
  ImplementationStatus,
  Priority,
} from '../../src/lib/schema/assessment';
import { IMPLEMENTATION_STATUSES } from '../../src/lib/schema/assessment';
import {
  MATURITY_BANDS,
  STATUS_POINTS,
  bandFor,
  compareGaps,
  formatPercent,
  progressPercent,
  scoreAssessment,
  snapPercent,
  statusPoints,
} from '../../src/lib/domain/scoring';
import { makeAnswer, makeNormAnswer } from '../fixtures/factories/answers';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { activeActions } from '../../src/lib/domain/pack';

// ---------------------------------------------------------------------------------------------
// Small inline packs (only the fields scoring reads matter; the rest is filled in validly).

type ActionSpec = {
  id: string;
  normId: string;
  areas: string[];
  weight?: number;
  retired?: boolean;
  replaces?: string[];
};

const SOURCE = {
  label: 'Test source',
  kind: 'other' as const,
  basis: 'secondary-summary' as const,
};

function makeTestPack(spec: {
  norms: string[];
  areas: string[];
  actions: ActionSpec[];
}): ChecklistPack {
  return {
    type: 'nic-checklist-pack',
    formatVersion: 2,
    id: 'test-pack',
    version: '1.0.0',
    releaseDate: '2026-01-01',
    language: 'en',
    title: 'Test pack',
    publisher: 'Test',
    status: 'unofficial',
    issuer: 'Test',
    distribution: 'public',
    focusAreas: spec.areas.map((id, i) => ({
      id,
      number: i + 1,
      name: `Area ${id}`,
      source: SOURCE,
    })),
    norms: spec.norms.map((id, i) => ({
      id,
      letter: String.fromCharCode(97 + (i % 26)),
      title: `Norm ${id}`,
      officialText: 'Official text.',
      reference: 'A/70/174',
      summary: 'Summary.',
      kind: 'positive' as const,
    })),
    normQuestions: [],
    actions: spec.actions.map((a): Action => ({
      id: a.id,
      normId: a.normId,
      text: `Action ${a.id}`,
      focusAreaIds: a.areas,
      focusAreaMapping: 'judgement',
      weight: a.weight ?? 1,
      source: SOURCE,
      ...(a.replaces ? { replaces: a.replaces } : {}),
      ...(a.retired ? { retired: { since: '1.0.0', reason: 'Retired in test' } } : {}),
    })),
  };
}

const ans = (itemId: string, status: AnswerStatus | undefined, extra: Partial<Answer> = {}) =>
  makeAnswer({
    itemId,
    status,
    ...(status === 'not-applicable' ? { naJustification: `No ${itemId} here` } : {}),
    ...extra,
  });

/**
 * The worked example of docs/scoring-method.md.
 *   n1: a1 (w1, f1) largely→fully; a2 (w2, f1+f2) in-progress→largely; a3 (w1, f2) N/A
 *   n2: b1 (w1, f2) planned→fully
 *   n3: no actions.  r1 is retired, zz is unknown: both answered "fully", both ignored.
 */
const examplePack = makeTestPack({
  norms: ['n1', 'n2', 'n3'],
  areas: ['f1', 'f2'],
  actions: [
    { id: 'a1', normId: 'n1', areas: ['f1'] },
    { id: 'a2', normId: 'n1', areas: ['f1', 'f2'], weight: 2 },
    { id: 'a3', normId: 'n1', areas: ['f2'] },
    { id: 'b1', normId: 'n2', areas: ['f2'] },
    { id: 'r1', normId: 'n1', areas: ['f1'], retired: true },
  ],
});
const exampleAnswers = [
  ans('a1', 'largely', { leadAgency: 'CSA', priority: 'low' }),
  ans('a2', 'in-progress', { targetStatus: 'largely', targetDate: '2027-03-31' }),
  ans('a3', 'not-applicable'),
  ans('b1', 'planned', { priority: 'high' }),
  ans('r1', 'fully'),
  ans('zz', 'fully'),
];

describe('statusPoints', () => {
  it('gives equal steps from 0 to 1', () => {
    expect(IMPLEMENTATION_STATUSES.map(statusPoints)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(Object.keys(STATUS_POINTS)).toHaveLength(5);
  });
});

describe('bandFor', () => {
  it('has five bands with whole-number thresholds', () => {
    expect(MATURITY_BANDS.map((b) => [b.id, b.min])).toEqual([
      ['initial', 0],
      ['developing', 20],
      ['defined', 40],
      ['managed', 60],
      ['embedded', 80],
    ]);
  });

  it.each([
    [0, 'initial'],
    [19.999999, 'initial'],
    [20, 'developing'],
    [39.999999, 'developing'],
    [40, 'defined'],
    [59.999999, 'defined'],
    [60, 'managed'],
    [79.999999, 'managed'],
    [80, 'embedded'],
    [100, 'embedded'],
  ] as const)('bandFor(%d) is %s', (score, band) => {
    expect(bandFor(score)).toBe(band);
  });

  it('ignores floating-point noise at a boundary', () => {
    expect(79.99999999999999).toBeLessThan(80);
    expect(bandFor(79.99999999999999)).toBe('embedded');
    expect(bandFor(null)).toBeNull();
    expect(bandFor(Number.NaN)).toBeNull();
  });

  it('puts a score that is exactly 60 by hand in Managed even when the sum is 59.999…', () => {
    // 0.1×0.25 + 0.2×0.25 + 0.7×0.75 = 0.6 of weight 1, but floating point sums to 59.999999999999986.
    const pack = makeTestPack({
      norms: ['n1'],
      areas: ['f1'],
      actions: [
        { id: 'x1', normId: 'n1', areas: ['f1'], weight: 0.1 },
        { id: 'x2', normId: 'n1', areas: ['f1'], weight: 0.2 },
        { id: 'x3', normId: 'n1', areas: ['f1'], weight: 0.7 },
      ],
    });
    const result = scoreAssessment({
      pack,
      answers: [ans('x1', 'planned'), ans('x2', 'planned'), ans('x3', 'largely')],
    });
    expect(result.norms[0]!.score).toBeCloseTo(60, 9);
    expect(result.norms[0]!.band).toBe('managed');
    expect(formatPercent(result.norms[0]!.score)).toBe('60%');
  });
});

describe('formatPercent', () => {
  it('rounds toward zero, so a display never overstates', () => {
    expect(formatPercent(79.9)).toBe('79%');
    expect(formatPercent(80)).toBe('80%');
    expect(formatPercent(99.96)).toBe('99%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
  });

  it('honours digits and removes floating-point noise', () => {
    expect(formatPercent(79.35, { digits: 1 })).toBe('79.3%');
    expect(formatPercent(79.3, { digits: 1 })).toBe('79.3%');
    expect(formatPercent(0.29 * 100)).toBe('29%');
    expect(formatPercent(58.333333333333336, { digits: 2 })).toBe('58.33%');
    expect(formatPercent(200 / 3, { digits: 1 })).toBe('66.6%');
  });

  it('shows negatives without a "-0"', () => {
    expect(formatPercent(-0.4)).toBe('0%');
    expect(formatPercent(-12.7)).toBe('\u221212%');
  });

  it('uses the locale and a placeholder for missing figures', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(undefined, { empty: 'n/a' })).toBe('n/a');
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(formatPercent(80, { locale: 'fr' }).replace(/\s/gu, ' ')).toBe('80 %');
    expect(formatPercent(1234.5, { locale: 'de', digits: 1 }).replace(/\s/gu, ' ')).toBe(
      '1.234,5 %',
    );
  });
});

describe('scoreAssessment: worked example', () => {
  const result = scoreAssessment({ pack: examplePack, answers: exampleAnswers });
  const [n1, n2, n3] = result.norms;

  it('scores each item, ignoring retired and unknown items', () => {
    expect(result.items.map((i) => i.itemId)).toEqual(['a1', 'a2', 'a3', 'b1']);
    expect(result.items.map((i) => [i.points, i.targetPoints, i.gap])).toEqual([
      [0.75, 1, 0.25],
      [0.5, 0.75, 0.5],
      [null, null, 0],
      [0.25, 1, 0.75],
    ]);
  });

  it('scores norm n1: (0.75 + 2×0.5) / 3', () => {
    expect(n1!.score).toBeCloseTo((1.75 / 3) * 100, 10); // 58.33
    expect(n1!.targetScore).toBeCloseTo((2.5 / 3) * 100, 10); // 83.33
    expect(n1!.percentToTarget).toBeCloseTo(70, 10); // 1.75 / 2.5
    expect(n1!.band).toBe('defined');
    expect(n1!.totals).toEqual({ weight: 3, points: 1.75, target: 2.5, achieved: 1.75, gap: 0.75 });
    expect(n1!.completeness).toEqual({
      answered: 3,
      unanswered: 0,
      applicable: 2,
      notApplicable: 1,
      total: 3,
      ratio: 1,
      percent: 100,
    });
    expect(n1!.items.map((i) => i.itemId)).toEqual(['a1', 'a2', 'a3']);
    expect([n1!.normId, n1!.letter, n1!.title]).toEqual(['n1', 'a', 'Norm n1']);
  });

  it('scores norm n2 and leaves n3 (no actions) without figures', () => {
    expect(n2!.score).toBe(25);
    expect(n2!.targetScore).toBe(100);
    expect(n2!.percentToTarget).toBe(25);
    expect(n2!.band).toBe('developing');
    expect(n3!.score).toBeNull();
    expect(n3!.targetScore).toBeNull();
    expect(n3!.percentToTarget).toBeNull();
    expect(n3!.band).toBeNull();
    expect(n3!.completeness.total).toBe(0);
    expect(n3!.completeness.ratio).toBeNull();
  });

  it('averages norm scores for the overall score (not the items)', () => {
    expect(result.overall.normsScored).toBe(2);
    expect(result.overall.score).toBeCloseTo((1.75 / 3 + 0.25) * 50, 10); // 41.67
    // A plain item mean would be (0.75 + 2×0.5 + 0.25) / 4 = 50 %: the norms weigh equally instead.
    expect(result.overall.score).not.toBeCloseTo(50, 3);
    expect(result.overall.targetScore).toBeCloseTo((2.5 / 3 + 1) * 50, 10); // 91.67
    expect(result.overall.achievedScore).toBeCloseTo(result.overall.score!, 10);
    expect(result.overall.percentToTarget).toBeCloseTo(
      ((1.75 / 3 + 0.25) / (2.5 / 3 + 1)) * 100,
      10,
    ); // 45.45
    expect(result.overall.band).toBe('defined');
    expect(result.overall.completeness).toEqual({
      answered: 4,
      unanswered: 0,
      applicable: 3,
      notApplicable: 1,
      total: 4,
      ratio: 1,
      percent: 100,
    });
  });

  it('counts a multi-area item in each of its areas', () => {
    const [f1, f2] = result.focusAreas;
    expect(f1!.itemIds).toEqual(['a1', 'a2']);
    expect(f2!.itemIds).toEqual(['a2', 'a3', 'b1']);
    expect(f1!.score).toBeCloseTo((1.75 / 3) * 100, 10);
    expect(f2!.score).toBeCloseTo((1.25 / 3) * 100, 10); // (2×0.5 + 0.25) / 3
    expect(f2!.targetScore).toBeCloseTo((2.5 / 3) * 100, 10); // (2×0.75 + 1) / 3
    expect(f2!.percentToTarget).toBeCloseTo(50, 10); // 1.25 / 2.5
    expect(f2!.completeness.notApplicable).toBe(1);
    expect([f2!.focusAreaId, f2!.number, f2!.name]).toEqual(['f2', 2, 'Area f2']);
  });

  it('lists not-applicable items with their justification', () => {
    expect(result.notApplicable).toEqual([
      {
        itemId: 'a3',
        normId: 'n1',
        focusAreaIds: ['f2'],
        text: 'Action a3',
        justification: 'No a3 here',
      },
    ]);
  });

  it('ranks gaps by weighted gap', () => {
    expect(result.gaps.map((g) => [g.rank, g.itemId, g.gap])).toEqual([
      [1, 'b1', 0.75],
      [2, 'a2', 0.5],
      [3, 'a1', 0.25],
    ]);
    expect(result.gaps[1]).toMatchObject({
      normId: 'n1',
      normLetter: 'a',
      focusAreaIds: ['f1', 'f2'],
      status: 'in-progress',
      targetStatus: 'largely',
      targetDate: '2027-03-31',
      priority: null,
      weight: 2,
    });
    expect(result.gaps[2]).toMatchObject({ leadAgency: 'CSA', priority: 'low', targetDate: null });
  });

  it('gives no progress-to-date without a baseline', () => {
    expect(result.progressToDate).toBeNull();
  });
});

describe('scoreAssessment: edge cases', () => {
  it('nothing answered: every applicable item scores 0 and is a gap', () => {
    const result = scoreAssessment({ pack: examplePack, answers: [] });
    expect(result.overall.score).toBe(0);
    expect(result.overall.targetScore).toBe(100);
    expect(result.overall.percentToTarget).toBe(0);
    expect(result.overall.band).toBe('initial');
    expect(result.overall.completeness).toEqual({
      answered: 0,
      unanswered: 4,
      applicable: 4,
      notApplicable: 0,
      total: 4,
      ratio: 0,
      percent: 0,
    });
    expect(result.items.every((i) => i.status === null && i.points === 0)).toBe(true);
    // a2 (weight 2) first, then equal gaps of 1 by item id.
    expect(result.gaps.map((g) => [g.itemId, g.gap])).toEqual([
      ['a2', 2],
      ['a1', 1],
      ['a3', 1],
      ['b1', 1],
    ]);
    expect(result.notApplicable).toEqual([]);
    expect(result.capacityNeeds).toEqual([]);
  });

  it('all not applicable: no score at all, but complete', () => {
    const answers = ['a1', 'a2', 'a3', 'b1'].map((id) => ans(id, 'not-applicable'));
    const result = scoreAssessment({ pack: examplePack, answers });
    expect(result.overall.score).toBeNull();
    expect(result.overall.targetScore).toBeNull();
    expect(result.overall.percentToTarget).toBeNull();
    expect(result.overall.band).toBeNull();
    expect(result.overall.normsScored).toBe(0);
    expect(result.overall.completeness).toMatchObject({
      applicable: 0,
      notApplicable: 4,
      ratio: 1,
    });
    expect(result.norms.map((n) => n.score)).toEqual([null, null, null]);
    expect(result.focusAreas.map((f) => f.score)).toEqual([null, null]);
    expect(result.gaps).toEqual([]);
    expect(result.notApplicable.map((n) => [n.itemId, n.justification])).toEqual([
      ['a1', 'No a1 here'],
      ['a2', 'No a2 here'],
      ['a3', 'No a3 here'],
      ['b1', 'No b1 here'],
    ]);
  });

  it('partly answered: unanswered items count 0 and lower completeness', () => {
    const result = scoreAssessment({ pack: examplePack, answers: [ans('a1', 'fully')] });
    const n1 = result.norms[0]!;
    expect(n1.score).toBeCloseTo((1 / 4) * 100, 10); // a1 1×1, a2 2×0, a3 1×0 → 1 / 4
    expect(n1.completeness).toMatchObject({ answered: 1, unanswered: 2, ratio: 1 / 3 });
    expect(result.overall.completeness.ratio).toBe(0.25);
    expect(result.items.find((i) => i.itemId === 'a2')).toMatchObject({
      answered: false,
      status: null,
      points: 0,
      targetStatus: 'fully',
      gap: 2,
    });
  });

  it('weights other than 1 weigh the items inside a norm', () => {
    const pack = makeTestPack({
      norms: ['n1'],
      areas: ['f1'],
      actions: [
        { id: 'w1', normId: 'n1', areas: ['f1'], weight: 3 },
        { id: 'w2', normId: 'n1', areas: ['f1'], weight: 0.5 },
      ],
    });
    const result = scoreAssessment({
      pack,
      answers: [ans('w1', 'fully'), ans('w2', 'not-started')],
    });
    expect(result.norms[0]!.score).toBeCloseTo((3 / 3.5) * 100, 10); // 85.71
    expect(result.norms[0]!.band).toBe('embedded');
    expect(result.gaps.map((g) => [g.itemId, g.gap])).toEqual([['w2', 0.5]]);
  });

  it('counts achievement only up to the target and never lists a met target as a gap', () => {
    const pack = makeTestPack({
      norms: ['n1'],
      areas: ['f1'],
      actions: [
        { id: 't1', normId: 'n1', areas: ['f1'] },
        { id: 't2', normId: 'n1', areas: ['f1'] },
      ],
    });
    const result = scoreAssessment({
      pack,
      answers: [
        ans('t1', 'fully', { targetStatus: 'in-progress' }),
        ans('t2', 'planned', { targetStatus: 'largely' }),
      ],
    });
    const n = result.norms[0]!;
    expect(n.score).toBeCloseTo(62.5, 10); // (1 + 0.25) / 2
    expect(n.targetScore).toBeCloseTo(62.5, 10); // (0.5 + 0.75) / 2
    // Exceeding t1's target does not make up for t2: achieved (0.5 + 0.25) / target 1.25.
    expect(n.percentToTarget).toBeCloseTo(60, 10);
    expect(result.gaps.map((g) => [g.itemId, g.gap])).toEqual([['t2', 0.5]]);
  });

  it('gives no percent-to-target when every target is not-started', () => {
    const pack = makeTestPack({
      norms: ['n1'],
      areas: ['f1'],
      actions: [{ id: 'z1', normId: 'n1', areas: ['f1'] }],
    });
    const result = scoreAssessment({
      pack,
      answers: [ans('z1', 'not-started', { targetStatus: 'not-started' })],
    });
    expect(result.norms[0]!.targetScore).toBe(0);
    expect(result.norms[0]!.percentToTarget).toBeNull();
    expect(result.overall.percentToTarget).toBeNull();
    expect(result.gaps).toEqual([]);
  });

  it('counts a focus area named twice on one item once', () => {
    const pack = makeTestPack({
      norms: ['n1'],
      areas: ['f1'],
      actions: [{ id: 'd1', normId: 'n1', areas: ['f1', 'f1'] }],
    });
    const result = scoreAssessment({ pack, answers: [ans('d1', 'largely')] });
    expect(result.focusAreas[0]!.itemIds).toEqual(['d1']);
    expect(result.focusAreas[0]!.completeness.total).toBe(1);
    expect(result.focusAreas[0]!.score).toBe(75);
  });

  it('lists capacity needs and challenges in norm order, skipping empty ones', () => {
    const result = scoreAssessment({
      pack: examplePack,
      answers: [],
      normAnswers: [
        makeNormAnswer({ normId: 'n2', capacityNeeds: 'Training for CERT staff' }),
        makeNormAnswer({ normId: 'n3', capacityNeeds: '  ', challenges: '\n' }),
        makeNormAnswer({ normId: 'n1', challenges: 'No legal basis yet' }),
        makeNormAnswer({ normId: 'unknown', capacityNeeds: 'Ignored' }),
      ],
    });
    expect(result.capacityNeeds).toEqual([
      {
        normId: 'n1',
        letter: 'a',
        title: 'Norm n1',
        capacityNeeds: '',
        challenges: 'No legal basis yet',
      },
      {
        normId: 'n2',
        letter: 'b',
        title: 'Norm n2',
        capacityNeeds: 'Training for CERT staff',
        challenges: '',
      },
    ]);
  });
});

describe('gap ordering', () => {
  it('breaks ties by priority, then target date (none last), then item id', () => {
    const spec: [string, number, Priority | undefined, string | undefined][] = [
      ['g-e', 1, undefined, '2025-01-01'],
      ['g-f', 1, 'low', '2026-01-01'],
      ['g-m', 1, 'medium', undefined],
      ['g-d', 1, 'high', undefined],
      ['g-c', 1, 'high', '2027-01-01'],
      ['g-b', 1, 'high', '2026-06-01'],
      ['g-a', 1, 'high', '2026-06-01'],
      ['g-z', 2, undefined, undefined],
      ['g-met', 1, 'high', '2020-01-01'],
    ];
    const pack = makeTestPack({
      norms: ['n1'],
      areas: ['f1'],
      actions: spec.map(([id, weight]) => ({ id, normId: 'n1', areas: ['f1'], weight })),
    });
    const answers = spec.map(([id, , priority, targetDate]) =>
      ans(id, id === 'g-met' ? 'fully' : 'not-started', {
        ...(priority ? { priority } : {}),
        ...(targetDate ? { targetDate } : {}),
      }),
    );
    const result = scoreAssessment({ pack, answers });
    expect(result.gaps.map((g) => g.itemId)).toEqual([
      'g-z',
      'g-a',
      'g-b',
      'g-c',
      'g-d',
      'g-m',
      'g-f',
      'g-e',
    ]);
    expect(result.gaps.map((g) => g.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('treats gaps equal up to floating-point noise as equal', () => {
    expect(0.4 * 0.75).not.toBe(0.3);
    const base = { targetDate: null, itemId: 'x' };
    expect(
      compareGaps(
        { ...base, gap: 0.4 * 0.75, priority: null, itemId: 'a' },
        { ...base, gap: 0.3, priority: 'high', itemId: 'b' },
      ),
    ).toBeGreaterThan(0);
    expect(
      compareGaps({ ...base, gap: 0.5, priority: null }, { ...base, gap: 0.3, priority: 'high' }),
    ).toBeLessThan(0);
  });
});

describe('progress to date', () => {
  it('computes (current − baseline) / (target − baseline) per norm, area and overall', () => {
    const baseline = {
      answers: [
        ans('a1', 'planned'),
        ans('a2', 'planned'),
        ans('a3', 'not-applicable'),
        ans('b1', 'not-started'),
      ],
    };
    const result = scoreAssessment({ pack: examplePack, answers: exampleAnswers, baseline });
    const p = result.progressToDate!;
    expect(p).not.toBeNull();
    // n1: baseline (0.25 + 2×0.25) / 3 = 25; current 58.33; target 83.33.
    expect(p.norms[0]!.baselineScore).toBeCloseTo(25, 10);
    expect(p.norms[0]!.percent).toBeCloseTo(((1.75 / 3 - 0.25) / (2.5 / 3 - 0.25)) * 100, 10); // 57.14
    // n2: (25 − 0) / (100 − 0).
    expect(p.norms[1]!).toEqual({
      normId: 'n2',
      baselineScore: 0,
      currentScore: 25,
      targetScore: 100,
      percent: 25,
    });
    // n3 has no items: nothing to compare.
    expect(p.norms[2]!.percent).toBeNull();
    // Overall: baseline (25 + 0) / 2 = 12.5; current 41.67; target 91.67.
    expect(p.overall.baselineScore).toBeCloseTo(12.5, 10);
    expect(p.overall.percent).toBeCloseTo(
      (((1.75 / 3 + 0.25) * 50 - 12.5) / ((2.5 / 3 + 1) * 50 - 12.5)) * 100,
      10,
    ); // 36.84
    // f2: baseline (2×0.25 + 0) / 3; current 1.25 / 3; target 2.5 / 3.
    expect(p.focusAreas[1]!.focusAreaId).toBe('f2');
    expect(p.focusAreas[1]!.percent).toBeCloseTo(((1.25 - 0.5) / (2.5 - 0.5)) * 100, 10);
  });

  it('is null when the target equals the baseline, negative on regression', () => {
    expect(progressPercent(100, 100, 100)).toBeNull();
    expect(progressPercent(50, 40, 100)).toBe(-20);
    expect(progressPercent(null, 40, 100)).toBeNull();
    const pack = makeTestPack({
      norms: ['n1'],
      areas: ['f1'],
      actions: [{ id: 'q1', normId: 'n1', areas: ['f1'] }],
    });
    const result = scoreAssessment({
      pack,
      answers: [ans('q1', 'fully')],
      baseline: { answers: [ans('q1', 'fully')] },
    });
    expect(result.progressToDate!.overall).toEqual({
      baselineScore: 100,
      currentScore: 100,
      targetScore: 100,
      percent: null,
    });
  });

  it('follows `replaces` for baseline answers given to a replaced action', () => {
    const pack = makeTestPack({
      norms: ['n1'],
      areas: ['f1'],
      actions: [
        { id: 'old', normId: 'n1', areas: ['f1'], retired: true },
        { id: 'new', normId: 'n1', areas: ['f1'], replaces: ['old'] },
      ],
    });
    const result = scoreAssessment({
      pack,
      answers: [ans('new', 'largely'), ans('old', 'fully')],
      baseline: { answers: [ans('old', 'planned')] },
    });
    // The current cycle ignores its answer to the retired action; the baseline uses it.
    expect(result.overall.score).toBe(75);
    expect(result.progressToDate!.overall.baselineScore).toBe(25);
    expect(result.progressToDate!.overall.percent).toBeCloseTo((50 / 75) * 100, 10);
  });
});

describe('the bundled pack', () => {
  const actions = activeActions(bundledPack);

  it('scores 100 % (Embedded) with every action fully implemented, every norm scored', () => {
    const result = scoreAssessment({
      pack: bundledPack,
      answers: actions.map((a) => ans(a.id, 'fully')),
    });
    expect(result.norms).toHaveLength(11);
    expect(result.overall.normsScored).toBe(11);
    expect(result.overall.score).toBe(100);
    expect(result.overall.band).toBe('embedded');
    expect(result.focusAreas.every((f) => f.score === 100)).toBe(true);
    expect(result.gaps).toEqual([]);
    expect(result.overall.completeness.ratio).toBe(1);
  });

  it('scores 0 % (Initial) with nothing answered, every action a gap', () => {
    const result = scoreAssessment({ pack: bundledPack, answers: [] });
    expect(result.overall.score).toBe(0);
    expect(result.overall.band).toBe('initial');
    expect(result.gaps).toHaveLength(actions.length);
    expect(result.overall.completeness).toMatchObject({ answered: 0, total: actions.length });
  });
});

// ---------------------------------------------------------------------------------------------
// Independent recomputation on a seeded random dataset, the way one would in a spreadsheet.

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDataset(seed: number, actionCount: number) {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const norms = 'abcdefghijk'.split('').map((l) => `13${l}`);
  const areas = ['rap-1', 'rap-2', 'rap-3', 'rap-4', 'rap-5', 'rap-6'];
  const actions: ActionSpec[] = [];
  for (let i = 0; i < actionCount; i++) {
    const count = 1 + Math.floor(rnd() * 3);
    const itemAreas = [...new Set(Array.from({ length: count }, () => pick(areas)))];
    actions.push({
      id: `act-${i}`,
      normId: pick(norms),
      areas: itemAreas,
      weight: Math.round((0.1 + rnd() * 4.9) * 10) / 10,
      retired: rnd() < 0.05,
    });
  }
  const pack = makeTestPack({ norms, areas, actions });
  const statuses: (AnswerStatus | undefined)[] = [...IMPLEMENTATION_STATUSES, 'not-applicable'];
  statuses.push(undefined);
  const answers: Answer[] = [];
  for (const a of actions) {
    if (rnd() < 0.15) continue; // no answer record at all
    const status = pick(statuses);
    answers.push(ans(a.id, status, { targetStatus: pick(IMPLEMENTATION_STATUSES) }));
  }
  answers.push(ans('not-in-pack', 'fully'));
  return { pack, answers };
}

function spreadsheetOverall(pack: ChecklistPack, answers: Answer[]) {
  const points: Record<ImplementationStatus, number> = {
    'not-started': 0,
    planned: 0.25,
    'in-progress': 0.5,
    largely: 0.75,
    fully: 1,
  };
  const normScores: number[] = [];
  let answered = 0;
  let total = 0;
  for (const norm of pack.norms) {
    let num = 0;
    let den = 0;
    for (const action of pack.actions) {
      if (action.normId !== norm.id || action.retired) continue;
      total++;
      const answer = answers.find((x) => x.itemId === action.id);
      if (answer?.status !== undefined) answered++;
      if (answer?.status === 'not-applicable') continue;
      num += action.weight * (answer?.status ? points[answer.status] : 0);
      den += action.weight;
    }
    if (den > 0) normScores.push((100 * num) / den);
  }
  let sum = 0;
  for (const s of normScores) sum += s;
  return { score: sum / normScores.length, ratio: answered / total };
}

function spreadsheetArea(pack: ChecklistPack, answers: Answer[], areaId: string) {
  let num = 0;
  let den = 0;
  for (const action of pack.actions) {
    if (action.retired || !action.focusAreaIds.includes(areaId)) continue;
    const answer = answers.find((x) => x.itemId === action.id);
    if (answer?.status === 'not-applicable') continue;
    num += action.weight * (answer?.status ? STATUS_POINTS[answer.status] : 0);
    den += action.weight;
  }
  return den > 0 ? (100 * num) / den : null;
}

describe('independent recomputation', () => {
  it.each([1, 2, 3, 42, 2026])('matches a spreadsheet-style loop (seed %i)', (seed) => {
    const { pack, answers } = randomDataset(seed, 400);
    const result = scoreAssessment({ pack, answers });
    const expected = spreadsheetOverall(pack, answers);
    expect(result.overall.score).toBeCloseTo(expected.score, 9);
    expect(result.overall.completeness.ratio).toBeCloseTo(expected.ratio, 12);
    for (const area of result.focusAreas) {
      expect(area.score).toBeCloseTo(spreadsheetArea(pack, answers, area.focusAreaId)!, 9);
    }
    // Every item short of its target is listed once, and the list is sorted.
    const short = result.items.filter((i) => i.gap > 0);
    expect(result.gaps).toHaveLength(short.length);
    for (let i = 1; i < result.gaps.length; i++) {
      expect(compareGaps(result.gaps[i - 1]!, result.gaps[i]!)).toBeLessThan(0);
    }
    // Snapping removes noise but not real differences.
    expect(snapPercent(result.overall.score!)).toBeCloseTo(expected.score, 5);
  });

  // Speed is measured by `npm run bench`, never asserted here; this checks the large case is whole.
  it('scores 2,000 items, each exactly once', () => {
    const { pack, answers } = randomDataset(7, 2000);
    const result = scoreAssessment({ pack, answers, baseline: { answers } });
    expect(result.items).toHaveLength(pack.actions.filter((a) => !a.retired).length);
    expect(new Set(result.items.map((i) => i.itemId)).size).toBe(result.items.length);
    expect(result.progressToDate?.overall.currentScore).toBeCloseTo(result.overall.score ?? NaN, 9);
  });
});
