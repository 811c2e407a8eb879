import { describe, expect, it } from 'vitest';
import { historyChanges, previewText } from '../../src/lib/domain/historyChanges';

/** The history diff rule as data (domain/historyChanges.ts): old → new per field, typed values. */
const answer = (over: Record<string, unknown> = {}) => ({
  assessmentId: '0b0e4c1e-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
  itemId: '13a.1',
  targetStatus: 'fully',
  evidence: { text: '', links: [] },
  leadAgency: '',
  notes: '',
  markedForReview: false,
  reviewed: false,
  carried: false,
  rev: 1,
  updatedAt: '2026-03-01T10:00:00.000Z',
  updatedBy: 'Ana',
  ...over,
});

describe('historyChanges', () => {
  it('a first write of notes only names the notes, not the default target (tester: "Target: none → Fully implemented")', () => {
    expect(
      historyChanges(undefined, answer({ notes: 'Drafted with MFA' })).map((c) => c.field),
    ).toEqual(['notes']);
    expect(
      historyChanges(undefined, answer({ targetStatus: 'partially' })).map((c) => c.field),
    ).toEqual(['targetStatus']);
  });

  it('gives the status before and after, not only the field name', () => {
    expect(
      historyChanges(
        answer({ status: 'not-started' }),
        answer({ status: 'in-progress', rev: 2, updatedBy: 'Budi' }),
      ),
    ).toEqual([
      {
        field: 'status',
        before: { kind: 'status', status: 'not-started' },
        after: { kind: 'status', status: 'in-progress' },
      },
    ]);
  });

  it('reads a first write (no before) as empty → value, and leaves out bookkeeping', () => {
    const changes = historyChanges(undefined, answer({ status: 'planned', priority: 'high' }));
    expect(changes.map((c) => c.field)).toEqual(['status', 'priority']);
    expect(changes[0]!.before).toEqual({ kind: 'empty' });
    expect(changes[1]!.after).toEqual({ kind: 'priority', priority: 'high' });
  });

  it('splits evidence into text, links and date, with dates as days', () => {
    const changes = historyChanges(
      answer({ evidence: { text: 'Decree', links: [] } }),
      answer({
        evidence: { text: 'Decree', links: ['https://example.org/a'], date: '2026-02-01' },
        targetDate: '2027-03-31',
      }),
    );
    expect(changes).toEqual([
      {
        field: 'targetDate',
        before: { kind: 'empty' },
        after: { kind: 'date', date: '2027-03-31' },
      },
      {
        field: 'evidenceLinks',
        before: { kind: 'empty' },
        after: { kind: 'links', links: ['https://example.org/a'] },
      },
      {
        field: 'evidenceDate',
        before: { kind: 'empty' },
        after: { kind: 'date', date: '2026-02-01' },
      },
    ]);
  });

  it('shortens long text at a word end and keeps the full text', () => {
    const long = 'word '.repeat(40).trim();
    const [change] = historyChanges(answer(), answer({ notes: long }));
    expect(change!.after).toMatchObject({ kind: 'text', text: long, shortened: true });
    const preview = (change!.after as { preview: string }).preview;
    expect(Array.from(preview).length).toBeLessThanOrEqual(80);
    expect(preview.endsWith('word')).toBe(true);
    expect(previewText('short')).toBe('short');
  });

  it('does not split a Thai or emoji character when it cuts', () => {
    const thai = 'ก'.repeat(100);
    expect(Array.from(previewText(thai))).toHaveLength(80);
    expect(previewText('😀'.repeat(90)).length).toBe(160);
  });

  it('names a damaged or unknown value without showing it', () => {
    expect(historyChanges(answer({ status: 'bogus' }), answer({ status: 'fully' }))).toEqual([
      { field: 'status', before: { kind: 'other' }, after: { kind: 'status', status: 'fully' } },
    ]);
    expect(historyChanges(answer(), answer({ futureField: { x: 1 } }))).toEqual([
      { field: 'futureField', before: { kind: 'empty' }, after: { kind: 'other' } },
    ]);
  });

  it('leaves out a change the reader cannot see (trailing spaces)', () => {
    expect(historyChanges(answer({ notes: 'Plan' }), answer({ notes: 'Plan ' }))).toEqual([]);
  });
});
