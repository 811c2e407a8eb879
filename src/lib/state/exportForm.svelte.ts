import {
  assignedPart,
  countsAsBackup,
  exportProblem,
  partInWords,
  pickAssessment,
  pickState,
  partOverlap,
  withoutOverlap,
  type ExportChoice,
  type ExportLists,
  type ExportProblem,
  type PartOverlap,
} from '../domain/exportForm';
import { partFromForm } from '../domain/coordination';
import { normById } from '../domain/pack';
import { describeFailure, formatList, normNames, t } from '../i18n';
import { MIN_PASSPHRASE_LENGTH } from '../io/crypto';
import { downloadFile } from '../io/files';
import type { Assessment } from '../schema/assessment';
import type { AgencyAssignment } from '../schema/assignments';
import type { HeldPart } from '../schema/coordination';
import { partScopeSchema, type ExportKind, type PartScope } from '../schema/exportFile';
import type { ChecklistPack } from '../schema/pack';
import { getAssignments } from '../storage/assignments';
import { getHeldPart } from '../storage/coordination';
import type { ExportScope } from '../storage/exchange';
import { getSessionUser } from '../storage/meta';
import { getPack } from '../storage/packs';
import { makeExport, markBackedUp, markPartSent } from './backupExport';
import type { StatusNote } from './statusNote';

/**
 * The export form of the Backup screen: what the person chose (scope, State, assessment, the part's
 * agency and norms, shareable, passphrase), the export itself and the sentence it ends with. The
 * rules are domain/exportForm.ts; the lists it chooses from come from the screen
 * (state/backupScreen.svelte.ts) as a promise, so a choice is always judged against what is stored.
 */

/** What the form knows about the chosen assessment for a part: its pack, assignments, part held. */
export interface PartContext {
  pack: ChecklistPack | undefined;
  /** The coordinator's assignments of the assessment (a choice that fills in a part). */
  assigned: readonly AgencyAssignment[];
  /** On an agency's device: the part it received for this assessment (sent back as it came). */
  held: HeldPart | undefined;
  /** The part held, in words ('' without one). */
  heldWords: string;
}

/** The pack, assignments and part held of an assessment (none of them without an assessment). */
export async function loadPartContext(assessment: Assessment | undefined): Promise<PartContext> {
  if (!assessment) return { pack: undefined, assigned: [], held: undefined, heldWords: '' };
  const [held, pack, stored] = await Promise.all([
    getHeldPart(assessment.id),
    getPack(assessment.packId, assessment.packVersion),
    getAssignments(assessment.id),
  ]);
  const known = pack.ok ? pack.value : undefined;
  return {
    pack: known,
    assigned: stored.record.assignments,
    held,
    heldWords: held ? partSentence(known, held.scope) : '',
  };
}

/**
 * A part in one sentence: agency, the norms it covers whole, its single items, worded by `words`
 * (the part held by default; an import file's claim or what was given are other sentences).
 */
export function partSentence(
  pack: ChecklistPack | undefined,
  part: PartScope,
  words: (agency: string, norms: string, items: string, itemCount: number) => string = t.coordinator
    .partOf,
): string {
  const named = partInWords(pack, part);
  return words(
    part.agency,
    normNames(pack, named.wholeNormIds),
    formatList(named.itemIds, 'unit'),
    named.itemIds.length,
  );
}

/** The sentence for a problem that stops an export (domain/exportForm.ts `exportProblem`). */
export function exportProblemText(problem: ExportProblem): string {
  const x = t.exchange;
  switch (problem.code) {
    case 'no-state':
      return x.noState;
    case 'no-assessment':
      return x.noAssessment;
    case 'no-norms':
      return x.noNorms;
    case 'no-agency':
      return x.noAgency;
    case 'nothing-to-export':
      return x.nothingToExport;
    case 'passphrase-short':
      return x.passphraseShort(problem.min);
    case 'passphrase-mismatch':
      return x.passphraseMismatch;
  }
}

/** The single practical actions the part form lists, and those ticked, for one assessment. */
export interface PartItems {
  assessmentId: string;
  listed: readonly string[];
  ticked: readonly string[];
}

