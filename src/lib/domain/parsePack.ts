import { PACK_FORMAT_VERSION, PACK_TYPE, packSchema, type ChecklistPack } from '../schema/pack';
import type { FileFailure, PackFailure, SchemaFailure } from '../schema/failures';
import { schemaFailure } from '../schema/issues';
import { checkUntrustedShape } from '../schema/untrusted';
import { fail, ok, type Result } from './result';

/**
 * Parses a checklist pack from untrusted data (an installed file, a stored copy, the bundled file in
 * `npm run check:data`). `source` names where it came from, so that every message says which file
 * is wrong. Any format this app reads is accepted and returned in the current format (format 1 is
 * upgraded, see `upgradePackV1`). Kept apart from the pack queries in pack.ts so that the first
 * screen does not load zod.
 */
export function parsePack(
  data: unknown,
  source: string,
): Result<ChecklistPack, FileFailure | PackFailure | SchemaFailure> {
  const shape = checkUntrustedShape(data);
  if (!shape.ok) return { ...shape, source };
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail({ code: 'pack.not-an-object', source, type: PACK_TYPE });
  const format = formatVersionOf(data);
  if (format !== undefined && format > PACK_FORMAT_VERSION)
    return fail({ code: 'pack.newer-format', source, format, supported: PACK_FORMAT_VERSION });
  if (format === undefined || format < 1)
    return fail({ code: 'pack.bad-format', source, supported: PACK_FORMAT_VERSION });
  const parsed = packSchema.safeParse(data);
  if (!parsed.success) return fail(schemaFailure(source, parsed.error, 10, data));
  return ok(parsed.data);
}

function formatVersionOf(data: object): number | undefined {
  const v = (data as { formatVersion?: unknown }).formatVersion;
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}
