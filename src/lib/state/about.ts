/** The app's version and licence as package.json declares them (written in by vite.config.ts). */
export const APP_VERSION: string = __APP_VERSION__;
/** The licence's SPDX id, or '' when package.json declares none. */
export const APP_LICENSE: string = __APP_LICENSE__;
