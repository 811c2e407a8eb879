import type { WorkspaceNav } from './workspaceNav.svelte';

/**
 * The workspace's part of the focus rule (state/focusRescue.ts, step 2): where focus goes when the
 * element that had it is gone with every focus home that held it.
 *
 * - It was in the action list (`[data-action-list]`: the action itself left the list, e.g.
 *   answered while "Unanswered only" is on): the heading of the action now current (the one
 *   listed after it, `WorkspaceNav.current`), made current for the keyboard; when none is left, the
 *   list's heading (`#list-h`), and the live region says why (`WorkspaceNav.sayEmptied`).
 * - Anywhere else: the screen's heading (`h1`).
 */
export function workspaceFallback(
  nav: WorkspaceNav,
): (holders: HTMLElement[]) => HTMLElement | null {
  return (holders) => {
    const doc = holders[0]?.ownerDocument;
    if (!doc) return null;
    const list = holders.find((h) => h.matches('[data-action-list]'));
    if (list) {
      const id = nav.current;
      if (id !== undefined) {
        nav.setCurrent(id);
        const action = list.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`);
        const heading = action?.querySelector<HTMLElement>('[data-landing]');
        if (heading) return heading;
      } else {
        nav.sayEmptied();
        const heading = doc.getElementById('list-h');
        if (heading) return heading;
      }
    }
    return doc.querySelector<HTMLElement>('main h1, h1');
  };
}
