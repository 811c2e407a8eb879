/**
 * Session 5, backup6: which exports carry the device's coordination records (export format 6),
 * and how a full backup's log of parts joins the one stored when it is merged into the same
 * assessment.
 */
import { describe, expect, it } from 'vitest';
import { buildExportBody } from '../../src/lib/domain/exchange';
import { joinedCoordination, restoredCoordination } from '../../src/lib/domain/coordination';
import { exportFileSchema } from '../../src/lib/schema/exportFile';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';
import { TEST_APP_VERSION, TEST_EXPORTED_AT } from '../fixtures/factories/exports';
import {
  HELD_ASSESSMENT_ID,
  makeCoordination,
  makeCoordinationSource,
} from '../fixtures/factories/coordination';

const options = { appVersion: TEST_APP_VERSION, exportedAt: TEST_EXPORTED_AT, shareable: false };

describe('export format 6: only a full backup carries the coordination records', () => {
  it('a full backup carries the held part and the log of parts, without their stored type', () => {
    const body = buildExportBody(makeCoordinationSource(), { ...options, kind: 'backup' });
    expect(body.heldParts.map((h) => h.assessmentId)).toEqual([HELD_ASSESSMENT_ID]);
    expect(body.heldParts[0]).not.toHaveProperty('type');
    expect(body.coordination.map((c) => c.assessmentId)).toEqual([TEST_ASSESSMENT_ID]);
    expect(body.coordination[0]).not.toHaveProperty('version');
  });

  it('a State export carries none (the schema refuses any outside a backup)', () => {
    const body = buildExportBody(makeCoordinationSource(), { ...options, kind: 'state' });
    expect([body.heldParts, body.coordination]).toEqual([[], []]);
  });

  it('a shareable backup leaves the held part out with its records, and the log of parts', () => {
    const body = buildExportBody(makeCoordinationSource(), {
      ...options,
      kind: 'backup',
      shareable: true,
    });
    expect(body.assessments.map((a) => a.id)).toEqual([TEST_ASSESSMENT_ID]);
    expect(body.answers.every((a) => a.assessmentId === TEST_ASSESSMENT_ID)).toBe(true);
    expect([body.heldParts, body.coordination]).toEqual([[], []]);
    expect(
      exportFileSchema.safeParse({
        ...body,
        checksum: { algorithm: 'SHA-256', value: '0'.repeat(64) },
      }).success,
    ).toBe(true);
  });
});

describe('restoring the coordination records', () => {
  it('a copy takes the held part and the log under its new id', () => {
    const body = buildExportBody(makeCoordinationSource(), { ...options, kind: 'backup' });
    const copy = '00000000-0000-4000-8000-0000000000c1';
    expect(restoredCoordination(body, HELD_ASSESSMENT_ID, copy).heldPart).toMatchObject({
      type: 'nic-held-part',
      assessmentId: copy,
    });
    const log = restoredCoordination(body, TEST_ASSESSMENT_ID, copy).coordination;
    expect(log?.assessmentId).toBe(copy);
    expect(log?.sent[0]?.answers.every((a) => a.assessmentId === copy)).toBe(true);
  });

  it('merged into the same assessment, the later part sent per agency wins and every return is kept once', () => {
    const backup = makeCoordination();
    const stored = {
      ...makeCoordination(),
      sent: [{ ...backup.sent[0]!, sentAt: '2026-02-10T08:00:00.000Z' }],
      received: [
        {
          ...backup.received[0]!,
          exportedAt: '2026-02-12T16:00:00.000Z',
          importedAt: '2026-02-13T09:00:00.000Z',
        },
      ],
    };
    const joined = joinedCoordination(stored, backup);
    expect(joined.sent.map((s) => [s.scope.agency, s.sentAt])).toEqual([
      ['Ministry of Justice', '2026-02-10T08:00:00.000Z'],
      ['Telecoms Regulator', '2026-01-22T08:00:00.000Z'],
    ]);
    expect(joined.received.map((r) => r.importedAt)).toEqual([
      '2026-01-28T09:00:00.000Z',
      '2026-02-13T09:00:00.000Z',
    ]);
    expect(joinedCoordination(joined, backup)).toEqual(joined);
  });
});
