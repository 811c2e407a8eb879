import type { AssignmentIssue } from '../domain/assignments';
import {
  planImport,
  type ImportPlan,
  type PlanFailure,
  type StoredContext,
} from '../domain/importPlan';
import { checkFileAssignments } from '../domain/importSession';
import { fail, ok, type Result } from '../domain/result';
import { readExportFile, type ReadExport, type ReadFailure } from '../io/readExportFile';
import { loadImportContext } from '../storage/exchange';

/**
 * Opening one import file: read and check it (io/readExportFile.ts), load what it meets on this
 * device, plan it (domain/importPlan.ts) and check its assignments against the pack. Used by the
 * import session (state/importSession.svelte.ts) for each file chosen.
 */

export interface OpenedImport {
  read: ReadExport;
  plan: ImportPlan;
  ctx: StoredContext;
}

/** Why a file could not be opened (typed; the Backup screen puts it in words). */
export type OpenFailure =
  | { kind: 'read'; failure: ReadFailure }
  | { kind: 'plan'; failure: PlanFailure }
  | { kind: 'assignments'; issue: AssignmentIssue };

export async function openImport(
  text: string,
  fileName: string,
  passphrase: string | undefined,
): Promise<Result<OpenedImport, OpenFailure>> {
  const read = await readExportFile(text, { fileName, ...(passphrase ? { passphrase } : {}) });
  if (!read.ok) return fail({ kind: 'read', failure: read.reason });
  const ctx = await loadImportContext(read.value.file);
  const plan = planImport(read.value.file, ctx);
  if (!plan.ok) return fail({ kind: 'plan', failure: plan.reason });
  const assignments = checkFileAssignments(read.value.file, ctx.packs);
  if (!assignments.ok) return fail({ kind: 'assignments', issue: assignments.reason });
  return ok({ read: read.value, plan: plan.value, ctx });
}
