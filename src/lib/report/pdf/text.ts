import type { jsPDF as JsPdf } from 'jspdf';
import {
  describeUnprintable,
  visualOrder,
  wrapLines,
  wrapText,
  type FontCoverage,
  type Line,
  type MeasuredRun,
} from '../textRuns';
import { FONT_FILES, HB_SCRIPT, SHAPED, type FontKey } from './scripts';
import type { Shaper, ShapedRun } from './shaper';

/**
 * Text on the page: fonts, measuring, wrapping and drawing of lines made of runs (textRuns.ts).
 *
 * Latin and Chinese runs are drawn with `doc.text`. Runs of shaped scripts (pdf/scripts.ts) are
 * shaped by HarfBuzz (pdf/shaper.ts) and written into the page as glyph ids of the font jsPDF
 * already embeds as Identity-H (the 2-byte codes are glyph ids). For jsPDF to subset and describe
 * those glyphs, their ids go into `font.metadata.glyIdsUsed` and their widths into
 * `font.metadata.Unicode.widths` (the /W array). Marks sit at their shaper offsets: horizontal
 * offsets as TJ adjustments, vertical ones with Ts (one TJ array per baseline offset).
 *
 * Text extraction: each left-to-right shaped run is wrapped in `/Span <</ActualText …>> BDC … EMC`,
 * so poppler (pdftotext) and Acrobat extract the exact characters typed; glyphs that stand for one
 * character also get a ToUnicode entry, which is what pdf.js (it ignores /ActualText) reads.
 * Right-to-left runs are written in visual order; poppler reorders them itself, so there a glyph
 * that stands for exactly one character relies on ToUnicode, and only a cluster of several
 * characters (a lam-alef ligature, a letter with harakat) carries its own /ActualText, reversed to
 * match poppler's reordering.
 *
 * The fill colour of shaped runs is set explicitly (`rg`), inside q … Q so that it does not leak
 * into jsPDF's own graphics state; jsPDF writes the colour only inside `doc.text`.
 */

type Rgb = [number, number, number];

/** Texts up to this many UTF-16 units (words, short phrases) keep their measured width. */
const CACHED_LENGTH = 48;

interface FontMeta {
  characterToGlyph: (cp: number) => number;
  widthOfGlyph: (gid: number) => number;
  glyIdsUsed: number[];
  toUnicode: Record<number, number>;
  Unicode: { widths: (number | number[])[] };
}

const family = (key: FontKey) => `NIC-${key}`;
const styleOf = (key: FontKey, bold: boolean) =>
  bold && FONT_FILES[key].bold !== FONT_FILES[key].regular ? 'bold' : 'normal';

const fmt = (n: number) => {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};

const utf16Hex = (text: string) => {
  let out = 'FEFF';
  for (let i = 0; i < text.length; i += 1)
    out += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return out;
};

/**
 * Makes a registered font's list of glyph ids used (`metadata.glyIdsUsed`, which jsPDF subsets
 * the embedded font by) keep each id once. jsPDF pushes an id for every character it draws, and
 * so do shaped runs for every glyph: without this the list grows with the text (a long report
 * holds millions of characters and a few hundred distinct glyphs).
 */
function uniqueGlyphIds(doc: JsPdf, key: FontKey, style: 'normal' | 'bold'): void {
  // jsPDF's getFont takes a name and style (its typings say it takes none).
  const fontOf = doc as unknown as { getFont(name: string, style: string): { metadata: FontMeta } };
  const meta = fontOf.getFont(family(key), style).metadata;
  const seen = new Set(meta.glyIdsUsed);
  const ids = [...seen];
  const push = (...more: number[]) => {
    for (const id of more) {
      if (seen.has(id)) continue;
      seen.add(id);
      Array.prototype.push.call(ids, id);
    }
    return ids.length;
  };
  Object.defineProperty(ids, 'push', { value: push });
  meta.glyIdsUsed = ids;
}

