import { isoDateSchema } from '../schema/pack';

/**
 * The one rule of a date a user types (a period's start and end, a target date, an evidence date):
 * a real calendar date, YYYY-MM-DD (the schema's `isoDateSchema`), in a year from MIN_YEAR to
 * MAX_YEAR. Every form that takes a date, every save path and the import's checks
 * (domain/importChecks.ts) use this module, so that no screen saves a date its own backup refuses
 * (tester, session 6: a target date of 9999-12-31 was "saved", then the full backup was refused).
 */

/** Years outside this range are typing mistakes or hostile data (dates are drawn on timelines). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
/** The first and last day accepted, as a date input's `min` and `max` take them. */
export const MIN_DAY = `${MIN_YEAR}-01-01`;
export const MAX_DAY = `${MAX_YEAR}-12-31`;

/** Why a typed date is refused: not YYYY-MM-DD of a real day, or a year outside the range. */
export type DayProblem = 'not-a-date' | 'out-of-range';

/** Whether the year of an ISO date or instant ("2026-…") is from MIN_YEAR to MAX_YEAR. */
export function yearInRange(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * Why a date a user typed ("YYYY-MM-DD") cannot be stored, or null when it can: 'not-a-date' for
 * anything but a real calendar day (2023-02-29, "31/12/2026"), 'out-of-range' for a year before
 * MIN_YEAR or after MAX_YEAR.
 */
export function dayProblem(value: string): DayProblem | null {
  if (!isoDateSchema.safeParse(value).success) return 'not-a-date';
  return yearInRange(value) ? null : 'out-of-range';
}

/**
 * What a date field holds when the browser reports `validity.badInput`: the user typed something
 * that is no date (02/31/2024, a year of five digits) and the browser gives the value as "", the
 * same as an empty field. Kept as this marker, never as "": the date rule refuses it ('not-a-date')
 * so that the stored date stays as it was (tester, session 7: the empty value cleared a stored date
 * and the card said "Saved"). The typed text itself cannot be read.
 */
export const NOT_A_DAY = 'not-a-day';
