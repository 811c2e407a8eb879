/**
 * Text for the PDF: split into runs by font and wrapped into lines. Pure (the writer injects how a
 * font covers and measures characters), so it is unit-tested in node without jsPDF.
 *
 * Why runs. jsPDF does no font fallback: a character the current font lacks silently drops the
 * rest of the line. NotoSans covers Latin (Vietnamese included) but not Thai; NotoSansThai covers
 * Thai but not Latin, digits or even ':'. So every string is cut into runs, each drawn in a font
 * that has all its characters: Thai letters go to the Thai font, everything else to NotoSans, and
 * spaces stay with the run they are in. A character no font has (Khmer, Lao, Myanmar, CJK … for
 * now) is never dropped silently: it is printed as its code point, e.g. "[not printable here:
 * U+1780 U+17B6]", so the reader sees that something is there and what it was.
 *
 * Why our own wrapping. `splitTextToSize` measures with one font; a mixed line needs the widths of
 * its runs. Break opportunities come from `Intl.Segmenter` (word granularity), which knows Thai
 * word boundaries (Thai writes no spaces between words); a word wider than the line is cut between
 * grapheme clusters, so a Thai vowel or tone mark never lands on the next line alone.
 */

export type FontKey = 'latin' | 'thai';

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
}

export interface FontCoverage {
  /** Whether the font has a glyph for the code point. */
  has: (font: FontKey, codePoint: number) => boolean;
  /** Width of a run of text in the font, at the current size. */
  measure: (font: FontKey, text: string) => number;
  /** Placeholder text for characters no font has; drawn in the Latin font. */
  unsupported: (codes: string) => string;
}

const isThai = (cp: number) => cp >= 0x0e00 && cp <= 0x0e7f;
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
    if (last && last.font === font) last.text += piece;
    else runs.push({ font, text: piece });
  };
  const flushMissing = () => {
    if (missing.length === 0) return;
    push('latin', coverage.unsupported(missing.map(hex).join(' ')));
    missing = [];
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isSpace(cp) && runs.length > 0 && missing.length === 0) {
      // A space joins the run it is in (both fonts have one), so a Thai phrase stays one run.
      runs[runs.length - 1]!.text += ch;
      continue;
    }
    let font: FontKey | null = null;
    if (isThai(cp) && coverage.has('thai', cp)) font = 'thai';
    else if (coverage.has('latin', cp)) font = 'latin';
    else if (coverage.has('thai', cp)) font = 'thai';
    // Control characters other than tab never reach here (the wrapper splits lines); a tab prints
    // as a space.
    if (cp === 0x09) {
      flushMissing();
      push(runs[runs.length - 1]?.font ?? 'latin', ' ');
      continue;
    }
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

/**
 * Pieces of text between break opportunities: after a space, or between two Thai words (Thai has
 * no spaces between words; the segmenter finds them). Never before punctuation such as ";" or ")".
 */
function words(text: string): string[] {
  if (!wordSegmenter) return text.split(/(?<= )/);
  const out: string[] = [];
  let current = '';
  for (const { segment } of wordSegmenter.segment(text)) {
    const prev = current.codePointAt(current.length - 1) ?? 0;
    const next = segment.codePointAt(0) ?? 0;
    const breakHere = current !== '' && (/\s$/.test(current) || (isThai(prev) && isThai(next)));
    if (breakHere && !/^\s+$/.test(segment)) {
      out.push(current);
      current = '';
    }
    current += segment;
  }
  if (current !== '') out.push(current);
  return out;
}

function graphemes(text: string): string[] {
  if (!graphemeSegmenter) return Array.from(text);
  return Array.from(graphemeSegmenter.segment(text), (seg) => seg.segment);
}

function measureRuns(runs: Run[], coverage: FontCoverage): MeasuredRun[] {
  return runs.map((r) => ({ ...r, width: coverage.measure(r.font, r.text) }));
}

const lineWidth = (runs: MeasuredRun[]) => runs.reduce((sum, r) => sum + r.width, 0);

/** Appends runs to a line, merging neighbours in the same font. */
function appendRuns(line: MeasuredRun[], add: MeasuredRun[]): void {
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
 * Wraps text into lines no wider than `maxWidth`. Line breaks in the text ("\n", "\r\n") are kept;
 * an empty paragraph gives an empty line. Never drops a character (apart from spaces at a break).
 */
export function wrapText(text: string, maxWidth: number, coverage: FontCoverage): Line[] {
  const out: Line[] = [];
  for (const paragraph of text.normalize('NFC').split(/\r\n|\r|\n/)) {
    let line: MeasuredRun[] = [];
    let width = 0;
    const flush = () => {
      trimEnd(line, coverage);
      out.push({ runs: line, width: lineWidth(line) });
      line = [];
      width = 0;
    };
    for (const word of words(paragraph)) {
      const runs = measureRuns(splitRuns(word, coverage), coverage);
      const w = lineWidth(runs);
      const blank = word.trim() === '';
      if (width + w <= maxWidth || (blank && line.length > 0)) {
        appendRuns(line, runs);
        width += w;
        continue;
      }
      if (line.length > 0) flush();
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
        if (width + gw > maxWidth && line.length > 0) flush();
        appendRuns(line, gr);
        width += gw;
      }
    }
    flush();
  }
  return out;
}
