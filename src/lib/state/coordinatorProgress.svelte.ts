import { agencyProgress, type AgencyProgress } from '../domain/coordination';
import { currentTime } from './clock';
import type { Answer, Assessment } from '../schema/assessment';
import type { AgencyAssignment } from '../schema/assignments';
import type { Coordination } from '../schema/coordination';
import type { ChecklistPack } from '../schema/pack';
import { downloadText } from '../io/files';
import { agencyProgressCsv, agencyProgressFileName } from '../report/coordinatorCsv';
import { listAnswers } from '../storage/answers';
import { getAssignments } from '../storage/assignments';
import { getCoordination } from '../storage/coordination';
import { getPack } from '../storage/packs';

/**
 * The coordinator's "who has answered" for one assessment: its pack, assignments, record of parts
 * sent and received, and answers, read as one promise the view awaits (`{#await}`); the table
 * itself is the domain's (`agencyProgress`), with the open conflicts of the import being prepared
 * passed in.
 */

/** What the table is made from (the pack is undefined when it cannot be read). */
export interface CoordinatorProgress {
  assessment: Assessment;
  pack: ChecklistPack | undefined;
  assignments: readonly AgencyAssignment[];
  coordination: Coordination | undefined;
  answers: readonly Answer[];
}

/** Reads what the "who has answered" table of `assessment` is made from. */
export async function loadCoordinatorProgress(
  assessment: Assessment,
): Promise<CoordinatorProgress> {
  const [pack, assignments, coordination, answers] = await Promise.all([
    getPack(assessment.packId, assessment.packVersion),
    getAssignments(assessment.id),
    getCoordination(assessment.id),
    listAnswers(assessment.id),
  ]);
  return {
    assessment,
    pack: pack.ok ? pack.value : undefined,
    assignments: assignments.record.assignments,
    coordination,
    answers: answers.rows,
  };
}

/** Rows for the table, given the open conflicts per agency key of the import in progress. */
export function progressRows(
  progress: CoordinatorProgress,
  openConflicts?: ReadonlyMap<string, number>,
): AgencyProgress[] {
  if (!progress.pack) return [];
  return agencyProgress({
    pack: progress.pack,
    assignments: progress.assignments,
    coordination: progress.coordination,
    answers: progress.answers,
    ...(openConflicts ? { openConflicts } : {}),
  });
}

/**
 * Saves the table as CSV (report/coordinatorCsv.ts), named after the assessment and `now` (the
 * clock when the button is pressed, unless given).
 */
export function downloadProgressCsv(
  progress: CoordinatorProgress,
  rows: readonly AgencyProgress[],
  now: Date = currentTime(),
): void {
  downloadText(
    agencyProgressFileName(progress.assessment, now),
    agencyProgressCsv(rows, progress.pack),
    'text/csv',
  );
}
