import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { downloadOf, pdftotext, readSaved } from './support/download';

/**
 * Issue 13 items 1 and 7 in the browser: the regional screen counts States (the shared cases: a
 * whole Thai assessment and one agency's part of it), and figures and dates follow the language
 * of the text (English), not the browser's locale: a Burmese or Thai browser still gets Latin
 * digits and Gregorian years, on screen and in the PDF (read back with pdftotext).
 */

const CASES = new URL('../../../shared/cases/', import.meta.url);
const caseFile = (name: string) => ({
  name,
  mimeType: 'application/json',
  buffer: readFileSync(new URL(name, CASES)),
});

const MYANMAR_DIGITS = /[\u1040-\u1049]/;
const THAI_DIGITS = /[\u0E50-\u0E59]/;
// A Buddhist-era year (Gregorian + 543) for the years these cases and this run can show.
const BUDDHIST_YEARS = /\b25(6[5-9]|7\d)\b/;

async function loadCases(page: Page) {
  await page.goto('./#/region');
  await page
    .getByLabel('Choose shared export files to compare (JSON)')
    .setInputFiles([
      caseFile('region-shareable-th-2025.json'),
      caseFile('region-part-th-2025-13a.json'),
    ]);
  await page.getByRole('button', { name: 'Load files' }).click();
  await expect(page.getByRole('table', { name: 'States compared' })).toBeVisible();
}

async function pdfText(page: Page): Promise<{ name: string; text: string }> {
  const download = await downloadOf(page, 'Download PDF');
  const text = await readSaved(download, 'region.pdf', (path) => pdftotext(path));
  return { name: download.suggestedFilename(), text };
}

test('regional view: one column per State, the agency part apart, CSV and PDF', async ({
  page,
}) => {
  await loadCases(page);
  const states = page.getByRole('table', { name: 'States compared' });
  // One row (column) for Thailand, not one per file.
  await expect(states.getByRole('row')).toHaveCount(2);
  await expect(states.getByRole('row', { name: /Thailand/ })).toContainText('2025');
  const parts = page.getByRole('table', { name: 'Agency parts (not scored)' });
  await expect(parts.getByRole('row', { name: /Thailand/ })).toContainText(
    'Ministry of Foreign Affairs',
  );
  const norms = page.getByRole('table', { name: 'Norm scores by State' });
  await expect(norms.getByRole('columnheader')).toHaveText(['Norm', 'Thailand (2025)']);
  // Thailand once in the common gaps.
  const gaps = page.getByRole('table', { name: 'Common gaps' });
  await expect(gaps.getByRole('row').nth(1)).toContainText('1: Thailand');
  await expect(gaps.getByRole('row').nth(1)).not.toContainText('Thailand, Thailand');
  await expect(page.locator('canvas')).toHaveCount(1);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await downloading;
  expect(csv.suggestedFilename()).toMatch(/^nic-region-\d{4}-\d{2}-\d{2}\.csv$/);

  const pdf = await pdfText(page);
  expect(pdf.name).toMatch(/^nic-region-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(pdf.text).toContain('Regional comparison');
  expect(pdf.text).toContain('Thailand (2025)');
  expect(pdf.text).toContain('Ministry of Foreign Affairs');
});

for (const locale of ['my-MM', 'th-TH']) {
  test.describe(`a ${locale} browser`, () => {
    test.use({ locale });

    test('prints Latin digits and Gregorian years on screen and in the PDF', async ({ page }) => {
      await loadCases(page);
      const body = await page.locator('main, body').first().innerText();
      expect(body).toMatch(/\d+\s?%/);
      expect(body).not.toMatch(MYANMAR_DIGITS);
      expect(body).not.toMatch(THAI_DIGITS);
      expect(body).not.toMatch(BUDDHIST_YEARS);
      const pdf = await pdfText(page);
      expect(pdf.text).toMatch(/\d+%/);
      expect(pdf.text).toMatch(/20\d\d/);
      expect(pdf.text).not.toMatch(MYANMAR_DIGITS);
      expect(pdf.text).not.toMatch(THAI_DIGITS);
      expect(pdf.text).not.toMatch(BUDDHIST_YEARS);
    });
  });
}
