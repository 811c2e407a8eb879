/**
 * chart.js is loaded only when a chart is first drawn (never a static import), so that the first
 * screen carries none of it. The modules the charts need are registered once.
 */
import type { Chart as ChartType } from 'chart.js';

let loading: Promise<typeof ChartType> | undefined;

export function loadChartJs(): Promise<typeof ChartType> {
  loading ??= import('chart.js').then(
    ({
      Chart,
      RadarController,
      BarController,
      LineController,
      RadialLinearScale,
      CategoryScale,
      LinearScale,
      PointElement,
      LineElement,
      BarElement,
      Filler,
      Tooltip,
      Legend,
    }) => {
      Chart.register(
        RadarController,
        BarController,
        LineController,
        RadialLinearScale,
        CategoryScale,
        LinearScale,
        PointElement,
        LineElement,
        BarElement,
        Filler,
        Tooltip,
        Legend,
      );
      return Chart;
    },
  );
  return loading;
}

/**
 * Whether this browser can draw on a canvas. jsdom (component tests) and some locked-down browsers
 * cannot: the charts then show only their tables, which carry the same figures.
 */
export function canvasSupported(canvas: HTMLCanvasElement): boolean {
  try {
    return typeof canvas.getContext === 'function' && canvas.getContext('2d') !== null;
  } catch {
    return false;
  }
}
