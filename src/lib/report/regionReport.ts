import { downloadName, localDay, shortName } from '../domain/names';
import type { RegionalView } from '../domain/region';
import { formatPercent } from '../domain/scoring';
import type { Texts } from '../i18n/catalogue';
import { figureLocale, formatInstant, formatList } from '../i18n/format';
import { englishWords } from '../i18n/locales';
import { regionNormSeries, type ChartData } from './chartSeries';
import { toCsv } from './csv';
import { pageWords, type Block, type ReportDocument } from './reportModel';

/**
 * The regional table as plain data, and the files made from it: CSV and a small PDF report (drawn
 * by the report's own PDF writer). One table model feeds the screen, the CSV and the PDF, so the
 * three print the same figures in the same words (`formatPercent`; "not scored" where a State has
 * no score). The PDF prints it turned (`regionPrintTables`): a row per State, so that any number
 * of States fits a portrait page. Pure.
 */

export interface RegionTableRow {
  /** Norm id, focus-area id or "overall". */
  id: string;
  /** Row header: "Norm 13(a) …", "RAP 1 …", "Overall score". */
  label: string;
  /** The short name a printed column header uses: "Norm 13(a)", "RAP 1", "Overall score". */
  short: string;
  /** The norm's title or the focus area's name ("" for the overall score). */
  title: string;
  /** One formatted score per column (State). */
  cells: string[];
}

/** One common gap as printed: a practical action, the States below "largely", their share. */
export interface RegionGapRow {
  /** Action id in the reference pack. */
  id: string;
  /** The practical action's text. */
  text: string;
  /** How many States are below "largely implemented". */
  count: number;
  /** Their names, as a list in the language of the text. */
  states: string;
  /** Share below, of the States that answered (formatted). */
  share: string;
}

export interface RegionTable {
  /** Column headers after the row header: one per State ("Thailand (2025)"). */
  columns: string[];
  norms: RegionTableRow[];
  focusAreas: RegionTableRow[];
  overall: RegionTableRow;
  /**
   * The rows of the norm table as the screen, the CSV and the PDF print them: every norm, then the
   * overall score, which is the mean of the norms (domain/scoring), so it sits under them.
   */
  normRows: RegionTableRow[];
  /** The common gaps (domain/region.ts `commonGaps`), most States first: the screen and the PDF print these. */
  gaps: RegionGapRow[];
}

/** A State's column header: its name and the cycle shown (alias, else title). */
export const regionColumnName = (c: RegionalView['columns'][number]): string =>
  `${c.stateName} (${shortName(c)})`;

/**
 * The regional table. `lang`: the language of the text (figures follow it, src/lib/i18n/format.ts);
 * `texts`: its words (the screen passes `t`; default English).
 */
export function regionTable(
  view: RegionalView,
  lang?: string,
  texts: Texts = englishWords,
): RegionTable {
  const locale = figureLocale(lang);
  const t = texts;
  const cell = (v: number | null) =>
    v === null ? t.compare.notScored : formatPercent(v, { locale });
  const norms = view.norms.map((r) => ({
    id: r.id,
    label: t.report.normRow(r.label, r.title),
    short: t.common.norm(r.label),
    title: r.title,
    cells: r.values.map(cell),
  }));
  const overall = {
    id: 'overall',
    label: t.compare.overall,
    short: t.compare.overall,
    title: '',
    cells: view.columns.map((c) => cell(c.overall)),
  };
  return {
    columns: view.columns.map(regionColumnName),
    norms,
    focusAreas: view.focusAreas.map((r) => ({
      id: r.id,
      label: t.report.areaRow(r.label, r.title),
      short: t.report.areaLabel(Number(r.label)),
      title: r.title,
      cells: r.values.map(cell),
    })),
    overall,
    normRows: [...norms, overall],
    gaps: view.commonGaps.map((gap) => ({
      id: gap.itemId,
      text: gap.text,
      count: gap.below.length,
      states: formatList(
        gap.below.map((i) => view.columns[i]?.stateName ?? ''),
        'unit',
        lang,
      ),
      share: formatPercent(gap.share, { locale }),
    })),
  };
}

/**
 * The regional table as CSV (RFC 4180, BOM): one row per norm, the overall score under the norms
 * (`normRows`, as on the screen and in the PDF), then one row per focus area.
 */
