import { describe, expect, it } from 'vitest';
import { englishWords } from '../../src/lib/i18n/locales';

/**
 * Tester g: the timeline's "most improved" list printed "…before a response is decided.: Not started
 * → Fully implemented". An action's text ending in any sentence mark must not get a colon glued on.
 */
describe('a mover line separates the text from its change', () => {
  const change = 'Not started → Fully implemented';
  it.each(['.', '?', '!', '。', '।'])('puts no colon after a text ending in "%s"', (mark) => {
    const text = `Decide a response after the assessment${mark}`;
    const line = englishWords.compare.moverLine(text, change);
    expect(line).not.toMatch(/[.?!。।]\s*:/u);
    expect(line).toContain(text);
    expect(line.endsWith(change)).toBe(true);
  });
});
