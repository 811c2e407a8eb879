import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import PacksView from '../../src/views/Packs/PacksView.svelte';
import { db } from '../../src/lib/storage/db';

const upgradeFile = readFileSync('tests/fixtures/packs/asean-nic-gge2015-example-upgrade.json', 'utf8');

function renderView() {
  return render(PacksView, { params: {}, query: new URLSearchParams() });
}

async function chooseAndInstall(name: string, text: string) {
  const user = userEvent.setup();
  await user.upload(
    screen.getByLabelText('Pack file (JSON)'),
    new File([text], name, { type: 'application/json' }),
  );
  await user.click(screen.getByRole('button', { name: 'Install pack' }));
}

describe('checklist packs screen', () => {
  beforeEach(async () => {
    await db.packs.clear();
  });

  it('lists the bundled pack', async () => {
    renderView();
    const table = await screen.findByRole('table', { name: 'Checklist packs on this device' });
    expect(await within(table).findByText('1.0.0')).toBeInTheDocument();
    expect(within(table).getByText('Shipped with the app')).toBeInTheDocument();
  });

  it('installs a valid pack file and lists it beside the bundled one', async () => {
    renderView();
    await chooseAndInstall('nic-1.1.0.json', upgradeFile);
    expect(await screen.findByText(/Installed “.*” version 1\.1\.0\./)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Checklist packs on this device' });
    expect(await within(table).findByText('1.1.0')).toBeInTheDocument();
    expect(await db.packs.get('asean-nic-gge2015@1.1.0')).toBeDefined();
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
    expect(alert).toHaveTextContent('national.json: version: must be a semantic version');
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
    const stored = await db.packs.get('asean-nic-gge2015@1.1.0');
    expect(stored?.pack.title).not.toBe('Changed title');
  });

  it('refuses a file that is not JSON', async () => {
    renderView();
    await chooseAndInstall('notes.json', 'this is not json');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'notes.json: (top level): is not valid JSON',
    );
    expect(await db.packs.count()).toBe(0);
  });
});
