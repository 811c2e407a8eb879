import type * as HarfBuzz from 'harfbuzzjs';
import { HB_SCRIPT, RTL, type FontKey } from './scripts';

/**
 * Text shaping with HarfBuzz (harfbuzzjs, WebAssembly), loaded with `import()` only when a report
 * holds a script that needs it (Thai, Lao, Khmer, Burmese, Tamil, Arabic/Jawi). Shaping picks the
 * glyphs (reordered vowels, stacked consonants, contextual Arabic forms, ligatures) and places them
 * (mark offsets); jsPDF alone maps one character to one glyph and places marks wrongly.
 *
 * Units: everything a shaped run returns is in font units (`upem` per em); the PDF writer scales.
 */

export interface ShapedGlyph {
  /** Glyph id in the font (jsPDF embeds the font with Identity-H, so this is the code written). */
  id: number;
  /** Index (UTF-16) in the run's text of the first character of this glyph's cluster. */
  cluster: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

export interface ShapedRun {
  glyphs: ShapedGlyph[];
  /** Sum of the advances, in font units. */
  advance: number;
  upem: number;
  rtl: boolean;
}

export interface Shaper {
  /** Shapes one run of one script (text already NFC). Cached: report text repeats a lot. */
  shape(font: FontKey, bold: boolean, text: string): ShapedRun;
  /** Whether the face has a glyph for the code point (its cmap). */
  has(font: FontKey, bold: boolean, cp: number): boolean;
}

type Hb = typeof HarfBuzz;

/** Runs up to this many UTF-16 units (words, short phrases) are kept once shaped. */
const CACHED_LENGTH = 48;

interface Face {
  font: InstanceType<Hb['Font']>;
  upem: number;
  unicodes: Set<number>;
}

/**
 * Builds a shaper for the given font files (bytes per script and weight). Throws only if the
 * WebAssembly module cannot start (a bug or a CSP without 'wasm-unsafe-eval').
 */
export async function createShaper(
  faces: Partial<Record<FontKey, { regular: Uint8Array; bold: Uint8Array }>>,
): Promise<Shaper> {
  const hb: Hb = await import('harfbuzzjs');
  const loaded = new Map<string, Face>();
  for (const [key, files] of Object.entries(faces) as [
    FontKey,
    { regular: Uint8Array; bold: Uint8Array },
  ][]) {
    for (const weight of ['regular', 'bold'] as const) {
      const face = new hb.Face(new hb.Blob(files[weight]));
      loaded.set(`${key}:${weight}`, {
        font: new hb.Font(face),
        upem: face.upem,
        unicodes: new Set(face.collectUnicodes()),
      });
    }
  }
  // Words repeat a lot in a report and are cached; a longer text (a whole line of a note) rarely
  // comes back but for the next call (measured, then drawn), so only the last one is kept: a
  // cache of every line would grow with the report.
  const cache = new Map<string, ShapedRun>();
  let last: { key: string; run: ShapedRun } | null = null;
  // One HarfBuzz buffer, reset for each run: harfbuzzjs frees a buffer only when the garbage
  // collector finalizes its wrapper, which a long stretch of layout does not wait for.
  const buffer = new hb.Buffer();
  const get = (font: FontKey, bold: boolean) => {
    const face = loaded.get(`${font}:${bold ? 'bold' : 'regular'}`);
    if (!face) throw new Error(`No shaping face for ${font}`);
    return face;
  };
  return {
    has: (font, bold, cp) =>
      loaded.get(`${font}:${bold ? 'bold' : 'regular'}`)?.unicodes.has(cp) ?? false,
    shape(font, bold, text) {
      const key = `${font}|${bold ? 1 : 0}|${text}`;
      const hit =
        text.length <= CACHED_LENGTH ? cache.get(key) : last?.key === key ? last.run : null;
      if (hit) return hit;
      const face = get(font, bold);
      buffer.reset();
      buffer.addText(text);
      const props = HB_SCRIPT[font];
      const rtl = RTL.has(font);
      if (props) {
        buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
        buffer.setScript(props.script);
        buffer.setLanguage(props.language);
      } else buffer.guessSegmentProperties();
      hb.shape(face.font, buffer);
      const infos = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      let advance = 0;
      const glyphs = infos.map((info, i) => {
        const p = positions[i]!;
        advance += p.xAdvance;
        return {
          id: info.codepoint,
          cluster: info.cluster,
          xAdvance: p.xAdvance,
          xOffset: p.xOffset,
          yOffset: p.yOffset,
        };
      });
      const run = { glyphs, advance, upem: face.upem, rtl };
      if (text.length <= CACHED_LENGTH) cache.set(key, run);
      else last = { key, run };
      return run;
    },
  };
}
