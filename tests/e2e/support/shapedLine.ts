import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { TextEngine, registerFonts } from '../../../src/lib/report/pdf/text';
import { createShaper } from '../../../src/lib/report/pdf/shaper';
import { FONT_FILES, type FontKey } from '../../../src/lib/report/pdf/scripts';
import { FONT_DIR } from '../../../src/lib/report/fontsNode';

/**
 * One line of text drawn by the report's own text engine (or, for comparison, by plain `doc.text`
 * without shaping, as the report did before HarfBuzz) on a small page, rendered by pdftoppm at
 * 72 dpi (1 pt = 1 px) as a grey map. Shared by the pixel comparison with Chromium.
 */

export const W = 1000;
export const H = 140;
export const SIZE = 40;
export const X = 20;
export const BASELINE = 90;

export interface Grey {
  width: number;
  height: number;
  data: Uint8Array;
}

function parsePgm(buf: Buffer): Grey {
  // P5\n<w> <h>\n<max>\n<bytes>
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]!))) pos += 1;
    let tok = '';
    while (!/\s/.test(String.fromCharCode(buf[pos]!))) tok += String.fromCharCode(buf[pos++]!);
    fields.push(tok);
  }
  pos += 1;
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, data: new Uint8Array(buf.subarray(pos, pos + width * height)) };
}

export async function pdfLine(text: string, font: FontKey, shaped = true): Promise<Grey> {
  const doc = new jsPDF({ unit: 'pt', format: [W, H], orientation: 'landscape', compress: true });
  const files = FONT_FILES[font];
  const bytes = (file: string) => readFileSync(join(FONT_DIR, file));
  const registered = registerFonts(doc, ['latin', font], (file) => bytes(file).toString('base64'));
  if (shaped) {
    const shaper = await createShaper({
      [font]: { regular: bytes(files.regular), bold: bytes(files.bold) },
    });
    const engine = new TextEngine(doc, registered, shaper, (codes) => `[${codes}]`);
    doc.setTextColor(0, 0, 0);
    const line = engine.wrap(text, 1e6, SIZE)[0]!;
    engine.drawLine(line, X, BASELINE, SIZE);
  } else {
    doc.setFont(`NIC-${font}`, 'normal');
    doc.setFontSize(SIZE);
    doc.setTextColor(0, 0, 0);
    doc.text(text, X, BASELINE);
  }
  const dir = mkdtempSync(join(tmpdir(), 'nic-line-'));
  try {
    writeFileSync(join(dir, 'l.pdf'), new Uint8Array(doc.output('arraybuffer')));
    execFileSync(
      'pdftoppm',
      ['-gray', '-r', '72', '-aa', 'yes', '-aaVector', 'yes', join(dir, 'l.pdf'), join(dir, 'p')],
      {
        stdio: 'ignore',
      },
    );
    return parsePgm(readFileSync(join(dir, 'p-1.pgm')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The font file as base64, for an @font-face in the browser. */
export function fontBase64(font: FontKey): string {
  return readFileSync(join(FONT_DIR, FONT_FILES[font].regular)).toString('base64');
}

/**
 * Difference between two renderings of a line, 0 (same) to 1: ink pixels (darker than mid-grey) of
 * one image with no ink within `tolerance` pixels in the other, over all ink pixels of both. The
 * images are first aligned on the left and top of their ink, and the tolerance absorbs
 * anti-aliasing and sub-pixel placement, so what remains are glyphs or marks in different places.
 */
export function inkDifference(a: Grey, b: Grey, tolerance = 1): number {
  const ink = (g: Grey) => {
    const pts: [number, number][] = [];
    for (let y = 0; y < g.height; y += 1)
      for (let x = 0; x < g.width; x += 1) if (g.data[y * g.width + x]! < 128) pts.push([x, y]);
    return pts;
  };
  const pa = ink(a);
  const pb = ink(b);
  if (pa.length === 0 || pb.length === 0) return 1;
  const origin = (p: [number, number][]) => [
    Math.min(...p.map((q) => q[0])),
    Math.min(...p.map((q) => q[1])),
  ];
  const [ax, ay] = origin(pa);
  const [bx, by] = origin(pb);
  const set = (p: [number, number][], ox: number, oy: number) =>
    new Set(p.map(([x, y]) => (y - oy) * 4096 + (x - ox)));
  const sa = set(pa, ax!, ay!);
  const sb = set(pb, bx!, by!);
  const near = (s: Set<number>, key: number) => {
    const x = key % 4096;
    const y = Math.floor(key / 4096);
    for (let dy = -tolerance; dy <= tolerance; dy += 1)
      for (let dx = -tolerance; dx <= tolerance; dx += 1)
        if (s.has((y + dy) * 4096 + (x + dx))) return true;
    return false;
  };
  let miss = 0;
  for (const k of sa) if (!near(sb, k)) miss += 1;
  for (const k of sb) if (!near(sa, k)) miss += 1;
  return miss / (sa.size + sb.size);
}
