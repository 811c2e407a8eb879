import type { jsPDF as JsPdf } from 'jspdf';
import type { Line } from '../textRuns';
import type { Block } from '../reportModel';
import type { TextEngine } from './text';
import { COLOR, CONTENT_W, PAGE, TEXT, type Rgb } from './style';
import { bandOf, type LaidLine, type TextBox, type TextRole } from './layoutLog';
import { firstPiece, linesHere, SHORT_BLOCK } from './keep';

/**
 * Pages and the flow of text on them: the cursor (y), page breaks, headings, paragraphs, the table
 * of contents and the running header and footer. Tables (tables.ts) and charts (charts.ts) draw
 * through the same Layout.
 */

type ParagraphStyle = NonNullable<Extract<Block, { kind: 'paragraph' }>['style']>;

export interface TocEntry {
  level: number;
  text: string;
  page: number;
}

const graphemeSegmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/** How a label sits on its point (`Layout.label`). */
export interface LabelOptions {
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  role?: TextRole;
  /** The room it may take, left and right (the text column's edges by default). */
  left?: number;
  right?: number;
  /** Distance between its lines when it wraps. */
  lineGap?: number;
}

export interface PageMarks {
  runningHeader: string;
  /** Printed diagonally on every page of a draft. */
  draft: string | null;
  /** Security classification printed in the header and footer of every page (e.g. RESTRICTED). */
  classification: string | null;
  /** The footer's "Page n of m", in the report's language. */
  pageOf: (page: number, pages: number) => string;
}

/**
 * The page cursor of a PDF being written: the current y (mm), page breaks with running headers and
 * footers, and the table of contents collected as sections are written.
 */
export class Layout {
  y: number = PAGE.top;
  toc: TocEntry[] = [];
  /**
   * Measuring without drawing (to fit the cover on its page): lines are not drawn and page breaks
   * are only counted, in `dryBreaks`.
   */
  dry = false;
  dryBreaks = 0;
  /** When not null, every line drawn is recorded here with its box (layoutLog.ts). */
  log: LaidLine[] | null = null;
  /**
   * Lets the page breathe: called by `pause` at most every `slice` ms of work, with the page
   * being laid out; it yields to the browser (io/nextTask), reports progress and throws when the
   * writing is cancelled. Null: no pauses (tests that lay out synchronously in spirit).
   */
  pacer: ((page: number) => Promise<void>) | null = null;
  /** Longest stretch of layout work between two pauses, in ms (a frame or two at most). */
  slice = 40;
  /** The clock `slice` is measured by, in ms; tests put a fake one here that counts work done. */
  now: () => number = () => performance.now();
  /** Weight of what has been laid out so far (characters of text), for progress. */
  done = 0;
  private lastPause: number | null = null;

  constructor(
    readonly doc: JsPdf,
    readonly text: TextEngine,
  ) {}

  /**
   * A point where writing may pause (between blocks, rows, pages and the lines of a text); see
   * `pacer`. Cheap when no pause is due: it is called after every line of a long note.
   */
  async pause(): Promise<void> {
    if (!this.pacer || this.dry) return;
    const now = this.now();
    this.lastPause ??= now;
    if (now - this.lastPause < this.slice) return;
    await this.pacer(this.page);
    this.lastPause = this.now();
  }

  newPage(): void {
    this.y = PAGE.top;
    if (this.dry) this.dryBreaks += 1;
    else this.doc.addPage('a4', 'portrait');
  }

  /** Room left on this page, in points. */
  get room(): number {
    return PAGE.bottom - this.y;
  }

  ensure(height: number): void {
    if (this.y + height > PAGE.bottom && this.y > PAGE.top) this.newPage();
  }

  get page(): number {
    return this.doc.getNumberOfPages();
  }

  color(c: Rgb): void {
    this.doc.setTextColor(...c);
  }

  wrap(text: string, width: number, size: number, bold = false): Line[] {
    return this.text.wrap(text, width, size, bold);
  }

