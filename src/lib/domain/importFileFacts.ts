import type { Assessment } from '../schema/assessment';
import type { Action, ChecklistPack, Norm } from '../schema/pack';
import { receivedBefore } from './coordination';
import { returnedPart, type StoredContext } from './importPlan';
import type { SessionFile } from './importSession';
import { assessmentPackKey, packKey } from './pack';

/**
 * What the import preview says about one file of the session, decided here so that the Backup
 * screen only renders it: the pack its parts and conflicts are named from, whether this very part
 * was imported before, and what a conflict's target is.
 */

/**
 * The pack of a file's (first) assessment: this device's copy first (`ctx.packs`), else the one the
 * file carries; undefined when neither has it or the file holds no assessment.
 */
export function packOfFile(
  file: SessionFile,
  ctx: StoredContext | undefined,
): ChecklistPack | undefined {
  const a = file.plan.file.assessments[0];
  if (!a) return undefined;
  const key = assessmentPackKey(a);
  return ctx?.packs.get(key) ?? file.plan.file.packs.find((p) => packKey(p) === key);
}

/**
 * When this very part (same agency, same export instant) was imported here before (an ISO instant),
 * if it was: the coordinator is told before importing it twice. A full backup's held part sent from
 * here (`heldReturn`) is that agency's part too. Undefined for files holding no part.
 */
export function partImportedBefore(
  file: SessionFile,
  ctx: StoredContext | undefined,
): string | undefined {
  const f = file.plan.file;
  for (const p of file.plan.assessments) {
    const part = returnedPart(f, p);
    if (!part) continue;
    const r = receivedBefore(ctx?.coordination?.get(p.incoming.id), part.agency, f.exportedAt);
    if (r) return r.importedAt;
  }
  return undefined;
}

/** What a merge or conflict target (`norm:<id>` or `<kind>:<action id>`) names in the pack. */
export type TargetSubject =
  | { kind: 'norm'; norm: Norm }
  | { kind: 'action'; id: string; action: Action }
  | { kind: 'unknown'; id: string };

/**
 * The norm or practical action a target of an assessment names, from the pack the assessment
 * uses: the file's copy first, else this device's; `unknown` (with the bare id) when neither has it.
 */
export function targetSubject(
  file: SessionFile,
  ctx: StoredContext | undefined,
  assessment: Assessment,
  target: string,
): TargetSubject {
  const [kind, id = ''] = target.split(':', 2);
  const key = assessmentPackKey(assessment);
  const pack = file.plan.file.packs.find((p) => packKey(p) === key) ?? ctx?.packs.get(key);
  if (kind === 'norm') {
    const norm = pack?.norms.find((n) => n.id === id);
    return norm ? { kind: 'norm', norm } : { kind: 'unknown', id };
  }
  const action = pack?.actions.find((x) => x.id === id);
  return action ? { kind: 'action', id, action } : { kind: 'unknown', id };
}

/** The notes a file's heading carries, in the order shown. */
export type FileNote = 'upgraded' | 'encrypted' | 'shareable';

/** Which notes apply to a file: written in an older format, decrypted, shareable (no notes). */
export function fileNotes(file: SessionFile): FileNote[] {
  const f = file.plan.file;
  return [
    ...(file.fromVersion < f.version ? (['upgraded'] as const) : []),
    ...(file.encrypted ? (['encrypted'] as const) : []),
    ...(f.shareable ? (['shareable'] as const) : []),
  ];
}