/** What the form needs from its screen: the lists, the preferred assessment, a hook after export. */
export interface ExportFormSource {
  /** The States and assessments stored (a new promise after an import). */
  lists: () => Promise<ExportLists>;
  /** Whether the current lists are read (the form waits until they are). */
  listed: () => boolean;
  /** The assessment to preselect: named in the address, else the one last open. */
  preferred: () => string;
  /** Called after a file was saved: the status and the coordinator's table are read again. */
  exported: () => void;
}

/** The ticks the part held here gives a list of the form (`field` of its scope in words), all ticked. */
function heldTicks(
  part: PartContext,
  assessmentId: string,
  field: 'itemIds' | 'questionNormIds',
): PartItems {
  const ids = part.held ? partInWords(part.pack, part.held.scope)[field] : [];
  return { assessmentId, listed: ids, ticked: ids };
}

/** `now` with `id` ticked or unticked; the ticks keep the order of the list. */
function toggled(now: PartItems, id: string): PartItems {
  const ticked = now.ticked.includes(id)
    ? now.ticked.filter((x) => x !== id)
    : now.listed.filter((x) => x === id || now.ticked.includes(x));
  return { ...now, ticked };
}

/** The Backup screen's export form (see the module comment). */
export class ExportForm {
  scope = $state<ExportKind>('backup');
  shareable = $state(false);
  encrypt = $state(false);
  passphrase = $state('');
  passphraseAgain = $state('');
  exporting = $state(false);
  message = $state<StatusNote | undefined>();
  /** Chosen by the person ('' until then: the default of `pickState` / `pickAssessment`). */
  #state = $state('');
  #assessment = $state('');
  /** The part's agency and whole norms as typed and ticked; undefined until then (the part held fills them). */
  #agency = $state<string | undefined>();
  #norms = $state<readonly string[] | undefined>();
  /**
   * The single practical actions the form lists and those ticked, for the assessment they were
   * offered for (an assignment's or the part held's single actions: never shown as whole norms).
   */
  #items = $state<PartItems | undefined>();
  /**
   * The norms whose own questions the part covers without the whole norm (a norm given to the
   * agency with a practical action carved out for another), listed and ticked, as `#items`.
   */
  #questions = $state<PartItems | undefined>();
  /** Whether the ticks were changed by hand since the form was filled (domain partFromForm). */
  #edited = $state(false);
  /** The assignment the part was filled from, for the assessment it belongs to. */
  #from = $state({ assessmentId: '', agency: '' });
  readonly #source: ExportFormSource;

  constructor(source: ExportFormSource) {
    this.#source = source;
  }

  /** Whether the form may export: the lists are read and no export is running. */
  get ready(): boolean {
    return this.#source.listed() && !this.exporting;
  }

  /** The chosen assessment's pack, assignments and part held; a new promise when it changes. */
  readonly part: Promise<PartContext> = $derived.by(() => {
    const chosen = this.#assessment;
    const preferred = this.#source.preferred();
    return this.#source
      .lists()
      .then((lists) =>
        loadPartContext(
          lists.assessments.find((a) => a.id === pickAssessment(lists, chosen, preferred)),
        ),
      );
  });

