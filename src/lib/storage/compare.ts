import type { Failure } from '../schema/failures';
import type { Assessment, StateProfile } from '../schema/assessment';
import type { Cycle } from '../domain/compare';
import { compareCycleOrder } from '../domain/compare';
import { byStateThenNewest, pickPreviousCycle } from '../domain/cycles';
import { scoreAssessment } from '../domain/scoring';
import { failureOf, ok, type Result } from '../domain/result';
import { db, type NicDatabase } from './db';
import { listStateCycles, loadCycleRecords } from './cycles';
import { listStates } from './states';

/**
 * Read-only loading for the timeline and comparison screens: an assessment with its pack version,
 * answers and score. Nothing here writes. Every row is parsed by the repository functions it calls
 * (a corrupt row is reported in `problems`, never thrown at the screen).
 */

export interface LoadedCycles {
  /** Oldest first (see `compareCycleOrder`). */
  cycles: Cycle[];
  /** One line per cycle or row that could not be used, for the screen to show. */
  problems: Failure[];
}

/** One cycle (read by `loadCycleRecords`), scored against the pack version it was made with. */
export async function loadCycle(
  assessmentOrId: Assessment | string,
  database: NicDatabase = db,
): Promise<Result<{ cycle: Cycle; problems: Failure[] }>> {
  const loaded = await loadCycleRecords(assessmentOrId, database);
  if (!loaded.ok) return loaded;
  const { assessment, pack, answers, normAnswers } = loaded.value.records;
  const score = scoreAssessment({ pack, answers, normAnswers });
  return ok({ cycle: { assessment, pack, answers, score }, problems: loaded.value.problems });
}

/** Every cycle of a State, scored, oldest first. */
export async function loadStateCycles(
  stateCode: string,
  database: NicDatabase = db,
): Promise<LoadedCycles> {
  const listed = await listStateCycles(stateCode, database);
  const problems = [...listed.corrupt];
  const cycles: Cycle[] = [];
  for (const assessment of listed.rows) {
    const loaded = await loadCycle(assessment, database);
    if (!loaded.ok) {
      problems.push(failureOf(loaded));
      continue;
    }
    cycles.push(loaded.value.cycle);
    problems.push(...loaded.value.problems);
  }
  cycles.sort((a, b) => compareCycleOrder(a.assessment, b.assessment));
  return { cycles, problems };
}

export interface AssessmentChoice {
  state: StateProfile;
  /** Newest period first. */
  assessments: Assessment[];
}

/** Every State on this device with its assessments: the choices of the comparison pickers. */
export async function listAssessmentChoices(
  database: NicDatabase = db,
): Promise<{ choices: AssessmentChoice[]; problems: Failure[] }> {
  const states = await listStates(database);
  const problems = [...states.corrupt];
  const choices: AssessmentChoice[] = [];
  for (const state of states.rows) {
    const listed = await listStateCycles(state.code, database);
    problems.push(...listed.corrupt);
    choices.push({ state, assessments: [...listed.rows].sort(byStateThenNewest) });
  }
  // The order of every list of several States' assessments (domain/cycles.ts byStateThenNewest).
  choices.sort((x, y) => x.state.code.localeCompare(y.state.code, 'en'));
  return { choices, problems };
}

/**
 * The older cycle the comparison screen presets when only the newer one is given (the "Compare with
 * another cycle" link): the State's previous cycle by the dashboard's baseline rule
 * (`pickPreviousCycle`, domain/cycles.ts), so the screen and "Progress since 2024" name the same
 * cycle. `''` when `newerId` is not among the choices or its State has no earlier cycle.
 */
export function presetOlderId(newerId: string, choices: readonly AssessmentChoice[]): string {
  if (!newerId) return '';
  for (const choice of choices) {
    const newer = choice.assessments.find((a) => a.id === newerId);
    if (newer) return pickPreviousCycle(newer, choice.assessments)?.id ?? '';
  }
  return '';
}
