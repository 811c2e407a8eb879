import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { Layout } from '../../src/lib/report/pdf/pages';
import { table } from '../../src/lib/report/pdf/tables';
import { TextEngine, registerFonts } from '../../src/lib/report/pdf/text';
import { createShaper } from '../../src/lib/report/pdf/shaper';
import { PAGE } from '../../src/lib/report/pdf/style';
import { FONT_FILES, SHAPED, type FontKey } from '../../src/lib/report/pdf/scripts';
import { loadNodeFonts } from '../../src/lib/report/fontsNode';
import { makeReportPdf } from '../../src/lib/report/makeReport';
import { bytesToBase64 } from '../../src/lib/domain/base64';
import type { ReportFonts } from '../../src/lib/report/pdfWriter';
import type { Block } from '../../src/lib/report/reportModel';
import { fullReportInput } from '../bench/benchReport';

/**
 * Long notes in the PDF (a Thai report with 33 practical actions each carrying an 18,000-character
 * note crashed the tab): the work of writing a note grows in proportion to its length, and the
 * note prints in full across pages. The crash was a page break taken again and again without end
 * when the rest of a note fitted a page but not a page under its action's lead line; each break
 * added a page, so memory grew until the tab died. Counted here, not timed.
 */

let fonts: ReportFonts;
beforeAll(async () => {
  fonts = await loadNodeFonts();
});

const base64 = (file: string) => {
  const data = fonts[file]!;
  return typeof data === 'string' ? data : bytesToBase64(data);
};

/** What one table costs: pages made, lines drawn, text measured and shaped. */
interface Work {
  pages: number;
  lines: number;
  measured: number;
  shaped: number;
  /** Glyph ids each font records for its subset (jsPDF's `glyIdsUsed`), all fonts together. */
  glyphIds: number[][];
}

/**
 * A page layout of its own (the writer's Layout and TextEngine on a fresh jsPDF document) that
 * counts its work; a page break past `maxPages` throws, so an endless one fails the test.
 */
async function countingLayout(keys: FontKey[], maxPages = 200) {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'portrait', compress: true });
  const registered = registerFonts(doc, keys, base64);
  const shapedKeys = keys.filter((k) => SHAPED.has(k));
  const shaper =
    shapedKeys.length === 0
      ? null
      : await createShaper(
          Object.fromEntries(
            shapedKeys.map((k) => [
              k,
              {
                regular: fonts[FONT_FILES[k].regular] as Uint8Array,
                bold: fonts[FONT_FILES[k].bold] as Uint8Array,
              },
            ]),
          ),
        );
  const work = { pages: 0, measured: 0, shaped: 0 };
  if (shaper) {
    const shape = shaper.shape.bind(shaper);
    shaper.shape = (...args) => {
      work.shaped += 1;
      return shape(...args);
    };
  }
  const getTextWidth = doc.getTextWidth.bind(doc);
  doc.getTextWidth = (text: string) => {
    work.measured += 1;
    return getTextWidth(text);
  };
  const layout = new Layout(doc, new TextEngine(doc, registered, shaper, (c) => `[${c}]`));
  layout.log = [];
  const newPage = layout.newPage.bind(layout);
  layout.newPage = () => {
    work.pages += 1;
    if (work.pages > maxPages) throw new Error(`more than ${maxPages} pages: endless page breaks`);
    newPage();
  };
  // jsPDF's getFont takes a name and style (its typings say it takes none).
  const fontOf = doc as unknown as {
    getFont(name: string, style: string): { metadata: { glyIdsUsed: number[] } };
  };
  const glyphIds = () =>
    keys.flatMap((k) => {
      const styles = FONT_FILES[k].bold === FONT_FILES[k].regular ? ['normal'] : ['normal', 'bold'];
      return styles.map((style) => [...fontOf.getFont(`NIC-${k}`, style).metadata.glyIdsUsed]);
    });
  const result = (): Work => ({
    ...work,
    lines: layout.log!.length,
    glyphIds: glyphIds(),
  });
  return { doc, layout, result };
}

/** A one-column table of one action and its note (the gap table's shape, cut down). */
const noteTable = (note: string): Extract<Block, { kind: 'table' }> => ({
  kind: 'table',
  columns: [{ header: 'Practical action', width: 1 }],
  rows: [['13a-01 Cooperate to increase stability and security in the use of ICTs']],
  details: [note],
});

