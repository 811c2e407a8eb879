import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { ChecklistPack } from '../src/lib/schema/pack';
import { summarisePack } from '../src/lib/domain/packSummary.ts';

/** The module the home screen imports its pack summary from (src/lib/domain/bundledPackSummary.ts). */
export const PACK_SUMMARY_MODULE = 'virtual:bundled-pack-summary';
const RESOLVED = `\0${PACK_SUMMARY_MODULE}`;

/**
 * The bundled pack's file, as src/lib/domain/bundledPack.ts names it (`BUNDLED_PACK_FILE`): read
 * from that file so that the summary can never be of another pack than the one the app bundles
 * (tests/unit/pack-summary.test.ts also compares the two).
 */
function bundledPackFile(root: string): string {
  const source = readFileSync(resolve(root, 'src/lib/domain/bundledPack.ts'), 'utf8');
  const file = /BUNDLED_PACK_FILE\s*=\s*'([^']+)'/.exec(source)?.[1];
  if (!file) throw new Error('src/lib/domain/bundledPack.ts names no BUNDLED_PACK_FILE');
  return resolve(root, file);
}

/**
 * A build-time summary of the bundled checklist pack for the home screen (`summarisePack`:
 * version, counts, the 11 norms' text), as the module `virtual:bundled-pack-summary`: the app start
 * carries that instead of the whole pack (docs/bench.md, start-up). The pack file is build input,
 * checked by `npm run check:data` and tests/unit/checklist-data.test.ts, so it is read as typed.
 * Used by vite.config.ts (build, dev, tests) and by the prerender's own server (scripts/prerender.ts).
 */
export function bundledPackSummary(root = process.cwd()): Plugin {
  let file = '';
  return {
    name: 'nic-bundled-pack-summary',
    resolveId(id) {
      return id === PACK_SUMMARY_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      file ||= bundledPackFile(root);
      this.addWatchFile(file);
      const pack = JSON.parse(readFileSync(file, 'utf8')) as ChecklistPack;
      return `export default ${JSON.stringify(summarisePack(pack))};\n`;
    },
  };
}
