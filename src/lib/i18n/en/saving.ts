import { formatNumber } from '../format';
import { formatMessage } from '../icu';

/**
 * Strings of saving typed text: field limits, fields held back and why, conflicts field by field,
 * drafts restored from an earlier visit, and the page-level save status. The failure codes they
 * render are typed in `domain/answers.ts` (`FieldProblem`) and `state/saveQueue.svelte.ts`.
 */

const n = (value: number) => formatNumber(value, undefined, 0);
const fields = (count: number) => (count === 1 ? '1 field' : `${n(count)} fields`);
const changes = (count: number) => (count === 1 ? '1 change' : `${n(count)} changes`);

export const saving = {
  // Limits shown before they are reached
  counter: (length: number, max: number) => `${n(length)} / ${n(max)} characters`,
  pasteCut: (cut: number, max: number) =>
    formatMessage(
      'The pasted text was too long: {cut, plural, one {its last character was} other {its last # characters were}} not kept (the limit is {max, number}). Keep the full text elsewhere, or shorten it and paste again.',
      { cut, max },
    ),

  // Fields held back (FieldProblem codes)
  tooLong: (length: number, max: number) =>
    `Too long: ${n(length)} characters, at most ${n(max)}. This field is not saved until it is shortened; your other changes are saved.`,
  naNeedsJustification:
    'Not applicable needs a justification. The status is saved once you have written one; your other changes are saved.',
  badLinks: (lines: string) =>
    `Not a web address (https://…): ${lines}. The links are saved once corrected; your other changes are saved.`,
  tooManyLinks: (max: number) =>
    `At most ${n(max)} links. The links are saved once some are removed.`,
  // Writes the store refused (SaveQueue error codes)
  refused: {
    'save.invalid': 'This change does not pass the checks and was not saved. Change it or undo it.',
    'save.readonly': 'This assessment is final: the change was not saved.',
    'save.missing': 'This assessment no longer exists on this device: the change was not saved.',
  },

  // Per-record indicator
  statusRefused: 'Not saved: see the field',
  statusConflict: 'Not saved: changed in another window',
  statusDraft: 'Restored draft, not saved',

  // Conflict, field by field
  conflictFields: 'These fields were changed here and in the other window:',
  mine: 'Yours',
  theirs: 'Theirs',
  empty: '(empty)',
  keepMineField: (field: string) => `Keep my ${field}`,
  takeTheirsField: (field: string) => `Use their ${field}`,
  theirOther: (list: string) => `They also changed: ${list} (their version is shown).`,

  // Drafts restored from an earlier visit
  draftRestored:
    'Restored from your last visit: this was typed but not saved before the page closed.',
  keepDraft: 'Keep and save the draft',
  discardDraft: 'Discard the draft',

  // Page-level status: every part that is not zero is said; "all saved" only when all are zero
  allSaved: 'All changes saved on this device',
  summaryPending: (count: number) => `Saving ${changes(count)}…`,
  summaryRefused: (count: number) => `${fields(count)} not saved: see the message at the field.`,
  summaryConflict: (count: number) =>
    `${fields(count)} changed in another window too: choose which version to keep.`,
  summaryDraft: (count: number) =>
    `${fields(count)} restored from your last visit, not saved yet: keep or discard them.`,
  summaryFailed: (count: number) => `${changes(count)} could not be stored.`,
} as const;
