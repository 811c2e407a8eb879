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
import { makeSharedCycle, packV2 } from '../fixtures/factories/cycles';

/**
 * Session 6, fixlayout items 2 and 3: the regional chart draws no more States than its palette can
 * tell apart, and says so; the overall score (the mean of the norms) sits under the norms on the
 * screen, in the CSV and in the PDF alike.
 */
const v2 = packV2();
const id = (n: number) => `00000000-0000-4000-8000-0000000003${String(n).padStart(2, '0')}`;
// Two-letter codes AA, AB, … : 60 distinct States.
const code = (n: number) =>
  String.fromCharCode(65 + Math.floor(n / 26)) + String.fromCharCode(65 + (n % 26));

function states(count: number) {
  return buildRegionalView(
    Array.from({ length: count }, (_, n) =>
      makeSharedCycle({
        pack: v2,
        stateName: `State ${n + 1}`,
        assessment: { id: id(n), stateCode: code(n), alias: '2025' },
        answers: { 'a-01': n % 2 === 0 ? 'fully' : 'planned', 'a-02': 'in-progress' },
      }),
    ),
  );
}

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
    const at = blocks.findIndex((b) => b.kind === 'chart');
    const chart = blocks[at]!;
    expect(chart.kind === 'chart' && chart.data.series.length).toBe(8);
    const note = blocks[at + 1]!;
    expect(note).toEqual({
      kind: 'paragraph',
      style: 'small',
      text: englishWords.compare.regionChartCapped(8, 60),
    });
    expect(englishWords.compare.regionChartCapped(8, 60)).toContain('all 60 States');
    // The table after it lists all 60 States.
    const table = blocks[at + 2]!;
    expect(table.kind === 'table' && table.columns.length).toBe(61);
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

    const doc = buildRegionReport(view, { madeAt: '2026-11-30T10:00:00Z', timeZone: 'UTC' });
    const [norms, areas] = tables(doc.sections.flatMap((s) => s.blocks));
    expect(norms!.rows.map((r) => r[0])).toEqual(table.normRows.map((r) => r.label));
    expect(norms!.rows.at(-1)).toEqual([label, ...table.overall.cells]);
    expect(areas!.rows.map((r) => r[0])).toEqual(table.focusAreas.map((r) => r.label));
  });
});
