import type { Answer, NormAnswer } from '../schema/assessment';
import type { ChecklistPack } from '../schema/pack';
import type { PartStatus } from '../domain/coordination';
import type { Texts } from './catalogue';
import { formatDay, formatInstant, formatList, isolate } from './format';
import { t } from './locales';

/**
 * The coordinator's values in words, assembled from the messages of a language (`texts`, default
 * the screens' `t`): a field's value as a merge conflict shows it, and norms named as the app
 * names them. The sentences themselves are messages of `coordinator` (en/coordinator.ts); this
 * module only chooses and joins them, so that a language pack translates them too.
 */

/**
 * One field of an answer or norm answer in words (labels, not codes): "Largely implemented", not
 * "largely"; a not-applicable status with its justification; dates as the formatter writes days;
 * evidence as its text, links and date joined by " · ". `undefined` (no record) is "Unanswered".
 */
export function fieldValue(
  record: Answer | NormAnswer | undefined,
  field: string,
  texts: Texts = t,
): string {
  const c = texts.coordinator;
  const { statusLabels, priorityLabels, unanswered } = texts.workspace;
  if (!record) return unanswered;
  const r = record as Record<string, unknown>;
  switch (field) {
    case 'status': {
      const a = record as Answer;
      if (!a.status) return unanswered;
      const label = statusLabels[a.status];
      return a.status === 'not-applicable' && a.naJustification
        ? c.statusWithJustification(label, a.naJustification)
        : label;
    }
    case 'targetStatus':
      return statusLabels[(record as Answer).targetStatus];
    case 'priority': {
      const p = (record as Answer).priority;
      return p ? priorityLabels[p] : c.none;
    }
    case 'targetDate': {
      const d = (record as Answer).targetDate;
      return d ? formatDay(d) : c.none;
    }
    case 'evidence': {
      const e = (record as Answer).evidence;
      return [e.text, ...e.links, e.date ? formatDay(e.date) : ''].filter(Boolean).join(' · ');
    }
    case 'markedForReview':
    case 'reviewed':
    case 'carried':
      return r[field] ? c.yes : c.no;
    default: {
      const v = r[field];
      return typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v);
    }
  }
}

/**
 * Norms as the app names them ("Norm 13(a), Norm 13(b)"), in the pack's order, joined as the
 * language joins a list of codes (`formatList` "unit"); an id the pack lacks stays as it is, last.
 */
export function normNames(
  pack: Pick<ChecklistPack, 'norms'> | undefined,
  ids: readonly string[],
  texts: Texts = t,
): string {
  const named = (pack?.norms ?? [])
    .filter((n) => ids.includes(n.id))
    .map((n) => texts.common.norm(n.letter));
  const unknown = ids.filter((id) => !pack?.norms.some((n) => n.id === id));
  return formatList([...named, ...unknown], 'unit');
}

/**
 * How every list names an assessment: the name the list uses (`name`: the title on Home, the
 * title with its alias where several cycles are picked from, `assessmentName`), or, for one this
 * device holds only as an agency's part (`heldAgency`: its agency, '' when unknown; undefined for a
 * whole cycle), "Agency part of <name> (<agency>)", the name and agency isolated (user text).
 */
export function listedAssessmentName(
  name: string,
  heldAgency: string | undefined,
  texts: Texts = t,
): string {
  return heldAgency === undefined
    ? name
    : texts.common.heldPartOf(isolate(name), heldAgency === '' ? '' : isolate(heldAgency));
}

/**
 * Where an agency part stands, in words (`coordinator.partStatus`): `status` from
 * domain/coordination.ts `partStatus`; `instant` writes its instants (the screen's `formatInstant`;
 * the CSV writes them as stored, ISO 8601).
 */
export function partStatusText(
  status: PartStatus,
  instant: (iso: string) => string = formatInstant,
  texts: Texts = t,
): string {
  const sent = 'sentAt' in status ? instant(status.sentAt) : '';
  const returned = 'returnedAt' in status ? instant(status.returnedAt) : '';
  const returns = status.kind === 'never-sent' ? status.returns : 0;
  return texts.coordinator.partStatus(status.kind, sent, returned, returns);
}
