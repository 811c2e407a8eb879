/**
 * Tester A (keyboard): after "Check the file", after Import and after a refusal asking for a
 * passphrase, focus fell to <body>. Focus now moves to what the action put in place: the preview's
 * heading, the import's result, the refusal.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import BackupView from '../../src/views/Backup/BackupView.svelte';
import { encryptText } from '../../src/lib/io/crypto';
import { exchangeTables } from '../fixtures/seedDb';

const v1Text = readFileSync('tests/fixtures/exports/export-v1.json', 'utf8');

async function checkFile(text: string, name = 'in.json') {
  const user = userEvent.setup();
  await user.upload(
    screen.getByLabelText(/^Choose files to import/),
    new File([text], name, { type: 'application/json' }),
  );
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
  return user;
}

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
});

describe('focus after an import action', () => {
  it('moves to the preview heading after "Check the file", then to the result after Import', async () => {
    render(BackupView, { params: {}, query: new URLSearchParams() });
    const user = await checkFile(v1Text);
    const heading = await screen.findByRole('heading', { name: 'What the import will do' });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.click(screen.getByRole('button', { name: /^Import/ }));
    await waitFor(() => expect(document.activeElement).toHaveRole('status'), { timeout: 5000 });
    expect(document.activeElement).toHaveTextContent(/Imported/);
  }, 20_000);

  it('moves to the refusal when a file asks for its passphrase', async () => {
    const text = JSON.stringify(await encryptText(v1Text, 'a long passphrase'));
    render(BackupView, { params: {}, query: new URLSearchParams() });
    await checkFile(text, 'protected.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/protected with a passphrase/);
    await waitFor(() => expect(alert).toHaveFocus());
  }, 20_000);
});
