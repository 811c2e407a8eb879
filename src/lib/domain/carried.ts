import type { Answer, NormAnswer } from '../schema/assessment';
import type { ChecklistPack } from '../schema/pack';
import { answerProgress, hasContent } from './answers';
import { activeActions } from './pack';
import { mapAnswersToPack } from './packVersions';
import { mapAnswersAcrossPacks } from './packEquivalents';

/**
 * What carrying an earlier cycle forward did, and what is left to confirm. An answer carried from
 * the earlier cycle (`carried: true`, see `carryForward` in domain/answers.ts) is not this cycle's
 * answer until someone confirms or changes it: progress counts it apart, a filter lists it, and
 * making the assessment final warns about it.
 */

/** Progress of one part (a norm, a focus area, or the whole): how many actions are where. */
export interface CarriedProgress {
  /** Actions with a status that is this cycle's (confirmed or typed in this cycle). */
  answered: number;
  /** Actions whose answer was carried forward and not confirmed yet (with a status or not). */
  carried: number;
  /** Active actions in the part. */
  total: number;
}

export interface WorkspaceProgress {
  overall: CarriedProgress;
  byNorm: ReadonlyMap<string, CarriedProgress>;
  byFocusArea: ReadonlyMap<string, CarriedProgress>;
}

/**
 * Progress with carried answers counted apart: `answered` is scoring's completeness count
 * (`answerProgress`, the one place "answered" is figured) minus the carried answers that have a
 * status; `carried` counts every still-carried answer of an active action. So a cycle that carried
 * 52 answers shows 0 answered and 52 carried to confirm, not 52 of 52.
 */
export function workspaceProgress(
  pack: ChecklistPack,
  answers: readonly Answer[],
): WorkspaceProgress {
  const base = answerProgress(pack, answers);
  const byId = new Map(answers.map((a) => [a.itemId, a]));
  const carriedIn = (keep: (normId: string, areas: readonly string[]) => boolean) => {
    let carried = 0;
    let carriedWithStatus = 0;
    for (const action of activeActions(pack)) {
      if (!keep(action.normId, action.focusAreaIds)) continue;
      const a = byId.get(action.id);
      if (!a?.carried) continue;
      carried += 1;
      if (a.status !== undefined) carriedWithStatus += 1;
    }
    return { carried, carriedWithStatus };
  };
  const part = (c: { answered: number; total: number }, k: ReturnType<typeof carriedIn>) => ({
    answered: c.answered - k.carriedWithStatus,
    carried: k.carried,
    total: c.total,
  });
  return {
    overall: part(
      base.overall,
      carriedIn(() => true),
    ),
    byNorm: new Map(
      [...base.byNorm].map(([id, c]) => [
        id,
        part(
          c,
          carriedIn((normId) => normId === id),
        ),
      ]),
    ),
    byFocusArea: new Map(
      [...base.byFocusArea].map(([id, c]) => [
        id,
        part(
          c,
          carriedIn((_n, areas) => areas.includes(id)),
        ),
      ]),
    ),
  };
}

/** The actions of a norm whose answers are still carried (for "confirm all in this norm"). */
export function carriedInNorm(
  pack: ChecklistPack,
  answers: ReadonlyMap<string, Answer>,
  normId: string,
): string[] {
  return activeActions(pack)
    .filter((a) => a.normId === normId && answers.get(a.id)?.carried === true)
    .map((a) => a.id);
}

/** Why making an assessment final deserves a second look (empty lists: nothing to warn about). */
export interface FinalWarnings {
  /** Actions still marked for review. */
  markedForReview: string[];
  /** Actions whose carried answers nobody confirmed. */
  carried: string[];
  /** Norms whose carried challenges and needs nobody confirmed. */
  carriedNorms: string[];
}

/**
 * What is still open before an assessment is made final (read-only for good): answers marked for
 * review, carried answers not confirmed, carried norm texts not confirmed. Active actions only,
 * in pack order.
 */
export function finalWarnings(
  pack: ChecklistPack,
  answers: ReadonlyMap<string, Answer>,
  normAnswers: ReadonlyMap<string, NormAnswer>,
): FinalWarnings {
  const actions = activeActions(pack);
  return {
    markedForReview: actions.filter((a) => answers.get(a.id)?.markedForReview).map((a) => a.id),
    carried: actions.filter((a) => answers.get(a.id)?.carried).map((a) => a.id),
    carriedNorms: pack.norms.filter((n) => normAnswers.get(n.id)?.carried).map((n) => n.id),
  };
}

/** Whether anything should be confirmed before an assessment is made final (see `finalWarnings`). */
export const hasFinalWarnings = (w: FinalWarnings): boolean =>
  w.markedForReview.length + w.carried.length + w.carriedNorms.length > 0;

/** An earlier answer that was not carried into this cycle, and why. */
export interface NotCarried {
  itemId: string;
  /** `retired`: its action is retired in this cycle's pack; `unknown`: the pack does not know the
   * id; `superseded`: another earlier answer was carried to the same (replacing) action;
   * `unmatched`: the earlier cycle was on another pack, and no equivalence names this item. */
  why: 'retired' | 'unknown' | 'superseded' | 'unmatched';
  /** The action's text when the pack still holds it (retired actions stay in the pack). */
  text: string | undefined;
  /** For a retired action: the pack version that retired it and the pack's reason, as written. */
  retired?: { since: string; reason: string };
}

/**
 * Which answers of the earlier cycle were left behind when it was carried into `pack`: the same
 * mapping as `carryForward` (`mapAnswersToPack`), kept to answers that said something (a status
 * or any text), so the workspace can list them instead of dropping them silently.
 */
export function notCarried(
  earlier: readonly Answer[],
  pack: ChecklistPack,
  /** The earlier cycle's pack when it is another pack: answers followed its equivalences. */
  sourcePack?: ChecklistPack,
): NotCarried[] {
  const said = earlier.filter((a) => a.status !== undefined || hasContent(a));
  if (sourcePack && sourcePack.id !== pack.id) {
    const across = mapAnswersAcrossPacks(said, sourcePack, pack);
    const sourceText = (id: string) => sourcePack.actions.find((a) => a.id === id)?.text;
    return [
      ...across.unmatched.map((a) => ({ itemId: a.itemId, why: 'unmatched' as const })),
      ...across.superseded.map((a) => ({ itemId: a.itemId, why: 'superseded' as const })),
    ].map((n) => ({ ...n, text: sourceText(n.itemId) }));
  }
  const mapped = mapAnswersToPack(said, pack);
  const action = (id: string) => pack.actions.find((a) => a.id === id);
  return [
    ...mapped.retired.map((a) => ({ itemId: a.itemId, why: 'retired' as const })),
    ...mapped.unknown.map((a) => ({ itemId: a.itemId, why: 'unknown' as const })),
    ...mapped.superseded.map((a) => ({ itemId: a.itemId, why: 'superseded' as const })),
  ].map((n): NotCarried => {
    const found = action(n.itemId);
    // Why the pack retired it is part of the answer's story: shown beside it, never dropped.
    return {
      ...n,
      text: found?.text,
      ...(n.why === 'retired' && found?.retired ? { retired: { ...found.retired } } : {}),
    };
  });
}
