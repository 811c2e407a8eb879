import { readFileSync } from 'node:fs';
import { describeFailure } from '../../src/lib/i18n/failures';
import { describe, expect, it } from 'vitest';
import { readExportFile } from '../../src/lib/io/readExportFile';
import { encryptText } from '../../src/lib/io/crypto';
import { buildExportBody, sealExport } from '../../src/lib/domain/exchange';
import { exportChecksum } from '../../src/lib/domain/checksum';
import { packSchema } from '../../src/lib/schema/pack';
import {
  MAX_EXPORT_BYTES,
  encryptedFileSchema,
  exportFileV1Schema,
  exportFileV2Schema,
  exportFileV3Schema,
  exportFileV4Schema,
  exportFileV5Schema,
  type ExportFile,
} from '../../src/lib/schema/exportFile';
import {
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
  makeExportSource,
} from '../fixtures/factories/exports';

const v6Text = readFileSync('tests/fixtures/exports/export-v6.json', 'utf8');
const v5Text = readFileSync('tests/fixtures/exports/export-v5.json', 'utf8');
const v4Text = readFileSync('tests/fixtures/exports/export-v4.json', 'utf8');
const v3Text = readFileSync('tests/fixtures/exports/export-v3.json', 'utf8');
const v2Text = readFileSync('tests/fixtures/exports/export-v2.json', 'utf8');
const v1Text = readFileSync('tests/fixtures/exports/export-v1.json', 'utf8');
const v0Text = readFileSync('tests/fixtures/exports/export-v0.json', 'utf8');

async function sealed(): Promise<ExportFile> {
  return sealExport(
    buildExportBody(makeExportSource(), {
      kind: 'assessment',
      appVersion: TEST_APP_VERSION,
      exportedAt: TEST_EXPORTED_AT,
      shareable: false,
    }),
  );
}

/** A file edited by hand: the change, then a checksum that matches again (or not). */
async function edited(
  change: (data: Record<string, unknown>) => void,
  reseal = true,
): Promise<string> {
  const data = JSON.parse(v3Text) as Record<string, unknown>;
  change(data);
  if (reseal) data.checksum = { algorithm: 'SHA-256', value: await exportChecksum(data) };
  return JSON.stringify(data);
}

async function refusal(text: string, options = {}): Promise<string> {
  const read = await readExportFile(text, { fileName: 'in.json', ...options });
  expect(read.ok).toBe(false);
  return read.ok ? '' : describeFailure(read);
}

/** What format 6 adds, as an older file reads: no coordination records. */
const noCoordination = { version: 6, heldParts: [], coordination: [] };

