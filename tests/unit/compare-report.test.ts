import { describe, expect, it } from 'vitest';
import { compareAssessments } from '../../src/lib/domain/compare';
import { buildTimeline } from '../../src/lib/domain/timeline';
import {
  comparisonSection,
  describeDelta,
  lineStyle,
  timelineChartData,
} from '../../src/lib/report/comparisonSection';
import { buildReport, type Block, type SectionContext } from '../../src/lib/report/reportModel';
import { earlierCycles } from '../../src/lib/domain/cycles';
import { reportInputFrom } from '../../src/lib/report/reportInput';
import { makeCycle, packV1, packV2 } from '../fixtures/factories/cycles';

function cycles() {
  const c2022 = makeCycle({
    pack: packV1(),
    assessment: { alias: '2022', periodStart: '2022-01-01', periodEnd: '2022-12-31' },
    answers: { 'a-01': 'planned', 'a-02': 'fully', 'c-01': 'planned' },
  });
  const c2024 = makeCycle({
    pack: packV1(),
    assessment: { alias: '2024', periodStart: '2024-01-01', periodEnd: '2024-12-31' },
    answers: { 'a-01': 'planned', 'a-02': 'largely', 'a-03': 'in-progress', 'c-01': 'fully' },
  });
  const c2026 = makeCycle({
    pack: packV2(),
    assessment: { alias: '2026', periodStart: '2026-01-01', periodEnd: '2026-12-31' },
    answers: { 'a-01': 'fully', 'a-02': 'in-progress', 'a-04': 'in-progress', 'c-01': 'planned' },
  });
  return [c2022, c2024, c2026] as const;
}

function report(withTimeline: boolean) {
  const [c2022, c2024, c2026] = cycles();
  const comparison = compareAssessments({ older: c2024, newer: c2026 });
  return buildReport({
    pack: c2026.pack,
    state: { code: 'SG', name: 'Singapore', asean: true, createdAt: '2026-01-01T00:00:00.000Z' },
    assessment: c2026.assessment,
    answers: c2026.answers,
    normAnswers: [],
    score: c2026.score,
    previous: {
      assessment: c2024.assessment,
      score: c2024.score,
      comparison,
      ...(withTimeline ? { timeline: buildTimeline([c2022, c2024, c2026]) } : {}),
    },
    madeAt: '2026-11-23T10:00:00.000Z',
    locale: 'en-GB',
    timeZone: 'UTC',
  });
}

const tableAfter = (blocks: Block[], heading: string) => {
  const i = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const table = blocks.slice(i + 1).find((b) => b.kind === 'table' || b.kind === 'paragraph');
  return table;
};

describe('report section "Progress since the previous cycle"', () => {
  it('is in the report when a previous cycle exists, with versions and comparability', () => {
    const progress = report(true).sections.find((s) => s.id === 'progress');
    expect(progress).toBeDefined();
    const blocks = progress!.blocks;
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: 'Progress since the previous cycle' });
    const kv = blocks.find((b) => b.kind === 'keyValue');
    if (kv?.kind !== 'keyValue') throw new Error('no key/value block');
    expect(kv.rows).toContainEqual({
      key: 'Checklist versions',
      value: 'Test pack, version 1.0.0 → Test pack, version 2.0.0',
    });
    expect(kv.rows).toContainEqual({
      key: 'Practical actions in common',
      value: '66% of practical actions in common (4 of 6)',
    });
  });

  it('lists the per-norm deltas in words and the regressions', () => {
    const blocks = report(true).sections.find((s) => s.id === 'progress')!.blocks;
    const norms = tableAfter(blocks, 'Scores by norm');
    expect(norms).toMatchObject({ kind: 'table' });
    if (norms?.kind !== 'table') throw new Error('no table');
    expect(norms.columns.map((c) => c.header)).toEqual(['Norm', '2024', '2026', 'Change']);
    // 13a: 2024 (0.25 + 0.75 + 0.5) / 3 = 50 %; 2026 (1 + 0.5 + 0.5) / 3 = 66.7 %.
    expect(norms.rows[0]).toEqual([
      'Norm 13(a) Cooperate on ICT security',
      '50%',
      '66%',
      '+16.6\u00a0pp',
    ]);
    // 13c: 2024 c-01 fully, c-02 unanswered → 50 %; 2026 c-01 planned, c-03 unanswered → 12.5 %.
    expect(norms.rows[1]).toEqual(['Norm 13(c) Territory', '50%', '12%', '\u221237.5\u00a0pp']);
    const regressions = tableAfter(blocks, 'Most regressed practical actions');
    if (regressions?.kind !== 'table') throw new Error('no table');
    expect(regressions.rows.map((r) => r[0])).toEqual([
      'a-02: Name a point of contact.',
      'c-01: Publish a policy.',
    ]);
    expect(regressions.rows[1]!.slice(1)).toEqual([
      'Fully implemented',
      'Planned',
      '\u221275.0\u00a0pp',
    ]);
  });

  it('prints the timeline series as a table when the timeline is given', () => {
    const blocks = report(true).sections.find((s) => s.id === 'progress')!.blocks;
    const series = tableAfter(blocks, 'Scores by cycle (overall and per norm)');
    if (series?.kind !== 'table') throw new Error('no table');
    expect(series.columns.map((c) => c.header)).toEqual(['Score', '2022', '2024', '2026']);
    expect(series.rows.map((r) => r[0])).toEqual(['Overall score', 'Norm 13(a)', 'Norm 13(c)']);
    const withoutTimeline = report(false).sections.find((s) => s.id === 'progress')!.blocks;
    expect(
      withoutTimeline.some((b) => b.kind === 'heading' && b.text.startsWith('Scores by cycle')),
    ).toBe(false);
  });

  it('is empty without a previous cycle', () => {
    const ctx = { previous: null, options: { blank: false } } as unknown as SectionContext;
    expect(comparisonSection(ctx)).toEqual([]);
  });
});

