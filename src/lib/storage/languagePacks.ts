import { z } from 'zod';
import type { Failure } from '../schema/failures';
import type { LanguagePack } from '../schema/languagePack';
import { parseLanguagePack } from '../domain/languagePack';
import { fail, ok, type Result } from '../domain/result';
import { db } from './db';

/**
 * Installed language packs, one `meta` record each (`languagePack:<tag>`, value `{ installedAt,
 * pack }`): a small number of small records, so no table of their own and no new database version.
 * Every record is parsed on read; one that fails is reported, not shown.
 */
const PREFIX = 'languagePack:';

const recordSchema = z.object({ installedAt: z.string(), pack: z.unknown() });

export interface StoredLanguagePack {
  pack: LanguagePack;
  /** ISO timestamp. */
  installedAt: string;
}

/** Every installed language pack, by tag; records that do not parse are listed apart. */
export async function listLanguagePacks(): Promise<{
  packs: StoredLanguagePack[];
  broken: Failure[];
}> {
  const rows = await db.meta.where('key').startsWith(PREFIX).toArray();
  const packs: StoredLanguagePack[] = [];
  const broken: Failure[] = [];
  for (const row of rows) {
    const source = `stored language pack ${row.key.slice(PREFIX.length)}`;
    const record = recordSchema.safeParse(row.value);
    const parsed = parseLanguagePack(record.success ? record.data.pack : row.value, source);
    if (record.success && parsed.ok)
      packs.push({ pack: parsed.value, installedAt: record.data.installedAt });
    else if (!parsed.ok) broken.push(parsed);
  }
  packs.sort((a, b) => a.pack.tag.localeCompare(b.pack.tag));
  return { packs, broken };
}

/**
 * Stores a checked language pack (a newer file of the same tag replaces the older one: a
 * translation is improved in place). Check it first (`checkLanguagePack`): this writes as given.
 */
export async function saveLanguagePack(
  pack: LanguagePack,
  now = new Date(),
): Promise<StoredLanguagePack> {
  const stored = { pack, installedAt: now.toISOString() };
  await db.meta.put({ key: PREFIX + pack.tag, value: stored });
  return stored;
}

/** Removes an installed language pack; fails when none of that tag is installed. */
export async function removeLanguagePack(tag: string): Promise<Result<true>> {
  return db.transaction('rw', db.meta, async () => {
    const key = PREFIX + tag;
    if (!(await db.meta.get(key))) return fail({ code: 'language-pack.not-installed', tag });
    await db.meta.delete(key);
    return ok(true as const);
  });
}
