// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * Layer rules (the architecture in README.md, enforced): the domain is pure and may not reach up
 * into storage, reports, views or any UI / database library. Schema is below the domain.
 */
const forbidUp = (/** @type {string[]} */ groups) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [{ group: groups, message: 'Layer violation: see README "Architecture".' }] },
  ],
});

/**
 * The history table's stored rows are edits, not whole entries (storage/history.ts): only the storage
 * files below read or write `db.history`, each inside its own transaction; every other file goes
 * through their functions (addHistory, listHistory, decodeHistory, readRecordHistory).
 * tests/unit/history-access.test.ts lints a stray use with this config and expects it to fail.
 */
export const HISTORY_TABLE_FILES = [
  // The table's one reader and writer of its stored shape.
  'src/lib/storage/history.ts',
  // The Dexie instance and its version upgrades (v2 rewrites every row as edits).
  'src/lib/storage/db.ts',
  // A save and an undo append their entry in the transaction that writes the record.
  'src/lib/storage/answers.ts',
  // Creating an assessment from an earlier cycle writes the carried answers' entries with them.
  'src/lib/storage/assessments.ts',
  // Emptying the trash deletes an assessment's entries with it.
  'src/lib/storage/trash.ts',
  // "Changes since the last backup" counts entries by id and date.
  'src/lib/storage/backupStatus.ts',
  // Export reads the entries of the exported assessments; import writes the merged ones.
  'src/lib/storage/exchange.ts',
];

const historyTableMessage =
  'Read and write history through storage/history.ts (its rows are edits); see HISTORY_TABLE_FILES in eslint.config.js.';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'node_modules/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'dev-dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser },
    },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**'],
    ignores: ['src/lib/storage/**'],
    rules: forbidUp(['dexie']),
  },
  {
    files: ['src/lib/domain/**'],
    rules: forbidUp([
      'dexie',
      '**/i18n/**',
      'svelte',
      'svelte/*',
      'chart.js',
      'chart.js/*',
      'jspdf',
      '**/storage/**',
      '**/report/**',
      '**/state/**',
      '**/io/**',
      '**/views/**',
      '**/components/**',
      '*.svelte',
    ]),
  },
  {
    files: ['src/lib/schema/**'],
    rules: forbidUp([
      'dexie',
      'svelte',
      'svelte/*',
      'chart.js',
      'chart.js/*',
      'jspdf',
      '*.svelte',
      '**/i18n/**',
      '**/domain/**',
      '**/storage/**',
      '**/report/**',
      '**/state/**',
      '**/io/**',
      '**/views/**',
      '**/components/**',
    ]),
  },
  {
    files: ['src/lib/report/**'],
    rules: forbidUp([
      'dexie',
      'svelte',
      'svelte/*',
      '**/io/**',
      '**/storage/**',
      '**/state/**',
      '**/views/**',
      '**/components/**',
      '*.svelte',
    ]),
  },
  {
    // Storage: below state and the UI; it serves the domain's rules, it does not call reports or io.
    files: ['src/lib/storage/**'],
    rules: forbidUp([
      'svelte',
      'svelte/*',
      '**/i18n/**',
      '**/report/**',
      '**/state/**',
      '**/io/**',
      '**/views/**',
      '**/components/**',
      '*.svelte',
    ]),
  },
  {
    // Files and encryption: schema and domain only; never storage (an import is applied by storage,
    // called from state) and never the UI.
    files: ['src/lib/io/**'],
    rules: forbidUp([
      'dexie',
      'svelte',
      'svelte/*',
      '**/i18n/**',
      '**/storage/**',
      '**/report/**',
      '**/state/**',
      '**/views/**',
      '**/components/**',
      '*.svelte',
    ]),
  },
  {
    // Strings and formatting: no storage, state, io, report or UI code (the layers above call it),
    // not even their types: the failure codes it words live in schema/failures.ts (README row
    // "schema, domain (codes and types)").
    files: ['src/lib/i18n/**'],
    rules: forbidUp([
      'dexie',
      '**/storage/**',
      '**/state/**',
      '**/io/**',
      '**/report/**',
      '**/views/**',
      '**/components/**',
      '*.svelte',
    ]),
  },
  {
    // State connects storage to views: it never imports a view or a component (the app hands the
    // router its route table).
    files: ['src/lib/state/**'],
    // Each block replaces the 'src/**' rule for its folder, so each names Dexie again.
    rules: forbidUp(['dexie', '**/views/**', '**/components/**']),
  },
  {
    // Components render state: they reach storage and files through state, never directly.
    files: ['src/components/**'],
    rules: forbidUp(['dexie', '**/views/**', '**/storage/**', '**/io/**']),
  },
  {
    // Last, so that no folder block replaces it: every source file but HISTORY_TABLE_FILES.
    files: ['src/**'],
    ignores: HISTORY_TABLE_FILES,
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='db'][property.name='history']",
          message: historyTableMessage,
        },
        {
          selector: "MemberExpression[object.name='db'][property.value='history']",
          message: historyTableMessage,
        },
        {
          selector: "CallExpression[callee.property.name='table'][arguments.0.value='history']",
          message: historyTableMessage,
        },
      ],
    },
  },
);
