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
);
