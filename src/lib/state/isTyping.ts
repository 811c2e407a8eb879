/**
 * Keys typed into these go to the field, not to the shortcuts. On its own (not in workspaceKeys.ts)
 * because the `?` shortcut of every screen needs it at start-up, and workspaceKeys.ts brings the
 * workspace's domain code and the zod schemas with it (docs/bench.md, start-up).
 */
export const isTyping = (el: EventTarget | null): boolean =>
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(el.type)) ||
  (el instanceof HTMLElement && el.isContentEditable);
