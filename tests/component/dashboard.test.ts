import { render, screen, waitFor, within } from '@testing-library/svelte';
import { describeFailure } from '../../src/lib/i18n/failures';
import userEvent from '@testing-library/user-event';
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import Dashboard from '../../src/views/Dashboard/Dashboard.svelte';
import DashboardView from '../../src/views/Dashboard/DashboardView.svelte';
import { matchRoute } from '../../src/lib/state/router.svelte';
import { routes } from '../../src/views/routes';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { activeActions } from '../../src/lib/domain/pack';
import { createAssessment } from '../../src/lib/storage/assessments';
import { saveAnswer } from '../../src/lib/storage/answers';
import { packSchema } from '../../src/lib/schema/pack';
import { makeAction, makePack } from '../fixtures/factories/pack';
import {
  TEST_ASSESSMENT_ID,
  makeAnswer,
  makeAssessment,
  makeNormAnswer,
} from '../fixtures/factories/answers';

// Norm 13a: 13a-01 (RAP 1), 13a-02 (RAP 1 and 2). Norm 13c: 13c-01 (RAP 2).
const pack = packSchema.parse(
  makePack({
    actions: [
      makeAction({ text: 'Take part in regional fora.' }),
      makeAction({
        id: '13a-02',
        text: 'Name a national point of contact.',
        focusAreaIds: ['rap-1', 'rap-2'],
      }),
      makeAction({
        id: '13c-01',
        normId: '13c',
        text: 'Review the national law.',
        focusAreaIds: ['rap-2'],
      }),
    ],
  }),
);
const assessment = makeAssessment({ title: 'Singapore 2026' });
const answers = [
  makeAnswer({ itemId: '13a-01', status: 'fully' }),
  makeAnswer({
    itemId: '13a-02',
    status: 'planned',
    targetStatus: 'largely',
    priority: 'high',
    targetDate: '2026-06-30',
    leadAgency: 'Cyber Security Agency',
  }),
  makeAnswer({ itemId: '13c-01', status: 'not-applicable', naJustification: 'No such law.' }),
];
const workspace = `#/assessments/${TEST_ASSESSMENT_ID}`;

function renderDashboard(props: Partial<Parameters<typeof render<typeof Dashboard>>[1]> = {}) {
  return render(Dashboard, { assessment, pack, answers, locale: 'en', ...props });
}

beforeEach(() => {
  // jsdom has no canvas: say so quietly instead of logging "not implemented".
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  vi.restoreAllMocks();
  location.hash = '';
});

