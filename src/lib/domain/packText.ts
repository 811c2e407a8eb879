import type { ChecklistPack } from '../schema/pack';

/**
 * Text of a pack in a language (for issue 17's language packs). Translations cover our own wording
 * only: norm titles and summaries, focus-area names, action texts and guidance. The official
 * wording of a norm is never translated: it is returned in the pack's language with
 * `official: true`, so that the UI labels it ("official wording, in English").
 */

export type LocalisedField =
  | { kind: 'norm'; id: string; field: 'title' | 'summary' | 'officialText' }
  | { kind: 'focusArea'; id: string; field: 'name' }
  | { kind: 'action'; id: string; field: 'text' | 'guidance' };

export interface LocalisedText {
  text: string;
  /** BCP 47 tag of the language the text is in (the asked one, or the pack's own). */
  language: string;
  /** True when the asked language had no translation and the pack's own text is returned. */
  fallback: boolean;
  /** True for official wording, which stays in its original language. */
  official: boolean;
}

/** Primary language subtag, lower case: "th-TH" → "th". */
const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The text of one field in `language` (exact tag first, then its primary subtag), or the pack's own
 * text as a fallback; undefined when the item or field does not exist (e.g. an action without
 * guidance).
 */
export function localisedText(
  pack: ChecklistPack,
  language: string,
  what: LocalisedField,
): LocalisedText | undefined {
  const original = originalText(pack, what);
  if (original === undefined) return undefined;
  const own = { text: original, language: pack.language, fallback: false, official: false };
  if (what.kind === 'norm' && what.field === 'officialText') return { ...own, official: true };
  if (language === pack.language || primary(language) === primary(pack.language)) return own;
  const translations = pack.translations ?? [];
  const tr =
    translations.find((t) => t.language === language) ??
    translations.find((t) => primary(t.language) === primary(language));
  const translated =
    what.kind === 'norm'
      ? what.field === 'officialText'
        ? undefined
        : tr?.norms?.[what.id]?.[what.field]
      : what.kind === 'focusArea'
        ? tr?.focusAreas?.[what.id]?.[what.field]
        : tr?.actions?.[what.id]?.[what.field];
  if (tr && translated !== undefined)
    return { text: translated, language: tr.language, fallback: false, official: false };
  return { ...own, fallback: true };
}

function originalText(pack: ChecklistPack, what: LocalisedField): string | undefined {
  if (what.kind === 'norm') return pack.norms.find((n) => n.id === what.id)?.[what.field];
  if (what.kind === 'focusArea') return pack.focusAreas.find((f) => f.id === what.id)?.name;
  return pack.actions.find((a) => a.id === what.id)?.[what.field];
}
