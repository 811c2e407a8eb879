import type { Attachment } from 'svelte/attachments';

/**
 * For browsers without CSS `field-sizing: content`: a text area as tall as its text (never below
 * its `rows`, up to the CSS max-block-size), fitted again as the user types and when `value()`
 * changes (a draft restored, a conflict resolved: no input event then). Does nothing where the
 * browser sizes the field itself.
 */
export function growWithText(value: () => string): Attachment<HTMLTextAreaElement> {
  return (el) => {
    if (globalThis.CSS?.supports?.('field-sizing', 'content')) return;
    const fit = () => {
      el.style.height = 'auto';
      el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
    };
    // Read here, so that the attachment runs again when the value changes.
    value();
    queueMicrotask(fit);
    el.addEventListener('input', fit);
    return () => el.removeEventListener('input', fit);
  };
}
