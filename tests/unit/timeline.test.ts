import { describe, expect, it } from 'vitest';
import { buildTimeline, CONCERN_THRESHOLD } from '../../src/lib/domain/timeline';
import { packSchema } from '../../src/lib/schema/pack';
import { makeCycle, packV1, packV2 } from '../fixtures/factories/cycles';
import { makeAction, makePack } from '../fixtures/factories/pack';

const v1 = packV1();
const v2 = packV2();

function threeCycles() {
  const c2022 = makeCycle({
    pack: v1,
    assessment: { alias: '2022', periodStart: '2022-01-01', periodEnd: '2022-12-31' },
    answers: {
      'a-01': 'not-started',
      'a-02': 'planned',
      'a-03': 'planned',
      'c-01': 'fully',
      'c-02': 'fully',
    },
  });
  const c2024 = makeCycle({
    pack: v1,
    assessment: { alias: '2024', periodStart: '2024-01-01', periodEnd: '2024-12-31' },
    answers: {
      'a-01': 'in-progress',
      'a-02': 'largely',
      'a-03': 'planned',
      'c-01': 'fully',
      'c-02': 'largely',
    },
  });
  const c2026 = makeCycle({
    pack: v2,
    assessment: { alias: '2026', periodStart: '2026-01-01', periodEnd: '2026-12-31' },
    answers: {
      'a-01': 'fully',
      'a-02': 'largely',
      'a-04': 'planned',
      'c-01': 'in-progress',
      'c-03': 'not-started',
    },
  });
  return { c2022, c2024, c2026 };
}

