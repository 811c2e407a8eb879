import { packKey } from './pack';

/**
 * The checklist pack versions the app vouches for, as `packKey`s (`<id>@<version>`): the ones it
 * ships (./bundledPacks.ts; tests/unit/pack-review.test.ts keeps this list equal to them). Kept as
 * plain keys so that the report and the screens can ask without loading the packs' JSON. A pack
 * version published later by the app's maintainers joins this list with the release that ships it.
 */
export const REVIEWED_PACK_KEYS: ReadonlySet<string> = new Set([
  'asean-nic-gge2015@1.1.0',
  'asean-nic-gge2015@1.0.0',
  'un-gge2015-para13@1.0.0',
]);

/**
 * Whether the app vouches for a checklist pack (langpacks item 4). A pack file says of itself who
 * issued it and whether it is official, and can take any id: a copy of the bundled pack's file
 * with its version changed to 9.9.9 carried the official pack's id and looked official. So a pack
 * is "reviewed" only when its id and version are one the app ships (`REVIEWED_PACK_KEYS`;
 * installing a different pack under such an id@version is refused as `pack.version-taken`). Every
 * other pack, whatever id, status or issuer it claims, is "unreviewed" and carries the same warning
 * wherever a pack is shown (the pack list, the setup form's pack choice, the dashboard, the
 * report's cover).
 */
export function isReviewedPack(pack: { id: string; version: string }): boolean {
  return REVIEWED_PACK_KEYS.has(packKey(pack));
}
