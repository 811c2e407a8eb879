import 'fake-indexeddb/auto';
import { describeFailure } from '../../src/lib/i18n/failures';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/lib/storage/db';
import { SINGAPORE_CYCLE, seedAssessment } from '../fixtures/seedWorkspace';
import { listHistory, saveAnswer, saveNormAnswer, undoChange } from '../../src/lib/storage/answers';
import { BURST_WINDOW_MS } from '../../src/lib/domain/historyBurst';
import { parsePack } from '../../src/lib/domain/parsePack';
import type { AnswerPatch } from '../../src/lib/domain/answers';
import { makePack } from '../fixtures/factories/pack';

/**
 * Issue 12 item 4: a burst of typing is one history entry (domain/historyBurst.ts), so that a State
 * with years of long notes still makes a backup the app can import. Undo still goes back to the
 * record as it was before the burst.
 */

const parsed = parsePack(makePack(), 'test');
if (!parsed.ok) throw new Error(describeFailure(parsed));
const pack = parsed.value;

let clock = new Date('2026-03-01T08:00:00.000Z').getTime();
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  clock = new Date('2026-03-01T08:00:00.000Z').getTime();
  vi.setSystemTime(clock);
  await db.open();
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

async function newAssessment() {
  return (await seedAssessment(SINGAPORE_CYCLE, { pack, by: 'Lan' })).id;
}

/** Writes one patch `seconds` after the previous one; returns the new revision. */
async function write(id: string, rev: number, patch: AnswerPatch, by = 'Lan', seconds = 2) {
  clock += seconds * 1000;
  vi.setSystemTime(clock);
  const r = await saveAnswer({ assessmentId: id, itemId: '13a-01', expectedRev: rev, patch, by });
  if (!r.ok) throw new Error(describeFailure(r));
  return r.value.rev;
}

describe('history of a typing burst', () => {
  it('folds a burst of typing into one entry whose before is the record before the burst', async () => {
    const id = await newAssessment();
    let rev = await write(id, 0, { status: 'planned' });
    let text = '';
    for (const word of ['Decree', ' 53', ' is', ' in', ' force', ' since', ' 2024']) {
      text += word;
      rev = await write(id, rev, { notes: text });
    }
    const history = (await listHistory(id, 'item:13a-01')).rows;
    // The status (its own entry) and the whole note (one entry), not 8 entries.
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      cause: 'edit',
      before: { notes: '', status: 'planned' },
      after: { notes: 'Decree 53 is in force since 2024', rev: 8 },
    });
    // Undo of the burst gives back the record as it was before it.
    const undone = await undoChange(history[0]!.id!, 'Lan');
    expect(undone.ok && undone.value).toMatchObject({ notes: '', status: 'planned', rev: 9 });
  });

  it('keeps a status change, another person, a pause of ten minutes or a norm apart', async () => {
    const id = await newAssessment();
    let rev = await write(id, 0, { status: 'planned' });
    rev = await write(id, rev, { notes: 'a' });
    rev = await write(id, rev, { notes: 'ab' });
    rev = await write(id, rev, { status: 'fully' }); // a status change: its own entry
    rev = await write(id, rev, { notes: 'abc' });
    rev = await write(id, rev, { notes: 'abcd' }, 'Minh'); // another person
    rev = await write(id, rev, { notes: 'abcde' }, 'Minh', BURST_WINDOW_MS / 1000); // a pause
    await write(id, rev, { notes: 'abcdef' }, 'Minh');
    const history = (await listHistory(id, 'item:13a-01')).rows.reverse();
    expect(history.map((h) => (h.after as { notes: string }).notes)).toEqual([
      '',
      'ab',
      'ab',
      'abc',
      'abcd',
      'abcdef',
    ]);
    const norm = await saveNormAnswer({
      assessmentId: id,
      normId: '13a',
      expectedRev: 0,
      patch: { challenges: 'Staff' },
      by: 'Minh',
    });
    expect(norm.ok).toBe(true);
    expect((await listHistory(id, 'norm:13a')).rows).toHaveLength(1);
  });

  it('does not fold into an entry that another write (an undo) followed', async () => {
    const id = await newAssessment();
    let rev = await write(id, 0, { status: 'planned' });
    rev = await write(id, rev, { notes: 'one' });
    rev = await write(id, rev, { notes: 'one two' });
    const [burst] = (await listHistory(id, 'item:13a-01')).rows;
    const undone = await undoChange(burst!.id!, 'Lan');
    expect(undone.ok).toBe(true);
    await write(id, rev + 1, { notes: 'three' });
    const history = (await listHistory(id, 'item:13a-01')).rows;
    expect(history.map((h) => h.cause)).toEqual(['edit', 'undo', 'edit', 'edit']);
  });
});
