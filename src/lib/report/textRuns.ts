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
 * Chinese character outside the documented set, an emoji) is never dropped silently: each run of
 * them prints as one short bracket in the report's language, e.g. "[emoji]", so the reader sees
 * that something is there.
 *
 * Why our own wrapping. `splitTextToSize` measures with one font; a mixed line needs the widths of
 * its runs (for shaped scripts, the shaper's advances). Break opportunities come from
 * `Intl.Segmenter` (word granularity), which knows the word boundaries of Thai, Lao, Khmer,
 * Burmese and Chinese (written without spaces between words); a word wider than the line is cut
 * between grapheme clusters, so a vowel or tone mark never lands on the next line alone. Lines are
 * never justified (stretching spaces is wrong for scripts that have none between words).
 */

import { NO_SPACES, RTL, SHAPED, isJoiner, scriptOf, type FontKey } from './pdf/scripts';

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
  /**
   * Placeholder text for one run of characters no font has (their code points, in order); drawn
   * in the Latin font. The words come from the i18n layer (`report.unsupported`).
   */
  unsupported: (codePoints: readonly number[]) => string;
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
    push('latin', coverage.unsupported(missing));
    missing = [];
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // Bidi controls (marks, isolates, embeddings) take part in the bidi algorithm (`isRtl`,
    // `visualOrder`) and draw nothing: a font's glyph for them would print a stray mark.
    if (isBidiControl(cp)) continue;
    const last = runs[runs.length - 1];
    if ((isSpace(cp) || isJoiner(cp)) && last && missing.length === 0) {
      // A space or joiner stays in the run it is in, so a Thai or Khmer phrase stays one run (and
      // is shaped as one); a font without the character hands it to the Latin font. A joiner
      // only matters to a shaped run (ZWJ/ZWNJ pick joining forms): elsewhere it draws nothing.
      if (isJoiner(cp) && !isSpace(cp) && !SHAPED.has(last.font) && cp >= 0x200b) continue;
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
    // Invisible, and no font to carry it (or a font that would only print its glyph).
    if (isJoiner(cp) && cp >= 0x200b && (font === null || !SHAPED.has(font))) continue;
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

/** Parts of emoji sequences that are no emoji of their own: VS16, ZWJ, skin tones, keycap, tags. */
const isEmojiPart = (cp: number) =>
  cp === 0xfe0f ||
  cp === 0x200d ||
  cp === 0x20e3 ||
  (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
  (cp >= 0xe0020 && cp <= 0xe007f);
const isRegionalIndicator = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;

/**
 * What a run of characters no font has holds, for the words that stand in for it: how many
 * user-perceived characters (grapheme clusters: a flag's two regional indicators, an emoji with its
 * variation selector are one) and whether all are emoji (Extended_Pictographic or flags).
 */
export function describeUnprintable(codePoints: readonly number[]): {
  count: number;
  emoji: boolean;
} {
  const text = String.fromCodePoint(...codePoints);
  const count = graphemes(text).length;
  const emoji = codePoints.every(
    (cp) =>
      isEmojiPart(cp) ||
      isRegionalIndicator(cp) ||
      /\p{Extended_Pictographic}/u.test(String.fromCodePoint(cp)),
  );
  return { count, emoji };
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

/**
 * Invisible bidi formatting characters (UAX #9 classes LRM/RLM/ALM, LRE…PDF, LRI…PDI): they steer
 * the direction of the text around them and are then removed from the glyph run (rule X9).
 */
export function isBidiControl(cp: number): boolean {
  return (
    cp === 0x061c ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  );
}

/**
 * Whether a paragraph reads right to left: it opens with a right-to-left isolate (U+2067), or its
 * first strong character is a right-to-left mark (RLM, ALM) or letter of a right-to-left script
 * (UAX #9 rule P2). A left-to-right isolate (U+2066: English shown for an untranslated message of
 * a right-to-left language, i18n/format.ts `isolateLeftToRight`) or mark (LRM) makes it left to
 * right, as the screens show it.
 */
export function isRtl(paragraph: string): boolean {
  for (const ch of paragraph) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x2066 || cp === 0x200e) return false;
    if (cp === 0x2067 || cp === 0x200f || cp === 0x061c) return true;
    const script = scriptOf(cp);
    if (script) return RTL.has(script);
    if (/\p{L}/u.test(ch)) return false;
  }
  return false;
}

/** Bidi class of a whole run (UAX #9, coarsened to runs): strong R or L, a number, or neutral. */
type RunClass = 'R' | 'L' | 'EN' | 'N';

function classOf(run: Run): RunClass {
  if (RTL.has(run.font)) return /[\p{L}\p{N}]/u.test(run.text) ? 'R' : 'N';
  if (/\p{L}/u.test(run.text)) return 'L';
  return /\p{N}/u.test(run.text) ? 'EN' : 'N';
}

/** Bracket pairs mirrored when a neutral run is drawn right to left (UAX #9 rule L4). */
const MIRRORED: Readonly<Record<string, string>> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
};

/**
 * The runs of a line in the order they are drawn, left to right: the Unicode bidi algorithm
 * (UAX #9) applied to whole runs. Each run is strong right to left (a right-to-left script), strong
 * left to right (other letters), a number (digits, with their signs) or neutral (spaces,
 * punctuation). A number after left-to-right text (or at the start of a left-to-right paragraph)
 * counts as left to right (W7); neutrals between two runs of the same direction take it, numbers
 * counting as right to left, else the paragraph's (N1, N2); levels as in I1/I2, then every
 * sequence at a level or above is reversed, highest level first (L2). Right-to-left runs come out
 * of the shaper already in visual order; a neutral run drawn right to left is reversed, brackets
 * mirrored (L4). Spaces at the edge of a run should be runs of their own (`wrapLines` splits them
 * off), so that each goes with its logical neighbours (L1/L2), not with the run it was typed in.
 */
export function visualOrder<T extends Run>(runs: readonly T[], rtlParagraph = false): T[] {
  const base: RunClass = rtlParagraph ? 'R' : 'L';
  let strong: RunClass = base;
  const classes = runs.map((r) => {
    const c = classOf(r);
    if (c === 'EN') return strong === 'L' ? 'L' : 'EN';
    if (c !== 'N') strong = c;
    return c;
  });
  const direction = (c: RunClass | undefined) => (c === undefined ? base : c === 'L' ? 'L' : 'R');
  for (let i = 0; i < classes.length;) {
    if (classes[i] !== 'N') {
      i += 1;
      continue;
    }
    let j = i;
    while (j < classes.length && classes[j] === 'N') j += 1;
    const before = direction(i > 0 ? classes[i - 1] : undefined);
    const after = direction(classes[j]);
    const resolved = before === after ? before : base;
    for (let k = i; k < j; k += 1) classes[k] = resolved;
    i = j;
  }
  const levels = classes.map((c) => {
    if (rtlParagraph) return c === 'R' ? 1 : 2;
    return c === 'L' ? 0 : c === 'R' ? 1 : 2;
  });
  const items = runs.map((r, i) => {
    if (levels[i]! % 2 === 1 && !RTL.has(r.font) && classOf(r) === 'N') {
      const text = [...r.text]
        .reverse()
        .map((ch) => MIRRORED[ch] ?? ch)
        .join('');
      return { run: { ...r, text }, level: levels[i]! };
    }
    return { run: r, level: levels[i]! };
  });
  const highest = Math.max(0, ...levels);
  for (let level = highest; level >= 1; level -= 1) {
    for (let i = 0; i < items.length;) {
      if (items[i]!.level < level) {
        i += 1;
        continue;
      }
      let j = i;
      while (j < items.length && items[j]!.level >= level) j += 1;
      items.splice(i, j - i, ...items.slice(i, j).reverse());
      i = j;
    }
  }
  return items.map((item) => item.run);
}

/**
 * Splits the spaces at the start and end of each run into runs of their own (same font, measured
 * again), so that the bidi order (`visualOrder`) places each space by its logical neighbours: the
 * space between Arabic text and a number stays between them, not at the far side of the Arabic.
 */
function separateEdgeSpaces(runs: MeasuredRun[], coverage: FontCoverage): MeasuredRun[] {
  const out: MeasuredRun[] = [];
  for (const run of runs) {
    const m = /^([ \u00a0]*)([\s\S]*?)([ \u00a0]*)$/u.exec(run.text)!;
    const pieces = [m[1]!, m[2]!, m[3]!].filter((p) => p !== '');
    if (pieces.length === 1) {
      out.push(run);
      continue;
    }
    for (const text of pieces)
      out.push({ font: run.font, text, width: coverage.measure(run.font, text) });
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
      const runs = separateEdgeSpaces(line, coverage);
      const done: Line = { runs, width: lineWidth(runs) };
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
