/**
 * How a refusal of a language pack finds a message by its dotted key: English's message (its ICU
 * pattern and a short plain excerpt of it) or a group of messages. ./locales.ts sets the lookup
 * when English's catalogue loads; ./failures.ts reads it. A module of its own (no imports), since
 * those two import each other: before the catalogue is loaded a message is named by its key only.
 */

/** What a message key of English is: a message (its plain excerpt), a group, or nothing. */
export type EnglishMessageOf = (key: string) => { excerpt: string } | 'group' | undefined;

const lookup: { of: EnglishMessageOf } = { of: () => undefined };

/** Sets how English's messages are found by key (./locales.ts, once). */
export function setEnglishMessageLookup(of: EnglishMessageOf): void {
  lookup.of = of;
}

/** English's message (or group) under a dotted key ("workspace.save"), if English has one. */
export function englishMessageOf(key: string): ReturnType<EnglishMessageOf> {
  return lookup.of(key);
}
