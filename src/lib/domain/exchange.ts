import { downloadName, localDay } from './names';
import type {
  Answer,
  Assessment,
  HistoryEntry,
  NormAnswer,
  StateProfile,
} from '../schema/assessment';
import type { Assignments } from '../schema/assignments';
import type {
  CoordinationRecord,
  ExportBody,
  ExportFile,
  ExportKind,
  HeldPartRecord,
  PartDirection,
  PartScope,
} from '../schema/exportFile';
import { EXPORT_FORMAT_VERSION, EXPORT_TYPE } from '../schema/exportFile';
import type { ChecklistPack } from '../schema/pack';
import { canonicalJsonAsWritten, sha256Hex } from './checksum';
import { packKey } from './pack';

/**
 * Building export files from stored records. Pure: storage reads the records (storage/exchange.ts),
 * this decides what goes into the file, the io layer writes and encrypts it.
 */

export interface ExportSource {
  states: StateProfile[];
  assessments: Assessment[];
  answers: Answer[];
  normAnswers: NormAnswer[];
  /** With storage ids: they give the order of the history; they are not written to the file. */
  history: HistoryEntry[];
  /** Every pack version the assessments name (storage resolves them). */
  packs: ChecklistPack[];
  /** The coordinator's assignments stored for the assessments (at most one record each). */
  assignments: Assignments[];
  /**
   * The assessments this device holds only as an agency's part (stored `heldPart:<id>`), and the
   * coordinator's log of parts sent and returned (stored `coordination:<id>`): a full backup
   * carries them (format 6); other exports do not. Absent: none.
   */
  heldParts?: HeldPartRecord[];
  coordination?: CoordinationRecord[];
}

export interface ExportOptions {
  kind: ExportKind;
  appVersion: string;
  exportedAt: string;
  shareable: boolean;
  /**
   * A shareable export leaves out the assessor's summary unless the user chose to keep it (it is
   * written for the State's own ministers, and may name people or plans).
   */
  keepSummary?: boolean;
  /** Only for kind "part". */
  part?: PartScope;
  /**
   * Only for kind "part": which way it travels (schema/exportFile.ts `partDirectionSchema`);
   * `sent` when not given (the coordinator's export). An agency's device sending back the part it
   * received says `returned` (domain/coordination.ts `partDirectionFor`).
   */
  partDirection?: PartDirection;
}

/** The items of `pack` a part covers: every action (retired ones too) of its norms, or its list. */
export function partItemIds(pack: ChecklistPack, part: PartScope): Set<string> {
  const norms = new Set(part.normIds);
  const listed = part.itemIds ? new Set(part.itemIds) : undefined;
  return new Set(
    pack.actions
      .filter((a) => norms.has(a.normId) && (!listed || listed.has(a.id)))
      .map((a) => a.id),
  );
}

/**
 * The norms whose own answers (measures taken, challenges, capacity needs) a part carries: its
 * `normAnswerIds`, or every norm it names when a part (formats 1 and 2) does not say.
 */
export const partNormAnswerIds = (part: PartScope): readonly string[] =>
  part.normAnswerIds ?? part.normIds;

/** Whether a record or history target ("item:x", "norm:y") lies inside a part. */
export function inPart(target: string, items: ReadonlySet<string>, part: PartScope): boolean {
  const [kind, id = ''] = target.split(':', 2);
  return kind === 'item' ? items.has(id) : partNormAnswerIds(part).includes(id);
}

/**
 * What a part covers, as people name it: the norms it covers whole (every item of them, and the
 * norm's own answers), in pack order; the single items it covers beyond them, in pack order; and
 * the norms whose own answers it covers without covering them whole (`questionNormIds`, pack order:
 * a norm given to the agency with a practical action carved out for another agency keeps its own
 * questions here; session 7, coord item 2). `items` is `partItemIds(pack, part)`.
 */
