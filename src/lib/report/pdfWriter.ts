import type { jsPDF as JsPdf } from 'jspdf';
import type { Block, ReportDocument } from './reportModel';
import { Layout, tocPagesFor } from './pdf/pages';
import { keyValue, keyValueStartHeight, table, tableStartHeight } from './pdf/tables';
import { bars, barsHeight, radar } from './pdf/charts';
import { TextEngine, registerFonts } from './pdf/text';
import { CONTENT_W, PAGE, TEXT } from './pdf/style';
import { SHORT_BLOCK, shortTails, type TailItem } from './pdf/keep';
import { pageCompression } from './pdf/compress';
import { FONT_FILES, SHAPED, fontFilesFor, fontsNeeded, type FontKey } from './pdf/scripts';
import { base64ToBytes, bytesToBase64 } from '../domain/base64';
import type { LaidLine } from './pdf/layoutLog';

/**
 * Lays a ReportDocument out as an A4 PDF with jsPDF (loaded with `import()` only when a report is
 * made). Thin: every word and figure is in the document; the modules under pdf/ decide only where
 * it goes: text.ts (fonts, shaping, lines), pages.ts (flow, headings, contents, header and
 * footer), tables.ts, charts.ts, with one style table (style.ts). Runs in the browser and in node
 * (the `npm run report` command): fonts come from a provider, and charts are vector drawings.
 *
 * User text is never interpreted: jsPDF escapes "(", ")" and "\" in strings, and shaped runs are
 * written as glyph ids, so a note holding "<script>" or ") Tj ET" prints exactly as typed.
 *
 * Layout is one pass with reserved pages: the cover (one page, or more when its lists are long),
 * then as many contents pages as the entries need (known before layout), then the sections. When
 * layout is done, the contents pages are filled in with the page numbers found, and every page gets
 * its running header, marks and "Page n of m" footer.
 */

/** Font files by name (see FONT_FILES in pdf/scripts.ts), as bytes or base64. */
export type ReportFonts = Readonly<Record<string, Uint8Array | string>>;

/** Gives the bytes of the named font files (the ones a report needs). */
export type FontProvider = (files: readonly string[]) => Promise<ReportFonts>;

export { FONT_FILES };

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  /** Every line of text drawn, with its box: only when asked for (`WriteOptions.layoutLog`). */
  layout?: LaidLine[];
}

/** How far a report being written is: the page being laid out and the share of the work done. */
export interface PdfProgress {
  /** The page being laid out (from 1), or the number of pages once layout is done. */
  page: number;
  /** 0…1: layout of the sections by text length, then 1 while the file is put together. */
  done: number;
}

export interface WriteOptions {
  /** Record every line of text with its box (pdf/layoutLog.ts); off by default (costs a measure a line). */
  layoutLog?: boolean;
  /** Called at each pause, before the writer lets the browser paint and handle input. */
  onProgress?: (progress: PdfProgress) => void;
  /** Stops the writing at the next pause: the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Lets the browser paint and handle input at each pause (the browser passes io/nextTask; the
   * report layer does not reach io itself). Absent: pauses only report progress and check `signal`.
   */
  nextTask?: () => Promise<void>;
  /**
   * The clock pauses are timed by, in ms (`performance.now` by default). Tests give a fake one
   * that advances with the work done, to see how much is done between two pauses.
   */
  now?: () => number;
}

/** Base64 of font bytes already converted (the same font serves every report of a session). */
const base64Cache = new WeakMap<Uint8Array, string>();

function toBase64(data: Uint8Array | string): string {
  if (typeof data === 'string') return data;
  const hit = base64Cache.get(data);
  if (hit !== undefined) return hit;
  const out = bytesToBase64(data);
  base64Cache.set(data, out);
  return out;
}

function toBytes(data: Uint8Array | string): Uint8Array {
  if (typeof data !== 'string') return data;
  const bytes = base64ToBytes(data);
  // Font data comes from the app's own loaders: anything but base64 here is a bug.
  if (!bytes) throw new Error('Font data is not base64');
  return bytes;
}

