/**
 * chart.js is loaded only when a chart is first drawn (never a static import), so that the first
 * screen carries none of it. The modules the charts need are registered once.
 */
import type { Chart as ChartType } from 'chart.js';
import { onColorSchemeChange, readChartTheme, themeChart } from './chartTheme';
import type { Attachment } from 'svelte/attachments';

let loading: Promise<typeof ChartType> | undefined;

/** chart.js with the controllers and elements the charts use registered, loaded once (lazily). */
export function loadChartJs(): Promise<typeof ChartType> {
  loading ??= import('chart.js').then((m) => {
    m.Chart.register(
      m.RadarController,
      m.BarController,
      m.LineController,
      m.RadialLinearScale,
      m.CategoryScale,
      m.LinearScale,
      m.PointElement,
      m.LineElement,
      m.BarElement,
      m.Filler,
      m.Tooltip,
      m.Legend,
    );
    return m.Chart;
  });
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

/**
 * An attachment (`<canvas {@attach drawChart(config, onFailed)}>`) that draws a chart.js chart on
 * its canvas, loading chart.js first, and destroys it when the canvas goes or the config changes
 * (Svelte runs the attachment again). The one place where the charts touch the outside world.
 * `onFailed` is told when chart.js cannot be loaded (offline without the chunk cached): the tables
 * beside the charts still hold every figure. Nothing is drawn where canvas is not supported.
 */
export function drawChart<C extends ConstructorParameters<typeof ChartType>[1]>(
  config: C,
  onFailed: (error: unknown) => void,
): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    if (!canvasSupported(canvas)) return;
    let chart: Pick<ChartType, 'destroy'> | undefined;
    let gone = false;
    // Colours from the page's CSS custom properties (light or dark), read at each draw; drawn
    // again when the system switches between light and dark.
    const draw = () =>
      loadChartJs()
        .then((ChartJs) => {
          if (gone) return;
          chart?.destroy();
          chart = new ChartJs(canvas, themeChart(config, readChartTheme(canvas)));
        })
        .catch(onFailed);
    void draw();
    const stopFollowing = onColorSchemeChange(() => void draw());
    return () => {
      gone = true;
      stopFollowing();
      chart?.destroy();
    };
  };
}
