import { describe, expect, it } from 'vitest';
import {
  applyAnswerPatch,
  applyNormAnswerPatch,
  blankAnswer,
  blankNormAnswer,
  checkAnswerPatch,
  checkNormAnswerPatch,
  FIELD_LIMITS,
  normaliseLink,
  parseLinkLines,
  splitConflict,
} from '../../src/lib/domain/answers';
import { TEXT_LIMITS } from '../../src/lib/schema/assessment';
import { makeAnswer, TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';

/** The editor's field rules (issue 12 items 2–3): each field held back alone, conflicts by field. */

const AT = '2026-02-01T10:00:00.000Z';
const blank = blankAnswer(TEST_ASSESSMENT_ID, '13a-01');

describe('field limits', () => {
  it('are the schema’s TEXT_LIMITS, and a value at the limit is stored by the schema', () => {
    expect(FIELD_LIMITS).toEqual({
      notes: TEXT_LIMITS.long,
      naJustification: TEXT_LIMITS.long,
      leadAgency: TEXT_LIMITS.short,
      evidence: TEXT_LIMITS.long,
      challenges: TEXT_LIMITS.long,
      capacityNeeds: TEXT_LIMITS.long,
      measuresTaken: TEXT_LIMITS.long,
    });
    const atLimit = checkAnswerPatch(blank, { leadAgency: 'a'.repeat(FIELD_LIMITS.leadAgency) });
    expect(atLimit.refused).toEqual([]);
    expect(applyAnswerPatch(blank, atLimit.accepted, AT, 'Lan').ok).toBe(true);
    const norm = checkNormAnswerPatch(blankNormAnswer(TEST_ASSESSMENT_ID, '13a'), {
      challenges: 'c'.repeat(FIELD_LIMITS.challenges),
    });
    expect(
      applyNormAnswerPatch(blankNormAnswer(TEST_ASSESSMENT_ID, '13a'), norm.accepted, AT, 'L').ok,
    ).toBe(true);
  });
});

describe('checkAnswerPatch', () => {
  it('holds back a 219-character lead agency alone, with a typed code; status and priority pass', () => {
    const r = checkAnswerPatch(blank, {
      leadAgency: 'x'.repeat(219),
      status: 'in-progress',
      priority: 'high',
    });
    expect(r.refused).toEqual([
      { code: 'field.too-long', field: 'leadAgency', max: 200, length: 219 },
    ]);
    expect(r.accepted).toEqual({ status: 'in-progress', priority: 'high' });
  });

  it('holds back a 20,001-character note alone', () => {
    const r = checkAnswerPatch(blank, { notes: 'n'.repeat(20_001), markedForReview: true });
    expect(r.refused).toEqual([
      { code: 'field.too-long', field: 'notes', max: 20_000, length: 20_001 },
    ]);
    expect(r.accepted).toEqual({ markedForReview: true });
  });

  it('a 20,001-character norm challenge is held back', () => {
    const r = checkNormAnswerPatch(blankNormAnswer(TEST_ASSESSMENT_ID, '13a'), {
      challenges: 'c'.repeat(20_001),
      capacityNeeds: 'training',
    });
    expect(r.refused).toMatchObject([{ code: 'field.too-long', field: 'challenges' }]);
    expect(r.accepted).toEqual({ capacityNeeds: 'training' });
  });

  it('N/A without a justification holds back status and justification; with one it passes', () => {
    expect(checkAnswerPatch(blank, { status: 'not-applicable' })).toEqual({
      accepted: {},
      refused: [{ code: 'answer.na-needs-justification', field: 'status' }],
    });
    expect(
      checkAnswerPatch(blank, { status: 'not-applicable', naJustification: '  ', notes: 'ok' }),
    ).toEqual({
      accepted: { notes: 'ok' },
      refused: [
        { code: 'answer.na-needs-justification', field: 'status' },
        { code: 'answer.na-needs-justification', field: 'naJustification' },
      ],
    });
    expect(
      checkAnswerPatch(blank, { status: 'not-applicable', naJustification: 'No CERT' }).refused,
    ).toEqual([]);
    // The stored justification counts.
    const stored = makeAnswer({
      itemId: '13a-01',
      status: 'not-applicable',
      naJustification: 'Out of scope',
    });
    expect(checkAnswerPatch(stored, { status: 'not-applicable' }).refused).toEqual([]);
  });

  it('evidence links: a bare domain gets https://, a line that is no address is held with the field', () => {
    const links = parseLinkLines('https://moj.example.gov/decree-53\n\nmoj.example.gov/circular\n');
    expect(links).toEqual([
      'https://moj.example.gov/decree-53',
      'https://moj.example.gov/circular',
    ]);
    expect(checkAnswerPatch(blank, { evidence: { text: '', links } }).refused).toEqual([]);

    const bad = parseLinkLines('https://ok.example.org\nsee the minister');
    const r = checkAnswerPatch(blank, {
      evidence: { text: 'Decree', links: bad },
      priority: 'low',
    });
    expect(r.refused).toEqual([
      { code: 'evidence.bad-links', field: 'evidence', lines: ['see the minister'] },
    ]);
    expect(r.accepted).toEqual({ priority: 'low' });
  });
});

describe('normaliseLink', () => {
  it.each([
    ['example.org', 'https://example.org'],
    ['  www.gov.vn/path?q=1 ', 'https://www.gov.vn/path?q=1'],
    ['http://intranet.example/x', 'http://intranet.example/x'],
    ['bộ.vn/văn-bản', 'https://bộ.vn/văn-bản'],
  ])('%s → %s', (line, out) => expect(normaliseLink(line)).toBe(out));

  it.each(['javascript:alert(1)', 'ftp://x.org', 'see the minister', 'file:///c:/x', 'localhost'])(
    'refuses %s',
    (line) => expect(normaliseLink(line)).toBeNull(),
  );
});

describe('splitConflict (the field-diff rule of a conflict)', () => {
  const base = makeAnswer({
    itemId: '13a-01',
    status: 'planned',
    leadAgency: 'MCI',
    notes: 'old',
    rev: 3,
  });

  it('rebases my fields they did not touch, and lists theirs', () => {
    const theirs = { ...base, status: 'fully' as const, rev: 4 };
    const r = splitConflict(base, theirs, { notes: 'mine' });
    expect(r).toEqual({ rebased: { notes: 'mine' }, conflicts: [], theirOther: ['status'] });
  });

  it('a field both changed to different values is a conflict; to the same value, nothing', () => {
    const theirs = {
      ...base,
      leadAgency: 'NCSA',
      notes: 'same',
      priority: 'high' as const,
      rev: 4,
    };
    const r = splitConflict(base, theirs, { leadAgency: 'ANC', notes: 'same', status: 'largely' });
    expect(r.conflicts).toEqual([{ field: 'leadAgency', mine: 'ANC', theirs: 'NCSA' }]);
    expect(r.rebased).toEqual({ status: 'largely' });
    expect(r.theirOther).toEqual(['priority']);
  });

  it('compares objects as data (key order does not matter)', () => {
    const theirs = { ...base, evidence: { links: [], text: 'x' }, rev: 4 };
    const r = splitConflict(base, theirs, { evidence: { text: 'x', links: [] } });
    expect(r.conflicts).toEqual([]);
    expect(r.rebased).toEqual({});
  });

  it('without a known base, every field of mine that differs from theirs is a conflict', () => {
    const theirs = { ...base, rev: 9 };
    const r = splitConflict(null, theirs, { notes: 'draft', leadAgency: 'MCI' });
    expect(r.conflicts).toEqual([{ field: 'notes', mine: 'draft', theirs: 'old' }]);
    expect(r.rebased).toEqual({});
  });
});
