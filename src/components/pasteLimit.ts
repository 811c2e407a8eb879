import type { Attachment } from 'svelte/attachments';
import { cutByLimit } from '../lib/domain/fieldLimits';
import { t } from '../lib/i18n';

type LimitedField = HTMLInputElement | HTMLTextAreaElement;

let made = 0;

/**
 * The one way every text field with a `maxlength` says how much of a paste or drop the browser
 * cut (it cuts at the limit without a word; issue 12/16: nothing is lost silently). Measured on
 * `paste`/`drop`, before the browser inserts, with `domain/fieldLimits.cutByLimit` and the field's
 * own `maxlength` (read at that moment; no `maxlength`: nothing to say). Forgotten on the next
 * typing (an input that is not a paste or drop).
 *
 * With `report`, the count is handed over (0: cleared) and the caller shows it (TextField, which
 * also lists it in its aria-describedby). Without, the attachment shows the sentence itself
 * (`t.saving.pasteCut`) in a `role="alert"` paragraph right after the field, or after the
 * `<label>` that wraps it, and adds that paragraph to the field's `aria-describedby`.
 */
export function pasteLimit(report?: (cut: number) => void): Attachment<LimitedField> {
  return (field) => {
    let note: HTMLElement | null = null;
    const noteId = `${field.id || `limited-${(made += 1)}`}-cut`;

    const describedBy = (add: boolean) => {
      const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const next = add ? [...new Set([...ids, noteId])] : ids.filter((id) => id !== noteId);
      if (next.length > 0) field.setAttribute('aria-describedby', next.join(' '));
      else field.removeAttribute('aria-describedby');
    };
    const show = (cut: number) => {
      if (report) return report(cut);
      if (cut === 0) {
        if (!note) return;
        note.remove();
        note = null;
        describedBy(false);
        return;
      }
      if (!note) {
        note = field.ownerDocument.createElement('p');
        note.id = noteId;
        note.className = 'field-error';
        note.setAttribute('role', 'alert');
        (field.closest('label') ?? field).after(note);
        describedBy(true);
      }
      note.textContent = t.saving.pasteCut(cut, field.maxLength);
    };
    const measure = (text: string, selection: { start: number; end: number }) => {
      if (field.maxLength < 0) return;
      show(cutByLimit(field.value, selection, text, field.maxLength));
    };
    const onPaste = (e: ClipboardEvent) =>
      measure(e.clipboardData?.getData('text/plain') ?? '', {
        start: field.selectionStart ?? field.value.length,
        end: field.selectionEnd ?? field.value.length,
      });
    // Where a drop lands is not known before it lands: measured as if at the end (the most kept).
    const onDrop = (e: DragEvent) =>
      measure(e.dataTransfer?.getData('text/plain') ?? '', {
        start: field.value.length,
        end: field.value.length,
      });
    const onInput = (e: Event) => {
      const inputType = e instanceof InputEvent ? e.inputType : '';
      if (inputType !== 'insertFromPaste' && inputType !== 'insertFromDrop') show(0);
    };
    // As an HTMLElement: the event map of a union of element types does not resolve.
    const el: HTMLElement = field;
    el.addEventListener('paste', onPaste);
    el.addEventListener('drop', onDrop);
    el.addEventListener('input', onInput);
    return () => {
      el.removeEventListener('paste', onPaste);
      el.removeEventListener('drop', onDrop);
      el.removeEventListener('input', onInput);
      note?.remove();
    };
  };
}
