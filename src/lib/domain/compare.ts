import type { Answer, AnswerStatus, Assessment, Evidence } from '../schema/assessment';
import type { ChecklistPack } from '../schema/pack';
import { activeActions } from './pack';
import { resolveActionId, type ResolvedAction } from './packVersions';
import type { AssessmentScore, ActionScore, ScoreFigures } from './scoring';

/**
 * Comparison of two assessments (cycles), usually the last two cycles of one State. Pure: plain data
 * in, plain data out, no storage and no UI.
 *
 * Every figure compared here comes from `scoreAssessment` (domain/scoring.ts): a delta is the
 * difference of two scores that scoring computed, never a score recomputed here. Answers are read
 * only for what scoring does not carry: evidence and notes, shown side by side.
 *
 * Item identity across checklist versions goes through `resolveActionId` (domain/packVersions.ts):
 * an item of the older cycle is matched to the newer pack's item that has its id, or to the item
 * that `replaces` it (followed through chains). An older item that the newer pack retired (or never
 * heard of) is a "retired item"; an item only in the newer pack is a "new item".
 */

/** One cycle as the comparisons need it: the record, its pack version, its answers, its score. */
export interface Cycle {
  assessment: Assessment;
  pack: ChecklistPack;
  answers: readonly Answer[];
  /** `scoreAssessment({ pack, answers, normAnswers })` of this cycle. */
  score: AssessmentScore;
}

/**
 * How one item changed between the older and the newer cycle.
 * - improved / regressed / unchanged: compared by the item's points in each score (an unanswered
 *   item has 0 points, as in scoring, so "unanswered" → "not started" is unchanged);
 * - newly-na: applicable before, not applicable now;
 * - applicable-again: not applicable before, applicable now (its points are not comparable);
 * - new-item: only the newer pack has it; retired-item: the newer pack retired or dropped it.
 */
