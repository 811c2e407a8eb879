import type { RecordRef } from '../../domain/importChecks';
import { msg, selectKey } from '../messages';

/**
 * Sentences for the semantic checks of an imported file (domain/importChecks.ts) and for the
 * refusals of reading one (io/readExportFile.ts): each names the record, says what is wrong and,
 * where it helps, what to do. The sentences are assembled (record, field, list of problems) by
 * i18n/importProblems.ts, which reads them from the active language.
 */
export const importChecks = {
  /** The record a problem is in, by its kind (domain/importChecks.ts `RecordRef`). */
  record: msg(
    '{kind, select, file {The file} part {The part’s scope} state {The State “{code}”} assessment {The assessment “{title}”} answer {The answer to practical action {itemId} in “{title}”} normAnswer {The answers on norm {normLetter, select, none {{normId}} other {13({normLetter})}} in “{title}”} history {History entry {index} ({on, select, item {practical action {id}} norm {norm {normLetter, select, none {{id}} other {13({normLetter})}}} other {a change of unknown kind}}) of “{title}”} other {The assignments of “{title}”}}',
    (r: RecordRef) => ({
      kind: r.kind,
      code: 'code' in r ? r.code : '',
      title: 'title' in r ? r.title : '',
      itemId: 'itemId' in r ? r.itemId : '',
      normId: 'normId' in r ? r.normId : '',
      // A norm the pack has is named by its letter, as everywhere in the app ("norm 13(d)").
      normLetter: ('normLetter' in r ? r.normLetter : undefined) ?? 'none',
      index: 'index' in r ? String(r.index) : '',
      on: 'on' in r ? r.on : '',
      id: 'id' in r ? r.id : '',
    }),
  ),
  /** A field of a record, as a problem names it; a field not listed is named by its key. */
  field: msg(
    '{field, select, title {title} naJustification {not-applicable justification} agency {agency name} exportedAt {export time} createdAt {creation time} updatedAt {time of the last change} at {time} periodStart {start of the period} periodEnd {end of the period} targetDate {target date} evidence_date {evidence date} other {{name}}}',
    (name: string) => ({ field: selectKey(name), name }),
  ),
  /** One of the people of an assessment ("people 2" in the domain's field names). */
  person: msg('person {n}', (n: string) => ({ n })),
  unknownItem: msg(
    '{record} names practical action “{itemId}”, which the assessment’s checklist does not have.',
    (record: string, itemId: string) => ({ record, itemId }),
  ),
  unknownNorm: msg(
    '{record} names norm “{normId}”, which the assessment’s checklist does not have.',
    (record: string, normId: string) => ({ record, normId }),
  ),
  historyOtherRecord: msg(
    '{record}: its {side, select, before {earlier} other {later}} value belongs to another practical action, norm or assessment (undo would change the wrong answer).',
    (record: string, side: string) => ({ record, side }),
  ),
  revTooLarge: msg(
    '{record} has revision {rev, number}, too large to be edited further.',
    (record: string, rev: number) => ({ record, rev }),
  ),
  unknownState: msg('{record} is not the ISO code of a UN Member State.', (record: string) => ({
    record,
  })),
  blankText: msg(
    '{record}: the {field} is empty once invisible characters are removed.',
    (record: string, field: string) => ({ record, field }),
  ),
  futureTime: msg(
    '{record}: the {field} ({value}) is in the future.',
    (record: string, field: string, value: string) => ({ record, field, value }),
  ),
  yearOutOfRange: msg(
    '{record}: the {field} ({value}) is not between the years 1900 and 2200.',
    (record: string, field: string, value: string) => ({ record, field, value }),
  ),
  linkNotWeb: msg(
    '{record} has an evidence link that is not a web address (http or https): “{link}”.',
    (record: string, link: string) => ({ record, link }),
  ),
  /** The refusal as a whole: how many problems, then the first ones, one a line. */
  problemsHead: msg(
    '{n, plural, one {The file holds a record the app cannot use:} other {The file holds # records the app cannot use:}}',
    (n: number) => ({ n }),
  ),
  problemsMore: msg('… and {n, number} more.', (n: number) => ({ n })),
  exportUnreadable: msg(
    '{name} was saved, but the app could not import it again: {why}. It is not recorded as a full backup. Export one assessment or one State at a time, and report this problem.',
    (name: string, why: string) => ({ name, why }),
  ),
  exportTooLarge: msg(
    'it is {megabytes, number} MB, and the app reads files up to {maxMegabytes, number} MB',
    (megabytes: number, maxMegabytes: number) => ({ megabytes, maxMegabytes }),
  ),
};
