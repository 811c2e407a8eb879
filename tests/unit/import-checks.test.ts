import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import { readExportFile } from '../../src/lib/io/readExportFile';
import { encryptText } from '../../src/lib/io/crypto';
import { buildExportBody, sealExport } from '../../src/lib/domain/exchange';
import { MAX_REV, hasVisibleText, type ImportProblem } from '../../src/lib/domain/importChecks';
import type { ExportBody, ExportKind, PartScope } from '../../src/lib/schema/exportFile';
import { packSchema } from '../../src/lib/schema/pack';
import { scoreAssessment } from '../../src/lib/domain/scoring';
import {
  TEST_APP_VERSION,
  TEST_EXPORTED_AT,
  makeExportSource,
} from '../fixtures/factories/exports';
import { makeAction, makePack } from '../fixtures/factories/pack';
import { makeAnswer } from '../fixtures/factories/answers';

/**
 * Issue 12, "Imports must not plant records the app cannot show or handle": files that pass the
 * schema but are wrong are refused with a typed code naming the record, and a sentence.
 */

const NOW = new Date('2026-03-01T12:00:00.000Z');

function body(kind: ExportKind = 'assessment', part?: PartScope): ExportBody {
  return buildExportBody(makeExportSource(), {
    kind,
    appVersion: TEST_APP_VERSION,
    exportedAt: TEST_EXPORTED_AT,
    shareable: false,
    ...(part ? { part } : {}),
  });
}

async function read(change: (b: ExportBody) => void, kind: ExportKind = 'assessment') {
  const b = body(kind, kind === 'part' ? { agency: 'MFA', normIds: ['13a'] } : undefined);
  change(b);
  const text = JSON.stringify(await sealExport(b));
  return readExportFile(text, { fileName: 'in.json', now: NOW });
}

async function problems(change: (b: ExportBody) => void, kind: ExportKind = 'assessment') {
  const result = await read(change, kind);
  expect(result.ok).toBe(false);
  if (result.ok) return { codes: [] as ImportProblem[], message: '' };
  return {
    codes: result.code === 'export.invalid-records' ? result.problems : [],
    message: describeFailure(result),
  };
}

