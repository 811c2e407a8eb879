import type { jsPDF as JsPdf } from 'jspdf';
import type { Block, ReportDocument } from './reportModel';
import type { ChartData, PointShape, SeriesStyle } from './chartSeries';
import { wrapText, type FontCoverage, type FontKey, type Line } from './textRuns';
import { report as s } from '../i18n/en/report';
import { formatPercent } from '../domain/scoring';

/**
 * Lays a ReportDocument out as an A4 PDF with jsPDF (loaded with `import()` only when a report is
 * made). Thin: every word and figure is in the document; this file decides only where it goes.
 * Runs in the browser and in node (the `npm run report` command): fonts come from a provider, and
 * charts are vector drawings (lines, polygons, rectangles), so node needs no canvas.
 *
 * Text is drawn with `doc.text` only, run by run (see textRuns.ts), so every page has real,
 * selectable text, and user text is never interpreted: jsPDF escapes "(", ")" and "\" in strings,
 * so a note holding "<script>" or PDF operators such as ") Tj ET" prints exactly as typed.
 *
 * Layout is one pass with reserved pages: the cover is page 1; the table of contents gets as many
 * pages as its entries need (known before layout: one line per TOC heading); then the sections.
 * When layout is done, the contents pages are filled in with the page numbers found, and every page
 * gets its running header and "Page n of m" footer.
 */

/** The TTF files the report embeds (jsPDF subsets them). Bytes or base64. */
export interface ReportFonts {
  regular: Uint8Array | string;
  bold: Uint8Array | string;
  thai: Uint8Array | string;
}

export type FontProvider = () => Promise<ReportFonts>;

/** Files under public/fonts/ (served as ./fonts/…, read from disk by the command line). */
export const FONT_FILES = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  thai: 'NotoSansThai-Regular.ttf',
} as const;

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
}

// Geometry in points (A4 portrait: 595.28 × 841.89).
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_X = 56;
const TOP = 72;
const BOTTOM = PAGE_H - 64;
const CONTENT_W = PAGE_W - 2 * MARGIN_X;
const CELL_PAD = 3;
const TABLE_SIZE = 8;
const TOC_LINE = 16;

const INK: [number, number, number] = [20, 20, 20];
const MUTED: [number, number, number] = [90, 90, 90];
const RULE: [number, number, number] = [150, 150, 150];
const HEADER_FILL: [number, number, number] = [228, 232, 240];

