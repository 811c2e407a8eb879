import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { pdfText } from './support/download';
import {
  DB_NAME,
  answerRow,
  bundledActionIds,
  freshAssessmentDump,
  seedDump,
} from './support/seed';

/**
 * Report › Make PDF on an assessment whose 33 practical actions each carry an 18,000-character
 * note, in Chromium from the real IndexedDB (the notes are generated in the page, not sent over).
 *
 * - The tab crash (an endless page break in src/lib/report/pdf/tables.ts printRow): the PDF is
 *   made to the end and pdftotext finds the last words of every note.
 * - The freeze: while the PDF is made, "Cancel the PDF" stays the same element and can be clicked
 *   (Playwright waits for it to be attached, visible, stable and to receive the click); Cancel
 *   mid-way downloads nothing and says so. No timing is asserted (see docs/bench.md).
 */

const ID = '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
const NOTES = 33;
const LENGTH = 18_000;
/** A loaded machine (2 cores shared) takes a while over this PDF: waits, not timings. */
const SLOW = { timeout: 90_000 };
test.describe.configure({ timeout: 180_000 });

/**
 * Seeds the assessment with 33 answered actions, then writes their long notes in the page: note n
 * is numbered words up to LENGTH characters, closed by words naming it ("last words of note n
 * ENDNOTEnn"). Returns the last note's last numbered word.
 */
async function seedLongNotes(page: Page): Promise<string> {
  const dump = freshAssessmentDump(ID);
  const actions = bundledActionIds().slice(0, NOTES);
  expect(actions).toHaveLength(NOTES);
  dump.tables.answers = actions.map((itemId) => answerRow(ID, itemId));
  await seedDump(page, dump);
  const lastWord = await page.evaluate(
    async ({ name, ids, length }) => {
      const note = (n: number): string => {
        const tail = ` last words of note ${n} ENDNOTE${String(n).padStart(2, '0')}`;
        let out = '';
        for (let i = 0; out.length + 7 <= length - tail.length; i += 1)
          out += `w${String(i).padStart(5, '0')} `;
        // Exactly `length` characters: the last numbered word is followed by a filler of x's.
        return `${out}${'x'.repeat(Math.max(0, length - tail.length - out.length))}${tail}`;
      };
      const req = indexedDB.open(name);
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('open failed'));
      });
      const tx = idb.transaction('answers', 'readwrite');
      const store = tx.objectStore('answers');
      const all = store.getAll();
      all.onsuccess = () => {
        for (const row of all.result as { itemId: string; notes: string }[])
          store.put({ ...row, notes: note(ids.indexOf(row.itemId)) });
      };
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('notes not written'));
      });
      idb.close();
      return /w\d{5}(?= x* ?last words)/.exec(note(ids.length - 1))?.[0] ?? '';
    },
    { name: DB_NAME, ids: actions, length: LENGTH },
  );
  expect(lastWord).toMatch(/^w\d{5}$/);
  await page.goto(`./#/assessments/${ID}/report`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Gap report: Self-assessment 2026' }),
  ).toBeVisible();
  return lastWord;
}

test('makes the full PDF of 33 actions with 18,000-character notes, every note to its last words', async ({
  page,
}) => {
  const lastWord = await seedLongNotes(page);
  const downloading = page.waitForEvent('download', SLOW);
  await page.getByRole('button', { name: 'Make PDF' }).click();
  // The progress says which page is being made, beside one Cancel button.
  await expect(page.getByText(/^Page \d+$/)).toBeVisible(SLOW);
  await expect(page.getByRole('button', { name: 'Cancel the PDF' })).toHaveCount(1);
  const download = await downloading;
  const name = download.suggestedFilename();
  expect(name).toMatch(/-full-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByRole('status').filter({ hasText: `Made ${name}` })).toBeVisible();

  const text = (await pdfText(download, ['-raw'])).replace(/\s+/g, ' ');
  const missing = Array.from({ length: NOTES }, (_, n) => n)
    .map((n) => `last words of note ${n} ENDNOTE${String(n).padStart(2, '0')}`)
    .filter((tail) => !text.includes(tail));
  expect(missing).toEqual([]);
  // The last note's last numbered word too (the words before its tail, on its last page).
  expect(text).toContain(`${lastWord} `);
});

test('Cancel stays the same, clickable button while the long PDF is made; mid-way it stops with no file', async ({
  page,
}) => {
  await seedLongNotes(page);
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: 'Make PDF' }).click();
  const cancel = page.getByRole('button', { name: 'Cancel the PDF' });
  await expect(cancel).toBeVisible();
  // Marks the element shown first: a re-rendered progress area would put an unmarked one there.
  await cancel.evaluate((b) => b.setAttribute('data-first', ''));
  // Mid-way: a few pages in.
  await expect(page.getByText(/^Page ([5-9]|\d\d+)$/)).toBeVisible(SLOW);
  await expect(cancel).toHaveAttribute('data-first', '');
  await cancel.click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Cancelled: no file was made.' }),
  ).toBeVisible(SLOW);
  await expect(cancel).toHaveCount(0);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  expect(downloads).toEqual([]);
  await expect(page.getByRole('button', { name: 'Make PDF' })).toBeFocused();
});