export const CHANGE_KINDS = [
  'improved',
  'regressed',
  'unchanged',
  'newly-na',
  'applicable-again',
  'new-item',
  'retired-item',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ActionSide {
  itemId: string;
  text: string;
  status: AnswerStatus | null;
  /** 0–1 as in `ActionScore.points`; null when not applicable. */
  points: number | null;
  evidence: Evidence;
  notes: string;
  naJustification: string;
}

export interface ActionChange {
  kind: ChangeKind;
  /** The newer pack's item id; the older id for a retired item. */
  itemId: string;
  normId: string;
  focusAreaIds: readonly string[];
  /** Wording of the newer item (of the older one for a retired item). */
  text: string;
  older: ActionSide | null;
  newer: ActionSide | null;
  /**
   * Other older items that the newer pack also merged into this one (two actions replaced by one).
   * `older` is the predecessor whose answer carries over (see `pickPredecessor`).
   */
  alsoReplaces: string[];
  /** Newer points − older points, on the 0–100 scale; null unless both are applicable. */
  delta: number | null;
  /** Whether the evidence (text, links, date) or notes differ between the two sides. */
  textChanged: boolean;
}

export interface FigureDelta {
  id: string;
  /** Present in the older / newer pack. */
  inOlder: boolean;
  inNewer: boolean;
  older: number | null;
  newer: number | null;
  /** newer − older, on the 0–100 scale; null when either is missing. */
  delta: number | null;
}

export interface NormDelta extends FigureDelta {
  letter: string;
  title: string;
}

export interface FocusAreaDelta extends FigureDelta {
  number: number;
  name: string;
}

export interface PackRef {
  id: string;
  version: string;
  title: string;
}

export interface Comparability {
  older: PackRef;
  newer: PackRef;
  samePack: boolean;
  /** Items of the newer pack matched to an item of the older one. */
  common: number;
  /** Items in either pack, an item and its predecessor counted once. */
  union: number;
  /** common / union, 0–100; 100 when both use the same pack version. Null for two empty packs. */
  percent: number | null;
}

export interface Comparison {
  older: { assessment: Assessment; pack: PackRef };
  newer: { assessment: Assessment; pack: PackRef };
  overall: FigureDelta;
  norms: NormDelta[];
  focusAreas: FocusAreaDelta[];
  /** In the newer pack's order, then retired items in the older pack's order. */
  items: ActionChange[];
  counts: Record<ChangeKind, number>;
  comparability: Comparability;
}

// ---------------------------------------------------------------------------------------------

const packRef = (pack: ChecklistPack): PackRef => ({
  id: pack.id,
  version: pack.version,
  title: pack.title,
});

/**
 * `resolveActionId` builds its index on every call; the comparisons ask about every item of a pack,
 * often for the same pack pair (a timeline compares many cycles), so answers are kept per pack.
 */
const resolved = new WeakMap<ChecklistPack, Map<string, ResolvedAction>>();
function resolve(pack: ChecklistPack, oldItemId: string): ResolvedAction {
  let cache = resolved.get(pack);
  if (!cache) {
    cache = new Map();
    resolved.set(pack, cache);
  }
  let hit = cache.get(oldItemId);
  if (!hit) {
    hit = resolveActionId(pack, oldItemId);
    cache.set(oldItemId, hit);
  }
  return hit;
}

/**
 * For each active item of `newer`, the active items of `older` that it continues (same id, or
 * replaced), in the older pack's order; and the older items nothing in `newer` continues.
 */
export function matchItems(
  older: ChecklistPack,
  newer: ChecklistPack,
): { predecessors: Map<string, string[]>; retired: string[] } {
  const newerActive = new Set(activeActions(newer).map((a) => a.id));
  const predecessors = new Map<string, string[]>();
  const retired: string[] = [];
  for (const action of activeActions(older)) {
    const r = resolve(newer, action.id);
    if ((r.kind === 'same' || r.kind === 'replaced') && newerActive.has(r.itemId)) {
      const list = predecessors.get(r.itemId) ?? [];
      list.push(action.id);
      predecessors.set(r.itemId, list);
    } else {
      retired.push(action.id);
    }
  }
  return { predecessors, retired };
}

/**
 * How comparable two pack versions are: items in common over items in the union. An older item and
 * the newer item that continues it count once; two older items merged into one newer item count as
 * one item in common.
 */
export function packComparability(older: ChecklistPack, newer: ChecklistPack): Comparability {
  const { predecessors, retired } = matchItems(older, newer);
  const newerCount = activeActions(newer).length;
  const common = predecessors.size;
  const union = newerCount + retired.length;
  return {
    older: packRef(older),
    newer: packRef(newer),
    samePack: older.id === newer.id && older.version === newer.version,
    common,
    union,
    percent: union === 0 ? null : (common / union) * 100,
  };
}

const EMPTY_EVIDENCE: Evidence = { text: '', links: [] };

function sideOf(item: ActionScore, answer: Answer | undefined): ActionSide {
  return {
    itemId: item.itemId,
    text: item.text,
    status: item.status,
    points: item.points,
    evidence: answer?.evidence ?? EMPTY_EVIDENCE,
    notes: answer?.notes ?? '',
    naJustification: answer?.naJustification ?? '',
  };
}

/**
 * When several older items merged into one newer item, the side shown as "before" is the one whose
 * answer carries over, by the rule of `mapAnswersToPack`: the most recently updated answer; on a
 * tie, the answer to the same id; otherwise the first in pack order. Unanswered items come last.
 */
function pickPredecessor(ids: string[], newId: string, answers: Map<string, Answer>): string {
  let best = ids[0]!;
  for (const id of ids.slice(1)) {
    const a = answers.get(id);
    const b = answers.get(best);
    const au = a?.status !== undefined ? (a?.updatedAt ?? '') : '';
    const bu = b?.status !== undefined ? (b?.updatedAt ?? '') : '';
    if (au > bu || (au === bu && id === newId && best !== newId)) best = id;
  }
  return best;
}

const sameEvidence = (a: Evidence, b: Evidence) =>
  a.text === b.text &&
  a.date === b.date &&
  a.links.length === b.links.length &&
  a.links.every((l, i) => l === b.links[i]);

function kindOf(older: ActionSide, newer: ActionSide): ChangeKind {
  if (older.points === null && newer.points === null) return 'unchanged';
  if (newer.points === null) return 'newly-na';
  if (older.points === null) return 'applicable-again';
  if (newer.points > older.points) return 'improved';
  if (newer.points < older.points) return 'regressed';
  return 'unchanged';
}

const diff = (older: number | null, newer: number | null): number | null =>
  older === null || newer === null ? null : newer - older;

function figureDelta(
  id: string,
  older: ScoreFigures | undefined,
  newer: ScoreFigures | undefined,
): FigureDelta {
  const o = older?.score ?? null;
  const n = newer?.score ?? null;
  return { id, inOlder: !!older, inNewer: !!newer, older: o, newer: n, delta: diff(o, n) };
}

/**
 * The deltas of figures matched by id (norms, focus areas): the newer pack's order first, then any
 * the newer pack no longer has (their delta is null: there is nothing to compare them with); each
 * with what `label` takes from its newest figure (letter and title, number and name).
 */
function matchedDeltas<F extends ScoreFigures, L extends object>(
  older: readonly F[],
  newer: readonly F[],
  idOf: (figure: F) => string,
  label: (figure: F) => L,
): (FigureDelta & L)[] {
  const olderById = new Map(older.map((f) => [idOf(f), f]));
  const newerIds = new Set(newer.map(idOf));
  return [
    ...newer.map((f) => ({ ...figureDelta(idOf(f), olderById.get(idOf(f)), f), ...label(f) })),
    ...older
      .filter((f) => !newerIds.has(idOf(f)))
      .map((f) => ({ ...figureDelta(idOf(f), f, undefined), ...label(f) })),
  ];
}

/**
 * Compares two cycles. `older` and `newer` are told apart by the caller (the timeline sorts them by
 * period); nothing here assumes the same State or the same pack version.
 */
export function compareAssessments(input: { older: Cycle; newer: Cycle }): Comparison {
  const { older, newer } = input;
  const olderItems = new Map(older.score.items.map((i) => [i.itemId, i]));
  const olderAnswers = new Map(older.answers.map((a) => [a.itemId, a]));
  const newerAnswers = new Map(newer.answers.map((a) => [a.itemId, a]));
  const { predecessors, retired } = matchItems(older.pack, newer.pack);

  const items: ActionChange[] = [];
  for (const item of newer.score.items) {
    const newerSide = sideOf(item, newerAnswers.get(item.itemId));
    const preds = predecessors.get(item.itemId);
    if (!preds) {
      items.push({
        kind: 'new-item',
        itemId: item.itemId,
        normId: item.normId,
        focusAreaIds: item.focusAreaIds,
        text: item.text,
        older: null,
        newer: newerSide,
        alsoReplaces: [],
        delta: null,
        textChanged: false,
      });
      continue;
    }
    const predId = pickPredecessor(preds, item.itemId, olderAnswers);
    const olderItem = olderItems.get(predId)!;
    const olderSide = sideOf(olderItem, olderAnswers.get(predId));
    const delta =
      olderSide.points === null || newerSide.points === null
        ? null
        : (newerSide.points - olderSide.points) * 100;
    items.push({
      kind: kindOf(olderSide, newerSide),
      itemId: item.itemId,
      normId: item.normId,
      focusAreaIds: item.focusAreaIds,
      text: item.text,
      older: olderSide,
      newer: newerSide,
      alsoReplaces: preds.filter((id) => id !== predId),
      delta,
      textChanged:
        !sameEvidence(olderSide.evidence, newerSide.evidence) ||
        olderSide.notes !== newerSide.notes,
    });
  }
  for (const id of retired) {
    const item = olderItems.get(id)!;
    items.push({
      kind: 'retired-item',
      itemId: id,
      normId: item.normId,
      focusAreaIds: item.focusAreaIds,
      text: item.text,
      older: sideOf(item, olderAnswers.get(id)),
      newer: null,
      alsoReplaces: [],
      delta: null,
      textChanged: false,
    });
  }

  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const change of items) counts[change.kind] += 1;

  const norms: NormDelta[] = matchedDeltas(
    older.score.norms,
    newer.score.norms,
    (n) => n.normId,
    (n) => ({ letter: n.letter, title: n.title }),
  );
  const focusAreas: FocusAreaDelta[] = matchedDeltas(
    older.score.focusAreas,
    newer.score.focusAreas,
    (f) => f.focusAreaId,
    (f) => ({ number: f.number, name: f.name }),
  );

  return {
    older: { assessment: older.assessment, pack: packRef(older.pack) },
    newer: { assessment: newer.assessment, pack: packRef(newer.pack) },
    overall: figureDelta('overall', older.score.overall, newer.score.overall),
    norms,
    focusAreas,
    items,
    counts,
    comparability: packComparability(older.pack, newer.pack),
  };
}