describe('buildTimeline', () => {
  it('tells apart two cycles of the same year in its columns and spans (tester: two heads "2024")', () => {
    const first = makeCycle({
      pack: v1,
      assessment: {
        alias: '2024',
        title: 'Mid-year review',
        periodStart: '2024-01-01',
        createdAt: '2024-02-01T00:00:00.000Z',
      },
    });
    const second = makeCycle({
      pack: v1,
      assessment: {
        alias: '2024',
        title: 'Annual self-assessment',
        periodStart: '2024-01-01',
        createdAt: '2024-09-01T00:00:00.000Z',
      },
    });
    const t = buildTimeline([second, first]);
    expect(t.points.map((p) => p.label)).toEqual([
      'Mid-year review (2024)',
      'Annual self-assessment (2024)',
    ]);
    expect(t.sinceFirst?.from.label).toBe('Mid-year review (2024)');
    expect(t.sinceFirst?.to.label).toBe('Annual self-assessment (2024)');
  });

  it('sorts cycles by period, whatever order they come in, with their aliases', () => {
    const { c2022, c2024, c2026 } = threeCycles();
    const t = buildTimeline([c2026, c2022, c2024]);
    expect(t.points.map((p) => p.label)).toEqual(['2022', '2024', '2026']);
    expect(t.points.map((p) => p.pack.version)).toEqual(['1.0.0', '1.0.0', '2.0.0']);
  });

  it('orders two cycles of the same period by when they were created', () => {
    const a = makeCycle({
      pack: v1,
      assessment: { alias: 'second', createdAt: '2026-05-01T00:00:00.000Z' },
    });
    const b = makeCycle({
      pack: v1,
      assessment: { alias: 'first', createdAt: '2026-02-01T00:00:00.000Z' },
    });
    expect(buildTimeline([a, b]).points.map((p) => p.label)).toEqual(['first', 'second']);
  });

  it('labels a cycle without alias by its title', () => {
    const c = makeCycle({ pack: v1, assessment: { alias: '  ', title: 'Baseline review' } });
    expect(buildTimeline([c]).points[0]!.label).toBe('Baseline review');
  });

  it('gives the overall and every norm series from the scores, oldest first', () => {
    const { c2022, c2024, c2026 } = threeCycles();
    const t = buildTimeline([c2024, c2026, c2022]);
    expect(t.overall.values).toEqual([
      c2022.score.overall.score,
      c2024.score.overall.score,
      c2026.score.overall.score,
    ]);
    expect(t.norms.map((n) => n.id)).toEqual(['13a', '13c']);
    const a = t.norms[0]!;
    expect(a.values[0]).toBeCloseTo(50 / 3, 9);
    expect(a.values[1]).toBeCloseTo(50, 9);
    expect(a.values[2]).toBeCloseTo(200 / 3, 9);
  });

  it('names the most improved and regressed norms and items, since the first and the last cycle', () => {
    const { c2022, c2024, c2026 } = threeCycles();
    const t = buildTimeline([c2022, c2024, c2026]);
    expect(t.sinceFirst?.from.label).toBe('2022');
    expect(t.sinceLast?.from.label).toBe('2024');
    expect(t.sinceFirst?.improvedNorms.map((n) => n.normId)).toEqual(['13a']);
    expect(t.sinceFirst?.regressedNorms.map((n) => n.normId)).toEqual(['13c']);
    expect(t.sinceFirst?.improvedActions.map((i) => [i.itemId, i.delta])).toEqual([
      ['a-01', 100],
      ['a-02', 50],
    ]);
    expect(t.sinceFirst?.regressedActions.map((i) => [i.itemId, i.delta])).toEqual([['c-01', -50]]);
    expect(t.sinceLast?.improvedActions.map((i) => [i.itemId, i.delta])).toEqual([['a-01', 50]]);
    // a-03 (v1) continues as a-04 (v2): planned → planned, unchanged, so not listed anywhere.
    expect(t.sinceLast?.comparison.items.find((i) => i.itemId === 'a-04')?.kind).toBe('unchanged');
  });

  it('flags norms below 40 % in the latest cycle, or falling over the last two', () => {
    const { c2022, c2024, c2026 } = threeCycles();
    const t = buildTimeline([c2022, c2024, c2026]);
    // 13c in 2026: in-progress 0.5 and not-started 0 → 25 %, down from 87.5 %.
    expect(t.concerns).toEqual([
      expect.objectContaining({ normId: '13c', reasons: ['low', 'falling'] }),
    ]);
    expect(t.concerns[0]!.score).toBeCloseTo(25, 9);
    expect(t.concerns[0]!.delta).toBeCloseTo(-62.5, 9);
  });

  it('does not count exactly 40 % as low, nor a rise as falling', () => {
    // Weights 4 and 1: in progress (0.5) and not started → 2 / 5 = 40 % exactly.
    const weighted = packSchema.parse(
      makePack({
        actions: [
          makeAction({ id: 'a-01', weight: 4 }),
          makeAction({ id: 'a-02', weight: 1 }),
          makeAction({ id: 'c-01', normId: '13c', focusAreaIds: ['rap-2'] }),
        ],
      }),
    );
    const older = makeCycle({
      pack: weighted,
      assessment: { periodStart: '2024-01-01', periodEnd: '2024-12-31' },
      answers: { 'a-01': 'planned', 'a-02': 'not-started', 'c-01': 'largely' },
    });
    const newer = makeCycle({
      pack: weighted,
      assessment: { periodStart: '2026-01-01', periodEnd: '2026-12-31' },
      answers: { 'a-01': 'in-progress', 'a-02': 'not-started', 'c-01': 'largely' },
    });
    expect(CONCERN_THRESHOLD).toBe(40);
    expect(newer.score.norms[0]!.score).toBeCloseTo(40, 9);
    expect(buildTimeline([older, newer]).concerns).toEqual([]);
    // One step lower on the big item: 1 / 5 = 20 %, low and falling.
    const lower = makeCycle({
      pack: weighted,
      assessment: { periodStart: '2027-01-01', periodEnd: '2027-12-31' },
      answers: { 'a-01': 'planned', 'a-02': 'not-started', 'c-01': 'largely' },
    });
    expect(buildTimeline([older, newer, lower]).concerns.map((c) => [c.normId, c.reasons])).toEqual(
      [['13a', ['low', 'falling']]],
    );
  });

  it('with one cycle: series of one point, no spans, concerns by score only', () => {
    const only = makeCycle({ pack: v1, answers: { 'a-01': 'fully' } });
    const t = buildTimeline([only]);
    expect(t.points).toHaveLength(1);
    expect(t.sinceFirst).toBeNull();
    expect(t.sinceLast).toBeNull();
    expect(t.concerns.map((c) => [c.normId, c.reasons])).toEqual([
      ['13a', ['low']],
      ['13c', ['low']],
    ]);
  });

  it('with no cycle: an empty timeline', () => {
    const t = buildTimeline([]);
    expect(t.points).toEqual([]);
    expect(t.concerns).toEqual([]);
    expect(t.sinceLast).toBeNull();
  });
});
