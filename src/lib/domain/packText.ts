import type { ChecklistPack, Translation } from '../schema/pack';
import type { AssessmentScore } from './scoring';

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
  /** Who translated it, when `text` is a translation (the translation's `translator`). */
  translator?: string;
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
  const tr = translationFor(pack, language);
  const translated =
    what.kind === 'norm'
      ? what.field === 'officialText'
        ? undefined
        : tr?.norms?.[what.id]?.[what.field]
      : what.kind === 'focusArea'
        ? tr?.focusAreas?.[what.id]?.[what.field]
        : tr?.actions?.[what.id]?.[what.field];
  if (tr && translated !== undefined)
    return {
      text: translated,
      language: tr.language,
      fallback: false,
      official: false,
      translator: tr.translator,
    };
  return { ...own, fallback: true };
}

function originalText(pack: ChecklistPack, what: LocalisedField): string | undefined {
  if (what.kind === 'norm') return pack.norms.find((n) => n.id === what.id)?.[what.field];
  if (what.kind === 'focusArea') return pack.focusAreas.find((f) => f.id === what.id)?.name;
  return pack.actions.find((a) => a.id === what.id)?.[what.field];
}

/**
 * The pack's translation into `language` (exact tag first, then the same primary subtag), or
 * undefined when the pack is in that language already or carries no such translation.
 */
export function translationFor(pack: ChecklistPack, language: string): Translation | undefined {
  if (language === pack.language || primary(language) === primary(pack.language)) return undefined;
  const translations = pack.translations ?? [];
  return (
    translations.find((t) => t.language === language) ??
    translations.find((t) => primary(t.language) === primary(language))
  );
}

/** Which translation a localised pack shows: its language and who made it. */
export interface PackTranslationInfo {
  /** BCP 47 tag of the translation. */
  language: string;
  translator: string;
}

/** A pack as shown in one language (see `localisePack`). */
export interface LocalisedPack {
  /**
   * The pack with our own wording (norm titles and summaries, focus-area names, action texts and
   * guidance) in the asked language where the pack carries a translation; every other field, the
   * official wording included, as the pack has it. A view only: never stored, never exported.
   */
  pack: ChecklistPack;
  /** The translation used; null when the pack is shown in its own language. */
  translation: PackTranslationInfo | null;
  /** The pack's own language: that of its official wording and of any untranslated text. */
  originalLanguage: string;
}

/**
 * The pack in `language` for the workspace, dashboard and report (issue 17): each text the
 * translation gives replaces the pack's own; a text it leaves out stays in the pack's language.
 * Ids, weights, mappings and the official wording are unchanged, so scores are the same.
 */
export function localisePack(pack: ChecklistPack, language: string): LocalisedPack {
  const tr = translationFor(pack, language);
  if (!tr) return { pack, translation: null, originalLanguage: pack.language };
  const shown: ChecklistPack = {
    ...pack,
    norms: pack.norms.map((n) => ({
      ...n,
      title: tr.norms?.[n.id]?.title ?? n.title,
      summary: tr.norms?.[n.id]?.summary ?? n.summary,
    })),
    focusAreas: pack.focusAreas.map((f) => ({ ...f, name: tr.focusAreas?.[f.id]?.name ?? f.name })),
    actions: pack.actions.map((a) => {
      const t = tr.actions?.[a.id];
      const guidance = t?.guidance ?? a.guidance;
      return { ...a, text: t?.text ?? a.text, ...(guidance !== undefined ? { guidance } : {}) };
    }),
  };
  return {
    pack: shown,
    translation: { language: tr.language, translator: tr.translator },
    originalLanguage: pack.language,
  };
}

/**
 * A score (computed from the pack as stored) with its texts (norm titles, focus-area names, item
 * texts) taken from a localised pack, by id. The figures are not touched.
 */
export function localiseScore(score: AssessmentScore, shown: LocalisedPack): AssessmentScore {
  if (!shown.translation) return score;
  const norm = new Map(shown.pack.norms.map((n) => [n.id, n.title]));
  const area = new Map(shown.pack.focusAreas.map((f) => [f.id, f.name]));
  const action = new Map(shown.pack.actions.map((a) => [a.id, a.text]));
  const text = <T extends { itemId: string; text: string }>(i: T): T => ({
    ...i,
    text: action.get(i.itemId) ?? i.text,
  });
  return {
    ...score,
    norms: score.norms.map((n) => ({
      ...n,
      title: norm.get(n.normId) ?? n.title,
      items: n.items.map(text),
    })),
    focusAreas: score.focusAreas.map((f) => ({ ...f, name: area.get(f.focusAreaId) ?? f.name })),
    notApplicable: score.notApplicable.map(text),
    gaps: score.gaps.map(text),
    capacityNeeds: score.capacityNeeds.map((c) => ({ ...c, title: norm.get(c.normId) ?? c.title })),
  };
}