/** Registers the report's fonts with jsPDF: those the text needs and the provider supplied. */
export function registerFonts(
  doc: JsPdf,
  keys: Iterable<FontKey>,
  bytes: (file: string) => string | null,
): Set<FontKey> {
  const registered = new Set<FontKey>();
  for (const key of keys) {
    const files = FONT_FILES[key];
    const regular = bytes(files.regular);
    const bold = files.bold === files.regular ? regular : bytes(files.bold);
    if (regular === null || bold === null) continue;
    doc.addFileToVFS(files.regular, regular);
    doc.addFont(files.regular, family(key), 'normal', undefined, 'Identity-H');
    uniqueGlyphIds(doc, key, 'normal');
    if (files.bold !== files.regular) {
      doc.addFileToVFS(files.bold, bold);
      doc.addFont(files.bold, family(key), 'bold', undefined, 'Identity-H');
      uniqueGlyphIds(doc, key, 'bold');
    }
    registered.add(key);
  }
  return registered;
}

/**
 * Measures and draws text in every script of the report: splits it into runs per font, shapes the
 * complex scripts with HarfBuzz, wraps lines (widths in mm) and caches glyph widths.
 */
export class TextEngine {
  /** Whether a font (key and weight, "latin:1") has a glyph for a code point. */
  private readonly glyphCache = new Map<string, Map<number, boolean>>();
  /** One coverage a size and weight, so that its caches (here and in textRuns.ts) are kept. */
  private readonly coverages = new Map<string, FontCoverage>();
  private readonly metas = new Map<string, FontMeta>();
  private readonly widthSeen = new Map<FontMeta, Set<number>>();
  /** The fill colour last read from jsPDF, as a PDF operator ("0.078 g"). */
  private colorOf: { hex: string; op: string } | null = null;

  constructor(
    readonly doc: JsPdf,
    /** The fonts registered with jsPDF (registerFonts). */
    private readonly fonts: ReadonlySet<FontKey>,
    /** Null when the report holds no script that needs shaping. */
    private readonly shaper: Shaper | null,
    /** The stand-in for characters no font prints, in the report's language (`PageWords`). */
    private readonly unsupported: (count: number, kind: 'emoji' | 'other') => string,
  ) {}

  /** How many runs of characters no font has were printed as a stand-in (for the colophon). */
  unprintedRuns = 0;

  private meta(key: FontKey, bold: boolean): FontMeta | null {
    if (!this.fonts.has(key)) return null;
    const id = `${key}:${styleOf(key, bold)}`;
    let meta = this.metas.get(id);
    if (!meta) {
      this.doc.setFont(family(key), styleOf(key, bold));
      meta = (this.doc.getFont() as unknown as { metadata: FontMeta }).metadata;
      this.metas.set(id, meta);
    }
    return meta;
  }

  /** How text in one size and weight is covered and measured (one object a size and weight). */
  coverage(size: number, bold: boolean): FontCoverage {
    const id = `${size}|${bold ? 1 : 0}`;
    let coverage = this.coverages.get(id);
    if (!coverage) {
      coverage = this.makeCoverage(size, bold);
      this.coverages.set(id, coverage);
    }
    return coverage;
  }

