import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { freshAssessmentDump, seedDump } from './support/seed';

/**
 * The coordinator's whole job, end to end: norms assigned to three agencies, three parts exported,
 * each filled in its own browser (three contexts: three laptops), all three imported at once, the
 * one real conflict (the coordinator and the police both changed 13a-01's status) resolved field by
 * field while the police's notes come in without a conflict, then the gap report, whose PDF holds an
 * answer from each agency.
 */

const ID = '5b0e8a52-3c8d-4e0f-9a31-0d2b7c4e6f10';
const AGENCIES = [
  {
    agency: 'National Police',
    norm: '13a',
    letter: 'a',
    item: '13a-01',
    note: 'Police: joint exercise held',
  },
  {
    agency: 'Ministry of Justice',
    norm: '13b',
    letter: 'b',
    item: '13b-01',
    note: 'Justice: attribution guideline adopted',
  },
  {
    agency: 'Ministry of Defence',
    norm: '13c',
    letter: 'c',
    item: '13c-01',
    note: 'Defence: liaison officer named',
  },
] as const;

async function saveDownload(download: Download, dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  await download.saveAs(path);
  return path;
}

async function exportPart(page: Page, fill: () => Promise<void>): Promise<Download> {
  await page.goto('./#/backup');
  await page.getByRole('radio', { name: /A part of an assessment/ }).check();
  await fill();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(page.getByText(/^Saved nic-/)).toBeVisible();
  return download;
}

