import type { Answer, Assessment, NormAnswer, StateProfile } from '../../src/lib/schema/assessment';
import { IMPLEMENTATION_STATUSES } from '../../src/lib/schema/assessment';
import { bundledPack } from '../../src/lib/domain/bundledPack';
import { activeActions } from '../../src/lib/domain/pack';
import { scoreAssessment } from '../../src/lib/domain/scoring';
import type { ReportInput } from '../../src/lib/report/reportModel';
import type { FontProvider } from '../../src/lib/report/pdfWriter';
import { makeReportPdf } from '../../src/lib/report/makeReport';

/**
 * A worst-case-sized report for measurements (`npm run bench`) and the size tests: every action of
 * the bundled pack answered, each with long notes and evidence in Latin, Vietnamese and Thai, and
 * every norm with challenges and capacity needs. Deterministic: no clock, no randomness.
 */

const ID = '00000000-0000-4000-8000-00000000b001';
const AT = '2026-06-30T08:00:00.000Z';

const PARAGRAPH =
  'The national cybersecurity agency coordinates with the ministry of foreign affairs and the sector regulators; Đánh giá mức độ triển khai chuẩn mực; การประเมินตนเองด้านความมั่นคงปลอดภัยไซเบอร์. ';

/** Latin notes only: the realistic report of most Member States. */
export const LATIN_PARAGRAPH =
  'The national cybersecurity agency coordinates with the ministry of foreign affairs and the sector regulators; the plan was reviewed by the inter-agency committee in March. ';

/** Notes in five scripts (Thai, Khmer, Lao, Burmese, Jawi) beside English. */
export const FIVE_SCRIPTS_PARAGRAPH =
  'The agency coordinates with the ministry; การประเมินตนเองด้านความมั่นคงปลอดภัยไซเบอร์ ความเสี่ยง; សន្តិសុខអ៊ីនធឺណិត ព្រះរាជាណាចក្រកម្ពុជា; ຄວາມປອດໄພທາງໄຊເບີ ສປປ ລາວ; ဆိုက်ဘာလုံခြုံရေး မြန်မာနိုင်ငံ; کسلامتن سايبر مليسيا. ';

export function fullReportInput(noteParagraphs = 6, paragraph = PARAGRAPH): ReportInput {
  const pack = bundledPack;
  const assessment: Assessment = {
    id: ID,
    stateCode: 'VN',
    title: 'National self-assessment 2026',
    summary: '',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    packId: pack.id,
    packVersion: pack.version,
    leadAgency: 'National Cyber Security Centre',
    people: ['Nguyễn Văn An', 'Somchai Prasert'],
    status: 'final',
    alias: '2026',
    createdAt: AT,
    updatedAt: AT,
  };
  const state: StateProfile = { code: 'VN', name: 'Viet Nam', asean: true, createdAt: AT };
  const notes = paragraph.repeat(noteParagraphs).trim();
  const answers: Answer[] = activeActions(pack).map((action, i) => ({
    assessmentId: ID,
    itemId: action.id,
    status: IMPLEMENTATION_STATUSES[i % IMPLEMENTATION_STATUSES.length],
    targetStatus: 'fully',
    evidence: { text: notes, links: ['https://example.gov/evidence'], date: '2026-05-01' },
    leadAgency: 'Ministry of Information and Communications',
    targetDate: '2027-06-30',
    priority: (['high', 'medium', 'low'] as const)[i % 3],
    notes,
    markedForReview: false,
    reviewed: true,
    carried: false,
    rev: 1,
    updatedAt: AT,
    updatedBy: 'bench',
  }));
  const normAnswers: NormAnswer[] = pack.norms.map((n) => ({
    assessmentId: ID,
    normId: n.id,
    challenges: notes,
    capacityNeeds: notes,
    measuresTaken: notes,
    carried: false,
    rev: 1,
    updatedAt: AT,
    updatedBy: 'bench',
  }));
  const score = scoreAssessment({ pack, answers, normAnswers });
  return {
    pack,
    state,
    assessment,
    answers,
    normAnswers,
    score,
    madeAt: AT,
    locale: 'en-GB',
    timeZone: 'UTC',
  };
}

/** Builds the full report PDF once and says how long it took and how big it is. */
export async function buildFullReportPdf(
  loadFonts: FontProvider,
  noteParagraphs = 6,
  paragraph = PARAGRAPH,
): Promise<{ ms: number; bytes: number; pages: number }> {
  const input = fullReportInput(noteParagraphs, paragraph);
  const start = performance.now();
  const pdf = await makeReportPdf(input, loadFonts);
  return { ms: performance.now() - start, bytes: pdf.bytes.length, pages: pdf.pages };
}
