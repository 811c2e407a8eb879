import { describe, expect, it } from 'vitest';
import {
  detailsProblems,
  formDetails,
  keepTypedOver,
  peopleLines,
  type AssessmentDetails,
} from '../../src/lib/domain/assessmentDetails';
import { defaultPackKey } from '../../src/lib/domain/pack';
import { statusPatch } from '../../src/lib/domain/answers';
import { memberStateGroups, memberStates, stateName } from '../../src/lib/domain/states';
import {
  figureMoved,
  shownActionChanges,
  shownFigureRows,
  showsSideBySide,
  sideHasText,
  withCycles,
  type ActionChange,
  type ActionSide,
} from '../../src/lib/domain/compare';
import { holdsNorm, normTakenBy } from '../../src/lib/domain/assignments';
import { reportTableName } from '../../src/lib/domain/names';
import { firstStorageError, unsavedParts } from '../../src/lib/state/saveQueue.svelte';
import { describedBy } from '../../src/components/describedBy';

/**
 * Issue 17, thin views: the rules that lived in .svelte files, now in domain/state, stated as data.
 * Each was a decision of a view (tests/unit/thin-views.test.ts keeps them out of views).
 */

const details = (over: Partial<AssessmentDetails> = {}): AssessmentDetails => ({
  title: 'Cycle 2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  leadAgency: '',
  people: [],
  alias: '',
  summary: '',
  ...over,
});

describe('new assessment form: the stored schema decides the field problems (AssessmentSetupView)', () => {
  it.each([
    ['all fine', {}, {}],
    ['no title', { title: '' }, { title: { code: 'required' } }],
    ['a title of spaces', { title: '   ' }, { title: { code: 'required' } }],
    ['a title of zero-width spaces', { title: '\u200b\u200b' }, { title: { code: 'required' } }],
    ['no start', { periodStart: '' }, { periodStart: { code: 'date' } }],
    ['no such day', { periodEnd: '2026-02-30' }, { periodEnd: { code: 'date' } }],
    [
      'an end before the start',
      { periodStart: '2026-05-01', periodEnd: '2026-04-01' },
      { periodEnd: { code: 'end-before-start' } },
    ],
    ['one day', { periodStart: '2026-05-01', periodEnd: '2026-05-01' }, {}],
    [
      'a lead agency over its limit',
      { leadAgency: 'x'.repeat(201) },
      { leadAgency: { code: 'too-long', max: 200 } },
    ],
    ['an alias that shows nothing', { alias: '\u200b' }, { alias: { code: 'invalid' } }],
  ] as const)('%s', (_name, over, expected) => {
    expect(detailsProblems(details(over as Partial<AssessmentDetails>))).toEqual(expected);
  });
});

describe('details forms: people, and typing kept over another window’s save', () => {
  it('reads one name a line, trimmed, blank lines left out', () => {
    expect(peopleLines(' Ana \n\n  Budi\n \nChai')).toEqual(['Ana', 'Budi', 'Chai']);
    expect(peopleLines('')).toEqual([]);
    expect(formDetails({ ...details(), people: 'Ana\nBudi\n' }).people).toEqual(['Ana', 'Budi']);
  });

  it('keeps what the user changed, takes the rest from what is stored now', () => {
    const before = details({ title: 'Old', leadAgency: 'MFA', people: ['Ana'] });
    const typed = {
      ...before,
      title: 'Mine',
      people: 'Ana\nBudi',
    };
    const current = details({ title: 'Theirs', leadAgency: 'MOFA', people: ['Ana'] });
    expect(keepTypedOver(typed, before, current)).toEqual({
      ...current,
      title: 'Mine',
      leadAgency: 'MOFA',
      people: 'Ana\nBudi',
    });
  });
});

