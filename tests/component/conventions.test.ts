import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import { createRawSnippet } from 'svelte';
import HelpView from '../../src/views/Help/HelpView.svelte';
import WorkspaceView from '../../src/views/Workspace/WorkspaceView.svelte';
import ShortcutsDialog from '../../src/components/help/ShortcutsDialog.svelte';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { bundledPacks } from '../../src/lib/domain/bundledPacks';
import { actionsOfNorm } from '../../src/lib/domain/pack';
import { STATUS_POINTS } from '../../src/lib/domain/scoring';
import { createAssessment } from '../../src/lib/storage/assessments';
import { describeFailure } from '../../src/lib/i18n';
import { shortcutList } from '../../src/lib/state/shortcutList.svelte';
import pkg from '../../package.json';

/** Issue 16, conventions: the Help page, the `?` shortcut list, the workspace's place in the URL. */

useFreshDatabase();
afterEach(async () => {
  await shortcutList.hide();
});

describe('Help and About', () => {
  it('says what the tool is for, the steps, the scoring method from the scoring code, the keys, the data', () => {
    render(HelpView, { params: {}, query: new URLSearchParams() });
    expect(screen.getByRole('heading', { level: 1, name: 'Help' })).toBeInTheDocument();
    const steps = screen.getByRole('region', { name: 'The steps' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^Set up\./),
      expect.stringMatching(/^Fill in\./),
      expect.stringMatching(/^Agencies’ parts\./),
      expect.stringMatching(/^Score\./),
      expect.stringMatching(/^Report\./),
      expect.stringMatching(/^Repeat each cycle\./),
    ]);
    const points = screen.getByRole('table', { name: 'Points of each implementation status' });
    expect(within(points).getByRole('row', { name: /Planned/ })).toHaveTextContent(
      String(STATUS_POINTS.planned),
    );
    expect(within(points).getByRole('row', { name: /Largely implemented/ })).toHaveTextContent(
      String(STATUS_POINTS.largely),
    );
    const scoring = screen.getByRole('region', { name: 'How the scores are computed' });
    expect(scoring).toHaveTextContent('Score of a norm');
    expect(scoring).toHaveTextContent('Σ(weight × points) ÷ Σ(weight)');
    expect(scoring).toHaveTextContent('Score of a focus area');
    expect(scoring).toHaveTextContent('the plain mean of the norm scores');
    expect(scoring).toHaveTextContent('leaves both the numerator and the denominator');
    const keys = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    for (const key of ['?', 'j or Alt+↓', 'k or Alt+↑', '1 – 5', '0'])
      expect(within(keys).getByText(key, { selector: 'kbd' })).toBeInTheDocument();
    const data = screen.getByRole('region', { name: 'Where your data is kept' });
    expect(data).toHaveTextContent('IndexedDB');
    expect(data).toHaveTextContent('Nothing leaves the device unless you export a file');
    expect(within(data).getByRole('link', { name: 'Backup and import' })).toHaveAttribute(
      'href',
      '#/backup',
    );
  });

  it('About: the version and licence of package.json, and the checklist packs installed', async () => {
    render(HelpView, { params: {}, query: new URLSearchParams() });
    const about = screen.getByRole('region', { name: 'About' });
    expect(within(about).getByText(pkg.version, { selector: 'dd' })).toBeInTheDocument();
    expect(
      within(about).getByText(new RegExp(`^${pkg.license} `), { selector: 'dd' }),
    ).toBeInTheDocument();
    const packs = await within(about).findByRole('table', { name: 'Checklist packs installed' });
    const rows = within(packs).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(bundledPacks.length);
    expect(
      within(packs).getByRole('row', {
        name: new RegExp(`${bundledPack.version} \\(default for new assessments\\)`),
      }),
    ).toHaveTextContent(bundledPack.title);
  });
});

describe('the scoring method, linked from the dashboard', () => {
  // A tester found the dashboard still ending with "see the scoring method in the documentation":
  // a dead reference, which the issue names. It is a link to Help's scoring section now.
  it('the Help address with a section opens at that section', async () => {
    render(HelpView, { params: {}, query: new URLSearchParams('section=help-scoring') });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { level: 2, name: 'How the scores are computed' }),
      ),
    );
  });
});

describe('the shortcut list (?)', () => {
  const page = createRawSnippet(() => ({
    render: () =>
      '<div><button type="button">Somewhere</button><textarea aria-label="Notes"></textarea></div>',
  }));

  it('opens on ?, closes on Escape, and gives focus back', async () => {
    const user = userEvent.setup();
    render(ShortcutsDialog);
    render(page);
    const opener = screen.getByRole('button', { name: 'Somewhere' });
    opener.focus();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('j or Alt+↓')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'All help' })).toHaveAttribute(
      'href',
      '#/help',
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
  });

  it('is text, not a shortcut, in a text field', async () => {
    const user = userEvent.setup();
    render(ShortcutsDialog);
    render(page);
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Why?');
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('Why?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('the workspace keeps its place in the address', () => {
  it('writes the norm and the current action into the URL (a reload opens there)', async () => {
    const user = userEvent.setup();
    const r = await createAssessment(
      {
        stateCode: 'MY',
        title: 'Malaysia 2026',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        leadAgency: 'NACSA',
        people: [],
        alias: '2026',
      },
      bundledPack,
      'Aminah',
    );
    if (!r.ok) throw new Error(describeFailure(r));
    history.replaceState(null, '', `#/assessments/${r.value.id}`);
    render(WorkspaceView, { params: { id: r.value.id }, query: new URLSearchParams() });
    await screen.findByRole('heading', { level: 1, name: 'Malaysia 2026' });
    await user.click(screen.getByRole('button', { name: /^Norm 13\(c\)/ }));
    await user.keyboard('j');
    const second = actionsOfNorm(bundledPack, '13c')[1]!;
    await waitFor(() =>
      expect(location.hash).toBe(`#/assessments/${r.value.id}?norm=13c&item=${second.id}`),
    );
  });
});
