/**
 * Session 5, fixcoord fault 1 (tester F): the coordinator merged an agency's full backup
 * (full-mfa2.json) into the stored assessment, and "Part sent" for Foreign Affairs moved from 14:14
 * (the coordinator's send) to 14:18 (the agency's own export of its return, "sentBy": "Farid
 * (MFA)"). A device's record of what it sent is its own: a backup's log never replaces it.
 */
import { describe, expect, it } from 'vitest';
import { joinedCoordination } from '../../src/lib/domain/coordination';
import type { Coordination } from '../../src/lib/schema/coordination';
import { TEST_ASSESSMENT_ID } from '../fixtures/factories/answers';

const MFA = 'Ministry of Foreign Affairs';
const scope = { agency: MFA, normIds: ['13a', '13b', '13e'], normAnswerIds: ['13a', '13e'] };

const log = (sent: Coordination['sent']): Coordination => ({
  type: 'nic-coordination',
  version: 1,
  assessmentId: TEST_ASSESSMENT_ID,
  sent,
  received: [],
});

// The coordinator's device: the part sent to Foreign Affairs at 14:14.
const coordinators = log([
  {
    scope,
    sentAt: '2026-11-30T14:14:54.210Z',
    sentBy: 'Coordinator',
    answers: [],
    normAnswers: [],
  },
]);
// The agency's full backup: its own export of the return, at 14:18, plus a part for an agency
// the coordinator's device has no record of.
const agencys = log([
  {
    scope,
    sentAt: '2026-11-30T14:18:22.322Z',
    sentBy: 'Farid (MFA)',
    answers: [],
    normAnswers: [],
  },
  {
    scope: { agency: 'Royal Malaysia Police', normIds: ['13c'], normAnswerIds: [] },
    sentAt: '2026-11-30T14:16:00.000Z',
    sentBy: 'Farid (MFA)',
    answers: [],
    normAnswers: [],
  },
]);

describe("joining a backup's log of parts keeps this device's parts sent", () => {
  it("the agency's later export never replaces the coordinator's part sent (tester's sequence)", () => {
    const joined = joinedCoordination(coordinators, agencys);
    expect(joined.sent.map((s) => [s.scope.agency, s.sentAt, s.sentBy])).toEqual([
      [MFA, '2026-11-30T14:14:54.210Z', 'Coordinator'],
      ['Royal Malaysia Police', '2026-11-30T14:16:00.000Z', 'Farid (MFA)'],
    ]);
  });

  it('a stored part sent stays even when it is older than the backup one', () => {
    const joined = joinedCoordination(coordinators, agencys);
    expect(joined.sent.find((s) => s.scope.agency === MFA)?.sentBy).toBe('Coordinator');
  });

  it('with nothing stored, the backup log is taken as it is', () => {
    expect(joinedCoordination(undefined, agencys)).toEqual(agencys);
  });
});
