import type { Action, ChecklistPack } from '../schema/pack';
import type {
  Answer,
  AnswerStatus,
  ImplementationStatus,
  NormAnswer,
  Priority,
} from '../schema/assessment';
import { activeActions } from './pack';

/**
 * Scoring: the single source of every figure the dashboard, the PDF report, the CSV export and the
 * cycle comparisons show. Pure: plain data in, plain data out. The method is written out for readers
 * in docs/scoring-method.md; keep the two in step (and bump SCORING_METHOD_VERSION when a figure
 * would change).
 *
 * Units. Scores, target scores, percent-to-target and progress-to-date are percentages on a 0–100
 * scale (progress-to-date may fall below 0 or rise above 100). `completeness.ratio` is the one
 * fraction (0–1); `completeness.percent` is the same figure as a percentage.
 *
 * Rounding. Every figure is kept at full floating-point precision inside this module and in the
 * returned data; nothing is rounded before it is summed, averaged or compared. Figures are rounded
 * only for display, and only by `formatPercent`. To keep floating-point noise (79.99999999999999
 * for what is exactly 80) out of decisions, `snapPercent` first snaps a value to the nearest
 * millionth of a percentage point; both `bandFor` and `formatPercent` work on the snapped value.
 * `formatPercent` then rounds toward zero (truncates) to the requested number of decimals (whole
 * numbers by default) and formats with `Intl.NumberFormat` (style "unit", unit "percent"), so the
 * locale decides the digits, separators and spacing. Truncation means a displayed figure never
 * overstates what was achieved (99.9 % reads "99 %", never "100 %"), and a whole-number display
 * always agrees with the maturity band (band thresholds are whole numbers: 79.9 reads "79 %" and is
 * Managed, 80 reads "80 %" and is Embedded).
 */

/** Changes whenever the method would change a figure; printed in reports next to the scores. */
export const SCORING_METHOD_VERSION = '1';

/** Points per implementation status: equal steps from 0 to 1. */
export const STATUS_POINTS: Readonly<Record<ImplementationStatus, number>> = {
  'not-started': 0,
  planned: 0.25,
  'in-progress': 0.5,
  largely: 0.75,
  fully: 1,
};

/** Points of a status on the implementation scale (0–1). */
export const statusPoints = (status: ImplementationStatus): number => STATUS_POINTS[status];

/** The target status when an answer does not name one. */
export const DEFAULT_TARGET: ImplementationStatus = 'fully';

export const MATURITY_BAND_IDS = [
  'initial',
  'developing',
  'defined',
  'managed',
  'embedded',
] as const;
export type MaturityBand = (typeof MATURITY_BAND_IDS)[number];

/**
 * The five maturity bands, lowest first. A score is in the last band whose `min` it reaches:
 * Initial [0, 20), Developing [20, 40), Defined [40, 60), Managed [60, 80), Embedded [80, 100].
 */
export const MATURITY_BANDS: readonly { id: MaturityBand; min: number }[] = [
  { id: 'initial', min: 0 },
  { id: 'developing', min: 20 },
  { id: 'defined', min: 40 },
  { id: 'managed', min: 60 },
  { id: 'embedded', min: 80 },
];

/** Snaps a percentage to the nearest millionth of a point, removing floating-point noise. */
export const snapPercent = (value: number): number => Math.round(value * 1e6) / 1e6;

