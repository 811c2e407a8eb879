import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, NO_SPACES, RTL, SHAPED } from '../../src/lib/report/pdf/scripts';

/**
 * The report's font table (pdf/scripts.ts SCRIPTS) names its files by one rule, `weights(family)`
 * = `<family>-Regular.ttf` and `<family>-Bold.ttf`, or one file for both weights (a subset).
 * Issue 17 (duplicates D6): the table is written once per rule, and still names these files.
 */
describe('report fonts', () => {
  it('names each family’s regular and bold file', () => {
    const files = Object.fromEntries(
      Object.entries(FONT_FILES).map(([key, { regular, bold }]) => [key, { regular, bold }]),
    );
    expect(files).toEqual({
      latin: { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
      thai: { regular: 'NotoSansThai-Regular.ttf', bold: 'NotoSansThai-Bold.ttf' },
      lao: { regular: 'NotoSansLao-Regular.ttf', bold: 'NotoSansLao-Bold.ttf' },
      khmer: { regular: 'NotoSansKhmer-Regular.ttf', bold: 'NotoSansKhmer-Bold.ttf' },
      myanmar: { regular: 'NotoSansMyanmar-Regular.ttf', bold: 'NotoSansMyanmar-Bold.ttf' },
      tamil: { regular: 'NotoSansTamil-Regular.ttf', bold: 'NotoSansTamil-Bold.ttf' },
      arabic: { regular: 'NotoNaskhArabic-Regular.ttf', bold: 'NotoNaskhArabic-Bold.ttf' },
      cjk: { regular: 'DroidSansFallback-GB2312.ttf', bold: 'DroidSansFallback-GB2312.ttf' },
      math: { regular: 'NotoSansMath-Arrows.ttf', bold: 'NotoSansMath-Arrows.ttf' },
      shapes: { regular: 'NotoSansSymbols2-Shapes.ttf', bold: 'NotoSansSymbols2-Shapes.ttf' },
    });
  });

  it('ships every file it names', () => {
    for (const { regular, bold } of Object.values(FONT_FILES))
      for (const file of [regular, bold])
        expect(existsSync(`public/fonts/${file}`), file).toBe(true);
  });

  it('keeps the shaping, no-space and right-to-left sets', () => {
    expect([...SHAPED]).toEqual(['thai', 'lao', 'khmer', 'myanmar', 'tamil', 'arabic']);
    expect([...NO_SPACES]).toEqual(['thai', 'lao', 'khmer', 'myanmar', 'cjk']);
    expect([...RTL]).toEqual(['arabic']);
  });
});
