/**
 * Text for the PDF: split into runs by font and wrapped into lines. Pure (the writer injects how a
 * font covers and measures characters), so it is unit-tested in node without jsPDF.
 *
 * Why runs. jsPDF does no font fallback: a character the current font lacks silently drops the
 * rest of the line. Each script has its own font (pdf/scripts.ts): NotoSans covers Latin
 * (Vietnamese included), digits and punctuation; NotoSansThai covers Thai but not ':' … So every
 * string is cut into runs, each drawn in a font that has all its characters: letters of a script go
 * to that script's font, everything else to NotoSans, and spaces and joiners (ZWSP, ZWJ, ZWNJ) stay
 * with the run they are in. A character no font has (a script the report ships no font for, or a
 * Chinese character outside the documented set) is never dropped silently: it is printed as its
 * code point, e.g. "[not printable here: U+A000]", so the reader sees that something is there.
 *
 * Why our own wrapping. `splitTextToSize` measures with one font; a mixed line needs the widths of
 * its runs (for shaped scripts, the shaper's advances). Break opportunities come from
 * `Intl.Segmenter` (word granularity), which knows the word boundaries of Thai, Lao, Khmer,
 * Burmese and Chinese (written without spaces between words); a word wider than the line is cut
 * between grapheme clusters, so a vowel or tone mark never lands on the next line alone. Lines are
 * never justified (stretching spaces is wrong for scripts that have none between words).
 */

import { NO_SPACES, RTL, isJoiner, scriptOf, type FontKey } from './pdf/scripts';

export type { FontKey } from './pdf/scripts';

export interface Run {
  font: FontKey;
  text: string;
}

export interface MeasuredRun extends Run {
  width: number;
}

export interface Line {
  runs: MeasuredRun[];
  width: number;
  /** The paragraph reads right to left (its first strong letter is Arabic script). */
  rtl?: boolean;
  /** The line ends inside a word that was too long for it (it goes on on the next line). */
  cut?: boolean;
}

export interface FontCoverage {
  /** Whether the font has a glyph for the code point. */
  has: (font: FontKey, codePoint: number) => boolean;
  /** Width of a run of text in the font, at the current size. */
  measure: (font: FontKey, text: string) => number;
  /** Placeholder text for characters no font has; drawn in the Latin font. */
  unsupported: (codes: string) => string;
}

const isSpace = (cp: number) => cp === 0x20 || cp === 0xa0;

/**
 * Stand-ins for a few symbols the Noto fonts we ship lack but that have a faithful ASCII
 * spelling: used only when no font has the character, so nothing is lost to the reader.
 */
const SUBSTITUTES: Readonly<Record<number, string>> = {
  0x2192: '->', // → rightwards arrow
  0x2190: '<-', // ← leftwards arrow
  0x2212: '-', // − minus sign
  0x25b2: '+', // ▲ (deltas: the words beside it say "up")
  0x25bc: '-', // ▼ (… "down")
  0x2191: '+', // ↑
  0x2193: '-', // ↓
  0x2264: '<=', // ≤
  0x2265: '>=', // ≥
};

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Splits text (already NFC) into runs by font. Unsupported characters are replaced, as a group,
 * by `coverage.unsupported(...)` in the Latin font.
 */
export function splitRuns(
  text: string,
  coverage: Pick<FontCoverage, 'has' | 'unsupported'>,
): Run[] {
  const runs: Run[] = [];
  let missing: number[] = [];
  const push = (font: FontKey, piece: string) => {
    const last = runs[runs.length - 1];
    if (last && last.font === font) {
      last.text += piece;
      return;
    }
    // Spaces after a right-to-left run belong between it and what follows, not inside it (drawn
    // reversed, they would land on its left).
    const trailing = last && RTL.has(last.font) ? (/[ \u00a0]+$/.exec(last.text)?.[0] ?? '') : '';
    if (trailing && last && last.text.length > trailing.length && coverage.has(font, 0x20)) {
      last.text = last.text.slice(0, -trailing.length);
      runs.push({ font, text: trailing + piece });
    } else runs.push({ font, text: piece });
  };
  const flushMissing = () => {
    if (missing.length === 0) return;
    push('latin', coverage.unsupported(missing.map(hex).join(' ')));
    missing = [];
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const last = runs[runs.length - 1];
    if ((isSpace(cp) || isJoiner(cp)) && last && missing.length === 0) {
      // A space or joiner stays in the run it is in, so a Thai or Khmer phrase stays one run (and
      // is shaped as one); a font without the character hands it to the Latin font.
      if (coverage.has(last.font, cp)) {
        last.text += ch;
        continue;
      }
    }
    // Control characters other than tab never reach here (the wrapper splits lines); a tab prints
    // as a space.
    if (cp === 0x09) {
      flushMissing();
      push(last?.font ?? 'latin', ' ');
      continue;
    }
    const script = scriptOf(cp);
    let font: FontKey | null = null;
    if (script && coverage.has(script, cp)) font = script;
    else if (coverage.has('latin', cp)) font = 'latin';
    if (font === null && isJoiner(cp)) continue; // invisible, and no font to carry it
    if (font === null) {
      const substitute = SUBSTITUTES[cp];
      if (
        substitute !== undefined &&
        [...substitute].every((c) => coverage.has('latin', c.codePointAt(0)!))
      ) {
        flushMissing();
        push('latin', substitute);
      } else missing.push(cp);
      continue;
    }
    flushMissing();
    push(font, ch);
  }
  flushMissing();
  return runs;
}

const wordSegmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'word' })
    : null;
const graphemeSegmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

const noSpaces = (cp: number) => {
  const script = scriptOf(cp);
  return script !== null && NO_SPACES.has(script);
};

/**
 * Pieces of text between break opportunities: after a space or ZWSP, or between two words of a
 * script written without spaces (Thai, Lao, Khmer, Burmese, Chinese: the segmenter finds them).
 * Never before punctuation such as ";" or ")".
 */
function* words(text: string): Generator<string> {
  if (!wordSegmenter) {
    yield* text.split(/(?<= )/);
    return;
  }
  // Segmented lazily (the segmenter's iterator), so that wrapping a long paragraph line by line
  // does no more segmenting than the lines it has made so far.
  let current = '';
  for (const { segment } of wordSegmenter.segment(text)) {
    if (current !== '') {
      const prev = current.codePointAt(current.length - 1) ?? 0;
      const next = segment.codePointAt(0) ?? 0;
      const breakHere =
        isBreakAfter(current.charCodeAt(current.length - 1)) || (noSpaces(prev) && noSpaces(next));
      if (breakHere && !allSpace(segment)) {
        yield current;
        current = '';
      }
    }
    current += segment;
  }
  if (current !== '') yield current;
}

/** White space (`\s`), tested without a regular expression for ASCII: it runs for every word. */
const isWhite = (c: number) =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && /\s/.test(String.fromCharCode(c)));

/** A break opportunity after this UTF-16 unit: white space or ZWSP. */
const isBreakAfter = (c: number) => c === 0x200b || isWhite(c);

function allSpace(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (!isWhite(text.charCodeAt(i))) return false;
  return text.length > 0;
}

function graphemes(text: string): string[] {
  if (!graphemeSegmenter) return Array.from(text);
  return Array.from(graphemeSegmenter.segment(text), (seg) => seg.segment);
}

function measureRuns(runs: Run[], coverage: FontCoverage): MeasuredRun[] {
  return runs.map((r) => ({ ...r, width: coverage.measure(r.font, r.text) }));
}

/** Words up to this many UTF-16 units keep their measured runs (words repeat in a long report). */
const CACHED_WORD = 48;
const wordRuns = new WeakMap<FontCoverage, Map<string, readonly MeasuredRun[]>>();

/**
 * A word's runs, measured: kept per coverage (one font size and weight), so that a word met again
 * is neither split nor measured again. The runs are never changed (appendRuns copies them).
 */
function measuredWord(word: string, coverage: FontCoverage): readonly MeasuredRun[] {
  if (word.length > CACHED_WORD) return measureRuns(splitRuns(word, coverage), coverage);
  let cache = wordRuns.get(coverage);
  if (!cache) {
    cache = new Map();
    wordRuns.set(coverage, cache);
  }
  let runs = cache.get(word);
  if (!runs) {
    runs = measureRuns(splitRuns(word, coverage), coverage);
    cache.set(word, runs);
  }
  return runs;
}

const lineWidth = (runs: readonly MeasuredRun[]) => runs.reduce((sum, r) => sum + r.width, 0);

/** Appends runs to a line, merging neighbours in the same font. */
function appendRuns(line: MeasuredRun[], add: readonly MeasuredRun[]): void {
  for (const r of add) {
    const last = line[line.length - 1];
    // Widths add up: jsPDF applies no kerning between runs or within them.
    if (last && last.font === r.font) {
      last.text += r.text;
      last.width += r.width;
    } else line.push({ ...r });
  }
}

