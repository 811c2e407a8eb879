import type { ChecklistPack, PackV1 } from '../schema/pack';
import { upgradePackV1 } from '../schema/packUpgrade';
import { bundledPack, BUNDLED_PACK_FILE } from './bundledPack';
import { packKey } from './pack';
import v100Json from '../../../checklist-data/asean-nic-gge2015.json';
import clausesJson from '../../../checklist-data/un-gge2015-para13.json';

/**
 * Every checklist pack shipped with the app, available offline without installing anything:
 * - the newest unofficial pack (bundledPack.ts), the default for new assessments;
 * - its version 1.0.0, kept byte-identical as shipped (format 1, upgraded here in memory) so that
 *   assessments made with it keep their pack;
 * - the official-text pack: A/70/174 para 13 clause by clause.
 * Like bundledPack, these files are build input checked by `npm run check:data` and the tests.
 */
export const BUNDLED_PACKS: readonly { file: string; pack: ChecklistPack }[] = [
  { file: BUNDLED_PACK_FILE, pack: bundledPack },
  {
    file: 'checklist-data/asean-nic-gge2015.json',
    pack: upgradePackV1(v100Json as unknown as PackV1),
  },
  {
    file: 'checklist-data/un-gge2015-para13.json',
    pack: clausesJson as unknown as ChecklistPack,
  },
];

export const bundledPacks: readonly ChecklistPack[] = BUNDLED_PACKS.map((b) => b.pack);

/** The bundled pack with this id and version, if the app ships it. */
export function bundledPackFor(id: string, version: string): ChecklistPack | undefined {
  const key = packKey({ id, version });
  return bundledPacks.find((p) => packKey(p) === key);
}
