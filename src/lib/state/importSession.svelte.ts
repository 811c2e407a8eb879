import { SvelteMap } from 'svelte/reactivity';
import {
  writesAnything,
  type AssessmentPlan,
  type Choice,
  type MergedRecord,
  type StoredContext,
} from '../domain/importPlan';
import { byStateThenNewest } from '../domain/cycles';
import { assessmentName } from '../domain/names';
import {
  choiceKey,
  defaultChoice,
  defaultMergeTarget,
  pickKey,
  previewSession,
  recordKinds,
  type FileOutcome,
  type FilePreview,
  type SessionFile,
  type WrittenCounts,
  type SessionPreview,
} from '../domain/importSession';
import type { Side } from '../domain/merge';
import type { Assessment } from '../schema/assessment';
import { getCoordinations } from '../storage/coordination';
import { applyImportMarkingRestore } from '../storage/backupStatus';
import { openImport, type OpenFailure } from './openImport';
import { describeFailure } from '../i18n/failures';
import { failureOf, type Result } from '../domain/result';
import type { FileFailure as FileReadFailure } from '../schema/failures';
import { isPassphraseFailure } from '../io/readExportFile';
import { readFileText } from '../io/files';
import { getSessionUser } from '../storage/meta';
import { formatInstant, formatList, normNames, t } from '../i18n';
import {
  fileNotes,
  packOfFile,
  partImportedBefore,
  targetSubject,
} from '../domain/importFileFacts';
import { partSentence } from './exportForm.svelte';
import { baseName } from './importFailureText';
import type { ChecklistPack } from '../schema/pack';

/**
 * The import session of the Backup screen: the files chosen (several agency parts at once), their
 * checks, the choice per assessment (add, copy, merge into which, skip), the coordinator's pick per
 * conflicting field, and the one transaction that writes it all. The view renders this and calls
 * its methods; the rules are in domain/importSession.ts, domain/importPlan.ts and domain/merge.ts.
 */

/** A file that could not be opened: why (typed), for the view to put in words. */
/** A file that could not be opened: its name and why (a typed failure; the view words it). */
export interface FileFailure {
  name: string;
  failure: OpenFailure | FileReadFailure;
}

/** A file handed in by the view: its name and a way to read its text (a File, or a test's string). */
export interface ChosenFile {
  name: string;
  text: () => Promise<Result<string, FileReadFailure>>;
}

/**
 * The import being prepared on the Backup screen: the files read, their plans against storage plus
 * the files before them, the person's choices and conflict picks, the preview, and applying it.
 */
export class ImportSession {
  files = $state.raw<SessionFile[]>([]);
  failures = $state.raw<FileFailure[]>([]);
  ctx = $state.raw<StoredContext | undefined>();
  /** Whether a file asked for a passphrase (the field then shows). */
  needsPassphrase = $state(false);
  reading = $state(false);
  importing = $state(false);
  /** Set after a successful import (how many files wrote anything). */
  imported = $state(0);
  /** After an import (or one that wrote nothing): what each file did, in the order chosen. */
  results = $state.raw<{ name: string; outcome: FileOutcome }[]>([]);
  /** Set when the import was asked for but would have written nothing (said, not "Imported"). */
  nothingImported = $state(false);
  /** Why the last write was refused (storage's sentence), if it was. */
  writeFailure = $state('');
  readonly choices = new SvelteMap<string, Choice>();
  readonly resolutions = new SvelteMap<string, Side>();
  private openedAt = '';

  /** Who imports (the session user, read when files are checked): recorded in the history and the parts received. */
  by = $state('');
  /** The files chosen in the file field, not yet read. */
  chosen = $state.raw<readonly ChosenFile[]>([]);
  /** The passphrase typed for protected files. */
  passphrase = $state('');
  /** Set when "check" was asked for without a file chosen. */
  noFiles = $state(false);

  readonly preview: SessionPreview | undefined = $derived(
    this.ctx && this.files.length > 0
      ? previewSession({
          files: this.files,
          ctx: this.ctx,
          choices: this.choices,
          resolutions: this.resolutions,
          at: this.openedAt,
          by: this.by,
        })
      : undefined,
  );

  /** Files were chosen in the file field: the old ones, their passphrase and decisions are dropped. */
  pickFiles(files: readonly File[]): void {
    this.chosen = files.map((f) => ({ name: f.name, text: () => readFileText(f) }));
    this.filesChanged();
    this.passphrase = '';
  }

  /** Checks the files chosen (`open`), or says that none is chosen. */
  async checkChosen(): Promise<void> {
    this.noFiles = this.chosen.length === 0;
    if (this.noFiles) return;
    this.by = await getSessionUser();
    await this.open(this.chosen, this.passphrase || undefined);
  }

