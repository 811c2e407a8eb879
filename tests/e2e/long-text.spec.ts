import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { bundledPackRef, readDump, seedDump, type DbDump } from './support/seed';

/**
 * Long unbroken user text (a Thai agency name without spaces, a one-word title, a long URL) must
 * wrap wherever it is shown: no screen may become wider than the viewport (no sideways scroll),
 * at a desktop and a phone width. Every route of the router is visited (session 5, uiwords item 2:
 * the Checklist packs table made the page scroll sideways at 375–390 px); a route added without a
 * visit here fails the first test.
 */

const OLDER = '9c2e4f6a-1b3d-4e5f-8a7b-0c1d2e3f4a01';
const NEWER = '9c2e4f6a-1b3d-4e5f-8a7b-0c1d2e3f4a02';
const AT = '2026-03-01T08:00:00.000Z';

// The schema's limit for a title or an agency is 200 characters: the longest a user can type.
const LONG_TITLE = 'Selfassessment'.repeat(15).slice(0, 200);
const THAI = 'สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ';
const LONG_THAI = THAI.repeat(5).slice(0, 200);
const RUN = 'x'.repeat(500);
const LONG_URL = `https://example.org/${'a'.repeat(500)}`;

function assessment(id: string, alias: string, year: number, title: string) {
  const pack = bundledPackRef();
  return {
    id,
    stateCode: 'TH',
    title,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    packId: pack.id,
    packVersion: pack.version,
    leadAgency: LONG_THAI,
    people: [LONG_THAI.slice(0, 120)],
    status: 'draft',
    alias,
    createdAt: AT,
    updatedAt: AT,
  };
}

function answer(assessmentId: string, itemId: string, status: string) {
  return {
    assessmentId,
    itemId,
    status,
    targetStatus: 'fully',
    evidence: { text: `Evidence ${RUN}`, links: [LONG_URL] },
    leadAgency: LONG_THAI,
    notes: `Notes ${RUN}`,
    markedForReview: true,
    reviewed: false,
    carried: false,
    rev: 1,
    updatedAt: AT,
    updatedBy: 'e2e',
  };
}

function longTexts(): DbDump {
  const v1 = readDump(1);
  return {
    version: v1.version,
    stores: v1.stores,
    tables: {
      states: [{ code: 'TH', name: 'Thailand', asean: true, createdAt: AT }],
      assessments: [
        assessment(OLDER, '2024', 2024, `${LONG_TITLE.slice(0, 190)}2024`),
        assessment(NEWER, '2026', 2026, LONG_TITLE),
      ],
      answers: [
        answer(OLDER, '13a-01', 'planned'),
        answer(NEWER, '13a-01', 'in-progress'),
        answer(NEWER, '13b-01', 'largely'),
      ],
      normAnswers: [
        {
          assessmentId: NEWER,
          normId: '13a',
          challenges: `Challenges ${RUN}`,
          capacityNeeds: `Needs ${RUN}`,
          carried: false,
          rev: 1,
          updatedAt: AT,
          updatedBy: 'e2e',
        },
      ],
      history: [],
      packs: [],
      meta: [
        {
          key: `assignments:${NEWER}`,
          value: {
            assessmentId: NEWER,
            assignments: [
              { agency: LONG_THAI, normIds: ['13a'], itemIds: [] },
              { agency: `Agency${'Z'.repeat(190)}`, normIds: ['13b'], itemIds: [] },
            ],
            rev: 1,
            updatedAt: AT,
            updatedBy: 'e2e',
          },
        },
        {
          key: `coordination:${NEWER}`,
          value: coordination(),
        },
      ],
    },
  };
}

/**
 * The coordinator's log of parts sent and received (meta `coordination:<id>`), so that Backup ›
 * Who has answered shows dates, returns and "Still unanswered" lists (session 7, coordfix item 1:
 * at 375 px that table broke "exported" into "ex/po/rte/d" and made the page 451 px wide).
 */
