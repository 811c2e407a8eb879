import { packSchema, type ChecklistPack } from '../schema/pack';
import { formatIssues } from '../schema/issues';
import { checkUntrustedShape } from '../schema/untrusted';
import { fail, ok, type Result } from './result';

/**
 * Parses a checklist pack from untrusted data (an installed file, a stored copy, the bundled file in
 * `npm run check:data`). `source` names where it came from, so that every message says which file
 * is wrong. Kept apart from the pack queries in pack.ts so that the first screen does not load zod.
 */
export function parsePack(data: unknown, source: string): Result<ChecklistPack> {
  const shape = checkUntrustedShape(data);
  if (!shape.ok) return fail(`${source}: ${shape.reason}`);
  const parsed = packSchema.safeParse(data);
  if (!parsed.success) return fail(formatIssues(source, parsed.error));
  return ok(parsed.data);
}
