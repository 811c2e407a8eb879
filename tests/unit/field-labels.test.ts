/**
 * Issue 17 (zod issues are mapped to messages, never shown raw): a refusal names a place in a file
 * or record in words ("revision of practical action 13a-1"), never as a code path
 * ("answers[0].rev"). The labels are a closed set: this test walks the shapes of every schema a
 * file or record is read with and fails when a key has no label (a list key no entry label).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as exportFile from '../../src/lib/schema/exportFile';
import * as pack from '../../src/lib/schema/pack';
import * as languagePack from '../../src/lib/schema/languagePack';
import * as assessment from '../../src/lib/schema/assessment';
import * as assignments from '../../src/lib/schema/assignments';
import * as coordination from '../../src/lib/schema/coordination';
import * as draft from '../../src/lib/schema/draft';
import { fieldLabels } from '../../src/lib/i18n/en/failures';
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describeFailure, describePath } from '../../src/lib/i18n/failures';
import { exportFileSchema } from '../../src/lib/schema/exportFile';
import { readExportFile } from '../../src/lib/io/readExportFile';
import { exportChecksum } from '../../src/lib/domain/checksum';
import { createAssessment } from '../../src/lib/storage/assessments';
import { db } from '../../src/lib/storage/db';
import { parsePack } from '../../src/lib/domain/parsePack';
import { parseLanguagePack } from '../../src/lib/domain/languagePack';
import { makePack } from '../fixtures/factories/pack';

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $defs?: Record<string, JsonSchema>;
};

/** Every object key, list key and keyed-group key of a schema (through unions, lists, pipes). */
function keysOf(schema: z.ZodType) {
  const fields = new Set<string>();
  const lists = new Set<string>();
  const keyed = new Set<string>();
  const seen = new Set<JsonSchema>();
  const walk = (s: JsonSchema | boolean | undefined, key: string | undefined) => {
    if (typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    for (const [k, v] of Object.entries(s.properties ?? {})) {
      fields.add(k);
      walk(v, k);
    }
    if (typeof s.additionalProperties === 'object' && key !== undefined) {
      keyed.add(key);
      walk(s.additionalProperties, undefined);
    }
    if (s.items !== undefined || s.prefixItems !== undefined) {
      if (key !== undefined) lists.add(key);
      walk(s.items, undefined);
      for (const x of s.prefixItems ?? []) walk(x, undefined);
    }
    for (const x of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(x, key);
    for (const x of Object.values(s.$defs ?? {})) walk(x, undefined);
  };
  walk(
    z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref' }) as JsonSchema,
    undefined,
  );
  return { fields, lists, keyed };
}

/** The schemas files and stored records are read with: export files, packs, language packs, records. */
const schemas: [string, z.ZodType][] = [];
for (const [name, value] of Object.entries({
  ...exportFile,
  ...pack,
  ...languagePack,
  ...assessment,
  ...assignments,
  ...coordination,
  ...draft,
}) as [string, unknown][])
  if (value instanceof z.ZodType) schemas.push([name, value]);

describe('field labels (issue 17): a refusal never shows a code path', () => {
  it('walks enough schemas to matter', () => {
    expect(schemas.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'exportFileSchema',
        'packSchema',
        'languagePackSchema',
        'answerSchema',
        'assignmentsSchema',
      ]),
    );
    const keys = keysOf(exportFileSchema);
    expect([...keys.lists]).toEqual(
      expect.arrayContaining(['answers', 'replaces', 'links', 'people']),
    );
    expect([...keys.fields]).toEqual(expect.arrayContaining(['rev', 'title', 'focusAreaMapping']));
    expect([...keysOf(languagePack.languagePackSchema).keyed]).toContain('messages');
  });

  it('has a label for every key of the export-file, pack, language-pack and record schemas', () => {
    const missing = {
      fields: new Set<string>(),
      lists: new Set<string>(),
      keyed: new Set<string>(),
    };
    for (const [, schema] of schemas) {
      const keys = keysOf(schema);
      for (const k of keys.fields) if (!Object.hasOwn(fieldLabels.fields, k)) missing.fields.add(k);
      for (const k of keys.lists) if (!Object.hasOwn(fieldLabels.entries, k)) missing.lists.add(k);
      for (const k of keys.keyed) if (!Object.hasOwn(fieldLabels.keyed, k)) missing.keyed.add(k);
    }
    expect({
      fields: [...missing.fields].sort(),
      lists: [...missing.lists].sort(),
      keyed: [...missing.keyed].sort(),
    }).toEqual({ fields: [], lists: [], keyed: [] });
  });

  it('labels only keys that exist (apart from the stored records named as a whole)', () => {
    const all = new Set<string>();
    for (const [, schema] of schemas) for (const k of keysOf(schema).fields) all.add(k);
    expect(Object.keys(fieldLabels.fields).filter((k) => !all.has(k))).toEqual([
      'agencyAssignments',
      'assessment',
      'state',
    ]);
  });
});