  /** The State shown in the form. */
  stateCode(lists: ExportLists): string {
    return pickState(lists, this.#state, this.#source.preferred());
  }

  /** The assessment shown in the form. */
  assessmentId(lists: ExportLists): string {
    return pickAssessment(lists, this.#assessment, this.#source.preferred());
  }

  chooseState(code: string): void {
    this.#state = code;
  }

  chooseAssessment(id: string): void {
    this.#assessment = id;
  }

  /** The part's agency as shown: typed, else the agency of the part held, else empty. */
  agency(part: PartContext): string {
    return this.#agency ?? part.held?.scope.agency ?? '';
  }

  /** The part's whole norms as ticked, else those of the part held, else none. */
  norms(part: PartContext): readonly string[] {
    return this.#norms ?? (part.held ? partInWords(part.pack, part.held.scope).wholeNormIds : []);
  }

  /**
   * The single practical actions listed and ticked for `assessmentId`: those filled in for it, else
   * those of the part held (`part` is the chosen assessment's context), else none.
   */
  items(part: PartContext, assessmentId: string): PartItems {
    return this.#items?.assessmentId === assessmentId
      ? this.#items
      : heldTicks(part, assessmentId, 'itemIds');
  }

  /**
   * The norms whose own questions are listed and ticked for `assessmentId` without the whole norm:
   * those filled in for it, else those of the part held, else none.
   */
  questions(part: PartContext, assessmentId: string): PartItems {
    return this.#questions?.assessmentId === assessmentId
      ? this.#questions
      : heldTicks(part, assessmentId, 'questionNormIds');
  }

  /** Ticks or unticks the own questions of a norm listed; the list keeps its order. */
  toggleQuestions(normId: string, part: PartContext, assessmentId: string): void {
    this.#questions = toggled(this.questions(part, assessmentId), normId);
    this.#norms = [...this.norms(part)];
    this.#items = this.items(part, assessmentId);
    this.#edited = true;
  }

  /** Ticks or unticks a single practical action listed; the list keeps its order. */
  toggleItem(itemId: string, part: PartContext, assessmentId: string): void {
    this.#items = toggled(this.items(part, assessmentId), itemId);
    this.#norms = [...this.norms(part)];
    this.#edited = true;
  }

  typeAgency(agency: string): void {
    this.#agency = agency;
  }

  /** Ticks or unticks a norm; the norms stay in the pack's order. */
  toggleNorm(normId: string, part: PartContext): void {
    const now = this.norms(part);
    const next = now.includes(normId) ? now.filter((id) => id !== normId) : [...now, normId];
    const order = part.pack?.norms.map((n) => n.id) ?? [];
    // The single actions shown stay as they are (the part held's, until ticked by hand).
    if (this.#items === undefined && part.held)
      this.#items = this.items(part, part.held.assessmentId);
    this.#edited = true;
    this.#norms = [
      ...order.filter((id) => next.includes(id)),
      ...next.filter((id) => !order.includes(id)),
    ];
  }

  /** The assignment chosen to fill the part from ('' for none), for this assessment. */
  fromAgency(assessmentId: string): string {
    return this.#from.assessmentId === assessmentId ? this.#from.agency : '';
  }

  /** Fills the part from an agency's assignment (its agency and norms, with its exact items). */
  fillFromAssignment(agency: string, assessmentId: string, part: PartContext): void {
    this.#from = { assessmentId, agency };
    const filled = assignedPart(part.assigned, agency, part.pack);
    if (!filled) return;
    // The form shows the scope exactly: its whole norms ticked, its single actions listed, ticked.
    const words = partInWords(part.pack, filled);
    this.#agency = filled.agency;
    this.#norms = words.wholeNormIds;
    this.#items = { assessmentId, listed: words.itemIds, ticked: words.itemIds };
    this.#questions = {
      assessmentId,
      listed: words.questionNormIds,
      ticked: words.questionNormIds,
    };
    this.#edited = false;
  }

  /**
   * The part the ticks make (domain partFromForm), before another agency's questions are kept out;
   * `assessmentId` is the chosen assessment and `part` its context.
   */
  #ticked(part: PartContext, assessmentId: string): PartScope {
    const template =
      assignedPart(part.assigned, this.fromAgency(assessmentId), part.pack) ?? part.held?.scope;
    return partFromForm({
      template,
      pack: part.pack,
      agency: this.agency(part),
      normIds: this.norms(part),
      itemIds: this.items(part, assessmentId).ticked,
      questionNormIds: this.questions(part, assessmentId).ticked,
      edited: this.#edited,
    });
  }

