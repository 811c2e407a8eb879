import { describeFailure, t } from '../i18n';
import type { FileFailure } from './importSession.svelte';

/**
 * The file name a user knows: the last segment of whatever the browser or a caller passed
 * ("C:\fakepath\x.json", "/tmp/parts/x.json" → "x.json").
 */
export const baseName = (name: string): string => name.split(/[\\/]/).pop() || name;

/**
 * A refused import file's reason in words, named ONCE by its file name ("x.json: …", never
 * "x.json: x.json: …"): the failure's own `source` is dropped (it is that file, perhaps with a path)
 * and the name is put in front here, Multi-line failures
 * (schema issues) keep one line per issue, the name only on the first.
 */
export function fileFailureText(name: string, failure: FileFailure['failure']): string {
  const file = baseName(name);
  const { source: _source, ...bare } = failure as FileFailure['failure'] & { source?: string };
  const unsourced = bare;
  let text: string;
  if (unsourced.code === 'export.needs-passphrase') text = t.exchange.needsPassphrase;
  // Assignments a file carries are worded as the file's (the coordinator's screen).
  else if ('assessmentId' in unsourced && unsourced.code.startsWith('assignments.'))
    text = t.coordinator.assignmentIssue(unsourced);
  else text = describeFailure(unsourced);
  return t.coordinator.fileProblem(file, text);
}
