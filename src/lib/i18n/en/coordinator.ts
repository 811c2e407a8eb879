import type { AssignmentIssue, ActionAssignIssue } from '../../domain/assignments';
import { countMsg, fieldsOf, msg, selectKey } from '../messages';

/**
 * The coordinator's words: the import of several parts, conflicts by field, the assignment of
 * single items and the "who has answered" table. Typed codes from the domain become sentences here
 * (ICU select on the code); values in words are assembled by i18n/coordination.ts.
 */

/**
 * A field of an answer or norm answer, as the merge names it (domain/merge.ts); a field this
 * version does not know is called by a neutral word, never its code.
 */
const fieldName = msg(
  '{field, select, status {Status} targetStatus {Target} evidence {Evidence} leadAgency {Lead agency} targetDate {Target date} priority {Priority} notes {Notes} markedForReview {Marked for review} reviewed {Reviewed} carried {Carried forward, not confirmed} challenges {Challenges} capacityNeeds {Capacity or assistance required} measuresTaken {Measures taken} other {Other answer detail}}',
  (field: string) => ({ field: selectKey(field) }),
);

/**
 * The named values of every sentence about a part's scope (partOf, partClaims, partGiven,
 * partLeftOut, fileAssignmentLine): the agency, its whole norms in words, its single practical actions by id, and
 * whether each list has anything in it (`yes`/`no`, for the ICU select that leaves an empty list
 * out). One argument order for all of them: agency, norms, practical actions.
 */
const scopeArgs = (agency: string, norms: string, items: string, itemCount: number) => ({
  agency,
  norms,
  items,
  itemCount,
  hasItems: items ? 'yes' : 'no',
  hasNorms: norms ? 'yes' : 'no',
});

