import type { ExportFile } from '../schema/exportFile';
import type { ChecklistPack } from '../schema/pack';
import { packKey } from './pack';
import { stateByCode } from './states';

/**
 * Semantic checks of an imported file: what the zod schema cannot see. A file can be schema-valid
 * and still wrong in ways that break the app later (an answer to an action the checklist does not
 * have, a history entry whose "before" is another action's answer, a revision no edit can follow,
 * a title made of zero-width spaces). Every import (full backup, assessment, State, agency part)
 * passes these, the same rules as the forms, before its preview is shown; each failure is a typed
 * code naming the record (the words are in i18n/en/importChecks.ts).
 *
 * Pure: the file, a way to find the checklist pack of an assessment and the current time go in;
 * a list of problems comes out (empty: the file is sound).
 */

/** Largest revision accepted: a billion edits of one answer. Above it `rev + 1` loses precision. */
export const MAX_REV = 1_000_000_000;
/** How far in the future a timestamp may be (clocks of laptops differ; a day covers time zones). */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
// The range of years has one home, the date rule of every form and save path (domain/dates.ts).
export { MIN_YEAR, MAX_YEAR } from './dates';
import { yearInRange } from './dates';
/** At most this many problems are listed; the count says how many there were. */
export const MAX_LISTED_PROBLEMS = 20;

// The problems are typed codes of the failure catalogue (the words are in i18n).
export type { ImportProblem, RecordRef } from '../schema/failures';
import type { ImportProblem, RecordRef } from '../schema/failures';

// The one rule for blank text lives with the schemas (language packs' names use it too).
import { hasVisibleText } from '../schema/text';
export { hasVisibleText };

