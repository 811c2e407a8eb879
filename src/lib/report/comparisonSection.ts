import { shortName } from '../domain/names';
import type { ActionChange, ActionSide } from '../domain/compare';
import { formatChange, formatPercent, roundForDisplay } from '../domain/scoring';
import type { NormMove, Timeline } from '../domain/timeline';
import { t } from '../i18n';
import type { Texts } from '../i18n/catalogue';
import { figureLocale } from '../i18n/format';
import { OKABE_ITO, SAFE_COLOURS, type PointShape } from './chartSeries';
import type { Block, SectionBuilder } from './reportModel';

/**
 * The report section "Progress since the previous cycle", as plain blocks of reportModel.ts (no
 * PDF code), and the helpers the comparison screens share with it: deltas in words and the timeline
 * chart series (the Timeline screen draws them with chart.js; the report prints them as a table,
 * as its PDF writer draws radar and bar charts only). Every figure comes from the comparison or the
 * timeline (both from `scoreAssessment`); this file only formats.
 */

// ---------------------------------------------------------------------------------------------
// Deltas in words: an arrow and a word as well as the figure, so that no reader relies on colour.

export type Direction = 'up' | 'down' | 'same' | 'none';

export interface DeltaText {
  direction: Direction;
  /** ▲ ▼ = or empty: for screens only (aria-hidden there); the words carry the sign. */
  arrow: string;
  /** `formatChange`: "+8.3 pp", "−25.0 pp", "0.0 pp", or "not comparable". */
  words: string;
}

/**
 * A change of a score in words, the one wording of every change on screens, in the PDF and the
 * CSV: `formatChange` (sign and unit once, rounded like the scores), with the direction taken from
 * the rounded figure so that arrow, colour and words always agree. `locale`: the text's language;
 * `texts`: its words (default the screens' `t`; the report passes its own language's).
 */
export function describeDelta(delta: number | null, locale?: string, texts: Texts = t): DeltaText {
  if (delta === null || !Number.isFinite(delta))
    return { direction: 'none', arrow: '', words: texts.compare.notComparable };
  const words = formatChange(delta, {
    locale: figureLocale(locale),
    unit: texts.compare.changeUnit,
  });
  const rounded = roundForDisplay(delta, 1);
  if (rounded === 0) return { direction: 'same', arrow: '=', words };
  return rounded > 0
    ? { direction: 'up', arrow: '▲', words }
    : { direction: 'down', arrow: '▼', words };
}

/** The change as printed text (PDF, CSV): the words only, which already carry the sign. */
export const deltaLabel = (delta: number | null, locale?: string, texts: Texts = t): string =>
  describeDelta(delta, locale, texts).words;

// ---------------------------------------------------------------------------------------------
// Movers: the Timeline screen's lists of most improved and most regressed norms and actions.

/** One line of a list of movers: a norm's score or a practical action's status, before → after. */
export interface MoverLine {
  /** The norm's or the practical action's id (unique in its list). */
  key: string;
  /** Shown before the name: the norm's label ("Norm 13 a") or the practical action's id. */
  lead: string;
  /** Whether `lead` is an id (shown monospace). */
  leadIsId: boolean;
  /** The norm's title or the practical action's text (user or pack text). */
  name: string;
  /** Before → after in words (`compare.moveChange`): two scores or two statuses. */
  change: string;
  /** The change of score, 0–100 scale (null when not comparable): for `describeDelta`. */
  delta: number | null;
}

/**
 * A norm's move between two cycles as a mover line: its label, title and "40 % → 55 %" (scores
 * by `formatPercent`). `locale`: the figures' Intl locale (`figureLocale`; default English with
 * Latin digits, as `formatPercent`); `texts`: the words (default the screens' `t`).
 */
export function normMoverLine(move: NormMove, locale?: string, texts: Texts = t): MoverLine {
  const pct = (v: number) => formatPercent(v, locale === undefined ? {} : { locale });
  return {
    key: move.normId,
    lead: texts.common.norm(move.letter),
    leadIsId: false,
    name: move.title,
    change: texts.compare.moveChange(pct(move.from), pct(move.to)),
    delta: move.delta,
  };
}

/**
 * A practical action's change between two cycles as a mover line: its id, text and "Not started
 * → Fully implemented" (a side without an answer reads as unanswered). `texts`: the words.
 */
export function actionMoverLine(change: ActionChange, texts: Texts = t): MoverLine {
  const status = (side: ActionSide | null) => texts.compare.status[side?.status ?? 'unanswered'];
  return {
    key: change.itemId,
    lead: change.itemId,
    leadIsId: true,
    name: change.text,
    change: texts.compare.moveChange(status(change.older), status(change.newer)),
    delta: change.delta,
  };
}

// ---------------------------------------------------------------------------------------------
// Timeline series: one line for the overall score, one per norm.

export interface LineStyle {
  color: string;
  dash: number[];
  lineWidth: number;
  point: PointShape;
}

export interface TimelineLine {
  id: string;
  label: string;
  values: (number | null)[];
  style: LineStyle;
}

export interface TimelineChartData {
  /** Cycle labels (aliases), oldest first. */
  labels: string[];
  lines: TimelineLine[];
  min: 0;
  max: 100;
}

/** The first six safe colours (black is the overall line's, yellow is too light for a line). */
const PALETTE = SAFE_COLOURS.slice(0, 6);
const DASHES = [[], [6, 3], [2, 3], [10, 3, 2, 3]];
const POINTS: PointShape[] = ['circle', 'rect', 'triangle', 'rectRot'];

/**
 * Eleven norms need more looks than there are safe colours: colour, dash and point shape each cycle
 * with a different period (6, 4, 4), so no two of the first 12 lines share all three. The overall
 * line is black and thicker.
 */