export function regionCsv(view: RegionalView, lang?: string, texts: Texts = englishWords): string {
  const table = regionTable(view, lang, texts);
  return toCsv([
    [texts.compare.colRow, ...table.columns],
    ...[...table.normRows, ...table.focusAreas].map((r) => [r.label, ...r.cells]),
  ]);
}

/**
 * At most this many figure columns in one printed table, beside the State's column: six columns of
 * about 50 pt leave a third of portrait A4 (483 pt of text width) for the State's name.
 */
export const REGION_PRINT_COLUMNS = 6;

/**
 * A table of the regional PDF: one row per State, some norms (or focus areas) as its columns. The
 * screen and the CSV put a column per State, which is unreadable on a page past a few States
 * (tester, session 7: 60 States gave 61 columns on portrait A4); turned this way the table grows
 * down, a row per State, whatever the number of States.
 */
export interface RegionPrintTable {
  /** The columns after the State's, in the order of `RegionTable` rows: id and short header. */
  columns: { id: string; header: string }[];
  /** One row per State, in the view's order: its column name, then one figure per column. */
  rows: { state: string; cells: string[] }[];
}

/**
 * At most this many bars (norms × States) in one chart of the regional PDF: about a page of the
 * bar chart (pdf/charts.ts draws a bar 9 pt apart, a norm at least 32 pt). Eight States (the
 * chart's cap) by 11 norms made one chart 970 pt tall, past the foot of the page; it is now drawn
 * as two charts, 13(a)–(f) and 13(g)–(k).
 */
export const REGION_CHART_BARS = 48;

/**
 * The regional norm chart cut into charts of at most `REGION_CHART_BARS` bars, the norms in even
 * groups and in order; every chart has every State shown (series) and the legend. One chart when
 * it fits.
 */
export function regionChartParts<T extends ChartData>(
  chart: T,
  bars: number = REGION_CHART_BARS,
): T[] {
  const perChart = Math.max(1, Math.floor(bars / Math.max(1, chart.series.length)));
  return evenGroups(chart.categories.length, perChart).map(([start, end]) => ({
    ...chart,
    categories: chart.categories.slice(start, end),
    series: chart.series.map((se) => ({ ...se, values: se.values.slice(start, end) })),
  }));
}

/** `count` items in at most `max` per group, the groups as even as they can be (12 → 6 + 6). */
function evenGroups(count: number, max: number): [start: number, end: number][] {
  const groups = Math.max(1, Math.ceil(count / max));
  const base = Math.floor(count / groups);
  const extra = count % groups;
  const out: [number, number][] = [];
  let start = 0;
  for (let g = 0; g < groups; g += 1) {
    const size = base + (g < extra ? 1 : 0);
    out.push([start, start + size]);
    start += size;
  }
  return out;
}

/**
 * The rows of a `RegionTable` (`normRows` or `focusAreas`) turned for print: the States as rows,
 * those rows' norms as columns, at most `max` columns per table (even groups). Every State is a
 * row of every table; every figure is in exactly one table, the same string `regionTable` formatted
 * (no figure is formatted twice).
 */
export function regionPrintTables(
  table: Pick<RegionTable, 'columns'>,
  rows: readonly RegionTableRow[],
  max: number = REGION_PRINT_COLUMNS,
): RegionPrintTable[] {
  return evenGroups(rows.length, max).map(([start, end]) => {
    const part = rows.slice(start, end);
    return {
      columns: part.map((r) => ({ id: r.id, header: r.short })),
      rows: table.columns.map((state, i) => ({
        state,
        cells: part.map((r) => r.cells[i] ?? ''),
      })),
    };
  });
}

export interface RegionFileOptions {
  /** When the file is made (ISO); pinned by tests. */
  madeAt: string;
  timeZone?: string;
  /** Language of the text; default the current one. */
  lang?: string;
  /** Words of that language (the screen passes `t`); default English. */
  texts?: Texts;
}

/** The download name of a regional file (one rule: src/lib/domain/names.ts). */
export const regionFileName = (ext: 'pdf' | 'csv', options: RegionFileOptions): string =>
  downloadName({
    kind: 'region',
    variant: [],
    day: localDay(options.madeAt, options.timeZone),
    ext,
  });

/**
 * The regional comparison as a report model (cover and one section), for `writePdf`: the States
 * and the cycles shown, the table of scores, the norm chart and the agency parts left out.
 */
