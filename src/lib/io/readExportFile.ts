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
import { formatIssues } from '../schema/issues';
import { UNTRUSTED_LIMITS, checkUntrustedShape } from '../schema/untrusted';
import { exportChecksum } from '../domain/checksum';
import { bundledPack } from '../domain/bundledPack';
import {
  MAX_LISTED_PROBLEMS,
  canonicalStates,
  checkImportRecords,
  packResolver,
  type ImportProblem,
} from '../domain/importChecks';
import type { ChecklistPack } from '../schema/pack';
import { importChecks } from '../i18n/en/importChecks';
import { OLDEST_EXPORT_VERSION, migrateExport } from '../domain/exportMigrations';
import { fail, ok, type Result } from '../domain/result';
import { WRONG_PASSPHRASE, decryptText } from './crypto';

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

export type ReadFailureKind = 'needs-passphrase' | 'wrong-passphrase' | 'invalid';
export interface ReadFailure {
  kind: ReadFailureKind;
  message: string;
  /** The semantic problems found, when that is why the file was refused. */
  problems?: ImportProblem[];
}

export interface ReadExport {
  file: ExportFile;
  encrypted: boolean;
  /** The format version the file was written in (older ones were upgraded). */
  fromVersion: number;
}

const invalid = (message: string): Result<never, ReadFailure> => fail({ kind: 'invalid', message });

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

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
    return invalid(
      `${name}: the file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; an export is far smaller`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return invalid(`${name}: is not JSON (it may be damaged, or another kind of file)`);
  }
  const encrypted = isRecord(data) && data.type === ENCRYPTED_TYPE;
  // The ciphertext is one long string; everything else keeps the usual limits.
  const shape = checkUntrustedShape(
    data,
    encrypted
      ? { ...UNTRUSTED_LIMITS, stringLength: maxBytes * 2 }
      : { ...UNTRUSTED_LIMITS, nodes: MAX_EXPORT_VALUES },
  );
  if (!shape.ok) return invalid(`${name}: ${shape.reason}`);

  if (encrypted) {
    // An encrypted file inside an encrypted file: never ask for a passphrase again (the user would
    // be asked for ever); the file is damaged or made to confuse.
    if (options.insideEncrypted) return invalid(importChecks.nestedEncrypted(name));
    const envelope = encryptedFileSchema.safeParse(data);
    if (!envelope.success)
      return invalid(
        `${importChecks.damagedEncrypted(name)}\n${formatIssues(name, envelope.error, 5)}`,
      );
    if (!options.passphrase)
      return fail({
        kind: 'needs-passphrase',
        message: `${name} is protected with a passphrase`,
      });
    const plain = await decryptText(envelope.data, options.passphrase);
    if (!plain.ok)
      return plain.reason === 'damaged'
        ? invalid(importChecks.damagedEncrypted(name))
        : fail({ kind: 'wrong-passphrase', message: `${name}: ${WRONG_PASSPHRASE}` });
    const inner = await readExportFile(plain.value, {
      ...options,
      fileName: name,
      maxBytes,
      insideEncrypted: true,
    });
    if (!inner.ok) return inner;
    return ok({ ...inner.value, encrypted: true });
  }

  if (!isRecord(data)) return invalid(`${name}: wrong format: not an export of this tool`);
  if (data.type === PACK_TYPE)
    return invalid(
      `${name}: this is a checklist pack, not an export: install it on the Checklist packs screen`,
    );
  if (data.type !== EXPORT_TYPE)
    return invalid(
      `${name}: wrong format: not an export of this tool (type must be "${EXPORT_TYPE}")`,
    );
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return invalid(`${name}: version: must be a whole number`);
  if (version > EXPORT_FORMAT_VERSION)
    return invalid(
      `${name}: newer format than this app: the file was written in export format ${version}, this app reads up to ${EXPORT_FORMAT_VERSION}. Update the app`,
    );
  if (version < OLDEST_EXPORT_VERSION)
    return invalid(`${name}: unknown export format version ${version}`);

  const checksum = data.checksum;
  if (!isRecord(checksum) || checksum.algorithm !== 'SHA-256' || typeof checksum.value !== 'string')
    return invalid(`${name}: checksum: missing or not a SHA-256 checksum`);
  if ((await exportChecksum(data)) !== checksum.value)
    return invalid(
      `${name}: failed checksum: the file was changed or damaged after it was exported`,
    );

  const upgraded = migrateExport(data, version);
  if (!upgraded.ok) return invalid(`${name}: ${upgraded.reason}`);
  const parsed = exportFileSchema.safeParse(upgraded.value);
  if (!parsed.success) return invalid(formatIssues(name, parsed.error));
  const problems = checkImportRecords(parsed.data, {
    packFor: packResolver(bundledPack, options.installedPacks ?? new Map(), parsed.data.packs),
    now: options.now ?? new Date(),
  });
  if (problems.length > 0)
    return fail({
      kind: 'invalid',
      message: `${name}: ${importChecks.problems(problems, MAX_LISTED_PROBLEMS)}`,
      problems,
    });
  const file = { ...parsed.data, states: canonicalStates(parsed.data.states) };
  return ok({ file, encrypted: false, fromVersion: version });
}
