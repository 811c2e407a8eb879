import { packSchema, type Action, type ChecklistPack, type Norm } from '../schema/pack';
import { formatIssues } from '../schema/issues';
import { checkUntrustedShape } from '../schema/untrusted';
import { fail, ok, type Result } from './result';

/**
 * Parses a checklist pack from untrusted data (a bundled file, an installed file, a stored copy).
 * `source` names where it came from, so that every message says which file is wrong.
 */
export function parsePack(data: unknown, source: string): Result<ChecklistPack> {
  const shape = checkUntrustedShape(data);
  if (!shape.ok) return fail(`${source}: ${shape.reason}`);
  const parsed = packSchema.safeParse(data);
  if (!parsed.success) return fail(formatIssues(source, parsed.error));
  return ok(parsed.data);
}

/** Key under which a pack version is stored: one pack id has many versions. */
export const packKey = (pack: Pick<ChecklistPack, 'id' | 'version'>) =>
  `${pack.id}@${pack.version}`;

/** Actions in use in this version (retired ones are kept in the pack, but not asked any more). */
export const activeActions = (pack: ChecklistPack): Action[] =>
  pack.actions.filter((a) => !a.retired);

export const actionsOfNorm = (pack: ChecklistPack, normId: string): Action[] =>
  activeActions(pack).filter((a) => a.normId === normId);

export const normById = (pack: ChecklistPack, normId: string): Norm | undefined =>
  pack.norms.find((n) => n.id === normId);
