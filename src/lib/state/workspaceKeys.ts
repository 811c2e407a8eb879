import { tick, untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { statusForKey } from '../domain/workspaceNav';
import type { WorkspaceNav } from './workspaceNav.svelte';
import { isTyping } from './isTyping';

/**
 * The field of action `toId` that matches `field` of action `fromId` (the editor names each field
 * `item-<action id>-<field>`), or null when `field` is not such a field or the next action has no
 * such field (the not-applicable justification shows only for that status).
 */
export function sameFieldOf(
  root: ParentNode,
  field: Element,
  fromId: string,
  toId: string,
): HTMLElement | null {
  const prefix = `item-${fromId}-`;
  if (!field.id.startsWith(prefix)) return null;
  const el = root.querySelector<HTMLElement>(
    `[id="${CSS.escape(`item-${toId}-${field.id.slice(prefix.length)}`)}"]`,
  );
  return el && isTyping(el) ? el : null;
}

/**
 * The workspace's keyboard, as an attachment on the element that holds the action list (each
 * action an element with `data-item="<id>"` and a focusable heading): `j`/`Alt+↓` next action,
 * `k`/`Alt+↑` previous (across norms: `WorkspaceNav.step`), `1`–`5` and `0` set the current
 * action's status by pressing its radio button (so the editor's own rules, such as the
 * justification that not applicable needs, apply as for a click). A click or focus inside an
 * action makes it current. A move focuses the new action's heading and scrolls it into view;
 * `Alt+↓`/`Alt+↑` pressed in a text field of an action focuses the same field of the new action
 * instead (caret at its end, its `<details>` opened), so that the keys typed on go to a field, not
 * to the heading (where letters were lost and digits set the new action's status). No key acts
 * while an input method composition is in progress (`isComposing`: the key belongs to the IME).
 * `readonly()` true: status keys do nothing.
 */
export function workspaceKeys(nav: WorkspaceNav, readonly: () => boolean): Attachment<HTMLElement> {
  return (list) => {
    const win = list.ownerDocument.defaultView;
    if (!win) return;
    const itemEl = (id: string) =>
      list.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`);
    /** `fromLink`: the move was not asked for by a key now, so a field being typed in keeps focus. */
    const focusItem = async (
      id: string,
      fromLink = false,
      fromField?: Element,
      fromId?: string,
    ) => {
      await tick();
      if (fromLink && isTyping(list.ownerDocument.activeElement)) return;
      const el = itemEl(id);
      const field = fromField && fromId && el ? sameFieldOf(el, fromField, fromId, id) : null;
      if (field) {
        const details = field.closest('details');
        if (details && !details.open) details.open = true;
        field.focus({ preventScroll: true });
        if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
          const end = field.value.length;
          field.setSelectionRange(end, end);
        }
        field.scrollIntoView?.({ block: 'nearest' });
        return;
      }
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
      // 229: the key code browsers give keys an IME takes (some send it without isComposing).
      if (e.ctrlKey || e.metaKey || e.defaultPrevented || e.isComposing || e.keyCode === 229)
        return;
      const typing = isTyping(e.target);
      const next = (e.altKey && e.key === 'ArrowDown') || (!typing && !e.altKey && e.key === 'j');
      const prev = (e.altKey && e.key === 'ArrowUp') || (!typing && !e.altKey && e.key === 'k');
      if (next || prev) {
        e.preventDefault();
        const id = nav.step(next ? 1 : -1);
        const field = typing && e.target instanceof Element ? e.target : undefined;
        const from = field?.closest<HTMLElement>('[data-item]')?.dataset['item'];
        if (id) void focusItem(id, false, field, from);
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
