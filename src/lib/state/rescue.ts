import type { Workspace } from './workspace.svelte';
import { buildRescueFile } from '../io/rescue';
import { downloadText } from '../io/files';

/**
 * The rescue download of the open assessment (io/rescue.ts), from the workspace's memory only:
 * the stored answers with the edits not yet saved laid over them. Resolves to the file name and
 * the number of records written; throws only for a bug (the caller shows it).
 */
export async function downloadRescue(
  ws: Workspace,
): Promise<{ fileName: string; records: number }> {
  const { assessment, pack } = ws;
  if (!assessment || !pack) throw new Error('no assessment is open');
  const file = await buildRescueFile(
    {
      assessment,
      pack,
      answer: (id) => ws.answer(id),
      storedAnswer: (id) => ws.storedAnswer(id),
      normAnswer: (id) => ws.normAnswer(id),
    },
    new Date(),
  );
  downloadText(file.fileName, file.text);
  return { fileName: file.fileName, records: file.records };
}
