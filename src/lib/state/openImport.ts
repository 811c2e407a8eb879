import type { AssignmentIssue } from '../domain/assignments';
import {
  planImport,
  type ImportPlan,
  type PlanFailure,
  type StoredContext,
} from '../domain/importPlan';
import { checkFileAssignments } from '../domain/importSession';
import { ok, type Result } from '../domain/result';
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
export type OpenFailure = ReadFailure | PlanFailure | (AssignmentIssue & { assessmentId: string });

/**
 * Reads an import file's text (`readExportFile`) and plans it against storage; fails with the read
 * failure, the plan's failure, or an assignment issue of one of its assessments.
 */
export async function openImport(
  text: string,
  fileName: string,
  passphrase: string | undefined,
): Promise<Result<OpenedImport, OpenFailure>> {
  const read = await readExportFile(text, { fileName, ...(passphrase ? { passphrase } : {}) });
  if (!read.ok) return read;
  const ctx = await loadImportContext(read.value.file);
  const plan = planImport(read.value.file, ctx);
  if (!plan.ok) return { ...plan, source: fileName };
  const assignments = checkFileAssignments(read.value.file, ctx.packs);
  if (!assignments.ok) return assignments;
  return ok({ read: read.value, plan: plan.value, ctx });
}