describe('reading an export file', () => {
  it('reads the stored version 6 full backup exactly as written: the held part and the log of parts', async () => {
    const read = await readExportFile(v6Text);
    if (!read.ok) throw new Error(describeFailure(read));
    expect(read.value.fromVersion).toBe(6);
    const written = JSON.parse(v6Text) as { packs: unknown[] };
    expect(read.value.file).toEqual({
      ...written,
      packs: written.packs.map((p) => packSchema.parse(p)),
    });
    expect(read.value.file.heldParts).toEqual([
      expect.objectContaining({
        assessmentId: '00000000-0000-4000-8000-000000000002',
        scope: { agency: 'Ministry of Justice', normIds: ['13a'], normAnswerIds: ['13a'] },
      }),
    ]);
    const [log] = read.value.file.coordination;
    expect(log?.sent.map((p) => [p.scope.agency, p.sentAt])).toEqual([
      ['Ministry of Justice', '2026-01-21T08:00:00.000Z'],
      ['Telecoms Regulator', '2026-01-22T08:00:00.000Z'],
    ]);
    expect(log?.received.map((p) => [p.exportedAt, p.importedAt])).toEqual([
      ['2026-01-27T16:00:00.000Z', '2026-01-28T09:00:00.000Z'],
    ]);
    // Version 5 shipped without the coordination records: the stored file is not a version 5 one.
    expect(exportFileV5Schema.safeParse({ ...written, version: 5 }).success).toBe(false);
  });

  it('refuses a version 6 file whose coordination records name an assessment it lacks, twice, or outside a backup', async () => {
    const v6 = async (change: (d: Record<string, unknown>) => void) => {
      const data = JSON.parse(v6Text) as Record<string, unknown>;
      change(data);
      data.checksum = { algorithm: 'SHA-256', value: await exportChecksum(data) };
      return refusal(JSON.stringify(data));
    };
    type Rows = { assessmentId: string }[];
    expect(
      await v6((d) => {
        (d.heldParts as Rows)[0]!.assessmentId = '00000000-0000-4000-8000-000000000099';
      }),
    ).toMatch(/assessment of agency part held 1 is not an assessment in this file/);
    expect(
      await v6((d) => {
        (d.coordination as Rows).push((d.coordination as Rows)[0]!);
      }),
    ).toMatch(/record of parts 2 appears twice/);
    expect(
      await v6((d) => {
        d.kind = 'state';
      }),
    ).toMatch(/agency parts held on the device must be empty in anything but a full backup/);
  });

  it('reads the stored version 5 part as written (upgraded to 6, with no coordination records): a part returned by its agency', async () => {
    const read = await readExportFile(v5Text);
    if (!read.ok) throw new Error(describeFailure(read));
    expect(read.value.fromVersion).toBe(5);
    const written = JSON.parse(v5Text) as { packs: unknown[] };
    expect(exportFileV5Schema.safeParse(written).success).toBe(true);
    expect(read.value.file).toEqual({
      ...written,
      ...noCoordination,
      packs: written.packs.map((p) => packSchema.parse(p)),
    });
    expect(read.value.file.partDirection).toBe('returned');
    expect(read.value.file.part).toMatchObject({ normIds: ['13a', '13c'], normAnswerIds: ['13a'] });
  });

  it('reads the stored version 4 part (upgraded to 6, not saying which way it travels), with the norms whose own answers it carries', async () => {
    const read = await readExportFile(v4Text);
    if (!read.ok) throw new Error(describeFailure(read));
    expect(read.value.fromVersion).toBe(4);
    const written = JSON.parse(v4Text) as { packs: unknown[] };
    expect(read.value.file).toEqual({
      ...written,
      ...noCoordination,
      packs: written.packs.map((p) => packSchema.parse(p)),
    });
    expect(read.value.file).not.toHaveProperty('partDirection');
    expect(read.value.file.part).toMatchObject({ normIds: ['13a', '13c'], normAnswerIds: ['13a'] });
    expect(read.value.file.normAnswers.map((n) => n.normId)).toEqual(['13a']);
  });

  it('refuses a version 4 file that carries the later partDirection (version 4 shipped without it)', () => {
    const stored = JSON.parse(v4Text) as Record<string, unknown>;
    expect(exportFileV4Schema.safeParse(stored).success).toBe(true);
    expect(exportFileV4Schema.safeParse({ ...stored, partDirection: 'sent' }).success).toBe(false);
  });

  it('refuses a version 3 file that carries the later part field (version 3 shipped without it)', () => {
    const stored = JSON.parse(v3Text) as Record<string, unknown>;
    expect(exportFileV3Schema.safeParse(stored).success).toBe(true);
    const withLaterField = {
      ...stored,
      kind: 'part',
      part: { agency: 'MFA', normIds: ['13a'], normAnswerIds: ['13a'] },
    };
    expect(exportFileV3Schema.safeParse(withLaterField).success).toBe(false);
  });

  it('reads the stored version 3 file as written (upgraded to 6), summary and measures taken included', async () => {
    const read = await readExportFile(v3Text);
    if (!read.ok) throw new Error(describeFailure(read));
    expect(read.value.fromVersion).toBe(3);
    // As written, in version 6, and the packs it carries in the current pack format (2).
    const written = JSON.parse(v3Text) as { packs: unknown[] };
    expect(read.value.file).toEqual({
      ...written,
      ...noCoordination,
      packs: written.packs.map((p) => packSchema.parse(p)),
    });
    expect(read.value.file.assessments[0]?.summary).toMatch(/^Ba cơ quan/);
    expect(read.value.file.normAnswers[0]?.measuresTaken).toBe('Cybersecurity Act 2024.');
    expect(read.value.file.assignments[0]?.assignments).toHaveLength(2);
  });

  it('upgrades the stored version 2 file to version 3 with an empty summary and measures taken', async () => {
    const stored = JSON.parse(v2Text) as Record<string, unknown>;
    // The stored file is a valid version 2 file as that release wrote it, and not a version 3 one.
    expect(exportFileV2Schema.safeParse(stored).success).toBe(true);
    expect(JSON.stringify([stored.assessments, stored.normAnswers])).not.toMatch(
      /summary|measuresTaken/,
    );
    const read = await readExportFile(v2Text);
    if (!read.ok) throw new Error(describeFailure(read));
    expect(read.value.fromVersion).toBe(2);
    // Everything else exactly as the current release writes it from the same records.
    const { checksum: _c, ...current } = await sealed();
    const { checksum: _d, ...upgraded } = read.value.file;
    expect(upgraded).toEqual(current);
    expect(read.value.file.assessments.every((a) => a.summary === '')).toBe(true);
    expect(read.value.file.normAnswers.every((n) => n.measuresTaken === '')).toBe(true);
  });

  it('upgrades the stored version 1 file (1 → 2 → 3 → 4 → 5 → 6) with no assignments', async () => {
    const stored = JSON.parse(v1Text) as Record<string, unknown>;
    // The stored file is a valid version 1 file as that release wrote it.
    expect(exportFileV1Schema.safeParse(stored).success).toBe(true);
    expect(stored).not.toHaveProperty('assignments');
    const read = await readExportFile(v1Text);
    if (!read.ok) throw new Error(describeFailure(read));
    expect(read.value.fromVersion).toBe(1);
    // Everything else exactly as written (the checksum too: it is the one of the v1 file).
    expect(read.value.file.checksum).toEqual(stored.checksum);
    expect(read.value.file.version).toBe(6);
    const { checksum: _c, ...current } = await sealed();
    const { checksum: _d, ...upgraded } = read.value.file;
    expect(upgraded).toEqual({ ...current, assignments: [] });
  });

  it('upgrades the stored version 0 file step by step (0 → 1 → 2 → 3 → 4 → 5 → 6) to the current format', async () => {
    const read = await readExportFile(v0Text);
    if (!read.ok) throw new Error(describeFailure(read));
    expect(read.value.fromVersion).toBe(0);
    expect(read.value.file.version).toBe(6);
    expect(read.value.file.heldParts).toEqual([]);
    expect(read.value.file.shareable).toBe(false);
    expect(read.value.file.assignments).toEqual([]);
    const current = await sealed();
    expect(read.value.file.history).toEqual(current.history);
    expect(read.value.file.answers).toEqual(current.answers);
  });

  it('refuses assignments of an assessment the file does not carry, or twice the same one', async () => {
    const elsewhere = await edited((d) => {
      const [record] = d.assignments as { assessmentId: string }[];
      record!.assessmentId = '00000000-0000-4000-8000-000000000099';
    });
    expect(await refusal(elsewhere)).toMatch(
      /assessment of assignment 1 is not an assessment in this file/,
    );
    const twice = await edited((d) => {
      const list = d.assignments as unknown[];
      list.push(list[0]);
    });
    expect(await refusal(twice)).toMatch(/assignment 2 appears twice/);
  });

  it('refuses a part that carries assignments', async () => {
    const text = await edited((d) => {
      d.kind = 'part';
      d.part = { agency: 'Ministry of Justice', normIds: ['13a'] };
    });
    expect(await refusal(text)).toMatch(/^in\.json: assignments must be empty in a part$/);
  });

  it('refuses text that is not JSON', async () => {
    expect(await refusal('{"type": "nic-export", ')).toBe(
      'in.json: the file is not JSON (it may be damaged, or another kind of file)',
    );
  });

  it('refuses a JSON file of another kind', async () => {
    expect(await refusal('{"type": "spreadsheet"}')).toMatch(
      /the file is not an export of this tool/,
    );
    expect(await refusal('[1, 2, 3]')).toMatch(/the file is not an export of this tool/);
    expect(
      await refusal(
        readFileSync('tests/fixtures/packs/asean-nic-gge2015-example-upgrade.json', 'utf8'),
      ),
    ).toMatch(/this is a checklist pack, not an export/);
  });

  it('refuses a file claiming version 7 and says to update the app', async () => {
    const text = await edited((d) => (d.version = 7));
    expect(await refusal(text)).toBe(
      'in.json: newer format than this app: the file was written in export format 7, this app reads up to 6. Update the app.',
    );
  });

  it('refuses a file whose checksum fails', async () => {
    const text = await edited((d) => {
      (d.answers as { status: string }[])[0]!.status = 'fully';
    }, false);
    expect(await refusal(text)).toBe(
      'in.json: the file’s check code does not match its contents: the file was changed or damaged after it was exported, so it cannot be trusted. Ask the sender for a new copy.',
    );
  });

  it('refuses a file without a checksum', async () => {
    const text = await edited((d) => delete d.checksum, false);
    expect(await refusal(text)).toMatch(
      /check code is missing or damaged, so it cannot be trusted/,
    );
  });

  it('refuses a field out of range, naming where it is', async () => {
    const text = await edited((d) => {
      (d.answers as { rev: number }[])[1]!.rev = -1;
    });
    expect(await refusal(text)).toMatch(
      /^in\.json: internal revision number of practical action \u2068[^\u2069]+\u2069 must be at least 0/,
    );
    const status = await edited((d) => {
      (d.answers as { status: string }[])[0]!.status = 'excellent';
    });
    expect(await refusal(status)).toMatch(
      /^in\.json: status of practical action \u2068[^\u2069]+\u2069 must be one of /,
    );
  });

  it('refuses records that point at an assessment the file does not hold', async () => {
    const text = await edited((d) => {
      (d.answers as { assessmentId: string }[])[0]!.assessmentId =
        '00000000-0000-4000-8000-000000000099';
    });
    expect(await refusal(text)).toMatch(
      /assessment of practical action \u2068[^\u2069]+\u2069 is not an assessment in this file/,
    );
  });

  it('refuses an oversized file before parsing it', async () => {
    expect(await refusal(v1Text, { maxBytes: 1024 })).toMatch(/larger than/);
    const big = ' '.repeat(MAX_EXPORT_BYTES + 1);
    expect(await refusal(big)).toBe(
      'in.json: the file is larger than 150 MB; an export is far smaller',
    );
  });

  it('refuses deeply nested content', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(await refusal(deep)).toMatch(/nested deeper than 32 levels/);
  });

  it('refuses prototype-polluting keys', async () => {
    const text = v1Text.replace(
      '"kind": "assessment",',
      '"kind": "assessment", "__proto__": {"admin": true},',
    );
    expect(await refusal(text)).toBe(
      'in.json: the file holds a field name the app refuses for safety ("__proto__"): it was not written by this tool',
    );
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    const nested = v1Text.replace(
      '"notes": "Ministerial',
      '"constructor": {"prototype": {}}, "notes": "Ministerial',
    );
    expect(await refusal(nested)).toMatch(/refuses for safety \("constructor"\)/);
  });
});

