import { agencyProgress, type AgencyProgress } from '../domain/coordination';
import type { Answer } from '../schema/assessment';
import type { AgencyAssignment } from '../schema/assignments';
import type { Coordination } from '../schema/coordination';
import type { ChecklistPack } from '../schema/pack';
import { listAnswers } from '../storage/answers';
import { getAssignments } from '../storage/assignments';
import { getCoordination } from '../storage/coordination';
import { getPack } from '../storage/packs';
import type { Assessment } from '../schema/assessment';

/**
 * The coordinator's "who has answered" for one assessment: its pack, assignments, record of parts
 * sent and received, and answers, read once per `load`; the table itself is the domain's
 * (`agencyProgress`), with the open conflicts of the import being prepared passed in.
 */
export class CoordinatorProgress {
  pack = $state.raw<ChecklistPack | undefined>();
  assignments = $state.raw<readonly AgencyAssignment[]>([]);
  coordination = $state.raw<Coordination | undefined>();
  answers = $state.raw<readonly Answer[]>([]);
  loaded = $state(false);

  /** Rows for the table, given the open conflicts per agency key of the import in progress. */
  rows(openConflicts?: ReadonlyMap<string, number>): AgencyProgress[] {
    if (!this.pack) return [];
    return agencyProgress({
      pack: this.pack,
      assignments: this.assignments,
      coordination: this.coordination,
      answers: this.answers,
      ...(openConflicts ? { openConflicts } : {}),
    });
  }

  async load(assessment: Assessment): Promise<void> {
    const [pack, assignments, coordination, answers] = await Promise.all([
      getPack(assessment.packId, assessment.packVersion),
      getAssignments(assessment.id),
      getCoordination(assessment.id),
      listAnswers(assessment.id),
    ]);
    this.pack = pack.ok ? pack.value : undefined;
    this.assignments = assignments.record.assignments;
    this.coordination = coordination;
    this.answers = answers.rows;
    this.loaded = true;
  }
}