describe('dashboard', () => {
  it('links to the scoring method in the Help page, not to "the documentation"', () => {
    renderDashboard();
    expect(screen.getByRole('link', { name: 'the scoring method, in Help' })).toHaveAttribute(
      'href',
      '#/help?section=help-scoring',
    );
    expect(screen.queryByText(/in the documentation/)).toBeNull();
  });

  it('shows the overall figures and the maturity band', () => {
    renderDashboard();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Dashboard: Singapore 2026',
    );
    const summary = screen.getByRole('region', { name: 'Summary' });
    // Overall = mean of the norm scores with an applicable item: only 13a, (1 + 0.25) / 2.
    expect(within(summary).getByText('Overall score').nextElementSibling).toHaveTextContent('62%');
    expect(within(summary).getByText('Maturity: Managed')).toBeInTheDocument();
    expect(within(summary).getByText('Target score').nextElementSibling).toHaveTextContent('87%');
    // 62.5 / 87.5 = 71.4 %, shown rounded toward zero.
    expect(within(summary).getByText('Progress to target').nextElementSibling).toHaveTextContent(
      '71%',
    );
    expect(within(summary).queryByText(/Progress since/)).toBeNull();
  });

  it('shows completeness as a labelled progress bar and in words', () => {
    renderDashboard({ answers: answers.slice(0, 2) });
    const bar = screen.getByRole('progressbar', { name: 'Practical actions answered' });
    expect(bar).toHaveAttribute('value', '2');
    expect(bar).toHaveAttribute('max', '3');
    expect(bar).toHaveAttribute('aria-valuetext', '2 of 3 practical actions answered (66%)');
    expect(screen.getByText('2 of 3 practical actions answered (66%)')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Unanswered practical actions count as not started until they are answered.',
      ),
    ).toBeInTheDocument();
  });

  it('gives the norm chart a table with caption, scores, bands and links to the workspace', () => {
    renderDashboard();
    const table = screen.getByRole('table', {
      name: 'Scores by norm: this cycle, target and earlier cycle',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Norm', 'This cycle', 'Target', 'Maturity', 'Answered']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['62%', '87%', 'Managed', '2 of 2'],
      ['not scored', 'not scored', '—', '1 of 1'],
    ]);
    const link = within(table).getByRole('link', { name: '13(a) Cooperate on ICT security' });
    expect(link).toHaveAttribute('href', `${workspace}?norm=13a`);
    // The chart image is named and points to the table.
    expect(
      screen.getByRole('img', { name: /^Scores by norm: .*The same figures are in the table/ }),
    ).toBeInTheDocument();
  });

  it('gives the focus-area chart a table with links filtered by area', () => {
    renderDashboard();
    const table = screen.getByRole('table', { name: /^Scores by ASEAN RAP focus area/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['62%', '87%', 'Managed', '2 of 2'],
      ['25%', '75%', 'Developing', '2 of 2'],
    ]);
    expect(
      within(table).getByRole('link', { name: 'RAP 2 Policies, strategies and frameworks' }),
    ).toHaveAttribute('href', `${workspace}?area=rap-2`);
  });

  it('lists the top gaps with status, target, priority, date and agency, linked to the item', () => {
    renderDashboard();
    const gaps = screen.getByRole('region', { name: 'Largest gaps' });
    const items = within(gaps).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const link = within(items[0]!).getByRole('link');
    expect(link).toHaveTextContent('Norm 13(a) Name a national point of contact.');
    expect(link).toHaveAttribute('href', `${workspace}?item=13a-02`);
    expect(items[0]).toHaveTextContent('Planned → target Largely implemented');
    expect(items[0]).toHaveTextContent('Priority: High');
    expect(items[0]).toHaveTextContent('Target date: 30 Jun 2026');
    expect(items[0]).toHaveTextContent('Lead agency: Cyber Security Agency');
    expect(items[0]).toHaveTextContent('Weighted gap 0.5');
  });

  it('ranks unanswered items as gaps and limits the list', () => {
    renderDashboard({ answers: [], maxGaps: 2 });
    const gaps = screen.getByRole('region', { name: 'Largest gaps' });
    expect(within(gaps).getByText(/The 2 largest of 3 gaps/)).toBeInTheDocument();
    const links = within(gaps).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      `${workspace}?item=13a-01`,
      `${workspace}?item=13a-02`,
    ]);
    expect(within(gaps).getAllByRole('listitem')[0]).toHaveTextContent(
      'Unanswered → target Fully implemented',
    );
  });

  it('says when there is no score at all', () => {
    const allNa = answers.map((a) => ({
      ...a,
      status: 'not-applicable' as const,
      naJustification: 'Not relevant',
    }));
    renderDashboard({ answers: allNa });
    expect(
      screen.getByText('No score: no applicable practical action has been assessed.'),
    ).toBeInTheDocument();
    // The one word for a score that does not exist (i18n scoreText), never a dash.
    expect(screen.getByText('Overall score').nextElementSibling).toHaveTextContent('not scored');
    expect(
      screen.getByText(/No gaps: every applicable practical action has reached its target/),
    ).toBeVisible();
    expect(
      screen.getByText(
        '3 practical actions marked not applicable (answered, left out of the scores)',
      ),
    ).toBeInTheDocument();
  });

  it('compares with an earlier cycle: progress to date and a column per chart table', () => {
    renderDashboard({
      previous: {
        label: '2025',
        answers: [
          makeAnswer({ itemId: '13a-01', status: 'planned' }),
          makeAnswer({ itemId: '13a-02', status: 'not-started' }),
        ],
      },
      normAnswers: [makeNormAnswer({ normId: '13a', capacityNeeds: 'Training' })],
    });
    // Baseline: 13a 0.25 / 2 = 12.5, 13c unanswered then = 0, overall 6.25; now 62.5, target 87.5.
    // (62.5 − 6.25) / (87.5 − 6.25) = 69.2 %.
    expect(screen.getByText('Progress since 2025').nextElementSibling).toHaveTextContent('69%');
    const table = screen.getByRole('table', { name: /^Scores by norm/ });
    expect(within(table).getByRole('columnheader', { name: 'Earlier cycle (2025)' })).toBeVisible();
    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(
      within(firstRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['62%', '12%', '87%', 'Managed', '2 of 2']);
  });

  it('goes to the workspace filtered to a norm when its link is followed', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await user.click(screen.getByRole('link', { name: '13(a) Cooperate on ICT security' }));
    expect(location.hash).toBe(`${workspace}?norm=13a`);
  });
});

