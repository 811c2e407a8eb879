import { downloadName, localDay, shortName } from '../domain/names';
import type { RegionalView } from '../domain/region';
import { formatPercent } from '../domain/scoring';
import type { Texts } from '../i18n/catalogue';
import { figureLocale, formatInstant, formatList } from '../i18n/format';
import { englishWords } from '../i18n/locales';
import { regionNormSeries } from './chartSeries';
import { toCsv } from './csv';
import { pageWords, type Block, type ReportDocument } from './reportModel';

/**
 * The regional table as plain data, and the files made from it: CSV and a small PDF report (drawn
 * by the report's own PDF writer). One table model feeds the screen, the CSV and the PDF, so the
 * three print the same figures in the same words (`formatPercent`; "not scored" where a State has
 * no score). Pure.
 */

export interface RegionTableRow {
  /** Norm id, focus-area id or "overall". */
  id: string;
  /** Row header: "Norm 13(a) …", "RAP 1 …", "Overall score". */
  label: string;
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
    cells: r.values.map(cell),
  }));
  const overall = {
    id: 'overall',
    label: t.compare.overall,
    cells: view.columns.map((c) => cell(c.overall)),
  };
  return {
    columns: view.columns.map(regionColumnName),
    norms,
    focusAreas: view.focusAreas.map((r) => ({
      id: r.id,
      label: t.report.areaRow(r.label, r.title),
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
  const width = Math.max(6, Math.floor(60 / Math.max(1, table.columns.length)));
  const tableBlock = (rows: RegionTableRow[], head: string): Block => ({
    kind: 'table',
    columns: [{ header: head, width: 30 }, ...table.columns.map((h) => ({ header: h, width }))],
    rows: rows.map((r) => [r.label, ...r.cells]),
  });
  const chart = regionNormSeries(view, {
    columnLabel: regionColumnName,
    notScored: t.compare.notScored,
  });
  // Every section heading is listed in the contents: the contents page lists what the PDF has.
  // As on the screen: the chart (at most REGION_CHART_MAX States), what it leaves out, then the
  // table of every State with the overall score under the norms.
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t.compare.regionNorms, toc: true },
    { kind: 'chart', chart: 'bars', title: t.compare.regionChartCaption, data: chart },
  ];
  if (chart.omitted > 0)
    blocks.push({
      kind: 'paragraph',
      style: 'small',
      text: t.compare.regionChartCapped(chart.series.length, table.columns.length),
    });
  blocks.push(
    tableBlock(table.normRows, t.compare.colNorm),
    { kind: 'heading', level: 1, text: t.compare.regionAreas, toc: true },
    tableBlock(table.focusAreas, t.compare.colArea),
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
