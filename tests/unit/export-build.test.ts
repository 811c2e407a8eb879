import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import {
  backupNudge,
  buildExportBody,
  exportFileName,
  partItemIds,
  sealExport,
} from '../../src/lib/domain/exchange';
import { canonicalJson, exportChecksum } from '../../src/lib/domain/checksum';
import { migrateExport, upgrades } from '../../src/lib/domain/exportMigrations';
import { EXPORT_FORMAT_VERSION, exportFileSchema } from '../../src/lib/schema/exportFile';
import {
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
  makeExportSource,
  testPack,
} from '../fixtures/factories/exports';

const options = {
  appVersion: TEST_APP_VERSION,
  exportedAt: TEST_EXPORTED_AT,
  shareable: false,
} as const;

describe('building an export file', () => {
  it('writes a file that passes its own schema, without storage ids in the history', async () => {
    const file = await sealExport(
      buildExportBody(makeExportSource(), { kind: 'state', ...options }),
    );
    expect(exportFileSchema.safeParse(file).success).toBe(true);
    expect(file.history.every((h) => !('id' in h))).toBe(true);
    expect(file.packs.map((p) => `${p.id}@${p.version}`)).toEqual(['test-pack@1.0.0']);
    expect(file.checksum.value).toBe(
      await exportChecksum(JSON.parse(JSON.stringify(file)) as Record<string, unknown>),
    );
  });

  it('a part holds only the records of its norms', () => {
    const body = buildExportBody(makeExportSource(), {
      kind: 'part',
      ...options,
      part: { agency: 'MFA', normIds: ['13c'] },
    });
    expect(body.answers.map((a) => a.itemId)).toEqual(['13c-01']);
    expect(body.normAnswers).toEqual([]);
    expect(body.history.map((h) => h.target)).toEqual(['item:13c-01']);
    // The coordinator's plan stays with the coordinator.
    expect(body.assignments).toEqual([]);
    expect([...partItemIds(testPack(), { agency: 'x', normIds: ['13a'] })]).toEqual([
      '13a-01',
      '13a-02',
    ]);
  });

  it('a shareable export keeps statuses and dates, drops free text and names', () => {
    const body = buildExportBody(makeExportSource(), {
      kind: 'assessment',
      ...options,
      shareable: true,
    });
    expect(body.answers[0]).toMatchObject({
      status: 'largely',
      targetDate: '2027-06-30',
      priority: 'high',
      notes: '',
      evidence: { text: '', links: [] },
      leadAgency: '',
      updatedBy: '',
    });
    expect(body.answers[1]?.naJustification).toBe('(withheld)');
    expect(body.assessments[0]).toMatchObject({ leadAgency: '', people: [] });
    expect(body.normAnswers[0]).toMatchObject({
      challenges: '',
      capacityNeeds: '',
      measuresTaken: '',
    });
    expect(body.assignments).toEqual([]);
  });

  it("a shareable export drops the assessor's summary unless the user keeps it", () => {
    const source = makeExportSource();
    source.assessments = source.assessments.map((a) => ({ ...a, summary: 'For the minister' }));
    source.normAnswers = source.normAnswers.map((n) => ({ ...n, measuresTaken: 'Act 2024' }));
    const shared = (keepSummary?: boolean) =>
      buildExportBody(source, { kind: 'assessment', ...options, shareable: true, keepSummary });
    expect(shared().assessments[0]?.summary).toBe('');
    expect(shared(true).assessments[0]?.summary).toBe('For the minister');
    expect(shared(true).normAnswers[0]?.measuresTaken).toBe('');
    const full = buildExportBody(source, { kind: 'assessment', ...options, shareable: false });
    expect(full.assessments[0]?.summary).toBe('For the minister');
    expect(full.normAnswers[0]?.measuresTaken).toBe('Act 2024');
  });

  it('carries the assignments of the exported assessments only', () => {
    const source = makeExportSource();
    const [record] = source.assignments;
    const other = { ...record!, assessmentId: '00000000-0000-4000-8000-0000000000aa' };
    const body = buildExportBody(
      { ...source, assignments: [record!, other] },
      { kind: 'assessment', ...options },
    );
    expect(body.version).toBe(EXPORT_FORMAT_VERSION);
    expect(body.assignments).toEqual([record]);
  });

  it('names files by State, alias and day', () => {
    const body = buildExportBody(makeExportSource(), { kind: 'assessment', ...options });
    expect(exportFileName(body)).toBe('nic-assessment-singapore-2026-2026-02-01.json');
    expect(exportFileName({ ...body, kind: 'backup' }, true)).toBe(
      'nic-backup-2026-02-01.encrypted.json',
    );
    expect(
      exportFileName({
        ...body,
        kind: 'part',
        part: { agency: 'Bộ Ngoại giao', normIds: ['13a'] },
      }),
    ).toBe('nic-part-singapore-2026-bộ-ngoại-giao-2026-02-01.json');
  });

  it('names the part sent and the part returned apart, saying "part" once (fixcoord2 1)', () => {
    const body = buildExportBody(makeExportSource(), { kind: 'assessment', ...options });
    const part = { agency: 'Ministry of Foreign Affairs', normIds: ['13a'] };
    const sent = exportFileName({ ...body, kind: 'part', part, partDirection: 'sent' });
    const returned = exportFileName({ ...body, kind: 'part', part, partDirection: 'returned' });
    expect(sent).toBe('nic-part-singapore-2026-ministry-of-foreign-affairs-2026-02-01.json');
    expect(returned).toBe(
      'nic-part-singapore-2026-ministry-of-foreign-affairs-returned-2026-02-01.json',
    );
    expect(sent).not.toBe(returned);
    for (const name of [sent, returned, exportFileName({ ...body, kind: 'part', part }, true)]) {
      expect(name.match(/part/g)).toHaveLength(1);
      // The import's file field accepts `.json` (components/FileField.svelte).
      expect(name).toMatch(/\.json$/);
    }
  });
});

