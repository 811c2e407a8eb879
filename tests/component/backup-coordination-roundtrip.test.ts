/**
 * Session 5, backup6 (data safety, found by two new users): a FULL BACKUP made on a device that
 * holds an agency's part and has sent parts of its own assessment wrote the held part as a whole
 * assessment (restored elsewhere it was scored, and copied it became a cycle), and left out the
 * record of parts sent and returned ("Part sent: not sent from this device" after a restore).
 * Export format 6 carries both; these tests go through the app's own export and import functions
 * into an empty database, plain and encrypted, and look at Home and "Who has answered".
 */
import 'fake-indexeddb/auto';
import { configure, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import StatesSection from '../../src/views/Home/StatesSection.svelte';
import WhoHasAnswered from '../../src/views/Backup/WhoHasAnswered.svelte';
import { previewImport, type ImportWrites } from '../../src/lib/domain/importPlan';
import { describeFailure } from '../../src/lib/i18n/failures';
import { makeExport } from '../../src/lib/state/backupExport';
import { openImport } from '../../src/lib/state/openImport';
import { loadBackupLists, wholeCyclesOf } from '../../src/lib/state/backupScreen.svelte';
import { applyImportMarkingRestore } from '../../src/lib/storage/backupStatus';
import { assignmentsKey } from '../../src/lib/storage/assignments';
import {
  coordinationKey,
  getCoordination,
  getHeldPart,
  heldAgencies,
  heldPartKey,
} from '../../src/lib/storage/coordination';
import { db } from '../../src/lib/storage/db';
import { applyImport } from '../../src/lib/storage/exchange';
import { readExportFile } from '../../src/lib/io/readExportFile';
import { exportChecksum } from '../../src/lib/domain/checksum';
import type { ExportSource } from '../../src/lib/domain/exchange';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import {
  HELD_AGENCY,
  HELD_ASSESSMENT_ID,
  makeCoordinationSource,
} from '../fixtures/factories/coordination';
import { exchangeTables } from '../fixtures/seedDb';
import { addHistory } from '../../src/lib/storage/history';
import { checkFile, renderBackup } from './support/backupScreen';

configure({ asyncUtilTimeout: 4000 });

const NOW = new Date('2026-11-30T10:00:00.000Z');
const mark = (title: string, agency: string) =>
  `Agency part of \u2068${title}\u2069 (\u2068${agency}\u2069)`;

async function wipe() {
  for (const table of exchangeTables()) await table.clear();
}

/** The device of the finding: a part held for an agency, and parts of its own assessment sent. */
async function seed(source: ExportSource = makeCoordinationSource()) {
  await db.states.bulkAdd(source.states);
  await db.assessments.bulkAdd(source.assessments);
  await db.answers.bulkAdd(source.answers);
  await db.normAnswers.bulkAdd(source.normAnswers);
  await addHistory(db.history, source.history);
  for (const pack of source.packs)
    await db.packs.add({
      key: `${pack.id}@${pack.version}`,
      id: pack.id,
      version: pack.version,
      bundled: false,
      installedAt: NOW.toISOString(),
      pack,
    });
  for (const r of source.assignments)
    await db.meta.put({ key: assignmentsKey(r.assessmentId), value: r });
  for (const h of source.heldParts ?? [])
    await db.meta.put({ key: heldPartKey(h.assessmentId), value: h });
  for (const c of source.coordination ?? [])
    await db.meta.put({ key: coordinationKey(c.assessmentId), value: c });
}

/** The rows of "Who has answered" for the coordinator's assessment, as text. */
async function whoHasAnswered(): Promise<string[]> {
  const lists = await loadBackupLists();
  const view = render(WhoHasAnswered, {
    assessments: wholeCyclesOf(lists),
    openConflicts: undefined,
    version: 0,
    preferred: TEST_ASSESSMENT_ID,
  });
  const table = await screen.findByRole('table');
  const rows = within(table)
    .getAllByRole('row')
    .map((r) => r.textContent ?? '');
  view.unmount();
  return rows;
}

async function exportBackup(passphrase?: string) {
  const exported = await makeExport({
    scope: { kind: 'backup' },
    shareable: false,
    now: NOW,
    ...(passphrase ? { passphrase } : {}),
  });
  if (!exported.ok) throw new Error(describeFailure(exported));
  expect(exported.value.unreadable).toBeUndefined();
  return { text: await exported.value.blob.text(), fileName: exported.value.fileName };
}

/** Opens a file as the Backup screen does and writes what its preview would, as chosen. */
async function restore(
  file: { text: string; fileName: string },
  passphrase?: string,
  choose: (ids: string[]) => Map<string, { action: 'copy'; newId: string }> = () => new Map(),
) {
  const opened = await openImport(file.text, file.fileName, passphrase);
  if (!opened.ok) throw new Error(describeFailure(opened));
  const { plan, ctx } = opened.value;
  const choices = choose(plan.file.assessments.map((a) => a.id));
  const preview = previewImport(plan, ctx, choices, new Map(), NOW.toISOString(), 'Restorer');
  expect(preview.writes).toBeDefined();
  const result = await applyImportMarkingRestore(preview.writes!, plan.file);
  expect(result).toEqual({ ok: true, value: undefined });
  return preview;
}

useFreshDatabase({ clearAddress: true });
beforeEach(wipe);

describe('a full backup carries the held part and the log of parts (export format 6)', () => {
  it.each([
    ['a plain backup', undefined],
    ['an encrypted backup', 'correct horse battery staple'],
  ])(
    '%s restored into an empty database: the part is still a part, the log the same',
    async (_n, passphrase) => {
      await seed();
      const sentBefore = await whoHasAnswered();
      // The device's own view before: the part went out and came back.
      expect(sentBefore.join('\n')).not.toMatch(/not sent from this device/);
      const file = await exportBackup(passphrase);
      if (!passphrase) {
        const written = JSON.parse(file.text) as { version: number; heldParts: unknown[] };
        expect(written.version).toBe(6);
        expect(written.heldParts).toHaveLength(1);
      }

      await wipe();
      expect(await db.assessments.count()).toBe(0);
      await restore(file, passphrase);

      // Still a held part: marked on Home, never offered as a whole cycle, never scored.
      expect((await getHeldPart(HELD_ASSESSMENT_ID))?.scope).toEqual({
        agency: HELD_AGENCY,
        normIds: ['13a'],
        normAnswerIds: ['13a'],
      });
      render(StatesSection);
      const list = await screen.findByRole('list', { name: /Singapore/ });
      expect(
        await within(list).findByRole('link', { name: mark('Singapore 2027', HELD_AGENCY) }),
      ).toBeInTheDocument();
      // "Who has answered" shows the same sent and returned dates as on the device that wrote it.
      expect(await whoHasAnswered()).toEqual(sentBefore);
      expect((await getCoordination(TEST_ASSESSMENT_ID)).received).toHaveLength(1);
    },
  );

  it('a held part imported "as a copy" on a coordinator\'s device stays a held part, and the preview says so', async () => {
    await seed();
    const file = await exportBackup();
    // The coordinator's device holds the whole assessment of the same id (whole, not a part).
    await db.meta.delete(heldPartKey(HELD_ASSESSMENT_ID));
    const copyId = '00000000-0000-4000-8000-0000000000c1';
    const preview = await restore(file, undefined, (ids) => {
      const choices = new Map<string, { action: 'copy'; newId: string }>();
      for (const id of ids)
        choices.set(id, {
          action: 'copy',
          newId: id === HELD_ASSESSMENT_ID ? copyId : `${id.slice(0, -2)}c2`,
        });
      return choices;
    });
    expect(preview.heldParts.map((h) => [h.assessment.id, h.agency])).toEqual([
      [copyId, HELD_AGENCY],
    ]);
    const held = await heldAgencies();
    expect(held.get(copyId)).toBe(HELD_AGENCY);
    // The coordinator's own assessment stays whole; the copy is not a cycle of the timeline.
    expect(held.has(HELD_ASSESSMENT_ID)).toBe(false);
    const lists = await loadBackupLists();
    expect(wholeCyclesOf(lists).map((a) => a.id)).not.toContain(copyId);
  });
});

describe('the Backup screen says what a held part of a full backup becomes', () => {
  it('names the part "as a copy" will keep as an agency part, not a cycle', async () => {
    await seed();
    const file = await exportBackup();
    // The coordinator's device: the same assessments, its own whole.
    await db.meta.delete(heldPartKey(HELD_ASSESSMENT_ID));
    renderBackup();
    const user = await checkFile(file.text, file.fileName);
    const region = await screen.findByRole('region', { name: `File: ${file.fileName}` });
    const group = within(region).getByRole('group', { name: /Singapore 2027/ });
    await user.click(within(group).getByRole('radio', { name: /^Import as a copy/ }));
    expect(
      await within(region).findByText(
        /is only the part given to \W?Ministry of Justice\W? on the device that made this backup\. It is imported as that agency part: it is not scored and not shown as a cycle\./,
      ),
    ).toBeInTheDocument();
  }, 30_000);
});

describe('a refused format-6 file changes nothing already stored', () => {
  const snapshot = async () =>
    Object.fromEntries(
      await Promise.all(exchangeTables().map(async (t) => [t.name, await t.toArray()] as const)),
    );

  it('a damaged or inconsistent format-6 backup is refused before anything is written', async () => {
    await seed();
    const file = await exportBackup();
    const before = await snapshot();
    // Damaged: cut short. Inconsistent (checksum made to match): a held part of an assessment the
    // file lacks.
    const cut = { ...file, text: file.text.slice(0, file.text.length / 2) };
    const data = JSON.parse(file.text) as Record<string, unknown>;
    (data.heldParts as { assessmentId: string }[])[0]!.assessmentId =
      '00000000-0000-4000-8000-000000000099';
    data.checksum = { algorithm: 'SHA-256', value: await exportChecksum(data) };
    const inconsistent = { ...file, text: JSON.stringify(data) };
    for (const bad of [cut, inconsistent]) {
      const opened = await openImport(bad.text, bad.fileName, undefined);
      expect(opened.ok).toBe(false);
    }
    expect((await readExportFile(inconsistent.text)).ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('a write that fails half-way (a held part its schema refuses) rolls the whole restore back', async () => {
    await seed();
    const file = await exportBackup();
    await wipe();
    await db.meta.put({ key: 'sessionUser', value: 'Ana' });
    const before = await snapshot();
    const opened = await openImport(file.text, file.fileName, undefined);
    if (!opened.ok) throw new Error(describeFailure(opened));
    const { plan, ctx } = opened.value;
    const preview = previewImport(plan, ctx, new Map(), new Map(), NOW.toISOString(), 'R');
    const writes: ImportWrites = {
      ...preview.writes!,
      heldParts: preview.writes!.heldParts!.map((h) => ({
        ...h,
        scope: { ...h.scope, normIds: [] },
      })),
    };
    expect((await applyImport(writes)).ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});