  /** The sentence above the files refused: some of several, or the only one(s). */
  get refusedText(): string {
    return this.files.length > 0
      ? t.coordinator.someRefused(this.failures.length)
      : t.exchange.refused;
  }

  /**
   * A file's assessments as the preview lists them: by State, newest cycle first (domain/cycles.ts
   * byStateThenNewest), as every list of several States' assessments. The plan keeps the file's
   * order: the import writes in that order.
   */
  listedPlans(file: SessionFile): AssessmentPlan[] {
    return [...file.plan.assessments].sort((x, y) => byStateThenNewest(x.incoming, y.incoming));
  }

  /** The pack a file's parts and assignments are named from (domain/importFileFacts.ts). */
  packOf(file: SessionFile): ChecklistPack | undefined {
    return packOfFile(file, this.ctx);
  }

  /**
   * Whether a file is (or holds) an agency's part: a part file, or a full backup holding the part
   * this device sent to an agency (domain/importPlan.ts `heldReturn`): its words say "part".
   */
  holdsPart(file: SessionFile): boolean {
    return file.plan.file.kind === 'part' || file.plan.assessments.some((p) => p.heldReturn);
  }

  /**
   * What a part file says of its scope, one sentence each: what the file claims, what this device
   * gave the agency (the merge keeps to it), and what the file carries outside that (left out).
   * None for a file that is not a part.
   */
  partLines(fp: FilePreview): string[] {
    const c = t.coordinator;
    const pack = this.packOf(fp.file);
    // A full backup holding the part this device sent to an agency: merged as its return, said
    // before any choice (tester, session 6).
    const held = fp.file.plan.assessments.find((p) => p.heldReturn)?.heldReturn;
    const part = fp.file.plan.file.part ?? held?.scope;
    if (!part) return [];
    const lines = [
      held
        ? c.heldReturn(held.agency, formatInstant(held.sentAt))
        : partSentence(pack, part, c.partClaims),
    ];
    const { given, leftOut } = fp.preview;
    // "Given to … from this device" is true only where the part went out from: on the agency's
    // device the coordinator's part ('sent') arrives, and this device gave nothing (tester A).
    if (given && fp.file.plan.file.partDirection !== 'sent')
      lines.push(partSentence(pack, given, c.partGiven));
    if (leftOut.itemIds.length > 0 || leftOut.normIds.length > 0)
      lines.push(
        c.partLeftOut(
          part.agency,
          normNames(pack, leftOut.normIds),
          formatList(leftOut.itemIds, 'unit'),
          leftOut.itemIds.length,
        ),
      );
    return lines;
  }

  /**
   * The words of the choice "merge" for an assessment: into the stored one (same id), into another
   * cycle of the State (the file's own assessment is not here), or out of the trash first.
   */
  mergeLabel(p: AssessmentPlan, current: Choice | undefined): string {
    const targetId = current?.action === 'merge' ? current.targetId : defaultMergeTarget(p);
    const target = p.mergeTargets.find((m) => m.id === targetId);
    if (target?.deletedAt) return t.coordinator.restoreAndMerge;
    return p.mergeTargets.some((m) => m.id === p.incoming.id)
      ? (t.exchange.choices.merge ?? '')
      : t.coordinator.mergeIntoOther;
  }

  /** The note on a held part a whole assessment is merged into: it becomes whole here. */
  wholeAgainText(w: { assessment: Assessment; agency: string }): string {
    return t.coordinator.wholeOverPart(assessmentName(w.assessment), w.agency);
  }

  /**
   * "Imported before on …" when this very part was imported here already and still writes
   * something (the outcome line says "nothing to do" otherwise); '' otherwise.
   */
  importedBeforeText(fp: FilePreview): string {
    const at = partImportedBefore(fp.file, this.ctx);
    return at && fp.outcome.kind === 'writes'
      ? t.coordinator.alreadyImported(formatInstant(at))
      : '';
  }

  /**
   * The heading above a file's records written without conflict (`merged`) or kept as here
   * (`kept`): answers and norm answers counted apart (domain/importSession.ts `recordKinds`).
   */
  recordsHeading(kind: 'merged' | 'kept', list: readonly MergedRecord[], part: boolean): string {
    const c = t.coordinator;
    const n = recordKinds(list);
    const records = formatList(
      [
        n.answers > 0 ? c.recordAnswers(n.answers) : '',
        n.normAnswers > 0 ? c.recordNormAnswers(n.normAnswers) : '',
      ].filter((w) => w !== ''),
    );
    return (kind === 'merged' ? c.mergedRecordsHeading : c.keptRecordsHeading)(records, part);
  }

  /** The import button's words: the files it acts on, of those chosen. */
  get importButtonText(): string {
    const p = this.preview;
    return p ? t.coordinator.importFiles(p.toImport, p.files.length) : '';
  }

