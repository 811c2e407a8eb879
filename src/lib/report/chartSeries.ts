import type { AssessmentScore, ProgressToDate } from '../domain/scoring';
import type { RegionalView } from '../domain/region';
import { t } from '../i18n';

/**
 * Chart series as plain data: what the dashboard charts (chart.js, loaded lazily) and the PDF report
 * draw, and what their text alternatives (tables) list. Pure: no chart library, no DOM. Values are
 * the full-precision figures of `scoreAssessment`; format them with `formatPercent` for display.
 *
 * Every series is told apart by colour (Okabe–Ito, safe for the common colour-vision deficiencies),
 * by lightness (so a greyscale print keeps them apart), by dash pattern and by point shape, so that
 * no reader has to rely on colour alone.
 */

/** The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"). */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/**
 * The Okabe–Ito colours in the order that series of one chart take them (the regional chart's
 * States, the timeline's norms): the strong ones first; black and the light yellow last.
 */
export const SAFE_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
];

export type SeriesId = 'current' | 'target' | 'previous';

/** Point shapes chart.js knows by these names; the PDF report draws the same shapes. */
export type PointShape = 'circle' | 'rect' | 'triangle' | 'rectRot' | 'line';

export interface SeriesStyle {
  /** Line and point colour, hex. */
  color: string;
  /** Fill colour with alpha for areas and bars, CSS rgba(). */
  fill: string;
  /** Canvas line dash: [] for solid. */
  dash: number[];
  lineWidth: number;
  point: PointShape;
}

/** The look of each series, the same on every chart and in the report. */
export const SERIES_STYLES: Readonly<Record<SeriesId, SeriesStyle>> = {
  current: {
    color: OKABE_ITO.blue,
    fill: 'rgba(0, 114, 178, 0.25)',
    dash: [],
    lineWidth: 2.5,
    point: 'circle',
  },
  target: {
    color: OKABE_ITO.orange,
    fill: 'rgba(230, 159, 0, 0.12)',
    dash: [8, 4],
    lineWidth: 2,
    point: 'rectRot',
  },
  previous: {
    color: OKABE_ITO.reddishPurple,
    fill: 'rgba(204, 121, 167, 0.12)',
    dash: [2, 3],
    lineWidth: 2,
    point: 'triangle',
  },
};

export interface ChartSeries {
  /** 'current' | 'target' | 'previous' on a State's own charts; a column id on the regional chart. */
  id: SeriesId | `column-${number}`;
  label: string;
  /** One value per category, 0–100; null where there is no figure (no applicable item). */
  values: (number | null)[];
  style: SeriesStyle;
}

export interface ChartCategory {
  /** Norm id or focus area id: what a click on the category leads to. */
  key: string;
  /** Short axis label, e.g. "13(a)" or "RAP 1". */
  label: string;
  /** Full name for tables and tooltips. */
  title: string;
  /**
   * False when the (current) cycle has no score here: every action of the norm is not applicable.
   * "Not scored" must never look like zero: the value is null, charts leave a gap there (no line
   * to the centre) and label the category `notScoredLabel`; tables print that label.
   */
  scored: boolean;
}

export interface ChartData {
  categories: ChartCategory[];
  series: ChartSeries[];
  /** What a chart or table says where a category has no score: "not scored". */
  notScoredLabel: string;
  /** Scale of the value axis. */
  min: 0;
  max: 100;
}

export interface SeriesLabels {
  current: string;
  target: string;
  previous: string;
  /** Default "not scored" (i18n). */
  notScored?: string;
}

/**
 * An earlier cycle's scores by norm and focus area. An `AssessmentScore` is one; so is
 * `previousFromProgress(score.progressToDate)`, the baseline scores behind progress to date.
 */
export interface PreviousScores {
  norms: readonly { normId: string; score: number | null }[];
  focusAreas: readonly { focusAreaId: string; score: number | null }[];
}

/** The baseline scores of a progress-to-date result, as a previous cycle for the charts. */
export function previousFromProgress(progress: ProgressToDate): PreviousScores {
  return {
    norms: progress.norms.map((n) => ({ normId: n.normId, score: n.baselineScore })),
    focusAreas: progress.focusAreas.map((f) => ({
      focusAreaId: f.focusAreaId,
      score: f.baselineScore,
    })),
  };
}

export interface SeriesOptions {
  labels: SeriesLabels;
  /** The previous cycle's scores; matched to this one by norm / focus area id. */
  previous?: PreviousScores | null;
  /** Short label of a norm on the radar axis; default "13(a)" from the norm letter. */
  normLabel?: (letter: string, normId: string) => string;
  /** Short label of a focus area; default "RAP <number>". */
  areaLabel?: (number: number, focusAreaId: string) => string;
}

const series = (id: SeriesId, label: string, values: (number | null)[]): ChartSeries => ({
  id,
  label,
  values,
  style: SERIES_STYLES[id],
});

/**
 * The radar of the norms (11 for the 2015 norms): current scores, the previous cycle's scores when
 * given, and target scores (the same order as the focus-area bars, so their tables read alike). A
 * norm the previous cycle did not have shows no previous value.
 */
