/**
 * The one style table of the PDF: page geometry, type sizes, line heights and colours, in points
 * (A4 portrait: 595.28 × 841.89). Every drawing module reads its measures from here.
 */

export type Rgb = [number, number, number];

export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginX: 56,
  top: 72,
  /** Lowest baseline area: the footer sits below it. */
  bottom: 841.89 - 64,
  /** Baseline of the running header and of its rule. */
  headerY: 40,
  headerRuleY: 46,
  footerY: 841.89 - 32,
} as const;

export const CONTENT_W = PAGE.width - 2 * PAGE.marginX;

/** Text styles: size (pt), weight, line height (× size) and colour. */
export const TEXT = {
  title: { size: 22, bold: true, leading: 1.35, after: 8 },
  kicker: { size: 11, bold: false, leading: 1.35, after: 6 },
  lead: { size: 12, bold: false, leading: 1.4, after: 10 },
  normal: { size: 10, bold: false, leading: 1.35, after: 6 },
  small: { size: 8.5, bold: false, leading: 1.35, after: 6 },
  h1: { size: 17, bold: true, leading: 1.3, before: 0, after: 10 },
  h2: { size: 13, bold: true, leading: 1.3, before: 10, after: 4 },
  h3: { size: 10.5, bold: true, leading: 1.3, before: 6, after: 4 },
  keyValue: { size: 10, leading: 1.35 },
  table: { size: 8, leading: 1.3, pad: 3 },
  toc: { line: 16, size1: 10.5, size2: 9.5, indent: 14 },
  header: { size: 8 },
  chartTitle: { size: 10.5 },
  chartLabel: { size: 8 },
  chartTick: { size: 6.5 },
  legend: { size: 8.5 },
  draft: { size: 9 },
  /** Radar size (square), full and on the first content page. */
  radar: { full: 300, compact: 220 },
} as const;

export const COLOR = {
  ink: [20, 20, 20] as Rgb,
  muted: [90, 90, 90] as Rgb,
  rule: [150, 150, 150] as Rgb,
  headerFill: [228, 232, 240] as Rgb,
  grid: [200, 200, 200] as Rgb,
  tick: [210, 210, 210] as Rgb,
  draft: [170, 30, 30] as Rgb,
  link: [20, 60, 150] as Rgb,
};

/** Parses '#rrggbb' (chart series colours); anything else gives the ink colour. */
export function rgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return COLOR.ink;
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** A colour mixed with white: bar fills that keep the outline's hue but print lighter. */
export const tint = ([r, g, b]: Rgb, k: number): Rgb => [
  Math.round(r + (255 - r) * k),
  Math.round(g + (255 - g) * k),
  Math.round(b + (255 - b) * k),
];
