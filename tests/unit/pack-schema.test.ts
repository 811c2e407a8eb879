import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/lib/i18n/failures';
import { checkPackFile } from '../../src/lib/domain/checklistData';
import { parsePack } from '../../src/lib/domain/parsePack';
import {
  makeAction,
  makeFocusArea,
  makeNorm,
  makePack,
  packText,
} from '../fixtures/factories/pack';

const FILE = 'test.json';

/** The failure message for a pack built from overrides; fails the test if the pack passes. */
function problems(overrides: Parameters<typeof makePack>[0]): string {
  const result = checkPackFile(FILE, packText(overrides));
  expect(result.ok).toBe(false);
  return result.ok ? '' : describeFailure(result);
}

describe('pack schema: a valid pack', () => {
  it('accepts the factory pack and fills in defaults', () => {
    const result = parsePack(makePack(), FILE);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.actions).toHaveLength(3);
      expect(result.value.actions[0]?.weight).toBe(1);
    }
  });

  it('defaults the weight to 1 when a file leaves it out', () => {
    const { weight: _weight, ...noWeight } = makeAction();
    const result = parsePack(makePack({ actions: [noWeight] }), FILE);
    expect(result.ok && result.value.actions[0]?.weight).toBe(1);
  });
});

describe('pack schema: duplicate ids', () => {
  it('refuses a duplicate norm id, naming file, path and problem', () => {
    const msg = problems({ norms: [makeNorm(), makeNorm({ letter: 'b' })] });
    expect(msg).toContain('test.json: norm \u206813a\u2069 holds the id "13a" twice');
  });

  it('refuses a duplicate action id', () => {
    const msg = problems({ actions: [makeAction(), makeAction({ text: 'Other' })] });
    expect(msg).toContain(
      'test.json: practical action \u206813a-01\u2069 holds the id "13a-01" twice',
    );
  });

  it('refuses a duplicate focus-area id', () => {
    const msg = problems({ focusAreas: [makeFocusArea(), makeFocusArea({ number: 2 })] });
    expect(msg).toContain('test.json: focus area \u2068rap-1\u2069 holds the id "rap-1" twice');
  });

  it('refuses a duplicate norm question', () => {
    const q = {
      id: 'challenges' as const,
      text: 'Q?',
      source: { label: 'x', kind: 'other' as const },
    };
    const msg = problems({ normQuestions: [q, q] });
    expect(msg).toContain(
      'test.json: norm question \u2068challenges\u2069 holds the id "challenges" twice',
    );
  });
});

describe('pack schema: cross-references', () => {
  it('refuses an action whose norm does not exist', () => {
    const msg = problems({ actions: [makeAction({ normId: '13z' })] });
    expect(msg).toContain(
      'test.json: norm of practical action \u206813a-01\u2069 names an unknown norm "13z"',
    );
  });

  it('refuses an action without a norm', () => {
    const { normId: _normId, ...noNorm } = makeAction();
    const msg = problems({ actions: [noNorm as ReturnType<typeof makeAction>] });
    expect(msg).toMatch(/^test\.json: norm of practical action \u206813a-01\u2069 must be a text/m);
  });

  it('refuses an action without a focus area', () => {
    const msg = problems({ actions: [makeAction({ focusAreaIds: [] })] });
    expect(msg).toContain(
      'test.json: focus areas of practical action \u206813a-01\u2069 must name at least one focus area',
    );
  });

  it('refuses an unknown focus area', () => {
    const msg = problems({ actions: [makeAction({ focusAreaIds: ['rap-1', 'rap-9'] })] });
    expect(msg).toContain(
      'test.json: focus area 2 of practical action \u206813a-01\u2069 names an unknown focus area "rap-9"',
    );
  });

  it('refuses a replacement of an action that is still active', () => {
    const msg = problems({
      actions: [makeAction(), makeAction({ id: '13a-02', replaces: ['13a-01'] })],
    });
    expect(msg).toContain(
      'test.json: replaced practical action 1 of practical action \u206813a-02\u2069 names "13a-01", an active practical action',
    );
  });

  it('accepts a replacement of a retired action', () => {
    const result = parsePack(
      makePack({
        actions: [
          makeAction({ retired: { since: '1.1.0', reason: 'Replaced' } }),
          makeAction({ id: '13a-02', replaces: ['13a-01'] }),
        ],
      }),
      FILE,
    );
    expect(result.ok).toBe(true);
  });
});

