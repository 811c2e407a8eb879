import { stateProfileSchema, type StateProfile } from '../schema/assessment';
import { stateByCode } from '../domain/states';
import { fail, ok, type Result } from '../domain/result';
import { db, type NicDatabase } from './db';
import { classifyStorageError } from './errors';
import { schemaFailure } from '../schema/issues';
import { parseRows, type ParsedRows } from './parseRow';

/** The State profiles on this device, ASEAN Member States first, then by name. */
export async function listStates(database: NicDatabase = db): Promise<ParsedRows<StateProfile>> {
  const parsed = parseRows(stateProfileSchema, await database.states.toArray(), 'states');
  parsed.rows.sort(
    (a, b) => Number(b.asean) - Number(a.asean) || a.name.localeCompare(b.name, 'en'),
  );
  return parsed;
}

/** Adds the profile of a UN Member State (idempotent: an existing profile is returned as is). */
export async function addState(
  code: string,
  at = new Date().toISOString(),
): Promise<Result<StateProfile>> {
  const known = stateByCode(code);
  if (!known) return fail({ code: 'state.unknown-code', stateCode: code });
  const parsed = stateProfileSchema.safeParse({
    code: known.code,
    name: known.name,
    asean: known.asean === true,
    createdAt: at,
  });
  if (!parsed.success) return fail(schemaFailure(['state'], parsed.error, 3));
  try {
    const existing = await db.states.get(known.code);
    const ok1 = stateProfileSchema.safeParse(existing);
    if (ok1.success) return ok(ok1.data);
    await db.states.put(parsed.data);
    return ok(parsed.data);
  } catch (e) {
    return fail(classifyStorageError(e));
  }
}
