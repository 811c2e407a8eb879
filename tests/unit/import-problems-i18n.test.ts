import { afterEach, describe, expect, it } from 'vitest';
import {
  activateLocale,
  installedLocales,
  registerLocale,
  unregisterLocale,
} from '../../src/lib/i18n/locales';
import { describeFailure, exportUnreadable, fieldValue } from '../../src/lib/i18n';
import type { Failure, ImportProblem } from '../../src/lib/schema/failures';

/**
 * Issue 17: a language pack translates every message, including the problems of an imported file
 * (assembled by i18n/importProblems.ts from `t.importChecks`) and a field's value in a merge
 * conflict (i18n/coordination.ts, from `t.workspace`). Before, both read English directly.
 */

afterEach(async () => {
  await activateLocale('en');
  for (const { tag } of installedLocales()) unregisterLocale(tag);
});

const problems: ImportProblem[] = [
  {
    code: 'import.unknown-item',
    record: { kind: 'answer', title: 'Q1', itemId: 'x9' },
    itemId: 'x9',
  },
  { code: 'import.unknown-state', record: { kind: 'state', code: 'ZZ' }, stateCode: 'ZZ' },
];

async function activateGerman() {
  registerLocale({
    tag: 'de',
    name: 'Deutsch',
    dir: 'ltr',
    origin: 'pack',
    translator: 'Test',
    messages: {
      importChecks: {
        record:
          '{kind, select, answer {Die Antwort zu {itemId} in „{title}“} state {Der Staat „{code}“} other {Der Datensatz}}',
        unknownItem: '{record} nennt die Maßnahme „{itemId}“, die die Checkliste nicht hat.',
        problemsHead:
          '{n, plural, one {Die Datei enthält einen unbrauchbaren Datensatz:} other {Die Datei enthält # unbrauchbare Datensätze:}}',
        exportUnreadable: '{name} wurde gespeichert, lässt sich aber nicht wieder einlesen: {why}.',
      },
      workspace: {
        unanswered: 'Unbeantwortet',
        statusLabels: { largely: 'Weitgehend umgesetzt' },
      },
    },
  });
  await activateLocale('de');
}

describe('import problems and conflict values in the active language (issue 17)', () => {
  it('describeFailure of an import failure uses the language pack’s words, English for keys it leaves out', async () => {
    const failure: Failure = { code: 'import.invalid-records', problems };
    const english = describeFailure(failure);
    expect(english).toContain('The file holds 2 records the app cannot use:');
    expect(english).toContain(
      'The answer to practical action x9 in “Q1” names practical action “x9”',
    );

    await activateGerman();
    const german = describeFailure(failure);
    expect(german).toContain('Die Datei enthält 2 unbrauchbare Datensätze:');
    expect(german).toContain('Die Antwort zu x9 in „Q1“ nennt die Maßnahme „x9“');
    // unknownState is not in the pack: English sentence, around the translated record.
    expect(german).toContain('Der Staat „ZZ“ is not the ISO code of a UN Member State.');
    expect(german).not.toContain('The file holds');
  });

  it('a backup that cannot be read back is described in the language pack’s words', async () => {
    await activateGerman();
    const text = exportUnreadable('b.json', {
      code: 'export.unreadable-records',
      problems: problems.slice(0, 1),
    });
    expect(text).toMatch(/^b\.json wurde gespeichert, lässt sich aber nicht wieder einlesen: /);
    expect(text).toContain('Die Datei enthält einen unbrauchbaren Datensatz:');
  });

  it('a conflict field’s value (status, unanswered) uses the language pack’s labels', async () => {
    expect(fieldValue(undefined, 'status')).toBe('Unanswered');
    await activateGerman();
    expect(fieldValue(undefined, 'status')).toBe('Unbeantwortet');
    const answer = { status: 'largely' } as Parameters<typeof fieldValue>[0];
    expect(fieldValue(answer, 'status')).toBe('Weitgehend umgesetzt');
  });
});
