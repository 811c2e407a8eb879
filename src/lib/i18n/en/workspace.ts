import type { HistoryValue } from '../../domain/historyChanges';
import { formatDay } from '../format';
import { formatMessage } from '../icu';
import { assessmentStatusLabels, priorityLabels, statusLabels } from './labels';

/** Names of the fields a history entry lists (domain/historyChanges.ts), as a line starts. */
const historyFieldNames: Record<string, string> = {
  status: 'Status',
  naJustification: 'Justification (not applicable)',
  targetStatus: 'Target',
  priority: 'Priority',
  targetDate: 'Target date',
  leadAgency: 'Lead agency',
  evidenceText: 'Evidence',
  evidenceLinks: 'Evidence links',
  evidenceDate: 'Evidence date',
  notes: 'Notes',
  measuresTaken: 'Measures taken',
  challenges: 'Challenges',
  capacityNeeds: 'Capacity or assistance required',
  markedForReview: 'Marked for review',
  reviewed: 'Reviewed',
  carried: 'Carried forward, not confirmed',
};

/** One side of a history change in words; text values give their preview (the view shows the rest). */
function historyValue(v: HistoryValue): string {
  switch (v.kind) {
    case 'empty':
      return 'none';
    case 'status':
      return statusLabels[v.status];
    case 'priority':
      return priorityLabels[v.priority];
    case 'date':
      return formatDay(v.date);
    case 'flag':
      return v.on ? 'Yes' : 'No';
    case 'text':
      return v.shortened ? `“${v.preview}…”` : `“${v.text}”`;
    case 'links':
      return v.links.join(', ');
    case 'other':
      return 'a value this version cannot show';
  }
}

/** Strings of the States/assessments section, the new-assessment form and the workspace. */

