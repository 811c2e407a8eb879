import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import BackupView from '../../src/views/Backup/BackupView.svelte';
import { db } from '../../src/lib/storage/db';
import { buildExportBody, sealExport } from '../../src/lib/domain/exchange';
import { encryptText } from '../../src/lib/io/crypto';
import { TEST_ASSESSMENT_ID, makeAnswer } from '../fixtures/factories/answers';
import {
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
  makeExportSource,
} from '../fixtures/factories/exports';
import { exchangeTables, seedExportSource } from '../fixtures/seedDb';

const v1Text = readFileSync('tests/fixtures/exports/export-v1.json', 'utf8');

const dump = () => Promise.all(exchangeTables().map((t) => t.toArray()));

/** Downloads end in an object URL: keep the Blob so the test can read what was saved. */
let downloads: { name: string; blob: Blob }[] = [];

function renderView() {
  return render(BackupView, { params: {}, query: new URLSearchParams() });
}

async function upload(text: string, name = 'in.json') {
  const user = userEvent.setup();
  await user.upload(
    screen.getByLabelText('Export file (JSON)'),
    new File([text], name, { type: 'application/json' }),
  );
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
  return user;
}

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
  downloads = [];
  let pending: Blob | undefined;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    pending = blob;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (pending) downloads.push({ name: this.download, blob: pending });
  });
});
afterEach(() => vi.restoreAllMocks());

describe('backup screen', () => {
  it('exports a full backup as a file and records it as the last backup', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-02-01T10:00:00.000Z'));
    await seedExportSource();
    renderView();
    expect(await screen.findByText(/No full backup has been made/)).toBeInTheDocument();
    expect(screen.getByText(/4 changes since the last full backup/)).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(/Export a full backup/);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(
      await screen.findByText(
        'Saved nic-backup-2026-02-01.json. This is now the last full backup.',
      ),
    ).toBeInTheDocument();
    expect(downloads.map((d) => d.name)).toEqual(['nic-backup-2026-02-01.json']);
    const saved = JSON.parse(await downloads[0]!.blob.text()) as {
      kind: string;
      answers: unknown[];
    };
    expect(saved.kind).toBe('backup');
    expect(saved.answers).toHaveLength(2);
    expect((await db.meta.get('lastBackupAt'))?.value).toBe('2026-02-01T10:00:00.000Z');
    expect(await screen.findByText(/Nothing has changed since/)).toBeInTheDocument();
    vi.useRealTimers();
  });

  it('refuses a file that is not JSON, says why, and changes nothing', async () => {
    await seedExportSource();
    const before = await dump();
    renderView();
    await upload('not json at all', 'notes.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file was not imported. Nothing stored has changed.');
    expect(alert).toHaveTextContent('notes.json: is not JSON');
    expect(await dump()).toEqual(before);
  });

  it('adds a new assessment after showing what will change', async () => {
    renderView();
    const user = await upload(v1Text);
    const counts = await screen.findByRole('table', {
      name: 'Records added, changed and unchanged',
    });
    const answersRow = within(counts).getByRole('row', { name: /^Answers/ });
    expect(
      within(answersRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '0', '0']);
    expect(screen.getByText(/will be installed with the import/)).toBeInTheDocument();
    expect(await db.assessments.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported\./)).toBeInTheDocument();
    expect(await db.answers.count()).toBe(2);
    expect(await db.packs.get('test-pack@1.0.0')).toBeDefined();
  });

  it('asks before touching a stored assessment, then imports a copy', async () => {
    await seedExportSource();
    renderView();
    const user = await upload(v1Text);
    const group = await screen.findByRole('group', { name: 'Test assessment (2026)' });
    expect(within(group).getByText(/already on this device/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.click(within(group).getByRole('radio', { name: /Import as a copy/ }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported\./)).toBeInTheDocument();
    const titles = (await db.assessments.toArray()).map((a) => a.title).sort();
    expect(titles).toEqual(['Test assessment', 'Test assessment (imported copy)']);
  });

  it('shows a conflict side by side with who answered, and keeps the loser in history', async () => {
    await seedExportSource();
    const source = makeExportSource();
    const incoming = makeAnswer({
      itemId: '13a-01',
      status: 'fully',
      notes: 'Law in force',
      rev: 1,
      updatedAt: '2026-02-20T00:00:00.000Z',
      updatedBy: 'Ministry of Justice',
    });
    const part = await sealExport({
      ...buildExportBody(
        { ...source, answers: [incoming], normAnswers: [], history: [] },
        {
          kind: 'part',
          appVersion: TEST_APP_VERSION,
          exportedAt: TEST_EXPORTED_AT,
          shareable: false,
          part: { agency: 'Ministry of Justice', normIds: ['13a'] },
        },
      ),
    });
    renderView();
    const user = await upload(JSON.stringify(part));
    expect(
      await screen.findByText(/Part filled by Ministry of Justice, covering norms 13a/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Merge into the stored assessment/ }));
    const conflict = await screen.findByRole('group', {
      name: /^13a-01: Take part in regional fora/,
    });
    expect(conflict).toHaveTextContent('Ministerial approval pending');
    expect(conflict).toHaveTextContent('Aung');
    expect(conflict).toHaveTextContent('Law in force');
    expect(conflict).toHaveTextContent('Ministry of Justice');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.click(
      within(conflict).getByRole('radio', { name: 'Take the answer from the file' }),
    );
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported\./)).toBeInTheDocument();
    expect(await db.answers.get([TEST_ASSESSMENT_ID, '13a-01'])).toMatchObject({
      status: 'fully',
      notes: 'Law in force',
    });
    const merge = await db.history.filter((h) => h.cause === 'merge').first();
    expect(merge?.before).toMatchObject({ notes: 'Ministerial approval pending' });
  });

  it('asks for the passphrase of a protected file and reports a wrong one', async () => {
    const text = JSON.stringify(await encryptText(v1Text, 'a long passphrase'));
    renderView();
    const user = await upload(text, 'protected.json');
    expect(await screen.findByRole('alert')).toHaveTextContent(/protected with a passphrase/);
    await user.type(screen.getByLabelText('Passphrase of the file'), 'wrong guess!');
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(
      await screen.findByText(/wrong passphrase, or the file was altered/),
    ).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Passphrase of the file'));
    await user.type(screen.getByLabelText('Passphrase of the file'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(
      await screen.findByText('Decrypted with the passphrase.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    // Three PBKDF2 derivations of 600,000 iterations on a shared CI core.
  }, 20_000);
});
