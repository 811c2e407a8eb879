import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import WhoHasAnswered from '../../src/views/Backup/WhoHasAnswered.svelte';
import { formatInstant } from '../../src/lib/i18n';
import { loadBackupLists, wholeCyclesOf } from '../../src/lib/state/backupScreen.svelte';
import { getCoordination } from '../../src/lib/storage/coordination';
import type { PartScope } from '../../src/lib/schema/exportFile';
import {
  agencyReturns,
  coordinatorAssessment,
  exportPart,
  importOn,
  useDevices,
} from './support/twoDevices';

/**
 * Session 7, coord item 1 (a tester playing a coordinator with three agency laptops): "Who has
 * answered" kept only the latest send of a part, so Foreign Affairs' part, sent, returned and sent
 * again, read "Part sent 11:xx … Parts back 10:xx": returned before it was sent. The Status column
 * says where each part stands, from its whole record of sends and returns.
 */

const COORD = 'Somchai (coord)';
const FA = 'Foreign Affairs';
const POLICE = 'Royal Thai Police';
const fa: PartScope = { agency: FA, normIds: ['13a'] };
const police: PartScope = { agency: POLICE, normIds: ['13b'] };

/** The rows of the table, by agency: the cell of the Status column as text. */
async function statusByAgency(): Promise<Map<string, string>> {
  const view = render(WhoHasAnswered, {
    assessments: wholeCyclesOf(await loadBackupLists()),
    openConflicts: undefined,
    version: 0,
  });
  const table = await screen.findByRole('table', {
    name: 'Agencies, their parts and what is missing',
  });
  const heads = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent?.trim());
  const column = heads.indexOf('Status');
  expect(column).toBeGreaterThan(0);
  const out = new Map<string, string>();
  for (const row of within(table).getAllByRole('row').slice(1)) {
    // The agency's name (isolated), without "(not in the assignments)".
    const agency = within(row).getByRole('rowheader').querySelector('bdi')?.textContent ?? '';
    const cells = [...row.children].map((c) => c.textContent?.trim() ?? '');
    out.set(agency, cells[column] ?? '');
  }
  view.unmount();
  return out;
}

useDevices();

describe('Who has answered: the status of each agency part (coord item 1)', () => {
  it('a part sent, returned and sent again reads "waiting again", never "returned" before "sent"', async () => {
    const a = await coordinatorAssessment('TH', 'Thailand 2026', COORD);
    const toFa = await exportPart(a.id, fa, COORD);
    await exportPart(a.id, police, COORD);

    // Foreign Affairs answers and returns its part; the coordinator imports it.
    const back = await agencyReturns('fa', 'Narong', toFa, {
      assessmentId: a.id,
      scope: fa,
      actionId: '13a-01',
      patch: { status: 'planned' },
    });
    await importOn('coordinator', COORD, back);
    const returnedAt = (await getCoordination(a.id)).received[0]?.importedAt ?? '';
    const firstSend = (await getCoordination(a.id)).sent.find((s) => s.scope.agency === FA);

    let status = await statusByAgency();
    expect(status.get(FA)).toBe(
      `Returned ${formatInstant(returnedAt)}, after the part sent ${formatInstant(firstSend?.sentAt ?? '')}`,
    );
    expect(status.get(POLICE)).toMatch(/^Sent .+: waiting for its return$/);

    // The coordinator sends Foreign Affairs its part again: it waits again, it is not "returned".
    await exportPart(a.id, fa, COORD);
    const again = (await getCoordination(a.id)).sent.find((s) => s.scope.agency === FA);
    expect(again?.sentAt).not.toBe(firstSend?.sentAt);
    status = await statusByAgency();
    expect(status.get(FA)).toBe(
      `Sent again ${formatInstant(again?.sentAt ?? '')}, after its return of ${formatInstant(returnedAt)}: waiting again for its return`,
    );
    expect(status.get(POLICE)).toMatch(/^Sent .+: waiting for its return$/);
  });
});