  /**
   * The questions the ticks would put into the part that the assignments give to another agency
   * (domain/exportForm partOverlap): the form warns, and the file keeps them out.
   */
  overlap(part: PartContext, assessmentId: string): PartOverlap[] {
    if (!part.pack || this.agency(part).trim() === '') return [];
    return partOverlap(part.assigned, part.pack, this.#ticked(part, assessmentId));
  }

  /** The form's warning about `overlap`, one sentence per agency (none without overlap). */
  overlapText(part: PartContext, assessmentId: string): string[] {
    const byAgency: { agency: string; named: string[] }[] = [];
    for (const { question, agency } of this.overlap(part, assessmentId)) {
      const named =
        question.kind === 'action'
          ? question.actionId
          : t.coordinator.partOverlapNorm(
              t.common.norm(normById(part.pack, question.normId)?.letter ?? question.normId),
            );
      const group = byAgency.find((g) => g.agency === agency);
      if (group) group.named.push(named);
      else byAgency.push({ agency, named: [named] });
    }
    return byAgency.map(({ agency, named }) =>
      t.coordinator.partOverlap(formatList(named), named.length, agency),
    );
  }

  /** One click on an agency's device: its part, exactly as received, exported back. */
  async sendHeldBack(held: HeldPart): Promise<void> {
    this.scope = 'part';
    this.#assessment = held.assessmentId;
    this.#agency = held.scope.agency;
    // Exported exactly as received: the part held is the template and nothing is edited.
    this.#from = { assessmentId: '', agency: '' };
    this.#norms = undefined;
    this.#items = undefined;
    this.#questions = undefined;
    this.#edited = false;
    await this.run();
  }

  /** Exports what the form says, downloads the file, records it, and says how it went. */
  async run(): Promise<void> {
    try {
      await this.#exportChosen();
    } catch (e) {
      // A storage read can fail (disk full, database closed): every export ends with a sentence.
      this.message = {
        kind: 'error',
        text: t.exchange.exportFailed(e instanceof Error ? e.name : 'Error'),
      };
    } finally {
      this.exporting = false;
    }
  }

  async #exportChosen(): Promise<void> {
    const [lists, part] = await Promise.all([this.#source.lists(), this.part]);
    const assessmentId = this.assessmentId(lists);
    const choice: ExportChoice = {
      scope: this.scope,
      stateCode: this.stateCode(lists),
      assessmentId,
      partNorms: this.norms(part),
      partItems: this.items(part, assessmentId).ticked,
      partQuestions: this.questions(part, assessmentId).ticked,
      partAgency: this.agency(part),
      encrypt: this.encrypt,
      passphrase: this.passphrase,
      passphraseAgain: this.passphraseAgain,
    };
    const problem = exportProblem(choice, lists, MIN_PASSPHRASE_LENGTH);
    if (problem) {
      this.message = { kind: 'error', text: exportProblemText(problem) };
      return;
    }
    // Another agency's questions never travel in this part (the form warned: `overlapText`).
    const ticked = choice.scope === 'part' ? this.#ticked(part, assessmentId) : undefined;
    const kept =
      ticked && part.pack
        ? withoutOverlap(part.pack, ticked, this.overlap(part, assessmentId))
        : ticked;
    if (kept && kept.normIds.length === 0) {
      // Every question ticked is another agency's: nothing is left to export.
      this.message = { kind: 'error', text: t.exchange.noNorms };
      return;
    }
    const checked = kept ? partScopeSchema.safeParse(kept) : undefined;
    if (checked && !checked.success) {
      this.message = { kind: 'error', text: t.exchange.noAgency };
      return;
    }
    const scope: ExportScope =
      choice.scope === 'backup'
        ? { kind: 'backup' }
        : choice.scope === 'state'
          ? { kind: 'state', stateCode: choice.stateCode }
          : { kind: choice.scope, assessmentId };
    this.exporting = true;
    this.message = undefined;
    const result = await makeExport({
      scope,
      shareable: this.shareable,
      ...(checked?.success ? { part: checked.data } : {}),
      ...(this.encrypt ? { passphrase: this.passphrase } : {}),
    });
    if (!result.ok) {
      this.message = { kind: 'error', text: describeFailure(result) };
      return;
    }
    const file = result.value;
    downloadFile(file.fileName, file.blob, 'application/json');
    if (file.unreadable) {
      // Saved, but the app could not import it again: never called a backup.
      this.message = { kind: 'error', text: file.unreadable };
      return;
    }
    if (checked?.success)
      await markPartSent(file, assessmentId, checked.data, await getSessionUser());
    const backup = countsAsBackup(choice.scope, this.shareable);
    if (backup) await markBackedUp(file);
    this.message = {
      kind: 'ok',
      text: backup ? t.exchange.exportedBackup(file.fileName) : t.exchange.exported(file.fileName),
      ...(file.corrupt.length > 0
        ? {
            detail: [
              t.exchange.corruptSkipped(file.corrupt.length),
              ...file.corrupt.map((f) => describeFailure(f)),
            ].join('\n'),
          }
        : {}),
    };
    this.passphrase = '';
    this.passphraseAgain = '';
    this.#source.exported();
  }
}
