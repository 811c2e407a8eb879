/**
 * Which font draws which characters, and which of them need shaping. Pure data and code-point
 * ranges (no jsPDF, no HarfBuzz), shared by the run splitter (textRuns.ts), the PDF text engine
 * and the font providers.
 *
 * Sources: the Unicode block ranges of each script (Unicode 15, Blocks.txt); the font per script is
 * the Noto TrueType face Debian ships in fonts-noto-core (Naskh for the Arabic script, which Jawi
 * uses), for Chinese a build-time subset of Droid Sans Fallback, because jsPDF cannot embed the
 * CFF-based Noto CJK fonts, and for arrows and signs small subsets of Noto Sans Math and Symbols 2
 * (scripts/subset-fonts.ts).
 */

/** A font family of the report, named after the script it draws. 'latin' covers Vietnamese too. */
export type FontKey =
  | 'latin'
  | 'thai'
  | 'lao'
  | 'khmer'
  | 'myanmar'
  | 'tamil'
  | 'arabic'
  | 'cjk'
  /** Arrows, minus, ≤ ≥ (a subset of Noto Sans Math): Noto Sans lacks them. */
  | 'math'
  /** ▲ ▼ ✓ (a subset of Noto Sans Symbols 2). */
  | 'shapes';

/** What the report needs to know of one script's font; see `SCRIPTS`. */
export interface ScriptFont {
  /** Font files under public/fonts/ (served as ./fonts/…, read from disk by the command line). */
  regular: string;
  bold: string;
  /** ISO 15924 tag and BCP 47 language HarfBuzz shapes it with; absent: jsPDF places the glyphs. */
  shaping?: { script: string; language: string };
  /** Written without spaces between words: lines break between words found by Intl.Segmenter. */
  noSpaces?: true;
  /** Right-to-left: its runs are laid out in visual order (see `visualOrder`). */
  rtl?: true;
}

/** A family's two font files, named as Noto names them: `<family>-Regular.ttf`, `<family>-Bold.ttf`. */
const weights = (family: string) => ({
  regular: `${family}-Regular.ttf`,
  bold: `${family}-Bold.ttf`,
});

/** A font with one weight only (a subset): bold text in it prints in the regular weight. */
const oneWeight = (file: string) => ({ regular: file, bold: file });

/**
 * The one table of the report's scripts, in the order fonts are tried. The CJK subset and the
 * symbol subsets have no bold: bold text in them prints in the regular weight.
 */
export const SCRIPTS: Readonly<Record<FontKey, ScriptFont>> = {
  latin: weights('NotoSans'),
  thai: { ...weights('NotoSansThai'), shaping: { script: 'Thai', language: 'th' }, noSpaces: true },
  lao: { ...weights('NotoSansLao'), shaping: { script: 'Laoo', language: 'lo' }, noSpaces: true },
  khmer: {
    ...weights('NotoSansKhmer'),
    shaping: { script: 'Khmr', language: 'km' },
    noSpaces: true,
  },
  myanmar: {
    ...weights('NotoSansMyanmar'),
    shaping: { script: 'Mymr', language: 'my' },
    noSpaces: true,
  },
  tamil: { ...weights('NotoSansTamil'), shaping: { script: 'Taml', language: 'ta' } },
  arabic: { ...weights('NotoNaskhArabic'), shaping: { script: 'Arab', language: 'ms' }, rtl: true },
  cjk: { ...oneWeight('DroidSansFallback-GB2312.ttf'), noSpaces: true },
  math: oneWeight('NotoSansMath-Arrows.ttf'),
  shapes: oneWeight('NotoSansSymbols2-Shapes.ttf'),
};

const scriptEntries = Object.entries(SCRIPTS) as [FontKey, ScriptFont][];
const keysWhere = (test: (f: ScriptFont) => unknown): ReadonlySet<FontKey> =>
  new Set(scriptEntries.filter(([, f]) => test(f)).map(([k]) => k));

