/**
 * `npm run report -- <export.json> -o report.pdf [options]`: the gap report PDF from an export file
 * (the `nic-export` format of the Backup screen), written by the same report model and PDF writer as
 * the browser, so that a secretariat can make reports in batch. Pure JavaScript: no native module,
 * no canvas (charts are vector drawings).
 *
 * Options:
 *   -o, --output <file>     where to write the PDF (default: nic-report-<state>-<alias>.pdf)
 *   --assessment <id>       which assessment of the file (default: the first)
 *   --norms 13a,13g         only these norms
 *   --shareable             leave out notes, evidence and names of people
 *   --blank                 empty checklist print (no answers, no scores)
 *   --no-previous           do not compare with an earlier cycle in the file
 *   --csv-gaps <file>       also write the action plan as CSV
 *   --csv-answers <file>    also write every answer as CSV
 *   --lang <tag>            language of the report: its words, figures and dates (default en-GB,
 *                           English with day-month dates); English, en-XA (the pseudo-locale) or
 *                           a language pack given with --lang-pack
 *   --lang-pack <file>      a language pack file (JSON, as the Checklist packs screen installs)
 *   --locale <tag>          older name of --lang
 * An encrypted export is read with the passphrase in the environment variable NIC_PASSPHRASE.
 * The file is read as the browser reads it: UTF-8 with or without a byte-order mark, or UTF-16 with
 * one, then through the same checks (io/readExportFile.ts). A checklist pack version bundled with
 * the tool is always taken from the tool, never from the file (a published version never changes,
 * so a file's differing copy is not that version).
 *
 * Exit code 0 when the PDF is written, 1 with one sentence on stderr otherwise (never a stack
 * trace; NIC_DEBUG=1 prints it for a bug report).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { readExportFile } from '../src/lib/io/readExportFile';
import { decodeFileBytes } from '../src/lib/io/decodeText';
import { bundledPackFor } from '../src/lib/domain/bundledPacks';
import { describeFailure } from '../src/lib/i18n/failures';
import { packKey } from '../src/lib/domain/pack';
import { earlierCycles, pickPreviousCycle } from '../src/lib/domain/cycles';
import { makeReportPdf, withReportTexts } from '../src/lib/report/makeReport';
import { canonicalTag, matchLocale } from '../src/lib/i18n/locales';
import {
  checkLanguagePack,
  registerLanguagePack,
  registerPseudoLocale,
} from '../src/lib/i18n/languagePacks';
import { parseLanguagePack } from '../src/lib/domain/languagePack';
import { loadNodeFonts } from '../src/lib/report/fontsNode';
import { reportInputFrom, type CycleRecords } from '../src/lib/report/reportInput';
import { answerTableCsv, gapListCsv } from '../src/lib/report/csv';
import type { ExportFile } from '../src/lib/schema/exportFile';
import type { Assessment } from '../src/lib/schema/assessment';

class UsageError extends Error {}

const USAGE =
  'usage: npm run report -- <export.json> -o report.pdf [--assessment <id>] [--norms 13a,13g] [--shareable] [--blank] [--no-previous] [--csv-gaps <file>] [--csv-answers <file>] [--lang <tag>] [--lang-pack <file>]';

function cycleOf(file: ExportFile, assessment: Assessment): CycleRecords {
  const key = packKey({ id: assessment.packId, version: assessment.packVersion });
  const pack =
    bundledPackFor(assessment.packId, assessment.packVersion) ??
    file.packs.find((p) => packKey(p) === key);
  if (!pack)
    throw new UsageError(
      `the checklist pack ${assessment.packId} ${assessment.packVersion} of assessment "${assessment.title}" is neither in the file nor bundled with this tool`,
    );
  return {
    assessment,
    pack,
    answers: file.answers.filter((a) => a.assessmentId === assessment.id),
    normAnswers: file.normAnswers.filter((n) => n.assessmentId === assessment.id),
  };
}

async function main(argv: string[]): Promise<void> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        assessment: { type: 'string' },
        norms: { type: 'string' },
        shareable: { type: 'boolean', default: false },
        blank: { type: 'boolean', default: false },
        'no-previous': { type: 'boolean', default: false },
        'csv-gaps': { type: 'string' },
        'csv-answers': { type: 'string' },
        lang: { type: 'string' },
        'lang-pack': { type: 'string' },
        locale: { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = args;
  if (positionals.length !== 1) throw new UsageError(`give exactly one export file\n${USAGE}`);
  const lang = await reportLanguage(values.lang ?? values.locale ?? 'en-GB', values['lang-pack']);
  const path = positionals[0]!;

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UsageError(`${path}: the file could not be read`);
  }
  const decoded = decodeFileBytes(bytes);
  if (!decoded.ok) throw new UsageError(`${path}: is not a text file (it may be damaged)`);
  const text = decoded.value;
  const read = await readExportFile(text, {
    fileName: basename(path),
    ...(process.env.NIC_PASSPHRASE ? { passphrase: process.env.NIC_PASSPHRASE } : {}),
  });
  if (!read.ok) {
    const hint = read.code === 'export.needs-passphrase' ? ' (set NIC_PASSPHRASE to read it)' : '';
    throw new UsageError(`${describeFailure(read)}${hint}`);
  }
  const file = read.value.file;
  if (file.assessments.length === 0) throw new UsageError(`${path}: the file holds no assessment`);

  const assessment = values.assessment
    ? file.assessments.find((a) => a.id === values.assessment)
    : file.assessments[0];
  if (!assessment)
    throw new UsageError(
      `${path}: no assessment ${values.assessment}; the file holds ${file.assessments.map((a) => `${a.id} (${a.title})`).join(', ')}`,
    );
  const state = file.states.find((st) => st.code === assessment.stateCode);
  if (!state) throw new UsageError(`${path}: the State of the assessment is not in the file`);

  const current = cycleOf(file, assessment);
  const normIds = values.norms
    ? values.norms
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
    : null;
  if (normIds) {
    const known = new Set(current.pack.norms.map((n) => n.id));
    const unknown = normIds.filter((n) => !known.has(n));
    if (unknown.length > 0)
      throw new UsageError(
        `--norms: unknown norm ${unknown.join(', ')}; the checklist has ${[...known].join(', ')}`,
      );
  }
  const previousAssessment = values['no-previous']
    ? null
    : pickPreviousCycle(assessment, file.assessments);

  const input = reportInputFrom({
    ...current,
    state,
    previous: previousAssessment ? cycleOf(file, previousAssessment) : null,
    earlier: values['no-previous']
      ? []
      : earlierCycles(assessment, file.assessments).map((a) => cycleOf(file, a)),
    options: { normIds, shareable: values.shareable, blank: values.blank },
    madeAt: new Date().toISOString(),
    locale: lang,
  });
  const worded = await withReportTexts(input);
  const pdf = await makeReportPdf(worded, (files) => loadNodeFonts(files));
  const output = values.output ?? pdf.fileName;
  await writeFile(output, pdf.bytes);
  console.log(`${output}: ${pdf.pages} pages, ${Math.round(pdf.bytes.length / 1024)} kB`);

  if (values['csv-gaps']) {
    await writeFile(values['csv-gaps'], gapListCsv(input.score, normIds, worded.texts), 'utf8');
    console.log(`${values['csv-gaps']}: action plan`);
  }
  if (values['csv-answers']) {
    await writeFile(
      values['csv-answers'],
      answerTableCsv({ ...worded, shareable: values.shareable, normIds }),
      'utf8',
    );
    console.log(`${values['csv-answers']}: all answers`);
  }
}

/**
 * The report language of `--lang`: the pseudo-locale and a `--lang-pack` file are registered
 * first; a tag whose language is not English and not installed is refused (the report would print
 * English words with that language's figures).
 */