function toBase64(data: Uint8Array | string): string {
  if (typeof data === 'string') return data;
  // Chunked, so that a 500 kB font does not overflow the argument list of fromCharCode.
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000) {
    binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return INK;
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** A colour mixed with white: bar fills that keep the outline's hue but print lighter. */
const tint = ([r, g, b]: [number, number, number], k: number): [number, number, number] => [
  Math.round(r + (255 - r) * k),
  Math.round(g + (255 - g) * k),
  Math.round(b + (255 - b) * k),
];

interface GlyphSource {
  characterToGlyph: (cp: number) => number;
}

interface TocEntry {
  level: number;
  text: string;
  page: number;
}

class Layout {
  y = TOP;
  private readonly glyphCache = new Map<string, boolean>();
  private readonly widthCache = new Map<string, number>();
  private readonly glyphs: Record<'latin' | 'bold' | 'thai', GlyphSource>;
  toc: TocEntry[] = [];

  constructor(
    readonly doc: JsPdf,
    thai: boolean,
  ) {
    const meta = (name: string, style: string): GlyphSource => {
      doc.setFont(name, style);
      return (doc.getFont() as unknown as { metadata: GlyphSource }).metadata;
    };
    this.glyphs = {
      latin: meta('NotoSans', 'normal'),
      bold: meta('NotoSans', 'bold'),
      thai: thai ? meta('NotoSansThai', 'normal') : { characterToGlyph: () => 0 },
    };
  }

  /** How text in one size and weight is covered and measured. */
  coverage(size: number, bold: boolean): FontCoverage {
    const has = (font: FontKey, cp: number) => {
      const source = font === 'thai' ? 'thai' : bold ? 'bold' : 'latin';
      const key = `${source}:${cp}`;
      let hit = this.glyphCache.get(key);
      if (hit === undefined) {
        hit = this.glyphs[source].characterToGlyph(cp) > 0;
        this.glyphCache.set(key, hit);
      }
      return hit;
    };
    // Words repeat a lot in a long report: measure each once per font, weight and size.
    const measure = (font: FontKey, text: string) => {
      const key = `${font}|${bold ? 1 : 0}|${size}|${text}`;
      let width = this.widthCache.get(key);
      if (width === undefined) {
        this.setFont(font, bold, size);
        width = this.doc.getTextWidth(text);
        this.widthCache.set(key, width);
      }
      return width;
    };
    return { has, measure, unsupported: s.unsupported };
  }

  setFont(font: FontKey, bold: boolean, size: number): void {
    if (font === 'thai') this.doc.setFont('NotoSansThai', 'normal');
    else this.doc.setFont('NotoSans', bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
  }

  wrap(text: string, width: number, size: number, bold = false): Line[] {
    return wrapText(text, width, this.coverage(size, bold));
  }

  drawLine(line: Line, x: number, y: number, size: number, bold = false): void {
    let cx = x;
    for (const run of line.runs) {
      this.setFont(run.font, bold, size);
      this.doc.text(run.text, cx, y);
      cx += run.width;
    }
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = TOP;
  }

  ensure(height: number): void {
    if (this.y + height > BOTTOM && this.y > TOP) this.newPage();
  }

  get page(): number {
    return this.doc.getNumberOfPages();
  }

  // --- Blocks -------------------------------------------------------------------------------

  heading(text: string, level: 1 | 2 | 3, toc: boolean): void {
    const size = level === 1 ? 17 : level === 2 ? 13 : 10.5;
    const lh = size * 1.3;
    const lines = this.wrap(text, CONTENT_W, size, true);
    if (level === 1 && this.y > TOP) this.newPage();
    // Keep a heading with at least a few lines of what follows.
    this.ensure(lines.length * lh + 48);
    this.y += level === 1 ? 0 : level === 2 ? 10 : 6;
    if (toc) this.toc.push({ level, text, page: this.page });
    this.doc.setTextColor(...INK);
    for (const line of lines) {
      this.y += lh * 0.8;
      this.drawLine(line, MARGIN_X, this.y, size, true);
      this.y += lh * 0.2;
    }
    this.y += level === 1 ? 10 : 4;
  }

  paragraph(text: string, style: 'normal' | 'small' | 'title' | 'kicker'): void {
    const size = style === 'title' ? 22 : style === 'small' ? 8.5 : style === 'kicker' ? 11 : 10;
    const bold = style === 'title';
    const lh = size * 1.35;
    this.doc.setTextColor(...(style === 'small' || style === 'kicker' ? MUTED : INK));
    for (const line of this.wrap(text, CONTENT_W, size, bold)) {
      this.ensure(lh);
      this.y += lh * 0.8;
      this.drawLine(line, MARGIN_X, this.y, size, bold);
      this.y += lh * 0.2;
    }
    this.doc.setTextColor(...INK);
    this.y += style === 'title' ? 8 : 6;
  }

  keyValue(rows: { key: string; value: string }[]): void {
    const size = 10;
    const lh = size * 1.35;
    const keyW = CONTENT_W * 0.32;
    const valueW = CONTENT_W - keyW - 8;
    for (const row of rows) {
      const keyLines = this.wrap(row.key, keyW, size, true);
      const valueLines = this.wrap(row.value, valueW, size);
      const n = Math.max(keyLines.length, valueLines.length);
      for (let i = 0; i < n; i += 1) {
        this.ensure(lh);
        const base = this.y + lh * 0.8;
        const k = keyLines[i];
        const v = valueLines[i];
        if (k) this.drawLine(k, MARGIN_X, base, size, true);
        if (v) this.drawLine(v, MARGIN_X + keyW + 8, base, size);
        this.y += lh;
      }
      this.y += 2;
    }
    this.y += 6;
  }

  table(block: Extract<Block, { kind: 'table' }>): void {
    const total = block.columns.reduce((sum, c) => sum + c.width, 0);
    const widths = block.columns.map((c) => (c.width / total) * CONTENT_W);
    const lh = TABLE_SIZE * 1.3;
    const cellLines = (cells: readonly string[], ws: number[], bold: boolean) =>
      ws.map((w, i) => this.wrap(cells[i] ?? '', w - 2 * CELL_PAD, TABLE_SIZE, bold));
    const header = cellLines(
      block.columns.map((c) => c.header),
      widths,
      true,
    );
    const headerH = Math.max(...header.map((l) => l.length)) * lh + 2 * CELL_PAD;

    const drawRow = (
      lines: Line[][],
      ws: number[],
      from: number,
      count: number,
      height: number,
      bold: boolean,
      fill?: [number, number, number],
    ) => {
      let x = MARGIN_X;
      this.doc.setDrawColor(...RULE);
      this.doc.setLineWidth(0.5);
      this.doc.setLineDashPattern([], 0);
      ws.forEach((w, i) => {
        if (fill) {
          this.doc.setFillColor(...fill);
          this.doc.rect(x, this.y, w, height, 'FD');
        } else this.doc.rect(x, this.y, w, height, 'S');
        const cell = lines[i] ?? [];
        for (let j = 0; j < count && from + j < cell.length; j += 1) {
          const line = cell[from + j]!;
          this.drawLine(
            line,
            x + CELL_PAD,
            this.y + CELL_PAD + j * lh + lh * 0.78,
            TABLE_SIZE,
            bold,
          );
        }
        x += w;
      });
      this.y += height;
    };
    const drawHeader = () => drawRow(header, widths, 0, Infinity, headerH, true, HEADER_FILL);

    /** One printed row, split over pages when it is taller than the room left. */
    const printRow = (lines: Line[][], ws: number[], minH: number) => {
      const n = Math.max(1, ...lines.map((l) => l.length));
      let done = 0;
      while (done < n) {
        const room = Math.floor((BOTTOM - this.y - 2 * CELL_PAD) / lh);
        const left = n - done;
        // Move the whole row to the next page when it fits there; split it only when it is taller
        // than a page, or when at least three lines fit here.
        const fitsOnFreshPage = left * lh + 2 * CELL_PAD <= BOTTOM - TOP - headerH;
        const height = Math.max(minH, Math.min(left, room) * lh + 2 * CELL_PAD);
        if ((left > room && (room < 3 || fitsOnFreshPage)) || this.y + height > BOTTOM) {
          this.newPage();
          drawHeader();
          continue;
        }
        const count = Math.min(left, room);
        drawRow(lines, ws, done, count, height, false);
        done += count;
      }
    };

    this.ensure(headerH + lh * 3 + 2 * CELL_PAD);
    drawHeader();
    block.rows.forEach((row, i) => {
      printRow(cellLines(row, widths, false), widths, block.writeIn ? 34 : 0);
      const detail = block.details?.[i];
      if (detail)
        printRow(cellLines([detail], [CONTENT_W], false), [CONTENT_W], block.writeIn ? 44 : 0);
    });
    this.y += 10;
  }

  // --- Charts -------------------------------------------------------------------------------

  private seriesPen(style: SeriesStyle): void {
    this.doc.setDrawColor(...rgb(style.color));
    this.doc.setLineWidth(style.lineWidth * 0.6);
    this.doc.setLineDashPattern(
      style.dash.map((d) => d * 0.7),
      0,
    );
  }

  private marker(shape: PointShape, x: number, y: number, color: string): void {
    const r = 2.6;
    this.doc.setFillColor(...rgb(color));
    this.doc.setLineDashPattern([], 0);
    if (shape === 'circle') this.doc.circle(x, y, r, 'F');
    else if (shape === 'rect') this.doc.rect(x - r, y - r, 2 * r, 2 * r, 'F');
    else if (shape === 'triangle')
      this.doc.triangle(x, y - r * 1.2, x - r * 1.1, y + r * 0.8, x + r * 1.1, y + r * 0.8, 'F');
    else if (shape === 'rectRot')
      this.doc.lines(
        [
          [r * 1.3, r * 1.3],
          [-r * 1.3, r * 1.3],
          [-r * 1.3, -r * 1.3],
          [r * 1.3, -r * 1.3],
        ],
        x,
        y - r * 1.3,
        [1, 1],
        'F',
        true,
      );
    else this.doc.line(x - r, y, x + r, y);
  }

  private text(
    str: string,
    x: number,
    y: number,
    size: number,
    align: 'left' | 'center' | 'right' = 'left',
    bold = false,
  ): void {
    const line = this.wrap(str, 10_000, size, bold)[0];
    if (!line) return;
    const dx = align === 'center' ? -line.width / 2 : align === 'right' ? -line.width : 0;
    this.drawLine(line, x + dx, y, size, bold);
  }

  private legend(data: ChartData): void {
    let x = MARGIN_X;
    const y = this.y + 8;
    for (const se of data.series) {
      this.seriesPen(se.style);
      this.doc.line(x, y, x + 24, y);
      this.marker(se.style.point, x + 12, y, se.style.color);
      this.doc.setTextColor(...INK);
      const line = this.wrap(se.label, 150, 8.5)[0];
      if (line) this.drawLine(line, x + 30, y + 3, 8.5);
      x += 40 + (line?.width ?? 0);
    }
    this.doc.setLineDashPattern([], 0);
    this.y += 20;
  }

  radar(title: string, data: ChartData): void {
    const size = 300;
    this.ensure(size + 60);
    this.text(title, MARGIN_X, this.y + 12, 10.5, 'left', true);
    this.y += 22;
    const cx = PAGE_W / 2;
    const radius = size / 2 - 30;
    const cy = this.y + size / 2;
    const n = data.categories.length;
    const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
    const point = (i: number, v: number): [number, number] => [
      cx + Math.cos(angle(i)) * radius * (v / data.max),
      cy + Math.sin(angle(i)) * radius * (v / data.max),
    ];
    const doc = this.doc;
    doc.setLineDashPattern([], 0);
    doc.setLineWidth(0.4);
    doc.setDrawColor(200, 200, 200);
    // Rings at the maturity band thresholds (20, 40, 60, 80, 100).
    for (const ring of [20, 40, 60, 80, 100]) {
      for (let i = 0; i < n; i += 1) {
        const [x1, y1] = point(i, ring);
        const [x2, y2] = point((i + 1) % n, ring);
        doc.line(x1, y1, x2, y2);
      }
      doc.setTextColor(...MUTED);
      this.text(`${ring}`, cx + 2, cy - radius * (ring / 100) - 1, 6.5);
    }
    for (let i = 0; i < n; i += 1) {
      const [x, y] = point(i, 100);
      doc.setDrawColor(200, 200, 200);
      doc.line(cx, cy, x, y);
      const [lx, ly] = point(i, 113);
      const cos = Math.cos(angle(i));
      doc.setTextColor(...INK);
      this.text(
        data.categories[i]!.label,
        lx,
        ly + 3,
        8,
        Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right',
      );
    }
    for (const se of data.series) {
      this.seriesPen(se.style);
      const pts = se.values.map((v, i) => point(i, v ?? 0));
      for (let i = 0; i < n; i += 1) {
        const [x1, y1] = pts[i]!;
        const [x2, y2] = pts[(i + 1) % n]!;
        doc.line(x1, y1, x2, y2);
      }
      se.values.forEach((v, i) => {
        if (v !== null) this.marker(se.style.point, pts[i]![0], pts[i]![1], se.style.color);
      });
    }
    doc.setLineDashPattern([], 0);
    this.y += size;
    this.legend(data);
  }

  bars(title: string, data: ChartData): void {
    const barH = 7;
    const groupH = Math.max(
      32,
      data.series.filter((se) => se.id !== 'target').length * (barH + 2) + 12,
    );
    const labelW = 150;
    const plotX = MARGIN_X + labelW;
    const plotW = CONTENT_W - labelW - 36;
    const height = data.categories.length * groupH + 40;
    this.ensure(height + 40);
    this.text(title, MARGIN_X, this.y + 12, 10.5, 'left', true);
    this.y += 22;
    const doc = this.doc;
    const top = this.y;
    const xOf = (v: number) => plotX + (plotW * v) / data.max;
    doc.setLineDashPattern([], 0);
    doc.setLineWidth(0.4);
    for (const tick of [0, 20, 40, 60, 80, 100]) {
      doc.setDrawColor(210, 210, 210);
      doc.line(xOf(tick), top, xOf(tick), top + data.categories.length * groupH);
      doc.setTextColor(...MUTED);
      this.text(`${tick}`, xOf(tick), top + data.categories.length * groupH + 10, 6.5, 'center');
    }
    data.categories.forEach((cat, i) => {
      const gy = top + i * groupH + 4;
      doc.setTextColor(...INK);
      const lines = this.wrap(`${cat.label} ${cat.title}`, labelW - 8, 7.5);
      lines.slice(0, 3).forEach((line, j) => this.drawLine(line, MARGIN_X, gy + 6 + j * 8.5, 7.5));
      let by = gy;
      for (const se of data.series) {
        const v = se.values[i] ?? null;
        if (se.id === 'target') {
          if (v === null) continue;
          // The target is a mark across the group, with its own dash and shape.
          this.seriesPen(se.style);
          doc.line(xOf(v), gy - 2, xOf(v), gy + groupH - 8);
          this.marker(se.style.point, xOf(v), gy - 2, se.style.color);
          continue;
        }
        const fill = se.id === 'current' ? rgb(se.style.color) : tint(rgb(se.style.color), 0.55);
        if (v !== null && v > 0) {
          doc.setFillColor(...fill);
          this.seriesPen(se.style);
          doc.setLineWidth(0.6);
          doc.rect(xOf(0), by, xOf(v) - xOf(0), barH, 'FD');
        }
        doc.setTextColor(...INK);
        this.text(formatPercent(v), xOf(v ?? 0) + 3, by + barH - 1, 6.5);
        by += barH + 2;
      }
    });
    doc.setLineDashPattern([], 0);
    this.y = top + data.categories.length * groupH + 16;
    this.legend(data);
  }

  // --- Finishing ----------------------------------------------------------------------------

  fillToc(firstPage: number, pages: number): void {
    const doc = this.doc;
    let page = firstPage;
    doc.setPage(page);
    let y = TOP;
    const heading = this.wrap(s.contents, CONTENT_W, 17, true)[0];
    if (heading) this.drawLine(heading, MARGIN_X, y + 14, 17, true);
    y += 34;
    for (const entry of this.toc) {
      if (y + TOC_LINE > BOTTOM && page < firstPage + pages - 1) {
        page += 1;
        doc.setPage(page);
        y = TOP;
      }
      const indent = (entry.level - 1) * 14;
      const size = entry.level === 1 ? 10.5 : 9.5;
      const num = String(entry.page);
      const numW = this.coverage(size, false).measure('latin', num);
      const line = this.wrap(
        entry.text,
        CONTENT_W - indent - numW - 24,
        size,
        entry.level === 1,
      )[0];
      doc.setTextColor(...INK);
      if (line) this.drawLine(line, MARGIN_X + indent, y + 11, size, entry.level === 1);
      this.setFont('latin', false, size);
      doc.text(num, PAGE_W - MARGIN_X - numW, y + 11);
      doc.link(MARGIN_X, y, CONTENT_W, TOC_LINE, { pageNumber: entry.page });
      y += TOC_LINE;
    }
  }

  headersAndFooters(runningHeader: string): void {
    const doc = this.doc;
    const total = doc.getNumberOfPages();
    for (let p = 1; p <= total; p += 1) {
      doc.setPage(p);
      doc.setTextColor(...MUTED);
      if (p > 1) {
        const line = this.wrap(runningHeader, CONTENT_W, 8)[0];
        if (line) this.drawLine(line, MARGIN_X, 40, 8);
        doc.setDrawColor(...RULE);
        doc.setLineWidth(0.4);
        doc.setLineDashPattern([], 0);
        doc.line(MARGIN_X, 46, PAGE_W - MARGIN_X, 46);
      }
      this.text(s.pageOf(p, total), PAGE_W / 2, PAGE_H - 32, 8, 'center');
    }
    doc.setTextColor(...INK);
  }
}

const THAI = /[\u0e00-\u0e7f]/;

/** Whether any text of the report is Thai. */
function hasThai(report: ReportDocument): boolean {
  if (THAI.test(report.meta.runningHeader)) return true;
  return report.sections.some((section) =>
    section.blocks.some((b) => {
      switch (b.kind) {
        case 'heading':
        case 'paragraph':
          return THAI.test(b.text);
        case 'keyValue':
          return b.rows.some((r) => THAI.test(r.key) || THAI.test(r.value));
        case 'table':
          return (
            b.columns.some((c) => THAI.test(c.header)) ||
            b.rows.some((r) => r.some((cell) => THAI.test(cell))) ||
            (b.details ?? []).some((d) => THAI.test(d))
          );
        case 'chart':
          return (
            b.data.categories.some((c) => THAI.test(c.label) || THAI.test(c.title)) ||
            b.data.series.some((se) => THAI.test(se.label)) ||
            THAI.test(b.title)
          );
        default:
          return false;
      }
    }),
  );
}

/** How many contents pages the entries need (same metrics as `fillToc`). */
function tocPagesFor(entries: number): number {
  const first = Math.floor((BOTTOM - TOP - 34) / TOC_LINE);
  const next = Math.floor((BOTTOM - TOP) / TOC_LINE);
  if (entries <= first) return 1;
  return 1 + Math.ceil((entries - first) / next);
}

/** Writes the report as a PDF. */
export async function writePdf(report: ReportDocument, fonts: ReportFonts): Promise<PdfResult> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'portrait', compress: true });
  doc.addFileToVFS(FONT_FILES.regular, toBase64(fonts.regular));
  doc.addFont(FONT_FILES.regular, 'NotoSans', 'normal', undefined, 'Identity-H');
  doc.addFileToVFS(FONT_FILES.bold, toBase64(fonts.bold));
  doc.addFont(FONT_FILES.bold, 'NotoSans', 'bold', undefined, 'Identity-H');
  // A font registered but never drawn is written as an empty subset that PDF readers complain
  // about ("Unknown character collection"), so the Thai font is added only when there is Thai.
  const thai = hasThai(report);
  if (thai) {
    doc.addFileToVFS(FONT_FILES.thai, toBase64(fonts.thai));
    doc.addFont(FONT_FILES.thai, 'NotoSansThai', 'normal', undefined, 'Identity-H');
  }
  doc.setProperties({
    title: report.meta.title,
    subject: report.meta.subject,
    creator: report.meta.creator,
  });
  doc.setLanguage(report.meta.language as Parameters<JsPdf['setLanguage']>[0]);

  const layout = new Layout(doc, thai);
  const [cover, ...rest] = report.sections;
  const tocEntries = rest.reduce(
    (sum, sec) => sum + sec.blocks.filter((b) => b.kind === 'heading' && b.toc).length,
    0,
  );

  const draw = (block: Block) => {
    switch (block.kind) {
      case 'heading':
        return layout.heading(block.text, block.level, block.toc);
      case 'paragraph':
        return layout.paragraph(block.text, block.style ?? 'normal');
      case 'keyValue':
        return layout.keyValue(block.rows);
      case 'table':
        return layout.table(block);
      case 'chart':
        return block.chart === 'radar'
          ? layout.radar(block.title, block.data)
          : layout.bars(block.title, block.data);
      case 'pageBreak':
        if (layout.y > TOP) layout.newPage();
        return;
    }
  };

  layout.y = TOP + 80;
  cover?.blocks.forEach(draw);
  const tocPages = tocPagesFor(tocEntries);
  for (let i = 0; i < tocPages; i += 1) layout.newPage();
  const tocFirst = 2;
  // The last contents page is full as far as the sections are concerned: they start after it.
  layout.y = BOTTOM;
  for (const section of rest) section.blocks.forEach(draw);

  layout.fillToc(tocFirst, tocPages);
  layout.headersAndFooters(report.meta.runningHeader);
  const pages = doc.getNumberOfPages();
  for (const entry of layout.toc) {
    if (entry.level <= 2) doc.outline.add(null, entry.text, { pageNumber: entry.page });
  }
  return { bytes: new Uint8Array(doc.output('arraybuffer')), pages };
}