describe('dashboard route', () => {
  const newCycle = async (alias: string, carryFrom?: string) => {
    const made = await createAssessment(
      {
        stateCode: 'SG',
        title: `Singapore ${alias}`,
        periodStart: `${alias}-01-01`,
        periodEnd: `${alias}-12-31`,
        leadAgency: 'CSA',
        people: [],
        alias,
      },
      bundledPack,
      'Lan',
      carryFrom,
    );
    if (!made.ok) throw new Error(describeFailure(made));
    return made.value;
  };
  const answer = async (assessmentId: string, itemId: string, rev: number) => {
    const saved = await saveAnswer({
      assessmentId,
      itemId,
      expectedRev: rev,
      patch: { status: 'fully' },
      by: 'Lan',
    });
    if (!saved.ok) throw new Error(describeFailure(saved));
  };

  useFreshDatabase();

  it('is registered at #/assessments/<id>/dashboard', async () => {
    const matched = matchRoute(`#/assessments/${TEST_ASSESSMENT_ID}/dashboard`, routes);
    expect(matched.route?.name).toBe('dashboard');
    expect(matched.params).toEqual({ id: TEST_ASSESSMENT_ID });
    const mod = await matched.route!.load!();
    expect(mod.default).toBe(DashboardView);
  });

  it('loads a stored assessment and compares it with the cycle it was carried from', async () => {
    const [first, second] = activeActions(bundledPack);
    const earlier = await newCycle('2025');
    await answer(earlier.id, first!.id, 0);
    const later = await newCycle('2026', earlier.id);
    await answer(later.id, second!.id, 0);

    render(DashboardView, { params: { id: later.id }, query: new URLSearchParams() });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dashboard: Singapore 2026' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Progress since 2025')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Practical actions answered' })).toHaveAttribute(
      'value',
      '2',
    );
    const table = screen.getByRole('table', { name: /^Scores by norm/ });
    expect(within(table).getAllByRole('row')).toHaveLength(12);
    expect(within(table).getByRole('columnheader', { name: 'Earlier cycle (2025)' })).toBeVisible();
  });

  it("compares with the State's previous cycle when the new one started empty", async () => {
    const [first] = activeActions(bundledPack);
    await newCycle('2023');
    const earlier = await newCycle('2025');
    await answer(earlier.id, first!.id, 0);
    const later = await newCycle('2026');

    render(DashboardView, { params: { id: later.id }, query: new URLSearchParams() });
    expect(await screen.findByText('Progress since 2025')).toBeInTheDocument();
    expect(screen.queryByText('Progress since 2023')).not.toBeInTheDocument();
  });

  it("follows an answer saved after it opened, in place (another tab's save reaches it the same way)", async () => {
    // A tester kept a dashboard open in a second tab: 13(i) stayed at 25 % after the checklist tab
    // had saved the answer that made it 41 %, until a reload.
    const [first, second] = activeActions(bundledPack);
    const cycle = await newCycle('2026');
    await answer(cycle.id, first!.id, 0);
    render(DashboardView, { params: { id: cycle.id }, query: new URLSearchParams() });
    const bar = () => screen.getByRole('progressbar', { name: 'Practical actions answered' });
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Dashboard: Singapore 2026',
    });
    expect(bar()).toHaveAttribute('value', '1');

    await answer(cycle.id, second!.id, 0);
    await waitFor(() => expect(bar()).toHaveAttribute('value', '2'));
    // Updated in place: the screen was not torn down (focus and scroll stay).
    expect(heading.isConnected).toBe(true);
  });

  it('compares a second assessment of the same period with the one it was carried from', async () => {
    const [first] = activeActions(bundledPack);
    await newCycle('2024');
    const source = await newCycle('2026');
    await answer(source.id, first!.id, 0);
    const made = await createAssessment(
      {
        stateCode: 'SG',
        title: 'Singapore 2026 (redo)',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        leadAgency: 'CSA',
        people: [],
        alias: '2026 redo',
      },
      bundledPack,
      'Lan',
      source.id,
    );
    if (!made.ok) throw new Error(describeFailure(made));

    render(DashboardView, { params: { id: made.value.id }, query: new URLSearchParams() });
    expect(await screen.findByText('Progress since 2026')).toBeInTheDocument();
    expect(screen.queryByText('Progress since 2024')).not.toBeInTheDocument();
  });

  it('says so when the assessment is not on this device', async () => {
    render(DashboardView, { params: { id: TEST_ASSESSMENT_ID }, query: new URLSearchParams() });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This assessment was not found on this device.',
    );
  });
});

describe('chart code', () => {
  it('never imports chart.js statically (it is loaded on first draw)', () => {
    const dirs = ['src/components/charts', 'src/views/Dashboard', 'src/lib/report'];
    const files = dirs.flatMap((d) =>
      readdirSync(d, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|svelte)$/.test(f))
        .map((f) => `${d}/${f}`),
    );
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const staticImports = source.match(/^\s*import\s+(?!type\b)[^;]*from\s+'chart\.js'/gm);
      expect(staticImports, file).toBeNull();
    }
    expect(readFileSync('src/components/charts/loadChartJs.ts', 'utf8')).toContain(
      "import('chart.js')",
    );
  });
});

describe('carried answers on the dashboard', () => {
  it('says how many answered items were carried forward and are not yet confirmed', () => {
    renderDashboard({
      answers: [
        makeAnswer({ itemId: '13a-01', status: 'fully', carried: true }),
        makeAnswer({ itemId: '13a-02', status: 'planned', carried: true }),
        makeAnswer({ itemId: '13c-01', status: 'planned' }),
      ],
    });
    expect(
      screen.getByText(
        '2 of them were carried forward from an earlier cycle and are not yet confirmed in this one: the scores count them as carried, and the checklist lists them as carried to confirm, not as answered in this cycle.',
      ),
    ).toBeInTheDocument();
  });

  it('says nothing of carried answers when there are none', () => {
    renderDashboard();
    expect(screen.queryByText(/carried forward from an earlier cycle/)).toBeNull();
  });
});
