import type { Action, ChecklistPack } from '../schema/pack';

/** Queries on a parsed pack. Pure and light: parsing lives in parsePack.ts. */

/** Key under which a pack version is stored, `<id>@<version>`: one pack id has many versions. */
export const packKey = (pack: Pick<ChecklistPack, 'id' | 'version'>) =>
  `${pack.id}@${pack.version}`;

/** The `packKey` of the pack version an assessment was made with. */
export const assessmentPackKey = (a: { packId: string; packVersion: string }) =>
  packKey({ id: a.packId, version: a.packVersion });

/**
 * The practical action of `pack` with id `actionId` (retired ones too: stored answers may name
 * them), or undefined when the pack has none. Without a pack (not loaded yet), undefined.
 */
export const actionById = (
  pack: Pick<ChecklistPack, 'actions'> | null | undefined,
  actionId: string,
): Action | undefined => pack?.actions.find((a) => a.id === actionId);

/** The norm of `pack` with id `normId`, or undefined when the pack (or the norm) is not there. */
export const normById = (
  pack: Pick<ChecklistPack, 'norms'> | null | undefined,
  normId: string,
): ChecklistPack['norms'][number] | undefined => pack?.norms.find((n) => n.id === normId);

/** The focus area of `pack` with id `areaId`, or undefined when the pack has none. */
export const focusAreaById = (
  pack: Pick<ChecklistPack, 'focusAreas'> | null | undefined,
  areaId: string,
): ChecklistPack['focusAreas'][number] | undefined => pack?.focusAreas.find((f) => f.id === areaId);

/** Actions in use in this version (retired ones are kept in the pack, but not asked any more). */
export const activeActions = (pack: ChecklistPack): Action[] =>
  pack.actions.filter((a) => !a.retired);

/** The practical actions of a norm that are not retired, in pack order. */
export const actionsOfNorm = (pack: ChecklistPack, normId: string): Action[] =>
  activeActions(pack).filter((a) => a.normId === normId);

/**
 * The pack a new assessment starts with: the one marked default (the newest bundled pack), else
 * the first listed; '' when none is installed. Any installed pack can then be chosen.
 */
export const defaultPackKey = (packs: readonly { key: string; isDefault: boolean }[]): string =>
  (packs.find((p) => p.isDefault) ?? packs[0])?.key ?? '';

/** The largest pack file the app reads, in MB: a pack file is reviewed prose; anything this large is not one. */
export const MAX_PACK_MB = 5;
