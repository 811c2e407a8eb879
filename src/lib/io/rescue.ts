import {
  answerSchema,
  normAnswerSchema,
  type Answer,
  type Assessment,
  type NormAnswer,
} from '../schema/assessment';
import type { ChecklistPack } from '../schema/pack';
import { buildExportBody, exportFileName, sealExport } from '../domain/exchange';
import { stateByCode } from '../domain/states';

/**
 * The rescue download (issue 12 item 5): when storage fails (disk full, quota), the open assessment
 * as the screen shows it, pending edits included, as an ordinary export file, built from memory
 * only. It never reads IndexedDB: after a failed write Chromium may have dropped the database, and a
 * full disk may refuse reads too. The file is a normal assessment export (no history: that lives
 * in the database), so the app imports it like any other: into this device once space is freed
 * (merge), or on another laptop.
 */

/** What the open assessment holds in memory (state/workspace.svelte.ts `Workspace` has it all). */
export interface RescueSource {
  assessment: Assessment;
  pack: ChecklistPack;
  /** The answer shown on screen: stored record with the edits not yet saved laid over it. */
  answer: (itemId: string) => Answer;
  /** The committed answer, used when the edit on screen is not a valid record (e.g. N/A, no justification). */
  storedAnswer: (itemId: string) => Answer;
  normAnswer: (normId: string) => NormAnswer;
}

export interface RescueFile {
  fileName: string;
  text: string;
  /** Records written: answers and norm answers that hold anything. */
  records: number;
}

const written = (r: { rev: number }, blankContent: boolean) => r.rev > 0 || !blankContent;

/**
 * Builds the rescue file of an assessment from what is in memory (the storage may be full or
 * gone): an export file of the assessment, its pack and the answers written so far, stamped `now`.
 */
export async function buildRescueFile(
  source: RescueSource,
  now: Date,
  appVersion: string = __APP_VERSION__,
): Promise<RescueFile> {
  const { assessment, pack } = source;
  const answers: Answer[] = [];
  for (const action of pack.actions) {
    const shown = answerSchema.safeParse(source.answer(action.id));
    const answer = shown.success ? shown.data : source.storedAnswer(action.id);
    const blank = answer.status === undefined && answer.notes === '' && answer.evidence.text === '';
    if (written(answer, blank)) answers.push(answer);
  }
  const normAnswers: NormAnswer[] = [];
  for (const norm of pack.norms) {
    const parsed = normAnswerSchema.safeParse(source.normAnswer(norm.id));
    if (!parsed.success) continue;
    const n = parsed.data;
    if (written(n, n.challenges === '' && n.capacityNeeds === '')) normAnswers.push(n);
  }
  const known = stateByCode(assessment.stateCode);
  const state = {
    code: assessment.stateCode,
    name: known?.name ?? assessment.stateCode,
    asean: known?.asean === true,
    createdAt: assessment.createdAt,
  };
  const body = buildExportBody(
    {
      states: [state],
      assessments: [assessment],
      answers,
      normAnswers,
      history: [],
      packs: [pack],
      assignments: [],
    },
    { kind: 'assessment', appVersion, exportedAt: now.toISOString(), shareable: false },
  );
  const file = await sealExport(body);
  return {
    fileName: exportFileName(file).replace(/\.json$/, '-rescue.json'),
    text: JSON.stringify(file, null, 1),
    records: answers.length + normAnswers.length,
  };
}
