import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import { t } from '../../src/lib/i18n';
import { planImport, type StoredContext } from '../../src/lib/domain/importPlan';
import { packKey } from '../../src/lib/domain/pack';
import type { ExportSource } from '../../src/lib/domain/exchange';
import type { ExportFile, PartScope } from '../../src/lib/schema/exportFile';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import {
  makeExportSource,
  makeState,
  sealedExport,
  sealedPart,
  testPack,
} from '../fixtures/factories/exports';

/**
 * Session 6, tester (fixagency): the plan's one rule for what a device refuses.
 * 1. A device holding the part of Defence of an assessment is offered "Merge into the stored
 *    assessment" for the part of Foreign Affairs (sent or returned): refused, only skip.
 * 2. Another State's full backup on a device holding only other States' assessments: preset to
 *    skip and said; adding stays possible.
 * 3. A full backup whose assessment claims another State than the stored one with its id: refused,
 *    with that reason ("it is not merged"), never "merged as its return".
 */

const AT = '2026-03-01T00:00:00.000Z';
const DEFENCE: PartScope = { agency: 'Ministry of Defence', normIds: ['13a'] };
const MOFA: PartScope = { agency: 'Ministry of Foreign Affairs', normIds: ['13a'] };
const VN_ID = '00000000-0000-4000-8000-0000000000e1';

function device(heldBy?: string, source = makeExportSource()): StoredContext {
  const pack = testPack();
  return {
    states: source.states,
    assessments: source.assessments,
    records: new Map(
      source.assessments.map((a) => [
        a.id,
        {
          answers: source.answers,
          normAnswers: source.normAnswers,
          history: source.history.map(({ id: _id, ...e }) => e),
        },
      ]),
    ),
    installedPacks: new Set([packKey(pack)]),
    packs: new Map([[packKey(pack), pack]]),
    assignments: new Map(),
    ...(heldBy ? { heldAgencies: new Map([[TEST_ASSESSMENT_ID, heldBy]]) } : {}),
  };
}

/** The test records as Viet Nam's (under `id`, the test assessment's by default), no history. */
function vietNam(id = TEST_ASSESSMENT_ID): ExportSource {
  const s = makeExportSource();
  const move = <T extends { assessmentId: string }>(rows: T[]) =>
    rows.map((r) => ({ ...r, assessmentId: id }));
  return {
    ...s,
    states: [makeState({ code: 'VN', name: 'Viet Nam' })],
    assessments: s.assessments.map((a) => ({ ...a, id, stateCode: 'VN', title: 'Viet Nam 2026' })),
    answers: move(s.answers),
    normAnswers: move(s.normAnswers),
    history: [],
  };
}

function plan(file: ExportFile, ctx: StoredContext) {
  const p = planImport(file, ctx, new Date(AT));
  if (!p.ok) throw new Error(describeFailure(p));
  return p.value.assessments[0]!;
}

describe('another agency’s part on a device holding an agency part (fixagency 1)', () => {
  it.each(['sent', 'returned'] as const)(
    'the part of Foreign Affairs (%s) is refused on the device holding the part of Defence',
    async (direction) => {
      const p = plan(await sealedPart(MOFA, { partDirection: direction }), device(DEFENCE.agency));
      expect(p.refusal).toEqual({
        kind: 'other-agency',
        fileAgency: MOFA.agency,
        heldAgency: DEFENCE.agency,
      });
      expect(p.options).toEqual(['skip']);
      expect(p.preset).toEqual({ action: 'skip' });
      expect(p.mergeTargets).toEqual([]);
      expect(t.coordinator.otherAgencyPart(MOFA.agency, DEFENCE.agency, 'Thailand 2026')).toBe(
        'This is the part of Ministry of Foreign Affairs; this device holds the part of Ministry of Defence for “Thailand 2026”: it is not merged.',
      );
    },
  );

  it('the coordinator’s data for the part it holds (same agency) still merges', async () => {
    const p = plan(
      await sealedPart({ ...DEFENCE, agency: ' ministry of defence' }, { partDirection: 'sent' }),
      device(DEFENCE.agency),
    );
    expect(p.refusal).toBeUndefined();
    expect(p.options).toContain('merge');
  });

  it('the coordinator’s whole assessment still merges into the held part', async () => {
    const p = plan(await sealedExport({ kind: 'assessment' }), device(DEFENCE.agency));
    expect(p.refusal).toBeUndefined();
    expect(p.options).toContain('merge');
  });
});

describe('another State’s full backup (fixagency 2)', () => {
  it('on a device holding only other States’ assessments: preset skip, Add possible, said why', async () => {
    const p = plan(await sealedExport({ kind: 'backup' }, vietNam(VN_ID)), device());
    expect(p.otherState).toBe('VN');
    expect(p.preset).toEqual({ action: 'skip' });
    expect(p.options).toEqual(['add', 'skip']);
    expect(t.coordinator.otherStateNew('Viet Nam')).toMatch(
      /^This is Viet Nam’s assessment; other States’ files are usually compared in the Regional view, not added\./,
    );
  });

  it('on an empty device, or one already holding that State’s assessments: preset add', async () => {
    const file = await sealedExport({ kind: 'backup' }, vietNam(VN_ID));
    const empty: StoredContext = { ...device(), assessments: [], states: [] };
    expect(plan(file, empty).preset).toEqual({ action: 'add' });
    expect(plan(file, device(undefined, vietNam())).preset).toEqual({ action: 'add' });
    expect(plan(file, device(undefined, vietNam())).otherState).toBeUndefined();
  });
});

describe('a full backup holding a State this device holds (a restore, session 7 tester D)', () => {
  it('adds every new assessment of it, other States’ too: none is preset to skip', async () => {
    // The device holds Singapore's assessment; the backup holds it and a new one of Viet Nam.
    const sg = makeExportSource();
    const vn = vietNam(VN_ID);
    const both: ExportSource = {
      ...sg,
      states: [...sg.states, ...vn.states],
      assessments: [...sg.assessments, ...vn.assessments],
      answers: [...sg.answers, ...vn.answers],
      normAnswers: [...sg.normAnswers, ...vn.normAnswers],
    };
    const planned = planImport(
      await sealedExport({ kind: 'backup' }, both),
      device(),
      new Date(AT),
    );
    if (!planned.ok) throw new Error(describeFailure(planned));
    const viet = planned.value.assessments.find((p) => p.incoming.id === VN_ID)!;
    expect(viet.otherState).toBeUndefined();
    expect(viet.preset).toEqual({ action: 'add' });
  });
});

describe('a full backup claiming another State for a stored assessment (fixagency 3)', () => {
  it('is refused with the reason, not taken as a part’s return', async () => {
    const p = plan(await sealedExport({ kind: 'backup' }, vietNam()), device());
    expect(p.refusal).toEqual({ kind: 'other-state', storedState: 'SG', fileState: 'VN' });
    expect(p.heldReturn).toBeUndefined();
    // Not merged; a whole assessment may still be kept as a copy (a new id).
    expect(p.options).toEqual(['copy', 'skip']);
    expect(t.coordinator.otherStateStored('Viet Nam 2026', 'Viet Nam', 'Singapore')).toBe(
      'The file says “Viet Nam 2026” is of Viet Nam; the assessment with this id on this device is of Singapore: it is not merged.',
    );
  });
});
