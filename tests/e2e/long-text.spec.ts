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
      ],
    },
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
 * "20/24" at 375 and 1280 px). Checked: every header cell, every figure cell (`.num`) and every
 * cell whose text is a single word or number (no space, at most 30 characters: longer runs are user
 * text such as a pasted URL, which wraps by design). A word that lies on two or more lines has client
 * rectangles at two or more heights (Range.getClientRects); a break after a hyphen is a break
 * between words.
 */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('table th, table td')) {
      if (cell.getClientRects().length === 0) continue; // not shown (closed disclosure)
      const text = (cell.textContent ?? '').trim();
      const single = text.length > 0 && text.length <= 30 && !/\s/.test(text);
      if (!(cell.tagName === 'TH' || cell.classList.contains('num') || single)) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
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
