import { tick, untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { statusForKey } from '../domain/workspaceNav';
import type { WorkspaceNav } from './workspaceNav.svelte';

/** Keys typed into these go to the field, not to the shortcuts. */
export const isTyping = (el: EventTarget | null): boolean =>
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(el.type)) ||
  (el instanceof HTMLElement && el.isContentEditable);

/**
 * The workspace's keyboard, as an attachment on the element that holds the action list (each
 * action an element with `data-item="<id>"` and a focusable heading): `j`/`Alt+↓` next action,
 * `k`/`Alt+↑` previous (across norms: `WorkspaceNav.step`), `1`–`5` and `0` set the current
 * action's status by pressing its radio button (so the editor's own rules, such as the
 * justification that not applicable needs, apply as for a click). A click or focus inside an
 * action makes it current. A move focuses the new action's heading and scrolls it into view.
 * `readonly()` true: status keys do nothing.
 */
export function workspaceKeys(nav: WorkspaceNav, readonly: () => boolean): Attachment<HTMLElement> {
  return (list) => {
    const win = list.ownerDocument.defaultView;
    if (!win) return;
    const itemEl = (id: string) =>
      list.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`);
    /** `fromLink`: the move was not asked for by a key now, so a field being typed in keeps focus. */
    const focusItem = async (id: string, fromLink = false) => {
      await tick();
      if (fromLink && isTyping(list.ownerDocument.activeElement)) return;
      const el = itemEl(id);
      const heading = el?.querySelector<HTMLElement>('h3') ?? el;
      heading?.focus({ preventScroll: true });
      el?.scrollIntoView?.({ block: 'nearest' });
    };
    const follow = (e: Event) => {
      const el = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-item]') : null;
      const id = el?.dataset['item'];
      if (id && id !== nav.current) nav.setCurrent(id);
    };
    const onKeydown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const typing = isTyping(e.target);
      const next = (e.altKey && e.key === 'ArrowDown') || (!typing && !e.altKey && e.key === 'j');
      const prev = (e.altKey && e.key === 'ArrowUp') || (!typing && !e.altKey && e.key === 'k');
      if (next || prev) {
        e.preventDefault();
        const id = nav.step(next ? 1 : -1);
        if (id) void focusItem(id);
        return;
      }
      const status = !typing && !e.altKey ? statusForKey(e.key) : undefined;
      if (!status || readonly() || !nav.current) return;
      const radio = itemEl(nav.current)?.querySelector<HTMLInputElement>(
        `input[type=radio][value="${status}"]`,
      );
      if (radio && !radio.disabled) {
        e.preventDefault();
        radio.click();
      }
    };
    // Opened from a link to one action (every reload is: the address keeps the place): start there,
    // once. Read untracked, on purpose. `linkedItem` depends on the listed actions, which depend on
    // the stored answers, so a tracked read made this attachment run again after EVERY committed
    // write (the live query's new snapshot), and each run moved focus to the linked action's heading
    // in the middle of the user's typing: the keys typed next went to the heading (lost, and digits
    // among them set the action's status). That was the "lost typed characters" of e2e
    // faults-typing with growing text areas (the extra layout slowed typing past the save debounce).
    const linked = untrack(() => nav.linkedItem);
    if (linked) void focusItem(linked, true);
    list.addEventListener('focusin', follow);
    list.addEventListener('pointerdown', follow);
    win.addEventListener('keydown', onKeydown);
    return () => {
      list.removeEventListener('focusin', follow);
      list.removeEventListener('pointerdown', follow);
      win.removeEventListener('keydown', onKeydown);
    };
  };
}