/** Whether an item change is a change at all (the "show only changes" filter). */
export const isChange = (change: Pick<ActionChange, 'kind'>): boolean =>
  change.kind !== 'unchanged';

/** Whether one cycle's side of an item has any evidence, link, note or justification to show. */
export const sideHasText = (side: ActionSide): boolean =>
  side.evidence.text.trim() !== '' ||
  side.evidence.links.length > 0 ||
  side.notes.trim() !== '' ||
  side.naJustification.trim() !== '';

/**
 * Whether an item's two cycles are shown side by side: when it is in both and changed, or when
 * only its evidence or notes changed.
 */
export const showsSideBySide = (c: ActionChange): boolean =>
  c.older !== null && c.newer !== null && (isChange(c) || c.textChanged);

/** The item changes a list shows: only the changes (`isChange`) when asked, else every item. */
export function shownActionChanges<T extends Pick<ActionChange, 'kind'>>(
  items: readonly T[],
  onlyChanges: boolean,
): readonly T[] {
  return onlyChanges ? items.filter(isChange) : items;
}

/**
 * Whether a score moved between two cycles: by more than rounding noise (1e-6 points on the 0–100
 * scale), or with no figure on one side (`delta` null: a norm or focus area that came or went, or
 * was not scored, is worth showing).
 */
