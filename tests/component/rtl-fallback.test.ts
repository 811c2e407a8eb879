import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useFreshDatabase } from './support/useFreshDatabase';
import LanguagesSection from '../../src/views/Packs/LanguagesSection.svelte';
import { registerLanguagePack } from '../../src/lib/i18n/packLocales';
import { activateLocale, textsFor, unregisterLocale } from '../../src/lib/i18n/locales';
import { describeFailure } from '../../src/lib/i18n';
import { isRtl, wrapText, type FontCoverage } from '../../src/lib/report/textRuns';
import type { LanguagePack } from '../../src/lib/schema/languagePack';

/**
 * langpacks item 2: an Arabic pack that leaves messages untranslated shows them in English on a
 * right-to-left page; the English was not marked left-to-right, so "Saved." showed as ".Saved".
 * Every English fallback of a right-to-left language is isolated left-to-right by one function
 * (i18n/format.ts isolateLeftToRight, applied by resolveMessages), on screens and in the report.
 */
useFreshDatabase();

const LRI = '\u2066';
const PDI = '\u2069';

const arabic: LanguagePack = {
  type: 'nic-language-pack',
  version: 1,
  tag: 'ar',
  name: 'العربية',
  dir: 'rtl',
  translator: { name: 'اختبار', date: '2026-11-30' },
  messages: { languages: { heading: 'اللغات' } },
};

afterEach(async () => {
  await activateLocale('en');
  unregisterLocale('ar');
});

describe('English fallback on a right-to-left page', () => {
  it('shows an untranslated message isolated left to right, a translated one as it is', async () => {
    registerLanguagePack(arabic);
    await activateLocale('ar');
    const user = userEvent.setup();
    render(LanguagesSection);
    // Translated: the pack's own words, no marks.
    expect(screen.getByRole('heading', { name: 'اللغات' }).textContent).toBe('اللغات');
    // Untranslated: English, wrapped in LRI … PDI, so its full stop stays at its end.
    const button = screen.getByRole('button', { name: /Install language pack/ });
    expect(button.textContent).toBe(`${LRI}Install language pack${PDI}`);
    await user.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`${LRI}Choose a language pack file first.${PDI}`);
  });

  it('isolates English failure sentences and the report’s fallback words the same way', async () => {
    registerLanguagePack(arabic);
    await activateLocale('ar');
    expect(describeFailure({ code: 'language-pack.not-installed', tag: 'xx' })).toMatch(
      new RegExp(`^${LRI}.*${PDI}$`, 'su'),
    );
    const { texts } = await textsFor('ar');
    expect(texts.report.coverTitle).toBe(`${LRI}Gap report${PDI}`);
    // The PDF reads the isolate as the paragraph's direction and draws no mark.
    expect(isRtl(texts.report.coverTitle)).toBe(false);
    expect(isRtl(`${LRI}اسم الدولة: Thailand.${PDI}`)).toBe(false);
    const coverage: FontCoverage = {
      has: () => true,
      measure: (_font, text) => [...text].length,
      unsupported: (codePoints) => `[${codePoints.length}]`,
    };
    const lines = wrapText(texts.report.coverTitle, 100, coverage);
    expect(lines.flatMap((l) => l.runs.map((r) => r.text)).join('')).toBe('Gap report');
    expect(lines[0]!.rtl).toBeUndefined();
  });

  it('leaves English and left-to-right languages unmarked', async () => {
    registerLanguagePack({ ...arabic, dir: 'ltr', tag: 'ar', name: 'Test' });
    await activateLocale('ar');
    const { texts } = await textsFor('ar');
    expect(texts.report.coverTitle).toBe('Gap report');
    await activateLocale('en');
    const english = await textsFor('en');
    expect(english.texts.report.coverTitle).toBe('Gap report');
  });
});
