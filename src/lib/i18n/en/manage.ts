import type { FieldProblem, ManageFailure } from '../../domain/assessmentDetails';
import { isolate as u } from '../format';
import { msg, selectKey } from '../messages';

/** Editing an assessment's details, deleting (to the trash) and restoring assessments and States. */
export const manage = {
  editDetails: 'Edit details',
  editDetailsOf: msg('Edit details — {title}', (title: string) => ({ title })),
  editTitle: msg('Details of “{title}”', (title: string) => ({ title: u(title) })),
  fieldSummary: 'Assessor’s summary (for the report’s first page)',
  save: 'Save details',
  cancel: 'Cancel',

  /** A field's refusal, by its code (domain/assessmentDetails.ts `FieldProblem`). */
  problem: msg(
    '{code, select, required {Required.} too_long {At most {max, number} characters.} date {Enter a real date.} date_range {Enter a date between the years {min} and {last}.} end_before_start {The end must not be before the start.} other {This value cannot be stored.}}',
    (p: FieldProblem) => ({
      code: selectKey(p.code),
      max: p.code === 'too-long' ? p.max : 0,
      // Years as written (no digit grouping: "2200", not "2,200").
      min: p.code === 'date-range' ? String(p.min) : '',
      last: p.code === 'date-range' ? String(p.max) : '',
    }),
  ),
  /** Why editing, trashing or restoring failed, by its code (`ManageFailure`). */
  failure: msg(
    '{code, select, not_found {This assessment is no longer on this device.} final {This assessment is final: its details cannot be changed any more.} invalid {Some details need correcting (see the fields marked).} changed_elsewhere {Another window saved a change to the same details since this form was opened, so nothing was saved here. Your text is still in the form. Save again to replace what the other window saved:} other {The browser refused to store the change ({name}). Nothing was changed; try again.}}',
    (f: ManageFailure) => ({ code: selectKey(f.code), name: f.code === 'storage' ? f.name : '' }),
  ),

  trashAssessment: 'Move to trash',
  trashAssessmentOf: msg('Move “{title}” to the trash', (title: string) => ({ title })),
  confirmTrashAssessment: msg(
    'Move “{title}” to the trash? It disappears from every list and comparison, with its answers. You can restore it from the trash for {days, plural, one {# day} other {# days}}; after that it is removed for good.',
    (title: string, days: number) => ({ title: u(title), days }),
  ),
  trashedAssessment: msg('“{title}” was moved to the trash.', (title: string) => ({
    title: u(title),
  })),

  deleteState: msg('Delete {name}', (name: string) => ({ name })),
  confirmDeleteState: msg(
    'Delete {name}? {n, plural, =0 {It has no assessment.} one {Its # assessment goes to the trash with its answers, restorable for {days, plural, one {# day} other {# days}}.} other {Its # assessments go to the trash with their answers, restorable for {days, plural, one {# day} other {# days}}.}}',
    (name: string, n: number, days: number) => ({ name: u(name), n, days }),
  ),
  deletedState: msg('{name} was deleted.', (name: string) => ({ name: u(name) })),
  confirmDelete: 'Yes, move to the trash',
  undo: 'Undo',
  undone: 'Restored.',

  trashHeading: 'Trash',
  trashIntro: msg(
    'Assessments moved to the trash are kept for {days, plural, one {# day} other {# days}}, then removed for good.',
    (days: number) => ({ days }),
  ),
  trashItem: msg(
    '{title} ({state}) — removed for good in {daysLeft, plural, one {# day} other {# days}}',
    (title: string, state: string, daysLeft: number) => ({
      title: u(title),
      state: u(state),
      daysLeft,
    }),
  ),
  restore: 'Restore',
  restoreFromTrash: 'Restore from the trash',
  storedElsewhere: msg('{field} now reads:', (field: string) => ({ field })),
  inTrashHeading: 'This assessment is in the trash',
  restoreOf: msg('Restore “{title}”', (title: string) => ({ title })),
} as const;
