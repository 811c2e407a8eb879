import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeReportPdf } from '../../src/lib/report/makeReport';
import { loadNodeFonts } from '../../src/lib/report/fontsNode';
import type { ReportFonts } from '../../src/lib/report/pdfWriter';
import { RTL, scriptOf } from '../../src/lib/report/pdf/scripts';
import {
  isRtl,
  splitRuns,
  visualOrder,
  wrapText,
  type FontCoverage,
} from '../../src/lib/report/textRuns';
import { englishWords as englishTexts } from '../../src/lib/i18n/locales';
import { makeReportInput } from '../fixtures/factories/report';

/**
 * The PDF's text path and the bidi algorithm (tester A, session 7): invisible formatting
 * characters steer direction and print nothing; spaces at the edge of a number or a Latin word in
 * Arabic text stay with their logical neighbours (UAX #9 L1/L2), as Chromium shows them; a run of
 * characters no font prints is one short bracket from the i18n layer.
 */

/** Every script has its font; the Latin font has ASCII and, like NotoSans, the bidi marks. */
const all: FontCoverage = {
  has: (font, cp) => {
    const script = scriptOf(cp);
    if (font === 'latin') return script === null && cp < 0x2700;
    return script === font || cp === 0x20 || cp === 0x200d || cp === 0x200c;
  },
  measure: (_font, text) => [...text].length,
  unsupported: (codePoints) => englishTexts.report.unsupported(codePoints.length, 'other'),
};

/** The bidi controls of UAX #9 and the joiners (ZWJ/ZWNJ): none may reach a glyph run. */
const CONTROLS = [
  0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
  0x200c, 0x200d,
];
const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');

/** A line as a reader sees it, left to right: right-to-left runs reversed (the shaper does that). */
function visual(text: string): string {
  const [line] = wrapText(text, 1000, all);
  return visualOrder(line!.runs, line!.rtl)
    .map((r) => (RTL.has(r.font) ? [...r.text].reverse().join('') : r.text))
    .join('');
}
const rev = (s: string) => [...s].reverse().join('');

describe('bidi controls in the PDF text path', () => {
  for (const cp of CONTROLS) {
    it(`U+${hex(cp)} takes part in direction and prints nothing`, () => {
      const c = String.fromCodePoint(cp);
      const runs = splitRuns(`50${c}%${c} (Defined)`, all);
      expect(runs.map((r) => r.text).join('')).toBe('50% (Defined)');
      expect(visual(`نجاح 50${c}%${c}`)).toBe(`50% ${rev('نجاح')}`);
    });
  }

  it('reads marks as strong characters for the paragraph direction (UAX #9 P2)', () => {
    expect(isRtl('\u200f50% done')).toBe(true);
    expect(isRtl('\u061c50% done')).toBe(true);
    expect(isRtl('\u200e50% نجاح')).toBe(false);
  });
});

describe('spaces at the edge of a level run (UAX #9 L1/L2)', () => {
  // Logical text, then the words as they stand left to right on the page (Chromium's order).
  const cases: [string, string, string[]][] = [
    [
      'Arabic, a number, Arabic (the tester’s note)',
      'تم تنفيذ السيبراني 2024 بنجاح',
      [rev('بنجاح'), ' ', '2024', ' ', rev('تم تنفيذ السيبراني')],
    ],
    [
      'Arabic, a Latin word, Arabic',
      'خطة CERT الوطنية',
      [rev('الوطنية'), ' ', 'CERT', ' ', rev('خطة')],
    ],
    [
      'Arabic, two Latin words, a number, Arabic',
      'مركز ASEAN CERT 24 نشط',
      [rev('نشط'), ' ', 'ASEAN CERT 24', ' ', rev('مركز')],
    ],
    ['Latin, an Arabic word, Latin', 'Plan خطة done', ['Plan', ' ', rev('خطة'), ' ', 'done']],
    [
      'Latin, Arabic, a number (the number goes with the Arabic)',
      'Plan خطة 2026',
      ['Plan', ' ', '2026', ' ', rev('خطة')],
    ],
  ];
  for (const [name, logical, expected] of cases)
    it(name, () => {
      expect(visual(logical)).toBe(expected.join(''));
    });
});

describe('characters no font prints', () => {
  it('one short bracket per run, from the i18n layer', () => {
    const words = englishTexts.report.unsupported;
    expect(words(1, 'emoji')).toBe('[emoji]');
    expect(words(3, 'emoji')).toBe('[3 emoji]');
    expect(words(2, 'other')).toBe('[2 characters not printable]');
  });
});

describe('Arabic report language in the PDF (pdftotext)', { timeout: 60_000 }, () => {
  let dir: string;
  let fonts: ReportFonts;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nic-bidi-'));
    fonts = await loadNodeFonts();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function extract(note: string): Promise<string> {
    const input = { ...makeReportInput({}, { extraNotes: note }), locale: 'ar' };
    const pdf = await makeReportPdf(input, () => Promise.resolve(fonts));
    const path = join(dir, `r-${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(path, pdf.bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  }

  it('prints percentages and notes without a stray mark of any bidi control', async () => {
    const note = CONTROLS.map((cp) => `a${String.fromCodePoint(cp)}b`).join(' ');
    const raw = await extract(`${note} 50\u200e%\u200e`);
    expect(raw).toContain('ab ab ab');
    // poppler adds embeddings (U+202A–U+202E) around right-to-left lines itself: not ours.
    expect(raw).not.toMatch(/[\u200e\u200f\u061c\u2066-\u2069\u200c\u200d]/);
    expect(raw).toMatch(/50\s*%|٥٠\s*٪/);
    expect(raw).not.toContain('not printable');
  });

  it('prints emoji in a note as one short bracket each, and says why in the colophon', async () => {
    const raw = (await extract('Done ✅ 🇹🇭 ok')).replace(/\s+/g, ' ');
    expect(raw).toContain('Done [emoji] [emoji] ok');
    expect(raw).not.toContain('U+');
    expect(raw).toContain(englishTexts.report.unprinted.slice(0, 40));
  });
});
