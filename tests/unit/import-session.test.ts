import { describe, expect, it } from 'vitest';

import { previewSession, choiceKey, type SessionFile } from '../../src/lib/domain/importSession';
import { makeExportSource, makeState, sealedExport } from '../fixtures/factories/exports';
import { sessionFileOf, testDevice } from '../fixtures/factories/importDevice';

const NOW = new Date('2026-03-01T00:00:00.000Z');

/** An assessment export of the factory's assessment, optionally moved to another State. */
async function assessmentFile(id: string, stateCode?: 'MY'): Promise<SessionFile> {
  const source = makeExportSource();
  if (stateCode) {
    source.states = [makeState({ code: 'MY', name: 'Malaysia' })];
    source.assessments = source.assessments.map((a) => ({ ...a, stateCode, title: 'Malaysia' }));
  }
  const file = await sealedExport({ kind: 'assessment' }, source);
  return sessionFileOf(file, testDevice(), NOW, { id, fromVersion: 3 });
}

describe('several files in one import session', () => {
  it('two files carrying the same assessment id never both add it: the second asks', async () => {
    const thai = await assessmentFile('0');
    const malaysia = await assessmentFile('1', 'MY');
    const id = thai.plan.assessments[0]!.incoming.id;
    expect(malaysia.plan.assessments[0]!.incoming.id).toBe(id);
    // Each file alone, planned against an empty device, would add it.
    expect(thai.plan.assessments[0]!.preset).toEqual({ action: 'add' });
    expect(malaysia.plan.assessments[0]!.preset).toEqual({ action: 'add' });

    const input = {
      files: [thai, malaysia],
      ctx: testDevice(),
      resolutions: new Map(),
      at: NOW.toISOString(),
      by: 'Coordinator',
    };
    const undecided = previewSession({ ...input, choices: new Map() });
    // The second file sees the first one's assessment: no add offered, nothing written yet.
    const second = undecided.files[1]!.file.plan.assessments[0]!;
    expect(second.existing?.stateCode).toBe('SG');
    expect(second.options).not.toContain('add');
    expect(undecided.writes).toBeUndefined();
    expect(undecided.counts.assessments.added).toBe(1);

    // Kept as a copy: both assessments are written, each with its own answers.
    const newId = '00000000-0000-4000-8000-00000000c0c0';
    const decided = previewSession({
      ...input,
      choices: new Map([[choiceKey('1', id), { action: 'copy', newId }]]),
    });
    const writes = decided.writes!;
    expect(writes.assessments.map((a) => [a.id, a.stateCode]).sort()).toEqual(
      [
        [id, 'SG'],
        [newId, 'MY'],
      ].sort(),
    );
    expect(writes.answers.filter((a) => a.assessmentId === id)).toHaveLength(
      thai.plan.file.answers.length,
    );
    expect(writes.answers.filter((a) => a.assessmentId === newId)).toHaveLength(
      malaysia.plan.file.answers.length,
    );
    expect(decided.counts.assessments.added).toBe(2);
  });
});
