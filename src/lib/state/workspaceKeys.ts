import { tick, untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { statusForKey } from '../domain/workspaceNav';
import type { WorkspaceNav } from './workspaceNav.svelte';
import { isTyping } from './isTyping';

/**
 * Whose control the focus is on: a practical action's (`item`, its editor names each control
 * `item-<action id>-<control>`) or a norm's questions (`norm`, `norm-<norm id>-<control>`).
 */
export interface ControlOwner {
  kind: 'item' | 'norm';
  id: string;
}

/**
 * The one rule of Alt+↓/Alt+↑ (and `j`/`k` off a text field): the move keeps the KIND of control.
 * `focusedId` is the id of the focused control of `from`; the result is the id of the same control
 * of `to` — the same text field, the status radio of the same value (`status-<value>`), the same
 * select (priority, target status), date, check box or norm question — or null when the focus is
 * on no control of `from` (then the move focuses the action's heading). The owners are of one kind:
 * a move from a norm's questions goes to the next norm's questions.
 */
export function sameControlId(
  focusedId: string,
  from: ControlOwner,
  to: ControlOwner,
): string | null {
  const prefix = `${from.kind}-${from.id}-`;
  if (from.kind !== to.kind || !focusedId.startsWith(prefix) || focusedId === prefix) return null;
  return `${to.kind}-${to.id}-${focusedId.slice(prefix.length)}`;
}

/** The action or norm whose control `el` is (by `data-item` / `data-norm`), or null. */
function ownerOf(el: Element): ControlOwner | null {
  const holder = el.closest<HTMLElement>('[data-item], [data-norm]');
  const item = holder?.dataset['item'];
  const norm = holder?.dataset['norm'];
  if (item !== undefined) return { kind: 'item', id: item };
  return norm !== undefined ? { kind: 'norm', id: norm } : null;
}

/** A control the keyboard can move to: present, enabled and focusable. */
const usable = (el: HTMLElement | null): el is HTMLElement =>
  el !== null && !el.matches(':disabled') && el.tabIndex >= 0;

/**
 * The workspace's keyboard, as an attachment on the element that holds the action list (each
 * action an element with `data-item="<id>"` and a focusable heading): `j`/`Alt+↓` next action,
 * `k`/`Alt+↑` previous (across norms: `WorkspaceNav.step`), `1`–`5` and `0` set the current
 * action's status by pressing its radio button (so the editor's own rules, such as the
 * justification that not applicable needs, apply as for a click: the editor then focuses that
 * field); pressed on another radio of the group, the chosen radio takes focus. A click or focus inside an
 * action makes it current. An Alt+↓/↑ move from a control of an action (a text field, a status radio, a
 * select, a date, a check box) focuses the same control of the new action (`sameControlId`: caret
 * at the end of a text, its `<details>` opened), so that the keys typed on go to a field, not to the
 * heading (where letters were lost and digits set the new action's status); from a norm's
 * questions it goes to the same question of the next norm. From anywhere else it focuses the new
 * action's heading and scrolls it into view. No key acts
 * while an input method composition is in progress (`isComposing`: the key belongs to the IME).
 * `readonly()` true: status keys do nothing.
 */
export function workspaceKeys(nav: WorkspaceNav, readonly: () => boolean): Attachment<HTMLElement> {
  return (list) => {
    const win = list.ownerDocument.defaultView;
    if (!win) return;
    const itemEl = (id: string) =>
      list.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`);
    const doc = list.ownerDocument;
    /** Focuses `field` (opening its `<details>`), caret at the end of a text. */
    const focusControl = (field: HTMLElement) => {
      const details = field.closest('details');
      if (details && !details.open) details.open = true;
      field.focus({ preventScroll: true });
      if (isTyping(field) && 'setSelectionRange' in field && field instanceof HTMLElement) {
        const text = field as HTMLInputElement | HTMLTextAreaElement;
        const end = text.value.length;
        // Inputs of a kind without a caret (date) refuse a selection.
        if (text.type !== 'date') text.setSelectionRange(end, end);
      }
      field.scrollIntoView?.({ block: 'nearest' });
    };
    /**
     * `fromLink`: the move was not asked for by a key now, so a field being typed in keeps focus.
     * `fromControl`: the id of the control of action `fromId` the move started on.
     */
    const focusItem = async (
      id: string,
      fromLink = false,
      fromControl?: string,
      fromId?: string,
    ) => {
      await tick();
      if (fromLink && isTyping(doc.activeElement)) return;
      const el = itemEl(id);
      const same =
        fromControl && fromId
          ? sameControlId(fromControl, { kind: 'item', id: fromId }, { kind: 'item', id })
          : null;
      const field = same && el ? el.querySelector<HTMLElement>(`[id="${CSS.escape(same)}"]`) : null;
      if (usable(field)) return focusControl(field);
      const heading = el?.querySelector<HTMLElement>('h3') ?? el;
      heading?.focus({ preventScroll: true });
      el?.scrollIntoView?.({ block: 'nearest' });
    };
    /** The same question of norm `toId`'s questions (shown once the section is that norm). */
    const focusNorm = async (fromControl: string, fromId: string, toId: string) => {
      await tick();
      const same = sameControlId(
        fromControl,
        { kind: 'norm', id: fromId },
        { kind: 'norm', id: toId },
      );
      const field = same ? doc.getElementById(same) : null;
      if (usable(field)) return focusControl(field);
      const heading = doc.getElementById(`norm-${toId}-q`);
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView?.({ block: 'nearest' });
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
        const direction = next ? 1 : -1;
        const control = e.target instanceof Element ? e.target : null;
        const owner = control ? ownerOf(control) : null;
        // From a norm's questions: the same question of the next norm (never an action's heading).
        if (owner?.kind === 'norm' && control) {
          const normId = nav.stepNorm(direction);
          if (normId) void focusNorm(control.id, owner.id, normId);
          return;
        }
        const id = nav.step(direction);
        // Only Alt+↓/↑ keep the control: j/k are the "outside fields" moves between actions and
        // land on the heading, where the next digit sets that action's status.
        if (id) void focusItem(id, false, e.altKey ? control?.id : undefined, owner?.id);
        return;
      }
      const status = !typing && !e.altKey ? statusForKey(e.key) : undefined;
      if (!status || readonly() || !nav.current) return;
      const radio = itemEl(nav.current)?.querySelector<HTMLInputElement>(
        `input[type=radio][value="${status}"]`,
      );
      if (radio && !radio.disabled) {
        e.preventDefault();
        // Focus left on another radio of the group would turn the next space (or arrow) into a
        // different answer: the chosen radio takes focus. A choice that makes a required field
        // appear (not applicable: its justification) moves focus there (the editor does that).
        const on = e.target;
        if (on instanceof HTMLInputElement && on.type === 'radio' && on.name === radio.name)
          radio.focus({ preventScroll: true });
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
