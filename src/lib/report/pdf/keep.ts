/**
 * Where a block of lines may break across pages: the PDF writer's keep rules as plain data, so
 * that they are tested as data (tests/unit/report-keep.test.ts) and every drawing module asks the
 * same question the same way (paragraphs and key–value rows in pages.ts, table rows in tables.ts,
 * headings in pdfWriter.ts).
 *
 * The rules (a tester's near-empty pages: a norm's last "None stated." or the last line of a note
 * alone on a page, a heading alone at the foot of a page):
 * - a short block (≤ SHORT_BLOCK lines) is never split: it moves to the next page whole;
 * - a longer block split over pages leaves at least MIN_PIECE lines on each side of the break;
 * - a heading never ends a page: it keeps with it the first piece of what follows
 *   (`firstPiece`: the whole of a short block, else MIN_PIECE lines);
 * - what must follow a block on its page (`keep`, e.g. the short tail of a norm, see
 *   `tailOf`) takes the block's last MIN_PIECE lines with it when it does not fit after it.
 */

/** A block of this many lines or fewer is moved whole, never split. */
export const SHORT_BLOCK = 3;

/** The fewest lines of a split block on either page. */
export const MIN_PIECE = 2;

/** The question asked before each piece of a block is placed. Units: lines of the block. */
export interface PieceAsk {
  /** Lines of the block not placed yet. */
  left: number;
  /** Lines already placed on earlier pages (0: the block has not started). */
  done: number;
  /** Lines that fit in the room left on this page. */
  room: number;
  /** Lines of what must follow the block on the same page (0: nothing). */
  keep: number;
  /** Nothing is gained by a page break here: the page holds nothing else of this flow yet. */
  fresh: boolean;
  /**
   * Lines a fresh page holds, for blocks that move whole whenever they fit on one (table rows);
   * absent: the block is split to fill the page (paragraphs).
   */
  wholeIfFits?: number;
}

/**
 * How many of the block's lines go on this page: 0 means "start a new page first". Never 0 on a
 * fresh page (at least one line, even with no room: nothing else would make room).
 */
export function linesHere({ left, done, room, keep, fresh, wholeIfFits }: PieceAsk): number {
  if (left <= 0) return 0;
  // Rooms are measured in points and given in lines: whole lines only, with a hair for rounding.
  const fit = Math.floor(room + 1e-6);
  if (left + keep <= room + 1e-6) return left;
  if (fresh) {
    // Breaking again gains nothing; only a split block still leaves MIN_PIECE lines over.
    if (left <= fit) return left;
    return Math.max(1, Math.min(fit, left - MIN_PIECE));
  }
  if (done + left <= SHORT_BLOCK) return 0;
  if (done === 0 && wholeIfFits !== undefined && left <= wholeIfFits) return 0;
  // Split: the last MIN_PIECE lines go over (with what must follow, when that is why).
  const here = Math.min(fit, left - MIN_PIECE);
  return here >= (done === 0 ? MIN_PIECE : 1) ? here : 0;
}

/** Lines of a block's first piece: what a heading before it keeps with it on its page. */
export function firstPiece(lines: number): number {
  return lines <= SHORT_BLOCK ? lines : MIN_PIECE;
}

/** What a block is, for finding a flow's short tail. */
export type TailItem =
  | { kind: 'heading'; level: 1 | 2 | 3 }
  | { kind: 'paragraph'; lines: number }
  | { kind: 'break' }
  | { kind: 'other' };

/**
 * The short tails of a flow: in each stretch between page breaks, the blocks at its end that are
 * only headings (level 2 or 3) and short paragraphs, starting with a heading, as "Challenges /
 * None stated. / Capacity needs / None stated." at the end of a norm. A tail is kept together and
 * with the last lines of the block before it, so that it never stands alone on a page; a stretch
 * that is all tail (nothing before it) has none. `start` is the tail's first block, `end` the
 * index after its last.
 */
export function shortTails(items: readonly TailItem[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  while (from < items.length) {
    let end = from;
    while (end < items.length && items[end]!.kind !== 'break') end += 1;
    let start = end;
    while (start > from) {
      const item = items[start - 1]!;
      const short =
        (item.kind === 'heading' && item.level > 1) ||
        (item.kind === 'paragraph' && item.lines <= SHORT_BLOCK);
      if (!short) break;
      start -= 1;
    }
    // A tail starts with a heading (a short paragraph right after a long block is its own).
    while (start < end && items[start]!.kind !== 'heading') start += 1;
    if (start < end && start > from) out.push({ start, end });
    from = end + 1;
  }
  return out;
}
