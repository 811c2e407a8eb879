import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/lib/storage/db';
import { buildExportBody, sealExport } from '../../src/lib/domain/exchange';
import { encryptText } from '../../src/lib/io/crypto';
import { getCoordination, recordPartSent } from '../../src/lib/storage/coordination';
import type { Answer } from '../../src/lib/schema/assessment';
import type { AgencyAssignment } from '../../src/lib/schema/assignments';
import { TEST_ASSESSMENT_ID, makeAnswer } from '../fixtures/factories/answers';
import {
  makeExportSource,
  sealedExport,
  sealedPart,
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
} from '../fixtures/factories/exports';
import { exchangeTables, seedExportSource, storedHistory } from '../fixtures/seedDb';
import {
  checkFile,
  checkFiles,
  jsonFile,
  renderBackup,
  useDownloads,
} from './support/backupScreen';

const v1Text = readFileSync('tests/fixtures/exports/export-v1.json', 'utf8');

const dump = () => Promise.all(exchangeTables().map((t) => t.toArray()));

/** A part file as an agency's laptop would export it (no history). */
async function partFile(
  source: ReturnType<typeof makeExportSource>,
  answers: Answer[],
  agency: string,
  normIds: string[],
) {
  return sealedPart({ agency, normIds }, { source, answers, normAnswers: [] });
}

/** What the screen saved (downloads end in an object URL: the Blob is kept to read). */
const downloads = useDownloads();

beforeEach(async () => {
  for (const table of exchangeTables()) await table.clear();
});

