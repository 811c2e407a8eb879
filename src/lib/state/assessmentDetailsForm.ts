import {
  DETAIL_FIELDS,
  type AssessmentDetails,
  type DetailField,
  type DetailFieldSpec,
} from '../domain/assessmentDetails';
import { formatList, t } from '../i18n';

/**
 * The words of the details form (route `#/assessments/<id>/details`): its fields with their labels
 * and, after a refused save, the fields another window changed. Issue 17: the view renders these.
 */

/** A field of the details form with its label. */
export interface DetailFieldView extends DetailFieldSpec {
  label: string;
}

/** The label of one detail field (the workspace's words; the summary's is the manage screen's). */
export function detailFieldLabel(key: DetailField): string {
  const w = t.workspace;
  const labels: Record<DetailField, string> = {
    title: w.fieldTitle,
    periodStart: w.fieldPeriodStart,
    periodEnd: w.fieldPeriodEnd,
    leadAgency: w.fieldLeadAgency,
    people: w.fieldPeople,
    alias: w.fieldAlias,
    summary: t.manage.fieldSummary,
  };
  return labels[key];
}

/** The details form's fields in order (`DETAIL_FIELDS`), each with its label. */
export function detailFields(): DetailFieldView[] {
  return DETAIL_FIELDS.map((f) => ({ ...f, label: detailFieldLabel(f.key) }));
}

/** One field another window changed: its label and the value it stored, as text. */
export interface ChangedElsewhere {
  label: string;
  stored: string;
}

/**
 * The fields another window changed meanwhile (a `changed-elsewhere` refusal), with what it
 * stored, in the order given: people as a list in words (`formatList`), any other field as its text
 * ('' when empty).
 */
export function changedElsewhere(
  fields: readonly DetailField[],
  current: AssessmentDetails,
): ChangedElsewhere[] {
  return fields.map((f) => ({
    label: detailFieldLabel(f),
    stored: f === 'people' ? formatList(current.people, 'unit') : String(current[f] ?? ''),
  }));
}