describe('pack schema: text and formats', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \t\n '],
  ])('refuses %s action text', (_label, text) => {
    const msg = problems({ actions: [makeAction({ text })] });
    expect(msg).toContain(
      'test.json: text of practical action \u206813a-01\u2069 must not be empty',
    );
  });

  it('refuses an empty official norm text and title', () => {
    const msg = problems({ norms: [makeNorm({ officialText: '   ', title: '' })] });
    expect(msg).toContain('test.json: official text of norm \u206813a\u2069 must not be empty');
    expect(msg).toContain('test.json: title of norm \u206813a\u2069 must not be empty');
  });

  it.each(['1.0', 'v1.0.0', '1.0.0.0', '01.0.0', 'latest'])('refuses version %j', (version) => {
    const msg = problems({ version });
    expect(msg).toContain('test.json: version must be a semantic version such as 1.2.0');
  });

  it.each(['1.0.0', '1.10.0-rc.1', '2.0.0+build.5'])('accepts version %j', (version) => {
    expect(parsePack(makePack({ version }), FILE).ok).toBe(true);
  });

  it('refuses an impossible release date', () => {
    const msg = problems({ releaseDate: '2026-02-30' });
    expect(msg).toContain('test.json: release date is not a real calendar date');
  });

  it('refuses a release date in another format', () => {
    const msg = problems({ releaseDate: '23/11/2026' });
    expect(msg).toContain('test.json: release date must be a date as YYYY-MM-DD');
  });

  it('refuses a non-semver retired.since', () => {
    const msg = problems({
      actions: [makeAction({ retired: { since: 'soon', reason: 'x' } }), makeAction({ id: 'b' })],
    });
    expect(msg).toContain(
      'test.json: version of retirement of practical action \u206813a-01\u2069 must be a semantic version',
    );
  });

  it('refuses unknown fields (strict objects)', () => {
    const msg = problems({ actions: [{ ...makeAction(), colour: 'red' } as never] });
    expect(msg).toMatch(
      /^test\.json: practical action \u206813a-01\u2069 has unknown field "colour"/m,
    );
  });

  it('refuses an id with upper-case letters or spaces', () => {
    const msg = problems({ actions: [makeAction({ id: 'Action 1' })] });
    expect(msg).toContain(
      'test.json: practical action \u2068Action 1\u2069 must be 1–64 lower-case letters',
    );
  });

  it('refuses the wrong pack type', () => {
    const msg = problems({ type: 'something-else' as never });
    expect(msg).toMatch(/^test\.json: file type must /m);
  });
});

describe('pack schema: messages', () => {
  it('reports a file that is not JSON with its name', () => {
    const result = checkPackFile('broken.json', '{ "type": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && describeFailure(result)).toMatch(
      /^broken\.json: the file is damaged or not a file of this app/,
    );
  });

  it('reports a JSON value that is not an object', () => {
    const result = checkPackFile('list.json', '[]');
    expect(result.ok).toBe(false);
    expect(!result.ok && describeFailure(result)).toMatch(
      /^list\.json: the file is not a checklist pack of this tool/,
    );
  });

  it('caps a long list of problems with a count of the rest', () => {
    const actions = Array.from({ length: 15 }, (_, i) =>
      makeAction({ id: `x-${i}`, normId: 'nope' }),
    );
    const msg = problems({ actions });
    expect(msg.split('\n')).toHaveLength(11);
    expect(msg).toContain('…and 5 more problems');
  });
});