/** Numbered words, so that a missing or repeated piece of a note is seen. */
const numberedNote = (length: number, phrase = '') => {
  let out = '';
  for (let i = 0; out.length < length; i += 1)
    out += `w${String(i).padStart(5, '0')} ${i % 7 === 6 ? phrase : ''}`;
  return out.slice(0, length).trimEnd();
};

describe('a long note in a table', () => {
  it('goes on over pages under its action without breaking a page twice, and prints every line', async () => {
    // A note of K lines (one per paragraph) starting near the foot of a page: the rest that goes
    // on fits a fresh page, or fits it only without the action's lead line (the crash).
    const { layout, result } = await countingLayout(['latin'], 1000);
    for (let start = 40; start <= 100; start += 12) {
      for (let k = 60; k <= 72; k += 1) {
        layout.newPage();
        layout.y = PAGE.bottom - start;
        const before = result();
        const lines = Array.from({ length: k }, (_, i) => `line ${i + 1} of ${k}`);
        await table(layout, noteTable(lines.join('\n')));
        const after = result();
        // At most: the row moved or continued to a next page, and the rest of it to one more.
        const pages = after.pages - before.pages;
        expect(pages, `${k} lines from ${start} pt above the foot`).toBeLessThanOrEqual(2);
        const printed = layout
          .log!.slice(before.lines)
          .filter((l) => l.role === 'detail')
          .map((l) => l.text)
          .filter((t) => t.startsWith('line '));
        expect(printed).toEqual(lines);
      }
    }
  });

  it('costs in proportion to its length: pages, lines, measures, shaping; glyph ids kept once', async () => {
    const phrase = 'บันทึกยาวมาก ความมั่นคงปลอดภัยไซเบอร์ ';
    const cost = async (length: number) => {
      const { layout, result } = await countingLayout(['latin', 'thai']);
      await table(layout, noteTable(numberedNote(length, phrase)));
      return result();
    };
    const once = await cost(9000);
    const twice = await cost(18000);
    for (const key of ['pages', 'lines', 'measured', 'shaped'] as const) {
      expect(once[key], key).toBeGreaterThan(0);
      expect(twice[key] / once[key], key).toBeLessThanOrEqual(2.2);
    }
    // Each font's glyph ids once each, however much text: the list jsPDF subsets the font by.
    for (const ids of twice.glyphIds) expect(ids.length).toBe(new Set(ids).size);
    const distinct = (w: Work) => w.glyphIds.reduce((n, ids) => n + ids.length, 0);
    expect(distinct(twice)).toBeLessThan(400);
    expect(distinct(twice)).toBeLessThanOrEqual(distinct(once) + 20);
  });
});

describe('the full report with long notes', () => {
  it('prints every word of 18,000-character notes (pdftotext)', async () => {
    const input = fullReportInput(1, 'Short note. ');
    const phrase = 'บันทึกยาวมาก ';
    const notes = [0, 1, 2].map(
      (n) => `${numberedNote(18000 - 40, phrase)} END-OF-NOTE-${n} ปิดท้ายบันทึก`,
    );
    input.answers = input.answers.map((a, i) => ({ ...a, notes: notes[i] ?? '' }));
    const pdf = await makeReportPdf(input, () => Promise.resolve(fonts));
    const dir = mkdtempSync(join(tmpdir(), 'nic-long-notes-'));
    try {
      writeFileSync(join(dir, 'r.pdf'), pdf.bytes);
      const text = execFileSync('pdftotext', ['-raw', join(dir, 'r.pdf'), '-'], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      });
      for (const n of [0, 1, 2]) expect(text).toContain(`END-OF-NOTE-${n} ปิดท้ายบันทึก`);
      // Every numbered word of the notes, as often as the three notes hold it.
      const count = (s: string) =>
        (s.match(/\bw\d{5}\b/g) ?? []).reduce<Record<string, number>>((m, w) => {
          m[w] = (m[w] ?? 0) + 1;
          return m;
        }, {});
      const wanted = count(notes.join(' '));
      const found = count(text);
      const missing = Object.keys(wanted).filter((w) => (found[w] ?? 0) < wanted[w]!);
      expect(missing.slice(0, 10)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