  private makeCoverage(size: number, bold: boolean): FontCoverage {
    const glyphs = new Map<FontKey, Map<number, boolean>>();
    const glyphsOf = (font: FontKey) => {
      let map = glyphs.get(font);
      if (!map) {
        const id = `${font}:${bold ? 1 : 0}`;
        map = this.glyphCache.get(id) ?? new Map<number, boolean>();
        this.glyphCache.set(id, map);
        glyphs.set(font, map);
      }
      return map;
    };
    const has = (font: FontKey, cp: number) => {
      const map = glyphsOf(font);
      let hit = map.get(cp);
      if (hit === undefined) {
        const meta = this.meta(font, bold);
        // A shaped script needs its shaper too: without one, say so rather than print it unshaped.
        hit =
          meta !== null &&
          (!SHAPED.has(font) || this.shaper !== null) &&
          meta.characterToGlyph(cp) > 0;
        map.set(cp, hit);
      }
      return hit;
    };
    const measureNow = (font: FontKey, text: string) => {
      if (SHAPED.has(font) && this.shaper) {
        const run = this.shaper.shape(font, bold, text);
        return (run.advance * size) / run.upem;
      }
      this.setFont(font, bold, size);
      return this.doc.getTextWidth(text);
    };
    // Words repeat a lot in a long report: measure each once per font (this coverage is one size
    // and weight). Longer texts (whole lines, measured when a line is trimmed or logged) are not
    // kept: they rarely come back, and a cache of every line would grow with the report.
    const widths = new Map<string, number>();
    const measure = (font: FontKey, text: string) => {
      if (text.length > CACHED_LENGTH) return measureNow(font, text);
      const key = `${font}|${text}`;
      let width = widths.get(key);
      if (width === undefined) {
        width = measureNow(font, text);
        widths.set(key, width);
      }
      return width;
    };
    const unsupported = (codePoints: readonly number[]) => {
      this.unprintedRuns += 1;
      const { count, emoji } = describeUnprintable(codePoints);
      return this.unsupported(count, emoji ? 'emoji' : 'other');
    };
    return { has, measure, unsupported };
  }

  setFont(font: FontKey, bold: boolean, size: number): void {
    this.doc.setFont(family(this.fonts.has(font) ? font : 'latin'), styleOf(font, bold));
    this.doc.setFontSize(size);
  }

  wrap(text: string, width: number, size: number, bold = false): Line[] {
    return wrapText(text, width, this.coverage(size, bold));
  }

  /** The lines of `wrap`, made one at a time as they are asked for (textRuns.ts `wrapLines`). */
  lines(text: string, width: number, size: number, bold = false): Generator<Line, void, undefined> {
    return wrapLines(text, width, this.coverage(size, bold));
  }

  /** Width of one line of text, unwrapped. */
  width(text: string, size: number, bold = false): number {
    return this.wrap(text, 1e6, size, bold)[0]?.width ?? 0;
  }

  /**
   * Draws a line with its baseline at y. A right-to-left paragraph's line is aligned to the right
   * of `boxWidth` when one is given. Returns where the line starts (its left edge).
   */
  drawLine(
    line: Line,
    x: number,
    y: number,
    size: number,
    bold = false,
    boxWidth?: number,
  ): number {
    let cx = line.rtl && boxWidth !== undefined ? x + boxWidth - line.width : x;
    const start = cx;
    const runs = visualOrder(line.runs, line.rtl);
    runs.forEach((run, i) => {
      if (SHAPED.has(run.font) && this.shaper) this.drawShaped(run, cx, y, size, bold);
      else {
        this.drawPlain(run, cx, y, size, bold);
        if (run.font === 'latin')
          this.links(run, cx, y, size, bold, line.cut && i === runs.length - 1);
      }
      cx += run.width;
    });
    return start;
  }

  /**
   * How far the ink of a drawn line reaches from its left edge: each run is placed at the sum of
   * the widths before it (as `drawLine` does) and measured again as drawn (whole shaped runs, not
   * the pieces wrapping added up), for the layout log.
   */
  drawnWidth(line: Line, size: number, bold = false): number {
    const { measure } = this.coverage(size, bold);
    let offset = 0;
    let reach = 0;
    for (const run of visualOrder(line.runs, line.rtl)) {
      reach = Math.max(reach, offset + measure(run.font, run.text));
      offset += run.width;
    }
    return reach;
  }

