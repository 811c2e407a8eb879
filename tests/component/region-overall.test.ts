/**
 * Session 6, fixlayout item 3: the regional screen shows the overall score (the mean of the norms)
 * as the last row of the norm table, as the CSV and the PDF do (tests/unit/region-layout.test.ts),
 * not under the focus-area table.
 */
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n';
import RegionView from '../../src/views/Region/RegionView.svelte';

const WHOLE = 'region-shareable-th-2025.json';
const caseFile = (name: string) =>
  new File([readFileSync(`../shared/cases/${name}`)], name, { type: 'application/json' });

describe('the regional screen', () => {
  it('puts the overall score under the norms, not under the focus areas', async () => {
    const user = userEvent.setup();
    render(RegionView, { props: { params: {}, query: new URLSearchParams() } });
    await user.upload(screen.getByLabelText(t.compare.filesLabel), [caseFile(WHOLE)]);
    await user.click(screen.getByRole('button', { name: t.compare.loadButton }));

    const norms = await screen.findByRole('table', { name: t.compare.regionChartCaption });
    const normHeads = within(norms)
      .getAllByRole('rowheader')
      .map((h) => h.textContent?.trim());
    expect(normHeads.at(-1)).toBe(t.compare.overall);
    expect(normHeads.slice(0, -1).every((h) => h?.startsWith('Norm'))).toBe(true);
    const areas = screen.getByRole('table', { name: t.compare.regionAreas });
    const areaHeads = within(areas)
      .getAllByRole('rowheader')
      .map((h) => h.textContent?.trim());
    expect(areaHeads.length).toBeGreaterThan(0);
    expect(areaHeads).not.toContain(t.compare.overall);
  });
});