describe('backup screen', () => {
  it('exports a full backup as a file and records it as the last backup', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-02-01T10:00:00.000Z'));
    await seedExportSource();
    renderBackup();
    expect(await screen.findByText(/No full backup has been made/)).toBeInTheDocument();
    expect(screen.getByText(/4 changes are not in any backup yet/)).toBeInTheDocument();
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

  it('says so when an export fails on a storage read (never nothing)', async () => {
    await seedExportSource();
    renderBackup();
    expect(await screen.findByText(/No full backup has been made/)).toBeInTheDocument();
    // The storage read fails (as when Chromium aborts a read on a full disk).
    vi.spyOn(db.states, 'toArray').mockRejectedValue(
      new DOMException('The operation failed', 'AbortError'),
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The export did not complete: the browser refused to read or write the stored data (AbortError).',
    );
    expect(downloads).toEqual([]);
  });

  it('refuses a file that is not JSON, says why, and changes nothing', async () => {
    await seedExportSource();
    const before = await dump();
    renderBackup();
    await checkFile('not json at all', 'notes.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file was not imported. Nothing stored has changed.');
    expect(alert).toHaveTextContent('notes.json: the file is not JSON');
    expect(await dump()).toEqual(before);
  });

  it('adds a new assessment after showing what will change', async () => {
    renderBackup();
    const user = await checkFile(v1Text);
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
    renderBackup();
    const user = await checkFile(v1Text);
    const group = await screen.findByRole('group', { name: 'SG · Test assessment (2026)' });
    expect(within(group).getByText(/already on this device/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.click(within(group).getByRole('radio', { name: /Import as a copy/ }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported\./)).toBeInTheDocument();
    const titles = (await db.assessments.toArray()).map((a) => a.title).sort();
    expect(titles).toEqual(['Test assessment', 'Test assessment (imported copy)']);
  });

  it('shows each conflicting field with labels (not codes) and who changed it; the loser stays in history', async () => {
    await seedExportSource();
    const source = makeExportSource();
    const stored = source.answers.find((a) => a.itemId === '13a-01')!;
    const incoming: Answer = {
      ...stored,
      status: 'fully',
      notes: 'Law in force',
      rev: 1,
      updatedAt: '2026-02-20T00:00:00.000Z',
      updatedBy: 'Ministry of Justice',
    };
    const part = await partFile(source, [incoming], 'Ministry of Justice', ['13a']);
    renderBackup();
    const user = await checkFile(JSON.stringify(part));
    expect(
      // The norm's label, as the rest of the app names it (issue 16 item 5), never its raw id.
      await screen.findByText(
        'The file says it is the part of Ministry of Justice, covering Norm 13(a).',
      ),
    ).toBeInTheDocument();
    // A part merges into the assessment it was cut from without asking.
    expect(screen.getByRole('radio', { name: /Merge into the stored assessment/ })).toBeChecked();
    expect(
      screen.getByRole('heading', { name: /^13a-01: Take part in regional fora/ }),
    ).toBeInTheDocument();
    const status = await screen.findByRole('group', { name: 'Status' });
    // Labels, never the stored codes ("Status largely" was shown before).
    expect(status).toHaveTextContent('Keep this device’s value: Largely implemented');
    expect(status).toHaveTextContent('Take the part’s value: Fully implemented');
    expect(status).not.toHaveTextContent(/\blargely\b/);
    expect(status).toHaveTextContent('Aung');
    expect(status).toHaveTextContent('Ministry of Justice');
    const notes = screen.getByRole('group', { name: 'Notes' });
    expect(notes).toHaveTextContent('Ministerial approval pending');
    expect(notes).toHaveTextContent('Law in force');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(screen.getAllByRole('group').filter((g) => g.classList.contains('field'))).toHaveLength(
      2,
    );
    await user.click(within(status).getByRole('radio', { name: /^Take the part’s value/ }));
    await user.click(within(notes).getByRole('radio', { name: /^Keep this device’s value/ }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported\./)).toBeInTheDocument();
    expect(await db.answers.get([TEST_ASSESSMENT_ID, '13a-01'])).toMatchObject({
      status: 'fully',
      notes: 'Ministerial approval pending',
    });
    const merge = (await storedHistory()).find((h) => h.cause === 'merge');
    expect(merge?.before).toMatchObject({ notes: 'Ministerial approval pending' });
    // The part's notes, not picked, stay in history.
    const kept = (await storedHistory()).find((h) => h.cause === 'import');
    expect(kept?.after).toMatchObject({ notes: 'Law in force' });
  }, 20_000);

  it('imports several parts at once: one preview, conflicts per part and field, parts recorded', async () => {
    await seedExportSource();
    const source = makeExportSource();
    // Sent from here: the coordinator's record of what each agency started from.
    const sentAt = '2026-02-01T00:00:00.000Z';
    const stored = source.answers.find((a) => a.itemId === '13a-01')!;
    await recordPartSent(TEST_ASSESSMENT_ID, {
      scope: { agency: 'Ministry of Justice', normIds: ['13a'] },
      sentAt,
      sentBy: 'Coordinator',
      answers: source.answers.filter((a) => a.itemId.startsWith('13a')),
      normAnswers: source.normAnswers.filter((n) => n.normId === '13a'),
    });
    // Justice changed only the notes of 13a-01 and answered 13a-02: no conflict.
    const justice = await partFile(
      source,
      [
        { ...stored, notes: 'Bill tabled', rev: 3, updatedBy: 'MoJ' },
        makeAnswer({ itemId: '13a-02', status: 'planned', rev: 1, updatedBy: 'MoJ' }),
      ],
      'Ministry of Justice',
      ['13a'],
    );
    // Police answered 13c-01 differently, and nothing was sent to it from here: a conflict.
    const police = await partFile(
      source,
      [makeAnswer({ itemId: '13c-01', status: 'in-progress', rev: 2, updatedBy: 'Police' })],
      'National Police',
      ['13c'],
    );
    renderBackup();
    const user = await checkFiles(
      jsonFile('justice.json', JSON.stringify(justice)),
      jsonFile('police.json', JSON.stringify(police)),
    );
    const first = await screen.findByRole('region', { name: 'File: justice.json' });
    const second = screen.getByRole('region', { name: 'File: police.json' });
    expect(within(first).queryByRole('group', { name: 'Status' })).toBeNull();
    const status = within(second).getByRole('group', { name: 'Status' });
    expect(status).toHaveTextContent('Not applicable: No such facilities');
    expect(status).toHaveTextContent('In progress');
    expect(
      screen.getByRole('table', {
        name: 'Records added, changed and unchanged, all 2 files together',
      }),
    ).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Import all 2 files' });
    expect(button).toBeDisabled();
    await user.click(within(status).getByRole('radio', { name: /^Take the part’s value/ }));
    await user.click(button);
    expect(await screen.findByText(/^Imported 2 files\./)).toBeInTheDocument();
    expect(await db.answers.get([TEST_ASSESSMENT_ID, '13a-01'])).toMatchObject({
      status: 'largely',
      notes: 'Bill tabled',
    });
    expect(await db.answers.get([TEST_ASSESSMENT_ID, '13a-02'])).toMatchObject({
      status: 'planned',
    });
    expect(await db.answers.get([TEST_ASSESSMENT_ID, '13c-01'])).toMatchObject({
      status: 'in-progress',
    });
    // Who has answered: both parts came back, with when they were exported.
    const table = await screen.findByRole('table', {
      name: 'Agencies, their parts and what is missing',
    });
    const justiceRow = await within(table).findByRole('row', { name: /Ministry of Justice/ });
    expect(justiceRow).toHaveTextContent(/exported .*, imported/);
    expect(within(table).getByRole('row', { name: /National Police/ })).toHaveTextContent(
      '(not in the assignments)',
    );
    const record = await getCoordination(TEST_ASSESSMENT_ID);
    expect(record.received.map((r) => [r.scope.agency, r.conflicts, r.conflictsTaken])).toEqual([
      ['Ministry of Justice', 0, 0],
      ['National Police', 1, 1],
    ]);
  }, 20_000);

  it('refuses files whose assignments do not fit the checklist, naming each file', async () => {
    const source = makeExportSource();
    const body = buildExportBody(source, {
      kind: 'assessment',
      appVersion: TEST_APP_VERSION,
      exportedAt: TEST_EXPORTED_AT,
      shareable: false,
    });
    const withAssignments = (assignments: AgencyAssignment[]) =>
      sealExport({
        ...body,
        assignments: body.assignments.map((r) => ({ ...r, assignments })),
      });
    const unknown = await withAssignments([{ agency: 'Police', normIds: [], itemIds: ['13z-99'] }]);
    const twice = await withAssignments([
      { agency: 'Police', normIds: ['13a'], itemIds: [] },
      { agency: 'Justice', normIds: ['13a'], itemIds: [] },
    ]);
    renderBackup();
    await checkFiles(
      jsonFile('unknown.json', JSON.stringify(unknown)),
      jsonFile('twice.json', JSON.stringify(twice)),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/unknown\.json: .*13z-99/);
    expect(alert).toHaveTextContent('twice.json: The assignments give norm “13a” to two agencies.');
    expect(await db.assessments.count()).toBe(0);
  });

  it('shows the assignments a file carries in the preview', async () => {
    renderBackup();
    const source = makeExportSource();
    const file = await sealedExport({ kind: 'assessment' }, source);
    await checkFile(JSON.stringify(file));
    const group = await screen.findByRole('group', { name: 'SG · Test assessment (2026)' });
    const [entry] = source.assignments[0]!.assignments;
    expect(group).toHaveTextContent(`${entry!.agency}: Norm 13(`);
    expect(group).not.toHaveTextContent(/: norms 13[a-k]/);
  });

  it('asks for the passphrase of a protected file and reports a wrong one', async () => {
    const text = JSON.stringify(await encryptText(v1Text, 'a long passphrase'));
    renderBackup();
    const user = await checkFile(text, 'protected.json');
    expect(await screen.findByRole('alert')).toHaveTextContent(/protected with a passphrase/);
    await user.type(screen.getByLabelText('Passphrase of the file'), 'wrong guess!');
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(
      await screen.findByText(/wrong passphrase, or the file was altered/, {}, { timeout: 5000 }),
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