  /**
   * Makes every web address in a Latin run clickable. An address cut at the end of the line (too
   * long for it) is left unlinked rather than linked to a truncated address.
   */
  private links(
    run: MeasuredRun,
    x: number,
    y: number,
    size: number,
    bold: boolean,
    cut?: boolean,
  ): void {
    const measure = this.coverage(size, bold).measure;
    for (const m of run.text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
      const url = m[0].replace(/[.,;:)\]]+$/, '');
      const end = m.index + url.length;
      if (cut && end >= run.text.trimEnd().length) continue;
      const x0 = x + measure('latin', run.text.slice(0, m.index));
      const w = measure('latin', url);
      this.doc.link(x0, y - size * 0.85, w, size * 1.1, { url });
    }
  }

  /**
   * Draws a run of a font that needs no shaping (Latin, Chinese, the symbol subsets), as
   * `doc.text` would: the glyph ids of the Identity-H font jsPDF embeds, with their widths and
   * ToUnicode entries, in the same text operators. Written here rather than with `doc.text`,
   * whose every call also runs jsPDF's Arabic and bidi text plugins over the text (a fifth of a
   * long report's time, for text that never holds Arabic script: it goes to its own shaped font).
   * A text with a character the font lacks (never made by textRuns.ts) goes to `doc.text`.
   */
  private drawPlain(run: MeasuredRun, x: number, y: number, size: number, bold: boolean): void {
    const key = this.fonts.has(run.font) ? run.font : 'latin';
    this.setFont(key, bold, size);
    const meta = this.meta(key, bold);
    const text = run.text;
    const ids: number[] = [];
    for (let i = 0; meta && i < text.length; i += 1) {
      const id = meta.characterToGlyph(text.charCodeAt(i));
      if (!(id > 0)) break;
      ids.push(id);
    }
    if (!meta || ids.length < text.length) {
      this.doc.text(text, x, y);
      return;
    }
    const seen = this.seenWidths(meta);
    let hex = '';
    for (const [i, id] of ids.entries()) {
      meta.glyIdsUsed.push(id);
      meta.toUnicode[id] = text.charCodeAt(i);
      if (!seen.has(id)) {
        seen.add(id);
        if (!meta.Unicode.widths.includes(id))
          meta.Unicode.widths.push(id, [parseInt(String(meta.widthOfGlyph(id)), 10)]);
      }
      hex += id.toString(16).padStart(4, '0');
    }
    const fontId = (this.doc.getFont() as unknown as { id: string }).id;
    const pageH = this.doc.internal.pageSize.getHeight();
    const leading = size * this.doc.getLineHeightFactor();
    (this.doc.internal as unknown as { write: (s: string) => void }).write(
      `BT\n/${fontId} ${fmt(size)} Tf\n${fmt(leading)} TL\n${this.fillColor()}\n` +
        `${fmt(x)} ${fmt(pageH - y)} Td\n<${hex}> Tj\nET`,
    );
  }

  /** The glyph ids whose widths are in a font's /W array already (written once each). */
  private seenWidths(meta: FontMeta): Set<number> {
    let seen = this.widthSeen.get(meta);
    if (!seen) {
      seen = new Set();
      this.widthSeen.set(meta, seen);
    }
    return seen;
  }

  /** The text colour as a fill operator: "g" for a grey, as jsPDF writes it, else "rg". */
  private fillColor(): string {
    const hex = this.doc.getTextColor();
    if (this.colorOf?.hex === hex) return this.colorOf.op;
    const [r, g, b] = this.currentColor().map((c) => fmt(c / 255));
    const op = r === g && g === b ? `${r} g` : `${r} ${g} ${b} rg`;
    this.colorOf = { hex, op };
    return op;
  }

  private currentColor(): Rgb {
    const hex = this.doc.getTextColor();
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
    return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : [0, 0, 0];
  }

  private drawShaped(run: MeasuredRun, x: number, y: number, size: number, bold: boolean): void {
    const shaper = this.shaper!;
    const meta = this.meta(run.font, bold);
    if (!meta) return;
    this.setFont(run.font, bold, size);
    const fontId = (this.doc.getFont() as unknown as { id: string }).id;
    const shaped: ShapedRun = shaper.shape(run.font, bold, run.text);
    const k = 1000 / shaped.upem;
    const seen = this.seenWidths(meta);

    // Characters per cluster (clusters are UTF-16 offsets into the run's text).
    const starts = [...new Set(shaped.glyphs.map((g) => g.cluster))].sort((a, b) => a - b);
    const clusterText = new Map<number, string>();
    starts.forEach((start, i) =>
      clusterText.set(start, run.text.slice(start, starts[i + 1] ?? run.text.length)),
    );
    const glyphsIn = new Map<number, number>();
    for (const g of shaped.glyphs) glyphsIn.set(g.cluster, (glyphsIn.get(g.cluster) ?? 0) + 1);

    let ops = '';
    let arr: string[] = [];
    let rise = 0;
    let pdfPen = 0; // where the PDF's text position is, in thousandths of an em from the run start
    let pen = 0; // where HarfBuzz's pen is, in the same unit
    let openCluster: number | null = null;
    const flush = () => {
      if (arr.length === 0) return;
      ops += `${fmt((rise * size) / shaped.upem)} Ts [${arr.join(' ')}] TJ\n`;
      arr = [];
    };
    const closeSpan = () => {
      if (openCluster === null) return;
      flush();
      ops += 'EMC\n';
      openCluster = null;
    };
    for (const g of shaped.glyphs) {
      const text = clusterText.get(g.cluster) ?? '';
      const chars = [...text];
      // ToUnicode (for pdf.js and for right-to-left runs in poppler).
      if (meta.toUnicode[g.id] === undefined) {
        const cp =
          chars.length === 1 && glyphsIn.get(g.cluster) === 1
            ? chars[0]!.codePointAt(0)!
            : chars.map((c) => c.codePointAt(0)!).find((c) => meta.characterToGlyph(c) === g.id);
        if (cp !== undefined && cp <= 0xffff) meta.toUnicode[g.id] = cp;
      }
      if (shaped.rtl && g.cluster !== openCluster) {
        closeSpan();
        const simple = chars.length === 1 && glyphsIn.get(g.cluster) === 1;
        if (!simple) {
          flush();
          ops += `/Span <</ActualText <${utf16Hex(chars.reverse().join(''))}>>> BDC\n`;
          openCluster = g.cluster;
        }
      }
      meta.glyIdsUsed.push(g.id);
      const w = parseInt(String(meta.widthOfGlyph(g.id)), 10) || 0;
      if (!seen.has(g.id)) {
        seen.add(g.id);
        if (!meta.Unicode.widths.includes(g.id)) meta.Unicode.widths.push(g.id, [w]);
      }
      if (g.yOffset !== rise) {
        flush();
        rise = g.yOffset;
      }
      const target = pen + g.xOffset * k;
      const adjust = target - pdfPen;
      if (Math.abs(adjust) > 0.05) arr.push(fmt(-adjust));
      arr.push(`<${g.id.toString(16).padStart(4, '0')}>`);
      pdfPen = target + w;
      pen += g.xAdvance * k;
    }
    closeSpan();
    flush();
    // The language of the run (its script's usual language), for screen readers and hyphenation.
    const lang = HB_SCRIPT[run.font]?.language ?? 'und';
    const [r, gr, b] = this.currentColor();
    const pageH = this.doc.internal.pageSize.getHeight();
    const body =
      `q BT /${fontId} ${fmt(size)} Tf ${fmt(r / 255)} ${fmt(gr / 255)} ${fmt(b / 255)} rg ` +
      `${fmt(x)} ${fmt(pageH - y)} Td\n${ops}ET Q`;
    // `internal.write` appends to the current page's content stream (not in jsPDF's typings).
    (this.doc.internal as unknown as { write: (s: string) => void }).write(
      shaped.rtl
        ? `/Span <</Lang (${lang})>> BDC\n${body}\nEMC`
        : `/Span <</Lang (${lang}) /ActualText <${utf16Hex(run.text)}>>> BDC\n${body}\nEMC`,
    );
  }
}
