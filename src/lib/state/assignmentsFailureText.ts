import { describeFailure, t } from '../i18n';
import type { AssignmentsSaveFailure } from '../storage/assignments';

/**
 * The assignments panel's sentence for a refused save (issue 17: the view only shows it). A
 * conflict, a final or a missing assessment and a storage error are worded as the assignments'
 * (t.assignments); any other typed failure (an assignment issue) by `describeFailure`. No failure
 * gives ''.
 */
export function assignmentsFailureText(failure: AssignmentsSaveFailure | null): string {
  const a = t.assignments;
  if (!failure) return '';
  if (failure.code === 'save.conflict') return a.conflict;
  if (failure.code === 'save.readonly') return a.readonly;
  if (failure.code === 'save.missing') return a.missing;
  if (failure.code.startsWith('storage.') && 'name' in failure) return a.storage(failure.name);
  return describeFailure(failure);
}
