/**
 * Issue 16, the coordinator's gaps new users found (each test fails on the code before the fix):
 * the Export button waits for the lists, an agency sends its part back in one click with exactly the
 * scope it received, the preview lists what a part writes without conflict, "Who has answered"
 * preselects the current assessment, a refused file is named once.
 */
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/lib/storage/db';

import { coordinationKey, recordPartSent } from '../../src/lib/storage/coordination';
import { emptyCoordination, withReceived } from '../../src/lib/domain/coordination';
import { formatInstant } from '../../src/lib/i18n';
import type { PartScope } from '../../src/lib/schema/exportFile';
import { TEST_ASSESSMENT_ID, makeAnswer, makeAssessment } from '../fixtures/factories/answers';
import {
  makeExportSource,
  sealedPart,
  TEST_EXPORTED_AT,
  testPack,
} from '../fixtures/factories/exports';
import { exchangeTables, seedExportSource } from '../fixtures/seedDb';
import { checkFile, renderBackup, useDownloads } from './support/backupScreen';
import type * as StatesModule from '../../src/lib/storage/states';

// The States list can be held back, to click Export before the screen knows what is stored.
let holdStates: Promise<void> | undefined;
vi.mock('../../src/lib/storage/states', async (original) => {
  const real = await original<typeof StatesModule>();
  return {
    ...real,
    listStates: async (...args: Parameters<typeof real.listStates>) => {
      await holdStates;
      return real.listStates(...args);
    },
  };
});

const downloads = useDownloads();

/** A part file of the test assessment with the given scope and answers (no history). */
async function partFile(scope: PartScope, answers = makeExportSource().answers) {
  return sealedPart(scope, { answers });
}

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
  holdStates = undefined;
});

