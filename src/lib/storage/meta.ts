import { TEXT_LIMITS, userText } from '../schema/assessment';
import { db } from './db';

/** Key/value settings. Each key has its own schema; a value that fails it reads as unset. */
const SESSION_USER = 'sessionUser';
const sessionUserSchema = userText(TEXT_LIMITS.short);

/** The name entered for this session: recorded as `updatedBy` and in the history. */
export async function getSessionUser(): Promise<string> {
  const row = await db.meta.get(SESSION_USER);
  const parsed = sessionUserSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : '';
}

/**
 * Remembers the name of the person using this device (trimmed; it stamps history entries). Throws
 * on a name the schema refuses: the form checks it first.
 */
export async function setSessionUser(name: string): Promise<void> {
  const value = sessionUserSchema.parse(name.trim());
  await db.meta.put({ key: SESSION_USER, value });
}