describe('passphrase-protected exports', () => {
  const passphrase = 'correct horse battery staple';

  it('round-trips through encryption, with PBKDF2 ≥ 600,000 iterations stored in the file (a version 6 backup: its coordination records too)', async () => {
    const encrypted = await encryptText(v6Text, passphrase);
    const text = JSON.stringify(encrypted);
    const stored = encryptedFileSchema.parse(JSON.parse(text));
    expect(stored.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256' });
    expect(stored.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(stored.cipher.name).toBe('AES-GCM');
    expect(text).not.toContain('Ministerial');
    const read = await readExportFile(text, { passphrase });
    expect(read.ok && read.value.encrypted).toBe(true);
    const written = JSON.parse(v6Text) as { packs: unknown[] };
    expect(read.ok && read.value.file).toEqual({
      ...written,
      packs: written.packs.map((p) => packSchema.parse(p)),
    });
    expect(read.ok && read.value.file.heldParts).toHaveLength(1);
    expect(read.ok && read.value.file.coordination).toHaveLength(1);
  });

  it('uses a fresh salt and IV for every file', async () => {
    const a = await encryptText('same', passphrase);
    const b = await encryptText('same', passphrase);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('asks for the passphrase when none is given', async () => {
    const text = JSON.stringify(await encryptText(v1Text, passphrase));
    const read = await readExportFile(text);
    expect(!read.ok && read.code).toBe('export.needs-passphrase');
  });

  it('says "wrong passphrase or altered" for a wrong passphrase', async () => {
    const text = JSON.stringify(await encryptText(v1Text, passphrase));
    const read = await readExportFile(text, { passphrase: 'not the passphrase' });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.code).toBe('export.wrong-passphrase');
    expect(!read.ok && describeFailure(read)).toBe(
      'file: wrong passphrase, or the file was altered after it was encrypted',
    );
  });

  it('detects a tampered ciphertext', async () => {
    const file = await encryptText(v1Text, passphrase);
    const bytes = Buffer.from(file.ciphertext, 'base64');
    bytes[10] = bytes[10]! ^ 0x01;
    const read = await readExportFile(
      JSON.stringify({ ...file, ciphertext: bytes.toString('base64') }),
      { passphrase },
    );
    expect(!read.ok && read.code).toBe('export.wrong-passphrase');
  });

  it('detects tampered parameters (they are bound to the ciphertext)', async () => {
    const file = await encryptText(v1Text, passphrase, 600_000);
    const read = await readExportFile(
      JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 600_001 } }),
      { passphrase },
    );
    expect(!read.ok && read.code).toBe('export.wrong-passphrase');
  });

  it('refuses a file that asks for fewer than 600,000 iterations', async () => {
    const file = await encryptText(v1Text, passphrase);
    const text = JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 1000 } });
    expect(await refusal(text, { passphrase })).toMatch(
      /iterations of key derivation must be at least 600,000/,
    );
  });
});
