import { msg } from '../messages';
import { assessmentStatusLabels, priorityLabels, statusLabels } from './labels';

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
  stateAlreadyThere: msg(
    '{name} is already in the list above; nothing was added. Start a new assessment from its card.',
    (name: string) => ({ name }),
  ),
  stateInTrash: msg(
    '{name} was deleted: {count, plural, one {its assessment is} other {its # assessments are}} in the trash. Restore {name} with {count, plural, one {it} other {them}}, or add {name} again without {count, plural, one {it} other {them}}.',
    (name: string, count: number) => ({ name, count }),
  ),
  restoreState: msg('Restore {name}', (name: string) => ({ name })),
  addStateEmpty: 'Add without them',
  aseanGroup: 'ASEAN Member States',
  otherGroup: 'Other UN Member States',
  aseanBadge: 'ASEAN',
  assessmentsOf: msg('Assessments of {state}', (state: string) => ({ state })),
  showAllCycles: msg(
    'Show all {count, plural, one {# cycle} other {# cycles}}',
    (count: number) => ({ count }),
  ),
  showLatestCycles: msg(
    'Show only the latest {count, plural, one {cycle} other {# cycles}}',
    (count: number) => ({ count }),
  ),
  noAssessments: 'No assessment yet for this State. Start one with “New assessment”.',
  newAssessment: 'New assessment',
  newAssessmentFor: msg('New assessment for {state}', (state: string) => ({ state })),
  /** An assessment's period from two formatted days; one day when they are the same. */
  period: msg(
    '{single, select, yes {{start}} other {{start} – {end}}}',
    (start: string, end: string) => ({ start, end, single: start === end ? 'yes' : 'no' }),
  ),
  corruptRows: msg(
    '{count, plural, one {# stored record is} other {# stored records are}} damaged and not shown. Export a backup and contact support.',
    (count: number) => ({ count }),
  ),

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
  carryFrom: msg('Carry forward the answers of “{title}” (marked as carried)', (title: string) => ({
    title,
  })),
  create: 'Create assessment',
  cancel: 'Cancel',
  errRequired: 'Required.',
  errDate: 'Enter a real date.',
  /** A year outside the date rule (domain/dates.ts); years as written, no digit grouping. */
  errDateRange: msg(
    'Enter a date between the years {min} and {max}.',
    (min: number, max: number) => ({
      min: String(min),
      max: String(max),
    }),
  ),
  errEndBeforeStart: 'The end must not be before the start.',
  unknownState: 'Choose a State on the home screen first.',
  createFailed: msg('The assessment could not be created: {reason}', (reason: string) => ({
    reason,
  })),
  packVersion: msg('{title} (version {version})', (title: string, version: string) => ({
    title,
    version,
  })),

  // Workspace
  notFound: 'This assessment does not exist on this device.',
  backHome: 'Back to the home screen',
  finalBanner:
    'This assessment is final and read-only. To continue the work, start a new cycle that carries its answers forward.',
  reviewBanner: 'This assessment is in review.',
  /** On an agency's device holding only its part (domain/coordination.ts `partReach`). */
  heldPartBanner: msg(
    'Part of {title} given to {agency}: {norms, plural, one {# norm} other {# norms}}, {actions, plural, one {# practical action} other {# practical actions}}; only these go back to the coordinator.',
    (title: string, agency: string, norms: number, actions: number) => ({
      title,
      agency,
      norms,
      actions,
    }),
  ),
  partProgress: 'Progress of your part',
  /** A norm or focus area with none of the held part's practical actions (instead of '0 of 0 answered'). */
  notInPart: 'Not in your part',
  outsidePart: 'Not in your part: read-only. Answers here do not go back to the coordinator.',
  assessmentStatus: 'Assessment status',
  toReview: 'Send to review',
  toDraft: 'Back to draft',
  toFinal: 'Make final (read-only)',
  confirmFinal: 'A final assessment cannot be edited any more. Make it final?',
  yourName: 'Your name (recorded with each change)',
  navByNorm: 'By norm',
  navByArea: 'By RAP focus area',
  navLabel: 'Checklist sections',
  areaLabel: msg('Focus area {n}: {name}', (n: number, name: string) => ({ n, name })),
  allItems: 'All actions',
  overallProgress: 'Overall progress',
  /**
   * Carried answers not yet confirmed are counted apart, never as answered "in this cycle": the
   * dashboard and the report count them in the scores, and say how many of their answers were
   * carried (dashboard.carriedToConfirm), so the two figures never read as one contradicting the other.
   */
  progressText: msg(
    '{carried, plural, =0 {{answered, number} of {total, number} answered} other {{answered, number} of {total, number} answered in this cycle, # carried to confirm}}',
    (answered: number, total: number, carried?: number) => ({
      answered,
      total,
      carried: carried ?? 0,
    }),
  ),
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
  shown: msg(
    '{shown, number} of {total, plural, one {# action} other {# actions}} shown',
    (shown: number, total: number) => ({ shown, total }),
  ),
  noMatch: 'No action matches these filters. Clear a filter or change the search.',

  // Item editor
  itemHeading: msg('Action {id}', (id: string) => ({ id })),
  status: 'Implementation status',
  naJustification: 'Why it does not apply (required)',
  targetStatus: 'Target status',
  evidenceText: 'Evidence',
  evidenceLinks: 'Evidence links (one per line)',
  evidenceDate: 'Evidence date',
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
  normQuestions: msg('Norm 13({letter}): measures, challenges and needs', (letter: string) => ({
    letter,
  })),
  measuresTaken: 'Measures taken to implement this norm',
  challenges: 'Challenges met in implementing this norm',
  capacityNeeds: 'Capacity or assistance required',

  // Save state
  saving: 'Saving…',
  saved: 'Saved',
  pending: 'Not saved yet',
  unsaved: 'Saving changes…',
  saveErrorTitle: 'Your last change was NOT saved.',
  saveErrorBlocked:
    'The browser blocked storage (private window or a browser setting). Your answer is still on screen. Export a backup now (Backup and import) and use a normal window.',
  saveErrorOther: msg(
    'The browser refused to store the change ({name}). Your answer is still on screen. Export a backup now (Backup and import) and press “Try again”.',
    (name: string) => ({ name }),
  ),
  tryAgain: 'Try again',
  goBackup: 'Backup and import',
  conflictTitle: 'Someone changed this answer in another window',
  /** `by`: the name recorded with their change ('' when none). */
  conflictBody: msg(
    '{named, select, yes {{by}} other {Someone}} saved a newer version at {at}. Your change is not saved yet.',
    (by: string, at: string) => ({ by, at, named: by ? 'yes' : 'no' }),
  ),
  keepMine: 'Keep my change',
  takeTheirs: 'Use their version',

  // History
  history: 'History',
  historyEmpty: 'No change yet.',
  /** `by`: the name recorded with the change ('' when none); `cause`: a word of `causes`. */
  historyEntry: msg(
    '{at} — {named, select, yes {{by}} other {no name}} ({cause})',
    (by: string, at: string, cause: string) => ({ by, at, cause, named: by ? 'yes' : 'no' }),
  ),
  /**
   * A merge line (domain/historyLines.ts): `agency` is the agency whose part was merged (from the
   * coordinator's log of parts received, '' when it does not tell: a full backup merged, an older
   * log), `person` who last changed the merged record there ('' when unknown), `by` who ran the
   * merge here. Tester, session 7: the line named the person as if it were the agency.
   */
  historyMergeEntry: msg(
    '{at} — {named, select, yes {{by}} other {no name}} merged from {hasAgency, select, yes {the part of {agency}{hasPerson, select, yes { ({person})} other {}}} other {{hasPerson, select, yes {an imported file (changed by {person})} other {an imported file}}}}',
    (agency: string, person: string, by: string, at: string) => ({
      agency,
      person,
      by,
      at,
      named: by ? 'yes' : 'no',
      hasAgency: agency ? 'yes' : 'no',
      hasPerson: person ? 'yes' : 'no',
    }),
  ),
  /** A line of the part's own history whose value the merge did not keep: it was only offered. */
  historyOfferedEntry: msg(
    '{at} — {named, select, yes {{by}} other {no name}} ({cause}, offered in the part, not kept)',
    (by: string, at: string, cause: string) => ({ by, at, cause, named: by ? 'yes' : 'no' }),
  ),
  causes: {
    edit: 'edit',
    undo: 'undo',
    import: 'import',
    merge: 'merge',
    'carry-forward': 'carried forward',
  } as Record<string, string>,
  undo: 'Undo this change',
  /**
   * The names of the fields a history entry lists (domain/historyChanges.ts), as a line starts
   * ("Status: Not started → In progress"); `other` for a field this version does not know. Worded
   * by `historyFieldName` (src/lib/i18n/history.ts).
   */
  historyFields: {
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
    other: 'Other answer detail',
  } as Record<string, string>,
  /** One side of a history change (worded by `historyValueText`, src/lib/i18n/history.ts). */
  historyValues: {
    /** The empty value of a field with no word of its own in `emptyOf`. */
    empty: 'none',
    /**
     * A field's own word for its empty value ("Undone: status back to unanswered."), by the
     * field names of `historyFields`; a field not listed reads `empty`.
     */
    emptyOf: {
      status: 'unanswered',
      naJustification: 'no justification',
      targetStatus: 'no target',
      priority: 'no priority',
      targetDate: 'no date',
      leadAgency: 'no lead agency',
      evidenceText: 'no evidence',
      evidenceLinks: 'no links',
      evidenceDate: 'no date',
      notes: 'no notes',
      measuresTaken: 'no text',
      challenges: 'no text',
      capacityNeeds: 'no text',
    } as Record<string, string>,
    on: 'Yes',
    off: 'No',
    text: msg('“{text}”', (text: string) => ({ text })),
    shortened: msg('“{text}…”', (text: string) => ({ text })),
    other: 'a value this version cannot show',
  },
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
    evidenceText: 'evidence',
    evidenceLinks: 'evidence links',
    evidenceDate: 'evidence date',
  } as Record<string, string>,
  undoFailed: 'The change could not be undone.',
  /** After an undo, in the live region: `changes` is a list of `undoneChange` (or none). */
  undone: msg(
    '{count, plural, =0 {Undone.} other {Undone: {changes}.}}',
    (count: number, changes: string) => ({ count, changes }),
  ),
  /** One field of an undone change: `field` as in `fieldNames`, `value` as the history shows it. */
  undoneChange: msg('{field} back to {value}', (field: string, value: string) => ({
    field,
    value,
  })),
  loadHistory: 'Show history',
  hideHistory: 'Hide history',

  // Storage status
  storageHeading: 'Storage on this device',
  persistGranted: 'Persistent storage granted: the browser will not clear your answers on its own.',
  persistDenied:
    'Persistent storage not granted: the browser may clear data when space runs low. Export a backup regularly.',
  persistUnknown: 'The browser did not say whether storage is persistent.',
  /** `used`, `quota`: sizes already formatted (formatBytes). */
  usage: msg('{used} used of {quota} available', (used: string, quota: string) => ({
    used,
    quota,
  })),

  // Keyboard
  shortcutsHeading: 'Keyboard shortcuts',
  /** The workspace's keys, one row each (`keys` as they are named to the user, `does`), in order. */
  shortcuts: {
    next: { keys: 'j or Alt+↓', does: 'next action' },
    previous: { keys: 'k or Alt+↑', does: 'previous action' },
    status: { keys: '1 – 5', does: 'status: Not started … Fully implemented' },
    notApplicable: { keys: '0', does: 'Not applicable' },
    fields: { keys: 'Tab / Shift+Tab', does: 'move between fields' },
  },
  shortcutsNote:
    'Letter and number keys work when the cursor is not in a text field. They act on the current action (highlighted); a click in an action makes it current.',
  // Only the notices themselves: the view shows nothing when there is none. An empty key here was
  // written into the translators' template and refused by the pack check (its keys are not empty).
  /** A link into the workspace named something the checklist does not have (`kind` of the id). */
  linkMiss: msg(
    '{kind, select, item {No practical action} norm {No norm} other {No focus area}} “{id}” in this checklist: showing {shownKind, select, area {focus area {shown}} other {norm 13({shown})}}.',
    (kind: 'item' | 'norm' | 'area', id: string, shownKind: string, shown: string) => ({
      kind,
      id,
      shownKind,
      shown,
    }),
  ),
  navNotice: {
    'last-action': 'This is the last action: there is no next one.',
    'first-action': 'This is the first action: there is no previous one.',
    'all-answered': 'All actions answered: none is left in this list.',
    'none-left': 'No action is left in this list with these filters.',
  },

  // Carried answers
  filterCarried: 'Carried, not confirmed only',
  confirmAllInNorm: msg(
    'Confirm the {count, plural, one {# carried answer} other {# carried answers}} of this norm',
    (count: number) => ({ count }),
  ),
  confirmedAll: msg(
    '{count, plural, one {# carried answer confirmed.} other {# carried answers confirmed.}}',
    (count: number) => ({ count }),
  ),
  notCarriedHeading: msg(
    '{count, plural, one {# answer was} other {# answers were}} not carried from the earlier cycle',
    (count: number) => ({ count }),
  ),
  notCarriedIntro:
    'Their actions are no longer asked in this cycle’s checklist version. The answers stay in the earlier cycle.',
  notCarriedWhy: {
    retired: 'action retired',
    unknown: 'action unknown to this checklist version',
    superseded: 'another answer was carried to the action that replaces it',
    unmatched: 'no equivalent practical action in this checklist pack',
  },
  /** `text`: the practical action's text when the earlier cycle's pack has it; `why`: a `notCarriedWhy`. */
  notCarriedItem: msg(
    '{known, select, yes {{id}: {text} ({why})} other {{id} ({why})}}',
    (id: string, text: string | undefined, why: string) => ({
      id,
      text: text ?? '',
      why,
      known: text ? 'yes' : 'no',
    }),
  ),
  notCarriedRetired: msg(
    'Retired in checklist version {version}: {reason}',
    (version: string, reason: string) => ({ version, reason }),
  ),

  // Before making final
  finalWarningsHeading: 'Still open:',
  finalWarnReview: msg(
    '{count, plural, one {# action is} other {# actions are}} still marked for review.',
    (count: number) => ({ count }),
  ),
  finalWarnCarried: msg(
    '{count, plural, one {# carried answer has} other {# carried answers have}} not been confirmed.',
    (count: number) => ({ count }),
  ),
  finalWarnCarriedNorms: msg(
    'The carried challenges and needs of {count, plural, one {# norm} other {# norms}} have not been confirmed.',
    (count: number) => ({ count }),
  ),
  showCarried: 'Show the carried answers',
  showReview: 'Show the actions marked for review',

  // The assessment's status line: typed codes from storage, never shown as they are
  statusFailed: msg(
    '{reason, select, final {This assessment is already final: it cannot be changed any more.} gone {This assessment is no longer on this device (deleted in another window?).} full {The status could not be changed: this device’s storage for the app is full.} storage {The status could not be changed: the browser refused to store it. Try again; if it keeps failing, export a backup.} other {The status could not be changed: the stored assessment failed its check. Export a backup and contact support.}}',
    (code: string) => ({
      reason:
        code === 'final'
          ? 'final'
          : code === 'not-found'
            ? 'gone'
            : code === 'storage:QuotaExceededError'
              ? 'full'
              : code.startsWith('storage:')
                ? 'storage'
                : 'invalid',
    }),
  ),
  loadFailed:
    'This assessment could not be read: its stored record or its checklist version failed its check. Export a backup (Backup and import) and contact support.',
} as const;
