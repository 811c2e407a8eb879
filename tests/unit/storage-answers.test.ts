import 'fake-indexeddb/auto';
import { describeFailure } from '../../src/lib/i18n/failures';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/lib/storage/db';
import { addState, listStates } from '../../src/lib/storage/states';
import {
  createAssessment,
  listAssessments,
  setAssessmentStatus,
} from '../../src/lib/storage/assessments';
import {
  listAnswers,
  listHistory,
  listNormAnswers,
  saveAnswer,
  saveNormAnswer,
  undoChange,
} from '../../src/lib/storage/answers';
import { parsePack } from '../../src/lib/domain/parsePack';
import { makePack } from '../fixtures/factories/pack';
import { SINGAPORE_CYCLE, seedAssessment } from '../fixtures/seedWorkspace';
import type { Assessment } from '../../src/lib/schema/assessment';

const packResult = parsePack(makePack(), 'test');
if (!packResult.ok) throw new Error(describeFailure(packResult));
const pack = packResult.value;

const newAssessment = async (carryFrom?: string): Promise<Assessment> => {
  return seedAssessment({ ...SINGAPORE_CYCLE, people: ['Lan'] }, { pack, by: 'Lan', carryFrom });
};

beforeEach(async () => {
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('states', () => {
  it('adds a UN Member State once, refuses an unknown code', async () => {
    expect((await addState('KH')).ok).toBe(true);
    expect((await addState('KH')).ok).toBe(true);
    expect((await addState('TW')).ok).toBe(false);
    const { rows } = await listStates();
    expect(rows.map((s) => s.name)).toEqual(['Cambodia']);
  });
});

describe('saveAnswer', () => {
  it('writes rev 1, then refuses a write based on an older rev and returns the newer answer', async () => {
    const a = await newAssessment();
    const first = await saveAnswer({
      assessmentId: a.id,
      itemId: '13a-01',
      expectedRev: 0,
      patch: { status: 'planned' },
      by: 'Lan',
    });
    expect(first.ok && first.value.rev).toBe(1);
    const stale = await saveAnswer({
      assessmentId: a.id,
      itemId: '13a-01',
      expectedRev: 0,
      patch: { status: 'fully' },
      by: 'Other tab',
    });
    expect(stale.ok).toBe(false);
    expect(!stale.ok && stale).toMatchObject({
      code: 'save.conflict',
      current: { status: 'planned', rev: 1 },
    });
    const { rows } = await listAnswers(a.id);
    expect(rows).toEqual([expect.objectContaining({ status: 'planned', rev: 1 })]);
  });

  it('refuses an invalid answer and writes nothing', async () => {
    const a = await newAssessment();
    const r = await saveAnswer({
      assessmentId: a.id,
      itemId: '13a-01',
      expectedRev: 0,
      patch: { status: 'not-applicable' },
      by: 'Lan',
    });
    expect(!r.ok && r.code).toBe('schema.invalid');
    expect(!r.ok && describeFailure(r)).toBe(
      'Not applicable justification of practical action \u206813a-01\u2069 needs a justification when the answer is Not applicable',
    );
    expect((await listAnswers(a.id)).rows).toEqual([]);
    expect((await listHistory(a.id, 'item:13a-01')).rows).toEqual([]);
  });

  it('records each change in the history and undoes one as a new change', async () => {
    const a = await newAssessment();
    await saveAnswer({
      assessmentId: a.id,
      itemId: '13a-01',
      expectedRev: 0,
      patch: { status: 'planned' },
      by: 'Lan',
    });
    await saveAnswer({
      assessmentId: a.id,
      itemId: '13a-01',
      expectedRev: 1,
      patch: { status: 'fully' },
      by: 'Minh',
    });
    const history = (await listHistory(a.id, 'item:13a-01')).rows;
    expect(history.map((h) => [h.by, h.cause])).toEqual([
      ['Minh', 'edit'],
      ['Lan', 'edit'],
    ]);
    const undone = await undoChange(history[0]!.id!, 'Lan');
    expect(undone.ok && undone.value).toMatchObject({ status: 'planned', rev: 3 });
    const after = (await listHistory(a.id, 'item:13a-01')).rows;
    expect(after).toHaveLength(3);
    expect(after[0]).toMatchObject({ cause: 'undo', by: 'Lan' });
  });

  it('refuses writes to a final assessment', async () => {
    const a = await newAssessment();
    expect((await setAssessmentStatus(a.id, 'final')).ok).toBe(true);
    const r = await saveAnswer({
      assessmentId: a.id,
      itemId: '13a-01',
      expectedRev: 0,
      patch: { status: 'planned' },
      by: 'Lan',
    });
    expect(!r.ok && r.code).toBe('save.readonly');
    expect((await setAssessmentStatus(a.id, 'draft')).ok).toBe(false);
  });

  it('reports a corrupt stored row instead of failing the whole read', async () => {
    const a = await newAssessment();
    await saveAnswer({
      assessmentId: a.id,
      itemId: '13a-01',
      expectedRev: 0,
      patch: { status: 'planned' },
      by: 'Lan',
    });
    await db.answers.put({ assessmentId: a.id, itemId: '13a-02', status: 'bogus' } as never);
    const { rows, corrupt } = await listAnswers(a.id);
    expect(rows.map((r) => r.itemId)).toEqual(['13a-01']);
    expect(corrupt).toHaveLength(1);
  });
});

describe('createAssessment', () => {
  it('validates the period and carries the earlier cycle forward, marked as carried', async () => {
    const bad = await createAssessment(
      {
        stateCode: 'SG',
        title: 'x',
        periodStart: '2026-05-01',
        periodEnd: '2026-04-01',
        leadAgency: '',
        people: [],
        alias: '',
      },
      pack,
      'Lan',
    );
    expect(bad.ok).toBe(false);
    const first = await newAssessment();
    await saveAnswer({
      assessmentId: first.id,
      itemId: '13a-02',
      expectedRev: 0,
      patch: { status: 'largely', notes: 'ok' },
      by: 'Lan',
    });
    await saveNormAnswer({
      assessmentId: first.id,
      normId: '13a',
      expectedRev: 0,
      patch: { challenges: 'Skills' },
      by: 'Lan',
    });
    const second = await newAssessment(first.id);
    expect(second.carriedFrom).toBe(first.id);
    expect((await listAnswers(second.id)).rows).toEqual([
      expect.objectContaining({ itemId: '13a-02', status: 'largely', carried: true, rev: 1 }),
    ]);
    expect((await listNormAnswers(second.id)).rows).toEqual([
      expect.objectContaining({ challenges: 'Skills', carried: true }),
    ]);
    expect((await listHistory(second.id, 'item:13a-02')).rows[0]?.cause).toBe('carry-forward');
    expect((await listAssessments('SG')).rows).toHaveLength(2);
  });
});