export function lineStyle(index: number): LineStyle {
  return {
    color: PALETTE[index % PALETTE.length]!,
    dash: DASHES[Math.floor(index / 3) % DASHES.length]!,
    lineWidth: 1.5,
    point: POINTS[index % POINTS.length]!,
  };
}

/**
 * The timeline chart as plain data: one label per cycle and a line for the overall score and for
 * each norm (percent, null where not scored). Drawn by the timeline screen and the PDF alike.
 * `texts`: the words of the labels (default the screens' `t`; the report passes its own).
 */
export function timelineChartData(timeline: Timeline, texts: Texts = t): TimelineChartData {
  return {
    labels: timeline.points.map((p) => p.label),
    lines: [
      {
        id: 'overall',
        label: texts.compare.overall,
        values: timeline.overall.values,
        style: { color: OKABE_ITO.black, dash: [], lineWidth: 3, point: 'circle' },
      },
      ...timeline.norms.map((n, i) => ({
        id: n.id,
        label: n.letter ? texts.common.norm(n.letter) : n.title,
        values: n.values,
        style: lineStyle(i),
      })),
    ],
    min: 0,
    max: 100,
  };
}

// ---------------------------------------------------------------------------------------------
// The section (a `SectionBuilder` of reportModel.ts, registered there as "progress")

/** The PDF has room for this many cycles side by side in the timeline table (the latest ones). */
export const REPORT_TIMELINE_CYCLES = 6;

/**
 * "Progress since the previous cycle": which checklist versions and how comparable they are, the
 * per-norm and per-focus-area deltas, the regressions, and the scores of the last cycles (the
 * timeline's series as a table). The five most improved items are in the report's summary
 * (reportModel.ts), so they are not repeated here. Empty without a previous cycle.
 */
export const comparisonSection: SectionBuilder = (ctx) => {
  const previous = ctx.previous;
  if (!previous || ctx.options.blank) return [];
  const { comparison: c, timeline } = previous;
  const { texts, s } = ctx;
  const words = texts.compare;
  const delta = (d: number | null) => deltaLabel(d, ctx.locale, texts);
  const covered = new Set(ctx.norms.map((n) => n.id));
  const before = shortName(c.older.assessment);
  const after = shortName(c.newer.assessment);
  const cmp = c.comparability;
  /** A table of one row per norm, area or item: its label, the two cycles' values and the change. */
  const deltaTable = (
    head: string,
    widths: readonly [number, number, number, number],
    rows: readonly (readonly [string, string, string, number | null])[],
  ): Block => ({
    kind: 'table',
    columns: [head, before, after, words.colChange].map((header, i) => ({
      header,
      width: widths[i]!,
    })),
    rows: rows.map(([label, older, newer, d]) => [label, older, newer, delta(d)]),
  });
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: words.progressHeading, toc: true },
    {
      kind: 'keyValue',
      rows: [
        {
          key: words.overall,
          value: s.progressValue(
            ctx.pct(c.overall.older),
            ctx.pct(c.overall.newer),
            delta(c.overall.delta),
          ),
        },
        {
          key: words.versionsHeading,
          value: s.fromTo(
            words.packVersion(cmp.older.title, cmp.older.version),
            words.packVersion(cmp.newer.title, cmp.newer.version),
          ),
        },
        {
          key: words.colComparability,
          value: words.comparability(ctx.pct(cmp.percent), cmp.common, cmp.union),
        },
      ],
    },
    {
      kind: 'paragraph',
      style: 'small',
      text: `${cmp.samePack ? words.samePackNote : words.differentPackNote} ${words.deltaNote}`,
    },
    { kind: 'heading', level: 2, text: words.byNorm, toc: false },
    deltaTable(
      words.colNorm,
      [30, 9, 9, 16],
      c.norms
        .filter((n) => covered.has(n.id) || !n.inNewer)
        .map((n) => [s.normRow(n.letter, n.title), ctx.pct(n.older), ctx.pct(n.newer), n.delta]),
    ),
  ];
  if (!ctx.partial) {
    blocks.push(
      { kind: 'heading', level: 2, text: words.byArea, toc: false },
      deltaTable(
        words.colArea,
        [30, 9, 9, 16],
        c.focusAreas.map((f) => [
          s.areaRow(f.number, f.name),
          ctx.pct(f.older),
          ctx.pct(f.newer),
          f.delta,
        ]),
      ),
    );
  }

  const regressions = c.items.filter((i) => i.kind === 'regressed' && covered.has(i.normId));
  blocks.push({ kind: 'heading', level: 2, text: words.regressedItems, toc: false });
  blocks.push(
    regressions.length === 0
      ? { kind: 'paragraph', text: words.none }
      : deltaTable(
          words.colItem,
          [36, 12, 12, 14],
          regressions.map((i) => [
            s.actionRow(i.itemId, i.text),
            words.status[i.older?.status ?? 'unanswered'],
            words.status[i.newer?.status ?? 'unanswered'],
            i.delta,
          ]),
        ),
  );

  if (timeline && timeline.points.length > 1) {
    const chart = timelineChartData(timeline, texts);
    const from = Math.max(0, chart.labels.length - REPORT_TIMELINE_CYCLES);
    const labels = chart.labels.slice(from);
    blocks.push(
      { kind: 'heading', level: 2, text: words.chartCaption, toc: false },
      {
        kind: 'table',
        columns: [
          { header: words.colSeries, width: 20 },
          ...labels.map((label) => ({ header: label, width: 8 })),
        ],
        rows: chart.lines
          .filter((line) => line.id === 'overall' || covered.has(line.id))
          .map((line) => [line.label, ...line.values.slice(from).map((v) => ctx.pct(v))]),
      },
    );
  }
  return blocks;
};
