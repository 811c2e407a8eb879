import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { freshAssessmentDump, seedDump } from './support/seed';

/**
 * The tab crash with long notes (fixed in src/lib/report/pdf/tables.ts printRow): the full PDF of
 * an assessment whose 33 practical actions each carry an 8,000-character note, made in Chromium
 * from the real IndexedDB. The old code broke pages without end on this assessment (33 × 8,000
 * characters put a note's rest where it fitted a page but not under its action's lead line; see
 * tests/unit/report-long-notes.test.ts for the sizes) until the tab ran out of memory. Here the
 * download must arrive and pdftotext must find the last words of every note.
 */

const ID = '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
const NOTES = 33;
const LENGTH = 8000;

/** Numbered words up to `length` characters, closed by words naming the note. */
const note = (n: number) => {
  const tail = ` last words of note ${n} ENDNOTE${String(n).padStart(2, '0')}`;
  let out = '';
  for (let i = 0; out.length + 7 <= LENGTH - tail.length; i += 1)
    out += `w${String(i).padStart(5, '0')} `;
  // Exactly LENGTH characters: the last numbered word is followed by a filler of x's.
  return `${out}${'x'.repeat(Math.max(0, LENGTH - tail.length - out.length))}${tail}`;
};

test('makes the full PDF of 33 actions with 8,000-character notes, every note to its last words', async ({
  page,
}) => {
  const dump = freshAssessmentDump(ID);
  const checklist = JSON.parse(
    readFileSync(new URL('../../checklist-data/asean-nic-gge2015.json', import.meta.url), 'utf8'),
  ) as { actions: { id: string }[] };
  const actions = checklist.actions.slice(0, NOTES);
  expect(actions).toHaveLength(NOTES);
  dump.tables.answers = actions.map((action, n) => ({
    assessmentId: ID,
    itemId: action.id,
    status: 'planned',
    targetStatus: 'fully',
    evidence: { text: '', links: [] },
    leadAgency: 'CSA',
    notes: note(n),
    markedForReview: false,
    reviewed: false,
    carried: false,
    rev: 1,
    updatedAt: '2026-03-02T08:00:00.000Z',
    updatedBy: 'Tan Wei',
  }));
  await seedDump(page, dump);

  await page.goto(`./#/assessments/${ID}/report`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Gap report: Self-assessment 2026' }),
  ).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make PDF' }).click();
  const download = await downloading;
  const name = download.suggestedFilename();
  expect(name).toMatch(/-full-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByRole('status').filter({ hasText: `Made ${name}` })).toBeVisible();

  const dir = mkdtempSync(join(tmpdir(), 'nic-e2e-long-notes-'));
  try {
    const path = join(dir, 'report.pdf');
    await download.saveAs(path);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    }).replace(/\s+/g, ' ');
    const missing = actions
      .map((_, n) => `last words of note ${n} ENDNOTE${String(n).padStart(2, '0')}`)
      .filter((tail) => !text.includes(tail));
    expect(missing).toEqual([]);
    // Each note's last numbered word too (the words before the tail, on its last page).
    const lastWord = (n: number) => /w\d{5}(?= x* ?last words)/.exec(note(n))![0];
    for (const n of [0, NOTES - 1]) expect(text).toContain(lastWord(n));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
