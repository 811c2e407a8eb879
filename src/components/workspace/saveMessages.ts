import type { FieldProblem } from '../../lib/domain/answers';
import type { SlotView } from '../../lib/state/saveQueue.svelte';
import { excerpt, formatDay, formatList, t } from '../../lib/i18n';
import { MAX_YEAR, MIN_YEAR, NOT_A_DAY, dayProblem } from '../../lib/domain/dates';

/** The sentence for a field held back (typed code → i18n). */
export function problemMessage(p: FieldProblem): string {
  switch (p.code) {
    case 'field.too-long':
      return t.saving.tooLong(p.length, p.max);
    case 'answer.na-needs-justification':
      return t.saving.naNeedsJustification;
    case 'evidence.bad-links':
      return t.saving.badLinks(
        formatList(
          p.lines.map((line) => excerpt(line)),
          'unit',
        ),
      );
    case 'evidence.too-many-links':
      return t.saving.tooManyLinks(p.max);
    case 'field.date':
      // The browser could not read the typed date (badInput): there is no date to name.
      if (p.value === NOT_A_DAY) return t.saving.dateUnreadable;
      return t.saving.dateRefused(p.problem, formatDay(p.value), MIN_YEAR, MAX_YEAR);
  }
}

/**
 * The sentence under a date field: the problem of a date held back; else the problem of a date
 * not stored yet (`shown`, e.g. restored from a draft: it was never stored, so it is "not saved",
 * not "the stored date"); else a note on a `stored` date outside the date rule (saved by an earlier
 * release, kept: domain/importChecks.ts `keptOldDays`).
 */
export function dateMessage(
  view: SlotView<unknown>,
  field: 'targetDate' | 'evidence',
  shown: string | undefined,
  stored: string | undefined,
): string | null {
  const held = problemOf(view, field, ['field.date']);
  if (held) return problemMessage(held);
  const pending = shown !== stored && shown !== undefined ? dayProblem(shown) : null;
  if (pending && shown !== undefined)
    return problemMessage({ code: 'field.date', field, problem: pending, value: shown });
  return stored !== undefined && dayProblem(stored) !== null
    ? t.saving.oldDate(formatDay(stored), MIN_YEAR, MAX_YEAR)
    : null;
}

/** The first problem of `field` (optionally only of some codes) in a record's view. */
export function problemOf(
  view: SlotView<unknown>,
  field: string,
  codes?: readonly FieldProblem['code'][],
): FieldProblem | undefined {
  return view.refused.find((p) => p.field === field && (!codes || codes.includes(p.code)));
}

/** A field's name in sentences ("lead agency"). */
export const fieldName = (field: string): string => t.workspace.fieldNames[field] ?? field;

/** A stored or pending value as the conflict box shows it (labels for choices, text as typed). */
export function describeValue(field: string, value: unknown): string {
  const w = t.workspace;
  if (value === undefined || value === null || value === '') return t.saving.empty;
  if (field === 'status' || field === 'targetStatus')
    return w.statusLabels[value as keyof typeof w.statusLabels] ?? asText(value);
  if (field === 'priority')
    return w.priorityLabels[value as keyof typeof w.priorityLabels] ?? asText(value);
  if (typeof value === 'boolean') return value ? '✓' : '—';
  if (typeof value === 'object' && 'text' in value) {
    const e = value as { text: string; links: string[]; date?: string };
    return [e.text, ...e.links, e.date ?? ''].filter((s) => s !== '').join(' · ') || t.saving.empty;
  }
  return asText(value);
}

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value);
