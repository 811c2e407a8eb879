/// <reference types="svelte" />
/// <reference types="vite/client" />

/** The app's version from package.json, written into exports. */
declare const __APP_VERSION__: string;

/** The licence (SPDX id) package.json declares, or '' when it declares none (Help, About). */
declare const __APP_LICENSE__: string;

/**
 * The bundled pack's summary for the home screen, made at build time (scripts/packSummary.ts); typed
 * where it is imported (src/lib/domain/bundledPackSummary.ts: an ambient module cannot name a
 * relative module's type).
 */
declare module 'virtual:bundled-pack-summary' {
  const summary: unknown;
  export default summary;
}