/** Every font family of the report, in the order of `SCRIPTS`. */
export const FONT_KEYS: readonly FontKey[] = scriptEntries.map(([k]) => k);

/** Font files per family, regular and bold (from `SCRIPTS`). */
export const FONT_FILES: Readonly<Record<FontKey, { regular: string; bold: string }>> = SCRIPTS;

/** Scripts whose glyphs are chosen and placed by a shaping engine (HarfBuzz), not by jsPDF. */
export const SHAPED: ReadonlySet<FontKey> = keysWhere((f) => f.shaping);

/** Scripts written without spaces between words: lines break between words found by Intl.Segmenter. */
export const NO_SPACES: ReadonlySet<FontKey> = keysWhere((f) => f.noSpaces);

/** Right-to-left scripts: their runs are laid out in visual order (see `visualOrder`). */
export const RTL: ReadonlySet<FontKey> = keysWhere((f) => f.rtl);

/** ISO 15924 tag and BCP 47 language HarfBuzz shapes each script with. */
export const HB_SCRIPT: Readonly<Partial<Record<FontKey, { script: string; language: string }>>> =
  Object.fromEntries(scriptEntries.flatMap(([k, f]) => (f.shaping ? [[k, f.shaping]] : [])));

const RANGES: readonly [number, number, FontKey][] = [
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x08a0, 0x08ff, 'arabic'],
  [0x0b80, 0x0bff, 'tamil'],
  [0x0e00, 0x0e7f, 'thai'],
  [0x0e80, 0x0eff, 'lao'],
  [0x1000, 0x109f, 'myanmar'],
  [0x1780, 0x17ff, 'khmer'],
  [0x19e0, 0x19ff, 'khmer'],
  [0x2190, 0x21ff, 'math'],
  [0x2212, 0x2212, 'math'],
  [0x2264, 0x2265, 'math'],
  [0x25a0, 0x25ff, 'shapes'],
  [0x2713, 0x2717, 'shapes'],
  [0x2e80, 0x2fdf, 'cjk'],
  [0x3000, 0x303f, 'cjk'],
  [0x3040, 0x30ff, 'cjk'],
  [0x3100, 0x312f, 'cjk'],
  [0x3400, 0x4dbf, 'cjk'],
  [0x4e00, 0x9fff, 'cjk'],
  [0xa9e0, 0xa9ff, 'myanmar'],
  [0xaa60, 0xaa7f, 'myanmar'],
  [0xf900, 0xfaff, 'cjk'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe70, 0xfeff, 'arabic'],
  [0xff00, 0xffef, 'cjk'],
  [0x11fc0, 0x11fff, 'tamil'],
  [0x20000, 0x3134f, 'cjk'],
];

/** The script font a code point belongs to, or null for common characters (digits, spaces, punctuation, Latin). */
export function scriptOf(cp: number): FontKey | null {
  if (cp < 0x0600) return null;
  for (const [from, to, key] of RANGES) {
    if (cp < from) return null;
    if (cp <= to) return key;
  }
  return null;
}

/**
 * Characters that join the run they are in whatever its font (they carry no glyph of their own or
 * are drawn by every font): ZWSP, ZWNJ, ZWJ, word joiner, combining marks of the general block.
 */
export function isJoiner(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200d) ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    (cp >= 0x0300 && cp <= 0x036f)
  );
}

/** Every script font some text needs (always 'latin'; it draws digits, punctuation and the page furniture). */
export function fontsNeeded(texts: Iterable<string>): Set<FontKey> {
  const out = new Set<FontKey>(['latin']);
  for (const text of texts) {
    for (const ch of text) {
      const key = scriptOf(ch.codePointAt(0)!);
      if (key) out.add(key);
    }
  }
  return out;
}

/** The font files (regular and bold) for a set of script fonts. */
export function fontFilesFor(keys: Iterable<FontKey>): string[] {
  const files = new Set<string>();
  for (const key of keys) {
    files.add(FONT_FILES[key].regular);
    files.add(FONT_FILES[key].bold);
  }
  return [...files];
}
