import type { AssignmentIssue, ItemAssignIssue } from '../../domain/assignments';
import type { Answer, NormAnswer } from '../../schema/assessment';
import { formatDay } from '../format';
import { formatMessage } from '../icu';
import { englishText, msg } from '../messages';
import type { ChecklistPack } from '../../schema/pack';
import { common } from './common';
import { priorityLabels, statusLabels, unansweredLabel } from './labels';

/**
 * The coordinator's words: the import of several parts, conflicts by field, the assignment of
 * single items and the "who has answered" table. Typed codes from the domain become sentences here.
 */

/** Names of the fields of an answer or norm answer, as the merge names them (domain/merge.ts). */
export const fieldNames: Record<string, string> = {
  status: 'Status',
  targetStatus: 'Target',
  evidence: 'Evidence',
  leadAgency: 'Lead agency',
  targetDate: 'Target date',
  priority: 'Priority',
  notes: 'Notes',
  markedForReview: 'Marked for review',
  reviewed: 'Reviewed',
  carried: 'Carried forward, not confirmed',
  challenges: 'Challenges',
  capacityNeeds: 'Capacity or assistance required',
  measuresTaken: 'Measures taken',
};

/** A field's name; a field this version does not know is called by a neutral word, never its code. */
export const fieldName = (field: string): string => fieldNames[field] ?? 'Other answer detail';

const yesNo = (v: unknown) => (v ? 'Yes' : 'No');

/** One field's value in words (labels, not codes): "Largely implemented", not "largely". */
export function fieldValue(record: Answer | NormAnswer | undefined, field: string): string {
  if (!record) return unansweredLabel;
  const r = record as Record<string, unknown>;
  switch (field) {
    case 'status': {
      const a = record as Answer;
      if (!a.status) return unansweredLabel;
      const label = statusLabels[a.status];
      return a.status === 'not-applicable' && a.naJustification
        ? `${label}: ${a.naJustification}`
        : label;
    }
    case 'targetStatus':
      return statusLabels[(record as Answer).targetStatus];
    case 'priority': {
      const p = (record as Answer).priority;
      return p ? priorityLabels[p] : 'None';
    }
    case 'targetDate': {
      const d = (record as Answer).targetDate;
      return d ? formatDay(d) : 'None';
    }
    case 'evidence': {
      const e = (record as Answer).evidence;
      return [e.text, ...e.links, e.date ? formatDay(e.date) : ''].filter(Boolean).join(' · ');
    }
    case 'markedForReview':
    case 'reviewed':
    case 'carried':
      return yesNo(r[field]);
    default: {
      const v = r[field];
      return typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v);
    }
  }
}

