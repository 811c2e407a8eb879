import { describe, expect, it } from 'vitest';
import {
  isRtl,
  splitRuns,
  visualOrder,
  wrapText,
  type FontCoverage,
} from '../../src/lib/report/textRuns';
import { scriptOf } from '../../src/lib/report/pdf/scripts';

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A fake pair of fonts shaped like the real ones: "latin" has ASCII, Latin-1 and Latin Extended
 * (Vietnamese) but no Thai, no Khmer and no arrow; "thai" has Thai and the space, nothing else (like
 * NotoSansThai, which lacks even ':' and digits). Every character is 1 unit wide.
 */
const coverage: FontCoverage = {
  has: (font, cp) =>
    font === 'thai'
      ? (cp >= 0x0e00 && cp <= 0x0e7f) || cp === 0x20
      : !(cp >= 0x0e00 && cp <= 0x0e7f) && !(cp >= 0x1780 && cp <= 0x17ff) && cp !== 0x2192,
  measure: (_font, text) => [...text].length,
  unsupported: (codePoints) => `[${codePoints.map(hex).join(' ')}]`,
};

describe('splitRuns', () => {
  it('cuts mixed Thai and Latin into runs of one font, spaces staying in their run', () => {
    expect(splitRuns('ภาษา ไทย: CERT 24/7 (ศูนย์)', coverage)).toEqual([
      { font: 'thai', text: 'ภาษา ไทย' },
      { font: 'latin', text: ': CERT 24/7 (' },
      { font: 'thai', text: 'ศูนย์' },
      { font: 'latin', text: ')' },
    ]);
  });

  it('keeps Vietnamese in the Latin font', () => {
    expect(splitRuns('Đánh giá mức độ', coverage)).toEqual([
      { font: 'latin', text: 'Đánh giá mức độ' },
    ]);
  });

  it('names characters no font has, and spells a few symbols in ASCII', () => {
    expect(splitRuns('a ខ្មែ b', coverage)).toEqual([
      { font: 'latin', text: 'a [U+1781 U+17D2 U+1798 U+17C2] b' },
    ]);
    expect(splitRuns('x → y', coverage)).toEqual([{ font: 'latin', text: 'x -> y' }]);
  });
});

describe('wrapText', () => {
  const joined = (lines: ReturnType<typeof wrapText>) =>
    lines.map((l) => l.runs.map((r) => r.text).join('')).join('|');

  it('wraps at spaces, never before punctuation, and keeps line breaks', () => {
    const lines = wrapText('one two; three\nfour', 9, coverage);
    expect(joined(lines)).toBe('one two;|three|four');
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(9);
  });

  it('wraps Thai between words although Thai has no spaces, dropping nothing', () => {
    const thai = 'การประเมินตนเองด้านความมั่นคงปลอดภัยไซเบอร์';
    const lines = wrapText(thai, 12, coverage);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.runs.map((r) => r.text).join('')).join('')).toBe(thai);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(12);
  });

  it('cuts a word longer than the line between grapheme clusters', () => {
    const lines = wrapText('abcdefghij', 4, coverage);
    expect(joined(lines)).toBe('abcd|efgh|ij');
  });

  it('normalises to NFC before it measures', () => {
    const nfd = 'Việt'.normalize('NFD');
    const [line] = wrapText(nfd, 100, coverage);
    expect(line?.runs[0]?.text).toBe('Việt'.normalize('NFC'));
    expect(line?.width).toBe(4);
  });
});

describe('scripts without spaces and right-to-left runs', () => {
  /** Every script has its font here; Latin has ASCII only. */
  const all: FontCoverage = {
    has: (font, cp) => {
      const script = scriptOf(cp);
      return font === 'latin' ? script === null : script === font || cp === 0x20;
    },
    measure: (_font, text) => [...text].length,
    unsupported: (codePoints) => `[${codePoints.map(hex).join(' ')}]`,
  };
  const texts = (lines: ReturnType<typeof wrapText>) =>
    lines.map((l) => l.runs.map((r) => r.text).join(''));

  it('gives each script its own run and font', () => {
    expect(splitRuns('CERT ខ្មែរ 24/7 ລາວ', all)).toEqual([
      { font: 'latin', text: 'CERT ' },
      { font: 'khmer', text: 'ខ្មែរ ' },
      { font: 'latin', text: '24/7 ' },
      { font: 'lao', text: 'ລາວ' },
    ]);
  });

  for (const [script, text] of [
    ['Khmer', 'សន្តិសុខអ៊ីនធឺណិតព្រះរាជាណាចក្រកម្ពុជា'],
    ['Lao', 'ຄວາມປອດໄພທາງໄຊເບີແຫ່ງຊາດ'],
    ['Burmese', 'ဆိုက်ဘာလုံခြုံရေးမြန်မာနိုင်ငံ'],
    ['Chinese', '网络安全新加坡国家计划'],
  ] as const) {
    it(`breaks ${script} between words, dropping nothing`, () => {
      const width = script === 'Chinese' ? 6 : 12;
      const lines = wrapText(text, width, all);
      expect(lines.length).toBeGreaterThan(1);
      expect(texts(lines).join('')).toBe(text);
      for (const line of lines) expect(line.width).toBeLessThanOrEqual(width);
    });
  }

  it('draws a right-to-left phrase inside Latin text in reverse run order, spaces outside it', () => {
    const runs = splitRuns('Plan کسلامتن سايبر 2026', all);
    expect(runs.map((r) => r.font)).toEqual(['latin', 'arabic', 'latin']);
    expect(runs[1]!.text).toBe('کسلامتن سايبر');
    // UAX #9 (as Chromium shows it): a number after right-to-left text goes with it, on its left.
    const [line] = wrapText('Plan کسلامتن سايبر 2026', 100, all);
    expect(visualOrder(line!.runs).map((r) => r.text)).toEqual([
      'Plan',
      ' ',
      '2026',
      ' ',
      'کسلامتن سايبر',
    ]);
    expect(isRtl('کسلامتن 2026')).toBe(true);
    expect(isRtl('2026 Plan کسلامتن')).toBe(false);
    // A right-to-left paragraph: the left-to-right part keeps its order, the rest is reversed.
    const rtl = splitRuns('کسلامتن CERT 24/7 سايبر', all);
    expect(visualOrder(rtl, true).map((r) => r.font)).toEqual(['arabic', 'latin', 'arabic']);
    expect(visualOrder(rtl, true)[0]!.text).toBe('سايبر');
  });
});
