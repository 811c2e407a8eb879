/**
 * Expected failures (a bad file, an invalid pack, a refused write) are values, not exceptions:
 * callers must look at `ok` before they use the value. Exceptions are kept for bugs.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; reason: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E = string>(reason: E): Result<never, E> => ({ ok: false, reason });
