import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import PacksView from '../../src/views/Packs/PacksView.svelte';
import AssessmentSetupView from '../../src/views/AssessmentSetup/AssessmentSetupView.svelte';
import { installPackFile } from '../../src/lib/storage/packs';

/**
 * langpacks item 4: a pack file copied from the bundled official pack with its version changed to
 * 9.9.9 installed under the official pack's id and looked official everywhere. Only the versions
 * the app ships are reviewed; any other version of that id says "Not reviewed" wherever a pack is
 * shown (the Packs screen's list and its details, the install message, the setup form's choice).
 */
configure({ asyncUtilTimeout: 4000 });

useFreshDatabase();

const OFFICIAL_FILE = 'checklist-data/un-gge2015-para13.json';
const official = JSON.parse(readFileSync(OFFICIAL_FILE, 'utf8')) as { id: string; title: string };
const copy999 = JSON.stringify({ ...official, version: '9.9.9' });

describe('an unknown version of the official pack id is not reviewed', () => {
  it('installs with the unreviewed warning and is listed as not reviewed, the bundled ones not', async () => {
    const user = userEvent.setup();
    render(PacksView, { params: {}, query: new URLSearchParams() });
    const table = await screen.findByRole('table', { name: 'Checklist packs on this device' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(within(table).queryByText('Not reviewed')).not.toBeInTheDocument();

    await user.upload(
      screen.getByLabelText('Choose a pack file to install (JSON)'),
      new File([copy999], 'un-gge2015-para13-9.9.9.json', { type: 'application/json' }),
    );
    await user.click(screen.getByRole('button', { name: 'Install pack' }));
    expect(
      await screen.findByText(/version 9\.9\.9\. Not reviewed: the app does not ship this version/),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(5));
    const row = within(table)
      .getAllByRole('row')
      .find((r) => within(r).queryAllByText('9.9.9').length > 0)!;
    // The status the file claims is still shown, with the warning beside it.
    expect(within(row).getAllByText('Official').length).toBeGreaterThan(0);
    expect(within(row).getAllByText('Not reviewed').length).toBeGreaterThan(0);
    expect(
      within(row).getByText(
        /^Not reviewed: installed from a file, not a pack version the app ships/,
      ),
    ).toBeInTheDocument();
    // The bundled official pack (1.0.0, same id) stays reviewed.
    const bundled = within(table)
      .getAllByRole('row')
      .filter(
        (r) => within(r).queryByText(official.id) && within(r).queryAllByText('9.9.9').length === 0,
      );
    expect(bundled).toHaveLength(1);
    expect(within(bundled[0]!).queryByText('Not reviewed')).not.toBeInTheDocument();
  });

  it('is offered as not reviewed in the new-assessment form, with the warning when chosen', async () => {
    const installed = await installPackFile('copy.json', copy999);
    expect(installed.ok).toBe(true);
    const user = userEvent.setup();
    render(AssessmentSetupView, { params: {}, query: new URLSearchParams({ state: 'SG' }) });
    const select = await screen.findByRole('combobox', { name: /Checklist pack/ });
    const option = await within(select).findByRole('option', { name: /9\.9\.9/ });
    expect(option).toHaveTextContent(`${official.title} (version 9.9.9, not reviewed)`);
    const others = within(select)
      .getAllByRole('option')
      .filter((o) => o !== option);
    expect(others.length).toBeGreaterThanOrEqual(3);
    for (const bundled of others) expect(bundled).not.toHaveTextContent(/not reviewed/);
    await user.selectOptions(select, option);
    expect(
      await screen.findByText(
        /^Not reviewed: installed from a file, not a pack version the app ships/,
      ),
    ).toBeInTheDocument();
  });
});
