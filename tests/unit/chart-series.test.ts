import { describe, expect, it } from 'vitest';
import { packSchema } from '../../src/lib/schema/pack';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { activeActions } from '../../src/lib/domain/pack';
import { scoreAssessment } from '../../src/lib/domain/scoring';
import {
  OKABE_ITO,
  SERIES_STYLES,
  focusAreaBarSeries,
  normRadarSeries,
  previousFromProgress,
  relativeLuminance,
} from '../../src/lib/report/chartSeries';
import { makeAnswer } from '../fixtures/factories/answers';
import { makeAction, makeNorm, makePack } from '../fixtures/factories/pack';

const labels = { current: 'This cycle', target: 'Target', previous: 'Previous cycle' };

// Norms 13a (13a-01 rap-1, 13a-02 rap-1+rap-2) and 13c (13c-01 rap-2).
const pack = packSchema.parse(makePack());
const current = scoreAssessment({
  pack,
  answers: [
    makeAnswer({ itemId: '13a-01', status: 'fully' }),
    makeAnswer({ itemId: '13a-02', status: 'planned', targetStatus: 'largely' }),
    makeAnswer({ itemId: '13c-01', status: 'in-progress' }),
  ],
});

describe('normRadarSeries', () => {
  it('gives one axis per norm with current and target scores', () => {
    const data = normRadarSeries(current, { labels });
    expect(data.categories).toEqual([
      { key: '13a', label: '13(a)', title: 'Cooperate on ICT security', scored: true },
      { key: '13c', label: '13(c)', title: 'Territory', scored: true },
    ]);
    expect(data.series.map((s) => [s.id, s.label])).toEqual([
      ['current', 'This cycle'],
      ['target', 'Target'],
    ]);
    expect(data.series[0]!.values).toEqual([62.5, 50]); // (1 + 0.25) / 2, 0.5
    expect(data.series[1]!.values).toEqual([87.5, 100]); // (1 + 0.75) / 2, 1
    expect([data.min, data.max]).toEqual([0, 100]);
  });

  it('adds the previous cycle before the target, matched by norm id, null where it had none', () => {
    const oldPack = packSchema.parse(
      makePack({
        norms: [makeNorm({ id: '13c', letter: 'c', title: 'Territory', kind: 'restraint' })],
        actions: [makeAction({ id: '13c-01', normId: '13c', focusAreaIds: ['rap-2'] })],
      }),
    );
    const previous = scoreAssessment({
      pack: oldPack,
      answers: [makeAnswer({ itemId: '13c-01', status: 'planned' })],
    });
    const data = normRadarSeries(current, { labels, previous });
    expect(data.series.map((s) => s.id)).toEqual(['current', 'previous', 'target']);
    expect(data.series[1]!.values).toEqual([null, 25]);
    expect(data.series[1]!.label).toBe('Previous cycle');
  });

  it('keeps norms without a score as null and accepts custom axis labels', () => {
    const naOnly = scoreAssessment({
      pack,
      answers: [makeAnswer({ itemId: '13c-01', status: 'not-applicable', naJustification: 'x' })],
    });
    const data = normRadarSeries(naOnly, { labels, normLabel: (l) => `Norm ${l.toUpperCase()}` });
    expect(data.categories.map((c) => c.label)).toEqual(['Norm A', 'Norm C']);
    expect(data.series[0]!.values).toEqual([0, null]);
    expect(data.series[1]!.values).toEqual([100, null]);
  });

  it('draws the 11 norms of the bundled pack', () => {
    const score = scoreAssessment({
      pack: bundledPack,
      answers: activeActions(bundledPack).map((a) => makeAnswer({ itemId: a.id, status: 'fully' })),
    });
    const data = normRadarSeries(score, { labels });
    expect(data.categories).toHaveLength(11);
    expect(data.categories.map((c) => c.label)).toEqual(
      'abcdefghijk'.split('').map((l) => `13(${l})`),
    );
    expect(data.series[0]!.values.every((v) => v === 100)).toBe(true);
  });
});

describe('focusAreaBarSeries', () => {
  it('gives one bar group per focus area: current, target', () => {
    const data = focusAreaBarSeries(current, { labels });
    expect(data.categories).toEqual([
      { key: 'rap-1', label: 'RAP 1', title: 'International cooperation', scored: true },
      { key: 'rap-2', label: 'RAP 2', title: 'Policies, strategies and frameworks', scored: true },
    ]);
    expect(data.series.map((s) => s.id)).toEqual(['current', 'target']);
    expect(data.series[0]!.values).toEqual([62.5, 37.5]); // rap-2: (0.25 + 0.5) / 2
    expect(data.series[1]!.values).toEqual([87.5, 87.5]);
  });

  it('puts the previous cycle between current and target', () => {
    const previous = scoreAssessment({ pack, answers: [] });
    const data = focusAreaBarSeries(current, {
      labels,
      previous,
      areaLabel: (n) => `Area ${n}`,
    });
    expect(data.series.map((s) => s.id)).toEqual(['current', 'previous', 'target']);
    expect(data.series[1]!.values).toEqual([0, 0]);
    expect(data.categories[1]!.label).toBe('Area 2');
  });
});

describe('previousFromProgress', () => {
  it('gives the baseline scores of progress to date, the same figures as in the charts', () => {
    const withBaseline = scoreAssessment({
      pack,
      answers: [makeAnswer({ itemId: '13a-01', status: 'fully' })],
      baseline: { answers: [makeAnswer({ itemId: '13a-01', status: 'planned' })] },
    });
    const previous = previousFromProgress(withBaseline.progressToDate!);
    expect(previous.norms).toEqual([
      { normId: '13a', score: 12.5 },
      { normId: '13c', score: 0 },
    ]);
    expect(previous.focusAreas).toEqual([
      { focusAreaId: 'rap-1', score: 12.5 },
      { focusAreaId: 'rap-2', score: 0 },
    ]);
    const data = normRadarSeries(withBaseline, { labels, previous });
    expect(data.series[1]!.values).toEqual([12.5, 0]);
  });
});

describe('series styles', () => {
  const styles = Object.values(SERIES_STYLES);

  it('uses only Okabe–Ito colours', () => {
    const palette = new Set<string>(Object.values(OKABE_ITO));
    expect(styles.every((s) => palette.has(s.color))).toBe(true);
  });

  it('keeps series apart in greyscale: lightness, dash and point shape all differ', () => {
    const lum = styles.map((s) => relativeLuminance(s.color));
    for (let i = 0; i < lum.length; i++) {
      for (let j = i + 1; j < lum.length; j++) {
        expect(Math.abs(lum[i]! - lum[j]!)).toBeGreaterThanOrEqual(0.1);
      }
    }
    expect(new Set(styles.map((s) => s.dash.join(','))).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.point)).size).toBe(styles.length);
    expect(SERIES_STYLES.current.dash).toEqual([]);
  });

  it('computes WCAG relative luminance', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
    expect(relativeLuminance(OKABE_ITO.blue)).toBeCloseTo(0.152, 2);
    expect(() => relativeLuminance('blue')).toThrow(/#rrggbb/);
  });
});
