/**
 * Names the user reads outside the app: the "State — title" line of reports and the names of the
 * files the app downloads. One home for the slug rule and the download-name rule (issue 13 item 8),
 * used by the report (every PDF variant), the CSV files, the regional table and the backups. Pure.
 */

/**
 * A file-name-safe slug that keeps every script's letters: NFC, lower case, each run of anything
 * that is not a letter, a combining mark or a digit becomes one "-", no dash at either end, at most
 * `max` characters (cut between grapheme clusters, so a Thai or Khmer vowel sign stays on its
 * consonant). "Đợt 1" → "đợt-1", "ประเทศไทย 2568" → "ประเทศไทย-2568". Empty when nothing is left.
 */
export function slug(text: string, max = 40): string {
  const out = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const graphemes =
    typeof Intl.Segmenter === 'function'
      ? Array.from(
          new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(out),
          (s) => s.segment,
        )
      : Array.from(out);
  return graphemes.slice(0, max).join('').replace(/-+$/g, '');
}

const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();

/**
 * "State — title" for covers, running headers and document metadata, without saying the State
 * twice: a title that already names the State (any case, any punctuation) stands alone.
 * ("Thailand", "Thailand 2025 self-assessment") → "Thailand 2025 self-assessment".
 */
export function stateAndTitle(stateName: string, title: string, separator = ' — '): string {
  const state = fold(stateName);
  const t = fold(title);
  if (!t) return stateName;
  if (!state || ` ${t} `.includes(` ${state} `)) return title;
  return `${stateName}${separator}${title}`;
}

/**
 * The parts of instant `d` on the clock of `timeZone` (IANA; default the runtime's) as digits an ISO
 * date and time are written with: `year` (4), `month`, `day` and, with `withTime`, `hour` (00–23) and
 * `minute` (2 each); Latin digits and the Gregorian calendar whatever the runtime's locale. The one
 * reading of a local day or time for file names (`localDay`) and ISO-style dates on screen
 * (i18n/format.ts `formatInstant`).
 */