/** A backup edited by hand (a hostile file): the change, then a checksum that matches again. */
async function hostile(change: (data: Record<string, unknown>) => void): Promise<string> {
  const data = JSON.parse(readFileSync('tests/fixtures/exports/export-v5.json', 'utf8')) as Record<
    string,
    unknown
  >;
  change(data);
  data.checksum = { algorithm: 'SHA-256', value: await exportChecksum(data) };
  return JSON.stringify(data);
}

async function refusal(text: string): Promise<string> {
  const read = await readExportFile(text, { fileName: 'backup.json' });
  expect(read.ok).toBe(false);
  return read.ok ? '' : describeFailure(read);
}

/**
 * A code path as testers saw it, after the file's name: a key with `[n]` ("answers[0]"), dotted
 * keys ("retired.since"), a camelCase key ("leadAgency"), or a field name then a colon ("title:").
 */
const CODE_PATH = /\w\[\d+\]|\w\.\w|\b[a-z]+[A-Z]\w*|^\w+:/m;
const withoutSource = (line: string) => line.replace(/^[\w.-]+\.json: /gm, '');

describe('refusals name places in words (the examples of issue 17)', () => {
  it('a hostile backup: "answers[0].rev: must be a number" names the practical action and the revision', async () => {
    const message = await refusal(
      await hostile((d) => {
        (d.answers as Record<string, unknown>[])[0]!.rev = 'two';
      }),
    );
    expect(message).toBe(
      'backup.json: internal revision number of practical action \u206813a-01\u2069 must be a number',
    );
    expect(withoutSource(message)).not.toMatch(CODE_PATH);
  });

  it('an entry without an id is named by its position, counted from 1', async () => {
    const message = await refusal(
      await hostile((d) => {
        const answer = (d.answers as Record<string, unknown>[])[1]!;
        delete answer.itemId;
      }),
    );
    expect(message).toMatch(/^backup\.json: practical action of answer 2 must be a text$/m);
  });

  it('an unknown key of a newer file is named generically, never by its camelCase key', async () => {
    const message = await refusal(
      await hostile((d) => {
        (d.answers as Record<string, unknown>[])[0]!.evidence = {
          text: '',
          links: [],
          futureField: 1,
        };
      }),
    );
    expect(message).toContain(
      'evidence of practical action \u206813a-01\u2069 has unknown field "futureField"',
    );
    expect(describePath(['answers', 0, 'someNewKey'])).toBe('a field of answer 1');
  });

  it('the top level is "the file"', async () => {
    const message = await refusal(
      await hostile((d) => {
        d.surplus = true;
      }),
    );
    expect(message).toBe('backup.json: the file has unknown field "surplus"');
  });

  it('a record refused by the details form: "assessment: title: is longer than 200 characters" is a sentence', async () => {
    await db.open();
    const pack = parsePack(makePack(), 'test');
    if (!pack.ok) throw new Error('pack');
    const created = await createAssessment(
      {
        stateCode: 'SG',
        title: 'T'.repeat(201),
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        leadAgency: 'CSA',
        people: [],
        alias: '',
      },
      pack.value,
      'Lan',
    );
    await db.delete();
    expect(created.ok).toBe(false);
    const message = created.ok ? '' : describeFailure(created);
    expect(message).toBe('Title of the assessment is longer than 200 characters');
    expect(withoutSource(message)).not.toMatch(CODE_PATH);
  });

  it('a pack names its records by id and keyed translations by key', () => {
    const data = makePack();
    (data.actions[0] as Record<string, unknown>).focusAreaIds = ['rap-9'];
    const refused = parsePack(data, 'nic.json');
    expect(refused.ok).toBe(false);
    const message = refused.ok ? '' : describeFailure(refused);
    expect(message).toMatch(
      /^nic\.json: focus area 1 of practical action \u2068[^\u2069]+\u2069 names an unknown focus area "rap-9"$/m,
    );
    expect(describePath(['translations', 0, 'norms', '13a', 'title'])).toBe(
      'title of norm \u206813a\u2069 of translation 1',
    );
  });

  it('a language pack names a message by its dotted key', () => {
    const refused = parseLanguagePack(
      {
        type: 'nic-language-pack',
        version: 1,
        tag: 'th',
        name: 'ไทย',
        dir: 'ltr',
        translator: { name: 'A', date: '2026-01-01' },
        messages: { workspace: { title: 'x'.repeat(4001) } },
      },
      'th.json',
    );
    expect(refused.ok).toBe(false);
    const message = refused.ok ? '' : describeFailure(refused);
    expect(message).toContain('th.json: The message \u2068workspace.title\u2069 is longer than');
    expect(withoutSource(message).replace('\u2068workspace.title\u2069', '')).not.toMatch(
      CODE_PATH,
    );
  });
});
