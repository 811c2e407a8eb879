import type { jsPDF as JsPdf } from 'jspdf';
import type { Line } from '../textRuns';
import type { Block } from '../reportModel';
import type { TextEngine } from './text';
import { COLOR, CONTENT_W, PAGE, TEXT, type Rgb } from './style';

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

  constructor(
    readonly doc: JsPdf,
    readonly text: TextEngine,
  ) {}

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

  drawLine(line: Line, x: number, y: number, size: number, bold = false, box?: number): void {
    if (!this.dry) this.text.drawLine(line, x, y, size, bold, box);
  }

  /** One line of text (not wrapped) at a point, aligned on it. */
  label(
    str: string,
    x: number,
    y: number,
    size: number,
    align: 'left' | 'center' | 'right' = 'left',
    bold = false,
  ): number {
    const line = this.wrap(str, 1e6, size, bold)[0];
    if (!line) return 0;
    const dx = align === 'center' ? -line.width / 2 : align === 'right' ? -line.width : 0;
    this.drawLine(line, x + dx, y, size, bold);
    return line.width;
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
      this.drawLine(line, PAGE.marginX, this.y, st.size, true, CONTENT_W);
      this.y += lh * 0.2;
    }
    this.y += st.after;
  }

  /** Height of the first `n` lines of a paragraph (for keep-with-next). */
  paragraphHeight(text: string, style: ParagraphStyle, n = Infinity): number {
    const st = TEXT[style];
    const lines = this.wrap(text, CONTENT_W, st.size, st.bold);
    return Math.min(n, lines.length) * st.size * st.leading + st.after;
  }

  paragraph(text: string, style: ParagraphStyle, scale = 1): void {
    const st = TEXT[style];
    const size = st.size * scale;
    const lh = size * st.leading;
    this.color(style === 'small' || style === 'kicker' ? COLOR.muted : COLOR.ink);
    const lines = this.wrap(text, CONTENT_W, size, st.bold);
    lines.forEach((line, i) => {
      // No widow: the last line of a paragraph never starts a page alone, nor the first ends one.
      const keep = i === 0 || i === lines.length - 2 ? 2 : 1;
      this.ensure(lh * Math.min(keep, lines.length - i));
      this.y += lh * 0.8;
      this.drawLine(line, PAGE.marginX, this.y, size, st.bold, CONTENT_W);
      this.y += lh * 0.2;
    });
    this.color(COLOR.ink);
    this.y += st.after;
  }

  // --- Finishing ----------------------------------------------------------------------------

  /** Writes the contents pages (`heading`: their title, in the report's language). */
  fillToc(firstPage: number, pages: number, heading: string): void {
    const doc = this.doc;
    const st = TEXT.toc;
    let page = firstPage;
    doc.setPage(page);
    let y = PAGE.top;
    this.color(COLOR.ink);
    const title = this.wrap(heading, CONTENT_W, TEXT.h1.size, true)[0];
    if (title) this.drawLine(title, PAGE.marginX, y + 14, TEXT.h1.size, true);
    y += 34;
    for (const entry of this.toc) {
      if (y + st.line > PAGE.bottom && page < firstPage + pages - 1) {
        page += 1;
        doc.setPage(page);
        y = PAGE.top;
      }
      const indent = (entry.level - 1) * st.indent;
      const size = entry.level === 1 ? st.size1 : st.size2;
      const num = String(entry.page);
      const numW = this.text.width(num, size);
      const line = this.wrap(
        entry.text,
        CONTENT_W - indent - numW - 24,
        size,
        entry.level === 1,
      )[0];
      this.color(COLOR.ink);
      if (line) this.drawLine(line, PAGE.marginX + indent, y + 11, size, entry.level === 1);
      this.label(num, PAGE.width - PAGE.marginX, y + 11, size, 'right');
      doc.link(PAGE.marginX, y, CONTENT_W, st.line, { pageNumber: entry.page });
      y += st.line;
    }
  }

  /** Running header, classification, DRAFT mark and "Page n of m" on every page. */
  headersAndFooters(marks: PageMarks): void {
    const doc = this.doc;
    const total = doc.getNumberOfPages();
    const size = TEXT.header.size;
    for (let p = 1; p <= total; p += 1) {
      doc.setPage(p);
      this.color(COLOR.muted);
      if (p > 1) {
        const width = marks.classification
          ? CONTENT_W - this.text.width(marks.classification, size, true) - 12
          : CONTENT_W;
        const line = this.wrap(marks.runningHeader, width, size)[0];
        if (line) this.drawLine(line, PAGE.marginX, PAGE.headerY, size);
        doc.setDrawColor(...COLOR.rule);
        doc.setLineWidth(0.4);
        doc.setLineDashPattern([], 0);
        doc.line(PAGE.marginX, PAGE.headerRuleY, PAGE.width - PAGE.marginX, PAGE.headerRuleY);
      }
      if (marks.classification) {
        this.color(COLOR.draft);
        this.label(
          marks.classification,
          PAGE.width - PAGE.marginX,
          PAGE.headerY,
          size,
          'right',
          true,
        );
        this.label(marks.classification, PAGE.marginX, PAGE.footerY, size, 'left', true);
        this.color(COLOR.muted);
      }
      if (marks.draft) {
        this.color(COLOR.draft);
        this.label(
          marks.draft,
          PAGE.width - PAGE.marginX,
          PAGE.footerY,
          TEXT.draft.size,
          'right',
          true,
        );
        this.color(COLOR.muted);
      }
      this.label(marks.pageOf(p, total), PAGE.width / 2, PAGE.footerY, size, 'center');
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
