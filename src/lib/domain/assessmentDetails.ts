import { z } from 'zod';
import {
  ALIAS_LIMIT,
  assessmentSchema,
  periodInOrder,
  TEXT_LIMITS,
  PERIOD_ORDER_MESSAGE,
  type Assessment,
} from '../schema/assessment';
import { hasVisibleText } from './importChecks';
import { fail, ok, type Result } from './result';
import { MAX_YEAR, MIN_YEAR, dayProblem } from './dates';

/**
 * Editing an assessment's details, and the trash. The field rules are the schema's own
 * (`assessmentSchema`): a form shows the schema's verdict per field, mapped to a typed problem,
 * never a rule written out a second time or a raw zod message.
 */

/** The details a user may change after creating an assessment. */
export type AssessmentDetails = Pick<
  Assessment,
  'title' | 'periodStart' | 'periodEnd' | 'leadAgency' | 'people' | 'alias' | 'summary'
>;
export type DetailField = keyof AssessmentDetails;

/** How a detail is typed: one line of text, a day, or several lines (people: one name a line). */
export type DetailInput = 'text' | 'date' | 'lines';

/** One field of the details form, in form order (words: state/assessmentDetailsForm.ts). */
export interface DetailFieldSpec {
  key: DetailField;
  input: DetailInput;
  /**
   * The schema's limit of the stored field, in characters, as the control's maxlength. None for
   * people (each line is limited, not the whole text: `lineLimitProblem`) and for dates.
   */
  max?: number;
  /** Visible rows of a several-line field. */
  rows?: number;
}

/** The details form's fields, in order, with the limits of the stored schema (`TEXT_LIMITS`). */
export const DETAIL_FIELDS: readonly DetailFieldSpec[] = [
  { key: 'title', input: 'text', max: TEXT_LIMITS.short },
  { key: 'periodStart', input: 'date' },
  { key: 'periodEnd', input: 'date' },
  { key: 'leadAgency', input: 'text', max: TEXT_LIMITS.short },
  { key: 'people', input: 'lines', rows: 3 },
  { key: 'alias', input: 'text', max: ALIAS_LIMIT },
  { key: 'summary', input: 'lines', max: TEXT_LIMITS.summary, rows: 6 },
];

/** Why a field's value is refused (words: i18n `t.manage.problem`). */
export type FieldProblem =
  | { code: 'required' }
  | { code: 'too-long'; max: number }
  | { code: 'date' }
  /** A year outside the date rule (domain/dates.ts): from `min` to `max`. */
  | { code: 'date-range'; min: number; max: number }
  | { code: 'end-before-start' }
  | { code: 'invalid' };

export type FieldProblems = Partial<Record<DetailField, FieldProblem>>;

/**
 * Why editing, trashing or restoring an assessment failed (storage/trash.ts; words: i18n
 * `t.manage.failure`). Typed here, beside the field problems it carries, so that the i18n layer can
 * name it without importing storage.
 */
export type ManageFailure =
  | { code: 'not-found' }
  | { code: 'final' }
  | { code: 'invalid'; fields: FieldProblems }
  | { code: 'changed-elsewhere'; fields: DetailField[]; current: Assessment }
  | { code: 'storage'; name: string };

const FIELDS: readonly DetailField[] = [
  'title',
  'periodStart',
  'periodEnd',
  'leadAgency',
  'people',
  'alias',
  'summary',
];

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * What a details form changes, field by field, against the record it was opened on (`base`), and
 * whether another window changed the same fields since (`stored`). Two windows that edit different
 * details both keep their change; one that would overwrite a field changed elsewhere since it was
 * opened is refused with those fields (`changedElsewhere`), never saved over them silently. Returns
 * the details to write: the stored record with only the form's own changes on top.
 */
