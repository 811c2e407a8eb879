import { describe, expect, it } from 'vitest';
import { previewSession, type SessionFile } from '../../src/lib/domain/importSession';
import type { PartScope } from '../../src/lib/schema/exportFile';
import { makeAnswer, makeNormAnswer } from '../fixtures/factories/answers';
import { makeExportSource, sealedExport } from '../fixtures/factories/exports';
import { sessionFileOf, testDevice } from '../fixtures/factories/importDevice';

/**
 * Tester, session 7 (screens 26-part-preview.png, 27-single.png): the same returned part chosen
 * twice under two names, with a conflict open, was planned twice: "Answers 4 added 2 changed",
 * "History entries 12", "2 fields still to decide", "Import all 2 files", where one copy says half.
 * A file holding the same as an earlier one is planned once; the later one says so.
 */

const NOW = new Date('2026-03-01T00:00:00.000Z');
const AT = NOW.toISOString();
const JUSTICE: PartScope = { agency: 'Ministry of Justice', normIds: ['13a'] };

async function world(exportedAt?: string) {
  const source = makeExportSource();
  const a = source.assessments[0]!;
  const part = (at?: string) =>
    sealedExport(
      { kind: 'part', part: JUSTICE, partDirection: 'returned', ...(at ? { exportedAt: at } : {}) },
      source,
    );
  // The coordinator's assessment, stored without history: a differing field is a conflict.
  const ctx = testDevice({
    states: source.states,
    assessments: [a],
    records: new Map([
      [
        a.id,
        {
          answers: [makeAnswer({ itemId: '13a-01', status: 'planned', notes: 'Here', rev: 3 })],
          normAnswers: [makeNormAnswer({ normId: '13a', challenges: 'Budget', rev: 3 })],
          history: [],
        },
      ],
    ]),
  });
  const first = await part();
  const second = exportedAt ? await part(exportedAt) : first;
  const file = (f: typeof first, id: string, name: string): SessionFile => ({
    ...sessionFileOf(f, ctx, NOW, { id, fromVersion: 6 }),
    name,
  });
  return {
    ctx,
    one: file(first, '0', 'part.json'),
    copy: file(second, '1', 'part-copy.json'),
  };
}

const preview = (files: SessionFile[], ctx: ReturnType<typeof testDevice>) =>
  previewSession({ files, ctx, choices: new Map(), resolutions: new Map(), at: AT, by: 'Lim' });

describe('the same part chosen twice is planned once', () => {
  const cases = [
    { name: 'two copies of one file (same check code)', exportedAt: undefined },
    { name: 'exported again with the same records', exportedAt: '2026-02-02T10:00:00.000Z' },
  ];
  it.each(cases)('$name: every count is that of one copy', async ({ exportedAt }) => {
    const { ctx, one, copy } = await world(exportedAt);
    const alone = preview([one], ctx);
    expect(alone.openFields).toBeGreaterThan(0);
    const both = preview([one, copy], ctx);
    expect(both.counts).toEqual(alone.counts);
    expect(both.openFields).toBe(alone.openFields);
    expect(both.toImport).toBe(1);
    expect(both.notImported).toEqual(['part-copy.json']);
    expect(both.files[0]!.outcome).toEqual(alone.files[0]!.outcome);
    expect(both.files[0]!.preview.conflicts).toHaveLength(alone.files[0]!.preview.conflicts.length);
    const later = both.files[1]!;
    expect(later.outcome).toEqual({ kind: 'same-as', name: 'part.json' });
    expect(later.nothingToDo).toBe(true);
    expect(later.openFields).toBe(0);
    expect(later.preview.conflicts).toEqual([]);
    expect([...both.openByAgency.values()]).toEqual([alone.openFields]);
  });

  it('a part with other records is planned as well', async () => {
    const { ctx, one } = await world();
    const source = makeExportSource();
    const other = await sealedExport(
      { kind: 'part', part: JUSTICE, partDirection: 'returned' },
      { ...source, answers: [makeAnswer({ itemId: '13a-01', status: 'fully', rev: 9 })] },
    );
    const both = preview(
      [one, { ...sessionFileOf(other, ctx, NOW, { id: '1' }), name: 'b.json' }],
      ctx,
    );
    expect(both.files[1]!.outcome.kind).not.toBe('same-as');
  });
});
