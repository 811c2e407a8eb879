import { common } from './en/common';
import { exchange } from './en/exchange';
import { help } from './en/help';
import { home } from './en/home';
import { pwa } from './en/pwa';
import { storageFaults } from './en/storageFaults';

/**
 * The English namespaces the app start needs: the shell (header, skip link, storage banner,
 * update prompt, shortcuts dialog, backup badge) and the home screen. Only these are in the app
 * start's chunks (./registry.ts builds the first `t` from them); every other namespace of
 * ./catalogue.ts loads with the code that reads it (every screen and component but these imports
 * `t` through ./index.ts or ./locales.ts, which hold the whole catalogue). A start-path file that
 * reads another namespace fails tests/unit/start-messages.test.ts: add the namespace here, or load
 * that code later.
 */
export const shellTexts = { common, exchange, help, home, pwa, storageFaults } as const;
