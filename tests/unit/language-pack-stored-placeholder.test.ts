import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { checkLanguagePack } from '../../src/lib/i18n/languagePacks';
import { listInstalledLanguages } from '../../src/lib/state/languagePacks';
import { saveLanguagePack } from '../../src/lib/storage/languagePacks';
import type { LanguagePack } from '../../src/lib/schema/languagePack';

/**
 * A pack stored before English gained a placeholder in a message (today: the concerns' threshold)
 * leaves it out through no fault of its translator. A NEW install is refused (the translator adds
 * the placeholder); an installed pack stays usable, that one message shown in English.
 */
const older: LanguagePack = {
  type: 'nic-language-pack',
  version: 1,
  tag: 'th',
  name: 'ไทย',
  dir: 'ltr',
  translator: { name: 'Somchai', date: '2026-11-30' },
  messages: {
    common: { navHome: 'หน้าแรก' },
    compare: { noConcerns: 'ไม่มีบรรทัดฐานใดต่ำกว่า 40% หรือลดลง' },
  },
};

describe('a stored language pack and a placeholder English added since', () => {
  it('is refused as a new install', () => {
    const r = checkLanguagePack(older, 'th.json');
    expect(!r.ok && r.code).toBe('language-pack.invalid');
  });

  it('stays listed and usable once installed', async () => {
    await saveLanguagePack(older, new Date('2026-11-30T10:00:00.000Z'));
    const { languages, broken } = await listInstalledLanguages();
    expect(broken).toEqual([]);
    expect(languages.map((l) => l.pack.tag)).toEqual(['th']);
  });
});
