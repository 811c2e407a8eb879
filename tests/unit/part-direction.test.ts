import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import { buildExportBody } from '../../src/lib/domain/exchange';
import { plannedImport, testDevice } from '../fixtures/factories/importDevice';
import {
  onlyAPart,
  partDirectionFor,
  partFromForm,
  scopeFromTicks,
} from '../../src/lib/domain/coordination';
import { scopeForAgency } from '../../src/lib/domain/assignments';
import { partItemIds, partNormAnswerIds, scopeInWords } from '../../src/lib/domain/exchange';
import { previewImport, type StoredContext } from '../../src/lib/domain/importPlan';
import type { PartDirection } from '../../src/lib/schema/exportFile';
import { HELD_PART_TYPE, HELD_PART_VERSION } from '../../src/lib/schema/coordination';
import {
  makeExportSource,
  sealedExport,
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
  testPack,
} from '../fixtures/factories/exports';

/**
 * Issue 16, left by session 2 (a WRONG FIGURE): a part returned by an agency whose assessment was
 * not on the coordinator's device was offered as a new assessment ("Add it") and then scored as a
 * whole one. A part now says which way it travels (export format 5, `partDirection`): a SENT part is
 * added on the agency's device as a part (held, never scored as whole); a RETURNED part is merged,
 * never added.
 */

const NOW = new Date('2026-03-01T00:00:00.000Z');
const AT = NOW.toISOString();
const SCOPE = { agency: 'National Police', normIds: ['13a'] };

async function partFile(direction: PartDirection | undefined) {
  return sealedExport({
    kind: 'part',
    part: SCOPE,
    ...(direction ? { partDirection: direction } : {}),
  });
}

const planOn = (ctx: StoredContext, file: Awaited<ReturnType<typeof partFile>>) =>
  plannedImport(file, ctx, NOW);

describe('a part says which way it travels', () => {
  it('is written as sent by default (the coordinator), returned when the device holds the part it received', async () => {
    expect((await partFile(undefined)).partDirection).toBe('sent');
    expect((await partFile('returned')).partDirection).toBe('returned');
    expect(partDirectionFor(undefined)).toBe('sent');
    expect(
      partDirectionFor({
        type: HELD_PART_TYPE,
        version: HELD_PART_VERSION,
        assessmentId: '00000000-0000-4000-8000-000000000001',
        scope: SCOPE,
        exportedAt: TEST_EXPORTED_AT,
        importedAt: AT,
      }),
    ).toBe('returned');
  });

  it('a whole assessment export carries no direction', () => {
    const body = buildExportBody(makeExportSource(), {
      kind: 'assessment',
      appVersion: TEST_APP_VERSION,
      exportedAt: TEST_EXPORTED_AT,
      shareable: false,
    });
    expect(body).not.toHaveProperty('partDirection');
  });
});

describe('a RETURNED part whose assessment is not on this device', () => {
  it('is never offered as a new assessment: no "add", only "skip" (preset), the preview says why', async () => {
    const plan = planOn(testDevice(), await partFile('returned'));
    const [p] = plan.assessments;
    expect(p!.returnedWithoutAssessment).toBe(true);
    expect(p!.options).toEqual(['skip']);
    // Skip is the only choice, so it is preset (coordfix: no "needs a choice" the user cannot make).
    expect(p!.preset).toEqual({ action: 'skip' });
    // Even if asked to add it (an old choice, a hand-made call), nothing is written as a whole.
    const forced = previewImport(
      plan,
      testDevice(),
      new Map([[p!.incoming.id, { action: 'add' }]]),
      new Map(),
      AT,
      'Coordinator',
    );
    expect(forced.writes).toBeUndefined();
    expect(forced.undecided).toHaveLength(1);
    expect(forced.counts.assessments.added).toBe(0);
  });
});

describe('a SENT part (and a format-4 part, which did not say) on the agency’s device', () => {
  it.each([['sent'], [undefined]] as const)(
    'direction %s: added, and remembered as a part held (so never scored as whole)',
    async (direction) => {
      const plan = planOn(testDevice(), await partFile(direction));
      const [p] = plan.assessments;
      expect(p!.returnedWithoutAssessment).toBe(false);
      expect(p!.preset).toEqual({ action: 'add' });
      const preview = previewImport(plan, testDevice(), new Map(), new Map(), AT, 'Police');
      expect(preview.writes?.assessments).toHaveLength(1);
      expect(preview.writes?.heldParts).toEqual([
        expect.objectContaining({ assessmentId: p!.incoming.id, scope: SCOPE }),
      ]);
    },
  );
});

