import { describe, expect, it } from 'vitest';
import { themeChart } from '../../src/components/charts/chartTheme';
import { barConfig, radarConfig } from '../../src/components/charts/chartConfig';
import { OKABE_ITO, type ChartData } from '../../src/lib/report/chartSeries';

/**
 * Issue 16 leftovers, dark mode: the RAP bar chart's x-axis labels were chart.js's grey (dim on
 * the dark background: the bar configuration names only its y axis, so themeChart never reached
 * x), and the radar's "100%" tick was drawn under the target line. Tested as data.
 */
const dark = { text: '#e8ebf0', grid: 'rgb(255 255 255 / 0.2)', background: '#14171c' };
const style = (color: string) => ({
  color,
  fill: 'rgba(0, 114, 178, 0.25)',
  dash: [],
  lineWidth: 2,
  point: 'circle' as const,
});
const data: ChartData = {
  categories: [
    { key: 'rap-1', label: 'RAP 1', title: 'Focus area 1', scored: true },
    { key: 'rap-2', label: 'RAP 2', title: 'Focus area 2', scored: true },
  ],
  series: [
    { id: 'current' as const, label: 'Now', values: [40, 70], style: style(OKABE_ITO.blue) },
    { id: 'target' as const, label: 'Target', values: [100, 100], style: style(OKABE_ITO.black) },
  ],
  notScoredLabel: 'not scored',
  min: 0,
  max: 100,
};
type Scale = Record<string, Record<string, unknown>>;

describe('dark mode chart colours', () => {
  it('themes both axes of the bar chart, the category labels too', () => {
    const themed = themeChart(barConfig(data, { format: String }), dark);
    const scales = themed.options?.scales as Record<string, Scale>;
    expect(scales['x']?.['ticks']).toMatchObject({ color: dark.text });
    expect(scales['x']?.['grid']).toMatchObject({ color: dark.grid });
    expect(scales['y']?.['ticks']).toMatchObject({ color: dark.text, stepSize: 20 });
  });

  it('draws the radar ticks over the series, so "100%" is not under the target line', () => {
    const themed = themeChart(radarConfig(data, { format: (v) => `${v}%` }), dark);
    const r = (themed.options?.scales as Record<string, Scale>)['r']!;
    expect(r['ticks']).toMatchObject({ z: 1, color: dark.text, backdropColor: dark.background });
    expect((r['ticks']!['callback'] as (v: number) => string)(100)).toBe('100%');
  });
});
