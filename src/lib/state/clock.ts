import { localDay } from '../domain/names';

/**
 * The clock as screens read it, in one place: a view never calls `new Date()` itself (the thin-view
 * guard, tests/unit/thin-views.test.ts), so every date a screen stamps or names a file with comes
 * from here (tests pin it with fake timers).
 */

/** Now, as an ISO 8601 UTC instant ("2026-11-30T15:44:00.000Z"): what records and files store. */
export const nowInstant = (): string => new Date().toISOString();

/** The user's local calendar day now, "YYYY-MM-DD" (`localDay`): what file names say. */
export const today = (): string => localDay(new Date());

/** Now, as a Date (for rules that take the clock as an argument, e.g. a file's day). */
export const currentTime = (): Date => new Date();
