import { historyChanges, type HistoryValue } from '../domain/historyChanges';
import { formatDay, formatList } from './format';
import { t } from './locales';

/**
 * A history entry in words (the workspace's History panel): the domain lists the changed fields
 * and their values as data (domain/historyChanges.ts); the words come from `t.workspace`
 * (historyFields, historyValues and the label tables), so that a language pack translates them.
 */

/** The name of a changed field, as a line of a history entry starts ("Status"). */
export function historyFieldName(field: string): string {
  const names = t.workspace.historyFields;
  return names[field] ?? names.other ?? field;
}

/**
 * One side of a change in words; a text value gives its preview (the view shows the rest). An
 * empty value reads as `field`'s own empty word (status: "unanswered"), or the neutral `empty`
 * for a field without one.
 */
export function historyValueText(v: HistoryValue, field?: string): string {
  const w = t.workspace.historyValues;
  switch (v.kind) {
    case 'empty':
      return (field === undefined ? undefined : w.emptyOf[field]) ?? w.empty;
    case 'status':
      return t.workspace.statusLabels[v.status];
    case 'priority':
      return t.workspace.priorityLabels[v.priority];
    case 'date':
      return formatDay(v.date);
    case 'flag':
      return v.on ? w.on : w.off;
    case 'text':
      return v.shortened ? w.shortened(v.preview) : w.text(v.text);
    case 'links':
      return formatList(v.links, 'unit');
    case 'other':
      return w.other;
  }
}

/**
 * What an undo of `entry` did, in words for the live region ("Undone: status back to Not
 * started."): each field the entry changed, back to its value before the entry. `entry` holds the
 * stored records before and after (a history entry); an entry that changed nothing reads "Undone.".
 */
export function undoneText(entry: { before?: unknown; after?: unknown }): string {
  const w = t.workspace;
  const changes = historyChanges(entry.before, entry.after).map((c) =>
    w.undoneChange(
      w.fieldNames[c.field] ?? historyFieldName(c.field),
      historyValueText(c.before, c.field),
    ),
  );
  return w.undone(changes.length, formatList(changes, 'conjunction'));
}
