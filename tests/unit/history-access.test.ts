import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * History rows are stored as edits (storage/history.ts): only the storage files eslint.config.js
 * lists in HISTORY_TABLE_FILES may name `db.history`. This test asks eslint for the rules that
 * apply to a file (as `npm run lint` would) and lints a sample with that file's
 * `no-restricted-syntax` rule: a stray use must fail, an allowed file must pass. The sample is
 * linted without type information (the rule is syntax only), which keeps the test fast.
 */

const ROOT = new URL('../../', import.meta.url).pathname;
// Through a variable: the config is plain JavaScript, with no types for the compiler to check.
const configFile = '../../eslint.config.js';
const { HISTORY_TABLE_FILES } = (await import(/* @vite-ignore */ configFile)) as {
  HISTORY_TABLE_FILES: string[];
};
const eslint = new ESLint({ cwd: ROOT });

const STRAY_USES = {
  'a member': `import { db } from './db';\nexport const n = () => db.history.count();\n`,
  'a computed member': `import { db } from './db';\nexport const n = () => db['history'].count();\n`,
  'a table by name': `import { db } from './db';\nexport const n = () => db.table('history').count();\n`,
};
const OTHER_TABLE = `import { db } from './db';\nexport const n = () => db.answers.count();\n`;

/** The messages of `file`'s own `no-restricted-syntax` rule for `code`. */
async function restrictedSyntax(file: string, code: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(file)) as {
    rules?: Record<string, unknown>;
  };
  const rule = config.rules?.['no-restricted-syntax'];
  if (rule === undefined) return [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        rules: { 'no-restricted-syntax': rule as Linter.RuleEntry },
      },
    ],
    file,
  );
  return messages.map((m) => m.message);
}

describe('only the history storage files touch db.history', () => {
  // Loading eslint.config.js (its plugins) takes a few seconds, once.
  beforeAll(() => eslint.calculateConfigForFile('src/main.ts'), 60_000);

  const strayFiles = [
    'src/lib/storage/compare.ts',
    'src/lib/storage/fullBackup.ts',
    'src/lib/state/workspace.svelte.ts',
    'src/lib/domain/history.ts',
    'src/lib/io/files.ts',
    'src/views/Backup/stray.ts',
    'src/components/stray.ts',
  ];

  for (const file of strayFiles) {
    for (const [what, code] of Object.entries(STRAY_USES)) {
      it(`${file}: ${what} fails`, async () => {
        const messages = await restrictedSyntax(file, code);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatch(/storage\/history\.ts/);
      });
    }
  }

  it('another table is not refused', async () => {
    expect(await restrictedSyntax('src/lib/state/workspace.svelte.ts', OTHER_TABLE)).toEqual([]);
  });

  it('a .svelte file gets the rule too', async () => {
    const config = (await eslint.calculateConfigForFile('src/views/Backup/BackupView.svelte')) as {
      rules?: Record<string, unknown>;
    };
    expect(JSON.stringify(config.rules?.['no-restricted-syntax'])).toMatch(/history/);
  });

  for (const file of HISTORY_TABLE_FILES) {
    it(`${file} may`, async () => {
      expect(file).toMatch(/^src\/lib\/storage\//);
      expect(await restrictedSyntax(file, STRAY_USES['a member'])).toEqual([]);
    });
  }
});
