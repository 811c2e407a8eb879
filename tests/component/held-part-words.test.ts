import { screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PartScope } from '../../src/lib/schema/exportFile';
import { makeExportSource, sealedExport, sealedPart } from '../fixtures/factories/exports';
import { exchangeTables } from '../fixtures/seedDb';
import { checkFiles, jsonFile, renderBackup } from './support/backupScreen';

/**
 * Session 6, coordreturn items 3 and 4 (tester), on the agency's device: its first import of the
 * part it was sent said "New on this device" without saying it is held as an agency part; and
 * "Who has answered" then said "There is no assessment on this device yet." beside that part.
 * fixcoord2 item 2: that import counted "1 assessment added" (totals, file lines before and after).
 */

const MOFA: PartScope = { agency: 'Ministry of Foreign Affairs', normIds: ['13a'] };

const OTHER_ID = '00000000-0000-4000-8000-0000000000bb';

/** A whole assessment of another cycle (another id), exported from the coordinator's device. */
async function wholeAssessment(): Promise<string> {
  const s = makeExportSource();
  const other = <T extends { assessmentId: string }>(r: T) => ({ ...r, assessmentId: OTHER_ID });
  const file = await sealedExport(
    { kind: 'assessment' },
    {
      ...s,
      assessments: s.assessments.map((a) => ({ ...a, id: OTHER_ID, title: 'Other cycle' })),
      answers: s.answers.map(other),
      normAnswers: s.normAnswers.map(other),
      history: [],
      assignments: s.assignments.map(other),
    },
  );
  return JSON.stringify(file);
}

/** The Backup screen with `files` chosen and checked, and a user to go on with. */
async function checkOnBackup(files: File[]) {
  renderBackup();
  return checkFiles(...files);
}

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
});

describe("the agency's device and the part it was sent (coordreturn items 3, 4)", () => {
  it('the preview says the part is held here as the agency part; Who has answered says whose part it is', async () => {
    const text = JSON.stringify(await sealedPart(MOFA, { partDirection: 'sent' }));
    const user = await checkOnBackup([jsonFile('sent.json', text)]);
    const file = await screen.findByRole('region', { name: 'File: sent.json' });
    expect(
      within(file).getByText(
        /^New on this device\. Held on this device as the part of Ministry of Foreign Affairs for “Test assessment \(2026\)” \(Singapore\)/,
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/^Imported\./);
    const who = await screen.findByRole('region', { name: 'Who has answered' });
    expect(
      await within(who).findByText(
        'This device holds the part of Ministry of Foreign Affairs for “Test assessment (2026)” (Singapore), sent by the coordinator at Cyber Security Agency. Who has answered is followed on the coordinator’s device.',
      ),
    ).toBeInTheDocument();
    expect(within(who).queryByText(/There is no assessment on this device yet/)).toBeNull();
  }, 30_000);

  it('says "1 agency part added" in the totals, the preview line and the result line (a whole assessment beside it: "1 assessment added")', async () => {
    const text = JSON.stringify(await sealedPart(MOFA, { partDirection: 'sent' }));
    const user = await checkOnBackup([
      jsonFile('sent.json', text),
      jsonFile('whole.json', await wholeAssessment()),
    ]);
    const file = await screen.findByRole('region', { name: 'File: sent.json' });
    expect(within(file).getByText(/^Importing this file: 1 agency part added/)).toBeInTheDocument();
    expect(within(file).queryByText(/assessments? added/)).toBeNull();

    const whole = await screen.findByRole('region', { name: 'File: whole.json' });
    expect(within(whole).getByText(/^Importing this file: 1 assessment added/)).toBeInTheDocument();

    const table = screen.getByRole('table', {
      name: 'Records added, changed and unchanged, all 2 files together',
    });
    const cells = (name: string) =>
      within(within(table).getByRole('row', { name: new RegExp(`^${name}`) }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('Agency parts')).toEqual(['1', '0', '0']);
    expect(cells('Assessments')).toEqual(['1', '0', '0']);

    await user.click(screen.getByRole('button', { name: 'Import all 2 files' }));
    await screen.findByText(/^Imported 2 files\./);
    const lines = within(screen.getByRole('list', { name: 'What each file did' }));
    expect(lines.getByText(/^sent\.json: 1 agency part added/)).toBeInTheDocument();
    expect(lines.getByText(/^whole\.json: 1 assessment added/)).toBeInTheDocument();
  }, 30_000);
});