export function clockParts(
  d: Date,
  timeZone: string | undefined,
  withTime = false,
): Record<string, string> {
  return Object.fromEntries(
    new Intl.DateTimeFormat('en-GB-u-nu-latn-ca-gregory', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
      ...(timeZone ? { timeZone } : {}),
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
}

/**
 * The user's local calendar day of an instant, "YYYY-MM-DD" (Latin digits, Gregorian): file names
 * say the day the user saw on their clock, not the UTC day. `timeZone` (IANA) pins it for tests and
 * the CLI; default the runtime's.
 */
export function localDay(instant: Date | string, timeZone?: string): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return 'undated';
  const parts = clockParts(d, timeZone);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The cycle as a file name says it: its alias, else its title, else its period. */
export interface CycleName {
  alias?: string;
  title?: string;
  periodStart?: string;
  periodEnd?: string;
}

export interface DownloadName {
  /** What the file is: "report", "checklist", "action-plan", "answers", "backup", "region" … */
  kind: string;
  /** The State's name (or code); left out for files of several States. */
  state?: string;
  cycle?: CycleName;
  /**
   * The variant, in words that tell two files of one cycle apart: e.g. ["full"], ["shareable"],
   * ["norms", "13a", "13g"], ["blank"], ["<agency>", "returned"], ["encrypted"].
   */
  variant?: readonly string[];
  /** Local calendar day, "YYYY-MM-DD" (`localDay`). */
  day: string;
  /** Extension without the dot: "pdf", "csv", "json". */
  ext: string;
}

/**
 * The name of every file the app downloads: `nic-<kind>-<state>-<cycle>-<variant…>-<day>.<ext>`,
 * each part a `slug`, empty parts left out. The cycle part is the alias, else the title, else the
 * period; words of it that repeat the State are dropped ("Thailand 2025" of Thailand → "2025").
 */
export function downloadName(name: DownloadName): string {
  const state = name.state ? slug(name.state) : '';
  let cycle = '';
  const c = name.cycle;
  if (c) {
    cycle =
      slug(c.alias ?? '') ||
      slug(c.title ?? '') ||
      slug([c.periodStart, c.periodEnd].filter(Boolean).join(' '));
    if (state && cycle !== state) {
      const words = cycle.split('-');
      const stateWords = state.split('-');
      const at = words.findIndex((_, i) => stateWords.every((w, j) => words[i + j] === w));
      if (at >= 0)
        cycle = [...words.slice(0, at), ...words.slice(at + stateWords.length)].join('-');
    }
    if (cycle === state) cycle = '';
  }
  const parts = [
    'nic',
    slug(name.kind),
    state,
    cycle,
    ...(name.variant ?? []).map((v) => slug(v)),
    name.day,
  ];
  return `${parts.filter(Boolean).join('-')}.${name.ext}`;
}

/** What an assessment is called on screen: its title, and its alias (short name), possibly empty. */
export interface AssessmentNaming {
  title: string;
  alias: string;
}

/**
 * The short name of an assessment (charts, column heads, "since …"): its alias, else its title,
 * trimmed. Never empty when the title is not (the alias is optional, the title is not).
 */
export const shortName = (a: AssessmentNaming): string => a.alias.trim() || a.title.trim();

/**
 * Short names of several assessments shown side by side (the timeline's columns and chart axis),
 * in the given order, told apart: a short name used by more than one of them is replaced by the
 * fuller `assessmentName` ("title (alias)"), and names that are still the same get " (2)", " (3)"
 * in order. A tester saw two timeline columns both headed "2024" for two cycles of the same year.
 */
export function distinctShortNames(list: readonly AssessmentNaming[]): string[] {
  const count = (names: string[]) => {
    const seen = new Map<string, number>();
    for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
    return seen;
  };
  const short = list.map(shortName);
  const shortCount = count(short);
  const named = list.map((a, i) =>
    shortCount.get(short[i]!)! > 1 ? assessmentName(a) : short[i]!,
  );
  const namedCount = count(named);
  const nth = new Map<string, number>();
  return named.map((n) => {
    if (namedCount.get(n)! === 1) return n;
    const k = (nth.get(n) ?? 0) + 1;
    nth.set(n, k);
    return k === 1 ? n : `${n} (${k})`;
  });
}

/**
 * The one way pickers and headings name an assessment: "title (alias)", or the title alone when the
 * alias is empty or only repeats the title, so that no empty "()" ever shows (issue 16).
 */
export function assessmentName(a: AssessmentNaming): string {
  const title = a.title.trim();
  const alias = a.alias.trim();
  if (alias === '' || fold(alias) === fold(title)) return title || alias;
  return title === '' ? alias : `${title} (${alias})`;
}

/**
 * The one way an assessment is named among assessments of several States (export and import
 * screens, Who has answered, Compare's pickers): "<State code> · title (alias)". A title is often
 * the same in every State ("National self-assessment"), so without the State the entries of a full
 * backup of several States cannot be told apart (tester, session 5).
 */
export function assessmentNameWithState(a: AssessmentNaming & { stateCode: string }): string {
  return `${a.stateCode} · ${assessmentName(a)}`;
}

/** A table of the gap report that downloads as CSV or XLSX (report/tables.ts). */
export type ReportTableKind = 'gaps' | 'answers' | 'norms';

/**
 * The file name of a report table (`downloadName`): kind "action-plan", "answers" or
 * "norm-answers"; the answer tables say "shareable" or "full" (the shareable one leaves out notes and
 * names; the gap list is always the same), then "norms" and the norm ids when the report is limited
 * to some norms.
 */
export function reportTableName(table: {
  kind: ReportTableKind;
  ext: 'csv' | 'xlsx';
  state: string;
  cycle: CycleName;
  shareable: boolean;
  normIds: readonly string[] | null;
  day: string;
}): string {
  const variant = table.kind !== 'gaps' ? [table.shareable ? 'shareable' : 'full'] : [];
  if (table.normIds && table.normIds.length > 0) variant.push('norms', ...table.normIds);
  return downloadName({
    kind: { gaps: 'action-plan', answers: 'answers', norms: 'norm-answers' }[table.kind],
    state: table.state,
    cycle: table.cycle,
    variant,
    day: table.day,
    ext: table.ext,
  });
}
