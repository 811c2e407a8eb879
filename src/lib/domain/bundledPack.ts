import type { ChecklistPack } from '../schema/pack';
import bundledJson from '../../../checklist-data/asean-nic-gge2015.json';

/** File name used in messages about the bundled pack. */
export const BUNDLED_PACK_FILE = 'checklist-data/asean-nic-gge2015.json';

/**
 * The checklist pack shipped with the app. It is build input, not outside data: `npm run
 * check:data` and tests/unit/checklist-data.test.ts parse it with the pack schema on every test run,
 * and check that parsing changes nothing (every default is written out in the file). So the app
 * takes it as typed and the first screen does not load zod to read its own data. Packs installed or
 * read from storage are always parsed (parsePack.ts).
 */
export const bundledPack: ChecklistPack = bundledJson as unknown as ChecklistPack;
