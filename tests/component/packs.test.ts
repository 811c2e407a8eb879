import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import PacksView from '../../src/views/Packs/PacksView.svelte';
import { db } from '../../src/lib/storage/db';

const upgradeFile = readFileSync(
  'tests/fixtures/packs/asean-nic-gge2015-example-upgrade.json',
  'utf8',
);

function renderView() {
  return render(PacksView, { params: {}, query: new URLSearchParams() });
}

/** The table's rows (header first) once `count` of them are shown (packs load asynchronously). */
async function rowsOf(count: number): Promise<HTMLElement[]> {
  const table = await screen.findByRole('table', { name: 'Checklist packs on this device' });
  await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(count));
  return within(table).getAllByRole('row');
}

async function chooseAndInstall(name: string, text: string) {
  const user = userEvent.setup();
  await user.upload(
    screen.getByLabelText('Choose a pack file to install (JSON)'),
    new File([text], name, { type: 'application/json' }),
  );
  await user.click(screen.getByRole('button', { name: 'Install pack' }));
}

describe('checklist packs screen', () => {
  beforeEach(async () => {
    await db.packs.clear();
  });

  it('lists the bundled packs with their status, the newest unofficial one as the default', async () => {
    renderView();
    // header + 1.1.0 and 1.0.0 of the unofficial pack + the official-text pack
    const rows = await rowsOf(4);
    expect(rows.filter((r) => within(r).queryByText('Shipped with the app'))).toHaveLength(3);
    const newest = rows[1]!;
    expect(within(newest).getAllByText('1.1.0').length).toBeGreaterThan(0);
    expect(within(newest).getByText('Default for new assessments')).toBeInTheDocument();
    expect(within(newest).getAllByText('Unofficial compilation').length).toBeGreaterThan(0);
    const clauses = rows[3]!;
    expect(within(clauses).getByText('un-gge2015-para13')).toBeInTheDocument();
    expect(within(clauses).getAllByText('Official').length).toBeGreaterThan(0);
  });

  it('shows each pack’s publisher, issuer, document, distribution and description', async () => {
    const user = userEvent.setup();
    renderView();
    const rows = await rowsOf(4);
    await user.click(within(rows[3]!).getByText(/clause by clause: official text only/));
    const info = rows[3]!;
    expect(within(info).getByText('Issuer')).toBeInTheDocument();
    expect(within(info).getByText(/^United Nations: report of the Group/)).toBeInTheDocument();
    expect(within(info).getByText(/^A\/70\/174, para\. 13 \(a\)–\(k\), /)).toBeInTheDocument();
    expect(within(info).getByText('Public')).toBeInTheDocument();
    expect(within(info).getByText(/^Official text only\./)).toBeInTheDocument();
    expect(
      within(rows[1]!).getByText(
        /the official NIC text was not available when this pack was compiled/,
      ),
    ).toBeInTheDocument();
  });

  it('installs a valid pack file and lists it beside the bundled one', async () => {
    renderView();
    await chooseAndInstall('nic-1.1.0.json', upgradeFile);
    expect(await screen.findByText(/Installed “.*” version 1\.1\.0-example\./)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Checklist packs on this device' });
    await waitFor(() =>
      expect(within(table).getAllByText('1.1.0-example').length).toBeGreaterThan(0),
    );
    // A format-1 file is stored upgraded, and says so: unofficial, restricted distribution.
    const stored = await db.packs.get('asean-nic-gge2015@1.1.0-example');
    expect(stored?.pack).toMatchObject({
      formatVersion: 2,
      status: 'unofficial',
      distribution: 'restricted',
    });
  });

  it('installing the same file twice changes nothing', async () => {
    renderView();
    await chooseAndInstall('nic-1.1.0.json', upgradeFile);
    await screen.findByText(/Installed “/);
    await chooseAndInstall('nic-1.1.0.json', upgradeFile);
    expect(await screen.findByText(/is already installed; nothing changed/)).toBeInTheDocument();
    expect(await db.packs.count()).toBe(1);
  });

  it('refuses an invalid pack with the schema message, and stores nothing', async () => {
    const pack = JSON.parse(upgradeFile) as { version: string };
    pack.version = 'v2';
    renderView();
    await chooseAndInstall('national.json', JSON.stringify(pack));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The pack was not installed. Nothing stored has changed.');
    expect(alert).toHaveTextContent('national.json: version must be a semantic version');
    expect(await db.packs.count()).toBe(0);
  });

  it('refuses a different pack under an installed id and version', async () => {
    renderView();
    await chooseAndInstall('nic-1.1.0.json', upgradeFile);
    await screen.findByText(/Installed “/);
    const changed = JSON.parse(upgradeFile) as { title: string };
    changed.title = 'Changed title';
    await chooseAndInstall('nic-1.1.0-changed.json', JSON.stringify(changed));
    expect(await screen.findByRole('alert')).toHaveTextContent(/already installed/);
    const stored = await db.packs.get('asean-nic-gge2015@1.1.0-example');
    expect(stored?.pack.title).not.toBe('Changed title');
  });

  it('refuses a file that is not JSON', async () => {
    renderView();
    await chooseAndInstall('notes.json', 'this is not json');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'notes.json: the file is damaged or not a file of this app (its text is not valid JSON)',
    );
    expect(await db.packs.count()).toBe(0);
  });
});
