import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerStatus } from '../../src/lib/schema/assessment';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { activeActions } from '../../src/lib/domain/pack';
import { buildRegionalView, type RegionalView } from '../../src/lib/domain/region';
import { formatPercent } from '../../src/lib/domain/scoring';
import { englishWords } from '../../src/lib/i18n/locales';
import { loadNodeFonts } from '../../src/lib/report/fontsNode';
import { describeLayoutFault, layoutFaults } from '../../src/lib/report/pdf/layoutLog';
import { writePdf } from '../../src/lib/report/pdfWriter';
import { regionNormSeries } from '../../src/lib/report/chartSeries';
import {
  REGION_CHART_BARS,
  REGION_PRINT_COLUMNS,
  buildRegionReport,
  regionChartParts,
  regionColumnName,
  regionPrintTables,
  regionTable,
  type RegionTableRow,
} from '../../src/lib/report/regionReport';
import type { Block } from '../../src/lib/report/reportModel';
import { manyStates } from '../fixtures/factories/cycles';

/**
 * Session 7, regionpdf item 3 (tester): the regional PDF of 60 States printed one column per State,
 * 61 columns on portrait A4, every name broken letter by letter. The PDF now prints the States as
 * rows and the norms (then the focus areas) as columns, at most REGION_PRINT_COLUMNS per table.
 * The screen and the CSV keep a column per State (region-layout.test.ts).
 */
const STATUSES: (AnswerStatus | null)[] = [
  'not-started',
  'planned',
  'in-progress',
  'largely',
  'fully',
  'not-applicable',
  null,
];
/** `count` States of the bundled pack (11 norms, 6 focus areas), each with its own answers. */
function states(count: number): RegionalView {
  const actions = activeActions(bundledPack);
  const answersOf = (n: number) =>
    Object.fromEntries(
      actions.flatMap((a, i) => {
        const status = STATUSES[(n * 5 + i * 3 + ((n * i) % 4)) % STATUSES.length]!;
        return status === null ? [] : [[a.id, status]];
      }),
    );
  return buildRegionalView(manyStates(count, bundledPack, answersOf, '0000000007'));
}

const tables = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));

/** Every (row id, State) of `rows` once, with the figure the printed tables give it. */
function printedFigures(view: RegionalView, rows: readonly RegionTableRow[]) {
  const table = regionTable(view, 'en');
  const seen = new Map<string, string[]>();
  for (const p of regionPrintTables(table, rows))
    for (const r of p.rows)
      p.columns.forEach((c, i) => {
        const key = `${c.id} ${r.state}`;
        seen.set(key, [...(seen.get(key) ?? []), r.cells[i]!]);
      });
  return { table, seen };
}

