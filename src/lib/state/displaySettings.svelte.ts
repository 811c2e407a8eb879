import {
  DEFAULT_DATE_STYLE,
  isDateStyle,
  useDateStyleSource,
  type DateStyle,
} from '../i18n/format';

/**
 * Display settings the user chooses and the app remembers on this device: the date style (issue 13
 * item 7). Kept in localStorage, not in IndexedDB: it is a preference of this browser, not part of
 * any assessment, and it must be known synchronously before the first date is drawn. A browser
 * that refuses localStorage still works, with the default, for this visit.
 */

const KEY = 'nic.display.dateStyle';

function remembered(): DateStyle {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return isDateStyle(value) ? value : DEFAULT_DATE_STYLE;
  } catch {
    return DEFAULT_DATE_STYLE;
  }
}

export const displaySettings = $state<{ dateStyle: DateStyle }>({ dateStyle: remembered() });

// Every date the screens format reads the style through this state, so they redraw on a change.
useDateStyleSource(() => displaySettings.dateStyle);

/** Chooses the date style for every screen, report and CSV, and remembers it on this device. */
export function chooseDateStyle(style: DateStyle): void {
  displaySettings.dateStyle = style;
  try {
    globalThis.localStorage?.setItem(KEY, style);
  } catch {
    // Storage refused (private mode, policy): the choice holds for this visit only.
  }
}
