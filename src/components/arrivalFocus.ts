import type { Attachment } from 'svelte/attachments';

/** Set by a screen that is about to send the user to another screen by a button press. */
let pending = false;

/**
 * Asks the next screen to put focus on its heading once it is shown. After a button that
 * navigates (e.g. Create assessment), the button is gone and focus would fall to the page body,
 * so a keyboard or screen-reader user would start again from the top without a word.
 */
export function focusHeadingOnArrival(): void {
  pending = true;
}

/**
 * Attachment for a screen's `<h1 tabindex="-1">`: when a request from `focusHeadingOnArrival` is
 * pending, takes it and focuses the heading (once; later renders leave focus alone).
 */
export const arrivalFocus: Attachment<HTMLElement> = (heading) => {
  if (!pending) return;
  pending = false;
  heading.focus();
};

/** The route part of a URL's hash: the path without its `?query` (a query change is the same screen). */
function routePath(url: string): string {
  const hash = new URL(url).hash;
  const q = hash.indexOf('?');
  return q < 0 ? hash : hash.slice(0, q);
}

/**
 * Attachment for the app's `<main>`: the one rule for focus after a route change (any in-page link,
 * by keyboard or click). Once the new screen's `<h1>` is drawn, focus goes to it (given
 * `tabindex="-1"`), as after Create: the link that had focus is gone and focus would otherwise fall
 * to the body with nothing said. Not on the first load (no `hashchange`), not when only the query
 * changed (the same screen, e.g. the Compare pickers), and not when focus already went elsewhere:
 * a control outside `<main>` (the top bar's links keep theirs) or any focus move after the change
 * (a screen's own code, or the user).
 */
export const headingOnRouteChange: Attachment<HTMLElement> = (main) => {
  const doc = main.ownerDocument;
  const win = doc.defaultView;
  if (!win) return;
  let waiting = false;
  const land = () => {
    if (!waiting) return;
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading) return;
    waiting = false;
    const active = doc.activeElement;
    if (active && active !== doc.body && active.isConnected && !main.contains(active)) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  };
  const onHashchange = (e: HashChangeEvent) => {
    if (routePath(e.oldURL) === routePath(e.newURL)) return;
    const active = doc.activeElement;
    // A top-bar link (outside <main>) keeps the focus it has.
    if (active && active !== doc.body && !main.contains(active)) return;
    // The new screen draws after this event (at once for a screen already loaded, later for one
    // whose code or data is still loading): the observer below sees it then. Not looked for now:
    // the heading on the page is still the old screen's.
    waiting = true;
  };
  // Any focus move after the change means someone chose where focus is: leave it there.
  const onFocusin = () => {
    waiting = false;
  };
  const observer = new MutationObserver(land);
  observer.observe(main, { childList: true, subtree: true, characterData: true });
  win.addEventListener('hashchange', onHashchange);
  doc.addEventListener('focusin', onFocusin);
  return () => {
    observer.disconnect();
    win.removeEventListener('hashchange', onHashchange);
    doc.removeEventListener('focusin', onFocusin);
  };
};