/** Every string of a report (to find the scripts it needs). */
export function* reportStrings(report: ReportDocument): Generator<string> {
  yield report.meta.title;
  yield report.meta.runningHeader;
  if (report.meta.classification) yield report.meta.classification;
  for (const section of report.sections) {
    for (const b of section.blocks) {
      switch (b.kind) {
        case 'heading':
        case 'paragraph':
          yield b.text;
          break;
        case 'keyValue':
          for (const r of b.rows) yield `${r.key} ${r.value}`;
          break;
        case 'table':
          for (const c of b.columns) yield c.header;
          for (const r of b.rows) yield r.join(' ');
          for (const d of b.details ?? []) yield d;
          break;
        case 'chart':
          yield b.title;
          for (const c of b.data.categories) yield `${c.label} ${c.title}`;
          for (const se of b.data.series) yield se.label;
          break;
        default:
          break;
      }
    }
  }
}

/** The script fonts a report needs and the files that hold them. */
export function fontsForReport(report: ReportDocument): { keys: FontKey[]; files: string[] } {
  const keys = [...fontsNeeded(reportStrings(report))];
  return { keys, files: fontFilesFor(keys) };
}

/**
 * Writes the report as a PDF. Long reports (72 actions with 18,000-character notes) take seconds:
 * the writer pauses every `Layout.slice` ms (`options.nextTask`) between blocks, rows and pages
 * and between the lines of a text as it wraps and draws them (one note is some 250 lines), so the
 * page stays responsive, says how far it is (`onProgress`) and stops when `signal` is aborted
 * (rejects with its reason, an AbortError by default). Pausing never changes the file.
 */
