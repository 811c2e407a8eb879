import { test, expect } from './fixtures';
import { bundledPackRef } from './support/seed';
import { sharedCycleFileText } from '../fixtures/factories/sharedFiles';

/**
 * The regional view reads and checks its files in a Worker, several files a message (issue 18:
 * 200 files took 4 s on the main thread). Against the built app, under its Content Security Policy
 * (worker-src 'self'): the Worker really starts, every good file loads, and a damaged file among
 * them is named while the others load.
 */

const STATES = [
  ['BN', 'Brunei Darussalam'],
  ['KH', 'Cambodia'],
  ['ID', 'Indonesia'],
  ['LA', "Lao People's Democratic Republic"],
  ['MY', 'Malaysia'],
  ['MM', 'Myanmar'],
  ['PH', 'Philippines'],
  ['SG', 'Singapore'],
  ['TH', 'Thailand'],
  ['VN', 'Viet Nam'],
  ['JP', 'Japan'],
  ['KR', 'Republic of Korea'],
] as const;

/** A shareable export file (format 1, sealed) of one State's 2026 cycle. */
function exportFileText(n: number, stateCode: string, name: string): Promise<string> {
  return sharedCycleFileText({
    id: `8b2d1e4f-1c6a-4d3b-8f72-${String(n).padStart(12, '0')}`,
    state: { code: stateCode, name },
    pack: bundledPackRef(),
    answers: [
      ['13a-01', 'fully'],
      ['13g-01', 'planned'],
    ],
  });
}

test('regional view: files are checked in a Worker; a damaged one among many is named', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.goto('./#/region');
  await expect(page.getByRole('heading', { level: 1, name: 'Regional comparison' })).toBeVisible();

  const files = await Promise.all(
    STATES.map(async ([code, name], i) => ({
      name: `${code.toLowerCase()}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(await exportFileText(i + 1, code, name)),
    })),
  );
  // The seventh file is damaged after it was sealed: its checksum no longer matches.
  const damaged = files[6]!;
  damaged.name = 'damaged.json';
  damaged.buffer = Buffer.from(damaged.buffer.toString('utf8').replace('"fully"', '"largely"'));
  await page.getByLabel('Choose shared export files to compare (JSON)').setInputFiles(files);
  await page.getByRole('button', { name: 'Load files' }).click();

  const loaded = page.getByRole('table', { name: 'States compared' });
  await expect(loaded.getByRole('row')).toHaveCount(STATES.length); // a header row + 11 States
  // One row per State (its name as the app's list spells it), none for the damaged file's State.
  for (const [code] of STATES) {
    const row = loaded.getByRole('row', { name: new RegExp(`\\(${code}\\)`) });
    await expect(row).toHaveCount(code === 'PH' ? 0 : 1);
  }
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('damaged.json');
  await expect(alert).not.toContainText('sg.json');
  // The checks ran in the Worker the built app ships, allowed by its CSP (no fallback, no error).
  expect(workers.some((url) => /regionWorker/.test(url))).toBe(true);
  expect(problems.filter((p) => /Content Security Policy|Worker/i.test(p))).toEqual([]);
});
