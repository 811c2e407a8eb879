import type { Attachment } from 'svelte/attachments';

/**
 * The rule for focus after an action that removes or replaces the element that had it (a button
 * that disappears once pressed, an action filtered out of the list once answered, a status button
 * swapped for another): browsers then put focus on the page body, and a keyboard or screen-reader
 * user is sent back to the top of the page without a word. Here, focus goes instead to the nearest
 * place that is still there:
 *
 * 1. the nearest element that held the lost one and is marked `data-focus-home` (an action, a
 *    norm's questions, a history panel, a group of buttons), at its `[data-landing]` element (an
 *    action's heading, the next Undo button) or, without one, its first enabled control;
 * 2. otherwise where `fallback` says, given the holders still on the page (nearest first), e.g. the
 *    next listed action when the one answered left the list.
 *
 * Nothing moves when the focus is anywhere but the body (the user, or the code of the action itself,
 * already put it somewhere), nor after the user clicked outside any control on purpose.
 */

/** The controls a click can give focus to: a click elsewhere means "no control" on purpose. */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, label, [tabindex]';

/** The first enabled control inside `home` (not `home` itself), or null. */
function firstControl(home: HTMLElement): HTMLElement | null {
  for (const el of home.querySelectorAll<HTMLElement>(FOCUSABLE))
    if (!el.matches(':disabled, label') && el.tabIndex >= 0) return el;
  return null;
}

/**
 * Where focus goes in `home` (a `data-focus-home` element): its first `[data-landing]` element,
 * else its first enabled control; null when it has neither (then the next home up is asked).
 */
export function landingIn(home: HTMLElement): HTMLElement | null {
  return home.querySelector<HTMLElement>('[data-landing]') ?? firstControl(home);
}

/**
 * Attachment for a screen's container: applies the rule above to focus lost inside it. `fallback`
 * gets the holders of the lost element still on the page, nearest first (up to the container), and
 * returns where focus goes, or null to leave it.
 */
export function focusRescue(
  fallback: (holders: HTMLElement[]) => HTMLElement | null = () => null,
): Attachment<HTMLElement> {
  return (container) => {
    const doc = container.ownerDocument;
    /** The element that had focus inside the container, and its holders when it got it. */
    let lost: { el: HTMLElement; holders: HTMLElement[] } | null = null;
    const onFocusin = (e: FocusEvent) => {
      const el = e.target;
      if (!(el instanceof HTMLElement) || !container.contains(el)) {
        lost = null;
        return;
      }
      const holders: HTMLElement[] = [];
      for (let h = el.parentElement; h; h = h.parentElement) {
        holders.push(h);
        if (h === container) break;
      }
      lost = { el, holders };
    };
    // A click outside any control moves focus to the body on purpose: nothing to give back.
    const onPointerdown = (e: PointerEvent) => {
      if (!(e.target instanceof Element) || !e.target.closest(FOCUSABLE)) lost = null;
    };
    const rescue = () => {
      if (!lost || lost.el.isConnected) return;
      const active = doc.activeElement;
      const { holders } = lost;
      lost = null;
      if (active && active !== doc.body) return;
      const still = holders.filter((h) => h.isConnected);
      let to: HTMLElement | null = null;
      for (const home of still) {
        if (home.hasAttribute('data-focus-home')) to = landingIn(home);
        if (to) break;
      }
      to ??= fallback(still);
      to?.focus({ preventScroll: true });
      to?.scrollIntoView?.({ block: 'nearest' });
    };
    // Removals are seen once the screen has drawn them (a microtask after the change): by then an
    // action's own code has moved focus if it meant to, and the rule leaves that alone.
    const observer = new MutationObserver(rescue);
    observer.observe(container, { childList: true, subtree: true });
    doc.addEventListener('focusin', onFocusin);
    doc.addEventListener('pointerdown', onPointerdown, true);
    return () => {
      observer.disconnect();
      doc.removeEventListener('focusin', onFocusin);
      doc.removeEventListener('pointerdown', onPointerdown, true);
    };
  };
}