export function normRadarSeries(score: AssessmentScore, options: SeriesOptions): ChartData {
  const { normLabel = defaultNormLabel } = options;
  const category = (n: { normId: string; letter: string; title: string }) =>
    [n.normId, normLabel(n.letter, n.normId), n.title] as const;
  const previous = options.previous?.norms.map((n) => [n.normId, n.score] as const);
  return scoreSeries(score.norms.map(category), score.norms, previous, options);
}

/** Bars by RAP focus area: current, previous cycle (when given) and target scores. */
export function focusAreaBarSeries(score: AssessmentScore, options: SeriesOptions): ChartData {
  const { areaLabel = (number) => `RAP ${number}` } = options;
  const category = (f: { focusAreaId: string; number: number; name: string }) =>
    [f.focusAreaId, areaLabel(f.number, f.focusAreaId), f.name] as const;
  const previous = options.previous?.focusAreas.map((f) => [f.focusAreaId, f.score] as const);
  return scoreSeries(score.focusAreas.map(category), score.focusAreas, previous, options);
}

/** The short reference of a norm on a chart's axis: "13(a)" (the paragraph of A/70/174). */
const defaultNormLabel = (letter: string) => `13(${letter})`;

/**
 * The series of a score chart (percent, 0–100): current, the previous cycle's when given (by
 * category key; a category the previous cycle did not have shows none), and target.
 * `categories`: key, axis label and title of each row of `scores` (the same order).
 */
function scoreSeries(
  categories: readonly (readonly [key: string, label: string, title: string])[],
  scores: readonly { score: number | null; targetScore: number | null }[],
  previousScores: readonly (readonly [string, number | null])[] | undefined,
  { labels }: SeriesOptions,
): ChartData {
  const rows = categories.map(([key, label, title], i) => ({
    key,
    label,
    title,
    score: scores[i]!.score,
    targetScore: scores[i]!.targetScore,
  }));
  const out = [
    series(
      'current',
      labels.current,
      rows.map((r) => r.score),
    ),
  ];
  if (previousScores) {
    const byKey = new Map(previousScores);
    out.push(
      series(
        'previous',
        labels.previous,
        rows.map((r) => byKey.get(r.key) ?? null),
      ),
    );
  }
  out.push(
    series(
      'target',
      labels.target,
      rows.map((r) => r.targetScore),
    ),
  );
  return {
    categories: rows.map(({ key, label, title, score }) => ({
      key,
      label,
      title,
      scored: score !== null,
    })),
    series: out,
    notScoredLabel: labels.notScored ?? t.compare.notScored,
    min: 0,
    max: 100,
  };
}

/** WCAG relative luminance of a "#rrggbb" colour (0 black … 1 white): how it prints in greyscale. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Looks of the regional chart's series: one per State, told apart by colour and by outline. */
const COLUMN_COLOURS = SAFE_COLOURS;
const POINTS: PointShape[] = ['circle', 'rect', 'triangle', 'rectRot'];

/** The style of the regional chart's i-th State: Okabe–Ito colours, then dashes, in turn. */
export function columnStyle(index: number): SeriesStyle {
  const color = COLUMN_COLOURS[index % COLUMN_COLOURS.length]!;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  return {
    color,
    fill: `rgba(${r}, ${g}, ${b}, 0.75)`,
    dash: Math.floor(index / COLUMN_COLOURS.length) % 2 === 0 ? [] : [4, 2],
    lineWidth: 1.5,
    point: POINTS[index % POINTS.length]!,
  };
}

/**
 * How many States the regional chart draws at most: as many as its palette has colours
 * (`SAFE_COLOURS`, 8). From the 9th on, colours repeat and only an outline tells two States apart,
 * which a reader cannot do across 60 bars; the table under the chart lists every State.
 */
export const REGION_CHART_MAX = SAFE_COLOURS.length;

/** The regional chart's data, and how many States it leaves out (listed only in the table). */
export interface RegionChartData extends ChartData {
  /** States of the view not drawn: those after the first `REGION_CHART_MAX` (0 when none). */
  omitted: number;
}

/**
 * The regional chart: norm scores side by side, one series per State (column of the regional
 * view), in the view's order (the order of the screen's list of States), for the first
 * `REGION_CHART_MAX` States only; `omitted` says how many more the view has (the screen and the PDF
 * say so under the chart, and their table lists them all). A State without a score for a norm
 * (every action not applicable) has null there: no bar, and the table says "not scored". A norm is
 * `scored` when at least one State drawn has a score for it.
 */
export function regionNormSeries(
  view: Pick<RegionalView, 'columns' | 'norms'>,
  options: {
    columnLabel: (column: RegionalView['columns'][number]) => string;
    normLabel?: (letter: string, normId: string) => string;
    notScored?: string;
  },
): RegionChartData {
  const { columnLabel, normLabel = defaultNormLabel } = options;
  const shown = view.columns.slice(0, REGION_CHART_MAX);
  return {
    categories: view.norms.map((r) => ({
      key: r.id,
      label: normLabel(r.label, r.id),
      title: r.title,
      scored: shown.some((_, i) => (r.values[i] ?? null) !== null),
    })),
    series: shown.map((c, i) => ({
      id: `column-${i}` as const,
      label: columnLabel(c),
      values: view.norms.map((r) => r.values[i] ?? null),
      style: columnStyle(i),
    })),
    omitted: view.columns.length - shown.length,
    notScoredLabel: options.notScored ?? t.compare.notScored,
    min: 0,
    max: 100,
  };
}