/** The maturity band of a score (0–100), or null when there is no score. */
export function bandFor(score: number | null): MaturityBand | null {
  if (score === null || Number.isNaN(score)) return null;
  const snapped = snapPercent(score);
  let band: MaturityBand = 'initial';
  for (const b of MATURITY_BANDS) if (snapped >= b.min) band = b.id;
  return band;
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(
  locale: string | string[] | undefined,
  digits: number,
  unit: 'percent' | null,
): Intl.NumberFormat {
  const key = `${String(locale)}|${digits}|${unit}`;
  let nf = formatters.get(key);
  if (!nf) {
    // Digits follow the locale's own `-u-nu-` extension when the caller gives one (the figure
    // locale of the text's language, src/lib/i18n/format.ts); otherwise Latin digits, never the
    // runtime's: a Burmese-locale browser must not print Myanmar digits into English text or a PDF.
    const tag = Array.isArray(locale) ? locale[0] : locale;
    let numberingSystem = 'latn';
    try {
      numberingSystem = (tag && new Intl.Locale(tag).numberingSystem) || 'latn';
    } catch {
      // An invalid tag: Intl.NumberFormat below reports it.
    }
    nf = new Intl.NumberFormat(locale ?? 'en', {
      ...(unit ? { style: 'unit', unit } : {}),
      numberingSystem,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: 'never',
    });
    formatters.set(key, nf);
  }
  return nf;
}

/**
 * The one display rounding of scores and changes: snap, then round toward zero to `digits`
 * decimals (0–3). Returns the rounded number (never −0).
 */
export function roundForDisplay(value: number, digits: number): number {
  const d = Math.min(3, Math.max(0, Math.trunc(digits)));
  const scale = 10 ** d;
  const scaled = snapPercent(value) * scale;
  // The snapped value has at most 6 decimals, so a tiny nudge only absorbs multiplication noise.
  const truncated = Math.trunc(scaled + Math.sign(scaled) * 1e-7) / scale;
  return truncated === 0 ? 0 : truncated;
}

/**
 * Formats a percentage (0–100 scale) for display: the only place where scores are rounded. Rounds
 * toward zero to `digits` decimals (0–3, default 0); `null` (no figure) gives `empty`. `locale`:
 * the figure locale of the text's language (`figureLocale()` of src/lib/i18n/format.ts); without
 * one, English with Latin digits.
 */
export function formatPercent(
  value: number | null | undefined,
  options: { locale?: string | string[]; digits?: number; empty?: string } = {},
): string {
  const { locale, digits = 0, empty = '—' } = options;
  if (value === null || value === undefined || !Number.isFinite(value)) return empty;
  const d = Math.min(3, Math.max(0, Math.trunc(digits)));
  const rounded = roundForDisplay(value, d);
  const text = numberFormat(locale, d, 'percent').format(Math.abs(rounded));
  return rounded < 0 ? `\u2212${text}` : text;
}

/**
 * Formats a change of a score (newer − older, in percentage points) for display: the sign and the
 * unit said once, e.g. "+6.0 pp", "−2.5 pp" (a real minus sign, U+2212), "0.0 pp". Rounded like
 * `formatPercent` (toward zero, `digits` decimals, default 1: a change of 0.4 points must not read
 * "0"). `null` (not comparable) gives `empty`. `unit` is the i18n layer's word for percentage points.
 */
export function formatChange(
  delta: number | null | undefined,
  options: { locale?: string | string[]; digits?: number; empty?: string; unit?: string } = {},
): string {
  const { locale, digits = 1, empty = '—', unit = 'pp' } = options;
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return empty;
  const d = Math.min(3, Math.max(0, Math.trunc(digits)));
  const rounded = roundForDisplay(delta, d);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '\u2212' : '';
  return `${sign}${numberFormat(locale, d, null).format(Math.abs(rounded))}\u00a0${unit}`;
}

// ---------------------------------------------------------------------------------------------
// Result types (plain data)

/** How much of a set of items has been answered. Not applicable counts as answered. */
export interface Completeness {
  /** Items with a status, not applicable included. */
  answered: number;
  unanswered: number;
  /** Items that count in the score: total − notApplicable (unanswered items included). */
  applicable: number;
  notApplicable: number;
  total: number;
  /** answered / total (0–1); null when there are no items. */
  ratio: number | null;
  /** The same as a percentage (0–100). */
  percent: number | null;
}

/** Weighted sums over the applicable items of a set (unanswered items included, at 0 points). */
export interface Totals {
  /** Σ weight. */
  weight: number;
  /** Σ weight × points. */
  points: number;
  /** Σ weight × target points. */
  target: number;
  /** Σ weight × min(points, target points): achievement counted up to the target only. */
  achieved: number;
  /** Σ item gaps. */
  gap: number;
}

/** The figures shared by the overall, per-norm and per-focus-area results. */
export interface ScoreFigures {
  /** Weighted score, 0–100; null when no item is applicable. */
  score: number | null;
  /** The score the targets would give, 0–100; null when no item is applicable. */
  targetScore: number | null;
  /** Achievement (up to target) over target, 0–100; null when there is no target or no item. */
  percentToTarget: number | null;
  band: MaturityBand | null;
  completeness: Completeness;
}

export interface ActionScore {
  itemId: string;
  normId: string;
  focusAreaIds: readonly string[];
  text: string;
  weight: number;
  /** The answer's status; null when unanswered. */
  status: AnswerStatus | null;
  answered: boolean;
  /** False only for not applicable. */
  applicable: boolean;
  /** 0–1; 0 when unanswered; null when not applicable. */
  points: number | null;
  targetStatus: ImplementationStatus;
  /** 0–1; null when not applicable. */
  targetPoints: number | null;
  /** max(0, targetPoints − points) × weight; 0 when not applicable. */
  gap: number;
  priority: Priority | null;
  targetDate: string | null;
  leadAgency: string;
}

export interface NormScore extends ScoreFigures {
  normId: string;
  letter: string;
  title: string;
  totals: Totals;
  /** The norm's active items, in pack order. */
  items: ActionScore[];
}

export interface FocusAreaScore extends ScoreFigures {
  focusAreaId: string;
  number: number;
  name: string;
  totals: Totals;
  /** Ids of the active items mapped to this area, in pack order. */
  itemIds: string[];
}

export interface OverallScore extends ScoreFigures {
  /** Norms that have at least one applicable item: the norms the overall score averages. */
  normsScored: number;
  /** Mean over the same norms of the per-norm achievement (up to target), 0–100. */
  achievedScore: number | null;
}

export interface NotApplicableAction {
  itemId: string;
  normId: string;
  focusAreaIds: readonly string[];
  text: string;
  justification: string;
}

export interface GapAction {
  /** 1-based position in the ranked list. */
  rank: number;
  itemId: string;
  normId: string;
  normLetter: string;
  focusAreaIds: readonly string[];
  text: string;
  leadAgency: string;
  status: AnswerStatus | null;
  targetStatus: ImplementationStatus;
  targetDate: string | null;
  priority: Priority | null;
  weight: number;
  points: number;
  targetPoints: number;
  gap: number;
}

export interface CapacityNeed {
  normId: string;
  letter: string;
  title: string;
  capacityNeeds: string;
  challenges: string;
}

export interface Progress {
  baselineScore: number | null;
  currentScore: number | null;
  targetScore: number | null;
  /** (current − baseline) / (target − baseline), 0–100 scale; null when target equals baseline. */
  percent: number | null;
}

export interface ProgressToDate {
  overall: Progress;
  norms: (Progress & { normId: string })[];
  focusAreas: (Progress & { focusAreaId: string })[];
}

export interface AssessmentScore {
  methodVersion: string;
  overall: OverallScore;
  /** In pack order, every norm (a norm without applicable items has null figures). */
  norms: NormScore[];
  /** In pack order. */
  focusAreas: FocusAreaScore[];
  /**
   * Active items mapped to no focus area (an official pack may not map its items): they count in
   * their norm and overall, in no focus-area score; the dashboard and report say how many.
   */
  unmappedItems: number;
  /** Every active item, in pack order. */
  items: ActionScore[];
  notApplicable: NotApplicableAction[];
  /** Items short of their target, ranked (see `compareGaps`). */
  gaps: GapAction[];
  capacityNeeds: CapacityNeed[];
  /** Only when a baseline cycle is given. */
  progressToDate: ProgressToDate | null;
}

export interface ScoreInput {
  pack: ChecklistPack;
  /** Answers of the assessment; answers to items that are not active in the pack are ignored. */
  answers: readonly Answer[];
  normAnswers?: readonly NormAnswer[];
  /** An earlier cycle to measure progress from, scored against the same pack. */
  baseline?: { answers: readonly Answer[] } | null;
}

// ---------------------------------------------------------------------------------------------
// Computation

interface Acc {
  weight: number;
  points: number;
  target: number;
  achieved: number;
  gap: number;
  answered: number;
  notApplicable: number;
  total: number;
}

const newAcc = (): Acc => ({
  weight: 0,
  points: 0,
  target: 0,
  achieved: 0,
  gap: 0,
  answered: 0,
  notApplicable: 0,
  total: 0,
});

function addItem(acc: Acc, item: ActionScore): void {
  acc.total += 1;
  if (item.answered) acc.answered += 1;
  if (!item.applicable || item.points === null || item.targetPoints === null) {
    acc.notApplicable += 1;
    return;
  }
  acc.weight += item.weight;
  acc.points += item.weight * item.points;
  acc.target += item.weight * item.targetPoints;
  acc.achieved += item.weight * Math.min(item.points, item.targetPoints);
  acc.gap += item.gap;
}

function completenessOf(acc: Acc): Completeness {
  const ratio = acc.total > 0 ? acc.answered / acc.total : null;
  return {
    answered: acc.answered,
    unanswered: acc.total - acc.answered,
    applicable: acc.total - acc.notApplicable,
    notApplicable: acc.notApplicable,
    total: acc.total,
    ratio,
    percent: ratio === null ? null : ratio * 100,
  };
}

function figuresOf(acc: Acc): ScoreFigures & { totals: Totals } {
  const has = acc.weight > 0;
  const score = has ? (acc.points / acc.weight) * 100 : null;
  return {
    score,
    targetScore: has ? (acc.target / acc.weight) * 100 : null,
    percentToTarget: has && acc.target > 0 ? (acc.achieved / acc.target) * 100 : null,
    band: bandFor(score),
    completeness: completenessOf(acc),
    totals: {
      weight: acc.weight,
      points: acc.points,
      target: acc.target,
      achieved: acc.achieved,
      gap: acc.gap,
    },
  };
}

/**
 * Finds the answer for each active action. With `followReplaces` (used for a baseline cycle that
 * may have been answered on an earlier pack version), an action without a direct answer takes the
 * answer of the first action it `replaces` that has one.
 */
function answerLookup(
  actions: readonly Action[],
  answers: readonly Answer[],
  followReplaces: boolean,
): (action: Action) => Answer | undefined {
  const byId = new Map<string, Answer>();
  for (const a of answers) byId.set(a.itemId, a);
  return (action) => {
    const direct = byId.get(action.id);
    if (direct || !followReplaces || !action.replaces) return direct;
    for (const old of action.replaces) {
      const found = byId.get(old);
      if (found) return found;
    }
    return undefined;
  };
}

function scoreAction(action: Action, answer: Answer | undefined): ActionScore {
  const status = answer?.status ?? null;
  const targetStatus = answer?.targetStatus ?? DEFAULT_TARGET;
  const applicable = status !== 'not-applicable';
  const points = !applicable ? null : status === null ? 0 : statusPoints(status);
  const targetPoints = applicable ? statusPoints(targetStatus) : null;
  const gap =
    points === null || targetPoints === null
      ? 0
      : Math.max(0, targetPoints - points) * action.weight;
  return {
    itemId: action.id,
    normId: action.normId,
    focusAreaIds: action.focusAreaIds,
    text: action.text,
    weight: action.weight,
    status,
    answered: status !== null,
    applicable,
    points,
    targetStatus,
    targetPoints,
    gap,
    priority: answer?.priority ?? null,
    targetDate: answer?.targetDate ?? null,
    leadAgency: answer?.leadAgency ?? '',
  };
}

const PRIORITY_RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };
const GAP_TOLERANCE = 1e-9;

