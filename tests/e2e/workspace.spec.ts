import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readTable } from './support/seed';

/**
 * The workspace against a real IndexedDB in Chromium: what the screen says is saved survives a
 * reload, a second tab and a killed tab; a refused write (quota) is shown and the value kept.
 */

/** Adds Singapore and creates an assessment through the UI; returns its URL. */
async function createAssessment(page: Page, title = 'Self-assessment 2026'): Promise<string> {
  await page.goto('./');
  const states = page.getByRole('region', { name: 'States and assessments' });
  await expect(states.getByText('No State yet.', { exact: false })).toBeVisible();
  await states.getByLabel('State').selectOption({ label: 'Singapore' });
  await states.getByRole('button', { name: 'Add State' }).click();
  await states.getByRole('link', { name: 'New assessment — Singapore' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Period start').fill('2026-01-01');
  await page.getByLabel(/Period end/).fill('2026-12-31');
  await page.getByRole('button', { name: 'Create assessment' }).click();
  // The address then follows the norm and action the user is on (`?norm=…&item=…`).
  await expect(page).toHaveURL(/#\/assessments\/[0-9a-f-]{36}(\?.*)?$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return page.url().replace(/\?.*$/, '');
}

const firstItem = (page: Page) => page.locator('article[data-item]').first();

test('answer → reload → still there, with notes typed into a text field', async ({ page }) => {
  const url = await createAssessment(page);
  const item = firstItem(page);
  const itemId = await item.getAttribute('data-item');
  await item.getByRole('radio', { name: /Planned/ }).check();
  await expect(item.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();
  await item.getByText('Details, evidence and notes').click();
  await item.getByLabel('Notes').fill('Draft decree before cabinet — Việt');
  await item.getByLabel('Notes').blur();
  await expect(item.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`^${url.replace(/[.?]/g, '\\$&')}(\\?.*)?$`));
  const again = page.locator(`article[data-item="${itemId}"]`);
  await expect(again.getByRole('radio', { name: /Planned/ })).toBeChecked();
  await again.getByText('Details, evidence and notes').click();
  await expect(again.getByLabel('Notes')).toHaveValue('Draft decree before cabinet — Việt');
  // The progress of the norm counts it.
  await expect(page.getByText(/1 of \d+ answered/).first()).toBeVisible();
});

test('two tabs on the same assessment see each other’s change', async ({ page, context }) => {
  const url = await createAssessment(page);
  const other = await context.newPage();
  await other.goto(url);
  const itemId = await firstItem(page).getAttribute('data-item');
  const mine = page.locator(`article[data-item="${itemId}"]`);
  const theirs = other.locator(`article[data-item="${itemId}"]`);
  await expect(theirs.getByRole('radio', { name: /Largely implemented/ })).not.toBeChecked();

  await mine.getByRole('radio', { name: /Largely implemented/ }).check();
  await expect(mine.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();
  await expect(theirs.getByRole('radio', { name: /Largely implemented/ })).toBeChecked();

  // And back: the other tab builds on the newer revision it was shown (no conflict, no loss).
  await theirs.getByRole('radio', { name: /Fully implemented/ }).check();
  await expect(theirs.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();
  await expect(mine.getByRole('radio', { name: /Fully implemented/ })).toBeChecked();
  const stored = (await readTable(page, 'answers')) as {
    itemId: string;
    status: string;
    rev: number;
  }[];
  expect(stored.find((a) => a.itemId === itemId)).toMatchObject({ status: 'fully', rev: 2 });
});

test('closing the tab right after "Saved" loses nothing', async ({ page, context }) => {
  const url = await createAssessment(page);
  const item = firstItem(page);
  const itemId = await item.getAttribute('data-item');
  await item.getByText('Details, evidence and notes').click();
  await item.getByLabel('Lead agency').fill('Cyber Security Agency');
  // Blur writes at once instead of waiting for the typing debounce.
  await item.getByLabel('Lead agency').press('Tab');
  await item.getByRole('radio', { name: /In progress/ }).check();
  await expect(item.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();
  await page.close({ runBeforeUnload: false });

  const reopened = await context.newPage();
  await reopened.goto(url);
  const again = reopened.locator(`article[data-item="${itemId}"]`);
  await expect(again.getByRole('radio', { name: /In progress/ })).toBeChecked();
  await again.getByText('Details, evidence and notes').click();
  await expect(again.getByLabel('Lead agency')).toHaveValue('Cyber Security Agency');
});

test('a quota error is shown at once, the answer stays on screen, storage is unchanged', async ({
  page,
}) => {
  // From the moment the flag is set, every put into the answers store fails the way a full disk does.
  await page.addInitScript(() => {
    // Kept unbound on purpose: it is called below with the store as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<typeof put>
    ) {
      if (
        (window as { __failAnswerWrites?: boolean }).__failAnswerWrites &&
        this.name === 'answers'
      ) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  await createAssessment(page);
  const item = firstItem(page);
  const itemId = await item.getAttribute('data-item');
  await item.getByRole('radio', { name: /Planned/ }).check();
  await expect(item.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();

  await page.evaluate(() => {
    (window as { __failAnswerWrites?: boolean }).__failAnswerWrites = true;
  });
  await item.getByRole('radio', { name: /Fully implemented/ }).check();
  const alert = page.getByRole('alert').filter({ hasText: 'NOT saved' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('The disk is full');
  await expect(alert.getByRole('link', { name: 'Backup and import' })).toBeVisible();
  // The value the user chose is still on screen, and not claimed as saved.
  await expect(item.getByRole('radio', { name: /Fully implemented/ })).toBeChecked();
  await expect(item.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toHaveCount(0);
  await expect(item.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
  // Storage still holds the last committed answer.
  const stored = (await readTable(page, 'answers')) as {
    itemId: string;
    status: string;
    rev: number;
  }[];
  expect(stored.find((a) => a.itemId === itemId)).toMatchObject({ status: 'planned', rev: 1 });

  // Space freed: "Try again" writes the kept value.
  await page.evaluate(() => {
    (window as { __failAnswerWrites?: boolean }).__failAnswerWrites = false;
  });
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toHaveCount(0);
  await expect(item.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();
  const after = (await readTable(page, 'answers')) as { itemId: string; status: string }[];
  expect(after.find((a) => a.itemId === itemId)?.status).toBe('fully');
});

test('keyboard only: j/k move between actions, number keys set the status', async ({ page }) => {
  await createAssessment(page);
  const items = page.locator('article[data-item]');
  await items.first().locator('h3').focus();
  await page.keyboard.press('j');
  await expect(items.nth(1).locator('h3')).toBeFocused();
  await page.keyboard.press('4');
  await expect(items.nth(1).getByRole('radio', { name: /Largely implemented/ })).toBeChecked();
  await expect(
    items
      .nth(1)
      .getByRole('status')
      .filter({ hasText: /^\s*Saved\s*$/ }),
  ).toBeVisible();
  // Tab goes from the action's heading into its status radio group (the checked radio), and the
  // arrow keys move along the scale like any radio group.
  await page.keyboard.press('Tab');
  await expect(items.nth(1).getByRole('radio', { name: /Largely implemented/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(items.nth(1).getByRole('radio', { name: /Fully implemented/ })).toBeChecked();
  await expect(
    items
      .nth(1)
      .getByRole('status')
      .filter({ hasText: /^\s*Saved\s*$/ }),
  ).toBeVisible();
  // Alt+↑ from a status radio keeps the control: the same radio of the previous action.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(items.first().getByRole('radio', { name: /Fully implemented/ })).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(items.first().locator('h3')).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(items.nth(1).locator('h3')).toBeFocused();
});

test('keyboard only: a whole norm answered from the sidebar, each answer stored', async ({
  page,
}) => {
  await createAssessment(page);
  const nav = page.getByRole('navigation', { name: 'Checklist sections' });
  // Wander in the first norm first: a position left over from there must not carry over.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await nav.getByRole('button', { name: /^Norm 13\(b\)/ }).click();
  const items = page.locator('article[data-item]');
  const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-item') ?? ''));
  expect(ids.length).toBeGreaterThan(2);
  const current = page.locator('article[aria-current="true"]');
  // One status per action, up the scale and round again: 1, 2, 3, 4, 5, 1, …
  const keys = ids.map((_, i) => String((i % 5) + 1));
  const statuses = ['not-started', 'planned', 'in-progress', 'largely', 'fully'];
  for (const [i, id] of ids.entries()) {
    await expect(current).toHaveAttribute('data-item', id);
    await expect(current).toBeInViewport();
    await page.keyboard.press(keys[i]!);
    await expect(current.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible();
    await page.keyboard.press('j');
  }
  // Past the end of the norm: the first action of the next norm.
  await expect(page.getByRole('heading', { level: 2, name: /^Norm 13\(c\)/ })).toBeVisible();
  await expect(current).toHaveAttribute('data-item', /^13c/);

  await page.reload();
  const stored = (await readTable(page, 'answers')) as { itemId: string; status: string }[];
  expect(Object.fromEntries(stored.map((a) => [a.itemId, a.status]))).toEqual(
    Object.fromEntries(ids.map((id, i) => [id, statuses[i % 5]])),
  );
  await page
    .getByRole('navigation', { name: 'Checklist sections' })
    .getByRole('button', { name: /^Norm 13\(b\)/ })
    .click();
  for (const [i, id] of ids.entries()) {
    await expect(
      page.locator(`article[data-item="${id}"] input[type=radio][value="${statuses[i % 5]}"]`),
    ).toBeChecked();
  }
});

test('pressing a button in another action moves nothing on the page, so the click lands', async ({
  page,
}) => {
  // A tester's clicks on "Fully implemented", "Show history" and "Keep and save the draft" were
  // lost: pressing made the card current, the card that stopped being current got a narrower
  // border, its title wrapped onto one line less, and the button moved 20 px away before release.
  await page.setViewportSize({ width: 1280, height: 900 });
  await createAssessment(page);
  const second = page.locator('article[data-item]').nth(1);
  const radio = second.getByRole('radio', { name: /Fully implemented/ });
  await radio.scrollIntoViewIfNeeded();
  const layout = () =>
    page.locator('article[data-item]').evaluateAll((cards) =>
      cards.slice(0, 4).map((c) => {
        const r = c.getBoundingClientRect();
        const h = c.querySelector('h3')!.getBoundingClientRect();
        return [Math.round(r.x), Math.round(r.y), Math.round(r.height), Math.round(h.height)];
      }),
    );
  const box = (await radio.boundingBox())!;
  const before = await layout();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 2);
  await page.mouse.down();
  await expect(second).toHaveAttribute('aria-current', 'true');
  expect(await layout()).toEqual(before);
  await page.mouse.up();
  await expect(radio).toBeChecked();
});
