import type { Failure } from '../schema/failures';
import { buildExportBody, exportFileName, exportTextParts, sealExport } from '../domain/exchange';
import { failureOf, ok, type Result } from '../domain/result';
import type { ExportBody, PartScope } from '../schema/exportFile';
import { getHeldPart, heldPartIds, recordPartSent } from '../storage/coordination';
import { heldPartExport, partDirectionFor, withoutHeldParts } from '../domain/coordination';
import { encryptText } from '../io/crypto';
import { checkExportReadable } from '../io/exportCheck';
import { nextTask, taskBudget } from '../io/nextTask';
import { exportUnreadable } from '../i18n';
import { readExportSource, recordBackup, type ExportScope } from '../storage/exchange';

/**
 * The backup screen's export flow, kept out of the component so that it stays a form (storage →
 * domain → file text). The import is a state class: state/importSession.svelte.ts.
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
  /** The file as written (JSON text, UTF-8), handed to the download as it is. */
  blob: Blob;
  exportedAt: string;
  /** The highest history id the export holds (storage ids; 0 without history): a full backup
   * holds every change up to it (domain/backupStatus.ts). */
  historyThroughId: number;
  /** Stored rows that failed their schema and were left out (reported to the user). */
  corrupt: Failure[];
  /** Why the app could not import this file again (io/exportCheck.ts); never a backup then. */
  unreadable?: string;
  /** The records a part carries: recorded as sent (the ancestor of its merge when it comes back). */
  records: Pick<ExportBody, 'answers' | 'normAnswers'>;
}

const JSON_TYPE = 'application/json';

/**
 * Reads the scope from storage, builds and seals the export file, checks that the app can read it
 * again, and encrypts it when a passphrase is given. Fails (typed) when the storage read fails;
 * throws only on a bug. Nothing is downloaded or recorded here: `markPartSent` / `markBackedUp`
 * follow once the browser has the file.
 */
export async function makeExport(asked: ExportRequest): Promise<Result<ExportedFile>> {
  // A held part never leaves as a whole assessment (tester A, finding 1): "one assessment" of the
  // part this device holds is the part, returned, with the scope it came with.
  const held =
    asked.scope.kind === 'assessment' || asked.scope.kind === 'part'
      ? await getHeldPart(asked.scope.assessmentId)
      : undefined;
  const asPart = asked.scope.kind === 'assessment' ? heldPartExport(held) : undefined;
  const request: ExportRequest =
    asPart && asked.scope.kind === 'assessment'
      ? {
          ...asked,
          scope: { kind: 'part', assessmentId: asked.scope.assessmentId },
          part: asPart.part,
        }
      : asked;
  const read = await readExportSource(request.scope);
  if (!read.ok) return read;
  await nextTask();
  const { corrupt } = read.value;
  // A State's export carries its whole cycles only: not the parts this device holds (finding 1).
  const source =
    request.scope.kind === 'state'
      ? withoutHeldParts(read.value.source, await heldPartIds())
      : read.value.source;
  const exportedAt = (request.now ?? new Date()).toISOString();
  // A part goes back (returned) from a device that holds the part it received; out (sent) otherwise.
  const direction = request.scope.kind === 'part' ? partDirectionFor(held) : undefined;
  const body = buildExportBody(source, {
    kind: request.scope.kind,
    appVersion: __APP_VERSION__,
    exportedAt,
    shareable: request.shareable,
    ...(request.part ? { part: request.part } : {}),
    ...(direction ? { partDirection: direction } : {}),
  });
  // The long steps of a large export in separate tasks: the status keeps painting (io/nextTask.ts).
  await nextTask();
  const file = await sealExport(body);
  await nextTask();
  // The text in parts (domain/exchange.ts exportTextParts), written between paints and handed to
  // the Blob as they are: no 40 MB string built in one task; the Blob's size is the UTF-8 size.
  const parts: string[] = [];
  const turn = taskBudget();
  for (const part of exportTextParts(file)) {
    parts.push(part);
    await turn();
  }
  const fileName = exportFileName(file, Boolean(request.passphrase));
  const written = new Blob(parts, { type: JSON_TYPE });
  await nextTask();
  // Every file the app exports, the app imports: checked before it may count as a backup.
  const readable = checkExportReadable(file, written.size, request.now ?? new Date());
  await nextTask();
  const blob = request.passphrase
    ? new Blob([JSON.stringify(await encryptText(parts.join(''), request.passphrase))], {
        type: JSON_TYPE,
      })
    : written;
  return ok({
    fileName,
    blob,
    exportedAt,
    historyThroughId: source.history.reduce((max, h) => Math.max(max, h.id ?? 0), 0),
    corrupt,
    ...(readable.ok ? {} : { unreadable: exportUnreadable(fileName, failureOf(readable)) }),
    records: { answers: file.answers, normAnswers: file.normAnswers },
  });
}

/**
 * Called once a part's file has been handed to the browser: records what was sent to the agency
 * (schema/coordination.ts), so that its answers merge field by field when the part comes back.
 */
export const markPartSent = (
  exported: ExportedFile,
  assessmentId: string,
  scope: PartScope,
  by: string,
): Promise<void> =>
  recordPartSent(assessmentId, {
    scope,
    sentAt: exported.exportedAt,
    sentBy: by,
    answers: exported.records.answers,
    normAnswers: exported.records.normAnswers,
  });

/**
 * Called once a full backup's file has been handed to the browser. The time recorded is the one in
 * the file, so that "changes since" counts from the snapshot it holds.
 */
export const markBackedUp = (exported: ExportedFile): Promise<void> =>
  recordBackup(exported.exportedAt, exported.historyThroughId);
