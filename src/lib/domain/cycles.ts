import type { Answer, Assessment, NormAnswer } from '../schema/assessment';
import type { ChecklistPack } from '../schema/pack';
import { compareCycleOrder } from './compare';
import { shortName } from './names';

/** What one cycle is made of, as stored: the shape the scoring, comparison and report take. */
export interface CycleRecords {
  assessment: Assessment;
  pack: ChecklistPack;
  answers: readonly Answer[];
  normAnswers: readonly NormAnswer[];
}

/**
 * How a cycle is named in pickers and chart legends: its alias (e.g. "2026"), else its title; the
 * one rule, names.ts `shortName`.
 */
export function cycleLabel(assessment: Pick<Assessment, 'alias' | 'title'>): string {
  return shortName(assessment);
}

/**
 * Which cycles of a State come before an assessment. One rule for the dashboard, the report and
 * the command line, so that all of them compare with the same earlier cycle: cycles are ordered by
 * the start of their period; the previous cycle is the latest one that starts before this one.
 *
 * One exception, for the cycle an assessment was carried from (`carriedFrom`): a State that starts
 * a second assessment of the same period from the first (a redo, or a copy to try another set of
 * answers) compares with that first one. By period alone it has no earlier cycle of its own
 * period, and a tester saw "Progress since 2024" on a copy of 2026 that started with 2026's
 * answers. So the cycle it was carried from comes before it when it starts no later, and it is
 * then the previous cycle; `earlierCycles` lists it last for the same reason.
 */
type CycleKey = Pick<Assessment, 'id' | 'stateCode' | 'periodStart'> & {
  carriedFrom?: string | undefined;
};

/** Whether `c` is a cycle of the State that comes before `assessment` (the rule above). */
const comesBefore = (c: CycleKey, assessment: CycleKey): boolean =>
  c.id !== assessment.id &&
  c.stateCode === assessment.stateCode &&
  (c.periodStart < assessment.periodStart ||
    (c.id === assessment.carriedFrom && c.periodStart === assessment.periodStart));

/**
 * The previous cycle of an assessment: among the same State's assessments, the one it was carried
 * from when that one starts in the same period, else the one with the latest period that starts
 * before this one's. None when there is no earlier cycle.
 */
export function pickPreviousCycle<T extends CycleKey>(
  assessment: T,
  candidates: readonly T[],
): T | null {
  return earlierCycles(assessment, candidates, 1)[0] ?? null;
}

/**
 * The State's cycles that come before this one (see above), oldest first, at most `max` of the
 * latest ones: the timeline a report prints. Same rule as `pickPreviousCycle`, so the previous
 * cycle is the last. Cycles that start on the same day keep their given order, except the one
 * this assessment was carried from, which is last among them.
 */
export function earlierCycles<T extends CycleKey>(
  assessment: T,
  candidates: readonly T[],
  max = 10,
): T[] {
  const rank = (c: T) => (c.id === assessment.carriedFrom ? 1 : 0);
  return candidates
    .filter((c) => comesBefore(c, assessment))
    .sort((a, b) =>
      a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : rank(a) - rank(b),
    )
    .slice(-max);
}

/**
 * The assessments that are cycles of their State: all but those this device holds only as an
 * agency's part (`heldPartIds`: the meta records `heldPart:<id>` an imported sent part leaves).
 * A part covers some norms only, so as an earlier cycle it would show every other norm at 0 % and
 * make "progress since" a wrong figure; the dashboard, report, timeline and comparison pickers
 * therefore never take one as a cycle (a tester found a part used as the dashboard's baseline).
 */
export function wholeCycles<T extends Pick<Assessment, 'id'>>(
  assessments: readonly T[],
  heldPartIds: ReadonlySet<string>,
): T[] {
  return assessments.filter((a) => !heldPartIds.has(a.id));
}

/** How many of a State's cycles the home screen lists before its "Show all" button. */
export const HOME_CYCLES_SHOWN = 3;

/** A State's cycles as the home screen lists them: those shown, and how many there are in all. */
export interface HomeCycles<T> {
  shown: T[];
  total: number;
  /** True when some cycles are hidden behind "Show all" (false once all are shown). */
  more: boolean;
  /** True when the State has more cycles than the home screen lists at first (a toggle is offered). */
  folds: boolean;
  /** How many cycles are listed at first. */
  limit: number;
}

/**
 * Which of a State's cycles the home screen lists. Rule (issue 18, a home screen that stays fast
 * with 20 cycles a State): the `HOME_CYCLES_SHOWN` latest by period start, newest first — the one
 * being worked on and the ones it is compared with; `showAll` lists every cycle, newest first.
 * Cycles with the same period start keep their given order (the sort is stable). Pure: `cycles`
 * is not changed.
 */
export function homeCycles<T extends Pick<Assessment, 'periodStart'>>(
  cycles: readonly T[],
  showAll: boolean,
  limit: number = HOME_CYCLES_SHOWN,
): HomeCycles<T> {
  const newestFirst = [...cycles].sort((a, b) => b.periodStart.localeCompare(a.periodStart));
  const shown = showAll ? newestFirst : newestFirst.slice(0, limit);
  return {
    shown,
    total: cycles.length,
    more: shown.length < cycles.length,
    folds: cycles.length > limit,
    limit,
  };
}

/**
 * The one order of assessments of several States wherever they are listed together (export and
 * import screens, Who has answered, Compare's pickers): by State code, then each State's cycles
 * newest first (the reverse of `compareCycleOrder`, the cycle order of the comparison). Use as a
 * sort comparator; `[...list].sort(byStateThenNewest)` leaves `list` as it is.
 */
export function byStateThenNewest(
  a: Pick<Assessment, 'stateCode' | 'periodStart' | 'periodEnd' | 'createdAt' | 'id'>,
  b: Pick<Assessment, 'stateCode' | 'periodStart' | 'periodEnd' | 'createdAt' | 'id'>,
): number {
  return a.stateCode.localeCompare(b.stateCode, 'en') || compareCycleOrder(b, a);
}
