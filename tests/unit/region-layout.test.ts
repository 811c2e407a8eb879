import { describe, expect, it } from 'vitest';
import { buildRegionalView } from '../../src/lib/domain/region';
import { englishWords } from '../../src/lib/i18n/locales';
import { REGION_CHART_MAX, regionNormSeries } from '../../src/lib/report/chartSeries';
import {
  buildRegionReport,
  regionColumnName,
  regionCsv,
  regionTable,
} from '../../src/lib/report/regionReport';
import { toCsv } from '../../src/lib/report/csv';
import type { Block } from '../../src/lib/report/reportModel';
import { manyStates, packV2 } from '../fixtures/factories/cycles';

/**
 * Session 6, fixlayout items 2 and 3: the regional chart draws no more States than its palette can
 * tell apart, and says so; the overall score (the mean of the norms) sits under the norms on the
 * screen, in the CSV and in the PDF alike.
 */
const v2 = packV2();
// 60 distinct States (codes AA, AB, …).
const states = (count: number) =>
  buildRegionalView(
    manyStates(count, v2, (n) => ({
      'a-01': n % 2 === 0 ? 'fully' : 'planned',
      'a-02': 'in-progress',
    })),
  );

const opts = { columnLabel: regionColumnName };
const tables = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));

describe('regional chart: at most as many States as it can tell apart (fixlayout item 2)', () => {
  it('60 States → the first 8 in the view order as series, omitted: 52', () => {
    const view = states(60);
    const data = regionNormSeries(view, opts);
    expect(REGION_CHART_MAX).toBe(8);
    expect(data.series).toHaveLength(8);
    expect(data.omitted).toBe(52);
    expect(data.series.map((s) => s.label)).toEqual(
      view.columns.slice(0, 8).map((c) => regionColumnName(c)),
    );
    // Eight colours, none repeated, and no dashed outline (the tell-apart of a repeated colour).
    expect(new Set(data.series.map((s) => s.style.color)).size).toBe(8);
    expect(data.series.every((s) => s.style.dash.length === 0)).toBe(true);
  });

  it('8 States or fewer: every State drawn, omitted: 0', () => {
    expect(regionNormSeries(states(8), opts)).toMatchObject({ omitted: 0 });
    expect(regionNormSeries(states(3), opts).series).toHaveLength(3);
  });

  it('the PDF draws the same 8 and says under the chart that the table lists all 60', () => {
    const view = states(60);
    const doc = buildRegionReport(view, { madeAt: '2026-11-30T10:00:00Z', timeZone: 'UTC' });
    const blocks = doc.sections.flatMap((s) => s.blocks);
    const charts = blocks.flatMap((b) => (b.kind === 'chart' ? [b] : []));
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect(chart.data.series.length).toBe(8);
    const at = blocks.lastIndexOf(charts.at(-1)!);
    const note = blocks[at + 1]!;
    expect(note).toEqual({
      kind: 'paragraph',
      style: 'small',
      text: englishWords.compare.regionChartCapped(8, 60),
    });
    expect(englishWords.compare.regionChartCapped(8, 60)).toContain('all 60 States');
    // The tables after it list all 60 States, a row each (region-print-table.test.ts).
    const [norms] = tables(blocks.slice(at + 1));
    expect(norms!.rows.map((r) => r[0])).toEqual(view.columns.map((c) => regionColumnName(c)));
  });

  it('the sentence is absent when nothing is left out', () => {
    const doc = buildRegionReport(states(2), { madeAt: '2026-11-30T10:00:00Z' });
    const texts = doc.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => ('text' in b ? [b.text] : []));
    expect(texts.some((x) => x.includes('the table below lists'))).toBe(false);
  });
});

describe('regional overall score: under the norms everywhere (fixlayout item 3)', () => {
  const view = states(3);
  const table = regionTable(view, 'en');
  const label = englishWords.compare.overall;

  it('the table model puts it right after the last norm, not among the focus areas', () => {
    // The screen renders normRows under the norm chart and focusAreas in their own table.
    expect(table.normRows.map((r) => r.id)).toEqual([...view.norms.map((n) => n.id), 'overall']);
    expect(table.focusAreas.map((r) => r.id)).not.toContain('overall');
  });

  it('the CSV, the PDF and the screen rows agree: overall after the norms, before the focus areas', () => {
    // The screen: the norm table's rows, then the focus-area table's (RegionView.svelte).
    const screen = [...table.normRows, ...table.focusAreas];
    // The CSV rows are the screen's rows, in the same order.
    expect(regionCsv(view, 'en')).toBe(
      toCsv([
        [englishWords.compare.colRow, ...table.columns],
        ...screen.map((r) => [r.label, ...r.cells]),
      ]),
    );
    const overallAt = screen.findIndex((r) => r.label === label);
    expect(overallAt).toBe(view.norms.length);

    // The PDF turns the table (a row per State, region-print-table.test.ts): the overall score is
    // the last column of the norms' last table, before the focus areas' table.
    const doc = buildRegionReport(view, { madeAt: '2026-11-30T10:00:00Z', timeZone: 'UTC' });
    const [norms, areas] = tables(doc.sections.flatMap((s) => s.blocks));
    expect(norms!.columns.slice(1).map((c) => c.header)).toEqual(
      table.normRows.map((r) => r.short),
    );
    expect(norms!.columns.at(-1)!.header).toBe(label);
    expect(norms!.rows.map((r) => r.at(-1))).toEqual(table.overall.cells);
    expect(areas!.columns.slice(1).map((c) => c.header)).toEqual(
      table.focusAreas.map((r) => r.short),
    );
  });
});
