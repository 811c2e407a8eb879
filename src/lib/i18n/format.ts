/**
 * Numbers and dates are shown through Intl, in the user's locale. Pure: runs in node (report CLI)
 * and in the browser. `locale` defaults to the runtime's (the browser's language).
 */

export const defaultLocale = (): string =>
  typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en';

// Scores are formatted by `formatPercent` in src/lib/domain/scoring.ts: the one place where a score
// is rounded for display, in step with the maturity bands.

export function formatNumber(value: number, locale = defaultLocale(), digits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/**
 * A calendar date "YYYY-MM-DD" is a day, not an instant: format it in UTC so that no time zone
 * moves it to the day before.
 */
export function formatDay(isoDate: string, locale = defaultLocale()): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** An instant (ISO timestamp) in the user's own time zone. */
export function formatInstant(
  isoTimestamp: string,
  locale = defaultLocale(),
  timeZone?: string,
): string {
  const d = new Date(isoTimestamp);
  if (Number.isNaN(d.getTime())) return isoTimestamp;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(d);
}

export function formatBytes(bytes: number, locale = defaultLocale()): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
