import type { ChecklistPack, Norm } from '../schema/pack';
// With its extension: vite.config.ts loads this module too (scripts/packSummary.ts).
import { actionsOfNorm, activeActions } from './pack.ts';

/**
 * What the home screen shows of a pack: its version, how many practical actions it asks, and each
 * norm's text with its count of practical actions. Made at build time for the bundled pack
 * (scripts/packSummary.ts → src/lib/domain/bundledPackSummary.ts), so that the app start does not
 * load or read the whole pack (52 actions with their guidance) to draw the 11 norms.
 */
export interface PackSummary {
  version: string;
  /** Practical actions in use (`activeActions`: retired ones are not counted). */
  actions: number;
  norms: NormSummary[];
}

/** One norm as the home screen lists it, with its count of practical actions in use. */
export type NormSummary = Pick<
  Norm,
  'id' | 'letter' | 'title' | 'summary' | 'kind' | 'officialText' | 'reference'
> & { actions: number };

/**
 * The home screen's summary of `pack` (see `PackSummary`): norms in pack order, counts from
 * `activeActions` / `actionsOfNorm` (the rule of which actions count lives there). Pure; a field
 * the pack leaves out (`kind`) is left out here too.
 */
export function summarisePack(pack: ChecklistPack): PackSummary {
  return {
    version: pack.version,
    actions: activeActions(pack).length,
    norms: pack.norms.map((norm) => ({
      id: norm.id,
      letter: norm.letter,
      title: norm.title,
      summary: norm.summary,
      ...(norm.kind ? { kind: norm.kind } : {}),
      officialText: norm.officialText,
      reference: norm.reference,
      actions: actionsOfNorm(pack, norm.id).length,
    })),
  };
}
