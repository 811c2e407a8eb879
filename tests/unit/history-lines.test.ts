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
