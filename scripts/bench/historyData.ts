/**
 * Data for the whole-history bench (scripts/bench/history.ts), built in node and deterministic:
 * - `heavyDump`: the heavy 20-cycle State of the tests (tests/fixtures/factories/heavyState.ts) as a
 *   database dump the e2e seeding writes into Chromium's IndexedDB;
 * - `writeRegionFiles`: 200 shareable export files of the bundled pack, one per UN Member State
 *   (the app's list has 193) and a second, older cycle for the first 7 States in display order;
 * - `largeHomeDump`: 50 States with 10 yearly assessments each (500), every action answered.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer, AnswerStatus, Assessment } from '../../src/lib/schema/assessment';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { activeActions } from '../../src/lib/domain/pack';
import { memberStates } from '../../src/lib/domain/states';
import { buildExportBody, exportFileName, sealExport } from '../../src/lib/domain/exchange';
import { makeHeavyState } from '../../tests/fixtures/factories/heavyState';
import { makeAnswer, makeAssessment } from '../../tests/fixtures/factories/answers';
import { makeState } from '../../tests/fixtures/factories/exports';
import { readDump, type DbDump } from '../../tests/e2e/support/seed';

const STATUSES: AnswerStatus[] = ['not-started', 'planned', 'in-progress', 'largely', 'fully'];

const uuid = (prefix: number, n: number) =>
  `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function dumpOf(tables: DbDump['tables']): DbDump {
  const v1 = readDump(1);
  return { version: v1.version, stores: v1.stores, tables };
}

/** The heavy State as a dump, with the source's counts for the checks after an import. */
export function heavyDump() {
  const source = makeHeavyState();
  const dump = dumpOf({
    states: source.states,
    assessments: source.assessments,
    answers: source.answers,
    normAnswers: source.normAnswers,
    history: source.history,
    meta: source.assignments.map((r) => ({ key: `assignments:${r.assessmentId}`, value: r })),
  });
  return { dump, source };
}

/** One cycle of a State, every active action of the bundled pack answered with a short note. */
function cycleOf(stateCode: string, year: number, id: string, seed: number) {
  const at = `${year}-11-20T09:00:00.000Z`;
  const assessment: Assessment = makeAssessment({
    id,
    stateCode,
    title: `Self-assessment ${year}`,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    packId: bundledPack.id,
    packVersion: bundledPack.version,
    leadAgency: 'National Cyber Agency',
    people: ['A. Officer'],
    status: 'final',
    alias: String(year),
    createdAt: `${year}-01-05T09:00:00.000Z`,
    updatedAt: at,
  });
  const answers: Answer[] = activeActions(bundledPack).map((action, i) =>
    makeAnswer({
      assessmentId: id,
      itemId: action.id,
      status: STATUSES[(seed + i) % STATUSES.length],
      notes: `Measures in place for ${action.id}; reviewed ${year}.`,
      priority: (['high', 'medium', 'low'] as const)[(seed + i) % 3],
      targetDate: `${year + 2}-06-30`,
      rev: 3,
      updatedAt: at,
      updatedBy: 'A. Officer',
    }),
  );
  return { assessment, answers };
}

/**
 * Writes 200 shareable exports (what a State sends for regional comparison) into `dir`; returns
 * their paths and how many States they cover.
 */
export async function writeRegionFiles(
  dir: string,
  count = 200,
): Promise<{ paths: string[]; states: number }> {
  mkdirSync(dir, { recursive: true });
  const states = memberStates();
  const paths: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const state = states[n % states.length]!;
    const year = n < states.length ? 2026 : 2025;
    const { assessment, answers } = cycleOf(state.code, year, uuid(0xbe0c, n + 1), n);
    const body = buildExportBody(
      {
        states: [makeState({ code: state.code, name: state.name, asean: state.asean === true })],
        assessments: [assessment],
        answers,
        normAnswers: [],
        history: [],
        packs: [bundledPack],
        assignments: [],
      },
      {
        kind: 'assessment',
        appVersion: 'bench',
        exportedAt: `${year}-11-21T09:00:00.000Z`,
        shareable: true,
      },
    );
    const file = await sealExport(body);
    const path = join(dir, `${String(n).padStart(3, '0')}-${exportFileName(body, false, 'UTC')}`);
    writeFileSync(path, JSON.stringify(file));
    paths.push(path);
  }
  return { paths, states: Math.min(count, states.length) };
}

/** 50 States (ASEAN first, as the app lists them), 10 yearly assessments each, all answered. */
export function largeHomeDump(statesCount = 50, perState = 10): DbDump {
  const chosen = memberStates().slice(0, statesCount);
  const assessments: Assessment[] = [];
  const answers: Answer[] = [];
  chosen.forEach((state, s) => {
    for (let c = 0; c < perState; c += 1) {
      const year = 2026 - perState + 1 + c;
      const cycle = cycleOf(state.code, year, uuid(0x40e0 + s, c + 1), s + c);
      assessments.push(cycle.assessment);
      answers.push(...cycle.answers);
    }
  });
  return dumpOf({
    states: chosen.map((s) =>
      makeState({
        code: s.code,
        name: s.name,
        asean: s.asean === true,
        createdAt: '2017-01-02T09:00:00.000Z',
      }),
    ),
    assessments,
    answers,
  });
}
