import { buildExportBody, exportFileName, sealExport } from '../../lib/domain/exchange';
import { planImport, type ImportPlan, type StoredContext } from '../../lib/domain/importPlan';
import { fail, ok, type Result } from '../../lib/domain/result';
import type { PartScope } from '../../lib/schema/exportFile';
import { encryptText } from '../../lib/io/crypto';
import { checkExportReadable } from '../../lib/io/exportCheck';
import { t } from '../../lib/i18n';
import { readExportFile, type ReadExport, type ReadFailure } from '../../lib/io/readExportFile';
import {
  loadImportContext,
  readExportSource,
  recordBackup,
  type ExportScope,
} from '../../lib/storage/exchange';

/**
 * The backup screen's two flows, kept out of the component so that it stays a form: export
 * (storage → domain → file text) and opening an import (text → checks → plan).
 */

export interface ExportRequest {
  scope: ExportScope;
  shareable: boolean;
  part?: PartScope;
  passphrase?: string;
  now?: Date;
}

export interface ExportedFile {
  fileName: string;
  text: string;
  exportedAt: string;
  /** Stored rows that failed their schema and were left out (reported to the user). */
  corrupt: string[];
  /** Why the app could not import this file again (io/exportCheck.ts); never a backup then. */
  unreadable?: string;
}

export async function makeExport(request: ExportRequest): Promise<Result<ExportedFile>> {
  const read = await readExportSource(request.scope);
  if (!read.ok) return read;
  const { source, corrupt } = read.value;
  const exportedAt = (request.now ?? new Date()).toISOString();
  const body = buildExportBody(source, {
    kind: request.scope.kind,
    appVersion: __APP_VERSION__,
    exportedAt,
    shareable: request.shareable,
    ...(request.part ? { part: request.part } : {}),
  });
  const file = await sealExport(body);
  let text = JSON.stringify(file, null, 1);
  const fileName = exportFileName(file, Boolean(request.passphrase));
  // Every file the app exports, the app imports: checked before it may count as a backup.
  const readable = checkExportReadable(file, text, request.now ?? new Date());
  if (request.passphrase) text = JSON.stringify(await encryptText(text, request.passphrase));
  return ok({
    fileName,
    text,
    exportedAt,
    corrupt,
    ...(readable.ok
      ? {}
      : { unreadable: t.importChecks.exportUnreadable(fileName, readable.reason) }),
  });
}

/**
 * Called once a full backup's file has been handed to the browser. The time recorded is the one in
 * the file, so that "changes since" counts from the snapshot it holds.
 */
export const markBackedUp = (exported: ExportedFile): Promise<void> =>
  recordBackup(exported.exportedAt);

export interface OpenedImport {
  read: ReadExport;
  plan: ImportPlan;
  ctx: StoredContext;
}

export async function openImport(
  text: string,
  fileName: string,
  passphrase: string | undefined,
): Promise<Result<OpenedImport, ReadFailure>> {
  const read = await readExportFile(text, {
    fileName,
    ...(passphrase ? { passphrase } : {}),
  });
  if (!read.ok) return read;
  const ctx = await loadImportContext(read.value.file);
  const plan = planImport(read.value.file, ctx);
  if (!plan.ok)
    return fail({
      kind: 'invalid',
      message: `${fileName}: ${t.importChecks.planFailure(plan.reason)}`,
    });
  return ok({ read: read.value, plan: plan.value, ctx });
}
