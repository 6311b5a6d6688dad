/**
 * Ids, texts, dates and provenance: the small parts every record of a plan carries.
 *
 * @module
 */
import * as z from 'zod/mini';
import { messages } from '../messages.js';
import { CONFIDENCES, ID_PATTERN, MAX_ID_LENGTH } from '../vocabulary.js';
import { expecting, matching, oneOf, strict, text, whole } from './primitives.js';

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
export const dateSchema = matching(/* @__PURE__ */ whole('[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])'), messages.expected.date);

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
  /* @__PURE__ */ whole('[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?'),
  messages.expected.partialDate,
);

/**
 * What a web address may not hold: control characters and every white space that ECMAScript's
 * or Python's `\s` knows, written out so that both read the same class.
 */
const NOT_IN_URL = '\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

/** A web address as a source gives it: `https://…` or `http://…`, no white space or control character. */
const urlSchema = matching(/* @__PURE__ */ whole(`https?://[^/${NOT_IN_URL}]+[^${NOT_IN_URL}]*`), messages.expected.url);

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
