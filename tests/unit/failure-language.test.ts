import { afterEach, describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import { exportUnreadable } from '../../src/lib/i18n/importProblems';
import {
  activateLocale,
  installedLocales,
  registerLocale,
  textsFor,
  unregisterLocale,
} from '../../src/lib/i18n/locales';
import type { Failure, ImportProblem } from '../../src/lib/schema/failures';

/**
 * Issue 17 (session 4, item 5): a failure described in a language other than the screens' (the
 * report's language) has every nested part in that language too: the import problems inside
 * an import failure, the failure inside an export that could not be read back.
 */

const FRENCH = {
  failures: {
    failures: { 'file.too-many-values': 'le fichier contient trop de valeurs' },
  },
  importChecks: {
    problemsHead:
      '{n, plural, one {Le fichier contient un enregistrement inutilisable :} other {Le fichier contient # enregistrements inutilisables :}}',
    record: '{kind, select, state {L’État « {code} »} other {Le fichier}}',
    unknownState: '{record} n’est pas le code ISO d’un État membre.',
    exportUnreadable: '{name} a été enregistré, mais ne peut être réimporté : {why}.',
  },
};

const problem: ImportProblem = {
  code: 'import.unknown-state',
  record: { kind: 'state', code: 'XX' },
  stateCode: 'XX',
};
const importFailure: Failure = { code: 'import.invalid-records', problems: [problem] };

afterEach(async () => {
  await activateLocale('en');
  for (const { tag } of installedLocales()) unregisterLocale(tag);
});

describe('nested messages follow the language asked for', () => {
  it('import problems inside a failure described in French on an English screen are French', async () => {
    registerLocale({ tag: 'fr', name: 'Français', dir: 'ltr', messages: FRENCH });
    const { describe } = await textsFor('fr');
    const text = describe(importFailure);
    expect(text.split('\n')[0]).toBe('Le fichier contient un enregistrement inutilisable :');
    expect(text).toContain('n’est pas le code ISO');
    // The screens' language is untouched.
    expect(describeFailure(importFailure).split('\n')[0]).toBe(
      'The file holds a record the app cannot use:',
    );
  });

  it('English asked for on a French screen gives English import problems', async () => {
    registerLocale({ tag: 'fr', name: 'Français', dir: 'ltr', messages: FRENCH });
    await activateLocale('fr');
    expect(describeFailure(importFailure).split('\n')[0]).toBe(
      'Le fichier contient un enregistrement inutilisable :',
    );
    const { describe } = await textsFor('en');
    expect(describe(importFailure).split('\n')[0]).toBe(
      'The file holds a record the app cannot use:',
    );
  });

  it('the failure inside an unreadable export is in the language of the texts given', async () => {
    registerLocale({ tag: 'fr', name: 'Français', dir: 'ltr', messages: FRENCH });
    const { texts } = await textsFor('fr');
    const unreadable = {
      code: 'export.too-many-values',
      shape: { code: 'file.too-many-values' },
    } as const;
    expect(exportUnreadable('x.json', unreadable, texts)).toBe(
      'x.json a été enregistré, mais ne peut être réimporté : le fichier contient trop de valeurs.',
    );
    expect(exportUnreadable('x.json', unreadable)).toMatch(
      /^x\.json was saved, .*: the file holds too many values\./,
    );
  });
});
