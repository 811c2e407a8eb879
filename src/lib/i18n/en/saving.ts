import { msg, selectKey } from '../messages';

/**
 * Strings of saving typed text: field limits, fields held back and why, conflicts field by field,
 * drafts restored from an earlier visit, and the page-level save status. The failure codes they
 * render are typed in `domain/answers.ts` (`FieldProblem`) and `state/saveQueue.svelte.ts`.
 */

export const saving = {
  // Limits shown before they are reached
  counter: msg('{length, number} / {max, number} characters', (length: number, max: number) => ({
    length,
    max,
  })),
  pasteCut: msg(
    'The pasted text was too long: {cut, plural, one {its last character was} other {its last # characters were}} not kept (the limit is {max, number}). Keep the full text elsewhere, or shorten it and paste again.',
    (cut: number, max: number) => ({ cut, max }),
  ),

  // Fields held back (FieldProblem codes)
  /** A text of one entry a line (people: one name a line) with a line over its limit. */
  lineTooLong: msg(
    'Line {line, number} is {length, number} characters long; each line may have at most {max, number}. Shorten it: the form cannot be saved as it is.',
    (line: number, length: number, max: number) => ({ line, length, max }),
  ),
  /** …or with more lines than the list holds. */
  tooManyLines: msg(
    'There are {count, number} lines; at most {max, number} are kept. Remove some: the form cannot be saved as it is.',
    (count: number, max: number) => ({ count, max }),
  ),
  tooLong: msg(
    'Too long: {length, number} characters, at most {max, number}. This field is not saved until it is shortened; your other changes are saved.',
    (length: number, max: number) => ({ length, max }),
  ),
  naNeedsJustification:
    'Not applicable needs a justification. The status is saved once you have written one; your other changes are saved.',
  badLinks: msg(
    'Not a web address (https://…): {lines}. The links are saved once corrected; your other changes are saved.',
    (lines: string) => ({ lines }),
  ),
  tooManyLinks: msg(
    'At most {max, number} links. The links are saved once some are removed.',
    (max: number) => ({ max }),
  ),
  /** A target or evidence date outside the date rule (domain/dates.ts); `date` as typed, in words when it can be. */
  dateRefused: msg(
    '{problem, select, out_of_range {Not saved: {date} is not between the years {min} and {max}.} other {Not saved: {date} is not a real calendar date.}} Correct the date; your other changes are saved.',
    (problem: string, date: string, min: number, max: number) => ({
      problem: selectKey(problem),
      date,
      min: String(min),
      max: String(max),
    }),
  ),
  /** A date the browser could not read (validity.badInput: 02/31/2024): nothing to name, nothing stored. */
  dateUnreadable:
    'Not saved: the date typed is not a real date. The stored date is unchanged; correct the date, your other changes are saved.',
  /** A date stored by an earlier release outside the date rule: kept, and said on its field. */
  oldDate: msg(
    'The stored date {date} is not between the years {min} and {max}: the app no longer saves such a date, and keeps this one until you correct it.',
    (date: string, min: number, max: number) => ({ date, min: String(min), max: String(max) }),
  ),
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
  keepMineField: msg('Keep my {field}', (field: string) => ({ field })),
  takeTheirsField: msg('Use their {field}', (field: string) => ({ field })),
  theirOther: msg('They also changed: {list} (their version is shown).', (list: string) => ({
    list,
  })),

  // Drafts restored from an earlier visit
  // Not "before the page closed": the tab it was typed in may still be open.
  draftRestored:
    'Restored from your last visit: this was typed in this browser, here or in another tab, and is not saved.',
  /** A final assessment takes no change: its draft can only be copied elsewhere or discarded. */
  draftFinal:
    'This assessment is final, so the draft cannot be saved in it. Copy its text to keep it elsewhere, or discard it.',
  keepDraft: 'Keep and save the draft',
  discardDraft: 'Discard the draft',
  copyDraft: 'Copy the draft text',
  draftCopied: 'The draft text is copied.',
  draftNotCopied: 'The browser did not allow copying: select the text above and copy it.',

  // Page-level status: every part that is not zero is said; "all saved" only when all are zero
  allSaved: 'All changes saved on this device',
  summaryPending: msg(
    '{count, plural, one {Saving # change…} other {Saving # changes…}}',
    (count: number) => ({ count }),
  ),
  summaryRefused: msg(
    '{count, plural, one {# field not saved: see the message at the field.} other {# fields not saved: see the message at the field.}}',
    (count: number) => ({ count }),
  ),
  summaryConflict: msg(
    '{count, plural, one {# field changed in another window too: choose which version to keep.} other {# fields changed in another window too: choose which version to keep.}}',
    (count: number) => ({ count }),
  ),
  summaryDraft: msg(
    '{count, plural, one {# field restored from your last visit, not saved yet: keep or discard them.} other {# fields restored from your last visit, not saved yet: keep or discard them.}}',
    (count: number) => ({ count }),
  ),
  summaryFailed: msg(
    '{count, plural, one {# change could not be stored.} other {# changes could not be stored.}}',
    (count: number) => ({ count }),
  ),
} as const;
