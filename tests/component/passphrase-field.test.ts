import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import PassphraseField from '../../src/views/Backup/PassphraseField.svelte';

/**
 * The Backup screen's passphrase fields (export: choose and repeat; import: the file's) are one
 * component (issue 17, duplicates D8): hidden as typed, labelled, with the hint tied to the field.
 */
describe('PassphraseField', () => {
  it('a new passphrase: hidden, labelled, described by its hint, offered by the browser', async () => {
    render(PassphraseField, { id: 'p', label: 'Passphrase', hint: 'At least 12', fresh: true });
    const field = screen.getByLabelText('Passphrase');
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveAttribute('autocomplete', 'new-password');
    expect(field).toHaveAccessibleDescription('At least 12');
    await userEvent.setup().type(field, 'secret');
    expect(field).toHaveValue('secret');
  });

  it('the passphrase of a file: hidden, never filled in by the browser, no hint', () => {
    render(PassphraseField, { id: 'q', label: 'Passphrase of the file' });
    const field = screen.getByLabelText('Passphrase of the file');
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(field).not.toHaveAttribute('aria-describedby');
  });
});