export function mergeDetails(
  base: AssessmentDetails,
  edited: AssessmentDetails,
  stored: AssessmentDetails,
): { details: AssessmentDetails; changedElsewhere: DetailField[] } {
  const details = { ...pickDetails(stored) };
  const changedElsewhere: DetailField[] = [];
  for (const f of FIELDS) {
    if (sameValue(edited[f], base[f])) continue;
    if (!sameValue(stored[f], base[f]) && !sameValue(stored[f], edited[f]))
      changedElsewhere.push(f);
    (details as Record<DetailField, unknown>)[f] = edited[f];
  }
  return { details, changedElsewhere };
}

/** The details of an assessment (the fields a details form edits). */
export function pickDetails(a: AssessmentDetails): AssessmentDetails {
  return {
    title: a.title,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    leadAgency: a.leadAgency,
    people: [...a.people],
    alias: a.alias,
    summary: a.summary,
  };
}

/** The details form as typed: every field text, people one a line. */
export type DetailsForm = Record<DetailField, string>;

/** The form filled from stored details (people one a line). */
export function detailsForm(d: AssessmentDetails): DetailsForm {
  return { ...pickDetails(d), people: d.people.join('\n') };
}

/**
 * Whether the form still holds exactly the details it was filled from: then there is nothing to
 * keep as a draft (a draft is kept only for typed, unsaved changes).
 */
export function formUnchanged(form: DetailsForm, from: AssessmentDetails): boolean {
  const start = detailsForm(from);
  return (Object.keys(start) as DetailField[]).every((k) => start[k] === form[k]);
}

/**
 * The assessment with `details` applied, checked by `assessmentSchema`; or the problems per field
 * (the first one of each field). `at` becomes `updatedAt`. Text is NFC and titles trimmed by the
 * schema's transforms.
 */
export function applyDetails(
  current: Assessment,
  details: AssessmentDetails,
  at: string,
): Result<Assessment, FieldProblems> {
  const parsed = assessmentSchema.safeParse({ ...current, ...details, updatedAt: at });
  if (!parsed.success) {
    const problems = problemsOf(parsed.error.issues);
    // A problem outside the editable fields is a damaged record, not the user's input.
    return fail(Object.keys(problems).length > 0 ? problems : { title: { code: 'invalid' } });
  }
  const problems = visibleTextProblems(parsed.data);
  return Object.keys(problems).length > 0 ? fail(problems) : ok(parsed.data);
}

/**
 * The schema's verdict on zod issues, as one typed problem per editable field (the first issue of
 * each field; issues outside the editable fields are left out).
 */
function problemsOf(issues: readonly z.core.$ZodIssue[]): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of issues) {
    const field = FIELDS.find((f) => f === issue.path[0]);
    if (!field || problems[field]) continue;
    problems[field] =
      // Only the period-order issue says "end before start"; a custom date check is a bad date.
      field === 'periodEnd' && issue.code === 'custom' && issue.message === PERIOD_ORDER_MESSAGE
        ? { code: 'end-before-start' }
        : field === 'periodStart' || field === 'periodEnd'
          ? { code: 'date' }
          : issue.code === 'too_small'
            ? { code: 'required' }
            : issue.code === 'too_big'
              ? { code: 'too-long', max: Number(issue.maximum) }
              : { code: 'invalid' };
  }
  return problems;
}

/**
 * The schema trims spaces but not zero-width characters: text that shows nothing is refused, the
 * same rule as imports (importChecks.ts `hasVisibleText`). The schema takes any real day: the
 * period is checked with the forms' date rule too, so that no assessment is saved with a period
 * its backup could not restore (tester, session 6: 1850-02-28 – 2300-02-28 was saved).
 */
function visibleTextProblems(d: AssessmentDetails): FieldProblems {
  const problems: FieldProblems = {};
  if (!hasVisibleText(d.title)) problems.title = { code: 'required' };
  for (const f of ['periodStart', 'periodEnd'] as const) {
    const problem = periodDayProblem(d[f]);
    if (problem) problems[f] = problem;
  }
  for (const f of ['leadAgency', 'alias', 'summary'] as const) {
    const v = d[f];
    if (typeof v === 'string' && v !== '' && !hasVisibleText(v)) problems[f] = { code: 'invalid' };
  }
  if (d.people.some((p) => !hasVisibleText(p))) problems.people = { code: 'invalid' };
  return problems;
}

