import { describe, expect, it } from 'vitest';
import { cycleName, pageTitle, subjectLabel } from '../../src/lib/domain/pageTitle';
import { linkForPlace, sectionForLink } from '../../src/lib/domain/workspaceNav';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { documentTitle } from '../../src/lib/state/pageTitle';
import { LIGHT_CHART_THEME, themeChart } from '../../src/components/charts/chartTheme';
import { radarConfig } from '../../src/components/charts/chartConfig';
import { OKABE_ITO, type ChartData } from '../../src/lib/report/chartSeries';

/** Issue 16, conventions: the tab title rule, the URL of the workspace's place, chart colours. */

const APP = 'Norms Implementation Checklist';

describe('tab title (domain/pageTitle.ts)', () => {
  it.each([
    [
      'screen, State and cycle, app',
      { screen: 'Workspace', subject: { stateName: 'Malaysia', cycle: '2026' } },
      `Workspace — Malaysia 2026 — ${APP}`,
    ],
    [
      'a title that already names the State does not repeat it',
      { screen: 'Dashboard', subject: { stateName: 'Thailand', cycle: 'Thailand 2025 review' } },
      `Dashboard — Thailand 2025 review — ${APP}`,
    ],
    [
      'a State alone (timeline)',
      { screen: 'Progress over time', subject: { stateName: 'Viet Nam', cycle: '' } },
      `Progress over time — Viet Nam — ${APP}`,
    ],
    ['no subject', { screen: 'Help', subject: null }, `Help — ${APP}`],
    ['the home screen: the app alone', { screen: '', subject: null }, APP],
    [
      'line breaks and runs of spaces in user text become one space',
      { screen: 'Workspace', subject: { stateName: 'Brunei  Darussalam', cycle: 'Cycle\n2' } },
      `Workspace — Brunei Darussalam Cycle 2 — ${APP}`,
    ],
  ])('%s', (_name, parts, expected) => {
    expect(pageTitle({ ...parts, app: APP })).toBe(expected);
  });

  it('names the cycle by its alias, else its title', () => {
    expect(cycleName({ alias: '2026', title: 'Self-assessment 2026' })).toBe('2026');
    expect(cycleName({ alias: ' ', title: 'Self-assessment 2026' })).toBe('Self-assessment 2026');
    expect(subjectLabel(null)).toBe('');
  });

  it('gives each route its screen name, and "Page not found" to an unknown address', () => {
    const subject = { stateName: 'Malaysia', cycle: '2026' };
    expect(documentTitle('assessment', subject)).toBe(`Workspace — Malaysia 2026 — ${APP}`);
    expect(documentTitle('report', subject)).toBe(`Gap report — Malaysia 2026 — ${APP}`);
    expect(documentTitle('help')).toBe(`Help — ${APP}`);
    expect(documentTitle('home')).toBe(APP);
    expect(documentTitle(undefined)).toBe(`Page not found — ${APP}`);
  });
});

describe('the workspace place in the URL (linkForPlace, the inverse of sectionForLink)', () => {
  it.each([
    [{ kind: 'norm', id: '13c' } as const, '13c-02', { norm: '13c', item: '13c-02' }],
    [{ kind: 'area', id: 'rap-2' } as const, '13a-01', { area: 'rap-2', item: '13a-01' }],
    [{ kind: 'norm', id: '13c' } as const, undefined, { norm: '13c' }],
    [{ kind: 'all', id: '' } as const, '13d-01', { item: '13d-01' }],
  ])('%o, action %s → %o', (section, item, link) => {
    expect(linkForPlace(section, item)).toEqual(link);
  });

  it('reads back to the same section and action', () => {
    const norm = bundledPack.norms[2]!;
    const action = bundledPack.actions.find((a) => a.normId === norm.id && !a.retired)!;
    const area = bundledPack.focusAreas[1]!;
    for (const section of [
      { kind: 'norm', id: norm.id } as const,
      { kind: 'area', id: area.id } as const,
    ]) {
      const back = sectionForLink(bundledPack, linkForPlace(section, action.id));
      expect(back).toEqual({ section, itemId: action.id });
    }
  });
});

describe('chart colours follow the page (themeChart)', () => {
  const data: ChartData = {
    categories: [{ key: '13a', label: '13(a)', title: 'A', scored: true }],
    series: [
      {
        id: 'current' as const,
        label: 'Now',
        values: [50],
        style: { ...LIGHT_STYLE(), color: OKABE_ITO.black, fill: 'rgba(0, 0, 0, 0.75)' },
      },
    ],
    notScoredLabel: 'not scored',
    min: 0,
    max: 100,
  };
  const dark = { text: '#e8ebf0', grid: 'rgb(255 255 255 / 0.2)', background: '#14171c' };

  it('sets text, grid and tick backdrops from the theme, and draws black series in the ink', () => {
    const config = radarConfig(data, { format: String });
    const themed = themeChart(config, dark);
    const r = themed.options?.scales?.['r'] as Record<string, Record<string, unknown>>;
    expect(r['ticks']).toMatchObject({ color: dark.text, backdropColor: dark.background });
    expect(r['grid']).toMatchObject({ color: dark.grid });
    expect(r['angleLines']).toMatchObject({ color: dark.grid });
    expect(r['pointLabels']).toMatchObject({ color: dark.text, font: { size: 13 } });
    expect(themed.options?.color).toBe(dark.text);
    expect(themed.options?.plugins?.legend?.labels?.color).toBe(dark.text);
    const set = themed.data.datasets[0]!;
    expect(set.borderColor).toBe(dark.text);
    expect(set.backgroundColor).toBe(dark.text);
    // The input is left as it was.
    expect(config.data.datasets[0]!.borderColor).toBe(OKABE_ITO.black);
    expect(config.options?.color).toBeUndefined();
  });

  it('keeps every other colour', () => {
    const blue = { ...data, series: [{ ...data.series[0]!, style: LIGHT_STYLE() }] };
    const themed = themeChart(radarConfig(blue, { format: String }), LIGHT_CHART_THEME);
    expect(themed.data.datasets[0]!.borderColor).toBe(OKABE_ITO.blue);
  });
});

function LIGHT_STYLE() {
  return {
    color: OKABE_ITO.blue as string,
    fill: 'rgba(0, 114, 178, 0.25)',
    dash: [],
    lineWidth: 2,
    point: 'circle' as const,
  };
}