  /**
   * `wrap` with a `pause` after each line made: for text that may be long (user notes, evidence,
   * summaries), whose wrapping alone blocked the page for seconds. The same lines as `wrap`.
   */
  async wrapPaced(text: string, width: number, size: number, bold = false): Promise<Line[]> {
    const out: Line[] = [];
    for (const line of this.text.lines(text, width, size, bold)) {
      out.push(line);
      await this.pause();
    }
    return out;
  }

  /**
   * Draws a line with its baseline at y into `box` (the room the design gives it: a cell, the text
   * column, a label's side of the page); records it in the log when there is one.
   */
  drawLine(line: Line, x: number, y: number, size: number, bold: boolean, box: TextBox): void {
    if (this.dry) return;
    const start = this.text.drawLine(line, x, y, size, bold, box.rtlAlign ? box.width : undefined);
    if (this.log) {
      const band = bandOf(box.role);
      this.log.push({
        page: this.doc.getCurrentPageInfo().pageNumber,
        role: box.role,
        text: line.runs.map((r) => r.text).join(''),
        x: start,
        y,
        width: this.text.drawnWidth(line, size, bold),
        size,
        box: {
          x: box.x,
          width: box.width,
          top: box.top ?? band.top,
          bottom: box.bottom ?? band.bottom,
        },
      });
    }
  }

  /**
   * One line of text at a point, aligned on it; its box is the room on that side of the point, up
   * to `left` and `right` (the text column's edges by default). Text wider than that room wraps
   * onto further lines (`lineGap` apart, downwards) rather than running past a margin. Returns the
   * width of the widest line.
   */
  label(str: string, x: number, y: number, size: number, opts: LabelOptions = {}): number {
    const {
      align = 'left',
      bold = false,
      role = 'chart-label',
      left = PAGE.marginX,
      right = PAGE.width - PAGE.marginX,
      lineGap = size * 1.2,
    } = opts;
    const room =
      align === 'left'
        ? right - x
        : align === 'right'
          ? x - left
          : 2 * Math.min(x - left, right - x);
    // A hair of slack: a room computed as the text's own width must not wrap it on rounding.
    const lines = this.wrap(str, Math.max(room, 1) + 0.01, size, bold);
    const boxX = align === 'left' ? x : align === 'right' ? left : x - room / 2;
    lines.forEach((line, i) => {
      const dx = align === 'center' ? -line.width / 2 : align === 'right' ? -line.width : 0;
      this.drawLine(line, x + dx, y + i * lineGap, size, bold, { role, x: boxX, width: room });
    });
    return Math.max(0, ...lines.map((l) => l.width));
  }

  /**
   * The first `max` lines of text wrapped to `width`; when more would follow, the last one kept
   * ends with "…" (shortened to fit), so that a cut is seen. For the places the design gives one
   * line or a few: the running header, contents entries, bar chart labels.
   */
  fitLines(text: string, width: number, size: number, bold = false, max = 1): Line[] {
    // Only the lines kept and one more (to know whether more follow) are made.
    const lines: Line[] = [];
    for (const line of this.text.lines(text, width, size, bold)) {
      lines.push(line);
      if (lines.length > max) break;
    }
    if (lines.length <= max) return lines;
    const kept = lines.slice(0, max);
    const last = kept[max - 1]!;
    // Shortened by whole grapheme clusters, so that no vowel or tone mark is left on its own.
    const lastText = last.runs.map((r) => r.text).join('');
    let chars = graphemeSegmenter
      ? Array.from(graphemeSegmenter.segment(lastText), (g) => g.segment)
      : [...lastText];
    let fitted = this.wrap(`${chars.join('')}…`, 1e6, size, bold)[0]!;
    while (chars.length > 0 && fitted.width > width) {
      chars = chars.slice(0, -1);
      fitted = this.wrap(`${chars.join('').trimEnd()}…`, 1e6, size, bold)[0]!;
    }
    kept[max - 1] = fitted;
    return kept;
  }

  /** Height a heading needs (without the room kept for what follows). */
  headingHeight(text: string, level: 1 | 2 | 3): number {
    const st = level === 1 ? TEXT.h1 : level === 2 ? TEXT.h2 : TEXT.h3;
    const lines = this.wrap(text, CONTENT_W, st.size, true);
    return st.before + lines.length * st.size * st.leading + st.after;
  }

