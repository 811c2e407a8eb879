/**
 * The chart.js configuration of the timeline line chart, built from plain series
 * (lib/report/comparisonSection.ts `timelineChartData`). Only types come from chart.js here.
 */
import type { ChartConfiguration } from 'chart.js';
import type { TimelineChartData } from '../../lib/report/comparisonSection';
import { percentAxis, STILL_CHART } from '../charts/chartConfig';

export function timelineLineConfig(
  data: TimelineChartData,
  format: (value: number | null) => string,
): ChartConfiguration<'line', (number | null)[], string> {
  return {
    type: 'line',
    data: {
      // Copies: chart.js instruments the arrays it is given, which must not be the caller's (they
      // may be Svelte state proxies, which refuse it).
      labels: [...data.labels],
      datasets: data.lines.map((line) => ({
        label: line.label,
        data: [...line.values],
        borderColor: line.style.color,
        backgroundColor: line.style.color,
        borderDash: line.style.dash,
        borderWidth: line.style.lineWidth,
        pointStyle: line.style.point,
        pointRadius: line.id === 'overall' ? 5 : 3,
        // A cycle without a figure for a norm leaves a gap rather than a made-up line.
        spanGaps: false,
        fill: false,
      })),
    },
    options: {
      ...STILL_CHART,
      scales: { y: percentAxis(data, format) },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${format(typeof item.raw === 'number' ? item.raw : null)}`,
          },
        },
      },
    },
  };
}