export async function writePdf(
  report: ReportDocument,
  fonts: ReportFonts,
  options: WriteOptions = {},
): Promise<PdfResult> {
  options.signal?.throwIfAborted();
  const [{ jsPDF }, { zlibSync }] = await Promise.all([import('jspdf'), import('fflate')]);
  const doc: JsPdf = new jsPDF({
    unit: 'pt',
    format: 'a4',
    orientation: 'portrait',
    compress: true,
  });
  const { keys } = fontsForReport(report);
  // A font registered but never drawn is written as an empty subset that PDF readers complain
  // about, so only the scripts the text holds are registered.
  const registered = registerFonts(doc, keys, (file) => {
    const data = fonts[file];
    return data === undefined ? null : toBase64(data);
  });
  const shapedKeys = keys.filter((k) => SHAPED.has(k) && registered.has(k));
  let shaper = null;
  if (shapedKeys.length > 0) {
    const { createShaper } = await import('./pdf/shaper');
    shaper = await createShaper(
      Object.fromEntries(
        shapedKeys.map((k) => [
          k,
          {
            regular: toBytes(fonts[FONT_FILES[k].regular]!),
            bold: toBytes(fonts[FONT_FILES[k].bold]!),
          },
        ]),
      ),
    );
  }
  doc.setProperties({
    title: report.meta.title,
    subject: report.meta.subject,
    creator: report.meta.creator,
  });
  // jsPDF knows a list of tags and ignores others: the language alone first, then the full tag.
  type Lang = Parameters<JsPdf['setLanguage']>[0];
  doc.setLanguage(languageOnly(report.meta.language) as Lang);
  doc.setLanguage(report.meta.language as Lang);

  const { words } = report.meta;
  const engine = new TextEngine(doc, registered, shaper, words.unsupported);
  const layout = new Layout(doc, engine);
  if (options.layoutLog) layout.log = [];
  if (options.now) layout.now = options.now;
  const [cover, ...rest] = report.sections;
  const tocEntries = rest.reduce(
    (sum, sec) => sum + sec.blocks.filter((b) => b.kind === 'heading' && b.toc).length,
    0,
  );

  /**
   * Draws blocks[i]. `keepAfter` (points): what must follow it on its page (the short tail after
   * it, keep.ts); `keepWith`: for a heading, what it keeps with it (see `drawAll`).
   */
  const draw = async (
    blocks: readonly Block[],
    i: number,
    keepAfter = 0,
    keepWith?: number,
  ): Promise<void> => {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    switch (block.kind) {
      case 'heading':
        return layout.heading(
          block.text,
          block.level,
          block.toc,
          keepWith ?? (await startHeight(blocks, i + 1)),
        );
      case 'paragraph':
        // A paragraph that introduces a table ("the same figures, as a table:") stays with the
        // table's header and first row.
        return layout.paragraph(
          block.text,
          block.style ?? 'normal',
          1,
          'paragraph',
          next?.kind === 'table' ? await tableStartHeight(layout, next) : keepAfter,
        );
      case 'keyValue':
        return keyValue(layout, block.rows, 1, keepAfter);
      case 'table':
        return await table(layout, block, keepAfter);
      case 'chart':
        return block.chart === 'radar'
          ? radar(
              layout,
              block.title,
              block.data,
              block.compact ? TEXT.radar.compact : TEXT.radar.full,
            )
          : bars(layout, block.title, block.data);
      case 'pageBreak':
        if (layout.y > PAGE.top) layout.newPage();
        return;
    }
  };
  /**
   * The first piece of blocks[i] (keep.ts): what a heading before it keeps with it on its page,
   * so that a heading never ends a page. A heading keeps the next heading and its start; an
   * empty key–value list passes to the block after it.
   */
  const startHeight = async (blocks: readonly Block[], i: number): Promise<number> => {
    const next = blocks[i];
    if (!next) return 0;
    switch (next.kind) {
      case 'paragraph':
        return layout.paragraphHeight(next.text, next.style ?? 'normal');
      case 'heading':
        return next.level === 1
          ? 0
          : layout.headingHeight(next.text, next.level) + (await startHeight(blocks, i + 1));
      case 'table':
        return tableStartHeight(layout, next);
      case 'keyValue':
        return next.rows.length > 0
          ? keyValueStartHeight(layout, next.rows)
          : startHeight(blocks, i + 1);
      case 'chart':
        return next.chart === 'radar'
          ? (next.compact ? TEXT.radar.compact : TEXT.radar.full) + 60
          : barsHeight(next.data);
      case 'pageBreak':
        return 0;
    }
  };
  /** Height of blocks[from] up to blocks[to] (excluded): a short tail, drawn whole. */
  const runHeight = async (blocks: readonly Block[], from: number, to: number) => {
    let height = 0;
    for (const b of blocks.slice(from, to)) {
      if (b.kind === 'heading') height += layout.headingHeight(b.text, b.level);
      else if (b.kind === 'paragraph')
        height += await layout.paragraphHeight(b.text, b.style ?? 'normal');
    }
    return height;
  };
  const drawAll = async (blocks: readonly Block[]) => {
    // The short tails (keep.ts) and what each block keeps: a tail up to a third of a page is kept
    // together, and with the last lines of the block before it.
    const items: TailItem[] = [];
    for (const b of blocks) {
      if (b.kind === 'heading') items.push({ kind: 'heading', level: b.level });
      else if (b.kind === 'paragraph') {
        const st = TEXT[b.style ?? 'normal'];
        const max = SHORT_BLOCK + 1;
        items.push({
          kind: 'paragraph',
          lines: await layout.countLines(b.text, CONTENT_W, st.size, st.bold, max),
        });
      } else items.push({ kind: b.kind === 'pageBreak' ? 'break' : 'other' });
    }
    const tailAfter = new Map<number, number>();
    const tailEnd = new Map<number, number>();
    for (const { start, end } of shortTails(items)) {
      if ((await runHeight(blocks, start, end)) > (PAGE.bottom - PAGE.top) / 3) continue;
      tailAfter.set(start - 1, end);
      for (let i = start; i < end; i += 1) tailEnd.set(i, end);
    }
    for (const [i, b] of blocks.entries()) {
      const afterEnd = tailAfter.get(i);
      const keepAfter = afterEnd === undefined ? 0 : await runHeight(blocks, i + 1, afterEnd);
      const end = tailEnd.get(i);
      const keepWith =
        b.kind === 'heading' && end !== undefined ? await runHeight(blocks, i + 1, end) : undefined;
      await draw(blocks, i, keepAfter, keepWith);
      if (b.kind !== 'table') layout.done += blockWeight(b);
      await layout.pause();
    }
  };

  // The cover is measured first and drawn smaller when it would not fit on its page (a long
  // title in Khmer, many agencies); only if even the smallest size does not fit does it go on.
  const coverBlocks = cover?.blocks ?? [];
  const drawCover = async (scale: number) => {
    layout.y = PAGE.top + 80 * scale;
    for (const [i, b] of coverBlocks.entries()) {
      if (b.kind === 'paragraph')
        await layout.paragraph(b.text, b.style ?? 'normal', scale, 'cover');
      else if (b.kind === 'keyValue') await keyValue(layout, b.rows, scale);
      else await draw(coverBlocks, i);
    }
  };
  let coverScale = 1;
  for (const scale of [1, 0.9, 0.8, 0.7]) {
    coverScale = scale;
    layout.dry = true;
    layout.dryBreaks = 0;
    await drawCover(scale);
    layout.dry = false;
    if (layout.dryBreaks === 0) break;
  }
  // Progress: the share of the sections' text laid out, then the page furniture.
  const total = Math.max(
    1,
    rest.reduce((sum, sec) => sum + sec.blocks.reduce((n, b) => n + blockWeight(b), 0), 0),
  );
  const { onProgress, signal, nextTask } = options;
  if (onProgress || signal || nextTask)
    layout.pacer = async (page) => {
      onProgress?.({ page, done: Math.min(1, layout.done / total) });
      await nextTask?.();
      signal?.throwIfAborted();
    };
  await drawCover(coverScale);
  // The cover may run over more than one page (45 names): the contents start after it.
  const tocFirst = layout.page + 1;
  // No contents page when no heading is listed: an empty "Contents" page says nothing.
  const tocPages = tocEntries === 0 ? 0 : tocPagesFor(tocEntries);
  for (let i = 0; i < tocPages; i += 1) layout.newPage();
  // The last contents page is full as far as the sections are concerned: they start after it.
  layout.y = PAGE.bottom;
  for (const section of rest) await drawAll(section.blocks);
  // Colophon: characters no font prints stand as brackets in the text; say why, once, at the end.
  if (engine.unprintedRuns > 0) await layout.paragraph(words.unprinted, 'small');

  if (tocPages > 0) await layout.fillToc(tocFirst, tocPages, words.contents);
  await layout.headersAndFooters({
    runningHeader: report.meta.runningHeader,
    draft: report.meta.draft ? words.draft : null,
    classification: report.meta.classification ?? null,
    pageOf: words.pageOf,
  });
  const pages = doc.getNumberOfPages();
  for (const entry of layout.toc) {
    if (entry.level <= 2) doc.outline.add(null, entry.text, { pageNumber: entry.page });
  }
  onProgress?.({ page: pages, done: 1 });
  await nextTask?.();
  signal?.throwIfAborted();
  // The pages are final: compressed now, a page at a time with pauses, rather than all inside
  // `output()` (one long task; pdf/compress.ts).
  const compression = pageCompression(jsPDF.API, doc, zlibSync);
  await compression.compressPages(() => layout.pause());
  signal?.throwIfAborted();
  const bytes = fixCidOrdering(new Uint8Array(compression.output()));
  return layout.log ? { bytes, pages, layout: layout.log } : { bytes, pages };
}

