import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { classifyStorageError } from '../../src/lib/storage/errors';
import { classifyOpenError, probeStorage } from '../../src/lib/storage/health';
import { rawExport } from '../../src/lib/storage/rawExport';
import { DB_NAME, db } from '../../src/lib/storage/db';
import { buildRescueFile } from '../../src/lib/io/rescue';
import { readExportFile } from '../../src/lib/io/readExportFile';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { blankAnswer, blankNormAnswer } from '../../src/lib/domain/answers';
import { makeAnswer, makeAssessment, TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';

/** Issue 12 items 5–7: disk full, site data blocked, a database the app cannot open. */

const NOW = new Date('2026-11-29T10:00:00.000Z');

afterEach(async () => {
  db.close();
  await Dexie.delete(DB_NAME);
});

describe('a full disk inside an AbortError', () => {
  it('is recognised from the inner error or only its message', () => {
    const dexieAbort = (inner: unknown) => ({ name: 'AbortError', message: 'aborted', inner });
    expect(classifyStorageError(dexieAbort({ name: 'QuotaExceededError' })).code).toBe(
      'storage.quota',
    );
    expect(
      classifyStorageError(
        dexieAbort({ name: 'DataError', message: 'Failed to write blobs (IOError)' }),
      ).code,
    ).toBe('storage.quota');
    expect(
      classifyStorageError(dexieAbort({ name: 'UnknownError', message: 'Disk full' })).code,
    ).toBe('storage.quota');
    expect(
      classifyStorageError({ name: 'AbortError', message: 'The quota has been exceeded.' }).code,
    ).toBe('storage.quota');
    // An abort for another reason stays what it is.
    expect(classifyStorageError(dexieAbort(null)).code).toBe('storage.other');
  });
});

describe('the rescue download', () => {
  it('holds the open assessment with its pending edits, built from memory, and imports', async () => {
    const assessment = makeAssessment({
      packId: bundledPack.id,
      packVersion: bundledPack.version,
    });
    const first = bundledPack.actions[0]!.id;
    const stored = makeAnswer({ itemId: first, status: 'planned', rev: 3 });
    const file = await buildRescueFile(
      {
        assessment,
        pack: bundledPack,
        // On screen: the note typed after the disk filled up.
        answer: (id) =>
          id === first
            ? { ...stored, notes: 'Typed when the disk was full' }
            : blankAnswer(TEST_ASSESSMENT_ID, id),
        storedAnswer: (id) => (id === first ? stored : blankAnswer(TEST_ASSESSMENT_ID, id)),
        normAnswer: (id) => blankNormAnswer(TEST_ASSESSMENT_ID, id),
      },
      NOW,
      '0.1.0',
    );
    expect(file.fileName).toMatch(/^nic-.*2026-11-29-rescue\.json$/);
    expect(file.records).toBe(1);
    const read = await readExportFile(file.text, { now: NOW });
    expect(read.ok && read.value.file.answers).toEqual([
      expect.objectContaining({ itemId: first, notes: 'Typed when the disk was full', rev: 3 }),
    ]);
  });
});

describe('start-up storage check', () => {
  it('says "blocked" when the browser denies IndexedDB, "damaged" when it cannot open the database', () => {
    const denied = {
      name: 'OpenFailedError',
      message: 'UnknownError The user denied permission to access the database.',
      inner: {
        name: 'UnknownError',
        message: 'The user denied permission to access the database.',
      },
    };
    expect(classifyOpenError(denied).kind).toBe('blocked');
    expect(classifyOpenError({ name: 'MissingAPIError' }).kind).toBe('blocked');
    expect(classifyOpenError({ name: 'OpenFailedError', inner: { name: 'VersionError' } })).toEqual(
      { kind: 'damaged', name: 'VersionError', newer: true },
    );
    expect(classifyOpenError({ name: 'UpgradeError' }).kind).toBe('damaged');
  });

  it('finds records this version cannot read, and exports what can be read without changing anything', async () => {
    // A database left by a pre-release build: same tables, an assessment in an older shape.
    await db.open();
    await db.states.add({
      code: 'SG',
      name: 'Singapore',
      asean: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const good = makeAssessment({ packId: bundledPack.id, packVersion: bundledPack.version });
    await db.assessments.bulkAdd([
      good,
      { id: '00000000-0000-4000-8000-0000000000aa', name: 'Old shape', period: 2019 } as never,
    ]);
    await db.answers.bulkAdd([
      makeAnswer({ itemId: bundledPack.actions[0]!.id, status: 'fully', rev: 1 }),
      { broken: true, assessmentId: TEST_ASSESSMENT_ID, itemId: 'x' } as never,
    ]);
    db.close();

    expect(await probeStorage()).toEqual({
      kind: 'damaged',
      name: '1 unreadable record(s)',
      newer: false,
    });
    db.close();
    const raw = await rawExport(NOW, '0.1.0');
    expect(raw.read).toBe(3);
    expect(raw.skipped).toBe(2);
    const read = await readExportFile(raw.text, { now: NOW });
    expect(read.ok && read.value.file.answers.map((a) => a.status)).toEqual(['fully']);
    // Nothing was deleted.
    await db.open();
    expect(await db.assessments.count()).toBe(2);
    expect(await db.answers.count()).toBe(2);
  });

  it('says "ok" for a sound database', async () => {
    expect(await probeStorage()).toEqual({ kind: 'ok' });
  });
});