/**
 * Order of the gap list: weighted gap, largest first; then priority (high, medium, low, none); then
 * target date, earliest first, items without a date last; then item id.
 */
export function compareGaps(
  a: Pick<GapAction, 'gap' | 'priority' | 'targetDate' | 'itemId'>,
  b: Pick<GapAction, 'gap' | 'priority' | 'targetDate' | 'itemId'>,
): number {
  if (Math.abs(a.gap - b.gap) > GAP_TOLERANCE) return b.gap - a.gap;
  const pa = a.priority ? PRIORITY_RANK[a.priority] : 3;
  const pb = b.priority ? PRIORITY_RANK[b.priority] : 3;
  if (pa !== pb) return pa - pb;
  if (a.targetDate !== b.targetDate) {
    if (a.targetDate === null) return 1;
    if (b.targetDate === null) return -1;
    return a.targetDate < b.targetDate ? -1 : 1;
  }
  return a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
}

interface Scored {
  items: ActionScore[];
  norms: NormScore[];
  focusAreas: FocusAreaScore[];
  overall: OverallScore;
}

/** Scores one set of answers against the pack's active actions: items, norms, areas, overall. */
function scoreCore(
  pack: ChecklistPack,
  answers: readonly Answer[],
  followReplaces: boolean,
): Scored {
  const actions = activeActions(pack);
  const lookup = answerLookup(actions, answers, followReplaces);

  const normAcc = new Map<string, { acc: Acc; items: ActionScore[] }>();
  for (const n of pack.norms) normAcc.set(n.id, { acc: newAcc(), items: [] });
  const areaAcc = new Map<string, { acc: Acc; itemIds: string[] }>();
  for (const f of pack.focusAreas) areaAcc.set(f.id, { acc: newAcc(), itemIds: [] });
  const all = newAcc();

  const items: ActionScore[] = [];
  for (const action of actions) {
    const item = scoreAction(action, lookup(action));
    items.push(item);
    addItem(all, item);
    const norm = normAcc.get(action.normId);
    if (norm) {
      addItem(norm.acc, item);
      norm.items.push(item);
    }
    // An item mapped to several focus areas counts in each of them (listed once per area).
    for (const areaId of new Set(action.focusAreaIds)) {
      const area = areaAcc.get(areaId);
      if (!area) continue;
      addItem(area.acc, item);
      area.itemIds.push(item.itemId);
    }
  }

  const norms: NormScore[] = pack.norms.map((n) => {
    const { acc, items: normItems } = normAcc.get(n.id)!;
    return { normId: n.id, letter: n.letter, title: n.title, ...figuresOf(acc), items: normItems };
  });

  const focusAreas: FocusAreaScore[] = pack.focusAreas.map((f) => {
    const { acc, itemIds } = areaAcc.get(f.id)!;
    return { focusAreaId: f.id, number: f.number, name: f.name, ...figuresOf(acc), itemIds };
  });

  // Overall: the plain mean over the norms that have an applicable item, so that a norm with many
  // actions weighs no more than a norm with few.
  const scoredNorms = norms.filter((n) => n.score !== null);
  const mean = (pick: (n: NormScore) => number) =>
    scoredNorms.length > 0
      ? scoredNorms.reduce((sum, n) => sum + pick(n), 0) / scoredNorms.length
      : null;
  const score = mean((n) => n.score!);
  const targetScore = mean((n) => n.targetScore!);
  const achievedScore = mean((n) => (n.totals.achieved / n.totals.weight) * 100);
  const overall: OverallScore = {
    score,
    targetScore,
    achievedScore,
    percentToTarget:
      achievedScore !== null && targetScore !== null && targetScore > 0
        ? (achievedScore / targetScore) * 100
        : null,
    band: bandFor(score),
    completeness: completenessOf(all),
    normsScored: scoredNorms.length,
  };

  return { items, norms, focusAreas, overall };
}