describe('onlyAPart: the dashboard and report of a part held here', () => {
  it('refuses whole-assessment scores with the agency named, and lets a whole assessment through', () => {
    const held = {
      type: HELD_PART_TYPE,
      version: HELD_PART_VERSION,
      assessmentId: '00000000-0000-4000-8000-000000000001',
      scope: SCOPE,
      exportedAt: TEST_EXPORTED_AT,
      importedAt: AT,
    } as const;
    const failure = onlyAPart(held, 'Singapore 2026');
    expect(failure).toEqual({
      code: 'assessment.only-a-part',
      title: 'Singapore 2026',
      agency: 'National Police',
    });
    expect(describeFailure(failure!)).toMatch(
      /^“Singapore 2026” is only the part given to National Police on this device: .* not scored as a whole assessment/,
    );
    expect(onlyAPart(undefined, 'Singapore 2026')).toBeUndefined();
  });
});

describe('the part form: ticks and the scope they make', () => {
  const pack = testPack();
  it('single actions stay single: their norm named, its own answers not carried', () => {
    expect(scopeFromTicks(pack, 'CSA', ['13c'], ['13a-02'])).toEqual({
      agency: 'CSA',
      normIds: ['13a', '13c'],
      itemIds: ['13a-02', '13c-01'],
      normAnswerIds: ['13c'],
    });
    expect(scopeFromTicks(pack, 'CSA', ['13c'], [])).toEqual({ agency: 'CSA', normIds: ['13c'] });
    // A single action of a norm ticked whole is part of the whole norm.
    expect(scopeFromTicks(pack, 'CSA', ['13a'], ['13a-02'])).toEqual({
      agency: 'CSA',
      normIds: ['13a'],
    });
  });

  it('exports what the form shows: the template fills the ticks, the ticks are written', () => {
    const template = {
      agency: 'CSA',
      normIds: ['13a', '13c'],
      itemIds: ['13a-02', '13c-01'],
      normAnswerIds: ['13c'],
    };
    const form = { template, pack, agency: 'CSA', normIds: ['13c'], itemIds: ['13a-02'] };
    expect(partFromForm({ ...form, edited: false })).toEqual(template);
    expect(partFromForm({ ...form, edited: true })).toEqual(template);
    expect(partFromForm({ ...form, itemIds: [], edited: true })).toEqual({
      agency: 'CSA',
      normIds: ['13c'],
    });
    // Another agency typed: never the template.
    expect(partFromForm({ ...form, agency: 'MFA', edited: false }).agency).toBe('MFA');
  });

  it('a norm given to one agency, one of its actions to another: the file is the form (tester, 13a)', () => {
    // MFA holds norm 13a, its action 13a-02 goes to CSA: the form unticks 13a whole and lists
    // 13a-01; the norm's own questions stay MFA's (session 7, coord: every checklist question in
    // exactly one part, domain/assignments answeredBy), so the file carries them, and not 13a-02.
    const assigned = [
      { agency: 'MFA', normIds: ['13a'], itemIds: [] },
      { agency: 'CSA', normIds: [], itemIds: ['13a-02'] },
    ];
    const template = scopeForAgency(assigned, 'MFA', pack)!;
    const ticks = scopeInWords(pack, template);
    expect(ticks).toEqual({ wholeNormIds: [], itemIds: ['13a-01'], questionNormIds: ['13a'] });
    const file = partFromForm({
      template,
      pack,
      agency: 'MFA',
      normIds: ticks.wholeNormIds,
      itemIds: ticks.itemIds,
      edited: false,
    });
    // The file's norms whole, actions and norms' own questions are the form's.
    expect(scopeInWords(pack, file)).toEqual(ticks);
    expect([...partItemIds(pack, file)]).toEqual(ticks.itemIds);
    expect(partNormAnswerIds(file)).toEqual(['13a']);
  });
});