function coordination() {
  const scope = (agency: string, normIds: string[]) => ({ agency, normIds });
  const received = (agency: string, normIds: string[], day: number) => ({
    scope: scope(agency, normIds),
    exportedAt: `2026-03-0${day}T09:00:00.000Z`,
    importedAt: `2026-03-0${day}T10:00:00.000Z`,
    importedBy: 'e2e',
    written: 3,
    conflicts: 0,
    conflictsTaken: 0,
  });
  return {
    type: 'nic-coordination',
    version: 1,
    assessmentId: NEWER,
    sent: [
      { scope: scope(LONG_THAI, ['13a']), sentAt: AT, sentBy: 'e2e', answers: [], normAnswers: [] },
    ],
    received: [received(LONG_THAI, ['13a'], 2), received(LONG_THAI, ['13a'], 3)],
  };
}

const SCREENS: { name: string; hash: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'home',
    hash: '#/',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'workspace (the action with the long texts)',
    hash: `#/assessments/${NEWER}?norm=13a&item=13a-01`,
    ready: async (page) => {
      const action = page.getByRole('article', { name: /^Action 13a-01/ });
      await action.getByText('Details, evidence and notes').click();
      await expect(action.getByLabel('Notes')).toHaveValue(`Notes ${RUN}`);
    },
  },
  {
    name: 'workspace (norm with long challenges)',
    hash: `#/assessments/${NEWER}?norm=13a`,
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'dashboard',
    hash: `#/assessments/${NEWER}/dashboard`,
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'compare',
    hash: `#/compare?a=${OLDER}&b=${NEWER}`,
    ready: (page) => expect(page.getByRole('table', { name: 'Scores by norm' })).toBeVisible(),
  },
  {
    name: 'timeline',
    hash: '#/states/TH/timeline',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'backup',
    hash: '#/backup',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'report',
    hash: `#/assessments/${NEWER}/report`,
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
];

const ready = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();

/** One visit of every route of the router (src/views/routes.ts, src/views/homeRoute.ts), by name. */
const ROUTE_VISITS: Record<string, { hash: string; ready: (page: Page) => Promise<void> }> = {
  home: { hash: '#/', ready },
  'assessment-new': { hash: '#/assessments/new?state=TH', ready },
  'assessment-edit': {
    hash: `#/assessments/${NEWER}/edit`,
    ready: (page) => expect(page.getByRole('button', { name: 'Save details' })).toBeVisible(),
  },
  assessment: { hash: `#/assessments/${NEWER}?norm=13b`, ready },
  help: { hash: '#/help', ready },
  packs: {
    hash: '#/packs',
    ready: (page) => expect(page.getByRole('table').first()).toBeVisible(),
  },
  timeline: { hash: '#/states/TH/timeline', ready },
  compare: { hash: `#/compare?a=${OLDER}&b=${NEWER}`, ready },
  region: { hash: '#/region', ready },
  backup: { hash: '#/backup', ready },
  dashboard: { hash: `#/assessments/${NEWER}/dashboard`, ready },
  report: { hash: `#/assessments/${NEWER}/report`, ready },
};

/** The route names the router has (read from its source: the e2e run cannot load .svelte views). */
function routerNames(): string[] {
  const source = ['src/views/routes.ts', 'src/views/homeRoute.ts']
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  return [...source.matchAll(/\bname: '([\w-]+)'/g)].map((m) => m[1]!).sort();
}

test('every route of the router is visited by the sideways-scroll check', () => {
  expect(routerNames()).toEqual(Object.keys(ROUTE_VISITS).sort());
});

/** How far the page is wider than the viewport, in CSS pixels (0 when nothing scrolls sideways). */
async function sidewaysOverflow(page: Page): Promise<number> {
  // Against the layout viewport without its scroll bar (clientWidth ≤ innerWidth): a page as wide
  // as the window but for the scroll bar still scrolls sideways.
  return page.evaluate(() => {
    const root = document.documentElement;
    return Math.max(root.scrollWidth - root.clientWidth, root.scrollWidth - window.innerWidth);
  });
}

