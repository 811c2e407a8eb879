import type { ChartData, PointShape, SeriesStyle } from '../chartSeries';
import type { Layout } from './pages';
import { COLOR, CONTENT_W, PAGE, TEXT, rgb, tint } from './style';
import { formatPercent } from '../../domain/scoring';

/**
 * Charts as vector drawings (lines, polygons, rectangles), so node needs no canvas and print is
 * crisp. Thin: the series (values, labels, colours, dashes, point shapes) come as plain data from
 * chartSeries.ts; series differ by colour, dash and point shape, so they read in greyscale.
 */

function seriesPen(layout: Layout, style: SeriesStyle): void {
  layout.doc.setDrawColor(...rgb(style.color));
  layout.doc.setLineWidth(style.lineWidth * 0.6);
  layout.doc.setLineDashPattern(
    style.dash.map((d) => d * 0.7),
    0,
  );
}

function marker(layout: Layout, shape: PointShape, x: number, y: number, color: string): void {
  const doc = layout.doc;
  const r = 2.6;
  doc.setFillColor(...rgb(color));
  doc.setLineDashPattern([], 0);
  if (shape === 'circle') doc.circle(x, y, r, 'F');
  else if (shape === 'rect') doc.rect(x - r, y - r, 2 * r, 2 * r, 'F');
  else if (shape === 'triangle')
    doc.triangle(x, y - r * 1.2, x - r * 1.1, y + r * 0.8, x + r * 1.1, y + r * 0.8, 'F');
  else if (shape === 'rectRot')
    doc.lines(
      [
        [r * 1.3, r * 1.3],
        [-r * 1.3, r * 1.3],
        [-r * 1.3, -r * 1.3],
        [r * 1.3, -r * 1.3],
      ],
      x,
      y - r * 1.3,
      [1, 1],
      'F',
      true,
    );
  else doc.line(x - r, y, x + r, y);
}

/**
 * The series of a chart, each a sample of its line and its name, in rows that wrap at the right
 * margin (a name too long for a whole row wraps within it).
 */
function legend(layout: Layout, data: ChartData): void {
  const size = TEXT.legend.size;
  const rowH = size * 1.4;
  const right = PAGE.width - PAGE.marginX;
  let x = PAGE.marginX;
  let y = layout.y + 8;
  let rowLines = 1;
  for (const se of data.series) {
    const lines = layout.wrap(se.label, CONTENT_W - 30, size);
    const width = Math.max(0, ...lines.map((l) => l.width));
    if (x > PAGE.marginX && x + 30 + width > right) {
      x = PAGE.marginX;
      y += rowH * rowLines;
      rowLines = 1;
    }
    seriesPen(layout, se.style);
    layout.doc.line(x, y, x + 24, y);
    marker(layout, se.style.point, x + 12, y, se.style.color);
    layout.color(COLOR.ink);
    lines.forEach((line, i) =>
      layout.drawLine(line, x + 30, y + 3 + i * rowH, size, false, {
        role: 'legend',
        x: x + 30,
        width: right - x - 30,
      }),
    );
    rowLines = Math.max(rowLines, lines.length);
    x += 40 + width;
  }
  layout.doc.setLineDashPattern([], 0);
  layout.y = y + rowH * (rowLines - 1) + 12;
}

/** A chart's title, wrapped to the text column, and the cursor moved below it. */
function chartTitle(layout: Layout, title: string): void {
  const size = TEXT.chartTitle.size;
  const lines = layout.wrap(title, CONTENT_W, size, true);
  layout.color(COLOR.ink);
  lines.forEach((line, i) =>
    layout.drawLine(line, PAGE.marginX, layout.y + 12 + i * size * 1.3, size, true, {
      role: 'chart-title',
      x: PAGE.marginX,
      width: CONTENT_W,
    }),
  );
  layout.y += 22 + (lines.length - 1) * size * 1.3;
}

/**
 * Draws a radar chart (one spoke a category, a polygon a series) of `size` mm with its title and
 * legend at the layout's cursor; breaks the page first when it does not fit.
 */