export const coordinator = {
  fieldName,
  // ---- a field's value in words (i18n/coordination.ts `fieldValue`) ----
  /** A not-applicable status with its justification. */
  statusWithJustification: msg(
    '{status}: {justification}',
    (status: string, justification: string) => ({
      status,
      justification,
    }),
  ),
  none: 'None',
  // ---- import of several files ----
  filesLabel: 'Choose files to import: exports or agency parts (JSON; you may choose several)',
  noFiles: 'Choose at least one file first.',
  someRefused: countMsg(
    '{n, plural, one {# file was refused} other {# files were refused}}; the others can still be imported. Nothing stored has changed.',
  ),
  fileHeading: msg('File: {name}', (name: string) => ({ name })),
  /** On an agency's device: the part it received, and the one click that sends it back. */
  heldPartHint: 'This is the part you received from the coordinator.',
  sendBack: 'Export this part back to the coordinator',
  /** A refused file's reason, named once by its file name. */
  fileProblem: msg('{name}: {problem}', (name: string, problem: string) => ({ name, problem })),
  /** A part's scope in words: whole norms by label ("Norm 13(a)"), single items by id. */
  partOf: msg(
    '{hasItems, select, yes {{hasNorms, select, yes {Part filled by {agency}, covering {norms} and {itemCount, plural, one {the practical action {items}} other {the practical actions {items}}}.} other {Part filled by {agency}, covering {itemCount, plural, one {the practical action {items}} other {the practical actions {items}}}.}}} other {Part filled by {agency}, covering {norms}.}}',
    scopeArgs,
  ),
  /**
   * A full backup of an agency's device holding the part this device sent it (domain/coordination.ts
   * `heldReturnOf`): merged as that agency's returned part (tester, session 6).
   */
  heldReturn: msg(
    'This backup holds the part of {agency} sent on {date}: merged as its return.',
    (agency: string, date: string) => ({ agency, date }),
  ),
  /**
   * On an agency's device, a part new here (added): it is held as that agency's part, as the full
   * backup's preview says of a held part (tester, session 6: "New on this device. Add it").
   */
  heldAsPart: msg(
    'New on this device. Held on this device as the part of {agency} for “{title}” ({state}): only its practical actions are answered here, it is not scored as a whole assessment, and it goes back to the coordinator as a part.',
    (agency: string, title: string, state: string) => ({ agency, title, state }),
  ),
  /** The same part (agency and export instant) came in before: its return is recorded once. */
  alreadyImported: msg('This part was already imported on {date}.', (date: string) => ({ date })),
  totalsCaption: countMsg(
    '{n, plural, one {Records added, changed and unchanged} other {Records added, changed and unchanged, all # files together}}',
  ),
  /** No file of the preview has anything to do (each says why): no Import button. */
  nothingToImport: 'There is nothing to import from the chosen files.',
  /**
   * The import button: `n` files the import acts on, of `total` chosen (the others have nothing to
   * do or are skipped: `notImported` names them).
   */
  importFiles: msg(
    '{all, select, yes {{n, plural, one {Import} other {Import all # files}}} other {{n, plural, one {Import # file} other {Import # files}}}}',
    (n: number, total: number) => ({ n, all: n === total ? 'yes' : 'no' }),
  ),
  /** Beside the import button: the files it leaves as they are (each file's section says why). */
  notImported: msg('Not imported: {names}.', (names: string) => ({ names })),
  /** The result of an import: how many of the files chosen wrote anything (`n` of `total`). */
  importedAll: msg(
    '{all, select, yes {{n, plural, one {Imported.} other {Imported # files.}}} other {Imported {n, number} of {total, number} files.}} Every change is in the history of the items concerned.',
    (n: number, total: number) => ({ n, total, all: n === total ? 'yes' : 'no' }),
  ),
  // ---- what each file of an import writes (domain/importSession.ts fileOutcome) ----
  writtenAssessments: countMsg('{n, plural, one {# assessment added} other {# assessments added}}'),
  /** Assessments added that this device holds only as an agency's part (importPlan `agencyParts`). */
  writtenAgencyParts: countMsg(
    '{n, plural, one {# agency part added} other {# agency parts added}}',
  ),
  writtenAnswers: countMsg('{n, plural, one {# answer written} other {# answers written}}'),
  writtenNormAnswers: countMsg(
    '{n, plural, one {# norm answer written} other {# norm answers written}}',
  ),
  writtenHistory: countMsg(
    '{n, plural, one {# history entry added} other {# history entries added}}',
  ),
  writtenPacks: countMsg(
    '{n, plural, one {# checklist version installed} other {# checklist versions installed}}',
  ),
  writtenMarks: countMsg(
    '{n, plural, one {# assessment restored or made whole} other {# assessments restored or made whole}}',
  ),
  /** Before the import: what this file will write (`what`: the counts above, as a list). */
  fileWillWrite: msg('Importing this file: {what}.', (what: string) => ({ what })),
  fileWillAlreadyImported: msg(
    'This part was already imported on {date}: nothing to do.',
    (date: string) => ({ date }),
  ),
  fileWillSkip: 'Nothing of this file will be imported: it is skipped.',
  fileWillNothingNew: 'Nothing to write from this file: everything it carries is already here.',
  /** A file holding the same as an earlier file of the import (`other`): planned once, from that one. */
  fileWillSameAs: msg(
    'Nothing to write from this file: {name} holds the same as {other}.',
    (name: string, other: string) => ({ name, other }),
  ),
  /** After the import, one line per file, in a list of this name. */
  resultsLabel: 'What each file did',
  fileWrote: msg('{name}: {what}.', (name: string, what: string) => ({ name, what })),
  fileWasAlreadyImported: msg(
    '{name}: already imported on {date}, nothing to do.',
    (name: string, date: string) => ({ name, date }),
  ),
  fileWasSkipped: msg('{name}: skipped, nothing written.', (name: string) => ({ name })),
  fileWasNothingNew: msg('{name}: nothing new, nothing written.', (name: string) => ({ name })),
  fileWasSameAs: msg(
    '{name}: holds the same as {other}, nothing written from it.',
    (name: string, other: string) => ({ name, other }),
  ),
  /** An assessment a file of the import carries that an earlier file of the same import adds. */
  arrivesEarlier: msg(
    'This assessment is not on this device yet: it arrives with {name}, earlier in this import. Choose what to do:',
    (name: string) => ({ name }),
  ),
  /** Only "skip" is possible for an assessment of a file (the note above says why). */
  onlySkip: 'It cannot be imported here: it will be skipped.',
  /** Another agency's part of an assessment this device holds as one agency's part: refused. */
  otherAgencyPart: msg(
    'This is the part of {fileAgency}; this device holds the part of {heldAgency} for “{title}”: it is not merged.',
    (fileAgency: string, heldAgency: string, title: string) => ({ fileAgency, heldAgency, title }),
  ),
  /** A file's assessment whose State differs from the stored one with the same id: refused. */
  otherStateStored: msg(
    'The file says “{title}” is of {fileState}; the assessment with this id on this device is of {storedState}: it is not merged.',
    (title: string, fileState: string, storedState: string) => ({ title, fileState, storedState }),
  ),
  /** A new assessment of a State this device holds none of: preset to skip, adding stays possible. */
  otherStateNew: msg(
    'This is {state}’s assessment; other States’ files are usually compared in the Regional view, not added. This device holds no assessment of {state}, so it is set to be skipped; choose Add it to keep it here.',
    (state: string) => ({ state }),
  ),
  openFields: countMsg(
    '{n, plural, one {# field still to decide.} other {# fields still to decide.}}',
  ),

  // ---- conflicts by field ----
  conflictsHeading: countMsg('Conflicts to resolve ({n, number})'),
  /** The records a part writes without a conflict, and the fields it writes in each. */
  mergedRecordsHeading: msg(
    'Written from this {part, select, yes {part} other {file}} without conflict ({records}), with the fields taken from it',
    (records: string, part: boolean) => ({ records, part: part ? 'yes' : 'no' }),
  ),
  /** The records of a heading above (`records`), each kind in its own words, as a list. */
  recordAnswers: countMsg('{n, plural, one {# answer} other {# answers}}'),
  recordNormAnswers: countMsg('{n, plural, one {# norm answer} other {# norm answers}}'),
  /** A whole assessment merged into the part this device holds of it (tester A, finding 2). */
  wholeOverPart: msg(
    'This device holds only the part of “{title}” given to {agency}. This file is the whole assessment: merged, it makes the assessment whole here, and it is scored as a whole cycle.',
    (title: string, agency: string) => ({ title, agency }),
  ),
  /**
   * A full backup's assessment that its device held only as an agency's part (export format 6):
   * added or copied, it stays that part (session 5: a copy was shown as a cycle and scored).
   */
  heldPartKept: msg(
    '“{title}” is only the part given to {agency} on the device that made this backup. It is imported as that agency part: it is not scored and not shown as a cycle.',
    (title: string, agency: string) => ({ title, agency }),
  ),
  /** A merge target in the trash (tester A, finding 6). */
  restoringFromTrash: msg(
    '“{title}” is in the trash. Merging takes it out of the trash.',
    (title: string) => ({ title }),
  ),
  /** Nothing the import would write is new (tester A, finding 5). */
  nothingImported:
    'Nothing was imported: this device already holds everything the chosen files carry, or every assessment was skipped. Nothing stored has changed.',
  conflictsIntro:
    'Changes to different fields of an answer are both kept. Below are only the fields that were changed here and in the part, differently. Choose the value to keep for each; the other one stays in the item’s history.',
  /** Shown when a record of the file has no ancestor here (domain/merge.ts): nothing is decided silently. */
  noAncestor: msg(
    '{part, select, yes {This part was not exported from this device} other {This file is not a part exported from this device}}, so it is not known which side changed what: every field that differs is listed.',
    (part: boolean) => ({ part: part ? 'yes' : 'no' }),
  ),
  /** Records whose fields keep this device's value without asking: the file holds an older value. */
  keptRecordsHeading: msg(
    'Kept as on this device, the {part, select, yes {part} other {file}} holding an older value ({records})',
    (records: string, part: boolean) => ({ records, part: part ? 'yes' : 'no' }),
  ),
  /** A conflict's legend: the field's name (the same words as `fieldName`). */
  conflictField: fieldName,
  keepStored: msg('Keep this device’s value: {value}', (value: string) => ({ value })),
  takeIncoming: msg('Take the part’s value: {value}', (value: string) => ({ value })),
  changedBy: msg(
    'changed by {known, select, yes {{by}} other {unknown}}, {at}',
    (by: string, at: string) => ({ by, at, known: by ? 'yes' : 'no' }),
  ),
  /**
   * A record written without conflict, before its fields: " — " as separator, since the action's
   * text often ends in punctuation ("… use of ICTs.: Status" read badly).
   */
  mergedLabel: msg('{label} —', (label: string) => ({ label })),
  alsoTaken: msg('Taken from the part without conflict: {fields}.', (fields: string) => ({
    fields,
  })),

  // ---- assignments carried by a file ----
  fileAssignmentsHeading: 'Assignments in the file',
  fileAssignmentsNone: 'The file carries no assignments.',
  /** One agency of a file's assignments: its whole norms by label, its single items by id. */
  fileAssignmentLine: msg(
    '{agency}: {hasNorms, select, yes {{norms}} other {—}}{hasItems, select, yes {; {itemCount, plural, one {single practical action {items}} other {single practical actions {items}}}} other {}}',
    scopeArgs,
  ),
  /** A problem of a file's assignments, by its code (domain/assignments.ts `AssignmentIssue`). */
  assignmentIssue: msg(
    '{code, select, assignments_no_name {An agency in the assignments has no name.} assignments_agency_twice {The agency “{agency}” is listed twice in the assignments.} assignments_unknown_norm {The assignments give {agency} a norm “{normId}” that is not in the checklist.} assignments_unknown_item {The assignments give {agency} an item “{itemId}” that is not in the checklist (or is retired).} assignments_norm_twice {The assignments give norm “{normId}” to two agencies.} other {The assignments give item “{itemId}” to two agencies.}}',
    (issue: AssignmentIssue) => ({
      code: selectKey(issue.code),
      ...fieldsOf(issue, ['agency', 'normId', 'itemId']),
    }),
  ),
  /** Why a single item cannot be given (domain/assignments.ts `ActionAssignIssue`). */
  itemAssignIssue: msg(
    '{code, select, assignments_item_taken {Item {itemId} is already given to {owner}. Take it back there first.} other {No agency “{agency}”.}}',
    (issue: ActionAssignIssue) => ({
      code: selectKey(issue.code),
      ...fieldsOf(issue, ['itemId', 'owner', 'agency']),
    }),
  ),

  // ---- single items in the assignments panel ----
  itemsOf: msg('Single practical actions answered by {agency}', (agency: string) => ({ agency })),
  itemsHint:
    'A single practical action given to an agency is answered by it even when its norm is given to another agency.',
  addItemLabel: msg('Give a single practical action to {agency}', (agency: string) => ({ agency })),
  addItem: 'Give practical action',
  chooseItem: 'Choose a practical action',
  removeItem: msg('Take back practical action {itemId}', (itemId: string) => ({ itemId })),

  // ---- who has answered ----
  progressHeading: 'Who has answered',
  progressIntro:
    'For each agency: what it was given, when its part was sent and came back, what is still unanswered, and conflicts still open in the import being prepared.',
  progressCaption: 'Agencies, their parts and what is missing',
  colAgency: 'Agency',
  colGiven: 'Given',
  colSent: 'Part sent',
  colReceived: 'Parts back',
  colStatus: 'Status',
  colMissing: 'Still unanswered',
  colConflicts: 'Open conflicts',
  given: msg(
    '{hasNorms, select, yes {{norms}} other {no whole norm}}{items, plural, =0 {} one {, # single practical action} other {, # single practical actions}} ({total, plural, one {# practical action} other {# practical actions}} to answer)',
    (norms: string, items: number, total: number) => ({
      norms,
      items,
      total,
      hasNorms: norms ? 'yes' : 'no',
    }),
  ),
  notSent: 'not sent from this device',
  /**
   * Where an agency part stands (domain/coordination.ts `partStatus`, its `kind` as a select key):
   * `sent` and `returned` are instants in words; `returns` counts parts that came back unsent.
   */
  partStatus: msg(
    '{kind, select, sent {Sent {sent}: waiting for its return} returned {Returned {returned}, after the part sent {sent}} waiting_again {Sent again {sent}, after its return of {returned}: waiting again for its return} other {{returns, plural, =0 {Never sent from this device} one {Never sent from this device; # part came back} other {Never sent from this device; # parts came back}}}}',
    (kind: string, sent: string, returned: string, returns: number) => ({
      kind: selectKey(kind),
      sent,
      returned,
      returns,
    }),
  ),
  notReceived: 'none yet',
  receivedLine: msg(
    'exported {exported}, imported {imported}',
    (exported: string, imported: string) => ({ exported, imported }),
  ),
  missingNone: 'nothing',
  missingSome: msg('{n}: {ids}', (n: number, ids: string) => ({ n, ids })),
  notAssigned: '(not in the assignments)',
  noAgencies: 'No agency has been given a part and no part has come back yet.',
  progressCsv: 'Download as CSV',
  /** The columns of the "who has answered" CSV, in their order (report/coordinatorCsv.ts). */
  csvColumns: {
    agency: 'Agency',
    assigned: 'In the assignments',
    norms: 'Norms',
    items: 'Single practical actions',
    itemCount: 'Practical actions to answer',
    sent: 'Part sent',
    received: 'Parts back (exported / imported)',
    status: 'Status',
    missing: 'Still unanswered',
    conflicts: 'Open conflicts',
  },
  yes: 'Yes',
  no: 'No',
  chooseAssessment: 'Assessment',
  noAssessment: 'There is no assessment on this device yet.',
  /**
   * "Who has answered" on an agency's device: the part it holds, whose and from whom (tester,
   * session 6: "There is no assessment on this device yet" beside a held part).
   */
  heldHere: msg(
    'This device holds the part of {agency} for “{title}” ({state}), sent by {hasLead, select, yes {the coordinator at {lead}} other {the coordinator}}. Who has answered is followed on the coordinator’s device.',
    (agency: string, title: string, state: string, lead: string) => ({
      agency,
      title,
      state,
      lead,
      hasLead: lead ? 'yes' : 'no',
    }),
  ),

  // ---- which way a part travels (schema/exportFile.ts partDirection) ----
  /** A part returned by an agency whose assessment is not here: never added as a whole one. */
  /** The choice "merge" when its target is not the file's own assessment (another cycle of the State). */
  mergeIntoOther: 'Merge into another assessment of this State (chosen below)',
  /** The choice "merge" when its target is in the trash. */
  restoreAndMerge: 'Restore it from the trash and merge into it',
  returnedWithoutAssessment: msg(
    'This part came back from {agency} for “{title}”, which is not on this device. It is not added as an assessment of its own: it holds only that agency’s answers and would be scored as a whole assessment. Import or restore the whole assessment first, then import this part again; or skip it.',
    (agency: string, title: string) => ({ agency, title }),
  ),
  /** A part's scope as the FILE states it: a claim, not a fact (issue 16). */
  partClaims: msg(
    '{hasItems, select, yes {{hasNorms, select, yes {The file says it is the part of {agency}, covering {norms} and {itemCount, plural, one {the practical action {items}} other {the practical actions {items}}}.} other {The file says it is the part of {agency}, covering {itemCount, plural, one {the practical action {items}} other {the practical actions {items}}}.}}} other {The file says it is the part of {agency}, covering {norms}.}}',
    scopeArgs,
  ),
  /** The scope this device sent to the part's agency (what the merge keeps to). */
  partGiven: msg(
    '{hasItems, select, yes {{hasNorms, select, yes {Given to {agency} from this device: {norms} and {itemCount, plural, one {the practical action {items}} other {the practical actions {items}}}.} other {Given to {agency} from this device: {itemCount, plural, one {the practical action {items}} other {the practical actions {items}}}.}}} other {Given to {agency} from this device: {norms}.}}',
    scopeArgs,
  ),
  /** What the file carries outside what was given: named, and left out. */
  partLeftOut: msg(
    '{hasItems, select, yes {{hasNorms, select, yes {Not given to {agency}, left out: the answers to {itemCount, plural, one {the practical action {items}} other {the practical actions {items}}}, and the own answers of {norms}.} other {Not given to {agency}, left out: the answers to {itemCount, plural, one {the practical action {items}} other {the practical actions {items}}}.}}} other {Not given to {agency}, left out: the own answers of {norms}.}}',
    scopeArgs,
  ),
  /** The part form's single practical actions given beyond whole norms (issue 16). */
  /**
   * The part form's norms whose own questions (measures taken, challenges, needs) the part covers
   * without the whole norm: a norm given to the agency with a practical action carved out for another.
   */
  partQuestionsLegend:
    'Norms whose own questions this part covers (measures taken, challenges, needs), without all of their practical actions',
  /**
   * The part form's warning: questions the ticks would put into the part that the assignments give
   * to another agency (domain/exportForm partOverlap); they are kept out of the file. `questions`
   * is a list of action codes and `partOverlapNorm` phrases.
   */
  partOverlap: msg(
    '{count, plural, one {{questions} is given to {agency}: it is kept out of this part.} other {{questions} are given to {agency}: they are kept out of this part.}}',
    (questions: string, count: number, agency: string) => ({ questions, count, agency }),
  ),
  /** A norm's own questions named in `partOverlap` ('the own questions of Norm 13(a)'). */
  partOverlapNorm: msg('the own questions of {norm}', (norm: string) => ({ norm })),
  partItemsLegend:
    'Single practical actions this part covers (their norms’ own questions are not included)',
} as const;
