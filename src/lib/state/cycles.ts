import type { Answer, StateProfile } from '../schema/assessment';
import type { Failure } from '../schema/failures';
import {
  compareAssessments,
  compareCycleOrder,
  withCycles,
  type Comparison,
} from '../domain/compare';
import { cycleLabel, type CycleRecords } from '../domain/cycles';
import { fail, failureOf, ok, type Result } from '../domain/result';
import { buildTimeline, type Timeline } from '../domain/timeline';
import {
  listAssessmentChoices,
  loadCycle,
  presetOlderId,
  loadStateCycles,
  type AssessmentChoice,
} from '../storage/compare';
import { loadCycleWithHistory } from '../storage/cycles';
import { listStates } from '../storage/states';
import { getHeldPart } from '../storage/coordination';
import { onlyAPart } from '../domain/coordination';

/**
 * What the dashboard, report, comparison and timeline screens show, read through the one cycle
 * loader (`storage/cycles.ts`). Each screen reads through `FollowedLoad` (state/followedLoad):
 * started from an `$effect` that a new address restarts (the old read is unsubscribed, so only the
 * latest is shown), and read again after every committed change here or in another tab.
 * Expected failures are results, never thrown.
 */

/** The dashboard's cycle: its records, the cycle it is compared with, and damaged rows left out. */
export interface DashboardCycle extends CycleRecords {
  previous: { label: string; answers: readonly Answer[] } | null;
  problems: Failure[];
}

/**
 * Route `#/assessments/<id>/dashboard[?baseline=<id>]`: the assessment with the cycle to compare
 * with, `baselineId` if given, else the State's previous cycle (`pickPreviousCycle`, the report's
 * rule). Fails with `assessment.not-found`, the pack's failure, or `assessment.only-a-part` when
 * this device holds only an agency's part of it (never scored as whole).
 */
export async function loadDashboardCycle(
  id: string,
  baselineId: string | null,
): Promise<Result<DashboardCycle>> {
  const loaded = await loadCycleWithHistory(id, { baselineId });
  if (!loaded.ok) return loaded;
  const { current, previous, problems } = loaded.value;
  // Only an agency's part here: no whole-assessment scores (a wrong figure).
  const part = onlyAPart(await getHeldPart(id), current.assessment.title);
  if (part) return fail(part);
  return ok({
    ...current,
    previous: previous
      ? { label: cycleLabel(previous.assessment), answers: previous.answers }
      : null,
    problems,
  });
}

/** What a report is made from: the cycle, its State, the previous and earlier cycles. */
export interface ReportCycle {
  current: CycleRecords;
  state: StateProfile;
  previous: CycleRecords | null;
  /** Earlier cycles of the State, oldest first, for the report's timeline. */
  earlier: CycleRecords[];
  problems: Failure[];
}

/**
 * Route `#/assessments/<id>/report`: the cycle with its State and earlier cycles. Fails with
 * `assessment.not-found`, the pack's failure, `state.missing` when the State profile is gone, or
 * `assessment.only-a-part` when this device holds only an agency's part of it.
 */
export async function loadReportCycle(id: string): Promise<Result<ReportCycle>> {
  const [loaded, states] = await Promise.all([
    loadCycleWithHistory(id, { withEarlier: true }),
    listStates(),
  ]);
  if (!loaded.ok) return loaded;
  const part = onlyAPart(await getHeldPart(id), loaded.value.current.assessment.title);
  if (part) return fail(part);
  const { stateCode } = loaded.value.current.assessment;
  const state = states.rows.find((s) => s.code === stateCode);
  if (!state) return fail({ code: 'state.missing', stateCode });
  return ok({ ...loaded.value, state });
}

/** The comparison screen's pickers: every State with its cycles, and the timelines to link. */
export interface CompareChoices {
  /** Each State on this device with its assessments (newest period first), by State code. */
  choices: AssessmentChoice[];
  /** The States that have a cycle: a timeline can be drawn for them (`withCycles`). */
  timelines: AssessmentChoice[];
  /** Damaged stored rows left out of the lists. */
  problems: Failure[];
}

/**
 * Route `#/compare`: the choices of its two pickers and the timeline links, read once when the
 * screen opens (the view awaits the promise with `{#await}`; issue 17: no loader in a view).
 */
export async function loadCompareChoices(): Promise<CompareChoices> {
  const { choices, problems } = await listAssessmentChoices();
  return { choices, timelines: withCycles(choices), problems };
}

/**
 * The comparison's older cycle: the one in the address (`asked`), or, with only the newer one
 * given ("Compare with another cycle"), the dashboard's baseline for it (`presetOlderId`). `''`
 * when neither names one.
 */
export function olderCycleId(
  asked: string,
  newerId: string,
  choices: readonly AssessmentChoice[],
): string {
  return asked || presetOlderId(newerId, choices);
}

/** The comparison screen's answer for the two ids in its address. */
export type ComparisonLoad =
  | { kind: 'none' }
  | { kind: 'same' }
  | { kind: 'failed'; failure: Failure }
  | { kind: 'ready'; comparison: Comparison; problems: Failure[] };

/**
 * Route `#/compare?a=<id>&b=<id>`: both cycles scored and compared, the older always on the left
 * whichever was picked first (`compareCycleOrder`). `none` until both are picked; `same` when
 * the same cycle is picked twice: both answered at once, without a promise, so that the screen
 * never shows "Loading" for them (`{#await}` renders a plain value at once).
 */
export function loadComparison(a: string, b: string): ComparisonLoad | Promise<ComparisonLoad> {
  if (!a || !b) return { kind: 'none' };
  if (a === b) return { kind: 'same' };
  return compareStored(a, b);
}

async function compareStored(a: string, b: string): Promise<ComparisonLoad> {
  const [x, y] = await Promise.all([loadCycle(a), loadCycle(b)]);
  if (!x.ok) return { kind: 'failed', failure: failureOf(x) };
  if (!y.ok) return { kind: 'failed', failure: failureOf(y) };
  // An agency's part held here is not a cycle (domain/cycles.ts wholeCycles): never compared.
  for (const { assessment } of [x.value.cycle, y.value.cycle]) {
    const part = onlyAPart(await getHeldPart(assessment.id), assessment.title);
    if (part) return { kind: 'failed', failure: part };
  }
  const [older, newer] = [x.value.cycle, y.value.cycle].sort((p, q) =>
    compareCycleOrder(p.assessment, q.assessment),
  );
  return {
    kind: 'ready',
    comparison: compareAssessments({ older: older!, newer: newer! }),
    problems: [...x.value.problems, ...y.value.problems],
  };
}

/** Route `#/states/<code>/timeline`: every readable cycle of the State, and what was left out. */
export async function loadTimeline(
  stateCode: string,
): Promise<{ timeline: Timeline | undefined; problems: Failure[] }> {
  if (!stateCode) return { timeline: undefined, problems: [] };
  const loaded = await loadStateCycles(stateCode);
  return { timeline: buildTimeline(loaded.cycles), problems: loaded.problems };
}
