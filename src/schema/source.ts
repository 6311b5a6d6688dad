/**
 * Ids, texts, dates and provenance: the small parts every record of a plan carries.
 *
 * @module
 */
import * as z from 'zod/mini';
import { messages } from '../messages.js';
import { CONFIDENCES, MAX_ID_LENGTH } from '../vocabulary.js';
import { expecting, matching, oneOf, strict, text } from './primitives.js';

/**
 * What an id may be: letters, digits and `- _ . : /`, starting with a letter or digit, at
 * most `MAX_ID_LENGTH` (100) characters.
 *
 * @example
 * ```ts
 * ID_PATTERN.test('industrial-value-added'); // → true
 * ID_PATTERN.test('__proto__'); // → false
 * ```
 *
 * @category Schemas
 */
export const ID_PATTERN = /* @__PURE__ */ new RegExp(`^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,${MAX_ID_LENGTH - 1}}$`);

/**
 * An id: 1 to 100 letters, digits, `-`, `_`, `.`, `:` or `/`, starting with a letter or a
 * digit (so never `__proto__`).
 *
 * @example
 * ```ts
 * idSchema.parse('industrial-value-added'); // → 'industrial-value-added'
 * idSchema.safeParse('__proto__').success; // → false
 * ```
 *
 * @category Schemas
 */
export const idSchema = matching(ID_PATTERN, messages.expected.id(MAX_ID_LENGTH), MAX_ID_LENGTH);

/**
 * A text in English and, where a source gives it, Chinese: `{ en, zh? }`.
 *
 * @example
 * ```ts
 * localizedTextSchema.parse({ en: 'Baotou', zh: '包头' }); // → { en: 'Baotou', zh: '包头' }
 * ```
 *
 * @category Schemas
 */
export const localizedTextSchema = strict({ en: text(), zh: z.exactOptional(text()) });

/**
 * A calendar date, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * dateSchema.parse('2016-03-22'); // → '2016-03-22'
 * dateSchema.safeParse('2016-3-22').success; // → false
 * ```
 *
 * @category Schemas
 */
export const dateSchema = matching(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, messages.expected.date);

/**
 * A date known to the year, the month or the day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * partialDateSchema.parse('2019'); // → '2019'
 * partialDateSchema.parse('2022-02'); // → '2022-02'
 * ```
 *
 * @category Schemas
 */
export const partialDateSchema = matching(
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
  messages.expected.partialDate,
);

/** A web address as a source gives it: `https://…` or `http://…`, no white space. */
const urlSchema = matching(/^https?:\/\/[^\s/]+\S*$/, messages.expected.url);

const reportSourceSchema = strict({
  kind: z.literal('report'),
  section: text(),
  quote: text(),
});

const externalSourceSchema = strict({
  kind: z.literal('external'),
  publication: text(),
  date: z.exactOptional(partialDateSchema),
  url: z.exactOptional(urlSchema),
  confidence: oneOf(CONFIDENCES),
  quote: z.exactOptional(text()),
});

const KINDS = ['report', 'external'] as const;

/**
 * Where something comes from: `{ kind: 'report', section, quote }` (a section of the plan's
 * report, `'I.a'` … or `'preamble'`, with the exact words) or `{ kind: 'external',
 * publication, date?, url?, confidence: 'primary' | 'secondary', quote? }` (`url`: the
 * address of the copy that was read).
 *
 * @example
 * ```ts
 * sourceRefSchema.parse({ kind: 'report', section: 'II.a', quote: 'reach 240 billion yuan' }).section; // → 'II.a'
 * sourceRefSchema.safeParse({ kind: 'external', publication: 'China Daily', confidence: 'likely' }).success; // → false
 * ```
 *
 * @category Schemas
 */
export const sourceRefSchema = z.discriminatedUnion('kind', [reportSourceSchema, externalSourceSchema], {
  error: (issue) => {
    if (issue.code === 'invalid_union') {
      const input = issue.input as { kind?: unknown } | undefined;
      return expecting(messages.expected.oneOf(KINDS))({ ...issue, input: input?.kind });
    }
    return expecting(messages.expected.sourceRef)(issue);
  },
});