export const coordinator = {
  fieldName,
  fieldValue,
  // ---- import of several files ----
  filesLabel: 'Choose files to import: exports or agency parts (JSON; you may choose several)',
  filesChosen: (n: number) => `${n} file${n === 1 ? '' : 's'} chosen.`,
  noFiles: 'Choose at least one file first.',
  fileRefused: (name: string) => `${name} was not imported.`,
  someRefused: (n: number) =>
    `${n} file${n === 1 ? ' was' : 's were'} refused; the others can still be imported. Nothing stored has changed.`,
  fileHeading: (name: string) => `File: ${name}`,
  /** On an agency's device: the part it received, and the one click that sends it back. */
  heldPartHint: 'This is the part you received from the coordinator.',
  sendBack: 'Export this part back to the coordinator',
  /** A refused file's reason, named once by its file name. */
  fileProblem: (name: string, problem: string) => `${name}: ${problem}`,
  /** A part's scope in words: whole norms by label ("Norm 13(a)"), single items by id. */
  partOf: (agency: string, norms: string, items: string) =>
    formatMessage(
      '{hasItems, select, yes {{hasNorms, select, yes {Part filled by {agency}, covering {norms} and the items {items}.} other {Part filled by {agency}, covering the items {items}.}}} other {Part filled by {agency}, covering {norms}.}}',
      { agency, norms, items, hasItems: items ? 'yes' : 'no', hasNorms: norms ? 'yes' : 'no' },
    ),
  /** The same part (agency and export instant) came in before: its return is recorded once. */
  alreadyImported: (date: string) => `This part was already imported on ${date}.`,
  /** Norms as the app names them ("Norm 13(a)"), in the pack's order; an id the pack lacks stays. */
  normNames: (pack: Pick<ChecklistPack, 'norms'> | undefined, ids: readonly string[]): string => {
    const named = (pack?.norms ?? [])
      .filter((n) => ids.includes(n.id))
      .map((n) => englishText(common.norm, n.letter));
    const unknown = ids.filter((id) => !pack?.norms.some((n) => n.id === id));
    return [...named, ...unknown].join(', ');
  },
  totalsCaption: (n: number) =>
    n === 1
      ? 'Records added, changed and unchanged'
      : `Records added, changed and unchanged, all ${n} files together`,
  importAll: (n: number) => (n === 1 ? 'Import' : `Import all ${n} files`),
  importedAll: (n: number) =>
    `Imported${n === 1 ? '' : ` ${n} files`}. Every change is in the history of the items concerned.`,
  openFields: (n: number) => `${n} field${n === 1 ? '' : 's'} still to decide.`,

  // ---- conflicts by field ----
  conflictsHeading: (n: number) => `Conflicts to resolve (${n})`,
  /** The records a part writes without a conflict, and the fields it writes in each. */
  mergedHeading: (n: number) =>
    formatMessage(
      'Written from this part without conflict ({n, plural, one {# answer} other {# answers}}), with the fields taken from it',
      { n },
    ),
  conflictsIntro:
    'Changes to different fields of an answer are both kept. Below are only the fields that were changed here and in the part, differently. Choose the value to keep for each; the other one stays in the item’s history.',
  noAncestor:
    'This part was not exported from this device, so it is not known which side changed what: every field that differs is listed.',
  conflictField: (field: string) => fieldName(field),
  keepStored: (value: string) => `Keep this device’s value: ${value}`,
  takeIncoming: (value: string) => `Take the part’s value: ${value}`,
  changedBy: (by: string, at: string) => `changed by ${by || 'unknown'}, ${at}`,
  /**
   * A record written without conflict, before its fields: " — " as separator, since the action's
   * text often ends in punctuation ("… use of ICTs.: Status" read badly).
   */
  mergedLabel: (label: string) => `${label} —`,
  alsoTaken: (fields: string) => `Taken from the part without conflict: ${fields}.`,

  // ---- assignments carried by a file ----
  fileAssignmentsHeading: 'Assignments in the file',
  fileAssignmentsNone: 'The file carries no assignments.',
  /** One agency of a file's assignments: its whole norms by label, its single items by id. */
  fileAssignmentLine: (agency: string, norms: string, items: string) =>
    items ? `${agency}: ${norms || '—'}; single items ${items}` : `${agency}: ${norms || '—'}`,
  assignmentIssue: (issue: AssignmentIssue): string => {
    switch (issue.code) {
      case 'assignments.no-name':
        return 'An agency in the assignments has no name.';
      case 'assignments.agency-twice':
        return `The agency “${issue.agency}” is listed twice in the assignments.`;
      case 'assignments.unknown-norm':
        return `The assignments give ${issue.agency} a norm “${issue.normId}” that is not in the checklist.`;
      case 'assignments.unknown-item':
        return `The assignments give ${issue.agency} an item “${issue.itemId}” that is not in the checklist (or is retired).`;
      case 'assignments.norm-twice':
        return `The assignments give norm “${issue.normId}” to two agencies.`;
      case 'assignments.item-twice':
        return `The assignments give item “${issue.itemId}” to two agencies.`;
    }
  },
  itemAssignIssue: (issue: ItemAssignIssue): string =>
    issue.code === 'assignments.item-taken'
      ? `Item ${issue.itemId} is already given to ${issue.owner}. Take it back there first.`
      : `No agency “${issue.agency}”.`,

  // ---- single items in the assignments panel ----
  itemsOf: (agency: string) => `Single items answered by ${agency}`,
  itemsHint:
    'A single item given to an agency is answered by it even when its norm is given to another agency.',
  addItemLabel: (agency: string) => `Give a single item to ${agency}`,
  addItem: 'Give item',
  chooseItem: 'Choose an item',
  removeItem: (itemId: string) => `Take back item ${itemId}`,

  // ---- who has answered ----
  progressHeading: 'Who has answered',
  progressIntro:
    'For each agency: what it was given, when its part was sent and came back, what is still unanswered, and conflicts still open in the import being prepared.',
  progressCaption: 'Agencies, their parts and what is missing',
  colAgency: 'Agency',
  colGiven: 'Given',
  colSent: 'Part sent',
  colReceived: 'Parts back',
  colMissing: 'Still unanswered',
  colConflicts: 'Open conflicts',
  given: (norms: string, items: number, total: number) =>
    `${norms || 'no whole norm'}${items > 0 ? `, ${items} single item${items === 1 ? '' : 's'}` : ''} (${total} item${total === 1 ? '' : 's'} to answer)`,
  notSent: 'not sent from this device',
  notReceived: 'none yet',
  receivedLine: (exported: string, imported: string) =>
    `exported ${exported}, imported ${imported}`,
  missingNone: 'nothing',
  missingSome: (n: number, ids: string) => `${n}: ${ids}`,
  notAssigned: '(not in the assignments)',
  noAgencies: 'No agency has been given a part and no part has come back yet.',
  progressCsv: 'Download as CSV',
  csvHeader: [
    'Agency',
    'In the assignments',
    'Norms',
    'Single items',
    'Items to answer',
    'Part sent',
    'Parts back (exported / imported)',
    'Still unanswered',
    'Open conflicts',
  ],
  yes: 'Yes',
  no: 'No',
  chooseAssessment: 'Assessment',
  noAssessment: 'There is no assessment on this device yet.',

  // ---- lead agency ----
  agencySuggestions: 'Agencies already named in this assessment',

  // ---- which way a part travels (schema/exportFile.ts partDirection) ----
  /** A part returned by an agency whose assessment is not here: never added as a whole one. */
  returnedWithoutAssessment: msg(
    'This part came back from {agency} for “{title}”, which is not on this device. It is not added as an assessment of its own: it holds only that agency’s answers and would be scored as a whole assessment. Import or restore the whole assessment first, then import this part again; or skip it.',
    (agency: string, title: string) => ({ agency, title }),
  ),
  /** A part's scope as the FILE states it: a claim, not a fact (issue 16). */
  partClaims: msg(
    '{hasItems, select, yes {{hasNorms, select, yes {The file says it is the part of {agency}, covering {norms} and the items {items}.} other {The file says it is the part of {agency}, covering the items {items}.}}} other {The file says it is the part of {agency}, covering {norms}.}}',
    (agency: string, norms: string, items: string) => ({
      agency,
      norms,
      items,
      hasItems: items ? 'yes' : 'no',
      hasNorms: norms ? 'yes' : 'no',
    }),
  ),
  /** The scope this device sent to the part's agency (what the merge keeps to). */
  partGiven: msg(
    '{hasItems, select, yes {{hasNorms, select, yes {Given to {agency} from this device: {norms} and the items {items}.} other {Given to {agency} from this device: the items {items}.}}} other {Given to {agency} from this device: {norms}.}}',
    (agency: string, norms: string, items: string) => ({
      agency,
      norms,
      items,
      hasItems: items ? 'yes' : 'no',
      hasNorms: norms ? 'yes' : 'no',
    }),
  ),
  /** What the file carries outside what was given: named, and left out. */
  partLeftOut: msg(
    '{hasItems, select, yes {{hasNorms, select, yes {Not given to {agency}, left out: the answers to {items}, and the own answers of {norms}.} other {Not given to {agency}, left out: the answers to {items}.}}} other {Not given to {agency}, left out: the own answers of {norms}.}}',
    (agency: string, items: string, norms: string) => ({
      agency,
      norms,
      items,
      hasItems: items ? 'yes' : 'no',
      hasNorms: norms ? 'yes' : 'no',
    }),
  ),
} as const;
