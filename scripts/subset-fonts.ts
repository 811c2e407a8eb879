/**
 * Build-time subsets of the CJK and symbol fonts the report embeds (run by hand when a character
 * set or a source font changes; the results are committed under public/fonts/):
 *
 *   npx tsx scripts/subset-fonts.ts
 *
 * Symbols: Noto Sans has no arrows, minus sign, ≤ ≥ or triangles, which the report uses for
 * changes ("62 % → 70 %", ▲ ▼). NotoSansMath (arrows, − ≤ ≥ ×) and NotoSansSymbols2 (▲ ▼ ✓) are
 * subset to those few characters (OFL, from fonts-noto-core): a few kB each.
 *
 * CJK:
 * Why: jsPDF embeds only TrueType (glyf) fonts; the Noto CJK fonts are CFF and print garbage. The
 * TrueType choice, Droid Sans Fallback (Apache 2.0, Debian's fonts-droid-fallback), is 4 MB, and
 * jsPDF's own subsetter copies whole tables (cmap, hmtx), so one Chinese line would add ~365 kB to
 * a PDF. Subsetting once, here, to a documented character set keeps the shipped font and every
 * PDF small.
 *
 * Character set (see docs/report.md): GB 2312 level 1 (the 3,755 most frequent Simplified Chinese
 * characters, what Singapore writes), the space and no-break space, every GB 2312 non-Han symbol row (punctuation, full-width
 * forms, kana, Greek, Cyrillic, box drawing), CJK Symbols and Punctuation (U+3000–303F) and the
 * half-/full-width forms (U+FF00–FFEF). A character outside the set prints as its code point,
 * never silently dropped (textRuns.ts).
 *
 * The subsetter is HarfBuzz's (harfbuzzjs ships `harfbuzz-subset.wasm`, a standalone module).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const NOTO = '/usr/share/fonts/truetype/noto/';
const JOBS: { source: string; out: string; chars: () => number[] }[] = [
  {
    source: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
    out: 'DroidSansFallback-GB2312.ttf',
    chars: () => cjkCharacterSet(),
  },
  {
    source: `${NOTO}NotoSansMath-Regular.ttf`,
    out: 'NotoSansMath-Arrows.ttf',
    chars: () => [0x20, 0xa0, 0xd7, 0x2190, 0x2191, 0x2192, 0x2193, 0x2194, 0x2212, 0x2264, 0x2265],
  },
  {
    source: `${NOTO}NotoSansSymbols2-Regular.ttf`,
    out: 'NotoSansSymbols2-Shapes.ttf',
    chars: () => [
      0x20, 0xa0, 0x25b2, 0x25b4, 0x25b6, 0x25bc, 0x25be, 0x25c0, 0x25cf, 0x2713, 0x2717,
    ],
  },
];

/** The code points of the documented character set. */
export function cjkCharacterSet(): number[] {
  const gb = new TextDecoder('gb18030');
  const set = new Set<number>();
  // GB 2312 rows 1–9 (symbols) and 16–55 (level-1 hanzi), cells 0xA1–0xFE, as EUC-CN bytes.
  const rows = [
    ...Array.from({ length: 9 }, (_, i) => i + 1),
    ...Array.from({ length: 40 }, (_, i) => i + 16),
  ];
  for (const row of rows) {
    for (let cell = 0xa1; cell <= 0xfe; cell += 1) {
      const ch = gb.decode(new Uint8Array([0xa0 + row, cell]));
      const cp = ch.codePointAt(0)!;
      if (ch.length === 1 && cp !== 0xfffd) set.add(cp);
    }
  }
  // The spaces, so that a Chinese phrase with spaces stays one run.
  set.add(0x20);
  set.add(0xa0);
  for (let cp = 0x3000; cp <= 0x303f; cp += 1) set.add(cp);
  for (let cp = 0xff00; cp <= 0xffef; cp += 1) set.add(cp);
  return [...set].sort((a, b) => a - b);
}

/** Subsets one font with HarfBuzz's subsetter to the given code points. */
async function subset(source: string, chars: readonly number[]): Promise<Uint8Array> {
  const require = createRequire(import.meta.url);
  const wasmPath = join(dirname(require.resolve('harfbuzzjs')), 'harfbuzz-subset.wasm');
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath));
  const hb = instance.exports as unknown as Record<string, (...a: number[]) => number> & {
    memory: WebAssembly.Memory;
  };
  const font = readFileSync(source);
  const fontPtr = hb.malloc!(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, fontPtr);
  // HB_MEMORY_MODE_WRITABLE = 2
  const blob = hb.hb_blob_create!(fontPtr, font.byteLength, 2, 0, 0);
  const face = hb.hb_face_create!(blob, 0);
  const input = hb.hb_subset_input_create_or_fail!();
  const unicodes = hb.hb_subset_input_unicode_set!(input);
  for (const cp of chars) hb.hb_set_add!(unicodes, cp);
  const result = hb.hb_subset_or_fail!(face, input);
  if (!result) throw new Error(`subset of ${source} failed`);
  const outBlob = hb.hb_face_reference_blob!(result);
  const ptr = hb.hb_blob_get_data!(outBlob, 0);
  const len = hb.hb_blob_get_length!(outBlob);
  return new Uint8Array(hb.memory.buffer).slice(ptr, ptr + len);
}

async function main() {
  for (const job of JOBS) {
    const chars = job.chars();
    const bytes = await subset(job.source, chars);
    const out = new URL(`../public/fonts/${job.out}`, import.meta.url);
    writeFileSync(out, bytes);
    console.log(`${job.out}: ${chars.length} characters, ${bytes.byteLength} bytes`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
