import { describe, expect, it } from 'vitest';
import {
  assignedPart,
  countsAsBackup,
  exportProblem,
  partInWords,
  passphraseProblem,
  pickAssessment,
  pickState,
  type ExportChoice,
  type ExportLists,
} from '../../src/lib/domain/exportForm';
import { makeAssessment } from '../fixtures/factories/answers';
import { makeAgencyAssignment } from '../fixtures/factories/assignments';
import { makeState, testPack } from '../fixtures/factories/exports';

/** The export form's rules (domain/exportForm.ts), moved out of BackupView.svelte (issue 17). */

const A1 = '00000000-0000-4000-8000-0000000000a1';
const A2 = '00000000-0000-4000-8000-0000000000a2';
const lists: ExportLists = {
  states: [makeState({ code: 'SG' }), makeState({ code: 'MY', name: 'Malaysia' })],
  assessments: [makeAssessment({ id: A1 }), makeAssessment({ id: A2, stateCode: 'MY' })],
};
const empty: ExportLists = { states: [], assessments: [] };
const choice = (over: Partial<ExportChoice> = {}): ExportChoice => ({
  scope: 'backup',
  stateCode: 'SG',
  assessmentId: A1,
  partNorms: ['13a'],
  partItems: [],
  partAgency: 'National Police',
  encrypt: false,
  passphrase: '',
  passphraseAgain: '',
  ...over,
});

describe('which State and assessment the export form shows', () => {
  it('keeps a choice while it is listed, else the preferred one, else the first', () => {
    expect(pickAssessment(lists, A2, A1)).toBe(A2);
    expect(pickAssessment(lists, '', A2)).toBe(A2);
    expect(pickAssessment(lists, 'gone', 'also-gone')).toBe(A1);
    expect(pickAssessment(empty, '', A1)).toBe('');
  });

  it('the State of the preferred assessment before the first State', () => {
    expect(pickState(lists, '', A2)).toBe('MY');
    expect(pickState(lists, 'SG', A2)).toBe('SG');
    expect(pickState(lists, 'XX', '')).toBe('SG');
    expect(pickState(empty, '', '')).toBe('');
  });
});

describe('what stops an export', () => {
  it('names what is missing for the scope chosen, in the order the form is read', () => {
    expect(exportProblem(choice({ scope: 'state', stateCode: '' }), lists, 8)).toEqual({
      code: 'no-state',
    });
    expect(exportProblem(choice({ scope: 'assessment', assessmentId: '' }), lists, 8)).toEqual({
      code: 'no-assessment',
    });
    expect(exportProblem(choice({ scope: 'part', partNorms: [] }), lists, 8)).toEqual({
      code: 'no-norms',
    });
    expect(exportProblem(choice({ scope: 'part', partAgency: '  ' }), lists, 8)).toEqual({
      code: 'no-agency',
    });
    expect(exportProblem(choice(), empty, 8)).toEqual({ code: 'nothing-to-export' });
    expect(exportProblem(choice(), lists, 8)).toBeUndefined();
    expect(exportProblem(choice({ scope: 'part' }), lists, 8)).toBeUndefined();
    // Single practical actions alone are a part (issue 16: an agency given only 13a-02).
    expect(
      exportProblem(choice({ scope: 'part', partNorms: [], partItems: ['13a-02'] }), lists, 8),
    ).toBeUndefined();
  });

  it('an encrypted file needs a long enough passphrase, typed the same twice', () => {
    const enc = { encrypt: true, passphrase: 'short', passphraseAgain: 'short' };
    expect(passphraseProblem(enc, 8)).toEqual({ code: 'passphrase-short', min: 8 });
    expect(
      passphraseProblem({ ...enc, passphrase: 'long enough', passphraseAgain: 'long enougH' }, 8),
    ).toEqual({ code: 'passphrase-mismatch' });
    expect(
      passphraseProblem({ ...enc, passphrase: 'long enough', passphraseAgain: 'long enough' }, 8),
    ).toBeUndefined();
    expect(passphraseProblem({ ...enc, encrypt: false }, 8)).toBeUndefined();
    expect(exportProblem(choice({ ...enc }), lists, 8)).toEqual({
      code: 'passphrase-short',
      min: 8,
    });
  });
});

describe('which part is exported', () => {
  it('an assignment fills the part only with an agency chosen and the pack known', () => {
    const assigned = [makeAgencyAssignment({ agency: 'National Police', normIds: ['13a'] })];
    const pack = testPack();
    expect(assignedPart(assigned, 'National Police', pack)?.normIds).toEqual(['13a']);
    expect(assignedPart(assigned, '', pack)).toBeUndefined();
    expect(assignedPart(assigned, 'National Police', undefined)).toBeUndefined();
    expect(assignedPart(assigned, 'Nobody', pack)).toBeUndefined();
  });

  it('a part in words: whole norms and single items with the pack, as listed without it', () => {
    const part = { agency: 'P', normIds: ['13a'], itemIds: ['13a-02'], normAnswerIds: [] };
    expect(partInWords(testPack(), part)).toEqual({
      wholeNormIds: [],
      itemIds: ['13a-02'],
      questionNormIds: [],
    });
    expect(partInWords(undefined, part)).toEqual({
      wholeNormIds: ['13a'],
      itemIds: ['13a-02'],
      questionNormIds: [],
    });
    expect(partInWords(testPack(), { agency: 'P', normIds: ['13a'] })).toEqual({
      wholeNormIds: ['13a'],
      itemIds: [],
      questionNormIds: [],
    });
    // A norm given with an action carved out for another agency keeps its own questions.
    expect(
      partInWords(testPack(), { ...part, itemIds: ['13a-01'], normAnswerIds: ['13a'] }),
    ).toEqual({ wholeNormIds: [], itemIds: ['13a-01'], questionNormIds: ['13a'] });
  });
});

it('only a complete, not shareable, backup counts as the last full backup', () => {
  expect(countsAsBackup('backup', false)).toBe(true);
  expect(countsAsBackup('backup', true)).toBe(false);
  expect(countsAsBackup('state', false)).toBe(false);
  expect(countsAsBackup('part', false)).toBe(false);
});