export const figureMoved = (row: Pick<FigureDelta, 'delta'>): boolean =>
  row.delta === null || Math.abs(row.delta) > 1e-6;

/** The score rows a table shows: only those that moved (`figureMoved`) when asked, else all. */
export function shownFigureRows<T extends Pick<FigureDelta, 'delta'>>(
  rows: readonly T[],
  onlyChanges: boolean,
): readonly T[] {
  return onlyChanges ? rows.filter(figureMoved) : rows;
}

/** The States that have at least one cycle (those a timeline can be drawn for), in list order. */
export function withCycles<T extends { assessments: readonly unknown[] }>(
  choices: readonly T[],
): T[] {
  return choices.filter((c) => c.assessments.length > 0);
}

/**
 * Orders two cycles in time: by the start of the period, then its end, then when the record was
 * created (two cycles of one period: the later record is the newer), then id for a stable order.
 */
export function compareCycleOrder(
  a: Pick<Assessment, 'periodStart' | 'periodEnd' | 'createdAt' | 'id'>,
  b: Pick<Assessment, 'periodStart' | 'periodEnd' | 'createdAt' | 'id'>,
): number {
  return (
    a.periodStart.localeCompare(b.periodStart) ||
    a.periodEnd.localeCompare(b.periodEnd) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Item changes with the largest rise first (or the largest fall first), ties by item id. Only
 * items with a delta (both sides applicable) and a non-zero one are listed.
 */
export function rankActionChanges(
  items: readonly ActionChange[],
  direction: 'improved' | 'regressed',
  limit = 5,
): ActionChange[] {
  const sign = direction === 'improved' ? 1 : -1;
  return items
    .filter((c) => c.delta !== null && sign * c.delta > 0)
    .sort((a, b) => sign * (b.delta! - a.delta!) || a.itemId.localeCompare(b.itemId))
    .slice(0, limit);
}
