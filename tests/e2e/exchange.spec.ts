import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Backup and import in a real browser: a file goes in through the file input, a full backup comes
 * out as a download, IndexedDB is wiped, and the backup brings every answer back, and the
 * coordinator's assignments with them (export format 2).
 */

const DB = 'nic-self-assessment';

/** Every answer stored in the browser, read straight from IndexedDB (no app code in between). */
function storedAnswers(page: Page) {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('answers').objectStore('answers').getAll();
          get.onsuccess = () => {
            db.close();
            resolve(get.result as Record<string, unknown>[]);
          };
          get.onerror = () => reject(new Error(String(get.error)));
        };
      }),
    DB,
  );
}

/** The coordinator's assignments of an assessment, read straight from the meta table. */
function storedAssignments(page: Page, assessmentId: string) {
  return page.evaluate(
    ([name, key]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('meta').objectStore('meta').get(key);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { value?: unknown } | undefined)?.value);
          };
          get.onerror = () => reject(new Error(String(get.error)));
        };
      }),
    [DB, `assignments:${assessmentId}`] as const,
  );
}

const ASSESSMENT = '00000000-0000-4000-8000-000000000001';

test('export a full backup, wipe the browser, import it back: the answers return', async ({
  page,
}) => {
  await page.goto('./#/backup');
  await page.getByRole('link', { name: 'Backup and import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backup and import' })).toBeVisible();

  // 1. Data to back up: an assessment, with its assignments, from a stored export file.
  await page
    .getByLabel(/^Choose files to import/)
    .setInputFiles('tests/fixtures/exports/export-v2.json');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { name: 'What the import will do' })).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/^Imported\./)).toBeVisible();
  const original = await storedAnswers(page);
  expect(original).toHaveLength(2);
  const assignments = await storedAssignments(page, ASSESSMENT);
  expect(assignments).toMatchObject({ assessmentId: ASSESSMENT, rev: 2 });

  // 2. Full backup as a download.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^nic-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  const backup = JSON.parse(await readFile(path, 'utf8')) as { type: string; kind: string };
  expect(backup).toMatchObject({ type: 'nic-export', version: 6, kind: 'backup' });
  expect(backup).toHaveProperty('assignments', [assignments]);
  await expect(page.getByText(/This is now the last full backup/)).toBeVisible();

  // 3. Wipe: the app's connection closes itself on the version change, then the reload starts empty.
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase(name);
        req.onsuccess = () => resolve();
        req.onerror = () => reject(new Error(String(req.error)));
      }),
    DB,
  );
  await page.reload();
  await expect(page.getByText('No full backup has been made on this device.')).toBeVisible();
  expect(await storedAnswers(page)).toHaveLength(0);
  expect(await storedAssignments(page, ASSESSMENT)).toBeUndefined();

  // 4. Import the backup through the UI.
  await page.getByLabel(/^Choose files to import/).setInputFiles(path);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByText(/^Full backup, exported/)).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/^Imported\./)).toBeVisible();

  const restored = await storedAnswers(page);
  expect(restored).toEqual(original);
  expect(restored.map((a) => a.notes)).toContain('Ministerial approval pending');
  expect(await storedAssignments(page, ASSESSMENT)).toEqual(assignments);
  await page.goto(`./#/assessments/${ASSESSMENT}`);
  await expect(
    page
      .getByRole('navigation', { name: 'Checklist sections' })
      .getByRole('button', { name: /Norm 13\(a\)/ }),
  ).toContainText('Assigned to: Ministry of Justice');
});

test('a bad file is refused with a message and nothing is stored', async ({ page }) => {
  await page.goto('./#/backup');
  await page.getByLabel(/^Choose files to import/).setInputFiles({
    name: 'deep.json',
    mimeType: 'application/json',
    buffer: Buffer.from(`${'['.repeat(100)}${']'.repeat(100)}`),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The file was not imported. Nothing stored has changed.');
  await expect(alert).toContainText('deep.json: the data is nested deeper than 32 levels');
  expect(await storedAnswers(page)).toHaveLength(0);
});
