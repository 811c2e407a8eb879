import type { Failure } from '../schema/failures';
import { bundledPack } from '../domain/bundledPack';
import { bundledPackFor, bundledPacks } from '../domain/bundledPacks';
import { checkPackFile } from '../domain/checklistData';
import { packKey } from '../domain/pack';
import { isReviewedPack } from '../domain/packReview';
import { parsePack } from '../domain/parsePack';
import { compareVersions } from '../domain/packVersions';
import { fail, failureOf, ok, type Result } from '../domain/result';
import type { ChecklistPack } from '../schema/pack';
import { db, type StoredPack } from './db';

/**
 * Checklist packs in IndexedDB: the bundled one (stored too, so that an assessment made with this
 * release keeps its pack after the app moves on to a newer bundled version) and packs installed from
 * a file. Every stored pack is parsed again on read: storage is a boundary like any file.
 */

/**
 * Puts every bundled pack version (bundledPacks.ts) into storage if it is not there yet, so that an
 * assessment made with this release keeps its pack after the app moves on. Idempotent.
 */
export async function ensureBundledPack(now = new Date()): Promise<void> {
  await db.transaction('rw', db.packs, async () => {
    for (const pack of bundledPacks) {
      const key = packKey(pack);
      if (await db.packs.get(key)) continue;
      await db.packs.put({ ...bundledRow(pack), installedAt: now.toISOString() });
    }
  });
}

const bundledRow = (pack: ChecklistPack): StoredPack => ({
  key: packKey(pack),
  id: pack.id,
  version: pack.version,
  bundled: true,
  installedAt: '',
  pack,
});

export interface PackSummary {
  key: string;
  id: string;
  version: string;
  title: string;
  publisher: string;
  description: string;
  status: ChecklistPack['status'];
  issuer: string;
  document: ChecklistPack['document'];
  distribution: ChecklistPack['distribution'];
  /** Whether this is the newest bundled pack: the default for a new assessment. */
  isDefault: boolean;
  bundled: boolean;
  /**
   * Whether the app vouches for this pack: an id@version it ships (domain/packReview.ts). Any other
   * pack, even one under the official pack's id, is shown with the "not reviewed" warning.
   */
  reviewed: boolean;
  installedAt: string;
  releaseDate: string;
  language: string;
  norms: number;
  actions: number;
}

const summarise = (stored: StoredPack, pack: ChecklistPack): PackSummary => ({
  key: stored.key,
  id: pack.id,
  version: pack.version,
  title: pack.title,
  publisher: pack.publisher,
  description: pack.description ?? '',
  status: pack.status,
  issuer: pack.issuer,
  document: pack.document,
  distribution: pack.distribution,
  isDefault: stored.key === packKey(bundledPack),
  bundled: stored.bundled,
  reviewed: isReviewedPack(pack),
  installedAt: stored.installedAt,
  releaseDate: pack.releaseDate,
  language: pack.language,
  norms: pack.norms.length,
  actions: pack.actions.filter((a) => !a.retired).length,
});

/**
 * Every usable pack version, newest version of each id first. A stored pack that no longer passes the
 * schema is left out and reported in `broken`, never thrown at the screen.
 */
export async function listPacks(): Promise<{ packs: PackSummary[]; broken: Failure[] }> {
  const rows = await db.packs.toArray();
  const packs: PackSummary[] = [];
  const broken: Failure[] = [];
  for (const row of rows) {
    const parsed = parsePack(row.pack, `stored pack ${row.key}`);
    if (parsed.ok) packs.push(summarise(row, parsed.value));
    else broken.push(failureOf(parsed));
  }
  for (const pack of bundledPacks) {
    if (!packs.some((p) => p.key === packKey(pack))) packs.push(summarise(bundledRow(pack), pack));
  }
  packs.sort((a, b) => a.id.localeCompare(b.id) || compareVersions(b.version, a.version));
  return { packs, broken };
}

/** One pack version: a bundled one (always available offline), or from storage. */
export async function getPack(id: string, version: string): Promise<Result<ChecklistPack>> {
  const bundled = bundledPackFor(id, version);
  if (bundled) return ok(bundled);
  const row = await db.packs.get(packKey({ id, version }));
  if (!row) return fail({ code: 'pack.not-installed', id, version });
  return parsePack(row.pack, `stored pack ${row.key}`);
}

export type InstallOutcome = { status: 'installed' | 'already-installed'; pack: PackSummary };

/**
 * Installs a pack from a file's text. The file is checked in full before anything is written; an
 * invalid file is refused with the schema's messages and storage is left as it was. A different pack
 * under an id@version that is already installed is refused: a published version never changes.
 */
export async function installPackFile(
  fileName: string,
  text: string,
  now = new Date(),
): Promise<Result<InstallOutcome>> {
  const checked = checkPackFile(fileName, text);
  if (!checked.ok) return checked;
  return installPack(checked.value, now);
}

/**
 * Installs a parsed pack. Installing the same pack again is `already-installed`; a different pack
 * under the same id and version fails with `pack.version-taken` (published versions never change).
 */
export async function installPack(
  pack: ChecklistPack,
  now = new Date(),
): Promise<Result<InstallOutcome>> {
  const key = packKey(pack);
  return db.transaction('rw', db.packs, async (): Promise<Result<InstallOutcome>> => {
    const existing = await db.packs.get(key);
    if (existing) {
      // Compare in the current format: a row stored before format 2 holds the format-1 file.
      const stored = parsePack(existing.pack, `stored pack ${key}`);
      if (stored.ok && JSON.stringify(stored.value) === JSON.stringify(pack)) {
        return ok({ status: 'already-installed', pack: summarise(existing, pack) });
      }
      return fail({ code: 'pack.version-taken', id: pack.id, version: pack.version });
    }
    const row: StoredPack = {
      key,
      id: pack.id,
      version: pack.version,
      bundled: false,
      installedAt: now.toISOString(),
      pack,
    };
    await db.packs.add(row);
    return ok({ status: 'installed', pack: summarise(row, pack) });
  });
}
