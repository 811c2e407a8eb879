import { screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/lib/storage/db';
import { buildExportBody, sealExport } from '../../src/lib/domain/exchange';
import { coordinationKey } from '../../src/lib/storage/coordination';
import { emptyCoordination, withReceived } from '../../src/lib/domain/coordination';
import { formatInstant } from '../../src/lib/i18n';
import type { ExportSource } from '../../src/lib/domain/exchange';
import type { PartScope } from '../../src/lib/schema/exportFile';
import { TEST_ASSESSMENT_ID, makeAnswer } from '../fixtures/factories/answers';
import {
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
  makeExportSource,
  testPack,
} from '../fixtures/factories/exports';
import { packKey } from '../../src/lib/domain/pack';
import { exchangeTables, seedExportSource } from '../fixtures/seedDb';
import { checkFiles, jsonFile, renderBackup } from './support/backupScreen';

/**
 * Session 5, coordfix item 2, the words on the Backup screen: the preview and the result say what
 * will happen / what happened, file by file (each failed on the code before).
 */

const JUSTICE: PartScope = { agency: 'Ministry of Justice', normIds: ['13a'] };

async function fileText(
  kind: 'assessment' | 'part',
  options: { exportedAt?: string; answers?: ExportSource['answers'] } = {},
): Promise<string> {
  const source = makeExportSource();
  return JSON.stringify(
    await sealExport(
      buildExportBody(
        { ...source, ...(options.answers ? { answers: options.answers, history: [] } : {}) },
        {
          kind,
          appVersion: TEST_APP_VERSION,
          exportedAt: options.exportedAt ?? TEST_EXPORTED_AT,
          shareable: false,
          ...(kind === 'part' ? { part: JUSTICE, partDirection: 'returned' as const } : {}),
        },
      ),
    ),
  );
}

/** The Backup screen with `files` ([name, text]) chosen and checked. */
async function check(files: [string, string][]) {
  renderBackup();
  return checkFiles(...files.map(([name, text]) => jsonFile(name, text)));
}

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
});

describe('import words, file by file (coordfix item 2)', () => {
  it('an assessment arriving earlier in the same batch is named so, not "already on this device"', async () => {
    const text = await fileText('assessment');
    await check([
      ['first.json', text],
      ['second.json', text],
    ]);
    const second = await screen.findByRole('region', { name: 'File: second.json' });
    expect(within(second).queryByText(/already on this device/)).not.toBeInTheDocument();
    // The same file twice is planned once (session 7, tester E: every count doubled): the second
    // names the first, earlier in this import (unit/import-outcome keeps a differing second file).
    expect(within(second).getByText(/holds the same as .*first\.json/)).toBeInTheDocument();
  }, 30_000);

  it('with only "Skip it" possible, it is skipped: no choice asked, nothing counted to import', async () => {
    // A returned part whose assessment is not on this device (its checklist is installed).
    const pack = testPack();
    await db.packs.add({
      key: packKey(pack),
      id: pack.id,
      version: pack.version,
      bundled: false,
      installedAt: TEST_EXPORTED_AT,
      pack,
    });
    await check([['back.json', await fileText('part')]]);
    const file = await screen.findByRole('region', { name: 'File: back.json' });
    expect(within(file).queryByText(/needs a choice/)).not.toBeInTheDocument();
    expect(within(file).getByRole('radio', { name: 'Skip it' })).toBeChecked();
    expect(
      within(file).getByText('Nothing of this file will be imported: it is skipped.'),
    ).toBeInTheDocument();
    // Nothing to import (session 6, coordreturn item 2): no "Import" button counts it.
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
    expect(
      screen.getByText('There is nothing to import from the chosen files.'),
    ).toBeInTheDocument();
  }, 30_000);

  it('"Imported 1 of 2 files." and, per file, what was written or that it was already imported', async () => {
    await seedExportSource();
    const importedAt = '2026-02-06T09:00:00.000Z';
    await db.meta.put({
      key: coordinationKey(TEST_ASSESSMENT_ID),
      value: withReceived(emptyCoordination(TEST_ASSESSMENT_ID), {
        scope: JUSTICE,
        exportedAt: TEST_EXPORTED_AT,
        importedAt,
        importedBy: 'Coordinator',
        written: 1,
        conflicts: 0,
        conflictsTaken: 0,
      }),
    });
    const stored = makeExportSource().answers;
    const user = await check([
      ['old.json', await fileText('part', { answers: stored })],
      [
        'new.json',
        await fileText('part', {
          exportedAt: '2026-02-10T10:00:00.000Z',
          answers: [...stored, makeAnswer({ itemId: '13a-02', status: 'planned', rev: 1 })],
        }),
      ],
    ]);
    const old = await screen.findByRole('region', { name: 'File: old.json' });
    const date = formatInstant(importedAt);
    expect(
      within(old).getByText(`This part was already imported on ${date}: nothing to do.`),
    ).toBeInTheDocument();
    const fresh = screen.getByRole('region', { name: 'File: new.json' });
    expect(
      within(fresh).getByText('Importing this file: 1 answer written and 1 history entry added.'),
    ).toBeInTheDocument();
    // Nothing to do with old.json (session 6, coordreturn item 2): no choice, not counted.
    expect(within(old).queryByRole('radio')).not.toBeInTheDocument();
    // The button says what it does (session 7, coordfix item 3), and which file it leaves.
    expect(screen.queryByRole('button', { name: 'Import all 2 files' })).not.toBeInTheDocument();
    expect(screen.getByText('Not imported: old.json.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import 1 file' }));
    expect(await screen.findByText(/^Imported 1 of 2 files\./)).toBeInTheDocument();
    const lines = within(screen.getByRole('list', { name: 'What each file did' })).getAllByRole(
      'listitem',
    );
    expect(lines.map((l) => l.textContent)).toEqual([
      `old.json: already imported on ${date}, nothing to do.`,
      'new.json: 1 answer written and 1 history entry added.',
    ]);
  }, 30_000);
});
