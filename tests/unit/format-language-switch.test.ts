import { afterEach, describe, expect, it } from 'vitest';
import {
  DATE_STYLES,
  formatDay,
  formatInstant,
  setCurrentLanguage,
  setFigureConvention,
} from '../../src/lib/i18n/format';

/**
 * langpacks item 3: dates formatted under Arabic kept their right-to-left marks (U+200F RLM,
 * U+061C ALM) after the language went back to English. The one date formatter's cache follows the
 * language in force and what that language declares (its digits, its calendar), never the tag alone.
 */
const MARKS = /[\u200F\u061C]/u;
const DAY = '2026-11-30';
const INSTANT = '2026-11-30T10:00:00Z';

afterEach(() => setCurrentLanguage('en'));

describe('the date formatter follows the current language', () => {
  it('writes a date under Arabic with its marks, then the same date under English without them', () => {
    for (const style of DATE_STYLES) {
      setCurrentLanguage('ar');
      const arabic = formatDay(DAY, { style });
      if (style !== 'iso') expect(arabic).toMatch(MARKS);
      setCurrentLanguage('en');
      expect(formatDay(DAY, { style })).not.toMatch(MARKS);
      expect(formatInstant(INSTANT, { style }, 'UTC')).not.toMatch(MARKS);
    }
    setCurrentLanguage('en');
    expect(formatDay(DAY, { style: 'day-month' })).toBe('30 Nov 2026');
  });

  it('a language whose digits are declared after a date was written gets them on the next date', () => {
    setCurrentLanguage('ar-SA');
    // Before the language declares anything: Latin digits (the default convention).
    expect(formatDay(DAY, { style: 'day-month' })).toMatch(/30/);
    setFigureConvention('ar-SA', { numberingSystem: 'arab', calendar: 'gregory' });
    const after = formatDay(DAY, { style: 'day-month' });
    expect(after).toMatch(/[٠-٩]/u);
    expect(after).not.toMatch(/30/);
    expect(formatInstant(INSTANT, { style: 'day-month' }, 'UTC')).toMatch(/[٠-٩]/u);
    setCurrentLanguage('en');
    expect(formatDay(DAY, { style: 'day-month' })).toBe('30 Nov 2026');
  });
});
