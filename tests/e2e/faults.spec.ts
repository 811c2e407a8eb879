import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  bundledPackRef,
  freshAssessmentDump,
  readDump,
  readTable,
  seedDump,
  withPack,
} from './support/seed';

/**
 * Fault suite, the cases not covered by the workspace's own e2e tests (tests/e2e/workspace.spec.ts:
 * reload, two tabs, closing the tab after an edit, quota exceeded): a database left by each earlier
 * schema version, 1,000 rapid edits then a reload, and a renderer crash right after "Saved". Each
 * ends with no saved answer lost.
 */

/** Every schema version that has shipped and has a dump under tests/fixtures/db/. */
const OLD_SCHEMA_VERSIONS = [1];

const statusRadio = (page: Page, itemId: string, label: string) =>
  page.locator(`article[data-item="${itemId}"]`).getByRole('radio', { name: label });

for (const version of OLD_SCHEMA_VERSIONS) {
  test(`a database left by schema v${version} opens with every answer and note`, async ({
    page,
  }) => {
    const dump = withPack(readDump(version), bundledPackRef());
    const assessment = dump.tables.assessments?.[0] as { id: string };
    const answers = dump.tables.answers as { itemId: string; status?: string; notes: string }[];
    await seedDump(page, dump);

    await page.goto(`./#/assessments/${assessment.id}`);
    const first = answers.find((a) => a.itemId === '13a-01');
    expect(first?.status).toBe('in-progress');
    await expect(statusRadio(page, '13a-01', 'In progress')).toBeChecked();
    // The per-norm text of the old database is on screen too.
    await expect(page.getByLabel('Challenges met in implementing this norm').first()).toHaveValue(
      'Thiếu nhân lực',
    );

    // The new code's upgrade kept every row: same answers, same revisions, same text.
    const stored = (await readTable(page, 'answers')) as typeof answers;
    expect(stored).toHaveLength(answers.length);
    for (const a of answers) expect(stored).toContainEqual(expect.objectContaining(a));
    expect(await readTable(page, 'history')).toHaveLength(dump.tables.history?.length ?? 0);
  });
}

test('1,000 rapid edits then a reload: every last value is stored and shown', async ({ page }) => {
  test.setTimeout(120_000);
  const dump = freshAssessmentDump();
  const id = (dump.tables.assessments?.[0] as { id: string }).id;
  await seedDump(page, dump);
  await page.goto(`./#/assessments/${id}`);

  const articles = page.locator('article[data-item]');
  await expect(articles.first()).toBeVisible();
  const items = await articles.evaluateAll((els) =>
    els.map((el) => (el as HTMLElement).dataset.item ?? ''),
  );
  expect(items.length).toBeGreaterThan(2);
  await articles.first().locator('h3').focus();

  // Keys 1–5 set the status of the current action; j moves to the next one. 1,000 status keys,
  // spread over the norm's actions, as fast as the keyboard events go.
  const keys = ['1', '2', '3', '4', '5'];
  const labels = [
    'Not started',
    'Planned',
    'In progress',
    'Largely implemented',
    'Fully implemented',
  ];
  const expected = new Map<string, string>();
  const perItem = Math.ceil(1000 / items.length);
  let index = 0;
  for (let n = 0; n < 1000; n += 1) {
    if (n > 0 && n % perItem === 0) {
      await page.keyboard.press('j');
      index += 1;
    }
    const k = (n * 7 + index) % keys.length;
    await page.keyboard.press(keys[k] as string);
    expected.set(items[index] as string, labels[k] as string);
  }
  await expect(page.getByText('All changes saved on this device')).toBeVisible({ timeout: 30_000 });

  await page.reload();
  for (const [itemId, label] of expected) {
    await expect(statusRadio(page, itemId, label)).toBeChecked();
  }
  const stored = (await readTable(page, 'answers')) as { itemId: string; status: string }[];
  expect(stored.length).toBe(expected.size);
});

test('a renderer crash right after "Saved" loses nothing: saved means committed', async ({
  page,
  context,
}) => {
  const dump = freshAssessmentDump();
  const id = (dump.tables.assessments?.[0] as { id: string }).id;
  await seedDump(page, dump);
  await page.goto(`./#/assessments/${id}`);
  const item = page.locator('article[data-item]').first();
  const itemId = await item.getAttribute('data-item');
  await item.getByRole('radio', { name: 'Largely implemented' }).check();
  await item.getByText('Details, evidence and notes').click();
  await item.getByLabel('Notes').fill('Decree 53 in force; ghi chú cuối');
  await item.getByLabel('Notes').press('Tab');
  await expect(page.getByText('All changes saved on this device')).toBeVisible();

  // A hard crash: no pagehide, no unload, no chance to flush anything more.
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // Not awaited: the page never answers, it is gone.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const again = await context.newPage();
  await again.goto(`./#/assessments/${id}`);
  const reopened = again.locator(`article[data-item="${itemId}"]`);
  await expect(reopened.getByRole('radio', { name: 'Largely implemented' })).toBeChecked();
  await reopened.getByText('Details, evidence and notes').click();
  await expect(reopened.getByLabel('Notes')).toHaveValue('Decree 53 in force; ghi chú cuối');
});
