import { z } from 'zod';
import { isoDateSchema } from './pack';
import { hasVisibleText } from './text';

/**
 * A language pack (issue 17): the words of the app in one language, as a JSON file a translator
 * writes and a user installs on the Checklist packs screen, so that a translation needs no release.
 * `messages` is any subset of English's message tree (src/lib/i18n/en), each message an ICU
 * MessageFormat string; a key left out is shown in English. Which keys exist, whether a message
 * parses and whether it uses only English's placeholders is checked against English at install
 * (src/lib/i18n/languagePacks.ts), not here: this schema is the file's shape.
 */
export const LANGUAGE_PACK_TYPE = 'nic-language-pack';
export const LANGUAGE_PACK_VERSION = 1;

export const LANGUAGE_PACK_LIMITS = {
  shortText: 200,
  /** One message (the longest English message is under 1 000 characters). */
  message: 4000,
  /** Namespaces nest a few levels deep (failures.issues.…). */
  depth: 6,
  messages: 5000,
} as const;

/** A name people read (the language's, the translator's): something visible, not only U+200B. */
const shortText = z
  .string()
  .trim()
  .min(1, 'empty')
  .max(LANGUAGE_PACK_LIMITS.shortText)
  .refine(hasVisibleText, 'invisible');

/** Namespaces of messages: a message is an ICU string, a namespace an object of them. */
export type MessageTree = { [key: string]: string | MessageTree };

const messageTree = (depth: number): z.ZodType<MessageTree> =>
  z.record(
    // Empty allowed: templates downloaded before workspace.navNotice lost its "" key carry it (a
    // retired key, src/lib/i18n/retired.ts); any other empty key is refused as unknown at install.
    z.string().regex(/^[A-Za-z0-9_.-]{0,80}$/, 'id-format'),
    depth <= 1
      ? z.string().max(LANGUAGE_PACK_LIMITS.message)
      : z.union([
          z.string().max(LANGUAGE_PACK_LIMITS.message),
          z.lazy(() => messageTree(depth - 1)),
        ]),
  );

export const languagePackSchema = z.strictObject({
  type: z.literal(LANGUAGE_PACK_TYPE),
  version: z.literal(LANGUAGE_PACK_VERSION),
  /** BCP 47 tag of the language ("th", "vi", "fil", "zh-Hans"). */
  tag: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language-tag'),
  /** The language's own name, as the language chooser lists it ("ไทย", "Tiếng Việt"). */
  name: shortText,
  dir: z.enum(['ltr', 'rtl']),
  /** Who translated (a language pack must say), and when. */
  translator: z.strictObject({
    name: shortText,
    organisation: shortText.optional(),
    date: isoDateSchema,
  }),
  /** Digits and calendar for figures in text of this language; default Latin digits, Gregorian. */
  numberingSystem: z
    .string()
    .regex(/^[a-z]{3,8}$/, 'id-format')
    .optional(),
  calendar: z
    .string()
    .regex(/^[a-z-]{3,20}$/, 'id-format')
    .optional(),
  messages: messageTree(LANGUAGE_PACK_LIMITS.depth),
});

export type LanguagePack = z.infer<typeof languagePackSchema>;