  /**
   * A heading. `keepWith` is the height of what must follow it on the same page (the first lines of
   * the next block), so that a heading never stands alone at the foot of a page.
   */
  heading(text: string, level: 1 | 2 | 3, toc: boolean, keepWith = 48): void {
    const st = level === 1 ? TEXT.h1 : level === 2 ? TEXT.h2 : TEXT.h3;
    const lh = st.size * st.leading;
    const lines = this.wrap(text, CONTENT_W, st.size, true);
    if (level === 1 && this.y > PAGE.top) this.newPage();
    this.ensure(st.before + lines.length * lh + st.after + keepWith);
    this.y += st.before;
    if (toc) this.toc.push({ level, text, page: this.page });
    this.color(COLOR.ink);
    for (const line of lines) {
      this.y += lh * 0.8;
      this.drawLine(line, PAGE.marginX, this.y, st.size, true, {
        role: 'heading',
        x: PAGE.marginX,
        width: CONTENT_W,
        rtlAlign: true,
      });
      this.y += lh * 0.2;
    }
    this.y += st.after;
  }

  /**
   * How many lines a text wraps into, counting at most `max` (only those lines are made, with a
   * pause after each: a text may be a long note). For keep rules, which need to know only whether
   * a block is short (keep.ts).
   */
  async countLines(text: string, width: number, size: number, bold: boolean, max: number) {
    const lines = this.text.lines(text, width, size, bold);
    let count = 0;
    while (count < max && !lines.next().done) {
      count += 1;
      await this.pause();
    }
    return count;
  }

  /**
   * Height of a paragraph's first piece (keep.ts `firstPiece`: all of a short paragraph, else its
   * first two lines), for a heading that keeps it on its page; a short paragraph with the room
   * after it.
   */
  async paragraphHeight(text: string, style: ParagraphStyle): Promise<number> {
    const st = TEXT[style];
    const count = await this.countLines(text, CONTENT_W, st.size, st.bold, SHORT_BLOCK + 1);
    const n = firstPiece(count);
    return n * st.size * st.leading + (n === count ? st.after : 0);
  }

  /**
   * A paragraph, wrapped and drawn with a pause after each line (`pause`). It breaks over pages
   * by the keep rules (keep.ts): a short paragraph moves whole, a long one leaves at least two
   * lines on either page. `keepAfter` (points) is what must follow it on its page (a norm's short
   * tail): when that does not fit after it, its last two lines go over with it.
   */
  async paragraph(
    text: string,
    style: ParagraphStyle,
    scale = 1,
    role: TextRole = 'paragraph',
    keepAfter = 0,
  ): Promise<void> {
    const st = TEXT[style];
    const size = st.size * scale;
    const lh = size * st.leading;
    this.color(style === 'small' || style === 'kicker' ? COLOR.muted : COLOR.ink);
    const lines = await this.wrapPaced(text, CONTENT_W, size, st.bold);
    let done = 0;
    let fresh = this.y <= PAGE.top;
    while (done < lines.length) {
      const count = linesHere({
        left: lines.length - done,
        done,
        room: (PAGE.bottom - this.y) / lh,
        keep: keepAfter > 0 ? (st.after + keepAfter) / lh : 0,
        fresh,
      });
      if (count === 0) {
        this.newPage();
        fresh = true;
        continue;
      }
      for (const line of lines.slice(done, done + count)) {
        this.y += lh * 0.8;
        this.drawLine(line, PAGE.marginX, this.y, size, st.bold, {
          role,
          x: PAGE.marginX,
          width: CONTENT_W,
          rtlAlign: true,
        });
        this.y += lh * 0.2;
        await this.pause();
      }
      done += count;
      fresh = false;
      if (done < lines.length) {
        this.newPage();
        fresh = true;
      }
    }
    this.color(COLOR.ink);
    this.y += st.after;
  }

  // --- Finishing ----------------------------------------------------------------------------