/** An evidence link the app opens: http or https only (never javascript:, data:, file:…). */
export function isWebLink(link: string): boolean {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export interface CheckContext {
  /** The pack of an assessment (by `id@version`), or undefined when it is not known here. */
  packFor: (key: string) => ChecklistPack | undefined;
  now: Date;
}

/**
 * Every problem of the file's records. References to items and norms are checked only for
 * assessments whose pack `packFor` knows (the import refuses an unknown pack on its own).
 */
export function checkImportRecords(file: ExportFile, ctx: CheckContext): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const latest = ctx.now.getTime() + CLOCK_SKEW_MS;
  const instant = (record: RecordRef, field: string, value: string | undefined) => {
    if (value === undefined) return;
    if (!yearInRange(value))
      problems.push({ code: 'import.year-out-of-range', record, field, value });
    else if (new Date(value).getTime() > latest)
      problems.push({ code: 'import.future-time', record, field, value });
  };
  const visible = (record: RecordRef, field: string, value: string) => {
    if (!hasVisibleText(value)) problems.push({ code: 'import.blank-text', record, field });
  };
  const rev = (record: RecordRef, value: number) => {
    if (value > MAX_REV) problems.push({ code: 'import.rev-too-large', record, rev: value });
  };

  instant({ kind: 'file' }, 'exportedAt', file.exportedAt);

  for (const s of file.states) {
    const record: RecordRef = { kind: 'state', code: s.code };
    if (!stateByCode(s.code))
      problems.push({ code: 'import.unknown-state', record, stateCode: s.code });
    instant(record, 'createdAt', s.createdAt);
  }

  const titles = new Map<string, string>();
  const packs = new Map<string, ChecklistPack | undefined>();
  for (const a of file.assessments) {
    titles.set(a.id, a.title);
    packs.set(a.id, ctx.packFor(`${a.packId}@${a.packVersion}`));
    const record: RecordRef = { kind: 'assessment', title: a.title };
    visible(record, 'title', a.title);
    a.people.forEach((p, i) => visible(record, `people ${i + 1}`, p));
    // Days a user typed (period, target date, evidence date) are not checked here: see
    // `keptOldDays`.
    instant(record, 'createdAt', a.createdAt);
    instant(record, 'updatedAt', a.updatedAt);
  }
  const title = (assessmentId: string) => titles.get(assessmentId) ?? assessmentId;
  const items = new Map<string, Set<string> | undefined>();
  const norms = new Map<string, Set<string> | undefined>();
  for (const [id, pack] of packs) {
    items.set(id, pack ? new Set(pack.actions.map((x) => x.id)) : undefined);
    norms.set(id, pack ? new Set(pack.norms.map((n) => n.id)) : undefined);
  }
  const letters = new Map<string, ReadonlyMap<string, string>>();
  for (const [id, pack] of packs)
    if (pack) letters.set(id, new Map(pack.norms.map((n) => [n.id, n.letter])));
  /** The norm's letter in the assessment's pack (records name a norm as the app does: 13(d)). */
  const letterOf = (assessmentId: string, normId: string) => {
    const letter = letters.get(assessmentId)?.get(normId);
    return letter === undefined ? {} : { normLetter: letter };
  };
  const knownItem = (assessmentId: string, itemId: string) =>
    items.get(assessmentId)?.has(itemId) ?? true;
  const knownNorm = (assessmentId: string, normId: string) =>
    norms.get(assessmentId)?.has(normId) ?? true;

  for (const a of file.answers) {
    const record: RecordRef = { kind: 'answer', title: title(a.assessmentId), itemId: a.itemId };
    if (!knownItem(a.assessmentId, a.itemId))
      problems.push({ code: 'import.unknown-item', record, itemId: a.itemId });
    if (a.status === 'not-applicable') visible(record, 'naJustification', a.naJustification ?? '');
    for (const link of a.evidence.links)
      if (!isWebLink(link)) problems.push({ code: 'import.link-not-web', record, link });
    instant(record, 'updatedAt', a.updatedAt);
    rev(record, a.rev);
  }

  for (const n of file.normAnswers) {
    const record: RecordRef = {
      kind: 'normAnswer',
      title: title(n.assessmentId),
      normId: n.normId,
      ...letterOf(n.assessmentId, n.normId),
    };
    if (!knownNorm(n.assessmentId, n.normId))
      problems.push({ code: 'import.unknown-norm', record, normId: n.normId });
    instant(record, 'updatedAt', n.updatedAt);
    rev(record, n.rev);
  }

  file.history.forEach((h, index) => {
    const [kind, id = ''] = h.target.split(':', 2);
    const on = kind === 'item' || kind === 'norm' ? kind : 'other';
    const record: RecordRef = {
      kind: 'history',
      title: title(h.assessmentId),
      index: index + 1,
      on,
      id: on === 'other' ? '' : id,
      ...(on === 'norm' ? letterOf(h.assessmentId, id) : {}),
    };
    if (kind === 'item' && !knownItem(h.assessmentId, id))
      problems.push({ code: 'import.unknown-item', record, itemId: id });
    if (kind === 'norm' && !knownNorm(h.assessmentId, id))
      problems.push({ code: 'import.unknown-norm', record, normId: id });
    instant(record, 'at', h.at);
    // Undo writes `before` back as the record of the entry's target: it must be that record.
    const sides = [['after', h.after]] as ['before' | 'after', unknown][];
    if ('before' in h && h.before !== undefined) sides.push(['before', h.before]);
    for (const [side, value] of sides) {
      if (!isRecordOf(value, h.assessmentId, kind === 'item' ? 'itemId' : 'normId', id))
        problems.push({ code: 'import.history-other-record', record, side });
      else {
        const r = (value as { rev?: unknown }).rev;
        if (typeof r === 'number') rev(record, r);
      }
    }
  });

  for (const r of file.assignments) {
    const record: RecordRef = { kind: 'assignments', title: title(r.assessmentId) };
    for (const a of r.assignments) {
      visible(record, 'agency', a.agency);
      for (const normId of a.normIds)
        if (!knownNorm(r.assessmentId, normId))
          problems.push({ code: 'import.unknown-norm', record, normId });
      for (const itemId of a.itemIds)
        if (!knownItem(r.assessmentId, itemId))
          problems.push({ code: 'import.unknown-item', record, itemId });
    }
    instant(record, 'updatedAt', r.updatedAt);
    rev(record, r.rev);
  }

  if (file.part) {
    const record: RecordRef = { kind: 'part' };
    visible(record, 'agency', file.part.agency);
    const assessmentId = file.assessments[0]?.id ?? '';
    for (const normId of file.part.normIds)
      if (!knownNorm(assessmentId, normId))
        problems.push({ code: 'import.unknown-norm', record, normId });
    for (const itemId of file.part.itemIds ?? [])
      if (!knownItem(assessmentId, itemId))
        problems.push({ code: 'import.unknown-item', record, itemId });
  }
  return problems;
}