  /** The files the import leaves as they are, named ('' when it acts on every file). */
  get notImportedText(): string {
    const p = this.preview;
    return p && p.toImport > 0 && p.notImported.length > 0
      ? t.coordinator.notImported(formatList(p.notImported.map(baseName)))
      : '';
  }

  /** What a file will write if imported now (domain/importSession.ts `fileOutcome`), in words. */
  willText(fp: FilePreview): string {
    const c = t.coordinator;
    const o = fp.outcome;
    if (o.kind === 'writes') return c.fileWillWrite(writtenWords(o.counts));
    if (o.kind === 'already-imported') return c.fileWillAlreadyImported(formatInstant(o.at));
    if (o.kind === 'same-as') return c.fileWillSameAs(baseName(fp.file.name), baseName(o.name));
    return o.kind === 'skipped' ? c.fileWillSkip : c.fileWillNothingNew;
  }

  /** What each file of the last import did, one sentence per file. */
  get resultLines(): string[] {
    const c = t.coordinator;
    return this.results.map(({ name, outcome: o }) =>
      o.kind === 'writes'
        ? c.fileWrote(name, writtenWords(o.counts))
        : o.kind === 'already-imported'
          ? c.fileWasAlreadyImported(name, formatInstant(o.at))
          : o.kind === 'skipped'
            ? c.fileWasSkipped(name)
            : o.kind === 'same-as'
              ? c.fileWasSameAs(name, baseName(o.name))
              : c.fileWasNothingNew(name),
    );
  }

  /** The note above an assessment's choices: new, already stored, or arriving with an earlier file. */
  existsText(fp: FilePreview, p: AssessmentPlan): string {
    const earlier = fp.arrivesWith.get(p.incoming.id);
    if (earlier !== undefined) return t.coordinator.arrivesEarlier(baseName(earlier));
    const r = p.refusal;
    const stateName = (code: string) =>
      this.ctx?.states.find((s) => s.code === code)?.name ??
      fp.file.plan.file.states.find((s) => s.code === code)?.name ??
      code;
    if (r?.kind === 'other-agency')
      return t.coordinator.otherAgencyPart(
        r.fileAgency,
        r.heldAgency,
        assessmentName(p.existing ?? p.incoming),
      );
    if (r?.kind === 'other-state') {
      const fileState =
        fp.file.plan.file.states.find((s) => s.code === r.fileState)?.name ?? r.fileState;
      return t.coordinator.otherStateStored(
        assessmentName(p.incoming),
        fileState,
        stateName(r.storedState),
      );
    }
    if (p.otherState !== undefined) return t.coordinator.otherStateNew(stateName(p.otherState));
    if (p.existing) return t.exchange.existsNote;
    // A part added here is held as its agency's part (domain/importPlan.ts writes its marker).
    const f = fp.file.plan.file;
    if (f.kind === 'part' && f.part) {
      const state = f.states.find((s) => s.code === p.incoming.stateCode);
      return t.coordinator.heldAsPart(
        f.part.agency,
        assessmentName(p.incoming),
        state?.name ?? p.incoming.stateCode,
      );
    }
    return t.exchange.newNote;
  }

  /** The notes of a file's heading in words (older format, decrypted, shareable). */
  notesOf(file: SessionFile): string[] {
    const x = t.exchange;
    return fileNotes(file).map((note) =>
      note === 'upgraded'
        ? x.upgraded(file.fromVersion)
        : note === 'encrypted'
          ? x.encryptedNote
          : x.shareableNote,
    );
  }

  /** A merged or conflicting record named for people: "Norm A: title" or "<id>: action text". */
  targetLabel(file: SessionFile, assessment: Assessment, target: string): string {
    const s = targetSubject(file, this.ctx, assessment, target);
    if (s.kind === 'norm') return `${t.common.norm(s.norm.letter)}: ${s.norm.title}`;
    if (s.kind === 'action') return `${s.id}: ${s.action.text}`;
    return s.id;
  }

