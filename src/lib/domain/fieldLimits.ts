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

/**
 * Why a text of one entry a line (the people of an assessment: one name a line) cannot be stored:
 * a line longer than its limit (`line` counts from 1 among the lines that are not blank, `length`
 * and `max` in UTF-16 code units, as the schema counts), or more lines than the list holds.
 */
export type LineProblem =
  | { code: 'lines.too-long'; line: number; length: number; max: number }
  | { code: 'lines.too-many'; count: number; max: number };

/**
 * The first problem of a text stored as one entry a line (lines trimmed, blank ones left out, as
 * the form stores them), or null when every line fits: the rule the schema applies at Create or
 * Save, said while the user types or pastes (a field without one `maxlength` the browser could
 * enforce; new-user report: an over-long paste was refused only at Create).
 */
export function lineLimitProblem(
  text: string,
  perLine: number,
  maxLines: number,
): LineProblem | null {
  const lines = text
    .split('\n')
    .map((l) => l.normalize('NFC').trim())
    .filter((l) => l !== '');
  const long = lines.findIndex((l) => l.length > perLine);
  if (long >= 0)
    return { code: 'lines.too-long', line: long + 1, length: lines[long]!.length, max: perLine };
  return lines.length > maxLines
    ? { code: 'lines.too-many', count: lines.length, max: maxLines }
    : null;
}
