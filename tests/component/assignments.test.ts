import { configure, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import BackupView from '../../src/views/Backup/BackupView.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { activeActions } from '../../src/lib/domain/pack';
import { db } from '../../src/lib/storage/db';
import { setAssessmentStatus } from '../../src/lib/storage/assessments';
import { getAssignments, saveAssignments } from '../../src/lib/storage/assignments';
import type { Assessment } from '../../src/lib/schema/assessment';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import { makeAgencyAssignment as agency } from '../fixtures/factories/assignments';
import { seedExportSource } from '../fixtures/seedDb';
import { seedAssessment } from '../fixtures/seedWorkspace';

configure({ asyncUtilTimeout: 4000 });

// Tables are cleared before each test rather than the database deleted after it: a screen may
// still be finishing a read (the backup screen refreshes its status after an export).
beforeEach(async () => {
  await db.open();
  for (const table of db.tables) await table.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const seedWorkspace = () => seedAssessment();

const openWorkspace = (a: Assessment) =>
  render(WorkspaceView, { params: { id: a.id }, query: new URLSearchParams() });

async function addAgency(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.type(screen.getByLabelText('Agency name'), name);
  await user.click(screen.getByRole('button', { name: 'Add agency' }));
  return screen.findByRole('group', { name: `Norms answered by ${name}` });
}

describe('assigning norms to agencies in the workspace', () => {
  it('gives norms to two agencies, shows who answers each norm, and stores it', async () => {
    const user = userEvent.setup();
    const a = await seedWorkspace();
    openWorkspace(a);
    await screen.findByRole('heading', { level: 1, name: 'Timor-Leste 2026' });
    await user.click(screen.getByText('Agencies and their parts'));
    expect(screen.getByText('No agency has been given a part yet.')).toBeInTheDocument();

    const mfa = await addAgency(user, 'Ministry of Foreign Affairs');
    await user.click(within(mfa).getByRole('checkbox', { name: /^Norm 13\(a\)/ }));
    const csa = await addAgency(user, 'Cyber Security Agency');
    // 13(a) is taken: CSA cannot tick it, and the label says by whom.
    const taken = within(csa).getByRole('checkbox', { name: /^Norm 13\(a\)/ });
    expect(taken).toBeDisabled();
    expect(taken.closest('label')).toHaveTextContent('(given to Ministry of Foreign Affairs)');
    await user.click(within(csa).getByRole('checkbox', { name: /^Norm 13\(c\)/ }));

    const nav = screen.getByRole('navigation', { name: 'Checklist sections' });
    expect(
      await within(nav).findByRole('button', {
        name: /Norm 13\(c\).*Assigned to: Cyber Security Agency/,
      }),
    ).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: /Norm 13\(a\)/ })).toHaveTextContent(
      'Assigned to: Ministry of Foreign Affairs',
    );
    expect(within(nav).getByRole('button', { name: /Norm 13\(b\)/ })).not.toHaveTextContent(
      'Assigned to',
    );
    // The open norm (13a) says it under its heading (after its summary and official text) too.
    expect(
      screen.getByRole('heading', { level: 2, name: /^Norm 13\(a\):/ }).parentElement,
    ).toHaveTextContent('Assigned to: Ministry of Foreign Affairs');

    const stored = await getAssignments(a.id);
    expect(stored.record.rev).toBe(4);
    expect(stored.record.assignments).toEqual([
      agency({ agency: 'Ministry of Foreign Affairs', normIds: ['13a'] }),
      agency({ agency: 'Cyber Security Agency', normIds: ['13c'] }),
    ]);
  }, 60_000);

  it('gives a single item to another agency, and the agency filter follows the assignments', async () => {
    const user = userEvent.setup();
    const a = await seedWorkspace();
    openWorkspace(a);
    await screen.findByRole('heading', { level: 1, name: 'Timor-Leste 2026' });
    await user.click(screen.getByText('Agencies and their parts'));
    const mfa = await addAgency(user, 'Ministry of Foreign Affairs');
    await user.click(within(mfa).getByRole('checkbox', { name: /^Norm 13\(a\)/ }));
    await addAgency(user, 'Cyber Security Agency');
    await user.selectOptions(
      screen.getByLabelText('Give a single practical action to Cyber Security Agency'),
      '13a-02',
    );
    await user.click(screen.getAllByRole('button', { name: 'Give practical action' })[1]!);
    const items = await screen.findByRole('list', {
      name: 'Single practical actions answered by Cyber Security Agency',
    });
    expect(items).toHaveTextContent(/^13a-02: Hold or join training/);
    expect((await getAssignments(a.id)).record.assignments[1]).toEqual(
      agency({ agency: 'Cyber Security Agency', normIds: [], itemIds: ['13a-02'] }),
    );
    // No answer names an agency yet: the filter lists the assigned agencies and follows them.
    const filter = screen.getByRole('combobox', { name: 'Agency' });
    await user.selectOptions(filter, 'Cyber Security Agency');
    const shown = () => screen.getAllByRole('article').map((el) => el.getAttribute('data-item'));
    expect(shown()).toEqual(['13a-02']);
    await user.selectOptions(filter, 'Ministry of Foreign Affairs');
    // Every action of norm 13(a) in the bundled pack, but the one given to CSA.
    const norm13a = activeActions(bundledPack)
      .filter((x) => x.normId === '13a')
      .map((x) => x.id);
    expect(norm13a.length).toBeGreaterThan(2);
    expect(shown()).toEqual(norm13a.filter((id) => id !== '13a-02'));
    // Taken back: the item is MFA's again with its norm.
    await user.click(
      within(items).getByRole('button', { name: 'Take back practical action 13a-02' }),
    );
    await vi.waitFor(async () =>
      expect((await getAssignments(a.id)).record.assignments[1]?.itemIds).toEqual([]),
    );
    expect(shown()).toEqual(norm13a);
    // Lead agency: suggestions from the assignments and the assessment's own lead agency.
    const lead = screen.getAllByLabelText('Lead agency')[0] as HTMLInputElement;
    expect(lead.list?.id).toBe('agency-suggestions');
    expect([...(lead.list?.querySelectorAll('option') ?? [])].map((o) => o.value)).toEqual([
      'Ministry of Foreign Affairs',
      'Cyber Security Agency',
      'ANC',
    ]);
  }, 60_000);

  it('shows the assignments read-only in a final assessment', async () => {
    const a = await seedWorkspace();
    const saved = await saveAssignments({
      assessmentId: a.id,
      expectedRev: 0,
      assignments: [agency({ agency: 'MFA', normIds: ['13b'] })],
      pack: bundledPack,
      by: 'Ana',
    });
    expect(saved.ok).toBe(true);
    await setAssessmentStatus(a.id, 'review');
    await setAssessmentStatus(a.id, 'final');
    openWorkspace(a);
    const group = await screen.findByRole('group', { name: 'Norms answered by MFA' });
    for (const box of within(group).getAllByRole('checkbox')) expect(box).toBeDisabled();
    expect(within(group).getByRole('checkbox', { name: /^Norm 13\(b\)/ })).toBeChecked();
    expect(screen.queryByLabelText('Agency name')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove MFA' })).toBeNull();
  }, 60_000);
});

describe('exporting a part from an assignment', () => {
  let downloads: Blob[] = [];
  beforeEach(() => {
    downloads = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      downloads.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });

  const renderBackup = () => render(BackupView, { params: {}, query: new URLSearchParams() });

  /** The stored assessment, with 13(a) given to MFA except 13a-02, which CSA answers with 13(c). */
  async function assignMfaAndCsa() {
    const { pack } = await seedExportSource();
    const saved = await saveAssignments({
      assessmentId: TEST_ASSESSMENT_ID,
      expectedRev: 0,
      assignments: [
        agency({ agency: 'MFA', normIds: ['13a'] }),
        agency({ agency: 'CSA', normIds: ['13c'], itemIds: ['13a-02'] }),
      ],
      pack,
      by: 'Lan',
    });
    expect(saved.ok).toBe(true);
  }

  it('warns that 13a-02 is CSA’s and keeps it out of MFA’s file when 13(a) is ticked whole by hand (coordfix2 item 5)', async () => {
    // Session 7 tester: ticking 13(a) back by hand put Defence's carved-out 13a-05 into the part
    // silently; merged back, it was written 'Not started' over Defence's answer.
    await assignMfaAndCsa();
    const user = userEvent.setup();
    renderBackup();
    await user.click(await screen.findByRole('radio', { name: /A part of an assessment/ }));
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Fill in from the coordinator’s assignment' }),
      'MFA',
    );
    expect(screen.queryByText(/kept out of this part/)).toBeNull();
    const norms = screen.getByRole('group', { name: 'Norms this part covers' });
    await user.click(within(norms).getByRole('checkbox', { name: /^Norm 13\(a\)/ }));
    expect(
      await screen.findByText('13a-02 is given to CSA: it is kept out of this part.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/^Saved nic-part-singapore-2026-mfa-/, {}, { timeout: 15_000 });
    const file = JSON.parse(await downloads[0]!.text()) as {
      part: { itemIds?: string[]; normAnswerIds?: string[] };
      answers: { itemId: string }[];
    };
    expect(file.part.itemIds).not.toContain('13a-02');
    expect(file.part.normAnswerIds).toEqual(['13a']);
    expect(file.answers.map((x) => x.itemId)).not.toContain('13a-02');
  }, 60_000);

  it('fills in the agency and its norms, and the part carries only its items', async () => {
    // MFA has 13a except 13a-02, which CSA answers with 13c.
    await assignMfaAndCsa();
    const user = userEvent.setup();
    renderBackup();
    await user.click(await screen.findByRole('radio', { name: /A part of an assessment/ }));
    const choice = await screen.findByRole('combobox', {
      name: 'Fill in from the coordinator’s assignment',
    });
    await user.selectOptions(choice, 'CSA');
    expect(screen.getByLabelText('Agency filling this part')).toHaveValue('CSA');
    // Exactly the assigned scope (issue 16): 13(c) whole; of 13(a) only the single action 13a-02,
    // never the whole norm ticked.
    const norms = screen.getByRole('group', { name: 'Norms this part covers' });
    expect(within(norms).getByRole('checkbox', { name: /^Norm 13\(a\)/ })).not.toBeChecked();
    expect(within(norms).getByRole('checkbox', { name: /^Norm 13\(c\)/ })).toBeChecked();
    const single = screen.getByRole('group', {
      name: /^Single practical actions this part covers/,
    });
    expect(within(single).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(single).getByRole('checkbox', { name: /^13a-02: / })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/^Saved nic-part-singapore-2026-csa-/, {}, { timeout: 15_000 });
    const file = JSON.parse(await downloads[0]!.text()) as {
      part: unknown;
      answers: { itemId: string }[];
    };
    expect(file.part).toEqual({
      agency: 'CSA',
      normIds: ['13a', '13c'],
      itemIds: ['13a-02', '13c-01'],
      // CSA was given norm 13(c) whole and only action 13a-02 of 13(a): it answers 13(c)'s own
      // questions, not 13(a)'s.
      normAnswerIds: ['13c'],
    });
    // 13a-01 is MFA's: left out of CSA's part.
    expect(file.answers.map((x) => x.itemId)).toEqual(['13c-01']);
  }, 60_000);

  it('the agency given a norm with one action carved out gets the norm’s own questions in its part file (coord item 2)', async () => {
    // Session 7 tester: 13(a) to MFA with 13a-02 carved out for CSA; 13(a)'s own questions were
    // in neither part file.
    await assignMfaAndCsa();
    const user = userEvent.setup();
    renderBackup();
    await user.click(await screen.findByRole('radio', { name: /A part of an assessment/ }));
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Fill in from the coordinator’s assignment' }),
      'MFA',
    );
    const norms = screen.getByRole('group', { name: 'Norms this part covers' });
    expect(within(norms).getByRole('checkbox', { name: /^Norm 13\(a\)/ })).not.toBeChecked();
    const questions = screen.getByRole('group', {
      name: /^Norms whose own questions this part covers/,
    });
    expect(within(questions).getByRole('checkbox', { name: /^Norm 13\(a\)/ })).toBeChecked();
    const single = screen.getByRole('group', {
      name: /^Single practical actions this part covers/,
    });
    expect(within(single).getByRole('checkbox', { name: /^13a-01: / })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/^Saved nic-part-singapore-2026-mfa-/, {}, { timeout: 15_000 });
    const file = JSON.parse(await downloads[0]!.text()) as {
      part: unknown;
      answers: { itemId: string }[];
      normAnswers: { normId: string }[];
    };
    expect(file.part).toEqual({
      agency: 'MFA',
      normIds: ['13a'],
      itemIds: ['13a-01'],
      normAnswerIds: ['13a'],
    });
    expect(file.answers.map((x) => x.itemId)).toEqual(['13a-01']);
    // The norm's own answers travel with MFA's part.
    expect(file.normAnswers.map((n) => n.normId)).toEqual(['13a']);
  }, 60_000);

  it('exports the ticks once they are changed by hand: the single action unticked, 13(c) whole', async () => {
    await assignMfaAndCsa();
    const user = userEvent.setup();
    renderBackup();
    await user.click(await screen.findByRole('radio', { name: /A part of an assessment/ }));
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Fill in from the coordinator’s assignment' }),
      'CSA',
    );
    await user.click(screen.getByRole('checkbox', { name: /^13a-02: / }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/^Saved nic-part-/, {}, { timeout: 15_000 });
    const file = JSON.parse(await downloads[0]!.text()) as { part: unknown };
    expect(file.part).toEqual({ agency: 'CSA', normIds: ['13c'] });
  }, 60_000);

  it('keeps the form as it was when the assessment has no assignments', async () => {
    await seedExportSource();
    const user = userEvent.setup();
    renderBackup();
    await user.click(await screen.findByRole('radio', { name: /A part of an assessment/ }));
    await screen.findByRole('checkbox', { name: /^Norm 13\(a\)/ });
    expect(screen.queryByRole('combobox', { name: /coordinator/ })).toBeNull();
    expect(screen.getByLabelText('Agency filling this part')).toHaveValue('');
  });
});
