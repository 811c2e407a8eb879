import { formatPercent } from '../domain/scoring';
import type { Texts } from './catalogue';
import { figureLocale } from './format';
import { t } from './locales';

/**
 * A score (0–100 scale) as every screen, the PDF, the Word document and the CSV print it:
 * `formatPercent` (the one rounding) with the figures of the text's language `lang` (default the
 * screens'), and a score that does not exist (`null`: every practical action of the norm is not
 * applicable, or the norm is not in that cycle's checklist) in the text's words, `texts`
 * (default the screens'): "not scored". A tester found "not scored" on the dashboard and in the
 * report's score tables but "—" for the same norm on Compare, the timeline and the report's
 * progress table; a dash reads as a missing figure, or as 0.
 */
export function scoreText(
  value: number | null | undefined,
  lang?: string,
  texts: Pick<Texts, 'compare'> = t,
): string {
  return formatPercent(value, { locale: figureLocale(lang), empty: texts.compare.notScored });
}