describe('small rules the views decided', () => {
  it('the default pack: the one marked default, else the first, else none', () => {
    expect(
      defaultPackKey([
        { key: 'a@1', isDefault: false },
        { key: 'b@2', isDefault: true },
      ]),
    ).toBe('b@2');
    expect(defaultPackKey([{ key: 'a@1', isDefault: false }])).toBe('a@1');
    expect(defaultPackKey([])).toBe('');
  });

  it('a new status: not applicable keeps the justification, any other drops it', () => {
    expect(statusPatch('not-applicable')).toEqual({ status: 'not-applicable' });
    expect(statusPatch('fully')).toEqual({ status: 'fully', naJustification: undefined });
    expect('naJustification' in statusPatch('fully')).toBe(true);
  });

  it('the State chooser: ASEAN Member States, then the others; a name for any code', () => {
    const { asean, others } = memberStateGroups();
    expect(asean.map((s) => s.code)).toContain('TL');
    expect(asean.every((s) => s.asean) && others.every((s) => !s.asean)).toBe(true);
    expect([...asean, ...others]).toEqual(memberStates());
    expect(stateName('TL')).toBe('Timor-Leste');
    expect(stateName('XX')).toBe('XX');
  });

  it('the coordinator’s norms: who holds one, and who else has it', () => {
    const list = [
      { agency: 'Foreign Affairs', normIds: ['13a'], itemIds: [] },
      { agency: 'Cyber Agency', normIds: ['13b'], itemIds: [] },
    ];
    expect(holdsNorm(list, ' foreign affairs', '13a')).toBe(true);
    expect(holdsNorm(list, 'Foreign Affairs', '13b')).toBe(false);
    expect(holdsNorm(list, 'Police', '13a')).toBe(false);
    expect(normTakenBy(list, 'Foreign Affairs', '13b')).toBe('Cyber Agency');
    expect(normTakenBy(list, 'FOREIGN AFFAIRS', '13a')).toBeUndefined();
    expect(normTakenBy(list, 'Police', '13c')).toBeUndefined();
  });

  it('a report table’s file name', () => {
    const base = {
      ext: 'csv' as const,
      state: 'Thailand',
      cycle: { alias: '2026', title: 'Thailand 2026' },
      day: '2026-11-30',
    };
    expect(reportTableName({ ...base, kind: 'gaps', shareable: true, normIds: null })).toBe(
      'nic-action-plan-thailand-2026-2026-11-30.csv',
    );
    expect(
      reportTableName({ ...base, kind: 'answers', shareable: true, normIds: ['13a', '13g'] }),
    ).toBe('nic-answers-thailand-2026-shareable-norms-13a-13g-2026-11-30.csv');
    expect(
      reportTableName({ ...base, ext: 'xlsx', kind: 'norms', shareable: false, normIds: [] }),
    ).toBe('nic-norm-answers-thailand-2026-full-2026-11-30.xlsx');
  });

  it('aria-describedby: the ids of the messages shown, or none', () => {
    expect(describedBy('a-count', false, null, '', 'a-err')).toBe('a-count a-err');
    expect(describedBy(false, undefined)).toBeUndefined();
  });
});

describe('comparison lists (CompareView, DeltaTable, ActionChanges)', () => {
  const side = (over: Partial<ActionSide> = {}): ActionSide => ({
    itemId: '13a-01',
    text: 'x',
    status: 'fully',
    points: 1,
    evidence: { text: '', links: [] },
    notes: '',
    naJustification: '',
    ...over,
  });
  const change = (over: Partial<ActionChange>): ActionChange => ({
    kind: 'unchanged',
    itemId: '13a-01',
    normId: '13a',
    focusAreaIds: [],
    text: 'x',
    older: side(),
    newer: side(),
    alsoReplaces: [],
    delta: 0,
    textChanged: false,
    ...over,
  });

  it('a score moved: more than rounding noise, or a side missing', () => {
    expect([0, 1e-9, -1e-7, 0.5, -2, null].map((delta) => figureMoved({ delta }))).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
    const rows = [{ delta: 0 }, { delta: 3 }, { delta: null }];
    expect(shownFigureRows(rows, true)).toEqual([{ delta: 3 }, { delta: null }]);
    expect(shownFigureRows(rows, false)).toEqual(rows);
  });

  it('only changes, when asked; side by side for a change or a text change in both cycles', () => {
    const same = change({});
    const improved = change({ kind: 'improved' });
    const textOnly = change({ textChanged: true });
    const added = change({ kind: 'new-item', older: null });
    expect(shownActionChanges([same, improved, added], true)).toEqual([improved, added]);
    expect(shownActionChanges([same], false)).toEqual([same]);
    expect([same, improved, textOnly, added].map(showsSideBySide)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('a side has text when any evidence, link, note or justification is there (spaces are none)', () => {
    expect(sideHasText(side())).toBe(false);
    expect(sideHasText(side({ notes: '  ' }))).toBe(false);
    expect(sideHasText(side({ evidence: { text: '', links: ['https://a.example'] } }))).toBe(true);
    expect(sideHasText(side({ naJustification: 'No such agency' }))).toBe(true);
  });

  it('timelines: the States with a cycle', () => {
    const a = { name: 'A', assessments: [1] };
    const b = { name: 'B', assessments: [] };
    expect(withCycles([a, b])).toEqual([a]);
  });
});

describe('save summary (SaveAlert)', () => {
  it('names what is not stored, what needs a choice first; nothing when all is saved', () => {
    expect(unsavedParts({ pending: 2, refused: 0, conflict: 1, draft: 0, failed: 3 })).toEqual([
      { kind: 'conflict', count: 1 },
      { kind: 'failed', count: 3 },
      { kind: 'pending', count: 2 },
    ]);
    expect(unsavedParts({ pending: 0, refused: 0, conflict: 0, draft: 0, failed: 0 })).toEqual([]);
  });

  it('the first storage failure among the records, none for a refusal', () => {
    const quota = { kind: 'storage' as const, name: 'QuotaExceededError', storageKind: 'quota' };
    expect(
      firstStorageError([
        { status: 'saved' },
        { status: 'error', error: { kind: 'refused', code: 'save.invalid' } },
        { status: 'error', error: quota },
      ]),
    ).toEqual(quota);
    expect(firstStorageError([{ status: 'refused' }])).toBeNull();
  });
});
