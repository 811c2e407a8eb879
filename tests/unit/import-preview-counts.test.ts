import { describe, expect, it } from 'vitest';
import {
  choiceKey,
  pickKey,
  previewSession,
  recordKinds,
} from '../../src/lib/domain/importSession';
import { t } from '../../src/lib/i18n';
import type { Side } from '../../src/lib/domain/merge';
import type { MergedRecord } from '../../src/lib/domain/importPlan';
import { makeAnswer, makeNormAnswer, makeAssessment } from '../fixtures/factories/answers';
import { makeExportSource, sealedExport } from '../fixtures/factories/exports';
import { sessionFileOf, testDevice } from '../fixtures/factories/importDevice';

/**
 * The import preview's counts (session 7, coordfix item 3): the heading over the records written
 * said "19 answers" of 18 answers and a norm's answer; the table's "Norm answers" row went from
 * "changed 0" to "changed 1" on the first conflict pick; the button said "Import all 2 files" with
 * three files chosen.
 */

const NOW = new Date('2026-03-01T00:00:00.000Z');
const AT = NOW.toISOString();

describe('records of a preview counted by kind', () => {
  const record = (target: string): MergedRecord => ({
    key: `a ${target}`,
    assessment: makeAssessment(),
    target,
    fields: ['status'],
  });
  const cases: { name: string; targets: string[]; heading: string }[] = [
    {
      name: '18 answers and a norm answer',
      targets: [
        ...Array.from({ length: 18 }, (_, i) => `item:13a-${String(i + 1).padStart(2, '0')}`),
        'norm:13a',
      ],
      heading:
        'Written from this part without conflict (18 answers and 1 norm answer), with the fields taken from it',
    },
    {
      name: 'one answer',
      targets: ['item:13a-01'],
      heading: 'Written from this part without conflict (1 answer), with the fields taken from it',
    },
    {
      name: 'two norm answers only',
      targets: ['norm:13a', 'norm:13b'],
      heading:
        'Written from this part without conflict (2 norm answers), with the fields taken from it',
    },
  ];
  it.each(cases)('$name', ({ targets, heading }) => {
    const list = targets.map(record);
    const kinds = recordKinds(list);
    expect(kinds.answers + kinds.normAnswers).toBe(list.length);
    const c = t.coordinator;
    const words = [
      kinds.answers > 0 ? c.recordAnswers(kinds.answers) : '',
      kinds.normAnswers > 0 ? c.recordNormAnswers(kinds.normAnswers) : '',
    ].filter(Boolean);
    expect(c.mergedRecordsHeading(new Intl.ListFormat('en').format(words), true)).toBe(heading);
  });
});

describe('the import button says what it does', () => {
  const cases: [n: number, total: number, words: string][] = [
    [1, 1, 'Import'],
    [2, 2, 'Import all 2 files'],
    [2, 3, 'Import 2 files'],
    [1, 2, 'Import 1 file'],
  ];
  it.each(cases)('%i of %i files: %s', (n, total, words) => {
    expect(t.coordinator.importFiles(n, total)).toBe(words);
  });
  it('names the files it leaves', () => {
    expect(t.coordinator.notImported('old.json')).toBe('Not imported: old.json.');
  });
});

describe('the counts table stands still while conflicts are picked', () => {
  async function session() {
    const source = makeExportSource();
    const file = await sealedExport({ kind: 'assessment' }, source);
    const a = source.assessments[0]!;
    // Stored here without history (no common ancestor): every differing field is a conflict.
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
    const sf = sessionFileOf(file, ctx, NOW, { id: '0' });
    const choices = new Map([[choiceKey('0', a.id), { action: 'merge' as const, targetId: a.id }]]);
    const preview = (resolutions: Map<string, Side>) =>
      previewSession({ files: [sf], ctx, choices, resolutions, at: AT, by: 'Coordinator' });
    const open = preview(new Map());
    const picks = (side: Side) =>
      new Map(
        open.files[0]!.preview.conflicts.flatMap((cf) =>
          cf.item.conflicts.map((f) => [pickKey('0', cf.key, f.field), side] as const),
        ),
      );
    return { open, preview, picks };
  }

  it('before any pick, a record in conflict counts as changed, as it will be with the file’s values', async () => {
    const { open, preview, picks } = await session();
    expect(open.openFields).toBeGreaterThan(0);
    expect(open.counts.answers).toEqual({ added: 1, changed: 1, unchanged: 0 });
    expect(open.counts.normAnswers).toEqual({ added: 0, changed: 1, unchanged: 0 });
    const taken = preview(picks('incoming'));
    expect(taken.openFields).toBe(0);
    expect(taken.counts).toEqual(open.counts);
    expect(taken.files[0]!.outcome).toEqual(open.files[0]!.outcome);
  });

  it('keeping this device’s values really changes the counts, and only then', async () => {
    const { open, preview, picks } = await session();
    const kept = preview(picks('base'));
    expect(kept.counts.answers).toEqual({ added: 1, changed: 0, unchanged: 1 });
    expect(kept.counts.normAnswers).toEqual({ added: 0, changed: 0, unchanged: 1 });
    expect(kept.counts.packs).toEqual(open.counts.packs);
  });
});
