import {
  compareAssessments,
  compareCycleOrder,
  rankActionChanges,
  type Comparison,
  type Cycle,
  type ActionChange,
  type PackRef,
} from './compare';
import { distinctShortNames, shortName } from './names';
import { snapPercent } from './scoring';

/**
 * A State's progress over time: every cycle on one time axis (overall score and each norm's score),
 * the norms and items that moved most, and the areas of concern. Pure; every figure is a score from
 * `scoreAssessment` (carried in each `Cycle`) or a difference of two such scores.
 */

/** A norm whose latest score is below this (0–100) is a concern: Initial or Developing band. */
export const CONCERN_THRESHOLD = 40;

/** How many norms / items the "most improved / most regressed" lists hold. */
export const TOP_N = 5;

export interface TimelinePoint {
  assessmentId: string;
  /** The cycle's short label for the chart axis ("2026"); the title when the alias is empty. */
  label: string;
  alias: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  pack: PackRef;
}

export interface TimelineSeries {
  /** "overall" or a norm id. */
  id: string;
  letter: string | null;
  title: string;
  /** One value per point (0–100); null where the cycle has no score for it. */
  values: (number | null)[];
}

export interface NormMove {
  normId: string;
  letter: string;
  title: string;
  from: number;
  to: number;
  /** to − from, 0–100 scale. */
  delta: number;
}

export interface Span {
  from: TimelinePoint;
  to: TimelinePoint;
  comparison: Comparison;
  improvedNorms: NormMove[];
  regressedNorms: NormMove[];
  improvedActions: ActionChange[];
  regressedActions: ActionChange[];
}

export type ConcernReason = 'low' | 'falling';

export interface Concern {
  normId: string;
  letter: string;
  title: string;
  /** Latest score, 0–100 (null when the latest cycle has no applicable item for the norm). */
  score: number | null;
  /** Change over the last two cycles; null with one cycle or no figure. */
  delta: number | null;
  reasons: ConcernReason[];
}

export interface Timeline {
  /** Cycles, oldest first. */
  points: TimelinePoint[];
  overall: TimelineSeries;
  /** One series per norm seen in any cycle, in the latest pack's order, then older-only norms. */
  norms: TimelineSeries[];
  /** First cycle to the latest; null with fewer than two cycles. */
  sinceFirst: Span | null;
  /** The previous cycle to the latest; null with fewer than two cycles. */
  sinceLast: Span | null;
  concerns: Concern[];
}

const pointOf = (c: Cycle): TimelinePoint => ({
  assessmentId: c.assessment.id,
  label: shortName(c.assessment),
  alias: c.assessment.alias,
  title: c.assessment.title,
  periodStart: c.assessment.periodStart,
  periodEnd: c.assessment.periodEnd,
  pack: { id: c.pack.id, version: c.pack.version, title: c.pack.title },
});

function normMoves(comparison: Comparison, direction: 'improved' | 'regressed'): NormMove[] {
  const sign = direction === 'improved' ? 1 : -1;
  return comparison.norms
    .filter((n) => n.delta !== null && sign * snapPercent(n.delta) > 0)
    .map((n) => ({
      normId: n.id,
      letter: n.letter,
      title: n.title,
      from: n.older!,
      to: n.newer!,
      delta: n.delta!,
    }))
    .sort((a, b) => sign * (b.delta - a.delta) || a.letter.localeCompare(b.letter))
    .slice(0, TOP_N);
}

/** `fromPoint`/`toPoint`: the cycles' points, so that a span names them as the columns do. */
function span(from: Cycle, to: Cycle, fromPoint: TimelinePoint, toPoint: TimelinePoint): Span {
  const comparison = compareAssessments({ older: from, newer: to });
  return {
    from: fromPoint,
    to: toPoint,
    comparison,
    improvedNorms: normMoves(comparison, 'improved'),
    regressedNorms: normMoves(comparison, 'regressed'),
    improvedActions: rankActionChanges(comparison.items, 'improved', TOP_N),
    regressedActions: rankActionChanges(comparison.items, 'regressed', TOP_N),
  };
}

/**
 * Builds the timeline of a State's cycles (in any order; sorted here by period, see
 * `compareCycleOrder`). Two comparisons are made at most, so the cost grows with the number of
 * cycles only through the series: a 20-cycle timeline of the bundled pack takes about a millisecond.
 */
export function buildTimeline(cycles: readonly Cycle[]): Timeline {
  const sorted = [...cycles].sort((a, b) => compareCycleOrder(a.assessment, b.assessment));
  // Column heads told apart: two cycles of one year would both read "2024".
  const labels = distinctShortNames(sorted.map((c) => c.assessment));
  const points = sorted.map((c, i) => ({ ...pointOf(c), label: labels[i]! }));

  // Norm rows: the latest pack's norms in its order, then norms only older cycles had.
  const normMeta = new Map<string, { letter: string; title: string }>();
  for (const c of [...sorted].reverse()) {
    for (const n of c.score.norms) {
      if (!normMeta.has(n.normId)) normMeta.set(n.normId, { letter: n.letter, title: n.title });
    }
  }
  const normScores = sorted.map((c) => new Map(c.score.norms.map((n) => [n.normId, n.score])));
  const norms: TimelineSeries[] = [...normMeta].map(([id, meta]) => ({
    id,
    letter: meta.letter,
    title: meta.title,
    values: normScores.map((m) => m.get(id) ?? null),
  }));
  const overall: TimelineSeries = {
    id: 'overall',
    letter: null,
    title: 'overall',
    values: sorted.map((c) => c.score.overall.score),
  };

  const n = sorted.length;
  const last = sorted[n - 1];
  const sinceFirst = n >= 2 ? span(sorted[0]!, last!, points[0]!, points[n - 1]!) : null;
  const sinceLast =
    n >= 2
      ? n === 2
        ? sinceFirst
        : span(sorted[n - 2]!, last!, points[n - 2]!, points[n - 1]!)
      : null;

  // Concerns: a norm still low in the latest cycle, or falling over the last two cycles.
  const concerns: Concern[] = [];
  if (last) {
    const lastDeltas = new Map(sinceLast?.comparison.norms.map((d) => [d.id, d.delta]) ?? []);
    for (const norm of last.score.norms) {
      const delta = lastDeltas.get(norm.normId) ?? null;
      const reasons: ConcernReason[] = [];
      // Snapped, so that floating-point noise neither makes 40 "low" nor an equal score "falling".
      if (norm.score !== null && snapPercent(norm.score) < CONCERN_THRESHOLD) reasons.push('low');
      if (delta !== null && snapPercent(delta) < 0) reasons.push('falling');
      if (reasons.length === 0) continue;
      concerns.push({
        normId: norm.normId,
        letter: norm.letter,
        title: norm.title,
        score: norm.score,
        delta,
        reasons,
      });
    }
  }

  return { points, overall, norms, sinceFirst, sinceLast, concerns };
}

/**
 * The spans the timeline screen details, in order: since the last cycle, then since the first
 * when that is a different span (with two cycles both are the same span, shown once). Empty with
 * fewer than two cycles.
 */
export function timelineSpans(
  timeline: Pick<Timeline, 'sinceFirst' | 'sinceLast'>,
): { id: 'last' | 'first'; span: Span }[] {
  const { sinceLast, sinceFirst } = timeline;
  if (!sinceLast) return [];
  const spans: { id: 'last' | 'first'; span: Span }[] = [{ id: 'last', span: sinceLast }];
  if (sinceFirst && sinceFirst !== sinceLast) spans.push({ id: 'first', span: sinceFirst });
  return spans;
}
