/**
 * One-off: renders public/icon.svg to the PNG icons the web app manifest lists (192 and 512 px),
 * with Debian's Chromium through playwright-core. Run again only when icon.svg changes:
 *
 *   npx tsx scripts/render-icons.ts
 *
 * The PNGs are committed; the build does not run this script.
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { chromiumPath } from '../tests/e2e/chromium';

const svg = readFileSync(new URL('../public/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // The SVG has rounded corners: a transparent background keeps them round in launchers.
    await page.setContent(
      `<html><body style="margin:0;background:transparent">` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" ` +
        `width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.screenshot({
      path: new URL(`../public/icon-${size}.png`, import.meta.url).pathname,
      omitBackground: true,
    });
    await page.close();
    console.log(`public/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