function trimEnd(line: MeasuredRun[], coverage: FontCoverage): void {
  while (line.length > 0) {
    const last = line[line.length - 1]!;
    const trimmed = last.text.replace(/[ \u00a0]+$/, '');
    if (trimmed === last.text) return;
    if (trimmed === '') line.pop();
    else {
      last.text = trimmed;
      last.width = coverage.measure(last.font, trimmed);
      return;
    }
  }
}

/** Whether a paragraph reads right to left: its first strong letter is of a right-to-left script. */
export function isRtl(paragraph: string): boolean {
  for (const ch of paragraph) {
    const cp = ch.codePointAt(0)!;
    const script = scriptOf(cp);
    if (script) return RTL.has(script);
    if (/\p{L}/u.test(ch)) return false;
  }
  return false;
}

/**
 * The runs of a line in the order they are drawn, left to right (a simplified Unicode bidi
 * algorithm, enough for Jawi in Malay reports): right-to-left runs come out of the shaper already
 * in visual order; a sequence of right-to-left runs with only digits, spaces or punctuation
 * between them is reversed as a whole; in a right-to-left paragraph the whole line is reversed
 * and each left-to-right sequence keeps its own order.
 */
export function visualOrder<T extends Run>(runs: readonly T[], rtlParagraph = false): T[] {
  const isR = (r: Run) => RTL.has(r.font);
  if (rtlParagraph) {
    // Each right-to-left run is a group; consecutive other runs form one left-to-right group.
    const groups: T[][] = [];
    for (const r of runs) {
      const g = groups[groups.length - 1];
      if (g && !isR(r) && !isR(g[0]!)) g.push(r);
      else groups.push([r]);
    }
    return groups.reverse().flat();
  }
  const weak = (r: Run) => !isR(r) && !/\p{L}/u.test(r.text);
  const out: T[] = [];
  let i = 0;
  while (i < runs.length) {
    const r = runs[i]!;
    if (!isR(r)) {
      out.push(r);
      i += 1;
      continue;
    }
    // A right-to-left sequence: R (weak* R)*, drawn in reverse.
    let end = i + 1;
    for (let j = i + 1; j < runs.length && (isR(runs[j]!) || weak(runs[j]!)); j += 1) {
      if (isR(runs[j]!)) end = j + 1;
    }
    out.push(...runs.slice(i, end).reverse());
    i = end;
  }
  return out;
}

/**
 * Wraps text into lines no wider than `maxWidth`. Line breaks in the text ("\n", "\r\n") are kept;
 * an empty paragraph gives an empty line. Never drops a character (apart from spaces at a break).
 */
export function wrapText(text: string, maxWidth: number, coverage: FontCoverage): Line[] {
  return Array.from(wrapLines(text, maxWidth, coverage));
}

/**
 * `wrapText` one line at a time: each line is made (segmented, measured, shaped) only when it is
 * asked for, so a caller can pause between lines of a long text (an 18,000-character note is some
 * 250 lines; made in one go it blocked the page for seconds) or stop after the first few (the
 * height a heading keeps with it). The same lines as `wrapText`, in the same order.
 */
export function* wrapLines(
  text: string,
  maxWidth: number,
  coverage: FontCoverage,
): Generator<Line, void, undefined> {
  for (const paragraph of text.normalize('NFC').split(/\r\n|\r|\n/)) {
    let line: MeasuredRun[] = [];
    let width = 0;
    const rtl = isRtl(paragraph);
    const flush = (cut = false): Line => {
      trimEnd(line, coverage);
      const done: Line = { runs: line, width: lineWidth(line) };
      if (rtl) done.rtl = true;
      if (cut) done.cut = true;
      line = [];
      width = 0;
      return done;
    };
    for (const word of words(paragraph)) {
      const runs = measuredWord(word, coverage);
      const w = lineWidth(runs);
      const blank = word.trim() === '';
      if (width + w <= maxWidth || (blank && line.length > 0)) {
        appendRuns(line, runs);
        width += w;
        continue;
      }
      if (line.length > 0) yield flush();
      if (blank) continue;
      if (w <= maxWidth) {
        appendRuns(line, runs);
        width = w;
        continue;
      }
      // A word wider than the whole line: cut it between grapheme clusters.
      for (const g of graphemes(word)) {
        const gr = measureRuns(splitRuns(g, coverage), coverage);
        const gw = lineWidth(gr);
        if (width + gw > maxWidth && line.length > 0) yield flush(true);
        appendRuns(line, gr);
        width += gw;
      }
    }
    yield flush();
  }
}