  /** Writes the contents pages (`heading`: their title, in the report's language). */
  async fillToc(firstPage: number, pages: number, heading: string): Promise<void> {
    const doc = this.doc;
    const st = TEXT.toc;
    let page = firstPage;
    doc.setPage(page);
    let y = PAGE.top;
    this.color(COLOR.ink);
    const title = this.wrap(heading, CONTENT_W, TEXT.h1.size, true)[0];
    if (title)
      this.drawLine(title, PAGE.marginX, y + 14, TEXT.h1.size, true, {
        role: 'contents',
        x: PAGE.marginX,
        width: CONTENT_W,
      });
    y += 34;
    for (const entry of this.toc) {
      if (y + st.line > PAGE.bottom && page < firstPage + pages - 1) {
        await this.pause();
        page += 1;
        doc.setPage(page);
        y = PAGE.top;
      }
      const indent = (entry.level - 1) * st.indent;
      const size = entry.level === 1 ? st.size1 : st.size2;
      const num = String(entry.page);
      const numW = this.text.width(num, size);
      const textW = CONTENT_W - indent - numW - 24;
      const line = this.fitLines(entry.text, textW, size, entry.level === 1)[0];
      this.color(COLOR.ink);
      if (line)
        this.drawLine(line, PAGE.marginX + indent, y + 11, size, entry.level === 1, {
          role: 'contents',
          x: PAGE.marginX + indent,
          width: textW,
        });
      this.label(num, PAGE.width - PAGE.marginX, y + 11, size, {
        align: 'right',
        role: 'contents',
      });
      doc.link(PAGE.marginX, y, CONTENT_W, st.line, { pageNumber: entry.page });
      y += st.line;
    }
  }

  /** Running header, classification, DRAFT mark and "Page n of m" on every page. */
  async headersAndFooters(marks: PageMarks): Promise<void> {
    const doc = this.doc;
    const total = doc.getNumberOfPages();
    const size = TEXT.header.size;
    const classW = marks.classification ? this.text.width(marks.classification, size, true) : 0;
    // The same on every page: fitted once.
    const headerW = marks.classification ? CONTENT_W - classW - 12 : CONTENT_W;
    const header = this.fitLines(marks.runningHeader, headerW, size)[0];
    for (let p = 1; p <= total; p += 1) {
      await this.pause();
      doc.setPage(p);
      this.color(COLOR.muted);
      if (p > 1) {
        if (header)
          this.drawLine(header, PAGE.marginX, PAGE.headerY, size, false, {
            role: 'running-header',
            x: PAGE.marginX,
            width: headerW,
          });
        doc.setDrawColor(...COLOR.rule);
        doc.setLineWidth(0.4);
        doc.setLineDashPattern([], 0);
        doc.line(PAGE.marginX, PAGE.headerRuleY, PAGE.width - PAGE.marginX, PAGE.headerRuleY);
      }
      // The footer has three parts: classification left, page number centred, DRAFT right,
      // each in its third of the line so that they never run into each other.
      const third = CONTENT_W / 3;
      const footer = (text: string, part: 0 | 1 | 2, textSize: number, bold: boolean) =>
        this.label(text, PAGE.marginX + (part * CONTENT_W) / 2, PAGE.footerY, textSize, {
          align: (['left', 'center', 'right'] as const)[part],
          bold,
          role: 'footer',
          left: PAGE.marginX + part * third,
          right: PAGE.marginX + (part + 1) * third,
        });
      if (marks.classification) {
        this.color(COLOR.draft);
        this.label(marks.classification, PAGE.width - PAGE.marginX, PAGE.headerY, size, {
          align: 'right',
          bold: true,
          role: 'running-header',
          left: PAGE.width - PAGE.marginX - classW,
        });
        footer(marks.classification, 0, size, true);
        this.color(COLOR.muted);
      }
      if (marks.draft) {
        this.color(COLOR.draft);
        footer(marks.draft, 2, TEXT.draft.size, true);
        this.color(COLOR.muted);
      }
      footer(marks.pageOf(p, total), 1, size, false);
    }
    this.color(COLOR.ink);
  }
}

/** How many contents pages the entries need (same metrics as `fillToc`). */
export function tocPagesFor(entries: number): number {
  const first = Math.floor((PAGE.bottom - PAGE.top - 34) / TEXT.toc.line);
  const next = Math.floor((PAGE.bottom - PAGE.top) / TEXT.toc.line);
  if (entries <= first) return 1;
  return 1 + Math.ceil((entries - first) / next);
}
