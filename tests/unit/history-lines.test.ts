import { describe, expect, it } from 'vitest';
import { historyLines } from '../../src/lib/domain/historyLines';
import { classifyMerge, mergeWrite } from '../../src/lib/domain/merge';
import { makeAnswer } from '../fixtures/factories/answers';

const AT = '2026-11-20T10:00:00.000Z';

/** A conflict on status and notes: the stored status kept, the part's notes taken. */
function resolved(statusPick: 'base' | 'incoming', notesPick: 'base' | 'incoming') {
  const base = makeAnswer({ itemId: '13a.1', status: 'planned', notes: 'ours', rev: 1 });
  const incoming = makeAnswer({ itemId: '13a.1', status: 'fully', notes: 'theirs', rev: 1 });
  const [item] = classifyMerge({
    base: [base],
    incoming: [incoming],
    baseHistory: [],
    incomingHistory: [],
  });
  const picks = new Map([
    ['status', statusPick],
    ['notes', notesPick],
  ]);
  return mergeWrite(item!, base.assessmentId, picks, AT, 'Coordinator')!.history;
}

describe('historyLines: a merge that kept a stored value', () => {
  it('folds the import entry into its merge: the kept value and the offered one, field by field', () => {
    const entries = resolved('base', 'incoming');
    expect(entries.map((e) => e.cause)).toEqual(['import', 'merge']);
    const lines = historyLines(entries);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.entry.cause).toBe('merge');
    // The merge wrote the part's notes; the status stayed.
    expect(lines[0]!.changes.map((c) => c.field)).toEqual(['notes']);
    expect(lines[0]!.notKept).toEqual([
      {
        field: 'status',
        offered: { kind: 'status', status: 'fully' },
        kept: { kind: 'status', status: 'planned' },
      },
    ]);
  });

  it('lists every field kept when nothing of the part was taken', () => {
    const lines = historyLines(resolved('base', 'base'));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.changes).toEqual([]);
    expect(lines[0]!.notKept.map((n) => n.field)).toEqual(['status', 'notes']);
  });

  it('leaves an import entry without its merge as a line of its own (e.g. an assessment added from a file)', () => {
    const [imported, merge] = resolved('base', 'base');
    const other = { ...merge!, at: '2026-11-21T10:00:00.000Z' };
    const lines = historyLines([other, imported!]);
    expect(lines.map((l) => l.entry.cause)).toEqual(['merge', 'import']);
    expect(lines[0]!.notKept).toEqual([]);
  });
});

/**
 * Tester, session 5 (coordinator flow, screenshots 22-hist-13a-01 and 25-hist-13e-01): the history of
 * a practical action after two merges of an agency's part. Ids are this device's storage ids (the
 * part's own entries are added beside ours, the merge entries after them).
 */
describe('historyLines: the coordinator flow (tester, session 5)', () => {
  const FARID = 'Farid (MFA)';
  const AISHA = 'Aisha Coordinator';
  const at = (hhmm: string) => `2026-11-30T${hhmm}:00.000Z`;
  const rec = (
    status: 'in-progress' | 'planned' | 'fully' | undefined,
    rev: number,
    by: string,
    time: string,
  ) => makeAnswer({ itemId: '13e-01', status, rev, updatedBy: by, updatedAt: at(time) });
  const entry = (
    id: number,
    by: string,
    time: string,
    cause: 'edit' | 'import' | 'merge',
    before: ReturnType<typeof rec> | undefined,
    after: ReturnType<typeof rec>,
  ) => ({
    id,
    assessmentId: after.assessmentId,
    target: 'item:13e-01',
    at: at(time),
    by,
    cause,
    ...(before ? { before } : {}),
    after,
  });
  // Farid's device: in progress at 14:15, then fully implemented at 14:18.
  const f1 = rec('in-progress', 1, FARID, '14:15');
  const f2 = rec('fully', 2, FARID, '14:18');
  // This device: Aisha's first merge took Farid's status (the record carries his authorship),
  // then Aisha set "planned"; the second merge kept "planned" over Farid's "fully".
  const m1 = rec('in-progress', 2, FARID, '14:15');
  const a2 = rec('planned', 3, AISHA, '14:18');
  const m2 = { ...a2, rev: 4 };
  const history = [
    entry(7, AISHA, '14:19', 'merge', a2, m2),
    entry(6, AISHA, '14:19', 'import', a2, f2),
    entry(5, FARID, '14:18', 'edit', f1, f2),
    entry(4, AISHA, '14:18', 'edit', m1, a2),
    entry(3, AISHA, '14:17', 'merge', undefined, m1),
    entry(2, FARID, '14:15', 'edit', undefined, f1),
  ];

  it('names whose part each merge came from, the taken one and the kept one', () => {
    const lines = historyLines(history);
    const merges = lines.filter((l) => l.entry.cause === 'merge');
    expect(merges.map((l) => [l.entry.id, l.mergedFrom])).toEqual([
      [7, FARID],
      [3, FARID],
    ]);
  });

  it("shows the part's edit that was offered and not kept as offered, not as a change here", () => {
    const lines = historyLines(history);
    expect(lines.filter((l) => l.offered).map((l) => l.entry.id)).toEqual([5]);
    // Farid's first edit was taken by the first merge: it is not "offered, not kept".
    expect(lines.find((l) => l.entry.id === 2)!.offered).toBe(false);
  });

  it('offers no undo for a merge that kept this device’s values (it changed nothing)', () => {
    const lines = historyLines(history);
    expect(lines[0]!.entry.id).toBe(7);
    expect(lines[0]!.changes).toEqual([]);
    expect(lines.some((l) => l.undoable)).toBe(false);
    // Without that merge, the newest write (Aisha's edit) is the one to undo.
    const earlier = historyLines(history.filter((e) => e.id < 5));
    expect(earlier.filter((l) => l.undoable).map((l) => l.entry.id)).toEqual([4]);
  });

  it('orders lines by time, newest first, then by id (14:16 Aisha above 14:15 Farid)', () => {
    // As storage lists them (by id, newest first): the part's entry was added after Aisha's edit.
    const lines = historyLines([
      entry(3, FARID, '14:15', 'edit', undefined, f1),
      entry(2, AISHA, '14:16', 'edit', undefined, rec('in-progress', 1, AISHA, '14:16')),
      entry(1, AISHA, '14:13', 'edit', undefined, rec('fully', 1, AISHA, '14:13')),
      entry(4, AISHA, '14:15', 'edit', undefined, rec('planned', 1, AISHA, '14:15')),
    ]);
    expect(lines.map((l) => l.entry.id)).toEqual([2, 4, 3, 1]);
  });
});
