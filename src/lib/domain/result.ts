import type { Failure } from '../schema/failures';

export type { Failure, FailureCode } from '../schema/failures';

/**
 * Expected failures (a bad file, an invalid pack, a refused write) are values, not exceptions:
 * callers must look at `ok` before they use the value. Exceptions are kept for bugs.
 *
 * A failure is a typed code with its data, spread beside `ok: false`:
 * `fail({ code: 'pack.not-installed', id, version })` gives
 * `{ ok: false, code: 'pack.not-installed', id, version }`. The catalogue of codes is
 * `src/lib/schema/failures.ts`; the words are built in one place, `describeFailure` in
 * `src/lib/i18n`. Never put an English sentence in a failure.
 */
export type Result<T, F extends object = Failure> = { ok: true; value: T } | ({ ok: false } & F);

/** The failed side of a Result. */
export type Failed<F extends object = Failure> = { ok: false } & F;

/** The successful side of a Result, holding `value`. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/**
 * A failure with its code and data. Codes shown to people belong in the catalogue
 * (schema/failures.ts) so that `describeFailure` words them.
 */
export const fail = <const F extends object>(failure: F): Failed<F> => ({
  ...failure,
  ok: false,
});

/** The failure of a failed result without its `ok` flag, to pass on or keep in a list. */
export function failureOf<F extends object>(result: Failed<F>): F {
  const { ok: _ok, ...failure } = result;
  return failure as unknown as F;
}
