/**
 * Share of English's messages a language pack translates, 0–100 (whole percent, rounded down so
 * that 100 means every message): `translated` messages, of `total` English messages that need
 * translating (`needsTranslation`).
 */
export function coveragePercent(translated: number, total: number): number {
  return total === 0 ? 100 : Math.floor((translated / total) * 100);
}

/**
 * Whether an English message needs translating: one without a letter outside its placeholders
 * ("{count}", "{at, date, medium}", "—") reads the same in every language, so it is left out of the
 * coverage altogether (counted neither translated nor to translate).
 */
export function needsTranslation(english: string): boolean {
  return /\p{L}/u.test(english.replace(SHOWN_ARGUMENT, ''));
}

/**
 * Whether a pack's value for a message that needs translating counts as translated (fixlangpack
 * item 2): a value that is English's own text is not, since a template installed with only its tag
 * and name changed read "100% translated" while every message was English.
 */
export function isTranslated(english: string, value: string): boolean {
  return needsTranslation(english) && value !== english;
}

/** A placeholder shown as it is or as a number or date ("{count}", "{at, date, medium}"). */
const SHOWN_ARGUMENT = /\{\s*[\w-]+\s*(?:,\s*(?:number|date|time)\b[^{}]*)?\}/g;

/**
 * The share of messages translated as the Languages screen says it (plain data; the words and the
 * percent sign come from the i18n layer): `percent` whole percent rounded down, and `underOne`
 * when some but less than 1 % are translated (said "less than 1 %", never "0 %").
 */
export function coverageShare(
  translated: number,
  total: number,
): { percent: number; underOne: boolean } {
  const percent = coveragePercent(translated, total);
  return { percent, underOne: percent === 0 && translated > 0 };
}
