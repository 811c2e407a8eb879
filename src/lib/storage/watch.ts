import { liveQuery } from 'dexie';
import type { Answer, Assessment, NormAnswer } from '../schema/assessment';
import type { Failure } from '../schema/failures';
import { failureOf } from '../domain/result';
import { getAssessment } from './assessments';
import { listAnswers, listNormAnswers } from './answers';

export interface AssessmentSnapshot {
  assessment: Assessment | null;
  /** Why the assessment could not be read (`assessment.not-found` or a schema failure). */
  assessmentError: Failure | null;
  answers: Answer[];
  normAnswers: NormAnswer[];
  /** Stored rows that failed their schema: reported on screen, never thrown. */
  corrupt: Failure[];
}

/**
 * Watches one assessment with its answers. Dexie's liveQuery re-runs the query after every committed
 * write to these tables, in this tab and (Dexie 4, through BroadcastChannel) in every other tab of the
 * same origin: that is how two tabs on the same assessment stay in step. Returns the unsubscribe.
 */
export function watchAssessment(
  assessmentId: string,
  onValue: (snapshot: AssessmentSnapshot) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(async (): Promise<AssessmentSnapshot> => {
    const [assessment, answers, normAnswers] = await Promise.all([
      getAssessment(assessmentId),
      listAnswers(assessmentId),
      listNormAnswers(assessmentId),
    ]);
    return {
      assessment: assessment.ok ? assessment.value : null,
      assessmentError: assessment.ok ? null : failureOf(assessment),
      answers: answers.rows,
      normAnswers: normAnswers.rows,
      corrupt: [...answers.corrupt, ...normAnswers.corrupt],
    };
  }).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
