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
    // fixlangpack item 2: installs, but a message left as English's text is not translated.
    expect(r).toMatchObject({ pack: { tag: 'th' }, coverage: 0, translated: 0 });
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
    // fixlangpack item 1: English messages that gained a placeholder since the download (the
    // concerns' threshold, the part's action count…) are refused as they are, each named: the old
    // text would show the same words whatever the placeholder holds.
    const refused = await install(data, 'l-plain.json');
    expect(refused).toEqual(
      expect.stringContaining(
        '(\u2068compare.concernsIntro\u2069) leaves out “\u2068{threshold}\u2069”',
      ),
    );
    // With those messages taken out (shown in English), it installs (English gained messages since
    // it was downloaded: those are missing, shown in English).
    const result = await installLanguagePackFile(asFile(data, 'l-plain.json'));
    const keys =
      !result.ok && result.code === 'language-pack.invalid'
        ? result.problems.map((p) =>
            'key' in p &&
            (p.kind === 'missing-argument' ||
              // report.unsupported: '[not printable here: {codes}]' became '[emoji]' /
              // '[{count} characters not printable]' (session 7, pdfbidi): {codes} is gone.
              (p.kind === 'unknown-argument' && p.key === 'report.unsupported'))
              ? p.key
              : '',
          )
        : [];
    expect(keys).not.toContain('');
    expect(keys.length).toBeGreaterThan(0);
    const messages = (data as { messages: MessageTree }).messages;
    // Message keys may hold dots themselves (failures.failures."file.text-too-long").
    const remove = (tree: MessageTree, key: string): void => {
      if (Object.hasOwn(tree, key)) delete tree[key];
      else
        for (const [name, value] of Object.entries(tree))
          if (key.startsWith(`${name}.`) && typeof value !== 'string')
            remove(value, key.slice(name.length + 1));
    };
    for (const key of keys) remove(messages, key);
    const r = await install(data, 'l-plain.json');
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
