import { tick } from 'svelte';
import { isTyping } from './isTyping';

/**
 * The shortcut list (`?`): open or closed, and which element had focus before it opened, so that
 * closing it gives focus back there. One instance for the whole app (the dialog lives in App).
 */
export class ShortcutList {
  open = $state(false);
  private opener: HTMLElement | null = null;

  /**
   * Whether a key press asks for the list: `?` (with or without Shift, which most layouts need for
   * it), no Ctrl/Alt/Meta, not while typing in a field (a `?` typed into an answer is text).
   */
  static isOpenKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target'>) {
    return e.key === '?' && !e.ctrlKey && !e.altKey && !e.metaKey && !isTyping(e.target);
  }

  /** Opens the list, remembering the element that had focus. */
  show(active: Element | null = document.activeElement): void {
    if (this.open) return;
    this.opener = active instanceof HTMLElement && active !== document.body ? active : null;
    this.open = true;
  }

  /** Closes the list; focus goes back to where it was (when that element is still on the page). */
  async hide(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    const back = this.opener;
    this.opener = null;
    // After the dialog has left the page: while a modal dialog is open, the rest is inert.
    await tick();
    if (back?.isConnected) back.focus();
  }
}

export const shortcutList = new ShortcutList();