export function scopeInWords(
  pack: ChecklistPack,
  part: PartScope,
): { wholeNormIds: string[]; itemIds: string[]; questionNormIds: string[] } {
  const items = partItemIds(pack, part);
  const questions = new Set(partNormAnswerIds(part));
  const whole = pack.norms
    .map((n) => n.id)
    .filter(
      (id) =>
        part.normIds.includes(id) &&
        questions.has(id) &&
        pack.actions.filter((a) => a.normId === id && !a.retired).every((a) => items.has(a.id)),
    );
  const wholeSet = new Set(whole);
  return {
    wholeNormIds: whole,
    itemIds: pack.actions
      .filter((a) => items.has(a.id) && !wholeSet.has(a.normId) && !a.retired)
      .map((a) => a.id),
    questionNormIds: pack.norms
      .map((n) => n.id)
      .filter((id) => part.normIds.includes(id) && questions.has(id) && !wholeSet.has(id)),
  };
}

/**
 * The part of `incoming` that lies inside what was sent (`sent`): a part that comes back is merged
 * only within the scope this device sent to that agency, whatever scope the file claims (issue 16:
 * an agency that re-ticked a whole norm must not overwrite the items another agency answers).
 */
export function intersectScopes(
  pack: ChecklistPack,
  incoming: PartScope,
  sent: PartScope,
): PartScope {
  const sentItems = partItemIds(pack, sent);
  const items = [...partItemIds(pack, incoming)].filter((id) => sentItems.has(id));
  const sentQuestions = new Set(partNormAnswerIds(sent));
  const normAnswerIds = partNormAnswerIds(incoming).filter((id) => sentQuestions.has(id));
  const normIds = incoming.normIds.filter((id) => sent.normIds.includes(id));
  return {
    agency: incoming.agency,
    normIds: normIds.length > 0 ? normIds : [...sent.normIds],
    itemIds: items,
    normAnswerIds,
  };
}

/** Placeholder for a not-applicable justification in a shareable export (the schema needs text). */
export const WITHHELD = '(withheld)';

/**
 * A shareable export, for regional comparison: statuses, targets, priorities and dates stay; these
 * are left out (emptied):
 * - answers: notes, evidence (text, links, date), lead agency, the not-applicable justification
 *   (replaced by "(withheld)"), updatedBy;
 * - norm answers: challenges, capacity needs, updatedBy;
 * - assessments: lead agency, people;
 * - the whole history (it holds every earlier value, with names);
 * - the coordinator's assignments (agency names are names, and the plan of who answers what is
 *   internal to the State), and the log of parts sent and returned (names, and the plan too);
 * - the assessments held only as an agency's part, with all their records: one agency's answers
 *   are not a State's result, and without its marker a part would be compared as a whole one.
 */
export function makeShareable(whole: ExportBody, keepSummary = false): ExportBody {
  const held = new Set(whole.heldParts.map((h) => h.assessmentId));
  const kept = <T extends { assessmentId: string }>(list: T[]) =>
    held.size === 0 ? list : list.filter((r) => !held.has(r.assessmentId));
  const body: ExportBody = {
    ...whole,
    assessments: whole.assessments.filter((a) => !held.has(a.id)),
    answers: kept(whole.answers),
    normAnswers: kept(whole.normAnswers),
  };
  return {
    ...body,
    shareable: true,
    assessments: body.assessments.map((a) => ({
      ...a,
      leadAgency: '',
      people: [],
      summary: keepSummary ? a.summary : '',
    })),
    answers: body.answers.map((a) => {
      const stripped: Answer = {
        ...a,
        notes: '',
        evidence: { text: '', links: [] },
        leadAgency: '',
        updatedBy: '',
      };
      if (a.naJustification !== undefined) stripped.naJustification = WITHHELD;
      return stripped;
    }),
    normAnswers: body.normAnswers.map((n) => ({
      ...n,
      challenges: '',
      capacityNeeds: '',
      measuresTaken: '',
      updatedBy: '',
    })),
    history: [],
    assignments: [],
    heldParts: [],
    coordination: [],
  };
}

