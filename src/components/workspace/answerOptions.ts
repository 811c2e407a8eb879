import {
  IMPLEMENTATION_STATUSES,
  PRIORITIES,
  type AnswerStatus,
} from '../../lib/schema/assessment';

export { IMPLEMENTATION_STATUSES, PRIORITIES, type AnswerStatus };

/** The status choices in screen order, with their keyboard shortcut (1–5 up the scale, 0 = N/A). */
export const ANSWER_STATUS_KEYS: readonly { status: AnswerStatus; key: string }[] = [
  ...IMPLEMENTATION_STATUSES.map((status, i) => ({ status, key: String(i + 1) })),
  { status: 'not-applicable', key: '0' },
];

export const statusForKey = (key: string): AnswerStatus | undefined =>
  ANSWER_STATUS_KEYS.find((k) => k.key === key)?.status;
