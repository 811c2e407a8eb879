import type { ChecklistPack } from '../schema/pack';
import bundledJson from '../../../checklist-data/asean-nic-gge2015.json';
import { parsePack } from './pack';

/** File name used in messages about the bundled pack. */
export const BUNDLED_PACK_FILE = 'checklist-data/asean-nic-gge2015.json';

function loadBundledPack(): ChecklistPack {
  const result = parsePack(bundledJson, BUNDLED_PACK_FILE);
  // A bundled pack that fails its own schema is a bug in this release, not a user error.
  if (!result.ok) throw new Error(`The bundled checklist pack is invalid:\n${result.reason}`);
  return result.value;
}

/** The checklist pack shipped with the app, parsed once at module load. */
export const bundledPack: ChecklistPack = loadBundledPack();
