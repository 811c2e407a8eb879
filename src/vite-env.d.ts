/// <reference types="svelte" />
/// <reference types="vite/client" />

/** The app's version from package.json, written into exports. */
declare const __APP_VERSION__: string;
