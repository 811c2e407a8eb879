import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { freshAssessmentDump, seedDump } from './support/seed';

/**
 * Session 6, langwords item 4: at 375 px an action's save status ("Restored draft, not saved",
 * "Not saved: see the field") ran past the action's card (the label never wrapped). A status label
 * wraps inside its box: its box lies inside the card, in English and in the pseudo-locale (en-XA,
 * about 30 % longer).
 */

const ID = '5b0e8a52-3c8d-4e0f-9a31-0d2b7c4e6f10';

/**
 * Whether the label's text lies inside the label's box and the label's box inside the card (CSS
 * pixels, half a pixel for rounding). The text is measured apart (a Range over it): a label that
 * does not wrap keeps a box that fits, shrunk by the flex row, while its text runs out of it.
 */
async function labelFits(label: Locator, card: Locator): Promise<string> {
  const cardBox = await card.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  return label.evaluate((el, c) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const within = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 0.5 &&
      a.top >= b.top - 0.5 &&
      a.right <= b.right + 0.5 &&
      a.bottom <= b.bottom + 0.5;
    if (!within(text, box))
      return `text ${text.left}–${text.right} outside its box ${box.left}–${box.right}`;
    if (!within(box, c))
      return `box ${box.left}–${box.right} outside the card ${c.left}–${c.right}`;
    return 'inside';
  }, cardBox);
}

/** Opens the workspace at 375 px with a draft of the first action's notes left from a crash. */
async function openWithDraft(page: Page, language: string): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  await seedDump(page, freshAssessmentDump(ID));
  // Still on the app's origin (seedDump's static page): the draft and the language as the app
  // keeps them in localStorage (state/drafts.ts, state/language.ts).
  await page.evaluate(
    ({ id, language }) => {
      localStorage.setItem('nic.language', language);
      localStorage.setItem(
        `nic.draft:${id}:item:13a-01:notes`,
        JSON.stringify({
          type: 'nic-draft',
          version: 1,
          value: 'Decree 53 drafted',
          baseRev: 0,
          at: '2026-03-01T09:00:00.000Z',
        }),
      );
    },
    { id: ID, language },
  );
  await page.goto(`./#/assessments/${ID}`);
  await expect(page.locator('article[data-item]').first()).toBeVisible();
}

for (const language of ['en', 'en-XA']) {
  test(`${language}: an action's save status wraps inside its card at 375 px`, async ({ page }) => {
    await openWithDraft(page, language);
    const drafted = page.locator('article[data-item="13a-01"]');
    const draftLabel = drafted.locator('.save-indicator[data-status="draft"]');
    await expect(draftLabel).not.toBeEmpty();
    expect(await labelFits(draftLabel, drafted)).toBe('inside');

    // Not applicable without its justification: held back, "Not saved: see the field".
    const refused = page.locator('article[data-item]').nth(1);
    await refused.locator('input[type="radio"][value="not-applicable"]').check();
    const refusedLabel = refused.locator('.save-indicator[data-status="refused"]');
    await expect(refusedLabel).not.toBeEmpty();
    expect(await labelFits(refusedLabel, refused)).toBe('inside');
  });
}
