/// <reference types="svelte" />
/// <reference types="vite/client" />

/** The app's version from package.json, written into exports. */
declare const __APP_VERSION__: string;

/** The licence (SPDX id) package.json declares, or '' when it declares none (Help, About). */
declare const __APP_LICENSE__: string;