async function reportLanguage(tag: string, packFile: string | undefined): Promise<string> {
  const canonical = canonicalTag(tag);
  if (!canonical)
    throw new UsageError(`--lang: "${tag}" is not a language tag (e.g. en, th, en-XA)`);
  registerPseudoLocale();
  if (packFile) {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(packFile, 'utf8'));
    } catch {
      throw new UsageError(`--lang-pack: ${packFile} could not be read as JSON`);
    }
    const parsed = parseLanguagePack(data, basename(packFile));
    const checked = parsed.ok ? checkLanguagePack(parsed.value, basename(packFile)) : parsed;
    if (!checked.ok) throw new UsageError(describeFailure(checked));
    registerLanguagePack(checked.value.pack);
  }
  const matched = matchLocale([canonical]);
  if (new Intl.Locale(matched).language !== new Intl.Locale(canonical).language)
    throw new UsageError(
      `--lang: ${canonical} is not installed here; give its language pack with --lang-pack`,
    );
  // English in a regional form (en-GB, en-US) keeps its tag: dates follow its region.
  return matched === 'en' ? canonical : matched;
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof UsageError) {
    console.error(`report: ${e.message}`);
    process.exit(1);
  }
  // A bug, or input the checks let through: still one sentence, never a stack trace.
  const detail = e instanceof Error ? e.message : String(e);
  console.error(`report: the report could not be made from this file (${detail}).`);
  if (process.env.NIC_DEBUG) console.error(e);
  process.exit(1);
});