describe('coordinator gaps (issue 16)', () => {
  it('never says "nothing to export" before it has read what is stored', async () => {
    await seedExportSource();
    let release!: () => void;
    holdStates = new Promise((resolve) => (release = resolve));
    renderBackup();
    const exportButton = screen.getByRole('button', { name: 'Export' });
    // Clicked while the list is still being read: the button waits, nothing is claimed.
    expect(exportButton).toBeDisabled();
    await userEvent.setup().click(exportButton);
    expect(screen.queryByText(/nothing to export/i)).not.toBeInTheDocument();
    release();
    await vi.waitFor(() => expect(exportButton).toBeEnabled());
    await userEvent.setup().click(exportButton);
    expect(await screen.findByText(/^Saved nic-/)).toBeInTheDocument();
    expect(downloads).toHaveLength(1);
  }, 30_000);

  it('an agency sends its part back in one click, with exactly the scope it received', async () => {
    // The coordinator gave the police ONE action of norm 13(a), not the norm.
    const scope: PartScope = {
      agency: 'National Police',
      normIds: ['13a'],
      itemIds: ['13a-02'],
      normAnswerIds: [],
    };
    const received = await partFile(scope, []);
    renderBackup();
    const user = await checkFile(JSON.stringify(received), 'part-police.json');
    // Named as the app names things: the action's id, never "norms 13a".
    expect(
      await screen.findByText(
        'The file says it is the part of National Police, covering the practical action 13a-02.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported\./)).toBeInTheDocument();

    // The agency's own answer, then one click: no name, no norms to type again.
    await db.answers.put(
      makeAnswer({ itemId: '13a-02', status: 'fully', rev: 1, updatedBy: 'Police' }),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Export this part back to the coordinator' }),
    );
    expect(await screen.findByText(/^Saved nic-/)).toBeInTheDocument();
    expect(downloads).toHaveLength(1);
    const sent = JSON.parse(await downloads[0]!.blob.text()) as {
      kind: string;
      part: PartScope;
      answers: { itemId: string }[];
      normAnswers: unknown[];
    };
    expect(sent.kind).toBe('part');
    expect(sent.part).toEqual(scope);
    expect(sent.answers.map((a) => a.itemId)).toEqual(['13a-02']);
    // Norm 13(a)'s own questions belong to whoever holds the norm: not in this part.
    expect(sent.normAnswers).toEqual([]);
  }, 30_000);

  it('lists, per part and per field, what a part writes without a conflict', async () => {
    await seedExportSource();
    const source = makeExportSource();
    await recordPartSent(TEST_ASSESSMENT_ID, {
      scope: { agency: 'Ministry of Justice', normIds: ['13a'] },
      sentAt: '2026-02-01T00:00:00.000Z',
      sentBy: 'Coordinator',
      answers: source.answers.filter((a) => a.itemId.startsWith('13a')),
      normAnswers: [],
    });
    const stored = source.answers.find((a) => a.itemId === '13a-01')!;
    const part = await partFile({ agency: 'Ministry of Justice', normIds: ['13a'] }, [
      { ...stored, notes: 'Bill tabled', priority: 'low', rev: 3, updatedBy: 'MoJ' },
      makeAnswer({ itemId: '13a-02', status: 'planned', rev: 1, updatedBy: 'MoJ' }),
    ]);
    renderBackup();
    await checkFile(JSON.stringify(part), 'back-justice.json');
    const file = await screen.findByRole('region', { name: 'File: back-justice.json' });
    const merged = await within(file).findByRole('region', {
      name: /^Written from this part without conflict \(2 answers\)/,
    });
    const lines = within(merged).getAllByRole('listitem');
    // No stray ".:" after an action's text that ends in a full stop (issue 16).
    expect(lines[0]).toHaveTextContent(
      /^13a-01: Take part in regional fora\. — Priority and Notes$/,
    );
    expect(lines[0]?.textContent).not.toContain('.:');
    expect(lines[1]).toHaveTextContent(/^13a-02: .* — Status$/);
    expect(within(file).queryByRole('group', { name: 'Status' })).not.toBeInTheDocument();
  }, 30_000);

  it('says when the same part was already imported (its return is recorded once)', async () => {
    await seedExportSource();
    const importedAt = '2026-02-06T09:00:00.000Z';
    await db.meta.put({
      key: coordinationKey(TEST_ASSESSMENT_ID),
      value: withReceived(emptyCoordination(TEST_ASSESSMENT_ID), {
        scope: { agency: 'Ministry of Justice', normIds: ['13a'] },
        exportedAt: TEST_EXPORTED_AT,
        importedAt,
        importedBy: 'Coordinator',
        written: 1,
        conflicts: 0,
        conflictsTaken: 0,
      }),
    });
    const part = await partFile({ agency: 'Ministry of Justice', normIds: ['13a'] });
    renderBackup();
    await checkFile(JSON.stringify(part), 'again.json');
    const file = await screen.findByRole('region', { name: 'File: again.json' });
    expect(
      // Nothing of it to write: said with the outcome (coordfix item 2).
      await within(file).findByText(
        `This part was already imported on ${formatInstant(importedAt)}: nothing to do.`,
      ),
    ).toBeInTheDocument();
  }, 30_000);

  it('a returned part only touches the scope that was sent, whatever the file claims', async () => {
    await seedExportSource();
    const source = makeExportSource();
    // Sent: the single action 13a-02. Back: a file claiming all of norm 13(a).
    await recordPartSent(TEST_ASSESSMENT_ID, {
      scope: {
        agency: 'National Police',
        normIds: ['13a'],
        itemIds: ['13a-02'],
        normAnswerIds: [],
      },
      sentAt: '2026-02-01T00:00:00.000Z',
      sentBy: 'Coordinator',
      answers: [],
      normAnswers: [],
    });
    const stored = source.answers.find((a) => a.itemId === '13a-01')!;
    const part = await partFile({ agency: 'National Police', normIds: ['13a'] }, [
      { ...stored, notes: 'Police overwrote this', rev: 3, updatedBy: 'Police' },
      makeAnswer({ itemId: '13a-02', status: 'planned', rev: 1, updatedBy: 'Police' }),
    ]);
    renderBackup();
    const user = await checkFile(JSON.stringify(part), 'back-police.json');
    await screen.findByRole('region', { name: 'File: back-police.json' });
    // 13a-01 and norm 13(a)'s own answers lie outside what was sent: left out.
    expect(screen.getByText(/^2 records outside the part/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported\./)).toBeInTheDocument();
    expect(await db.answers.get([TEST_ASSESSMENT_ID, '13a-01'])).toMatchObject({
      notes: stored.notes,
    });
    expect(await db.answers.get([TEST_ASSESSMENT_ID, '13a-02'])).toMatchObject({
      status: 'planned',
    });
  }, 30_000);

  it('preselects the current assessment in the export and in "Who has answered"', async () => {
    await seedExportSource();
    const second = makeAssessment({
      id: '00000000-0000-4000-8000-000000000002',
      title: 'Second cycle',
      alias: '',
      packId: testPack().id,
      packVersion: testPack().version,
    });
    await db.assessments.add(second);
    renderBackup(new URLSearchParams({ assessment: second.id }));
    const who = await screen.findByRole('combobox', { name: 'Assessment' });
    await vi.waitFor(() => expect(who).toHaveValue(second.id));
    // No empty alias brackets: "Second cycle", not "Second cycle ()".
    const option = within(who).getByRole('option', { selected: true });
    expect(option).toHaveTextContent(/Second cycle$/);
    expect(document.body.textContent).not.toContain('()');
  }, 30_000);

  it('names a refused file once, by its name only', async () => {
    renderBackup();
    await checkFile('{"type": "something else"', 'x.json');
    const alert = await screen.findByRole('alert');
    const line = within(alert).getByRole('listitem');
    expect(line.textContent).toMatch(/^x\.json: /);
    expect(line.textContent).not.toMatch(/x\.json: x\.json/);
  }, 30_000);
});