  /** Reads, checks and plans every file; files that fail are listed apart, the others previewed. */
  async open(chosen: readonly ChosenFile[], passphrase: string | undefined): Promise<void> {
    this.reset();
    this.reading = true;
    try {
      const failures: FileFailure[] = [];
      const read: { name: string; text: string }[] = [];
      for (const c of chosen) {
        const text = await c.text();
        if (text.ok) read.push({ name: c.name, text: text.value });
        else failures.push({ name: c.name, failure: failureOf(text) });
      }
      const files: SessionFile[] = [];
      let ctx: StoredContext | undefined;
      for (const [i, r] of read.entries()) {
        const opened = await openImport(r.text, r.name, passphrase);
        if (!opened.ok) {
          failures.push({ name: r.name, failure: failureOf(opened) });
          if (isPassphraseFailure(opened)) this.needsPassphrase = true;
          continue;
        }
        ctx = ctx ? joinContexts(ctx, opened.value.ctx) : opened.value.ctx;
        files.push({
          id: String(i),
          name: r.name,
          plan: opened.value.plan,
          fromVersion: opened.value.read.fromVersion,
          encrypted: opened.value.read.encrypted,
        });
      }
      if (ctx) {
        const ids = [...ctx.records.keys()];
        ctx = { ...ctx, coordination: await getCoordinations(ids) };
      }
      // The time the merge entries carry: when the files were checked (a plain timestamp).
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never mutated
      this.openedAt = new Date().toISOString();
      this.failures = failures;
      this.ctx = ctx;
      this.files = files;
    } finally {
      this.reading = false;
    }
  }

  /** The choice in force for an assessment of a file (made, or the default). */
  choiceOf(file: SessionFile, assessmentId: string): Choice | undefined {
    const p = file.plan.assessments.find((x) => x.incoming.id === assessmentId);
    return (
      this.choices.get(choiceKey(file.id, assessmentId)) ??
      (p ? defaultChoice(file.plan.file, p) : undefined)
    );
  }

  choose(file: SessionFile, a: Assessment, action: Choice['action'], targetId?: string): void {
    const p = file.plan.assessments.find((x) => x.incoming.id === a.id);
    if (!p) return;
    const key = choiceKey(file.id, a.id);
    if (action === 'copy') this.choices.set(key, { action, newId: crypto.randomUUID() });
    else if (action === 'merge')
      this.choices.set(key, { action, targetId: targetId ?? defaultMergeTarget(p) ?? '' });
    else this.choices.set(key, { action });
  }

  pickOf(file: SessionFile, conflictKey: string, field: string): Side | undefined {
    return this.resolutions.get(pickKey(file.id, conflictKey, field));
  }

  pick(file: SessionFile, conflictKey: string, field: string, side: Side): void {
    this.resolutions.set(pickKey(file.id, conflictKey, field), side);
  }

  /** Writes everything in one transaction; returns whether it was stored. */
  async apply(): Promise<boolean> {
    const writes = this.preview?.writes;
    if (!writes) return false;
    this.importing = true;
    this.writeFailure = '';
    try {
      // One full backup restored: what it wrote counts as backed up (domain/backupStatus.ts).
      const only = this.files.length > 1 ? undefined : this.files[0]?.plan.file;
      // What each file does, said file by file once the files are gone (tester, session 5).
      const results = (this.preview?.files ?? []).map((fp) => ({
        name: baseName(fp.file.name),
        outcome: fp.outcome,
      }));
      // "Imported" only when something is written (tester A, finding 5).
      if (!writesAnything(writes)) {
        this.reset();
        this.nothingImported = true;
        this.results = results;
        return false;
      }
      const result = await applyImportMarkingRestore(writes, only);
      if (!result.ok) {
        this.writeFailure = describeFailure(result);
        return false;
      }
      this.reset();
      this.results = results;
      this.imported = results.filter((r) => r.outcome.kind === 'writes').length;
      return true;
    } finally {
      this.importing = false;
    }
  }

  /** New files were chosen: forget the old ones and whether a passphrase was asked for. */
  filesChanged(): void {
    this.reset();
    this.needsPassphrase = false;
  }

  /** Drops the files and every decision (nothing was written). */
  reset(): void {
    this.files = [];
    this.failures = [];
    this.ctx = undefined;
    this.imported = 0;
    this.results = [];
    this.nothingImported = false;
    this.writeFailure = '';
    this.choices.clear();
    this.resolutions.clear();
  }
}

/** What a file writes, as a list of counts ("2 answers written and 3 history entries added"). */
function writtenWords(counts: WrittenCounts): string {
  const c = t.coordinator;
  const parts: [number, (n: number) => string][] = [
    [counts.assessments, c.writtenAssessments],
    [counts.agencyParts, c.writtenAgencyParts],
    [counts.answers, c.writtenAnswers],
    [counts.normAnswers, c.writtenNormAnswers],
    [counts.history, c.writtenHistory],
    [counts.packs, c.writtenPacks],
    [counts.marks, c.writtenMarks],
  ];
  return formatList(parts.filter(([n]) => n > 0).map(([n, words]) => words(n)));
}

/** Two files' stored contexts as one (each loads the records its own assessments touch). */
function joinContexts(a: StoredContext, b: StoredContext): StoredContext {
  return {
    ...b,
    records: new Map([...a.records, ...b.records]),
    packs: new Map([...a.packs, ...b.packs]),
    assignments: new Map([...a.assignments, ...b.assignments]),
    installedPacks: new Set([...a.installedPacks, ...b.installedPacks]),
  };
}
