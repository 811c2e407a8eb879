/**
 * `npm run check:data`: validates every checklist pack in checklist-data/ (and the valid fixture
 * packs in tests/fixtures/packs/) through the same `checkPackFile` the app and the tests use, and
 * applies the review checks of our bundled packs (`reviewBundledPack`: action counts of the
 * unofficial pack, exact clauses of the official-text pack). It also checks that the newest bundled
 * pack's statement of what it is appears, in the same words, in README.md and
 * checklist-data/README.md. Exits 1 on any problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPackFile, countActions, reviewBundledPack } from '../src/lib/domain/checklistData';
import { BUNDLED_PACK_FILE } from '../src/lib/domain/bundledPack';
import { statementProblems } from './statement';
import { activeActions } from '../src/lib/domain/pack';
import { describeFailure } from '../src/lib/i18n/failures';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Folders checked, and whether the review checks of our bundled packs apply to their packs. */
const folders: { dir: string; datasetRules: boolean }[] = [
  { dir: 'checklist-data', datasetRules: true },
  { dir: 'tests/fixtures/packs', datasetRules: false },
];

const jsonFiles = (dir: string): string[] => {
  try {
    return readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
};

let failures = 0;
let checked = 0;
for (const { dir, datasetRules } of folders) {
  for (const file of jsonFiles(dir)) {
    checked += 1;
    const name = relative(root, join(root, file));
    const result = checkPackFile(name, readFileSync(join(root, file), 'utf8'));
    if (!result.ok) {
      failures += 1;
      console.error(`✗ ${name}\n${indent(describeFailure(result))}`);
      continue;
    }
    const pack = result.value;
    const active = activeActions(pack).length;
    const retired = pack.actions.length - active;
    // The review's typed failures in words (describeFailure: the file name first).
    const problems = (datasetRules ? reviewBundledPack(name, pack) : []).map((p) =>
      describeFailure(p),
    );
    if (name === BUNDLED_PACK_FILE)
      problems.push(...statementProblems(root, name, pack.description ?? ''));
    const mark = problems.length > 0 ? '✗' : '✓';
    const line =
      `${mark} ${name} ${pack.id}@${pack.version}: ${pack.norms.length} norms, ${active} actions` +
      (retired > 0 ? ` (+${retired} retired)` : '');
    (problems.length > 0 ? console.error : console.log)(line);
    if (datasetRules) {
      const counts = countActions(pack);
      const list = (c: { id: string; count: number }[]) =>
        c.map(({ id, count }) => `${id} ${count}`).join(', ');
      console.log(`    per norm:       ${list(counts.perNorm)}`);
      console.log(`    per focus area: ${list(counts.perFocusArea) || '(none)'}`);
      if (counts.unmapped > 0) console.log(`    no focus area:  ${counts.unmapped}`);
    }
    if (problems.length > 0) {
      failures += 1;
      console.error(indent(problems.join('\n')));
    }
  }
}

if (checked === 0) {
  console.error('✗ no checklist pack found in checklist-data/');
  process.exit(1);
}
if (failures > 0) {
  console.error(`\n${failures} file${failures === 1 ? '' : 's'} failed the checks.`);
  process.exit(1);
}
console.log(`\nAll ${checked} pack file${checked === 1 ? '' : 's'} passed.`);

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