/** The export file's body: the chosen records, with the packs they need and nothing else. */
export function buildExportBody(source: ExportSource, options: ExportOptions): ExportBody {
  const ids = new Set(source.assessments.map((a) => a.id));
  const codes = new Set(source.assessments.map((a) => a.stateCode));
  let answers = source.answers.filter((a) => ids.has(a.assessmentId));
  let normAnswers = source.normAnswers.filter((n) => ids.has(n.assessmentId));
  let history = source.history
    .filter((h) => ids.has(h.assessmentId))
    .sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
    .map(({ id: _storageId, ...entry }) => entry);
  const needed = new Set(source.assessments.map((a) => `${a.packId}@${a.packVersion}`));
  const packs = source.packs.filter((p) => needed.has(packKey(p)));
  if (options.kind === 'part') {
    const part = options.part;
    const assessment = source.assessments[0];
    const pack = packs[0];
    if (!part || !assessment || !pack || source.assessments.length !== 1)
      throw new Error('A part export needs one assessment, its pack and a scope');
    const items = partItemIds(pack, part);
    answers = answers.filter((a) => items.has(a.itemId));
    normAnswers = normAnswers.filter((n) => partNormAnswerIds(part).includes(n.normId));
    history = history.filter((h) => inPart(h.target, items, part));
  }
  // A part carries no assignments: it is what one agency filled in, and the coordinator keeps
  // the plan of who answers what (the schema refuses a part that carries any).
  const assignments =
    options.kind === 'part' ? [] : source.assignments.filter((r) => ids.has(r.assessmentId));
  // Only a full backup carries the device's coordination records (format 6): without the held-part
  // marker a restored part would be scored as a whole assessment, and without the log "Who has
  // answered" would forget the parts sent and returned. Copied field by field: the stored record's
  // own type and version stay on the device.
  const backup = options.kind === 'backup';
  const heldParts = backup
    ? (source.heldParts ?? [])
        .filter((r) => ids.has(r.assessmentId))
        .map((r) => ({
          assessmentId: r.assessmentId,
          scope: r.scope,
          exportedAt: r.exportedAt,
          importedAt: r.importedAt,
        }))
    : [];
  const coordination = backup
    ? (source.coordination ?? [])
        .filter((r) => ids.has(r.assessmentId))
        .map((r) => ({ assessmentId: r.assessmentId, sent: r.sent, received: r.received }))
    : [];
  const body: ExportBody = {
    type: EXPORT_TYPE,
    version: EXPORT_FORMAT_VERSION,
    kind: options.kind,
    appVersion: options.appVersion,
    exportedAt: options.exportedAt,
    shareable: false,
    packs,
    // A backup carries every State profile, even one without assessments yet.
    states: source.states.filter((s) => options.kind === 'backup' || codes.has(s.code)),
    assessments: source.assessments,
    answers,
    normAnswers,
    history,
    assignments,
    heldParts,
    coordination,
    ...(options.kind === 'part' && options.part
      ? { part: options.part, partDirection: options.partDirection ?? 'sent' }
      : {}),
  };
  return options.shareable ? makeShareable(body, options.keepSummary) : body;
}

/**
 * Adds the checksum: the file is complete. The checksum covers exactly what `JSON.stringify` of
 * the file will write, without the checksum itself (domain/checksum.ts). Records built from parsed
 * data are plain JSON data, whose canonical text is written at once without a JSON round trip.
 */
export async function sealExport(body: ExportBody): Promise<ExportFile> {
  // As exportChecksum: a `checksum` field the body may carry is never part of what it covers.
  const { checksum: _ignored, ...covered } = body as ExportBody & { checksum?: unknown };
  const value = await sha256Hex(canonicalJsonAsWritten(covered));
  return { ...body, checksum: { algorithm: 'SHA-256', value } };
}

/** Records of an array written per part by `exportTextParts`. */
export const TEXT_PART_RECORDS = 250;

/**
 * The text of an export file exactly as `JSON.stringify(file, null, 1)` writes it, in parts: one
 * per top-level field, except that an array field is written `records` elements at a time. Joined,
 * the parts are that text byte for byte (tests/unit/export-seal.test.ts). Why parts: a full backup
 * is ~40 MB of text; as one string it is built in one task of up to a second and held twice while
 * it grows, while parts can be written between paints and handed to a Blob as they are.
 * A generator: the caller decides when to let the page paint.
 */