describe('canonical JSON for checksums', () => {
  it('ignores key order and whitespace but not values', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}');
    expect(canonicalJson(JSON.parse('{ "a": [true,null,"x"],\n "b": 1 }'))).toBe(
      canonicalJson({ b: 1, a: [true, null, 'x'] }),
    );
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});

describe('export format upgrades', () => {
  it('has a step for every version below the current one', () => {
    for (let v = 0; v < EXPORT_FORMAT_VERSION; v += 1) expect(upgrades[v]).toBeTypeOf('function');
  });

  it('refuses versions it does not know', () => {
    const refused = migrateExport({}, -1);
    expect(refused).toEqual({ ok: false, code: 'export.unknown-version', version: '-1' });
    expect(!refused.ok && describeFailure(refused)).toBe('unknown export format version -1');
    expect(migrateExport({}, EXPORT_FORMAT_VERSION + 1).ok).toBe(false);
  });

  it('1 → 2 adds an empty list of assignments and changes nothing else', () => {
    const v1 = { type: 'nic-export', version: 1, shareable: true, history: [{ x: 1 }] };
    expect(upgrades[1]!(v1)).toEqual({ ...v1, version: 2, assignments: [] });
    expect(migrateExport({ version: 0, changes: [] }, 0)).toMatchObject({
      ok: true,
      value: {
        version: 6,
        shareable: false,
        history: [],
        assignments: [],
        heldParts: [],
        coordination: [],
      },
    });
  });

  it('2 → 3 gives every assessment an empty summary and every norm answer no measures taken', () => {
    const v2 = {
      version: 2,
      assessments: [{ id: 'a' }, { id: 'b', summary: 'kept' }, 'not a record'],
      normAnswers: [{ normId: '13a' }],
      history: [{ x: 1 }],
    };
    expect(upgrades[2]!(v2)).toEqual({
      version: 3,
      assessments: [{ id: 'a', summary: '' }, { id: 'b', summary: 'kept' }, 'not a record'],
      normAnswers: [{ normId: '13a', measuresTaken: '' }],
      history: [{ x: 1 }],
    });
  });

  it('3 → 4 changes nothing but the version: a version 3 part carried every named norm’s own answers, as an absent normAnswerIds means', () => {
    const v3 = {
      version: 3,
      kind: 'part',
      part: { agency: 'MFA', normIds: ['13a'] },
      normAnswers: [{ normId: '13a' }],
    };
    expect(migrateExport(v3, 3)).toEqual({
      ok: true,
      value: { ...v3, version: 6, heldParts: [], coordination: [] },
    });
  });

  it('4 → 5 changes nothing but the version: a version 4 part did not say which way it travels, as an absent partDirection means', () => {
    const v4 = { version: 4, kind: 'part', part: { agency: 'MFA', normIds: ['13a'] } };
    expect(upgrades[4]!(v4)).toEqual({ ...v4, version: 5 });
    expect(upgrades[4]!(v4)).not.toHaveProperty('partDirection');
  });

  it('5 → 6 gives a file no coordination records: a version 5 backup carried no held-part mark and no log of parts', () => {
    const v5 = { version: 5, kind: 'backup', assessments: [{ id: 'a' }] };
    expect(upgrades[5]!(v5)).toEqual({ ...v5, version: 6, heldParts: [], coordination: [] });
  });
});

describe('backup nudge', () => {
  const now = new Date('2026-03-10T12:00:00.000Z');
  it('is due after more than 25 changes, or any change a week after the last backup', () => {
    expect(backupNudge({ lastBackupAt: '2026-03-10T00:00:00.000Z', changesSince: 0 }, now)).toBe(
      'none',
    );
    expect(backupNudge({ lastBackupAt: '2026-03-10T00:00:00.000Z', changesSince: 25 }, now)).toBe(
      'changed',
    );
    expect(backupNudge({ lastBackupAt: '2026-03-10T00:00:00.000Z', changesSince: 26 }, now)).toBe(
      'due',
    );
    expect(backupNudge({ lastBackupAt: '2026-03-02T00:00:00.000Z', changesSince: 1 }, now)).toBe(
      'due',
    );
    expect(backupNudge({ lastBackupAt: undefined, changesSince: 1 }, now)).toBe('due');
  });
});
