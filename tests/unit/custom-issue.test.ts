import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { customIssue } from '../../src/lib/schema/issues';

/** customIssue: the one way a schema's own rule (superRefine) reports an issue kind and an id. */
describe('customIssue', () => {
  const schema = z.array(z.string()).superRefine((list, ctx) => {
    list.forEach((id, i) => {
      if (id === 'twice') customIssue(ctx, [i], 'duplicate-id', id);
      if (id === '') customIssue(ctx, [i], 'not-in-file');
    });
  });

  it('puts the kind in message and the id in params.id', () => {
    const r = schema.safeParse(['twice']);
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([
      expect.objectContaining({
        code: 'custom',
        path: [0],
        message: 'duplicate-id',
        params: { id: 'twice' },
      }),
    ]);
  });

  it('leaves params out when the rule names no id', () => {
    const issue = schema.safeParse(['']).error?.issues[0];
    expect(issue).toMatchObject({ code: 'custom', path: [0], message: 'not-in-file' });
    expect(issue && 'params' in issue ? issue.params : undefined).toBeUndefined();
  });
});