/** The details' fields exactly as the stored assessment's schema checks them, period order too. */
const detailsSchema = z
  .object({
    title: assessmentSchema.shape.title,
    periodStart: assessmentSchema.shape.periodStart,
    periodEnd: assessmentSchema.shape.periodEnd,
    leadAgency: assessmentSchema.shape.leadAgency,
    people: assessmentSchema.shape.people,
    alias: assessmentSchema.shape.alias,
    summary: assessmentSchema.shape.summary,
  })
  .refine(periodInOrder, { path: ['periodEnd'], message: PERIOD_ORDER_MESSAGE });

/**
 * What a new assessment's details form would be refused for, field by field, by the schema that
 * stores it (`assessmentSchema`'s own field rules and period order) and the visible-text rule: the
 * same verdicts as `applyDetails`, before there is a record to apply them to. Empty when none.
 */
export function detailsProblems(details: AssessmentDetails): FieldProblems {
  const parsed = detailsSchema.safeParse(details);
  if (parsed.success) return visibleTextProblems(parsed.data);
  const problems = problemsOf(parsed.error.issues);
  // A date the schema took is still judged by the date rule while another field is refused.
  for (const f of ['periodStart', 'periodEnd'] as const) {
    const problem = problems[f] ? undefined : periodDayProblem(details[f]);
    if (problem) problems[f] = problem;
  }
  return problems;
}

/** The people of a details form: one name a line, spaces around each trimmed, blank lines left out. */
export function peopleLines(text: string): string[] {
  return text
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The details a form holds, as stored details (people one a line → a list). */
export function formDetails(form: DetailsForm): AssessmentDetails {
  return { ...form, people: peopleLines(form.people) };
}

/**
 * After another window saved the same assessment (`changed-elsewhere`), the form is filled again
 * from what is stored (`current`), with the user's own typing kept on top: each field the user had
 * changed from what the form was filled from (`before`) keeps the user's text. Nothing typed is lost,
 * and saving again replaces the other window's value deliberately, not by accident.
 */
export function keepTypedOver(
  typed: DetailsForm,
  before: AssessmentDetails | null,
  current: AssessmentDetails,
): DetailsForm {
  const was = before ? detailsForm(before) : null;
  const next = detailsForm(current);
  for (const f of FIELDS) if (typed[f] !== (was ? was[f] : '')) next[f] = typed[f];
  return next;
}

/**
 * Why a period's start or end as typed ("YYYY-MM-DD") cannot be saved, by the date rule
 * (domain/dates.ts): `date` for no real day, `date-range` for a year outside it; undefined when
 * it can (an empty field is the schema's to refuse, at Save).
 */
export function periodDayProblem(value: string): FieldProblem | undefined {
  if (value === '') return undefined;
  const problem = dayProblem(value);
  if (problem === 'not-a-date') return { code: 'date' };
  if (problem === 'out-of-range') return { code: 'date-range', min: MIN_YEAR, max: MAX_YEAR };
  return undefined;
}

/** How long an assessment stays in the trash before it is removed for good. */
export const TRASH_KEEP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days left before a trashed assessment is purged (0 when due). */
export function trashDaysLeft(deletedAt: string, now: Date): number {
  const left = new Date(deletedAt).getTime() + TRASH_KEEP_DAYS * DAY_MS - now.getTime();
  return Math.max(0, Math.ceil(left / DAY_MS));
}

/** Whether a trashed assessment is past its keeping time. */
export const trashExpired = (deletedAt: string, now: Date): boolean =>
  trashDaysLeft(deletedAt, now) === 0;