/** The weight of a block for progress: the characters of its text. */
function blockWeight(block: Block): number {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text.length;
    case 'keyValue':
      return block.rows.reduce((n, r) => n + r.key.length + r.value.length, 0);
    case 'table':
      return block.rows.reduce(
        (n, r, i) => n + r.reduce((m, c) => m + c.length, 0) + (block.details?.[i]?.length ?? 0),
        0,
      );
    case 'chart':
      return 200;
    default:
      return 0;
  }
}

/** The language subtag of a BCP 47 tag ("en-XA" → "en"); the tag itself when it is not one. */
function languageOnly(tag: string): string {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return tag;
  }
}

/**
 * jsPDF names the character collection of its Identity-H fonts "Adobe-Identity-H"; the registered
 * name is "Adobe-Identity", and poppler complains on every page ("Unknown character collection").
 * The entry is rewritten in place, padded to the same length, so no byte offset moves.
 */
function fixCidOrdering(bytes: Uint8Array): Uint8Array {
  const from = '/Ordering (Identity-H)';
  const to = '/Ordering (Identity)  ';
  const first = from.charCodeAt(0);
  outer: for (let i = 0; i <= bytes.length - from.length; i += 1) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < from.length; j += 1)
      if (bytes[i + j] !== from.charCodeAt(j)) continue outer;
    for (let j = 0; j < to.length; j += 1) bytes[i + j] = to.charCodeAt(j);
  }
  return bytes;
}
