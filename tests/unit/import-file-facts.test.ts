import { describe, expect, it } from 'vitest';

import {
  fileNotes,
  packOfFile,
  partImportedBefore,
  targetSubject,
} from '../../src/lib/domain/importFileFacts';
import type { StoredContext } from '../../src/lib/domain/importPlan';
import type { SessionFile } from '../../src/lib/domain/importSession';
import {
  coordinationSchema,
  COORDINATION_TYPE,
  COORDINATION_VERSION,
} from '../../src/lib/schema/coordination';
import type { PartScope } from '../../src/lib/schema/exportFile';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import { sealedExport, TEST_EXPORTED_AT, testPack } from '../fixtures/factories/exports';
import { sessionFileOf, testDevice } from '../fixtures/factories/importDevice';

/** What the import preview says about one file (domain/importFileFacts.ts), as data. */

const NOW = new Date('2026-03-01T00:00:00.000Z');
const PART: PartScope = { agency: 'Ministry of Justice', normIds: ['13a'] };

/** A device with the test pack installed, optionally with a part from the agency received before. */
function device(receivedAt?: string): StoredContext {
  const coordination = receivedAt
    ? new Map([
        [
          TEST_ASSESSMENT_ID,
          coordinationSchema.parse({
            type: COORDINATION_TYPE,
            version: COORDINATION_VERSION,
            assessmentId: TEST_ASSESSMENT_ID,
            sent: [],
            received: [
              {
                scope: PART,
                exportedAt: TEST_EXPORTED_AT,
                importedAt: receivedAt,
                importedBy: 'Aung',
                written: 1,
                conflicts: 0,
                conflictsTaken: 0,
              },
            ],
          }),
        ],
      ])
    : undefined;
  return testDevice(coordination ? { coordination } : {});
}

async function sessionFile(
  kind: 'assessment' | 'part',
  more: { shareable?: boolean; fromVersion?: number; encrypted?: boolean } = {},
): Promise<SessionFile> {
  const file = await sealedExport({
    kind,
    shareable: more.shareable ?? false,
    ...(kind === 'part' ? { part: PART } : {}),
  });
  return sessionFileOf(file, device(), NOW, {
    id: '0',
    name: 'file.json',
    ...(more.fromVersion !== undefined ? { fromVersion: more.fromVersion } : {}),
    ...(more.encrypted !== undefined ? { encrypted: more.encrypted } : {}),
  });
}

describe('the facts the import preview shows about a file', () => {
  it('names parts from the pack installed here, else from the copy the file carries', async () => {
    const f = await sessionFile('assessment');
    const here = device();
    const installed = here.packs.values().next().value;
    expect(packOfFile(f, here)).toBe(installed);
    const carried = packOfFile(f, { ...device(), packs: new Map() });
    expect(carried?.id).toBe(testPack().id);
    expect(carried).not.toBe(installed);
    const none = { ...f, plan: { ...f.plan, file: { ...f.plan.file, assessments: [] } } };
    expect(packOfFile(none, device())).toBeUndefined();
  });

  it('says when this very part (same agency, same export instant) was imported before', async () => {
    const part = await sessionFile('part');
    expect(partImportedBefore(part, device('2026-02-02T09:00:00.000Z'))).toBe(
      '2026-02-02T09:00:00.000Z',
    );
    expect(partImportedBefore(part, device())).toBeUndefined();
    // A whole assessment is never 'imported before' as a part.
    expect(
      partImportedBefore(await sessionFile('assessment'), device('2026-02-02T09:00:00.000Z')),
    ).toBeUndefined();
  });

  it('a conflict target names its norm or practical action, or the bare id when unknown', async () => {
    const f = await sessionFile('assessment');
    const a = f.plan.file.assessments[0]!;
    const norm = targetSubject(f, device(), a, 'norm:13a');
    expect(norm.kind === 'norm' && norm.norm.id).toBe('13a');
    const item = targetSubject(f, device(), a, 'item:13a-01');
    expect(item.kind === 'action' && item.action.id).toBe('13a-01');
    expect(targetSubject(f, device(), a, 'item:99z-01')).toEqual({ kind: 'unknown', id: '99z-01' });
    expect(targetSubject(f, device(), a, 'norm:99z')).toEqual({ kind: 'unknown', id: '99z' });
  });

  it('notes an older format, a decrypted file and a shareable one, in that order', async () => {
    expect(fileNotes(await sessionFile('assessment'))).toEqual([]);
    expect(
      fileNotes(
        await sessionFile('assessment', { fromVersion: 3, encrypted: true, shareable: true }),
      ),
    ).toEqual(['upgraded', 'encrypted', 'shareable']);
  });
});
