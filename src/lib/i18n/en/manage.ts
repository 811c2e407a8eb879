import type { FieldProblem } from '../../domain/assessmentDetails';
import type { ManageFailure } from '../../storage/trash';
import { isolate as u } from '../format';

/** Editing an assessment's details, deleting (to the trash) and restoring assessments and States. */
export const manage = {
  editDetails: 'Edit details',
  editDetailsOf: (title: string) => `Edit details — ${title}`,
  editTitle: (title: string) => `Details of “${u(title)}”`,
  fieldSummary: 'Assessor’s summary (for the report’s first page)',
  save: 'Save details',
  saved: 'Details saved.',
  cancel: 'Cancel',
  backToAssessment: 'Back to the assessment',

  problem: (p: FieldProblem): string => {
    switch (p.code) {
      case 'required':
        return 'Required.';
      case 'too-long':
        return `At most ${p.max} characters.`;
      case 'date':
        return 'Enter a real date.';
      case 'end-before-start':
        return 'The end must not be before the start.';
      case 'invalid':
        return 'This value cannot be stored.';
    }
  },
  failure: (f: ManageFailure): string => {
    switch (f.code) {
      case 'not-found':
        return 'This assessment is no longer on this device.';
      case 'final':
        return 'This assessment is final: its details cannot be changed any more.';
      case 'invalid':
        return 'Some details need correcting (see the fields marked).';
      case 'changed-elsewhere':
        return 'Another window saved a change to the same details since this form was opened, so nothing was saved here. Your text is still in the form. Save again to replace what the other window saved:';
      case 'storage':
        return `The browser refused to store the change (${f.name}). Nothing was changed; try again.`;
    }
  },

  trashAssessment: 'Move to trash',
  trashAssessmentOf: (title: string) => `Move “${title}” to the trash`,
  confirmTrashAssessment: (title: string, days: number) =>
    `Move “${u(title)}” to the trash? It disappears from every list and comparison, with its answers. You can restore it from the trash for ${days} days; after that it is removed for good.`,
  trashedAssessment: (title: string) => `“${u(title)}” was moved to the trash.`,

  deleteState: (name: string) => `Delete ${name}`,
  confirmDeleteState: (name: string, n: number, days: number) =>
    `Delete ${u(name)}? ${n === 0 ? 'It has no assessment.' : `Its ${n} assessment${n === 1 ? '' : 's'} go${n === 1 ? 'es' : ''} to the trash with their answers, restorable for ${days} days.`}`,
  deletedState: (name: string) => `${u(name)} was deleted.`,
  confirmDelete: 'Yes, delete',
  undo: 'Undo',
  undone: 'Restored.',

  trashHeading: 'Trash',
  trashIntro: (days: number) =>
    `Assessments moved to the trash are kept for ${days} days, then removed for good.`,
  trashItem: (title: string, state: string, daysLeft: number) =>
    `${u(title)} (${u(state)}) — removed for good in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`,
  restore: 'Restore',
  restoreFromTrash: 'Restore from the trash',
  storedElsewhere: (field: string) => `${field} now reads:`,
  inTrashHeading: 'This assessment is in the trash',
  restoreOf: (title: string) => `Restore “${title}”`,
} as const;
