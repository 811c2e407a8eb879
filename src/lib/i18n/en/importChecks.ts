import type { ImportProblem, RecordRef } from '../../domain/importChecks';
import type { PlanFailure } from '../../domain/importPlan';
import type { ExportUnreadable } from '../../schema/failures';
import { describeFailure } from '../failures';

/**
 * Sentences for the semantic checks of an imported file (domain/importChecks.ts) and for the
 * refusals of reading one (io/readExportFile.ts): each names the record, says what is wrong and,
 * where it helps, what to do.
 */

const where = (r: RecordRef): string => {
  switch (r.kind) {
    case 'file':
      return 'The file';
    case 'part':
      return 'The part’s scope';
    case 'state':
      return `The State “${r.code}”`;
    case 'assessment':
      return `The assessment “${r.title}”`;
    case 'answer':
      return `The answer to action ${r.itemId} in “${r.title}”`;
    case 'normAnswer':
      return `The answers on norm ${r.normId} in “${r.title}”`;
    case 'history':
      return `History entry ${r.index} (${r.target}) of “${r.title}”`;
    case 'assignments':
      return `The assignments of “${r.title}”`;
  }
};

const fieldNames: Record<string, string> = {
  title: 'title',
  naJustification: 'not-applicable justification',
  agency: 'agency name',
  exportedAt: 'export time',
  createdAt: 'creation time',
  updatedAt: 'time of the last change',
  at: 'time',
  periodStart: 'start of the period',
  periodEnd: 'end of the period',
  targetDate: 'target date',
  'evidence.date': 'evidence date',
};
const field = (f: string) =>
  fieldNames[f] ?? (f.startsWith('people ') ? `person ${f.slice(7)}` : f);

export function importProblem(p: ImportProblem): string {
  const w = where(p.record);
  switch (p.code) {
    case 'import.unknown-item':
      return `${w} names action “${p.itemId}”, which the assessment’s checklist does not have.`;
    case 'import.unknown-norm':
      return `${w} names norm “${p.normId}”, which the assessment’s checklist does not have.`;
    case 'import.history-other-record':
      return `${w}: its ${p.side === 'before' ? 'earlier' : 'later'} value belongs to another action, norm or assessment (undo would change the wrong answer).`;
    case 'import.rev-too-large':
      return `${w} has revision ${p.rev}, too large to be edited further.`;
    case 'import.unknown-state':
      return `${w} is not the ISO code of a UN Member State.`;
    case 'import.blank-text':
      return `${w}: the ${field(p.field)} is empty once invisible characters are removed.`;
    case 'import.future-time':
      return `${w}: the ${field(p.field)} (${p.value}) is in the future.`;
    case 'import.year-out-of-range':
      return `${w}: the ${field(p.field)} (${p.value}) is not between the years 1900 and 2200.`;
    case 'import.link-not-web':
      return `${w} has an evidence link that is not a web address (http or https): “${p.link}”.`;
  }
}

export const importChecks: {
  problem: typeof importProblem;
  problems: (problems: readonly ImportProblem[], listed: number) => string;
  planFailure: (f: PlanFailure, listed?: number) => string;
  damagedEncrypted: (name: string) => string;
  nestedEncrypted: (name: string) => string;
  exportUnreadable: (name: string, f: ExportUnreadable) => string;
} = {
  problem: importProblem,
  /** The refusal as a whole: how many problems, then the first ones, one a line. */
  problems: (problems: readonly ImportProblem[], listed: number): string => {
    const lines = problems.slice(0, listed).map(importProblem);
    const more = problems.length - lines.length;
    const head =
      problems.length === 1
        ? 'The file holds a record the app cannot use:'
        : `The file holds ${problems.length} records the app cannot use:`;
    return [head, ...lines, ...(more > 0 ? [`… and ${more} more.`] : [])].join('\n');
  },
  /** Why an import plan was refused (domain/importPlan.ts `planImport`). */
  planFailure: (f: PlanFailure, listed = 20): string =>
    f.code === 'import.missing-packs'
      ? `Unknown checklist version: ${f.packs.map((p) => `${p.id} version ${p.version}`).join(', ')} is not installed on this device and the file does not carry it. Install that checklist pack first (Checklist packs screen).`
      : importChecks.problems(f.problems, listed),
  exportUnreadable: (name, f) => {
    const why =
      f.code === 'export.too-large'
        ? `it is ${Math.ceil(f.bytes / 1024 / 1024)} MB, and the app reads files up to ${Math.round(f.maxBytes / 1024 / 1024)} MB`
        : f.code === 'export.too-many-values'
          ? describeFailure(f.shape)
          : importChecks.problems(f.problems, 5);
    return `${name} was saved, but the app could not import it again: ${why}. It is not recorded as a full backup. Export one assessment or one State at a time, and report this problem.`;
  },
  damagedEncrypted: (name: string) =>
    `${name}: the file is damaged: its encryption data cannot be read. Ask for the file again.`,
  nestedEncrypted: (name: string) =>
    `${name}: the file is damaged: once decrypted, it holds another encrypted file instead of an export.`,
};
