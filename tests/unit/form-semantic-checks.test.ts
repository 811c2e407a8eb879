import { describe, expect, it } from 'vitest';
import { blankAnswer, checkAnswerPatch, normaliseLink } from '../../src/lib/domain/answers';
import { applyDetails } from '../../src/lib/domain/assessmentDetails';
import { makeAssessment, TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';

// Issue 12: the forms apply the same semantic checks as imports (domain/importChecks.ts).
const ZWSP = '\u200B\u200B\u2060';
const AT = '2026-02-01T10:00:00.000Z';

describe('form rules match the import checks', () => {
  it('refuses an N/A justification made only of zero-width spaces', () => {
    const r = checkAnswerPatch(blankAnswer(TEST_ASSESSMENT_ID, '13a-01'), {
      status: 'not-applicable',
      naJustification: ZWSP,
    });
    expect(r.refused.map((p) => p.code)).toContain('answer.na-needs-justification');
    expect(r.accepted).not.toHaveProperty('status');
  });

  it('refuses an assessment title and names that show nothing', () => {
    const r = applyDetails(
      makeAssessment(),
      {
        title: ZWSP,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        leadAgency: ZWSP,
        people: [],
        alias: '',
        summary: '',
      },
      AT,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.title).toEqual({ code: 'required' });
      expect(r.leadAgency).toEqual({ code: 'invalid' });
    }
  });

  it('keeps a visible title', () => {
    const r = applyDetails(
      makeAssessment(),
      {
        title: 'Cycle 2026',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        leadAgency: '',
        people: [],
        alias: '',
        summary: '',
      },
      AT,
    );
    expect(r.ok).toBe(true);
  });

  it('accepts only http(s) evidence links', () => {
    expect(normaliseLink('javascript:alert(1)')).toBeNull();
    expect(normaliseLink('ftp://example.org/x')).toBeNull();
    expect(normaliseLink('example.org/x')).toBe('https://example.org/x');
    const r = checkAnswerPatch(blankAnswer(TEST_ASSESSMENT_ID, '13a-01'), {
      evidence: { text: '', links: ['data:text/html,x', 'https://example.org'] },
    });
    expect(r.refused.map((p) => p.code)).toEqual(['evidence.bad-links']);
  });
});