describe('deltas in words and timeline series', () => {
  it('says a change once, in percentage points with its sign (a real minus), or not comparable', () => {
    expect(describeDelta(8.333, 'en-GB')).toEqual({
      direction: 'up',
      arrow: '▲',
      words: '+8.3\u00a0pp',
    });
    expect(describeDelta(-25, 'en-GB')).toEqual({
      direction: 'down',
      arrow: '▼',
      words: '\u221225.0\u00a0pp',
    });
    expect(describeDelta(1e-12)).toMatchObject({ direction: 'same', words: '0.0\u00a0pp' });
    // Rounded toward zero like the scores: 0.04 is "0.0 pp", and the arrow agrees with it.
    expect(describeDelta(0.04)).toMatchObject({ direction: 'same', words: '0.0\u00a0pp' });
    expect(describeDelta(null)).toMatchObject({ direction: 'none', words: 'not comparable' });
  });

  it('gives the overall line and one line per norm, no two of the first 12 alike', () => {
    const data = timelineChartData(buildTimeline([...cycles()]));
    expect(data.labels).toEqual(['2022', '2024', '2026']);
    expect(data.lines.map((l) => l.id)).toEqual(['overall', '13a', '13c']);
    const looks = Array.from({ length: 12 }, (_, i) => JSON.stringify(lineStyle(i)));
    expect(new Set(looks).size).toBe(12);
  });
});

describe('report input from records: the timeline of earlier cycles', () => {
  const state = {
    code: 'SG',
    name: 'Singapore',
    asean: true,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  const records = (c: ReturnType<typeof cycles>[number]) => ({ ...c, normAnswers: [] });

  it('picks the earlier cycles of the same State, oldest first', () => {
    const [c2022, c2024, c2026] = cycles();
    const other = { ...c2024.assessment, id: 'x', stateCode: 'MY' };
    const picked = earlierCycles(c2026.assessment, [
      c2026.assessment,
      c2024.assessment,
      other,
      c2022.assessment,
    ]);
    expect(picked.map((a) => a.alias)).toEqual(['2022', '2024']);
    expect(earlierCycles(c2026.assessment, [c2022.assessment, c2024.assessment], 1)).toEqual([
      c2024.assessment,
    ]);
  });

  it('gives the progress section every earlier cycle, and only the previous one without them', () => {
    const [c2022, c2024, c2026] = cycles();
    const base = {
      ...records(c2026),
      state,
      previous: records(c2024),
      madeAt: '2026-11-23T10:00:00.000Z',
      locale: 'en-GB',
    };
    const withAll = reportInputFrom({ ...base, earlier: [records(c2022), records(c2024)] });
    expect(withAll.previous?.timeline?.points.map((p) => p.label)).toEqual([
      '2022',
      '2024',
      '2026',
    ]);
    expect(withAll.previous?.timeline?.overall.values).toEqual([
      c2022.score.overall.score,
      c2024.score.overall.score,
      c2026.score.overall.score,
    ]);
    const withPrevious = reportInputFrom(base);
    expect(withPrevious.previous?.timeline?.points.map((p) => p.label)).toEqual(['2024', '2026']);
  });
});
