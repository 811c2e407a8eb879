import 'fake-indexeddb/auto';
import { describeFailure } from '../../src/lib/i18n/failures';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/lib/storage/db';
import { setAssessmentStatus } from '../../src/lib/storage/assessments';
import { SINGAPORE_CYCLE, seedAssessment } from '../fixtures/seedWorkspace';
import { assignmentsKey, getAssignments, saveAssignments } from '../../src/lib/storage/assignments';
import { parsePack } from '../../src/lib/domain/parsePack';
import type { Assessment } from '../../src/lib/schema/assessment';
import { makePack } from '../fixtures/factories/pack';
import { makeAgencyAssignment as agency } from '../fixtures/factories/assignments';

const parsed = parsePack(makePack(), 'test');
if (!parsed.ok) throw new Error(describeFailure(parsed));
const pack = parsed.value;

async function newAssessment(): Promise<Assessment> {
  return seedAssessment(SINGAPORE_CYCLE, { pack, by: 'Lan' });
}

beforeEach(async () => {
  await db.open();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-01T08:00:00.000Z'));
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('assignments storage', () => {
  it('reads empty, round-trips through the meta table and counts revisions', async () => {
    const a = await newAssessment();
    const empty = await getAssignments(a.id);
    expect(empty.corrupt).toBeUndefined();
    expect(empty.record).toMatchObject({ assessmentId: a.id, assignments: [], rev: 0 });
    const list = [
      agency({ agency: 'MFA', normIds: ['13a'] }),
      agency({ agency: 'CSA', normIds: ['13c'], itemIds: ['13a-02'] }),
    ];
    const saved = await saveAssignments({
      assessmentId: a.id,
      expectedRev: 0,
      assignments: list,
      pack,
      by: 'Lan',
    });
    expect(saved).toEqual({
      ok: true,
      value: {
        assessmentId: a.id,
        assignments: list,
        rev: 1,
        updatedAt: '2026-03-01T08:00:00.000Z',
        updatedBy: 'Lan',
      },
    });
    // Stored under its meta key, with no table of its own (the database's version moved on for the
    // history's stored shape, version 2, not for assignments).
    expect((await db.meta.get(assignmentsKey(a.id)))?.value).toEqual(saved.ok && saved.value);
    expect(db.tables.map((t) => t.name)).not.toContain('assignments');
    expect((await getAssignments(a.id)).record).toEqual(saved.ok && saved.value);
  });

  it('refuses a write based on an older revision and returns the stored record', async () => {
    const a = await newAssessment();
    const first = await saveAssignments({
      assessmentId: a.id,
      expectedRev: 0,
      assignments: [agency({ agency: 'MFA', normIds: ['13a'] })],
      pack,
      by: 'Lan',
    });
    expect(first.ok).toBe(true);
    // A second tab still holding rev 0 tries to write.
    const stale = await saveAssignments({
      assessmentId: a.id,
      expectedRev: 0,
      assignments: [agency({ agency: 'CSA', normIds: ['13a'] })],
      pack,
      by: 'Minh',
    });
    expect(stale).toEqual({
      ok: false,
      code: 'save.conflict',
      current: first.ok && first.value,
    });
    expect((await getAssignments(a.id)).record.assignments.map((x) => x.agency)).toEqual(['MFA']);
  });

  it('refuses ids outside the pack, a final assessment and an unknown one', async () => {
    const a = await newAssessment();
    const input = {
      assessmentId: a.id,
      expectedRev: 0,
      assignments: [agency({ agency: 'MFA', normIds: ['13z'] })],
      pack,
      by: 'Lan',
    };
    const refused = await saveAssignments(input);
    expect(refused).toEqual({
      ok: false,
      code: 'assignments.unknown-norm',
      agency: 'MFA',
      normId: '13z',
    });
    expect(!refused.ok && describeFailure(refused)).toBe('Norm "13z" is not in the checklist.');
    const good = { ...input, assignments: [agency({ agency: 'MFA', normIds: ['13a'] })] };
    expect(
      await saveAssignments({ ...good, assessmentId: '00000000-0000-4000-8000-0000000000ff' }),
    ).toEqual({ ok: false, code: 'save.missing' });
    for (const s of ['review', 'final'] as const) {
      const r = await setAssessmentStatus(a.id, s);
      expect(r.ok).toBe(true);
    }
    expect(await saveAssignments(good)).toEqual({ ok: false, code: 'save.readonly' });
    expect(await db.meta.get(assignmentsKey(a.id))).toBeUndefined();
  });

  it('reads a damaged record as empty and says so', async () => {
    const a = await newAssessment();
    await db.meta.put({ key: assignmentsKey(a.id), value: { assessmentId: a.id, rev: 'x' } });
    const read = await getAssignments(a.id);
    expect(read.record.assignments).toEqual([]);
    expect(read.record.rev).toBe(0);
    expect(read.corrupt?.code).toBe('schema.invalid');
    expect(read.corrupt && describeFailure(read.corrupt)).toMatch(
      /^Internal revision number of the record of agency assignments must be a number$/m,
    );
  });
});
