import summary from 'virtual:bundled-pack-summary';
import type { PackSummary } from './packSummary';

/**
 * The home screen's summary of the bundled pack (`bundledPack`): its version, counts and the 11
 * norms, made at build time by scripts/packSummary.ts with `summarisePack`, so that the app start
 * neither loads nor reads the whole pack. tests/unit/pack-summary.test.ts checks that it equals
 * `summarisePack(bundledPack)`.
 */
export const bundledPackSummary = summary as PackSummary; // made by summarisePack, typed there