export const workspace = {
  statusLabels,
  assessmentStatusLabels,
  priorityLabels,

  // Home: States and assessments
  statesHeading: 'States and assessments',
  statesEmpty: 'No State yet. Choose your State below and add it; then start its first assessment.',
  addStateLabel: 'State',
  addStateButton: 'Add State',
  stateAlreadyThere: (name: string) =>
    `${name} is already in the list above; nothing was added. Start a new assessment from its card.`,
  stateInTrash: (name: string, count: number) =>
    formatMessage(
      '{name} was deleted: {count, plural, one {its assessment is} other {its # assessments are}} in the trash. Restore {name} with {count, plural, one {it} other {them}}, or add {name} again without {count, plural, one {it} other {them}}.',
      { name, count },
    ),
  restoreState: (name: string) => `Restore ${name}`,
  addStateEmpty: 'Add without them',
  aseanGroup: 'ASEAN Member States',
  otherGroup: 'Other UN Member States',
  aseanBadge: 'ASEAN',
  assessmentsOf: (state: string) => `Assessments of ${state}`,
  noAssessments: 'No assessment yet for this State. Start one with “New assessment”.',
  newAssessment: 'New assessment',
  newAssessmentFor: (state: string) => `New assessment for ${state}`,
  period: (start: string, end: string) => (start === end ? start : `${start} – ${end}`),
  corruptRows: (n: number) =>
    `${n} stored record${n === 1 ? ' is' : 's are'} damaged and not shown. Export a backup and contact support.`,

  // New assessment form
  setupTitle: 'New assessment',
  fieldTitle: 'Title',
  fieldPeriodStart: 'Period start',
  fieldPeriodEnd: 'Period end (same as start for a single date)',
  fieldPack: 'Checklist pack',
  fieldLeadAgency: 'Lead agency',
  fieldPeople: 'People involved (one per line)',
  fieldAlias: 'Short alias for charts (e.g. 2026)',
  fieldStart: 'Answers',
  startEmpty: 'Start empty',
  carryFrom: (title: string) => `Carry forward the answers of “${title}” (marked as carried)`,
  create: 'Create assessment',
  cancel: 'Cancel',
  errRequired: 'Required.',
  errDate: 'Enter a real date.',
  errEndBeforeStart: 'The end must not be before the start.',
  unknownState: 'Choose a State on the home screen first.',
  createFailed: (reason: string) => `The assessment could not be created: ${reason}`,
  packVersion: (title: string, version: string) => `${title} (version ${version})`,

  // Workspace
  notFound: 'This assessment does not exist on this device.',
  backHome: 'Back to the home screen',
  finalBanner:
    'This assessment is final and read-only. To continue the work, start a new cycle that carries its answers forward.',
  reviewBanner: 'This assessment is in review.',
  assessmentStatus: 'Assessment status',
  toReview: 'Send to review',
  toDraft: 'Back to draft',
  toFinal: 'Make final (read-only)',
  confirmFinal: 'A final assessment cannot be edited any more. Make it final?',
  yourName: 'Your name (recorded with each change)',
  navByNorm: 'By norm',
  navByArea: 'By RAP focus area',
  navLabel: 'Checklist sections',
  areaLabel: (n: number, name: string) => `Focus area ${n}: ${name}`,
  allItems: 'All actions',
  overallProgress: 'Overall progress',
  /** Carried answers not yet confirmed are counted apart, never as answered. */
  progressText: (answered: number, total: number, carried = 0) =>
    carried === 0
      ? `${answered} of ${total} answered`
      : `${answered} of ${total} answered, ${carried} carried to confirm`,
  filtersHeading: 'Filters',
  search: 'Search actions and notes',
  filterUnanswered: 'Unanswered only',
  filterReview: 'Marked for review only',
  filterStatus: 'Status',
  filterAgency: 'Agency',
  filterPriority: 'Priority',
  any: 'Any',
  unanswered: 'Unanswered',
  clearFilters: 'Clear filters',
  shown: (n: number, total: number) => `${n} of ${total} actions shown`,
  noMatch: 'No action matches these filters. Clear a filter or change the search.',

  // Item editor
  itemHeading: (id: string) => `Action ${id}`,
  status: 'Implementation status',
  naJustification: 'Why it does not apply (required)',
  naJustificationMissing:
    'Not applicable needs a justification. The answer is saved once you have written one.',
  targetStatus: 'Target status',
  evidenceText: 'Evidence',
  evidenceLinks: 'Evidence links (one per line)',
  evidenceDate: 'Evidence date',
  badLinks: (lines: string) =>
    `Not a web address (https://…): ${lines}. The links are saved once corrected.`,
  leadAgency: 'Lead agency',
  targetDate: 'Target date',
  priority: 'Priority',
  noPriority: 'None',
  notes: 'Notes',
  markedForReview: 'Mark for review',
  reviewed: 'Reviewed',
  details: 'Details, evidence and notes',
  guidance: 'Guidance',
  carried: 'Carried forward from the earlier cycle: check it and change or confirm it.',
  confirmCarried: 'Confirm this answer',

  // Norm questions
  normQuestions: (letter: string) => `Norm 13(${letter}): measures, challenges and needs`,
  measuresTaken: 'Measures taken to implement this norm',
  challenges: 'Challenges met in implementing this norm',
  capacityNeeds: 'Capacity or assistance required',

  // Save state
  saving: 'Saving…',
  saved: 'Saved',
  pending: 'Not saved yet',
  allSaved: 'All changes saved on this device',
  unsaved: 'Saving changes…',
  saveErrorTitle: 'Your last change was NOT saved.',
  saveErrorQuota:
    'This device’s storage for the app is full. Your answer is still on screen. Export a backup now (Backup and import), then free some space and press “Try again”.',
  saveErrorBlocked:
    'The browser blocked storage (private window or a browser setting). Your answer is still on screen. Export a backup now (Backup and import) and use a normal window.',
  saveErrorOther: (name: string) =>
    `The browser refused to store the change (${name}). Your answer is still on screen. Export a backup now (Backup and import) and press “Try again”.`,
  saveInvalid: (message: string) => `This value cannot be saved: ${message}`,
  tryAgain: 'Try again',
  goBackup: 'Backup and import',
  conflictTitle: 'Someone changed this answer in another window',
  conflictBody: (by: string, at: string) =>
    `${by || 'Someone'} saved a newer version at ${at}. Your change is not saved yet.`,
  theirValue: (status: string) => `Their status: ${status}`,
  keepMine: 'Keep my change',
  takeTheirs: 'Use their version',
  notAnswered: 'not answered',

  // History
  history: 'History',
  historyEmpty: 'No change yet.',
  historyEntry: (by: string, at: string, cause: string) => `${at} — ${by || 'no name'} (${cause})`,
  causes: {
    edit: 'edit',
    undo: 'undo',
    import: 'import',
    merge: 'merge',
    'carry-forward': 'carried forward',
  } as Record<string, string>,
  undo: 'Undo this change',
  /** "Status" — the start of one line of a history entry ("Status: Not started → In progress"). */
  historyField: (field: string) => historyFieldNames[field] ?? 'Other answer detail',
  historyValue,
  historyArrow: '→',
  historyFullText: 'Show the full text',
  historyBefore: 'Before',
  historyAfter: 'After',
  /** Under a merge line: the values the import offered that the coordinator did not keep. */
  historyNotKept: 'Offered by the imported part and not kept:',
  historyOfferedMark: '(offered, not kept)',
  historyKeptMark: '(kept)',
  fieldNames: {
    status: 'status',
    naJustification: 'justification',
    targetStatus: 'target status',
    evidence: 'evidence',
    leadAgency: 'lead agency',
    targetDate: 'target date',
    priority: 'priority',
    notes: 'notes',
    markedForReview: 'review flag',
    reviewed: 'reviewed',
    carried: 'carried',
    challenges: 'challenges',
    capacityNeeds: 'capacity needs',
    measuresTaken: 'measures taken',
  } as Record<string, string>,
  undoFailed: 'The change could not be undone.',
  loadHistory: 'Show history',

  // Storage status
  storageHeading: 'Storage on this device',
  persistGranted: 'Persistent storage granted: the browser will not clear your answers on its own.',
  persistDenied:
    'Persistent storage not granted: the browser may clear data when space runs low. Export a backup regularly.',
  persistUnknown: 'The browser did not say whether storage is persistent.',
  usage: (used: string, quota: string) => `${used} used of ${quota} available`,

  // Keyboard
  shortcutsHeading: 'Keyboard shortcuts',
  shortcuts: [
    ['j or Alt+↓', 'next action'],
    ['k or Alt+↑', 'previous action'],
    ['1 – 5', 'status: Not started … Fully implemented'],
    ['0', 'Not applicable'],
    ['Tab / Shift+Tab', 'move between fields'],
  ] as const,
  shortcutsNote:
    'Letter and number keys work when the cursor is not in a text field. They act on the current action (highlighted); a click in an action makes it current.',
  currentAction: 'current action',
  navNotice: {
    '': '',
    'last-action': 'This is the last action: there is no next one.',
    'first-action': 'This is the first action: there is no previous one.',
  },

  // Carried answers
  filterCarried: 'Carried, not confirmed only',
  confirmAllInNorm: (n: number) =>
    `Confirm the ${n} carried answer${n === 1 ? '' : 's'} of this norm`,
  confirmedAll: (n: number) => `${n} carried answer${n === 1 ? '' : 's'} confirmed.`,
  notCarriedHeading: (n: number) =>
    `${n} answer${n === 1 ? ' was' : 's were'} not carried from the earlier cycle`,
  notCarriedIntro:
    'Their actions are no longer asked in this cycle’s checklist version. The answers stay in the earlier cycle.',
  notCarriedWhy: {
    retired: 'action retired',
    unknown: 'action unknown to this checklist version',
    superseded: 'another answer was carried to the action that replaces it',
    unmatched: 'no equivalent item in this checklist pack',
  },
  notCarriedItem: (id: string, text: string | undefined, why: string) =>
    text ? `${id}: ${text} (${why})` : `${id} (${why})`,
  notCarriedRetired: (version: string, reason: string) =>
    `Retired in checklist version ${version}: ${reason}`,

  // Before making final
  finalWarningsHeading: 'Still open:',
  finalWarnReview: (n: number) =>
    `${n} action${n === 1 ? ' is' : 's are'} still marked for review.`,
  finalWarnCarried: (n: number) =>
    `${n} carried answer${n === 1 ? ' has' : 's have'} not been confirmed.`,
  finalWarnCarriedNorms: (n: number) =>
    `The carried challenges and needs of ${n} norm${n === 1 ? '' : 's'} have not been confirmed.`,
  showCarried: 'Show the carried answers',
  showReview: 'Show the actions marked for review',

  // The assessment's status line: typed codes from storage, never shown as they are
  statusFailed: (code: string) =>
    code === 'final'
      ? 'This assessment is already final: it cannot be changed any more.'
      : code === 'not-found'
        ? 'This assessment is no longer on this device (deleted in another window?).'
        : code === 'storage:QuotaExceededError'
          ? 'The status could not be changed: this device’s storage for the app is full.'
          : code.startsWith('storage:')
            ? 'The status could not be changed: the browser refused to store it. Try again; if it keeps failing, export a backup.'
            : 'The status could not be changed: the stored assessment failed its check. Export a backup and contact support.',
  loadFailed:
    'This assessment could not be read: its stored record or its checklist version failed its check. Export a backup (Backup and import) and contact support.',
} as const;
