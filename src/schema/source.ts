/**
 * Ids, texts, dates and provenance: the small parts every record of a plan carries.
 *
 * @module
 */
import * as z from 'zod/mini';
import { messages } from '../messages.js';
import { expecting, matching, oneOf, strict, text } from './primitives.js';

/** Letters, digits and `- _ . : /`, starting with a letter or digit, at most 100 characters. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}$/;

/**
 * An id: 1 to 100 letters, digits, `-`, `_`, `.`, `:` or `/`, starting with a letter or a
 * digit (so never `__proto__`).
 *
 * @example
 * ```ts
 * idSchema.parse('industrial-value-added'); // → 'industrial-value-added'
 * idSchema.safeParse('__proto__').success;  // → false
 * ```
 *
 * @category Schemas
 */
export const idSchema = matching(ID_PATTERN, messages.expected.id, 100);

/**
 * A text in English and, where a source gives it, Chinese: `{ en, zh? }`.
 *
 * @example
 * ```ts
 * localizedTextSchema.parse({ en: 'Baotou', zh: '包头' });
 * ```
 *
 * @category Schemas
 */
export const localizedTextSchema = strict({ en: text(), zh: z.exactOptional(text()) });

/** `YYYY-MM-DD`. */
export const dateSchema = matching(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, messages.expected.date);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDateSchema = matching(
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
  messages.expected.partialDate,
);

const reportSourceSchema = strict({
  kind: z.literal('report'),
  section: text(),
  quote: text(),
});

const externalSourceSchema = strict({
  kind: z.literal('external'),
  publication: text(),
  date: z.exactOptional(partialDateSchema),
  confidence: oneOf(['primary', 'secondary']),
  quote: z.exactOptional(text()),
});

const KINDS = ['report', 'external'] as const;

/**
 * Where something comes from: `{ kind: 'report', section, quote }` (a section of the plan's
 * report, `'I.a'` … or `'preamble'`, with the exact words) or `{ kind: 'external',
 * publication, date?, confidence: 'primary' | 'secondary', quote? }`.
 *
 * @example
 * ```ts
 * sourceRefSchema.parse({ kind: 'report', section: 'II.a', quote: 'reach 240 billion yuan' });
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

