import type { ChecklistPack } from '../schema/pack';
import newestJson from '../../../checklist-data/asean-nic-gge2015-1.1.0.json';

/** File name used in messages about the newest bundled pack. */
export const BUNDLED_PACK_FILE = 'checklist-data/asean-nic-gge2015-1.1.0.json';

/**
 * The newest checklist pack shipped with the app: the default for new assessments and the pack the
 * first screen lists. It is build input, not outside data: `npm run check:data` and
 * tests/unit/checklist-data.test.ts parse it with the pack schema on every test run, and check that
 * parsing changes nothing (every default is written out in the file). So the app takes it as typed
 * and the first screen does not load zod to read its own data. Every bundled pack version (older
 * ones too, for assessments made with them) is in bundledPacks.ts; packs installed or read from
 * storage are always parsed (parsePack.ts).
 */
export const bundledPack: ChecklistPack = newestJson as unknown as ChecklistPack;
