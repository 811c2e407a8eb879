import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import {
  agenciesOf,
  answerProgress,
  applyAnswerPatch,
  blankAnswer,
  blankNormAnswer,
  carryForward,
  changedFields,
  filterActions,
  nextRevision,
  itemTarget,
  normTarget,
  recordTarget,
  searchKey,
} from '../../src/lib/domain/answers';
import { historyEntrySchema } from '../../src/lib/schema/assessment';
import { parsePack } from '../../src/lib/domain/parsePack';
import { makeAction, makePack } from '../fixtures/factories/pack';
import { makeAnswer, makeNormAnswer, TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import type { ChecklistPack } from '../../src/lib/schema/pack';

const AT = '2026-02-01T10:00:00.000Z';
const pack = (overrides = {}): ChecklistPack => {
  const r = parsePack(makePack(overrides), 'test');
  if (!r.ok) throw new Error(describeFailure(r));
  return r.value;
};

describe('nextRevision (the one revision rule of answers and norm answers)', () => {
  it('puts the patch over the record, rev + 1, stamped, and confirms a carried record', () => {
    const current = {
      ...makeNormAnswer({ normId: '13a', challenges: 'old' }),
      carried: true,
      rev: 4,
    };
    const next = nextRevision(current, { challenges: 'new' }, AT, 'Ana');
    expect(next).toEqual({
      ...current,
      challenges: 'new',
      carried: false,
      rev: 5,
      updatedAt: AT,
      updatedBy: 'Ana',
    });
  });

  it('keeps carried when the patch says so (an import or carry-forward writes it)', () => {
    const next = nextRevision(
      makeAnswer({ itemId: '13a-01', rev: 1 }),
      { carried: true },
      AT,
      'Ana',
    );
    expect(next.carried).toBe(true);
    expect(next.rev).toBe(2);
  });
});

describe('applyAnswerPatch', () => {
  it('gives a new answer with rev + 1, author and time, text in NFC', () => {
    const r = applyAnswerPatch(
      blankAnswer(TEST_ASSESSMENT_ID, '13a-01'),
      { notes: 'Vie\u0323\u0302t' },
      AT,
      'Lan',
    );
    expect(r.ok && r.value).toMatchObject({
      rev: 1,
      updatedAt: AT,
      updatedBy: 'Lan',
      notes: 'Việt',
    });
    expect(r.ok && r.value.notes).toBe('Vie\u0323\u0302t'.normalize('NFC'));
  });

  it('refuses Not applicable without a justification, accepts it with one', () => {
    const base = blankAnswer(TEST_ASSESSMENT_ID, '13a-01');
    const refused = applyAnswerPatch(base, { status: 'not-applicable' }, AT, 'x');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && describeFailure(refused)).toContain('justification');
    const blank = applyAnswerPatch(
      base,
      { status: 'not-applicable', naJustification: '  ' },
      AT,
      'x',
    );
    expect(blank.ok).toBe(false);
    const accepted = applyAnswerPatch(
      base,
      { status: 'not-applicable', naJustification: 'No CERT yet' },
      AT,
      'x',
    );
    expect(accepted.ok).toBe(true);
  });

  it('confirms a carried answer when someone edits it', () => {
    const r = applyAnswerPatch(
      makeAnswer({ itemId: '13a-01', carried: true, rev: 3 }),
      { priority: 'high' },
      AT,
      'x',
    );
    expect(r.ok && r.value).toMatchObject({ carried: false, rev: 4, priority: 'high' });
  });
});

describe('carryForward', () => {
  it('copies answers as carried, maps replaced ids and reports retired ones', () => {
    const next = pack({
      version: '1.1.0',
      actions: [
        makeAction({ id: '13a-01', retired: { since: '1.1.0', reason: 'merged' } }),
        makeAction({ id: '13a-03', replaces: ['13a-02'] }),
        makeAction({ id: '13c-01', normId: '13c', focusAreaIds: ['rap-2'] }),
      ],
    });
    const result = carryForward(
      {
        answers: [
          makeAnswer({ itemId: '13a-01', status: 'planned' }),
          makeAnswer({ itemId: '13a-02', status: 'largely', reviewed: true, rev: 7 }),
          makeAnswer({ itemId: '13c-01' }),
        ],
        normAnswers: [makeNormAnswer({ normId: '13a', challenges: 'Staff' })],
      },
      next,
      '00000000-0000-4000-8000-000000000002',
      AT,
      'Lan',
    );
    expect(result.answers).toEqual([
      expect.objectContaining({
        itemId: '13a-03',
        status: 'largely',
        carried: true,
        reviewed: false,
        rev: 1,
        assessmentId: '00000000-0000-4000-8000-000000000002',
      }),
    ]);
    expect(result.notCarried).toEqual(['13a-01']);
    expect(result.normAnswers).toEqual([
      expect.objectContaining({ normId: '13a', challenges: 'Staff', carried: true, rev: 1 }),
    ]);
  });
});

