/**
 * Tester A (keyboard): after "Check the file", after Import and after a refusal asking for a
 * passphrase, focus fell to <body>. Focus now moves to what the action put in place: the preview's
 * heading, the import's result, the refusal.
 */
import { screen, waitFor } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { encryptText } from '../../src/lib/io/crypto';
import { exchangeTables } from '../fixtures/seedDb';
import { checkFile, renderBackup } from './support/backupScreen';

const v1Text = readFileSync('tests/fixtures/exports/export-v1.json', 'utf8');

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
});

describe('focus after an import action', () => {
  it('moves to the preview heading after "Check the file", then to the result after Import', async () => {
    renderBackup();
    const user = await checkFile(v1Text);
    const heading = await screen.findByRole('heading', { name: 'What the import will do' });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.click(screen.getByRole('button', { name: /^Import/ }));
    await waitFor(() => expect(document.activeElement).toHaveRole('status'), { timeout: 5000 });
    expect(document.activeElement).toHaveTextContent(/Imported/);
  }, 20_000);

  it('moves to the refusal when a file asks for its passphrase', async () => {
    const text = JSON.stringify(await encryptText(v1Text, 'a long passphrase'));
    renderBackup();
    await checkFile(text, 'protected.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/protected with a passphrase/);
    await waitFor(() => expect(alert).toHaveFocus());
  }, 20_000);
});