/** (current − baseline) / (target − baseline) as a percentage; null when it cannot be computed. */
export function progressPercent(
  baselineScore: number | null,
  currentScore: number | null,
  targetScore: number | null,
): number | null {
  if (baselineScore === null || currentScore === null || targetScore === null) return null;
  const span = targetScore - baselineScore;
  if (snapPercent(span) === 0) return null;
  return ((currentScore - baselineScore) / span) * 100;
}

const progress = (baseline: ScoreFigures | undefined, current: ScoreFigures): Progress => {
  const baselineScore = baseline?.score ?? null;
  return {
    baselineScore,
    currentScore: current.score,
    targetScore: current.targetScore,
    percent: progressPercent(baselineScore, current.score, current.targetScore),
  };
};

/** Scores an assessment: every figure the app shows comes from here. O(items × areas per item). */
export function scoreAssessment(input: ScoreInput): AssessmentScore {
  const { pack, answers, normAnswers = [], baseline } = input;
  const current = scoreCore(pack, answers, false);

  const notApplicable: NotApplicableAction[] = [];
  const gapItems: Omit<GapAction, 'rank'>[] = [];
  const letterOf = new Map(pack.norms.map((n) => [n.id, n.letter]));
  const answerByItem = new Map<string, Answer>();
  for (const a of answers) answerByItem.set(a.itemId, a);

  for (const item of current.items) {
    if (!item.applicable) {
      notApplicable.push({
        itemId: item.itemId,
        normId: item.normId,
        focusAreaIds: item.focusAreaIds,
        text: item.text,
        justification: answerByItem.get(item.itemId)?.naJustification ?? '',
      });
    } else if (item.gap > 0 && item.points !== null && item.targetPoints !== null) {
      gapItems.push({
        itemId: item.itemId,
        normId: item.normId,
        normLetter: letterOf.get(item.normId) ?? '',
        focusAreaIds: item.focusAreaIds,
        text: item.text,
        leadAgency: item.leadAgency,
        status: item.status,
        targetStatus: item.targetStatus,
        targetDate: item.targetDate,
        priority: item.priority,
        weight: item.weight,
        points: item.points,
        targetPoints: item.targetPoints,
        gap: item.gap,
      });
    }
  }
  gapItems.sort(compareGaps);
  const gaps: GapAction[] = gapItems.map((g, i) => ({ rank: i + 1, ...g }));

  const normAnswerById = new Map<string, NormAnswer>();
  for (const na of normAnswers) normAnswerById.set(na.normId, na);
  const capacityNeeds: CapacityNeed[] = [];
  for (const n of pack.norms) {
    const na = normAnswerById.get(n.id);
    if (!na) continue;
    if (na.capacityNeeds.trim() === '' && na.challenges.trim() === '') continue;
    capacityNeeds.push({
      normId: n.id,
      letter: n.letter,
      title: n.title,
      capacityNeeds: na.capacityNeeds,
      challenges: na.challenges,
    });
  }

  let progressToDate: ProgressToDate | null = null;
  if (baseline) {
    const base = scoreCore(pack, baseline.answers, true);
    progressToDate = {
      overall: progress(base.overall, current.overall),
      norms: current.norms.map((n, i) => ({ normId: n.normId, ...progress(base.norms[i], n) })),
      focusAreas: current.focusAreas.map((f, i) => ({
        focusAreaId: f.focusAreaId,
        ...progress(base.focusAreas[i], f),
      })),
    };
  }

  return {
    methodVersion: SCORING_METHOD_VERSION,
    overall: current.overall,
    norms: current.norms,
    focusAreas: current.focusAreas,
    unmappedItems: current.items.filter((i) => i.focusAreaIds.length === 0).length,
    items: current.items,
    notApplicable,
    gaps,
    capacityNeeds,
    progressToDate,
  };
}
