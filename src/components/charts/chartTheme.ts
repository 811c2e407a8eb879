/**
 * Chart colours from the page's CSS custom properties (src/app.css), so that charts follow the
 * light or dark colour scheme like the rest of the page. chart.js draws on a canvas and knows
 * nothing of CSS: its text, grid and tick backdrops are set here, and a series drawn in black (the
 * Okabe–Ito black of the regional chart) is drawn in the page's ink instead, so that it stays
 * visible on a dark background. No chart.js import.
 */
/** What themeChart reads of a chart.js configuration (any chart type). */
interface ThemeableConfig {
  type?: string;
  data: { datasets: readonly object[] };
  options?: object;
}

export interface ChartTheme {
  /** Axis labels, ticks and legend text (`--c-ink`). */
  text: string;
  /** Grid and angle lines (`--c-grid`). */
  grid: string;
  /** Behind tick labels of the radar (`--c-bg`); chart.js would draw white boxes. */
  background: string;
}

/** The light scheme's values: used where CSS cannot be read (no element, no custom property). */
export const LIGHT_CHART_THEME: ChartTheme = {
  text: '#1b1f24',
  grid: 'rgb(0 0 0 / 0.15)',
  background: '#ffffff',
};

/** Reads the chart colours from the custom properties that apply to `el`. */
export function readChartTheme(el: Element): ChartTheme {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  const read = (name: string, fallback: string) => style?.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--c-ink', LIGHT_CHART_THEME.text),
    grid: read('--c-grid', LIGHT_CHART_THEME.grid),
    background: read('--c-bg', LIGHT_CHART_THEME.background),
  };
}

const BLACK = /^(#000000|#000|black|rgba?\(\s*0\s*,\s*0\s*,\s*0\s*(,\s*[\d.]+\s*)?\))$/i;

/** A colour with black replaced by the theme's text colour (keeping nothing else of it). */
const inked = (colour: unknown, theme: ChartTheme): unknown =>
  typeof colour === 'string' && BLACK.test(colour.trim()) ? theme.text : colour;

type AnyScale = {
  ticks?: Record<string, unknown>;
  grid?: Record<string, unknown>;
  angleLines?: Record<string, unknown>;
  pointLabels?: Record<string, unknown>;
};

/**
 * The same configuration with the theme's colours: default text, every scale's ticks, grid, angle
 * lines and point labels, the legend, and black series. Returns a new object; `config` is not
 * changed. Pure (tested as data).
 */
export function themeChart<C extends ThemeableConfig>(config: C, theme: ChartTheme): C {
  const options = (config.options ?? {}) as Record<string, unknown> & {
    scales?: Record<string, AnyScale>;
    plugins?: Record<string, Record<string, unknown>>;
  };
  // The axes a chart draws even when its options leave them out (the bar chart configures only y):
  // an axis not themed keeps chart.js's grey, dim on a dark background.
  const drawn: Record<string, AnyScale> =
    config.type === 'bar' || config.type === 'line' ? { x: {}, y: {} } : {};
  const scales = Object.fromEntries(
    Object.entries({ ...drawn, ...options.scales }).map(([id, scale]) => [
      id,
      {
        ...scale,
        ticks: { ...scale.ticks, color: theme.text, backdropColor: theme.background },
        grid: { ...scale.grid, color: theme.grid },
        angleLines: { ...scale.angleLines, color: theme.grid },
        pointLabels: { ...scale.pointLabels, color: theme.text },
      },
    ]),
  );
  const legend = options.plugins?.['legend'] ?? {};
  const datasets = config.data.datasets.map((d) => {
    const set: Record<string, unknown> = { ...d };
    // Only the colours a dataset sets: an unset one keeps chart.js's default.
    for (const key of [
      'borderColor',
      'backgroundColor',
      'pointBackgroundColor',
      'pointBorderColor',
    ])
      if (key in set) set[key] = inked(set[key], theme);
    return set;
  });
  return {
    ...config,
    data: { ...config.data, datasets },
    options: {
      ...options,
      color: theme.text,
      borderColor: theme.grid,
      scales,
      plugins: {
        ...options.plugins,
        legend: {
          ...legend,
          labels: { ...(legend['labels'] as object | undefined), color: theme.text },
        },
      },
    },
  };
}

/**
 * Calls `redraw` when the system switches between light and dark; returns the function that stops
 * listening. Nothing happens where the browser cannot tell (no matchMedia).
 */
export function onColorSchemeChange(redraw: () => void): () => void {
  const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  query?.addEventListener('change', redraw);
  return () => query?.removeEventListener('change', redraw);
}