export function* exportTextParts(
  file: Readonly<Record<string, unknown>>,
  records = TEXT_PART_RECORDS,
): Generator<string, void, undefined> {
  let first = true;
  for (const [key, value] of Object.entries(file)) {
    // `{"key": value}` indented as the file's own member, without its braces ('{\n' and '\n}').
    const member = (v: unknown) => JSON.stringify({ [key]: v }, null, 1).slice(2, -2);
    if (!Array.isArray(value) || value.length <= records) {
      const text = member(value);
      // A value JSON leaves out (undefined, a function) leaves out its key: '{}' sliced is ''.
      if (text === '') continue;
      yield `${first ? '{\n' : ',\n'}${text}`;
      first = false;
      continue;
    }
    yield `${first ? '{\n' : ',\n'}${member([]).slice(0, -1)}\n`;
    first = false;
    for (let i = 0; i < value.length; i += records) {
      // `[[...]]` indents the elements as the file does (two spaces): cut '[\n [\n' and '\n ]\n]'.
      const elements = JSON.stringify([value.slice(i, i + records)], null, 1).slice(5, -5);
      yield i === 0 ? elements : `,\n${elements}`;
    }
    yield '\n ]';
  }
  yield first ? '{}' : '\n}';
}

/**
 * File name of an export, by the one download-name rule (domain/names.ts): kind, State, cycle,
 * variant and the user's LOCAL day of `exportedAt`, e.g. `nic-assessment-singapore-2026-2026-11-23.json`,
 * `nic-backup-2026-11-23.json`. A part names its agency after the kind "part" (said once) and, when an
 * agency sends it back (`partDirection` "returned"), ends its variant with "returned", so the part
 * sent and the part returned never share a name: `nic-part-malaysia-2026-mfa-2026-11-23.json`,
 * `nic-part-malaysia-2026-mfa-returned-2026-11-23.json`. `timeZone` pins the day (tests, CLI);
 * default the runtime's.
 */
export function exportFileName(
  body: Pick<
    ExportBody,
    'kind' | 'exportedAt' | 'assessments' | 'states' | 'part' | 'partDirection' | 'shareable'
  >,
  encrypted = false,
  timeZone?: string,
): string {
  const first = body.assessments[0];
  const code = first?.stateCode ?? body.states[0]?.code ?? '';
  const state =
    body.kind === 'backup' ? '' : (body.states.find((s) => s.code === code)?.name ?? code);
  const variant: string[] = [];
  if (body.kind === 'part' && body.part) {
    variant.push(body.part.agency);
    if (body.partDirection === 'returned') variant.push('returned');
  }
  if (body.shareable) variant.push('shareable');
  return downloadName({
    kind: body.kind,
    state,
    ...(body.kind === 'assessment' || body.kind === 'part' ? { cycle: first ?? {} } : {}),
    variant,
    day: localDay(body.exportedAt, timeZone),
    ext: encrypted ? 'encrypted.json' : 'json',
  });
}

/** Changes since the last full backup above which the app asks for a backup. */
export const BACKUP_NUDGE_CHANGES = 25;
/** Age of the last full backup above which any change makes a backup due. */
export const BACKUP_NUDGE_DAYS = 7;

export type BackupNudge = 'none' | 'changed' | 'due';

/**
 * Whether to nudge the user to back up: "due" after many changes (25: about one norm's worth of
 * answers with their notes), or after any change when the last backup is over a week old (or there
 * was none); "changed" when something changed but a backup is not due yet.
 */
export function backupNudge(
  status: { lastBackupAt: string | undefined; changesSince: number },
  now: Date,
): BackupNudge {
  if (status.changesSince === 0) return 'none';
  if (status.changesSince > BACKUP_NUDGE_CHANGES || !status.lastBackupAt) return 'due';
  const age = now.getTime() - new Date(status.lastBackupAt).getTime();
  return age > BACKUP_NUDGE_DAYS * 24 * 60 * 60 * 1000 ? 'due' : 'changed';
}
