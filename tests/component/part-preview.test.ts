/**
 * Issue 16, left by session 2: the import preview repeated a part's claimed scope as fact, and its
 * records table added up each file's counts ("Assessments 0/0/3" for one assessment merged from
 * three parts). The preview now tells the claim from what this device gave the agency, names what
 * the file carries outside it (left out), and counts each assessment once.
 */
import { screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { recordPartSent } from '../../src/lib/storage/coordination';
import type { PartScope } from '../../src/lib/schema/exportFile';
import { TEST_ASSESSMENT_ID, makeAnswer } from '../fixtures/factories/answers';
import { makeExportSource, sealedPart, TEST_EXPORTED_AT } from '../fixtures/factories/exports';
import { exchangeTables, seedExportSource } from '../fixtures/seedDb';
import { checkFiles, jsonFile, renderBackup } from './support/backupScreen';

/** A part file of the test assessment, as an agency's device sends it back. */
async function returnedPart(
  scope: PartScope,
  answers: ReturnType<typeof makeAnswer>[],
  at = TEST_EXPORTED_AT,
) {
  return sealedPart(scope, { answers, exportedAt: at, partDirection: 'returned' });
}

const upload = (files: { text: string; name: string }[]) =>
  checkFiles(...files.map((f) => jsonFile(f.name, f.text)));

/** Records on this device that a part was sent, holding `answers` (the merge's ancestors). */
const sent = (
  agency: string,
  scope: Omit<PartScope, 'agency'>,
  answers: ReturnType<typeof makeAnswer>[] = [],
) =>
  recordPartSent(TEST_ASSESSMENT_ID, {
    scope: { agency, ...scope },
    sentAt: '2026-01-31T00:00:00.000Z',
    sentBy: 'Coordinator',
    answers,
    normAnswers: [],
  });

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('the preview of a returned part', () => {
  it('tells the file’s claim from what was given, and names the actions left out', async () => {
    await seedExportSource();
    // Given: the single action 13a-02. Back: a file claiming all of norm 13(a).
    await sent('National Police', { normIds: ['13a'], itemIds: ['13a-02'], normAnswerIds: [] });
    const source = makeExportSource();
    const stored = source.answers.find((a) => a.itemId === '13a-01')!;
    const part = await returnedPart({ agency: 'National Police', normIds: ['13a'] }, [
      { ...stored, notes: 'Police overwrote this', rev: 3, updatedBy: 'Police' },
      makeAnswer({ itemId: '13a-02', status: 'planned', rev: 1, updatedBy: 'Police' }),
    ]);
    renderBackup();
    await upload([{ text: JSON.stringify(part), name: 'back-police.json' }]);
    const file = await screen.findByRole('region', { name: 'File: back-police.json' });
    // The claim is a claim; the scope given is this device's record; what lies outside is named.
    expect(
      within(file).getByText(
        'The file says it is the part of National Police, covering Norm 13(a).',
      ),
    ).toBeInTheDocument();
    expect(
      within(file).getByText(
        'Given to National Police from this device: the practical action 13a-02.',
      ),
    ).toBeInTheDocument();
    expect(
      within(file).getByText(
        'Not given to National Police, left out: the answers to the practical action 13a-01, and the own answers of Norm 13(a).',
      ),
    ).toBeInTheDocument();
    expect(within(file).queryByText(/^Part filled by/)).toBeNull();
  }, 30_000);

  it('counts one assessment once when three parts merge into it', async () => {
    await seedExportSource();
    const stored = makeExportSource().answers;
    const agencies = [
      ['National Police', '13a-01'],
      ['Ministry of Justice', '13a-02'],
      ['Ministry of Defence', '13c-01'],
    ] as const;
    const files: { text: string; name: string }[] = [];
    for (const [i, [agency, item]] of agencies.entries()) {
      const scope = { normIds: [item.slice(0, 3)], itemIds: [item], normAnswerIds: [] };
      await sent(
        agency,
        scope,
        stored.filter((a) => a.itemId === item),
      );
      const part = await returnedPart(
        { agency, ...scope },
        [makeAnswer({ itemId: item, status: 'planned', rev: 1, updatedBy: agency })],
        `2026-02-0${i + 2}T10:00:00.000Z`,
      );
      files.push({ text: JSON.stringify(part), name: `back-${i}.json` });
    }
    renderBackup();
    await upload(files);
    const table = await screen.findByRole('table', {
      name: 'Records added, changed and unchanged, all 3 files together',
    });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    // One assessment, unchanged as a record (its answers change): not 0/0/3.
    expect(
      within(row('Assessments'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '0', '1']);
    // Three answers, one from each part (13a-02 new, the two others answered before): records add up.
    expect(
      within(row('Answers'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '2', '0']);
  }, 30_000);
});
