import {
  IMPLEMENTATION_STATUSES,
  PRIORITIES,
  type AnswerStatus,
} from '../../lib/schema/assessment';

export { IMPLEMENTATION_STATUSES, PRIORITIES, type AnswerStatus };
// The key rule lives with the workspace's navigation rules (the keyboard attachment uses it too).
export { ANSWER_STATUS_KEYS, statusForKey } from '../../lib/domain/workspaceNav';
