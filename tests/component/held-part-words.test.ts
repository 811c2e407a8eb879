import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import BackupView from '../../src/views/Backup/BackupView.svelte';
import type { PartScope } from '../../src/lib/schema/exportFile';
import { sealedPart } from '../fixtures/factories/exports';
import { exchangeTables } from '../fixtures/seedDb';

/**
 * Session 6, coordreturn items 3 and 4 (tester), on the agency's device: its first import of the
 * part it was sent said "New on this device" without saying it is held as an agency part; and
 * "Who has answered" then said "There is no assessment on this device yet." beside that part.
 */

const MOFA: PartScope = { agency: 'Ministry of Foreign Affairs', normIds: ['13a'] };

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
});

describe("the agency's device and the part it was sent (coordreturn items 3, 4)", () => {
  it('the preview says the part is held here as the agency part; Who has answered says whose part it is', async () => {
    const text = JSON.stringify(await sealedPart(MOFA, { partDirection: 'sent' }));
    render(BackupView, { params: {}, query: new URLSearchParams() });
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText(/^Choose files to import/),
      new File([text], 'sent.json', { type: 'application/json' }),
    );
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const file = await screen.findByRole('region', { name: 'File: sent.json' });
    expect(
      within(file).getByText(
        /^New on this device\. Held on this device as the part of Ministry of Foreign Affairs for “Test assessment \(2026\)” \(Singapore\)/,
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/^Imported\./);
    const who = await screen.findByRole('region', { name: 'Who has answered' });
    expect(
      await within(who).findByText(
        'This device holds the part of Ministry of Foreign Affairs for “Test assessment (2026)” (Singapore), sent by the coordinator at Cyber Security Agency. Who has answered is followed on the coordinator’s device.',
      ),
    ).toBeInTheDocument();
    expect(within(who).queryByText(/There is no assessment on this device yet/)).toBeNull();
  }, 30_000);
});
