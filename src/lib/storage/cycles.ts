import type { Assessment } from '../schema/assessment';
import type { Failure } from '../schema/failures';
import { earlierCycles, pickPreviousCycle, wholeCycles, type CycleRecords } from '../domain/cycles';
import { fail, failureOf, ok, type Result } from '../domain/result';
import { db, type NicDatabase } from './db';
import { getAssessment, listAssessments } from './assessments';
import { listAnswers, listNormAnswers } from './answers';
import { getPack } from './packs';
import { heldPartIds } from './coordination';

/**
 * The one way to read a cycle from this device: an assessment with the pack version it was made
 * with, its answers and its norm answers. The dashboard, report, comparison and timeline screens
 * all read cycles through `loadCycleRecords`; nothing here writes. Every row is parsed by the
 * repository functions it calls: a damaged row is left out and reported in `problems`, never
 * thrown at the screen.
 */

export type { CycleRecords };

/** A cycle read from storage, with the damaged rows that were left out of it. */
export interface LoadedCycleRecords {
  records: CycleRecords;
  /** One failure per stored row that could not be read (answers or norm answers). */
  problems: Failure[];
}

/**
 * Reads one cycle: by id (fails with `assessment.not-found` or the schema failure of a damaged
 * assessment row) or from an assessment already read. Fails with the pack's own failure
 * (`pack.not-installed`, …) when its pack version is not on this device.
 */
export async function loadCycleRecords(
  assessmentOrId: Assessment | string,
  database: NicDatabase = db,
): Promise<Result<LoadedCycleRecords>> {
  let assessment: Assessment;
  if (typeof assessmentOrId === 'string') {
    const found = await getAssessment(assessmentOrId, database);
    if (!found.ok) return found;
    assessment = found.value;
  } else assessment = assessmentOrId;
  const pack = await getPack(assessment.packId, assessment.packVersion);
  if (!pack.ok) return fail({ ...failureOf(pack), source: assessment.title });
  const [answers, normAnswers] = await Promise.all([
    listAnswers(assessment.id, database),
    listNormAnswers(assessment.id, database),
  ]);
  return ok({
    records: {
      assessment,
      pack: pack.value,
      answers: answers.rows,
      normAnswers: normAnswers.rows,
    },
    problems: [...answers.corrupt, ...normAnswers.corrupt],
  });
}

/**
 * A State's assessments that are cycles (`wholeCycles`: an agency's part held on this device is
 * not one), with the rows that could not be read. The one list the dashboard's and report's
 * earlier cycles, the timeline and the comparison pickers are taken from.
 */
export async function listStateCycles(
  stateCode: string,
  database: NicDatabase = db,
): Promise<{ rows: Assessment[]; corrupt: Failure[] }> {
  const [listed, held] = await Promise.all([
    listAssessments(stateCode, database),
    heldPartIds(database),
  ]);
  return { rows: wholeCycles(listed.rows, held), corrupt: listed.corrupt };
}

/** A cycle with the cycles of its State that come before it (rule: `domain/cycles.ts`). */
export interface CycleWithHistory {
  current: CycleRecords;
  /** The cycle to compare with: the one asked for, else the State's previous cycle; null if none. */
  previous: CycleRecords | null;
  /**
   * With `withEarlier`: the State's earlier cycles, oldest first (`earlierCycles`: the latest ten),
   * readable ones only; else empty.
   */
  earlier: CycleRecords[];
  /** Damaged rows of every cycle read, for the screen to count. */
  problems: Failure[];
}

/**
 * Reads a cycle and the cycles it is compared with, for the dashboard and the report. The
 * previous cycle is `baselineId` when given (and not the cycle itself), else `pickPreviousCycle`.
 * `withEarlier` also reads the State's earlier cycles (the report's timeline); the dashboard reads
 * just the previous one. An earlier cycle that cannot be read (its pack is gone) is left out
 * rather than failing the whole screen; only the cycle itself can fail (see `loadCycleRecords`).
 */
export async function loadCycleWithHistory(
  id: string,
  options: { baselineId?: string | null; withEarlier?: boolean; database?: NicDatabase } = {},
): Promise<Result<CycleWithHistory>> {
  const database = options.database ?? db;
  const loaded = await loadCycleRecords(id, database);
  if (!loaded.ok) return loaded;
  const { assessment } = loaded.value.records;
  const siblings = await listStateCycles(assessment.stateCode, database);
  const wanted = options.withEarlier ? earlierCycles(assessment, siblings.rows) : [];
  const earlier = (await Promise.all(wanted.map((a) => loadCycleRecords(a, database)))).flatMap(
    (c) => (c.ok ? [c.value] : []),
  );
  const problems = [...loaded.value.problems, ...earlier.flatMap((c) => c.problems)];

  const baselineId = options.baselineId && options.baselineId !== id ? options.baselineId : null;
  const previousId = baselineId ?? pickPreviousCycle(assessment, siblings.rows)?.id ?? null;
  let previous = earlier.find((c) => c.records.assessment.id === previousId)?.records ?? null;
  if (!previous && previousId) {
    const read = await loadCycleRecords(previousId, database);
    if (read.ok) {
      previous = read.value.records;
      problems.push(...read.value.problems);
    }
  }
  return ok({
    current: loaded.value.records,
    previous,
    earlier: earlier.map((c) => c.records),
    problems,
  });
}