describe('semantic checks of an imported file', () => {
  it('accepts the sound file', async () => {
    const result = await read(() => undefined);
    expect(result.ok).toBe(true);
  });

  it('refuses an answer to an action the checklist does not have', async () => {
    const { codes, message } = await problems((b) => {
      b.answers.push(makeAnswer({ itemId: '13z-99', status: 'fully', rev: 1 }));
    });
    expect(codes).toContainEqual(
      expect.objectContaining({ code: 'import.unknown-item', itemId: '13z-99' }),
    );
    expect(message).toContain(
      'The answer to practical action 13z-99 in “Test assessment” names practical action “13z-99”',
    );
  });

  it('refuses norm answers, assignments and history naming norms or items the pack lacks', async () => {
    const { codes } = await problems((b) => {
      b.normAnswers.push({ ...b.normAnswers[0]!, normId: '13q' });
      b.assignments[0]!.assignments.push({ agency: 'Police', normIds: ['13x'], itemIds: ['zz'] });
      b.history.push({ ...b.history[0]!, target: 'item:ghost', after: { assessmentId: 'x' } });
    });
    const found = codes.map((p) => `${p.code} ${p.record.kind}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'import.unknown-norm normAnswer',
        'import.unknown-norm assignments',
        'import.unknown-item assignments',
        'import.unknown-item history',
      ]),
    );
  });

  it('refuses a part covering a norm the pack lacks (it was "Imported." with nothing imported)', async () => {
    const { codes, message } = await problems((b) => {
      b.part = { agency: 'MFA', normIds: ['13k'] };
      b.answers = [];
      b.normAnswers = [];
      b.history = [];
    }, 'part');
    expect(codes).toContainEqual(
      expect.objectContaining({
        code: 'import.unknown-norm',
        normId: '13k',
        record: { kind: 'part' },
      }),
    );
    expect(message).toContain('The part’s scope names norm “13k”');
  });

  it('refuses history whose before or after belongs to another action', async () => {
    const { codes } = await problems((b) => {
      const entry = b.history.find((h) => h.target === 'item:13a-01' && h.before)!;
      entry.before = { ...(entry.before as object), itemId: '13c-01' };
    });
    expect(codes).toEqual([
      expect.objectContaining({ code: 'import.history-other-record', side: 'before' }),
    ]);
  });

  it('refuses a revision at the integer maximum (the answer could never be edited again)', async () => {
    const { codes } = await problems((b) => {
      b.answers[0]!.rev = Number.MAX_SAFE_INTEGER;
    });
    expect(codes).toContainEqual(
      expect.objectContaining({ code: 'import.rev-too-large', rev: Number.MAX_SAFE_INTEGER }),
    );
    expect(MAX_REV).toBeLessThan(Number.MAX_SAFE_INTEGER / 2);
  });

  it('refuses a State code that is not a UN Member State', async () => {
    const { codes } = await problems((b) => {
      b.states[0] = { ...b.states[0]!, code: 'TW' };
      b.assessments[0] = { ...b.assessments[0]!, stateCode: 'TW' };
    });
    expect(codes).toContainEqual(
      expect.objectContaining({ code: 'import.unknown-state', stateCode: 'TW' }),
    );
  });

  it('takes State names and ASEAN flags from the app, never from the file', async () => {
    const result = await read((b) => {
      b.states[0] = { ...b.states[0]!, name: 'Atlantis', asean: false };
    });
    expect(result.ok && result.value.file.states[0]).toMatchObject({
      code: 'SG',
      name: 'Singapore',
      asean: true,
    });
  });

  it('refuses a title or N/A justification made of zero-width spaces', async () => {
    const { codes } = await problems((b) => {
      b.assessments[0] = { ...b.assessments[0]!, title: '\u200B\u200B' };
      const na = b.answers.find((a) => a.status === 'not-applicable')!;
      na.naJustification = '\u200B\u2060\uFEFF';
    });
    expect(codes.map((p) => [p.code, 'field' in p ? p.field : ''])).toEqual(
      expect.arrayContaining([
        ['import.blank-text', 'title'],
        ['import.blank-text', 'naJustification'],
      ]),
    );
    expect(hasVisibleText('\u200B\u202E ')).toBe(false);
    expect(hasVisibleText('ກ')).toBe(true);
  });

  it('refuses timestamps in the future beyond clock skew, and timestamps before 1900 or after 2200', async () => {
    const { codes } = await problems((b) => {
      b.answers[0]!.updatedAt = '2026-03-09T12:00:00.000Z';
      b.normAnswers[0]!.updatedAt = '1850-01-01T00:00:00.000Z';
      // A typed day outside the years is kept, not refused (domain/importChecks.ts keptOldDays).
      b.answers[1]!.targetDate = '2999-01-01';
    });
    expect(codes.map((p) => p.code)).toEqual(['import.future-time', 'import.year-out-of-range']);
    // A few hours ahead is a clock difference between laptops, not a problem.
    expect(
      (
        await read((b) => {
          b.answers[0]!.updatedAt = '2026-03-01T20:00:00.000Z';
        })
      ).ok,
    ).toBe(true);
  });

  it('refuses evidence links that are not http(s)', async () => {
    const { codes } = await problems((b) => {
      b.answers[0]!.evidence.links = ['https://ok.example/a', 'javascript:alert(1)', 'file:///etc'];
    });
    expect(codes.map((p) => ('link' in p ? p.link : ''))).toEqual([
      'javascript:alert(1)',
      'file:///etc',
    ]);
  });

  it('lists at most 20 problems and says how many more there are', async () => {
    const { message } = await problems((b) => {
      for (let i = 0; i < 30; i += 1)
        b.answers.push(makeAnswer({ itemId: `ghost-${i}`, status: 'planned', rev: 1 }));
    });
    expect(message).toContain('holds 30 records the app cannot use');
    expect(message).toContain('… and 10 more.');
  });
});

describe('pack weights', () => {
  it('refuses weights so small that scores underflow', () => {
    const tiny = packSchema.safeParse(
      makePack({
        actions: [makeAction({ weight: 5e-324 }), makeAction({ id: '13c-01', normId: '13c' })],
      }),
    );
    expect(tiny.success).toBe(false);
    // What such a weight did: a fully implemented action scored nothing.
    const pack = packSchema.parse(makePack());
    pack.actions[0]!.weight = 5e-324;
    const score = scoreAssessment({
      pack,
      answers: [makeAnswer({ itemId: '13a-01', status: 'fully' })],
    });
    expect(score.norms.find((n) => n.normId === '13a')?.score ?? 0).toBeLessThan(100);
    expect(
      packSchema.safeParse(makePack({ actions: [makeAction({ weight: 0.01 })] })).success,
    ).toBe(true);
  });
});

describe('damaged encrypted files', () => {
  const passphrase = 'correct horse battery';

  it('says "damaged" for a salt or IV that is not valid base64, never throws', async () => {
    const plain = JSON.stringify(await sealExport(body()));
    const file = await encryptText(plain, passphrase, 600_000);
    for (const broken of [
      { ...file, kdf: { ...file.kdf, salt: 'A'.repeat(23) } },
      { ...file, cipher: { ...file.cipher, iv: 'AAAAAAAAAAAAAAA=' } },
      { ...file, cipher: { ...file.cipher, iv: 'A=AAAAAAAAAAAAAA' } },
    ]) {
      const result = await readExportFile(JSON.stringify(broken), { passphrase });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.code).toBe('export.damaged-encrypted');
      expect(!result.ok && describeFailure(result)).toMatch(/the file is damaged/);
    }
  });

  it('says "damaged" for a file whose plaintext is itself encrypted, instead of asking again', async () => {
    const plain = JSON.stringify(await sealExport(body()));
    const inner = await encryptText(plain, passphrase, 600_000);
    const outer = await encryptText(JSON.stringify(inner), passphrase, 600_000);
    const result = await readExportFile(JSON.stringify(outer), { passphrase });
    expect(!result.ok && result.code).toBe('export.nested-encrypted');
    expect(!result.ok && describeFailure(result)).toMatch(/holds another encrypted file/);
  });
});
