import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';

/**
 * The coordinator's assignments in a real browser: norms given to two agencies in the workspace
 * survive a reload, and one agency's part is exported from the Backup screen filled in from its
 * assignment, carrying only that agency's answers.
 */

const ASSESSMENT = '00000000-0000-4000-8000-000000000001';

test('assign norms to agencies, then export one agency’s part from its assignment', async ({
  page,
}) => {
  // An assessment (pack with norms 13a and 13c; answers to 13a-01 and 13c-01) from a stored file.
  await page.goto('./#/backup');
  await page
    .getByLabel(/^Choose files to import/)
    .setInputFiles('tests/fixtures/exports/export-v1.json');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/^Imported\./)).toBeVisible();

  await page.goto(`./#/assessments/${ASSESSMENT}`);
  await page.getByText('Agencies and their parts').click();
  for (const [agency, norm] of [
    ['Ministry of Foreign Affairs', /^Norm 13\(a\)/],
    ['Cyber Security Agency', /^Norm 13\(c\)/],
  ] as const) {
    await page.getByLabel('Agency name').fill(agency);
    await page.getByRole('button', { name: 'Add agency' }).click();
    const group = page.getByRole('group', { name: `Norms answered by ${agency}` });
    await group.getByRole('checkbox', { name: norm }).check();
    await expect(group.getByRole('checkbox', { name: norm })).toBeChecked();
  }
  const nav = page.getByRole('navigation', { name: 'Checklist sections' });
  await expect(nav.getByRole('button', { name: /Norm 13\(c\)/ })).toContainText(
    'Assigned to: Cyber Security Agency',
  );

  // Stored: a reload shows the same.
  await page.reload();
  await expect(nav.getByRole('button', { name: /Norm 13\(a\)/ })).toContainText(
    'Assigned to: Ministry of Foreign Affairs',
  );

  await page.goto('./#/backup');
  await page.getByRole('radio', { name: /A part of an assessment/ }).check();
  await page
    .getByRole('combobox', { name: 'Fill in from the coordinator’s assignment' })
    .selectOption('Cyber Security Agency');
  await expect(page.getByLabel('Agency filling this part')).toHaveValue('Cyber Security Agency');
  const norms = page.getByRole('group', { name: 'Norms this part covers' });
  await expect(norms.getByRole('checkbox', { name: /^Norm 13\(c\)/ })).toBeChecked();
  await expect(norms.getByRole('checkbox', { name: /^Norm 13\(a\)/ })).not.toBeChecked();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(
    /^nic-part-.*-cyber-security-agency-\d{4}-\d\d-\d\d\.json$/,
  );
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    kind: string;
    part: unknown;
    answers: { itemId: string }[];
    assignments: unknown[];
  };
  expect(file.kind).toBe('part');
  expect(file.part).toEqual({ agency: 'Cyber Security Agency', normIds: ['13c'] });
  expect(file.answers.map((a) => a.itemId)).toEqual(['13c-01']);
  // The plan of who answers what stays with the coordinator: a part carries none of it.
  expect(file.assignments).toEqual([]);
});