/**
 * Words that a table breaks inside (session 6, fixlayout item 1: "Cycle" → "Cyc/le", "2024" →
 * "20/24" at 375 and 1280 px; session 7, coordfix item 1: "practi/cal actio/ns", "ex/po/rte/d" in
 * Who has answered at 375 px). Checked: every word of every cell, up to 30 characters (longer runs
 * are user text such as a pasted URL or a Thai name without spaces, which wraps by design). A word
 * that lies on two or more lines has client rectangles at two or more heights
 * (Range.getClientRects); a break after a hyphen is a break between words.
 */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('table th, table td')) {
      if (cell.getClientRects().length === 0) continue; // not shown (closed disclosure)
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Text of a closed disclosure inside the cell is not laid out: its rectangles mean nothing.
        if (node.parentElement?.checkVisibility() === false) continue;
        const value = node.nodeValue ?? '';
        for (const m of value.matchAll(/[^\s-]+/g)) {
          if (m[0].length > 30) continue;
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push(`"${m[0]}" on ${tops.size} lines`);
        }
      }
    }
    return out;
  });
}

for (const width of [1280, 375]) {
  test(`no table breaks a header, a figure or a one-word cell inside a word at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await seedDump(page, longTexts());
    const broken: string[] = [];
    for (const [name, v] of Object.entries(ROUTE_VISITS)) {
      await page.goto(`./${v.hash}`);
      await v.ready(page);
      await page.waitForLoadState('networkidle');
      for (const word of await brokenWords(page)) broken.push(`${name}: ${word}`);
    }
    expect(broken).toEqual([]);
  });
}

/**
 * Tables wider than the viewport that do not scroll inside their own named, focusable region
 * (components/ScrollRegion.svelte): such a table makes the page scroll sideways, or cuts off a
 * column ("Unchanged" in the import preview at 375 px, session 7), and a keyboard user cannot
 * reach what is hidden.
 */
async function unframedWideTables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const table of document.querySelectorAll<HTMLElement>('table')) {
      const box = table.getBoundingClientRect();
      if (box.width === 0) continue; // not shown
      const name = table.querySelector('caption')?.textContent?.trim() ?? table.id;
      const region = table.closest<HTMLElement>('[role="region"]');
      const framed =
        region !== null &&
        (region.getAttribute('aria-label') ?? '').length > 0 &&
        region.tabIndex === 0 &&
        ['auto', 'scroll'].includes(getComputedStyle(region).overflowX) &&
        region.getBoundingClientRect().right <= width + 0.5;
      if (box.right > width + 0.5 && !framed)
        out.push(`"${name}": ${Math.round(box.right - width)} px past the viewport`);
    }
    return out;
  });
}

for (const width of [1280, 375]) {
  test(`Backup with Who has answered filled and an import preview open fits ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await seedDump(page, longTexts());
    await page.goto('./#/backup');
    await page.getByRole('combobox', { name: 'Assessment', exact: true }).selectOption(NEWER);
    const who = page.getByRole('table', { name: 'Agencies, their parts and what is missing' });
    await expect(who.getByRole('listitem')).toHaveCount(2);

    // An import preview: this device's own full backup, read back.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await (await downloading).path();
    await page.getByLabel(/^Choose files to import/).setInputFiles(file);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(
      page.getByRole('table', { name: /^Records added, changed and unchanged/ }),
    ).toBeVisible();
    await page.waitForLoadState('networkidle');

    expect({
      sideways: await sidewaysOverflow(page),
      broken: await brokenWords(page),
      unframed: await unframedWideTables(page),
    }).toEqual({ sideways: 0, broken: [], unframed: [] });
  });
}

for (const width of [1280, 375]) {
  test(`long unbroken user text wraps on every screen at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await seedDump(page, longTexts());
    const wide: string[] = [];
    const visits = [
      ...SCREENS,
      ...Object.entries(ROUTE_VISITS).map(([name, v]) => ({ name: `route ${name}`, ...v })),
    ];
    for (const screen of visits) {
      await page.goto(`./${screen.hash}`);
      await screen.ready(page);
      // Let lazily loaded parts (charts, assignments) render before measuring.
      await page.waitForLoadState('networkidle');
      const over = await sidewaysOverflow(page);
      if (over > 0) wide.push(`${screen.name}: ${over} px wider than the viewport`);
    }
    expect(wide).toEqual([]);
  });
}
