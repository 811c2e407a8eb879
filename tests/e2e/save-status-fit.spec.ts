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

/**
 * Whether every word of the label's text lies on one line (a Range per word has one box): "Sav /
 * ed" and "Save / d" at 1280 px (tester A, session 7), where the action's heading took the row
 * and the label, allowed to shrink to nothing, broke inside its one word.
 */
async function brokenWords(label: Locator): Promise<string[]> {
  return label.evaluate((el) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

for (const width of [1280, 375]) {
  test(`at ${width} px a status word is never broken inside ("Sav / ed")`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await seedDump(page, freshAssessmentDump(ID));
    await page.goto(`./#/assessments/${ID}`);
    const cards = page.locator('article[data-item]');
    await expect(cards.first()).toBeVisible();
    for (let i = 0; i < 4; i += 1) {
      const card = cards.nth(i);
      await card.locator('input[type="radio"][value="planned"]').check();
      const saved = card.locator('.save-indicator[data-status="saved"]');
      await expect(saved).not.toBeEmpty();
      expect(await brokenWords(saved)).toEqual([]);
    }
  });
}