export function buildRegionReport(view: RegionalView, options: RegionFileOptions): ReportDocument {
  const t = options.texts ?? englishWords;
  const table = regionTable(view, options.lang, t);
  // The full names of the columns' short headers ("Norm 13(a)": its title), then the tables:
  // States as rows, a few norms (or focus areas) as columns.
  const printed = (rows: RegionTableRow[]): Block[] => [
    {
      kind: 'keyValue',
      rows: rows.filter((r) => r.title !== '').map((r) => ({ key: r.short, value: r.title })),
    },
    ...regionPrintTables(table, rows).map((p): Block => ({
      kind: 'table',
      columns: [
        { header: t.compare.colState, width: 34 },
        ...p.columns.map((c) => ({ header: c.header, width: 11 })),
      ],
      rows: p.rows.map((r) => [r.state, ...r.cells]),
    })),
  ];
  const chart = regionNormSeries(view, {
    columnLabel: regionColumnName,
    notScored: t.compare.notScored,
  });
  // Every section heading is listed in the contents: the contents page lists what the PDF has.
  // As on the screen: the chart (at most REGION_CHART_MAX States; in parts of a page each), what
  // it leaves out, then every State's figures, a row per State, the overall score after the norms.
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t.compare.regionNorms, toc: true },
    ...regionChartParts(chart).map((data): Block => ({
      kind: 'chart',
      chart: 'bars',
      title: t.compare.regionChartCaption,
      data,
    })),
  ];
  if (chart.omitted > 0)
    blocks.push({
      kind: 'paragraph',
      style: 'small',
      text: t.compare.regionChartCapped(chart.series.length, table.columns.length),
    });
  blocks.push(
    ...printed(table.normRows),
    { kind: 'heading', level: 1, text: t.compare.regionAreas, toc: true },
    ...printed(table.focusAreas),
    // The common gaps, as on the screen (the cover's rules sentence speaks of them).
    { kind: 'heading', level: 1, text: t.compare.gapsHeading, toc: true },
  );
  if (view.reference)
    blocks.push({
      kind: 'paragraph',
      style: 'small',
      text: t.compare.gapsIntro(view.reference.version),
    });
  if (table.gaps.length === 0) blocks.push({ kind: 'paragraph', text: t.compare.noGaps });
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: t.compare.colItem, width: 40 },
        { header: t.compare.colBelow, width: 30 },
        { header: t.compare.colShare, width: 20 },
      ],
      rows: table.gaps.map((g) => [
        t.report.actionRow(g.id, g.text),
        `${g.count}: ${g.states}`,
        g.share,
      ]),
    });
  if (view.parts.length > 0)
    blocks.push(
      { kind: 'heading', level: 2, text: t.compare.partsHeading, toc: true },
      { kind: 'paragraph', style: 'small', text: t.compare.partsIntro },
      {
        kind: 'table',
        columns: [
          { header: t.compare.colState, width: 20 },
          { header: t.compare.colAgency, width: 30 },
          { header: t.compare.colNormsCovered, width: 20 },
        ],
        rows: view.parts.map((p) => [
          `${p.stateName} (${shortName(p)})`,
          p.agency,
          formatList(p.normIds, 'unit', options.lang ?? 'en'),
        ]),
      },
    );
  return {
    meta: {
      title: t.compare.regionTitle,
      subject: t.compare.regionIntro,
      creator: t.compare.regionCreator,
      runningHeader: t.compare.regionTitle,
      language: options.lang ?? 'en',
      fileName: regionFileName('pdf', options),
      words: pageWords(t),
    },
    sections: [
      {
        id: 'cover',
        blocks: [
          { kind: 'paragraph', style: 'title', text: t.compare.regionTitle },
          {
            kind: 'keyValue',
            rows: [
              {
                key: t.compare.colStates,
                value: formatList(table.columns, 'conjunction', options.lang ?? 'en'),
              },
              {
                key: t.compare.madeOn,
                value: formatInstant(
                  options.madeAt,
                  options.lang ? { lang: options.lang } : {},
                  options.timeZone,
                ),
              },
            ],
          },
          { kind: 'paragraph', style: 'small', text: t.compare.regionRules },
        ],
      },
      { id: 'region', blocks },
    ],
  };
}
