import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { englishMessages, checkLanguagePack } from '../../src/lib/i18n/languagePacks';
import { resolveMessages, unregisterLocale } from '../../src/lib/i18n/locales';
import { RETIRED_MESSAGE_KEYS, isRetiredKey } from '../../src/lib/i18n/retired';
import { installLanguagePackFile } from '../../src/lib/state/languagePacks';
import { listLanguagePacks, removeLanguagePack } from '../../src/lib/storage/languagePacks';
import type { LanguagePack, MessageTree } from '../../src/lib/schema/languagePack';

/**
 * Issue 17, dead messages (session 5, dup5 item 3): a message the app no longer uses is retired,
 * not just deleted, so that a language pack made for an earlier version (which carries it) still
 * installs. The retired key is gone from English, ignored in a pack, and counts for nothing.
 */

const pack = (messages: MessageTree): LanguagePack => ({
  type: 'nic-language-pack',
  version: 1,
  tag: 'vi',
  name: 'Tiếng Việt',
  dir: 'ltr',
  translator: { name: 'Nguyễn A.', date: '2026-11-30' },
  messages,
});

/** The keys of a message tree, dotted ("workspace.badLinks"). */
const keysOf = (tree: MessageTree, at = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${at}${key}`] : keysOf(value, `${at}${key}.`),
  );

/** A pack as an earlier version wrote it: one live message and two since retired. */
const olderPack = pack({
  common: { navHome: 'Trang chủ' },
  workspace: {
    badLinks: 'Không phải địa chỉ web (https://…): {lines}.',
  },
  exchange: { fields: { status: 'Trạng thái', notes: 'Ghi chú' } },
});

afterEach(async () => {
  unregisterLocale('vi');
  await removeLanguagePack('vi');
});

describe('retired messages (issue 17)', () => {
  it('workspace.badLinks and every other retired key are gone from English', () => {
    const english = new Set(keysOf(englishMessages()));
    expect(english.has('workspace.badLinks')).toBe(false);
    expect(RETIRED_MESSAGE_KEYS.filter((key) => english.has(key))).toEqual([]);
    // ...and no retired key is a prefix of a live one (a namespace retired whole is gone whole).
    expect([...english].filter(isRetiredKey)).toEqual([]);
  });

  it('a pack carrying a retired key still passes the install check; the key counts for nothing', () => {
    const r = checkLanguagePack(olderPack, 'vi.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // One live message translated: the retired ones are not translations of anything.
    expect(r.value.translated).toBe(1);
    const resolved = resolveMessages(olderPack.messages, 'vi');
    expect(resolved.problems).toEqual([]);
    expect(resolved.retired.sort()).toEqual([
      'exchange.fields.notes',
      'exchange.fields.status',
      'workspace.badLinks',
    ]);
    expect('badLinks' in resolved.messages.workspace).toBe(false);
    expect(resolved.messages.common.navHome).toBe('Trang chủ');
  });

  it('a pack file carrying workspace.badLinks installs (stored and registered)', async () => {
    const file = new File([JSON.stringify(olderPack)], 'vi.json', { type: 'application/json' });
    const r = await installLanguagePackFile(file);
    expect(r.ok && r.value.translated).toBe(1);
    expect((await listLanguagePacks()).packs.map((stored) => stored.pack.tag)).toEqual(['vi']);
  });

  it('a key English never had is still refused', () => {
    const r = checkLanguagePack(pack({ workspace: { noSuchKey: 'x' } }), 'vi.json');
    expect(r.ok ? [] : r.code === 'language-pack.invalid' ? r.problems : []).toEqual([
      { key: 'workspace.noSuchKey', kind: 'unknown-key' },
    ]);
  });
});
