import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  BASELINE,
  H,
  SIZE,
  W,
  X,
  fontBase64,
  inkDifference,
  pdfLine,
  type Grey,
} from './support/shapedLine';
import type { FontKey } from '../../src/lib/report/pdf/scripts';

/**
 * The report's shaped text looks as Chromium draws the same string with the same font: a Thai, a
 * Khmer and a Burmese line are rendered from the PDF (pdftoppm) and by Chromium (canvas, same TTF
 * as an @font-face), and compared pixel by pixel (`inkDifference`: ink with no ink nearby in the
 * other image). Threshold 0.03 (3 % of the ink): measured 0.00–0.01 for the shaped lines, while the
 * same Thai line drawn without shaping (tone marks where jsPDF puts them) measures above it.
 */

const THRESHOLD = 0.03;

const LINES: [string, FontKey, string][] = [
  ['Thai', 'thai', 'ที่ เพื่อ เสี่ยง ญี่ปุ่น น้ำ'],
  ['Khmer', 'khmer', 'សន្តិសុខអ៊ីនធឺណិត ក្រសួង'],
  ['Burmese', 'myanmar', 'ဆိုက်ဘာလုံခြုံရေး မြန်မာ'],
];

async function chromiumLine(page: Page, text: string, font: FontKey): Promise<Grey> {
  await page.setContent('<!doctype html><title>line</title><canvas></canvas>');
  const data = await page.evaluate(
    async ({ text, b64, W, H, SIZE, X, BASELINE }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const face = new FontFace('Probe', bytes);
      await face.load();
      document.fonts.add(face);
      const canvas = document.querySelector('canvas')!;
      canvas.width = W;
      canvas.height = H;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, W, H);
      ctx.fillStyle = '#000';
      ctx.font = `${SIZE}px Probe`;
      ctx.fillText(text, X, BASELINE);
      const rgba = ctx.getImageData(0, 0, W, H).data;
      const grey: number[] = [];
      for (let i = 0; i < rgba.length; i += 4) grey.push(rgba[i]!);
      return grey;
    },
    { text, b64: fontBase64(font), W, H, SIZE, X, BASELINE },
  );
  return { width: W, height: H, data: Uint8Array.from(data) };
}

for (const [name, font, text] of LINES) {
  test(`a ${name} line in the PDF matches Chromium's rendering of it`, async ({ page }) => {
    const browser = await chromiumLine(page, text, font);
    const pdf = await pdfLine(text, font);
    const diff = inkDifference(pdf, browser);
    test.info().annotations.push({ type: 'ink difference', description: diff.toFixed(4) });
    expect(diff).toBeLessThan(THRESHOLD);
  });
}

test('the comparison tells unshaped Thai from shaped Thai', async ({ page }) => {
  const [, font, text] = LINES[0]!;
  const browser = await chromiumLine(page, text, font);
  const unshaped = await pdfLine(text, font, false);
  const diff = inkDifference(unshaped, browser);
  test.info().annotations.push({ type: 'ink difference', description: diff.toFixed(4) });
  expect(diff).toBeGreaterThan(THRESHOLD);
});