/**
 * The days a user typed (a period's start and end, target dates, evidence dates) of the file's
 * assessments and answers whose year is outside the date rule (domain/dates.ts), as problems
 * `import.year-out-of-range`. They are NOT a refusal (checkImportRecords leaves them out): releases
 * before that rule saved such dates from every form (9999-12-31, 1850-01-01, 0001-01-01), and
 * refusing them made a whole backup unrestorable for one field (tester, session 6). The schema has
 * already checked each is a real calendar day, which is all the app needs to show, sort and print
 * it, so the import keeps it as stored; the forms show it as a problem on its field, and refuse a
 * new such date, so that the app itself writes none any more. An import may list them as a notice.
 */
export function keptOldDays(file: ExportFile): ImportProblem[] {
  const kept: ImportProblem[] = [];
  const day = (record: RecordRef, field: string, value: string | undefined) => {
    if (value !== undefined && !yearInRange(value))
      kept.push({ code: 'import.year-out-of-range', record, field, value });
  };
  const titles = new Map(file.assessments.map((a) => [a.id, a.title]));
  for (const a of file.assessments) {
    const record: RecordRef = { kind: 'assessment', title: a.title };
    day(record, 'periodStart', a.periodStart);
    day(record, 'periodEnd', a.periodEnd);
  }
  for (const a of file.answers) {
    const title = titles.get(a.assessmentId) ?? a.assessmentId;
    const record: RecordRef = { kind: 'answer', title, itemId: a.itemId };
    day(record, 'evidence.date', a.evidence.date);
    day(record, 'targetDate', a.targetDate);
  }
  return kept;
}

/** Whether a history entry's side is a record of this assessment and this item (or norm). */
function isRecordOf(
  value: unknown,
  assessmentId: string,
  idField: 'itemId' | 'normId',
  id: string,
): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  return r.assessmentId === assessmentId && r[idField] === id;
}

/**
 * The pack an import checks against, by `id@version`: the bundled pack first, then what this
 * device has installed, then what the file carries. A published version never changes, so a
 * file's copy that differs from the bundled or installed one is not the one the app will use.
 */
export function packResolver(
  bundled: ChecklistPack,
  installed: ReadonlyMap<string, ChecklistPack>,
  carried: readonly ChecklistPack[],
): (key: string) => ChecklistPack | undefined {
  const fromFile = new Map(carried.map((p) => [packKey(p), p]));
  return (key) => (key === packKey(bundled) ? bundled : (installed.get(key) ?? fromFile.get(key)));
}

/**
 * State profiles as the app knows them: the name and the ASEAN flag come from the app's list of UN
 * Member States (domain/states.ts), never from the file. Run after the checks (unknown codes are
 * refused there); a code the list lacks is left as it is.
 */
export function canonicalStates<T extends { code: string; name: string; asean: boolean }>(
  states: readonly T[],
): T[] {
  return states.map((s) => {
    const known = stateByCode(s.code);
    return known ? { ...s, name: known.name, asean: known.asean === true } : s;
  });
}
