import {
  ENCRYPTED_TYPE,
  EXPORT_FORMAT_VERSION,
  EXPORT_TYPE,
  MAX_EXPORT_BYTES,
  MAX_EXPORT_VALUES,
  encryptedFileSchema,
  exportFileSchema,
  type ExportFile,
} from '../schema/exportFile';
import { PACK_TYPE } from '../schema/pack';
import { schemaFailure } from '../schema/issues';
import type { ExportReadFailure, FileFailure, SchemaFailure } from '../schema/failures';
import { UNTRUSTED_LIMITS, checkUntrustedShape } from '../schema/untrusted';
import { markParsed } from '../schema/parsedRecords';
import { exportChecksum } from '../domain/checksum';
import { bundledPack } from '../domain/bundledPack';
import { canonicalStates, checkImportRecords, packResolver } from '../domain/importChecks';
import type { ChecklistPack } from '../schema/pack';
import { OLDEST_EXPORT_VERSION, migrateExport } from '../domain/exportMigrations';
import { fail, ok, type Result } from '../domain/result';
import { decryptText } from './crypto';
import { nextTask } from './nextTask';

/**
 * The one way into the app for an export file. Nothing in a file is trusted; the checks run in this
 * order, each with a message that names what is wrong:
 * size → JSON → shape (depth, prototype keys, sizes) → encrypted? (passphrase, decrypt) →
 * type → version (newer: refused; older: noted) → checksum (on the file as written) →
 * step-by-step upgrade to the current version (0 → 1 → 2; domain/exportMigrations.ts) → the zod
 * schema of the current version (with paths) → the semantic checks (domain/importChecks.ts:
 * references to items and norms, history, revisions, State codes, blank text, dates, links), with
 * the packs the app itself has for the file's pack versions (bundled, then `installedPacks`, then
 * the file's own copy). State names and ASEAN flags are then taken from the app's list.
 * Whether the checklist packs it needs are installed is decided with storage (domain/importPlan.ts).
 */

/**
 * Why a file was not read: `export.needs-passphrase` (ask for one), `export.wrong-passphrase`, or
 * anything else wrong with the file (size, JSON, shape, type, version, checksum, schema, the
 * semantic checks of its records). Every failure names the file in `source`.
 */
export type ReadFailure = ExportReadFailure | FileFailure | SchemaFailure;

/** Whether a read failure asks for a (new) passphrase rather than refusing the file. */
export const isPassphraseFailure = (f: { code: string }): boolean =>
  f.code === 'export.needs-passphrase' || f.code === 'export.wrong-passphrase';

export interface ReadExport {
  file: ExportFile;
  encrypted: boolean;
  /** The format version the file was written in (older ones were upgraded). */
  fromVersion: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads an export file's text: size, JSON, untrusted shape, decryption (with `passphrase`), format
 * migration and the export schema, in that order. Expected problems are typed failures (`file.*`,
 * `export.*`, `crypto.*`) with `fileName` as their source; nothing throws for a bad file.
 */
export async function readExportFile(
  text: string,
  options: {
    fileName?: string;
    passphrase?: string;
    maxBytes?: number;
    /** Packs installed on this device, by `id@version` (the bundled one is always known). */
    installedPacks?: ReadonlyMap<string, ChecklistPack>;
    /** The time future timestamps are judged against. */
    now?: Date;
    /** Set when reading the plaintext of an encrypted file: it may not be encrypted again. */
    insideEncrypted?: boolean;
  } = {},
): Promise<Result<ReadExport, ReadFailure>> {
  const name = options.fileName ?? 'file';
  const maxBytes = options.maxBytes ?? MAX_EXPORT_BYTES;
  // String length counts UTF-16 units, never more than the UTF-8 bytes of the same text: a cheap
  // first bound; the file's byte size is checked again before it is read (io/files.ts).
  if (text.length > maxBytes)
    return fail({
      code: 'file.too-large',
      source: name,
      megabytes: Math.round(maxBytes / 1024 / 1024),
    });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ code: 'export.not-json', source: name });
  }
  await nextTask();
  const encrypted = isRecord(data) && data.type === ENCRYPTED_TYPE;
  // The ciphertext is one long string; everything else keeps the usual limits.
  const shape = checkUntrustedShape(
    data,
    encrypted
      ? { ...UNTRUSTED_LIMITS, stringLength: maxBytes * 2 }
      : { ...UNTRUSTED_LIMITS, nodes: MAX_EXPORT_VALUES },
  );
  if (!shape.ok) return { ...shape, source: name };

  if (encrypted) {
    // An encrypted file inside an encrypted file: never ask for a passphrase again (the user would
    // be asked for ever); the file is damaged or made to confuse.
    if (options.insideEncrypted) return fail({ code: 'export.nested-encrypted', source: name });
    const envelope = encryptedFileSchema.safeParse(data);
    if (!envelope.success)
      return fail({
        code: 'export.damaged-encrypted',
        source: name,
        issues: schemaFailure(name, envelope.error, 5, data),
      });
    if (!options.passphrase) return fail({ code: 'export.needs-passphrase', source: name });
    const plain = await decryptText(envelope.data, options.passphrase);
    if (!plain.ok) return { ...plain, source: name };
    const inner = await readExportFile(plain.value, {
      ...options,
      fileName: name,
      maxBytes,
      insideEncrypted: true,
    });
    if (!inner.ok) return inner;
    return ok({ ...inner.value, encrypted: true });
  }

  if (!isRecord(data)) return fail({ code: 'export.not-an-export', source: name });
  if (data.type === PACK_TYPE) return fail({ code: 'export.is-a-pack', source: name });
  if (data.type !== EXPORT_TYPE)
    return fail({ code: 'export.wrong-type', source: name, expected: EXPORT_TYPE });
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return fail({ code: 'export.bad-version', source: name });
  if (version > EXPORT_FORMAT_VERSION)
    return fail({
      code: 'export.newer-version',
      source: name,
      version,
      supported: EXPORT_FORMAT_VERSION,
    });
  if (version < OLDEST_EXPORT_VERSION)
    return fail({ code: 'export.unknown-version', source: name, version: String(version) });

  const checksum = data.checksum;
  if (!isRecord(checksum) || checksum.algorithm !== 'SHA-256' || typeof checksum.value !== 'string')
    return fail({ code: 'export.no-checksum', source: name });
  if ((await exportChecksum(data)) !== checksum.value)
    return fail({ code: 'export.checksum-mismatch', source: name });

  const upgraded = migrateExport(data, version);
  if (!upgraded.ok) return { ...upgraded, source: name };
  // The long steps of a large file (parse, checksum, schema, checks) in separate tasks, so that
  // the screen can paint its status between them (io/nextTask.ts).
  await nextTask();
  const parsed = exportFileSchema.safeParse(upgraded.value);
  if (!parsed.success) return fail(schemaFailure(name, parsed.error, 10, upgraded.value));
  await nextTask();
  const problems = checkImportRecords(parsed.data, {
    packFor: packResolver(bundledPack, options.installedPacks ?? new Map(), parsed.data.packs),
    now: options.now ?? new Date(),
  });
  if (problems.length > 0) return fail({ code: 'export.invalid-records', source: name, problems });
  const file = { ...parsed.data, states: canonicalStates(parsed.data.states) };
  // Parsed by the current schemas just now: the import writes them without parsing them again.
  for (const records of [
    file.assessments,
    file.answers,
    file.normAnswers,
    file.history,
    file.assignments,
  ])
    markParsed(records);
  return ok({ file, encrypted: false, fromVersion: version });
}
