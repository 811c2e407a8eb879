import { describe, expect, it } from 'vitest';
import { splitRuns, wrapText, type FontCoverage } from '../../src/lib/report/textRuns';

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
  unsupported: (codes) => `[${codes}]`,
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
