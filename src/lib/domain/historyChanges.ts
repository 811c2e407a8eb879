import {
  IMPLEMENTATION_STATUSES,
  PRIORITIES,
  type AnswerStatus,
  type Priority,
} from '../schema/assessment';
import {
  blankAnswer,
  blankNormAnswer,
  changedFields,
  type AnswerField,
  type NormAnswerField,
} from './answers';

/**
 * What one history entry changed, as data: each changed field with its value before and after, so
 * that the history panel can say "Status: Not started → In progress" instead of "changed: status".
 * The words (labels, date formats) come from i18n; this module only decides which fields changed
 * and what kind of value each side holds.
 *
 * History entries store whole records (`before` absent for the first write) and are read from
 * storage without trusting their shape (`historyEntrySchema` keeps `before`/`after` unknown), so
 * every value is checked here: a value of an unexpected shape becomes `{ kind: 'other' }`, never a
 * raw code on screen.
 */

/** Free text longer than this many characters (code points) is shortened; the full text stays available. */
export const HISTORY_TEXT_PREVIEW = 80;

/** One side of a change. `empty` = no value (unanswered, no date, no text). */
export type HistoryValue =
  | { kind: 'empty' }
  | { kind: 'status'; status: AnswerStatus }
  | { kind: 'priority'; priority: Priority }
  /** A calendar day, YYYY-MM-DD. */
  | { kind: 'date'; date: string }
  | { kind: 'flag'; on: boolean }
  /** `preview` is `text` cut at `HISTORY_TEXT_PREVIEW` (at a word end when there is one). */
  | { kind: 'text'; text: string; preview: string; shortened: boolean }
  | { kind: 'links'; links: string[] }
  /** A value this version cannot read (damaged entry, or a field of a newer version). */
  | { kind: 'other' };

/**
 * The fields a change names. `evidence` is split into its text, links and date so that each reads
 * as its own line; a field this version does not know keeps its name for a neutral label.
 */
export type HistoryField =
  | Exclude<AnswerField, 'evidence'>
  | 'evidenceText'
  | 'evidenceLinks'
  | 'evidenceDate'
  | NormAnswerField;

export interface HistoryChange {
  /** A `HistoryField`, or the stored name of a field this version does not know. */
  field: HistoryField | (string & {});
  before: HistoryValue;
  after: HistoryValue;
}

const STATUSES: readonly string[] = [...IMPLEMENTATION_STATUSES, 'not-applicable'];
const TEXT_FIELDS = new Set([
  'naJustification',
  'leadAgency',
  'notes',
  'challenges',
  'capacityNeeds',
  'measuresTaken',
]);
const FLAG_FIELDS = new Set(['markedForReview', 'reviewed', 'carried']);
/** Display order: the answer first, then the plan, then the free text, then the flags. */
const ORDER: readonly HistoryField[] = [
  'status',
  'naJustification',
  'targetStatus',
  'priority',
  'targetDate',
  'leadAgency',
  'evidenceText',
  'evidenceLinks',
  'evidenceDate',
  'notes',
  'measuresTaken',
  'challenges',
  'capacityNeeds',
  'markedForReview',
  'reviewed',
  'carried',
];

/** Text cut to `max` code points, at the last space in its second half when there is one. */
export function previewText(text: string, max = HISTORY_TEXT_PREVIEW): string {
  const points = Array.from(text.trim());
  if (points.length <= max) return points.join('');
  const cut = points.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).trimEnd();
}

function textValue(v: unknown): HistoryValue {
  if (v === undefined || v === null) return { kind: 'empty' };
  if (typeof v !== 'string') return { kind: 'other' };
  const text = v.trim();
  if (text === '') return { kind: 'empty' };
  const preview = previewText(text);
  return { kind: 'text', text, preview, shortened: preview !== text };
}

const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The value of `field` in one stored record, typed. */
function valueOf(record: Record<string, unknown>, field: string): HistoryValue {
  const evidence = (record.evidence ?? {}) as Record<string, unknown>;
  switch (field) {
    case 'status':
    case 'targetStatus': {
      const v = record[field];
      if (v === undefined || v === null) return { kind: 'empty' };
      return typeof v === 'string' && STATUSES.includes(v)
        ? { kind: 'status', status: v as AnswerStatus }
        : { kind: 'other' };
    }
    case 'priority': {
      const v = record.priority;
      if (v === undefined || v === null) return { kind: 'empty' };
      return typeof v === 'string' && (PRIORITIES as readonly string[]).includes(v)
        ? { kind: 'priority', priority: v as Priority }
        : { kind: 'other' };
    }
    case 'targetDate':
    case 'evidenceDate': {
      const v = field === 'targetDate' ? record.targetDate : evidence.date;
      if (v === undefined || v === null || v === '') return { kind: 'empty' };
      return isDay(v) ? { kind: 'date', date: v } : { kind: 'other' };
    }
    case 'evidenceText':
      return textValue(evidence.text);
    case 'evidenceLinks': {
      const v = evidence.links;
      if (v === undefined || v === null) return { kind: 'empty' };
      if (!Array.isArray(v) || !v.every((l) => typeof l === 'string')) return { kind: 'other' };
      return v.length === 0 ? { kind: 'empty' } : { kind: 'links', links: [...v] };
    }
    default: {
      const v = record[field];
      if (FLAG_FIELDS.has(field)) {
        if (v === undefined || v === null) return { kind: 'flag', on: false };
        return typeof v === 'boolean' ? { kind: 'flag', on: v } : { kind: 'other' };
      }
      if (TEXT_FIELDS.has(field)) return textValue(v);
      return v === undefined || v === null ? { kind: 'empty' } : { kind: 'other' };
    }
  }
}

const same = (a: HistoryValue, b: HistoryValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The changes one history entry made, each field with its value before and after, in a fixed
 * reading order (answer, plan, free text, flags; unknown fields last, by name). `before` is
 * undefined for the first write of a record: it is then read against the blank record the
 * workspace showed before anything was saved (`blankAnswer`/`blankNormAnswer`), so a default the
 * user never touched (the target "Fully implemented") is not reported as their change; a field
 * with no default reads as "empty → value". Fields whose values only differ in a way the reader
 * cannot see (e.g. trailing spaces) are left out; bookkeeping fields (rev, updatedAt…) never count.
 */
export function historyChanges(before: unknown, after: unknown): HistoryChange[] {
  const b = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const a = (
    before && typeof before === 'object' ? before : before === undefined ? blankOf(b) : {}
  ) as Record<string, unknown>;
  const fields = changedFields(a, b).flatMap((f) =>
    f === 'evidence' ? ['evidenceText', 'evidenceLinks', 'evidenceDate'] : [f],
  );
  const rank = (f: string) => {
    const i = (ORDER as readonly string[]).indexOf(f);
    return i === -1 ? ORDER.length : i;
  };
  fields.sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
  const changes: HistoryChange[] = [];
  for (const field of fields) {
    const change = { field, before: valueOf(a, field), after: valueOf(b, field) };
    // A field this version cannot read still counts as changed (named, without values).
    const unreadable = change.before.kind === 'other' || change.after.kind === 'other';
    if (unreadable || !same(change.before, change.after)) changes.push(change);
  }
  return changes;
}

/** The blank record a first write started from (an answer's or a norm answer's), or none. */
function blankOf(after: Record<string, unknown>): object {
  const { assessmentId, itemId, normId } = after;
  if (typeof assessmentId !== 'string') return {};
  if (typeof itemId === 'string') return blankAnswer(assessmentId, itemId);
  if (typeof normId === 'string') return blankNormAnswer(assessmentId, normId);
  return {};
}