describe('regional PDF table of 60 States: a row per State (regionpdf item 3)', () => {
  const view = states(60);
  const table = regionTable(view, 'en');

  it('splits the 11 norms and the overall score into two tables of 6 columns, 60 rows each', () => {
    expect(REGION_PRINT_COLUMNS).toBe(6);
    const norms = regionPrintTables(table, table.normRows);
    expect(norms.map((p) => p.columns.map((c) => c.header))).toEqual([
      ['Norm 13(a)', 'Norm 13(b)', 'Norm 13(c)', 'Norm 13(d)', 'Norm 13(e)', 'Norm 13(f)'],
      ['Norm 13(g)', 'Norm 13(h)', 'Norm 13(i)', 'Norm 13(j)', 'Norm 13(k)', 'Overall score'],
    ]);
    // Every State is a row of every table, once, in the view's order.
    for (const p of norms) expect(p.rows.map((r) => r.state)).toEqual(table.columns);
    expect(new Set(table.columns).size).toBe(60);
    const areas = regionPrintTables(table, table.focusAreas);
    expect(areas.map((p) => p.columns.map((c) => c.header))).toEqual([
      ['RAP 1', 'RAP 2', 'RAP 3', 'RAP 4', 'RAP 5', 'RAP 6'],
    ]);
    expect(areas[0]!.rows.map((r) => r.state)).toEqual(table.columns);
  });

  it('prints every figure exactly once, the one formatter’s string for that norm and State', () => {
    const notScored = englishWords.compare.notScored;
    const cases = [
      {
        rows: table.normRows,
        values: [...view.norms.map((r) => r.values), view.columns.map((c) => c.overall)],
      },
      { rows: table.focusAreas, values: view.focusAreas.map((r) => r.values) },
    ];
    for (const { rows, values } of cases) {
      const { seen } = printedFigures(view, rows);
      expect(seen.size).toBe(rows.length * 60);
      rows.forEach((row, r) =>
        table.columns.forEach((state, s) => {
          const v = values[r]![s]!;
          expect(seen.get(`${row.id} ${state}`)).toEqual([
            v === null ? notScored : formatPercent(v, { locale: 'en' }),
          ]);
        }),
      );
    }
    // The figures are not all alike (the test would prove little if they were).
    expect(new Set(table.normRows.flatMap((r) => r.cells)).size).toBeGreaterThan(5);
  });

  it('the PDF model draws these tables: a State column and at most 6 figure columns each', () => {
    const doc = buildRegionReport(view, { madeAt: '2026-11-30T10:00:00Z', timeZone: 'UTC' });
    const drawn = tables(doc.sections.flatMap((s) => s.blocks));
    const printed = [
      ...regionPrintTables(table, table.normRows),
      ...regionPrintTables(table, table.focusAreas),
    ];
    // The figure tables come first; the common gaps follow.
    expect(drawn.slice(0, printed.length)).toEqual(
      printed.map((p) => ({
        kind: 'table',
        columns: [
          { header: englishWords.compare.colState, width: 34 },
          ...p.columns.map((c) => ({ header: c.header, width: 11 })),
        ],
        rows: p.rows.map((r) => [r.state, ...r.cells]),
      })),
    );
    for (const t of drawn.slice(0, printed.length))
      expect(t.columns.length).toBeLessThanOrEqual(1 + REGION_PRINT_COLUMNS);
    // The short headers are explained by the full names (the norms' titles) before the tables.
    const keys = doc.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'keyValue' ? b.rows : []));
    for (const n of view.norms)
      expect(keys).toContainEqual({ key: `Norm 13(${n.label})`, value: n.title });
  });

  it(
    'reads back from the PDF a line per State with its figures, every line in its box (pdftotext)',
    { timeout: 120_000 },
    async () => {
      const doc = buildRegionReport(view, { madeAt: '2026-11-30T10:00:00Z', timeZone: 'UTC' });
      const pdf = await writePdf(doc, await loadNodeFonts(), { layoutLog: true });
      const faults = layoutFaults(pdf.layout ?? []).map(describeLayoutFault);
      expect(faults.slice(0, 12), `${faults.length} lines out of their box`).toEqual([]);
      // No table cell broken inside a word: every cell line is made of whole words of the cells.
      const words = new Set(
        tables(doc.sections.flatMap((s) => s.blocks)).flatMap((t) => [
          ...t.columns.flatMap((c) => c.header.split(/\s+/)),
          ...t.rows.flatMap((r) => r.flatMap((c) => c.split(/\s+/))),
        ]),
      );
      const cellLines = (pdf.layout ?? []).filter(
        (l) => l.role === 'cell' || l.role === 'header-cell',
      );
      expect(cellLines.length).toBeGreaterThan(0);
      const broken = cellLines.filter((l) => !l.text.split(/\s+/).every((w) => words.has(w)));
      expect(broken.map((l) => l.text).slice(0, 12)).toEqual([]);
      const dir = mkdtempSync(join(tmpdir(), 'region-print-'));
      try {
        writeFileSync(join(dir, 'r.pdf'), pdf.bytes);
        const text = execFileSync(
          'pdftotext',
          ['-layout', '-enc', 'UTF-8', join(dir, 'r.pdf'), '-'],
          { encoding: 'utf8' },
        );
        const lines = text.split(/\r?\n/).map((l) =>
          l
            .trim()
            .split(/\s{2,}/)
            .join(' | '),
        );
        for (const p of [
          ...regionPrintTables(table, table.normRows),
          ...regionPrintTables(table, table.focusAreas),
        ])
          for (const r of p.rows) expect(lines).toContain([r.state, ...r.cells].join(' | '));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('regional PDF chart: in parts that fit a page (the 8 States of 60 ran off the page)', () => {
  it('8 States × 11 norms → two charts, 13(a)–(f) and 13(g)–(k), every bar once', () => {
    const view = states(60);
    const chart = regionNormSeries(view, { columnLabel: regionColumnName });
    const parts = regionChartParts(chart);
    expect(REGION_CHART_BARS).toBe(48);
    expect(parts.map((p) => p.categories.map((c) => c.key))).toEqual([
      view.norms.slice(0, 6).map((n) => n.id),
      view.norms.slice(6).map((n) => n.id),
    ]);
    for (const p of parts) {
      expect(p.series.map((se) => se.label)).toEqual(chart.series.map((se) => se.label));
      expect(p.series.length * p.categories.length).toBeLessThanOrEqual(REGION_CHART_BARS);
    }
    // The parts side by side are the whole chart.
    expect(chart.series.map((se, i) => parts.flatMap((p) => p.series[i]!.values))).toEqual(
      chart.series.map((se) => se.values),
    );
    // The PDF model draws them in order, then says what the chart leaves out.
    const doc = buildRegionReport(view, { madeAt: '2026-11-30T10:00:00Z', timeZone: 'UTC' });
    const drawn = doc.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'chart' ? [b.data] : []));
    expect(drawn).toEqual(parts);
  });

  it('3 States × 11 norms: one chart', () => {
    const chart = regionNormSeries(states(3), { columnLabel: regionColumnName });
    expect(regionChartParts(chart)).toEqual([chart]);
  });
});

describe('regional PDF table of 3 States', () => {
  it('is the same shape: a row per State, the norms in two tables, the focus areas in one', () => {
    const view = states(3);
    const table = regionTable(view, 'en');
    const doc = buildRegionReport(view, { madeAt: '2026-11-30T10:00:00Z', timeZone: 'UTC' });
    const drawn = tables(doc.sections.flatMap((s) => s.blocks));
    expect(drawn.slice(0, 3).map((t) => t.rows.map((r) => r[0]))).toEqual([
      table.columns,
      table.columns,
      table.columns,
    ]);
    expect(drawn.slice(0, 3).map((t) => t.columns.length)).toEqual([7, 7, 7]);
    // Every figure of the screen's rows once across the tables.
    const { seen } = printedFigures(view, [...table.normRows, ...table.focusAreas]);
    expect([...seen.values()].every((cells) => cells.length === 1)).toBe(true);
  });
});

describe('regionPrintTables groups evenly', () => {
  const row = (n: number): RegionTableRow => ({
    id: `r${n}`,
    label: `Row ${n}`,
    short: `R${n}`,
    title: '',
    cells: ['1 %'],
  });
  it.each([
    [1, [1]],
    [6, [6]],
    [7, [4, 3]],
    [12, [6, 6]],
    [13, [5, 4, 4]],
  ])('%i columns → tables of %j', (count, sizes) => {
    const rows = Array.from({ length: count }, (_, n) => row(n));
    const parts = regionPrintTables({ columns: ['A'] }, rows);
    expect(parts.map((p) => p.columns.length)).toEqual(sizes);
    expect(parts.flatMap((p) => p.columns.map((c) => c.id))).toEqual(rows.map((r) => r.id));
  });
  it('no rows: one table with no figure columns (an empty view still prints its States)', () => {
    expect(regionPrintTables({ columns: ['A', 'B'] }, [])).toEqual([
      {
        columns: [],
        rows: [
          { state: 'A', cells: [] },
          { state: 'B', cells: [] },
        ],
      },
    ]);
  });
});
