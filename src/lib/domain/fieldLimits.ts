/**
 * What a paste or drop into a limited text field keeps. A browser applies `maxlength` to pasted and
 * dropped text by cutting it silently at the limit; the field cannot stop that, so it measures what
 * was cut and says so (issue 12: nothing is lost without a word).
 *
 * `current` is the field's text before the paste, `selection` the replaced range (UTF-16 offsets,
 * as the DOM gives them), `inserted` the pasted text and `max` the field's limit in UTF-16 code
 * units (what `maxlength` counts). Returns how many characters (code units) of `inserted` the
 * browser drops: 0 when it all fits.
 */
export function cutByLimit(
  current: string,
  selection: { start: number; end: number },
  inserted: string,
  max: number,
): number {
  const start = Math.max(0, Math.min(selection.start, current.length));
  const end = Math.max(start, Math.min(selection.end, current.length));
  const kept = current.length - (end - start);
  return Math.max(0, kept + inserted.length - max);
}
