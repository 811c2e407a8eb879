import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import { englishMessages } from '../../src/lib/i18n/languagePacks';
import { activateLocale, t, unregisterLocale } from '../../src/lib/i18n/locales';
import { languagePackTemplate } from '../../src/lib/domain/languagePack';
import { installLanguagePackFile } from '../../src/lib/state/languagePacks';
import { removeLanguagePack } from '../../src/lib/storage/languagePacks';
import type { LanguagePack, MessageTree } from '../../src/lib/schema/languagePack';

/**
 * Issue 17, tester's finding (session 5): the template for translators must install as it is
 * downloaded, and with every value translated — the template is written from English's message
 * tree and the install check walks the same tree, so every shape one writes the other accepts,
 * nested groups of labels (workspace.statusLabels…) included.
 */

const TODAY = '2026-11-30';

/** The template as the Checklist packs screen downloads it: JSON text, as a file. */
const asFile = (pack: unknown, name = 'th.json') =>
  new File([JSON.stringify(pack, null, 1)], name, { type: 'application/json' });

/** The template with tag, name and translator filled in, as a translator starts. */
const filledIn = (messages: MessageTree): LanguagePack => ({
  ...languagePackTemplate(englishMessages(), TODAY),
  tag: 'th',
  name: 'ไทย',
  translator: { name: 'Somchai', organisation: 'MDES', date: TODAY },
  messages,
});

/** Every message of a tree translated (here: marked with a Thai word in front). */
const translateAll = (tree: MessageTree): MessageTree =>
  Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' ? `ไทย ${value}` : translateAll(value),
    ]),
  );

const install = async (pack: unknown, name?: string) => {
  const r = await installLanguagePackFile(asFile(pack, name));
  return r.ok ? r.value : describeFailure(r);
};

afterEach(async () => {
  await activateLocale('en');
  unregisterLocale('th');
  await removeLanguagePack('th');
});

describe('the template for translators installs (issue 17)', () => {
  it('as downloaded, with only tag, name and translator filled in', async () => {
    const r = await install(filledIn(englishMessages()));
    expect(r).toMatchObject({ pack: { tag: 'th' }, coverage: 100 });
  });

  it('with every value translated, nested label groups included', async () => {
    const r = await install(filledIn(translateAll(englishMessages())));
    expect(r).toMatchObject({ coverage: 100 });
  });

  it('the tester’s file (a template downloaded before the fix, with "" under workspace.navNotice)', async () => {
    const data: unknown = JSON.parse(
      readFileSync(
        new URL('../fixtures/language-packs/template-2026-11-30-th.json', import.meta.url),
        'utf8',
      ),
    );
    const r = await install(data, 'l-plain.json');
    // Installed (English gained messages since it was downloaded: those are missing, shown in English).
    expect(r).toMatchObject({ pack: { tag: 'th', name: 'ไทย' } });
  });

  it('a translated status label (workspace.statusLabels.planned) shows in the workspace words', async () => {
    const english = englishMessages();
    const workspace = english.workspace as MessageTree;
    const messages: MessageTree = {
      workspace: {
        statusLabels: { ...(workspace.statusLabels as MessageTree), planned: 'วางแผนแล้ว' },
        priorityLabels: { high: 'สูง' },
      },
    };
    const r = await install(filledIn(messages));
    expect(typeof r).toBe('object');
    await activateLocale('th');
    expect(t.workspace.statusLabels.planned).toBe('วางแผนแล้ว');
    expect(t.workspace.priorityLabels.high).toBe('สูง');
    expect(t.workspace.statusLabels.fully).toBe('Fully implemented');
  });
});