export function radar(
  layout: Layout,
  title: string,
  data: ChartData,
  size: number = TEXT.radar.full,
): void {
  layout.ensure(size + 60);
  layout.color(COLOR.ink);
  chartTitle(layout, title);
  const cx = PAGE.width / 2;
  const radius = size / 2 - 30;
  const cy = layout.y + size / 2;
  const n = data.categories.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const point = (i: number, v: number): [number, number] => [
    cx + Math.cos(angle(i)) * radius * (v / data.max),
    cy + Math.sin(angle(i)) * radius * (v / data.max),
  ];
  const doc = layout.doc;
  doc.setLineDashPattern([], 0);
  doc.setLineWidth(0.4);
  doc.setDrawColor(...COLOR.grid);
  // Rings at the maturity band thresholds (20, 40, 60, 80, 100).
  for (const ring of [20, 40, 60, 80, 100]) {
    for (let i = 0; i < n; i += 1) {
      const [x1, y1] = point(i, ring);
      const [x2, y2] = point((i + 1) % n, ring);
      doc.line(x1, y1, x2, y2);
    }
    layout.color(COLOR.muted);
    layout.label(`${ring}`, cx + 2, cy - radius * (ring / 100) - 1, TEXT.chartTick.size);
  }
  for (let i = 0; i < n; i += 1) {
    const [x, y] = point(i, 100);
    doc.setDrawColor(...COLOR.grid);
    doc.line(cx, cy, x, y);
    const [lx, ly] = point(i, 113);
    const cos = Math.cos(angle(i));
    layout.color(COLOR.ink);
    const cat = data.categories[i]!;
    layout.label(
      cat.scored ? cat.label : `${cat.label} (${data.notScoredLabel})`,
      lx,
      ly + 3,
      TEXT.chartLabel.size,
      { align: Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right' },
    );
  }
  for (const se of data.series) {
    seriesPen(layout, se.style);
    const pts = se.values.map((v, i) => point(i, v ?? 0));
    for (let i = 0; i < n; i += 1) {
      // A category without a value (not scored) leaves a gap in the line, not a drop to zero.
      if (se.values[i] === null || se.values[(i + 1) % n] === null) continue;
      const [x1, y1] = pts[i]!;
      const [x2, y2] = pts[(i + 1) % n]!;
      doc.line(x1, y1, x2, y2);
    }
    se.values.forEach((v, i) => {
      if (v !== null) marker(layout, se.style.point, pts[i]![0], pts[i]![1], se.style.color);
    });
  }
  doc.setLineDashPattern([], 0);
  layout.y += size;
  legend(layout, data);
}

const BAR_H = 7;

/** Height of one category's group of bars (points). */
const barGroupHeight = (data: ChartData) =>
  Math.max(32, data.series.filter((se) => se.id !== 'target').length * (BAR_H + 2) + 12);

/**
 * The room a bar chart keeps on its page before it is drawn (points): its plot, title and legend.
 * A heading before the chart keeps this much with it.
 */
export function barsHeight(data: ChartData): number {
  return data.categories.length * barGroupHeight(data) + 80;
}

/**
 * Draws a horizontal bar chart (a group a category, a bar a series, the target as a mark) with its
 * title and legend at the layout's cursor, breaking pages between groups.
 */
export function bars(layout: Layout, title: string, data: ChartData): void {
  const barH = BAR_H;
  const groupH = barGroupHeight(data);
  const labelW = 150;
  const plotX = PAGE.marginX + labelW;
  const plotW = CONTENT_W - labelW - 36;
  layout.ensure(barsHeight(data));
  layout.color(COLOR.ink);
  chartTitle(layout, title);
  const doc = layout.doc;
  const top = layout.y;
  const xOf = (v: number) => plotX + (plotW * v) / data.max;
  doc.setLineDashPattern([], 0);
  doc.setLineWidth(0.4);
  for (const tick of [0, 20, 40, 60, 80, 100]) {
    doc.setDrawColor(...COLOR.tick);
    doc.line(xOf(tick), top, xOf(tick), top + data.categories.length * groupH);
    layout.color(COLOR.muted);
    layout.label(
      `${tick}`,
      xOf(tick),
      top + data.categories.length * groupH + 10,
      TEXT.chartTick.size,
      { align: 'center' },
    );
  }
  data.categories.forEach((cat, i) => {
    const gy = top + i * groupH + 4;
    layout.color(COLOR.ink);
    const lines = layout.fitLines(`${cat.label} ${cat.title}`, labelW - 8, 7.5, false, 3);
    lines.forEach((line, j) =>
      layout.drawLine(line, PAGE.marginX, gy + 6 + j * 8.5, 7.5, false, {
        role: 'chart-label',
        x: PAGE.marginX,
        width: labelW - 8,
      }),
    );
    let by = gy;
    for (const se of data.series) {
      const v = se.values[i] ?? null;
      if (se.id === 'target') {
        if (v === null) continue;
        // The target is a mark across the group, with its own dash and shape.
        seriesPen(layout, se.style);
        doc.line(xOf(v), gy - 2, xOf(v), gy + groupH - 8);
        marker(layout, se.style.point, xOf(v), gy - 2, se.style.color);
        continue;
      }
      const fill = se.id === 'current' ? rgb(se.style.color) : tint(rgb(se.style.color), 0.55);
      if (v !== null && v > 0) {
        doc.setFillColor(...fill);
        seriesPen(layout, se.style);
        doc.setLineWidth(0.6);
        doc.rect(xOf(0), by, xOf(v) - xOf(0), barH, 'FD');
      }
      layout.color(COLOR.ink);
      layout.label(
        v === null && !cat.scored ? data.notScoredLabel : formatPercent(v),
        xOf(v ?? 0) + 3,
        by + barH - 1,
        TEXT.chartTick.size,
      );
      by += barH + 2;
    }
  });
  doc.setLineDashPattern([], 0);
  layout.y = top + data.categories.length * groupH + 16;
  legend(layout, data);
}