describe('filterActions', () => {
  const p = pack();
  const answers = new Map(
    [
      makeAnswer({
        itemId: '13a-01',
        status: 'fully',
        leadAgency: 'Cyber Agency',
        notes: 'Café law',
      }),
      makeAnswer({ itemId: '13a-02', markedForReview: true, priority: 'high' }),
    ].map((a) => [a.itemId, a]),
  );
  const ids = (f: Parameters<typeof filterActions>[2]) =>
    filterActions(p, answers, f).map((a) => a.id);

  it('filters by norm, focus area, unanswered, review flag, status, agency and priority', () => {
    expect(ids({})).toEqual(['13a-01', '13a-02', '13c-01']);
    expect(ids({ normId: '13c' })).toEqual(['13c-01']);
    expect(ids({ focusAreaId: 'rap-2' })).toEqual(['13a-02', '13c-01']);
    expect(ids({ unanswered: true })).toEqual(['13a-02', '13c-01']);
    expect(ids({ markedForReview: true })).toEqual(['13a-02']);
    expect(ids({ status: 'fully' })).toEqual(['13a-01']);
    expect(ids({ status: 'unanswered' })).toEqual(['13a-02', '13c-01']);
    expect(ids({ agency: 'cyber agency' })).toEqual(['13a-01']);
    expect(ids({ priority: 'high' })).toEqual(['13a-02']);
  });

  it('searches items and notes, ignoring case and accents', () => {
    expect(ids({ query: 'CAFE' })).toEqual(['13a-01']);
    expect(ids({ query: 'regional fora' })).toEqual(['13a-01', '13a-02', '13c-01']);
    expect(ids({ query: 'nothing like this' })).toEqual([]);
    expect(searchKey('Việt')).toBe('viet');
  });

  it('lists distinct agencies', () => {
    expect(
      agenciesOf([...answers.values(), makeAnswer({ itemId: 'x', leadAgency: 'cyber agency' })]),
    ).toEqual(['Cyber Agency']);
  });
});

describe('answerProgress', () => {
  it('counts answered over active actions per norm and overall (N/A counts as answered)', () => {
    const progress = answerProgress(pack(), [
      makeAnswer({ itemId: '13a-01', status: 'planned' }),
      makeAnswer({ itemId: '13c-01', status: 'not-applicable', naJustification: 'n/a' }),
      makeAnswer({ itemId: 'gone', status: 'fully' }),
    ]);
    expect(progress.overall).toMatchObject({ answered: 2, total: 3 });
    expect(progress.byNorm.get('13a')).toMatchObject({ answered: 1, total: 2 });
    expect(progress.byNorm.get('13c')).toMatchObject({ answered: 1, total: 1 });
  });
});

describe('changedFields', () => {
  it('names the user fields a change touched, not the bookkeeping', () => {
    const before = makeAnswer({ itemId: '13a-01', status: 'planned', rev: 1 });
    const after = { ...before, status: 'fully', notes: 'x', rev: 2, updatedBy: 'Minh' };
    expect(changedFields(before, after)).toEqual(['notes', 'status']);
    expect(changedFields(undefined, makeAnswer({ itemId: '13a-01', status: 'planned' }))).toContain(
      'status',
    );
  });
});

describe('history targets (one home: domain/answers.ts)', () => {
  it('names an answer item:<itemId> and a norm answer norm:<normId>', () => {
    expect(itemTarget('13a-01')).toBe('item:13a-01');
    expect(normTarget('13a')).toBe('norm:13a');
    expect(recordTarget(blankAnswer('as-1', '13a-01'))).toBe('item:13a-01');
    expect(recordTarget(blankNormAnswer('as-1', '13a'))).toBe('norm:13a');
  });

  it('names them as the stored history entry schema accepts', () => {
    for (const target of [itemTarget('13a-01'), normTarget('13k')])
      expect(historyEntrySchema.shape.target.safeParse(target).success).toBe(true);
  });
});
