import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { freshAssessmentDump, seedDump } from './support/seed';
import { pseudoMessage } from '../../src/lib/i18n/pseudo';
import { report } from '../../src/lib/i18n/en/report';

/**
 * The report's own language (issue 17), independent of the screens': the PDF made in Chromium is
 * read back with pdftotext. English screens can make a pseudo-locale (en-XA) report, whose
 * headings are accented and hold no English heading; en-XA screens can make an English report.
 */

const ID = '5b0e8a52-3c8d-4e0f-9a31-0d2b7c4e6f10';
const HEADINGS = [
  report.contents,
  report.summaryHeading,
  report.normsHeading,
  report.actionPlanHeading,
  report.appendixHeading,
] as const;

/** Makes the PDF with the options as they are and returns its text, whitespace collapsed. */
async function makePdfText(page: Page, makePdf: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: makePdf }).click();
  const download = await downloading;
  const dir = mkdtempSync(join(tmpdir(), 'nic-e2e-report-lang-'));
  try {
    const path = join(dir, 'report.pdf');
    await download.saveAs(path);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    return text.replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('English screens, en-XA report: accented headings in the PDF, no English heading; the screen stays English', async ({
  page,
}) => {
  await seedDump(page, freshAssessmentDump(ID));
  await page.goto(`./#/assessments/${ID}/report`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Gap report: Self-assessment 2026' }),
  ).toBeVisible();
  const select = page.getByRole('combobox', { name: 'Report language' });
  await expect(select).toHaveValue('en');
  await select.selectOption('en-XA');

  const text = await makePdfText(page, 'Make PDF');
  for (const heading of HEADINGS) {
    expect(text).toContain(pseudoMessage(heading));
    expect(text).not.toContain(heading);
  }
  // Every accented letter printed (none stands in as "not printable").
  expect(text).not.toMatch(/U\+[0-9A-F]{4}/);
  // The screens keep their language: the heading and the status are English.
  await expect(page.getByRole('status').filter({ hasText: /^Made nic-report-/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('en-XA screens, English report: English headings in the PDF', async ({ page }) => {
  await seedDump(page, freshAssessmentDump(ID));
  await page.goto('./#/');
  const chooser = page.getByLabel('Language');
  await Promise.all([page.waitForEvent('load'), chooser.selectOption('en-XA')]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await page.goto(`./#/assessments/${ID}/report`);

  const select = page.getByRole('combobox', { name: pseudoMessage(report.languageLabel) });
  // The report's language starts as the screens'.
  await expect(select).toHaveValue('en-XA');
  await select.selectOption('en');
  const text = await makePdfText(page, pseudoMessage(report.makePdf));
  for (const heading of HEADINGS) {
    expect(text).toContain(heading);
    expect(text).not.toContain(pseudoMessage(heading));
  }
});
