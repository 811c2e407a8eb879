/**
 * Turns plain chart series (lib/report/chartSeries.ts) into chart.js configurations. Only types come
 * from chart.js here; the library itself is loaded lazily by loadChartJs.
 */
import type { ChartConfiguration, ChartEvent, ActiveElement, Chart } from 'chart.js';
import type { ChartData, ChartSeries } from '../../lib/report/chartSeries';

export interface ChartHooks {
  /** Formats a value (0–100) for ticks and tooltips. */
  format: (value: number | null) => string;
  /** Called with the category key (norm or focus area id) when a point or bar is clicked. */
  onSelect?: (key: string) => void;
}

type Values = (number | null)[];

function clickHandler(data: ChartData, hooks: ChartHooks) {
  return (_event: ChartEvent, elements: ActiveElement[], _chart: Chart) => {
    const first = elements[0];
    if (!first || !hooks.onSelect) return;
    const category = data.categories[first.index];
    if (category) hooks.onSelect(category.key);
  };
}

function tooltip(data: ChartData, hooks: ChartHooks) {
  return {
    callbacks: {
      title: (items: { dataIndex: number }[]) => {
        const c = data.categories[items[0]?.dataIndex ?? -1];
        return c ? `${c.label} ${c.title}` : '';
      },
      label: (item: { dataset: { label?: string }; raw: unknown; dataIndex: number }) =>
        `${item.dataset.label ?? ''}: ${
          typeof item.raw === 'number'
            ? hooks.format(item.raw)
            : data.categories[item.dataIndex]?.scored === false
              ? data.notScoredLabel
              : hooks.format(null)
        }`,
    },
  };
}

const legend = {
  position: 'bottom' as const,
  // In the order of the series (chart.js would sort by drawing order).
  labels: {
    usePointStyle: true,
    sort: (a: { datasetIndex?: number }, b: { datasetIndex?: number }) =>
      (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
  },
};

/**
 * Axis labels: a category without a score says so under its label ("13(c)", "(not scored)"), so
 * that the gap in the line is never read as zero.
 */
export function categoryLabels(data: ChartData): (string | string[])[] {
  return data.categories.map((c) => (c.scored ? c.label : [c.label, `(${data.notScoredLabel})`]));
}

function lineDataset(s: ChartSeries, fill: boolean) {
  return {
    label: s.label,
    data: s.values,
    // A null (no score) is a gap in the line, never a point at 0 (chart.js would otherwise join
    // the neighbours, or a caller's `?? 0` would draw a notch to the centre).
    spanGaps: false,
    borderColor: s.style.color,
    backgroundColor: s.style.fill,
    borderDash: s.style.dash,
    borderWidth: s.style.lineWidth,
    pointStyle: s.style.point,
    pointBackgroundColor: s.style.color,
    pointBorderColor: s.style.color,
    pointRadius: 4,
    pointHoverRadius: 6,
    fill,
  };
}

/**
 * The value axis of every score chart: `min`–`max` (per cent, 0–100) in steps of 20, the maturity
 * band thresholds, its ticks written by `format` (the app's one percent formatter).
 */
export function percentAxis(
  range: { min: number; max: number },
  format: (value: number) => string,
) {
  return {
    min: range.min,
    max: range.max,
    ticks: { stepSize: 20, callback: (v: number | string) => format(Number(v)) },
  };
}

/** Every chart is drawn at once (no animation: reduced motion, stable screenshots), sized to its box. */
export const STILL_CHART = {
  animation: false,
  responsive: true,
  maintainAspectRatio: true,
} as const;

/** Options of the score charts (radar and bars) besides their scales. */
function scoreChartOptions(data: ChartData, hooks: ChartHooks) {
  return {
    ...STILL_CHART,
    // A click or hover anywhere near a category picks the whole category: every series' value.
    interaction: { mode: 'index' as const, intersect: false },
    plugins: { legend, tooltip: tooltip(data, hooks) },
    onClick: clickHandler(data, hooks),
  };
}

/** A radar of the norms: one closed line per series, the current one filled. */
export function radarConfig(
  data: ChartData,
  hooks: ChartHooks,
): ChartConfiguration<'radar', Values, string | string[]> {
  const axis = percentAxis(data, hooks.format);
  return {
    type: 'radar',
    data: {
      labels: categoryLabels(data),
      // The current cycle is filled, unless it has a gap: chart.js fills a gap down to the centre,
      // which would draw "not scored" as 0 % (the PDF's radar draws no fill at all).
      datasets: data.series.map((s) =>
        lineDataset(s, s.id === 'current' && s.values.every((v) => v !== null)),
      ),
    },
    options: {
      ...scoreChartOptions(data, hooks),
      scales: {
        r: {
          ...axis,
          // Ticks (with their backdrops) drawn over the series (z > 0): the "100%" label stays
          // readable where the target line runs along the outer ring, in either colour scheme.
          ticks: { ...axis.ticks, z: 1 },
          pointLabels: { font: { size: 13, weight: 'bold' } },
        },
      },
    },
  };
}

/**
 * Bars by focus area. The target is drawn as a short horizontal mark on each bar group rather than
 * as another bar, so it reads as a goal, in colour and in greyscale.
 */
export function barConfig(
  data: ChartData,
  hooks: ChartHooks,
): ChartConfiguration<'bar' | 'line', Values, string | string[]> {
  const datasets = data.series.map((s) =>
    s.id === 'target'
      ? {
          ...lineDataset(s, false),
          type: 'line' as const,
          showLine: false,
          pointStyle: 'line' as const,
          pointRadius: 18,
          pointHoverRadius: 20,
          borderWidth: 3,
          // Drawn over the bars, and not cut in half at 100 %.
          order: 0,
          clip: false as const,
        }
      : {
          type: 'bar' as const,
          label: s.label,
          data: s.values,
          // The current cycle is solid; an earlier cycle is a light fill with a strong outline.
          backgroundColor: s.id === 'current' ? s.style.color : s.style.fill,
          borderColor: s.style.color,
          borderWidth: s.id === 'current' ? 0 : 2,
          order: 1,
        },
  );
  return {
    type: 'bar',
    data: { labels: categoryLabels(data), datasets },
    options: {
      ...scoreChartOptions(data, hooks),
      scales: { y: percentAxis(data, hooks.format) },
    },
  };
}