test('the coordinator: assign, send three parts, get them back at once, resolve, report', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'nic-e2e-coordinator-'));
  try {
    await seedDump(page, freshAssessmentDump(ID));

    // 1. Assign one norm to each of three agencies.
    await page.goto(`./#/assessments/${ID}`);
    await page.getByText('Agencies and their parts').click();
    for (const a of AGENCIES) {
      await page.getByLabel('Agency name').fill(a.agency);
      await page.getByRole('button', { name: 'Add agency' }).click();
      const group = page.getByRole('group', { name: `Norms answered by ${a.agency}` });
      const box = group.getByRole('checkbox', { name: new RegExp(`^Norm 13\\(${a.letter}\\)`) });
      await box.check();
      await expect(box).toBeChecked();
    }
    await expect(page.getByRole('status').filter({ hasText: 'Assignments saved.' })).toBeVisible();

    // 2. Export the three parts from the assignments.
    const parts: string[] = [];
    for (const a of AGENCIES) {
      const download = await exportPart(page, async () => {
        await page
          .getByRole('combobox', { name: 'Fill in from the coordinator’s assignment' })
          .selectOption(a.agency);
        await expect(page.getByLabel('Agency filling this part')).toHaveValue(a.agency);
      });
      parts.push(await saveDownload(download, dir, `sent-${a.norm}.json`));
    }

    // After sending, the coordinator changes 13a-01 too: the police will change it as well.
    await page.goto(`./#/assessments/${ID}?norm=13a`);
    const mine = page.locator('article[data-item="13a-01"]');
    await mine.getByRole('radio', { name: /Planned/ }).check();
    await expect(mine.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();

    // 3. Each agency, on its own laptop (a separate browser context), fills its part and sends it.
    const returned: string[] = [];
    for (const [i, a] of AGENCIES.entries()) {
      const context = await browser.newContext();
      const laptop = await context.newPage();
      await laptop.goto('./#/backup');
      await laptop.getByLabel(/^Choose files to import/).setInputFiles(parts[i]!);
      await laptop.getByRole('button', { name: 'Check the file' }).click();
      await laptop.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(laptop.getByText(/^Imported\./)).toBeVisible();

      await laptop.goto(`./#/assessments/${ID}?norm=${a.norm}`);
      const item = laptop.locator(`article[data-item="${a.item}"]`);
      await item.getByRole('radio', { name: /Fully implemented/ }).check();
      await expect(item.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();
      await item.getByText('Details, evidence and notes').click();
      await item.getByLabel('Notes').fill(a.note);
      await item.getByLabel('Notes').press('Tab');
      await expect(item.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();

      // Sending the part back: one click, prefilled from the part received (issue 16 item 1).
      await laptop.goto('./#/backup');
      const downloading = laptop.waitForEvent('download');
      await laptop
        .getByRole('button', { name: 'Export this part back to the coordinator' })
        .click();
      const download = await downloading;
      await expect(laptop.getByText(/^Saved nic-/)).toBeVisible();
      returned.push(await saveDownload(download, dir, `back-${a.norm}.json`));
      await context.close();
    }

    // 4. The coordinator imports all three at once: one preview, one real conflict.
    await page.goto('./#/backup');
    await page.getByLabel(/^Choose files to import/).setInputFiles(returned);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(
      page.getByRole('table', {
        name: 'Records added, changed and unchanged, all 3 files together',
      }),
    ).toBeVisible();
    const police = page.getByRole('region', { name: 'File: back-13a.json' });
    const status = police.getByRole('group', { name: 'Status' });
    await expect(status).toContainText('Keep this device’s value: Planned');
    await expect(status).toContainText('Take the part’s value: Fully implemented');
    await expect(police.getByText(/Taken from the part without conflict: Notes/)).toBeVisible();
    // Only that field: the other parts merge without a question.
    await expect(page.getByRole('group', { name: 'Status' })).toHaveCount(1);
    // Who has answered shows the conflict still open for the police.
    const table = page.getByRole('table', { name: 'Agencies, their parts and what is missing' });
    await expect(table.getByRole('row', { name: /National Police/ })).toContainText(/1$/);
    const importAll = page.getByRole('button', { name: 'Import all 3 files' });
    await expect(importAll).toBeDisabled();
    await status.getByRole('radio', { name: /^Take the part’s value/ }).check();
    await importAll.click();
    await expect(page.getByText(/^Imported 3 files\./)).toBeVisible();
    for (const a of AGENCIES)
      await expect(table.getByRole('row', { name: new RegExp(a.agency) })).toContainText(
        /exported .*, imported/,
      );

    // 5. The report: one answer from each agency in the PDF.
    await page.goto(`./#/assessments/${ID}/report`);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Make PDF' }).click();
    const pdf = await saveDownload(await downloading, dir, 'report.pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    for (const a of AGENCIES) expect(flat).toContain(a.note);
    // A figure: the three answers, one from each agency, counted in the completeness.
    expect(flat).toMatch(/\b3 of 52 items answered\b/);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a part says which way it travels: the agency’s copy is only a part, and a returned part is never added as a whole assessment', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'nic-e2e-part-direction-'));
  try {
    await seedDump(page, freshAssessmentDump(ID));
    // The coordinator sends norm 13(a) to the police, by hand.
    const sent = await exportPart(page, async () => {
      await page.getByRole('checkbox', { name: /^Norm 13\(a\)/ }).check();
      await page.getByLabel('Agency filling this part').fill('National Police');
    });
    const sentPath = await saveDownload(sent, dir, 'sent-13a.json');
    expect(JSON.parse(readFileSync(sentPath, 'utf8'))).toMatchObject({
      version: 6,
      kind: 'part',
      partDirection: 'sent',
    });

    // The police's laptop adds it (it has no copy of the assessment): a part, never scored as whole.
    const police = await browser.newContext();
    const laptop = await police.newPage();
    await laptop.goto('./#/backup');
    await laptop.getByLabel(/^Choose files to import/).setInputFiles(sentPath);
    await laptop.getByRole('button', { name: 'Check the file' }).click();
    await expect(laptop.getByRole('radio', { name: 'Add it' })).toBeChecked();
    await laptop.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(laptop.getByText(/^Imported\./)).toBeVisible();
    await laptop.goto(`./#/assessments/${ID}/dashboard`);
    await expect(laptop.getByRole('alert')).toContainText(
      'is only the part given to National Police on this device',
    );
    await expect(laptop.getByRole('progressbar')).toHaveCount(0);
    await laptop.goto(`./#/assessments/${ID}/report`);
    await expect(laptop.getByRole('alert')).toContainText('not scored as a whole assessment');
    await expect(laptop.getByRole('button', { name: 'Make PDF' })).toHaveCount(0);

    // It answers one action and sends the part back: the file says it is returned.
    await laptop.goto(`./#/assessments/${ID}?norm=13a`);
    const item = laptop.locator('article[data-item="13a-01"]');
    await item.getByRole('radio', { name: /Fully implemented/ }).check();
    await expect(item.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();
    await laptop.goto('./#/backup');
    const downloading = laptop.waitForEvent('download');
    await laptop.getByRole('button', { name: 'Export this part back to the coordinator' }).click();
    const backPath = await saveDownload(await downloading, dir, 'back-13a.json');
    await police.close();
    expect(JSON.parse(readFileSync(backPath, 'utf8'))).toMatchObject({
      partDirection: 'returned',
    });

    // A coordinator's device without the assessment: the returned part is not offered as new.
    const other = await browser.newContext();
    const desk = await other.newPage();
    await desk.goto('./#/backup');
    await desk.getByLabel(/^Choose files to import/).setInputFiles(backPath);
    await desk.getByRole('button', { name: 'Check the file' }).click();
    await expect(desk.getByRole('note')).toContainText(
      'This part came back from National Police for',
    );
    await expect(desk.getByRole('note')).toContainText('which is not on this device');
    await expect(desk.getByRole('radio', { name: 'Add it' })).toHaveCount(0);
    // Skip is the only choice, so it is preset (no "needs a choice" the user cannot make).
    await expect(desk.getByRole('radio', { name: 'Skip it' })).toBeChecked();
    await other.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
