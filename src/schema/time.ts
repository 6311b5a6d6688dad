/**
 * Years and periods.
 *
 * @module
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { messages } from '../messages.js';
import type { Period } from '../plan/types.js';
import { MAX_YEAR, MIN_YEAR } from '../vocabulary.js';
import { branchMessage, expecting, integer, strict } from './primitives.js';

/**
 * A pattern of the four-digit years from `min` to `max`: a whole century as `19\d\d`, the
 * years of a partial one each written out (`2100`).
 */
function yearsPattern(min: number, max: number): string {
  const parts: string[] = [];
  for (let century = Math.floor(min / 100); century <= Math.floor(max / 100); century++) {
    const from = Math.max(min, century * 100);
    const to = Math.min(max, century * 100 + 99);
    if (from === century * 100 && to === century * 100 + 99) parts.push(`${century}\\d\\d`);
    else for (let year = from; year <= to; year++) parts.push(String(year));
  }
  return `(?:${parts.join('|')})`;
}

const YEAR_TEXT = /* @__PURE__ */ yearsPattern(MIN_YEAR, MAX_YEAR);
/** A year from `MIN_YEAR` to `MAX_YEAR` as text. */
const YEAR_STRING = /* @__PURE__ */ new RegExp(`^${YEAR_TEXT}$`);
/** `2015`, `2016-2020` or `2015-16`, years from `MIN_YEAR` to `MAX_YEAR`. */
const PERIOD_STRING = /* @__PURE__ */ new RegExp(`^${YEAR_TEXT}(?:-(?:\\d\\d|${YEAR_TEXT}))?$`);

/**
 * A calendar year: an integer from `MIN_YEAR` to `MAX_YEAR` (1900 to 2100).
 *
 * @example
 * ```ts
 * yearSchema.parse(2015); // → 2015
 * yearSchema.safeParse(2015.5).success; // → false
 * ```
 *
 * @category Schemas
 */
export const yearSchema = integer(MIN_YEAR, MAX_YEAR, messages.expected.year(MIN_YEAR, MAX_YEAR));

/**
 * A year as an object key (`{ "2016": "0.08" }`): the text of a year from `MIN_YEAR` to
 * `MAX_YEAR`, decoded to the number.
 *
 * @example
 * ```ts
 * yearKeySchema.parse('2016'); // → 2016
 * yearKeySchema.safeParse('16').success; // → false
 * ```
 *
 * @category Schemas
 */
export const yearKeySchema = z.codec(
  z.string({ error: expecting(messages.expected.yearKey(MIN_YEAR, MAX_YEAR)) }).check(
    z.regex(YEAR_STRING, { error: expecting(messages.expected.yearKey(MIN_YEAR, MAX_YEAR)) }),
  ),
  z.int(),
  { decode: (key) => Number(key), encode: (year) => String(year) },
);

/** Read `2015`, `'2016-2020'` or `'2015-16'` (already matched by the pattern) as a period. */
function periodFromString(text: string): Period | string {
  const [first, second] = text.split('-');
  const start = Number(first);
  if (second === undefined) return { start, end: start };
  if (second.length === 4) {
    const end = Number(second);
    return end > start ? { start, end } : messages.periodEndNotAfterStart(text);
  }
  const end = start - (start % 100) + Number(second);
  return end > start ? { start, end } : messages.periodShortEnd(text);
}

const periodObjectSchema = strict({ start: yearSchema, end: yearSchema }).check(
  z.superRefine((period, ctx) => {
    if (period.end < period.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: messages.periodReversed(period.start, period.end), input: period.end });
    }
  }),
);

const periodStringSchema = z.string().check(
  z.regex(PERIOD_STRING, { error: expecting(messages.expected.period) }),
  z.superRefine((text, ctx) => {
    const period = periodFromString(text);
    if (typeof period === 'string') ctx.addIssue({ code: 'custom', message: period, input: text });
  }),
);

const periodInputSchema = z.union([yearSchema, periodStringSchema, periodObjectSchema], {
  error: (issue: core.$ZodRawIssue) => {
    // Report the branch that matches the input's type, with its own detailed messages.
    if (issue.code === 'invalid_union') {
      const branch =
        typeof issue.input === 'string' ? issue.errors[1] : typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input) ? issue.errors[2] : undefined;
      const custom = branch?.filter((inner) => inner.code === 'custom' || typeof issue.input === 'object');
      if (custom !== undefined && custom.length > 0) {
        return branchMessage(custom);
      }
    }
    return expecting(messages.expected.period)(issue);
  },
});

/**
 * A period: a year (`2015`, meaning 2015–2015), `'2016-2020'`, `'2015-16'` (a two-digit end
 * in the same century, after the start), or `{ start, end }` (end not before start); years
 * from `MIN_YEAR` to `MAX_YEAR`. Decodes to `{ start, end }`; encodes to `{ start, end }`.
 *
 * @example
 * ```ts
 * periodSchema.parse('2016-2020'); // → { start: 2016, end: 2020 }
 * periodSchema.parse('2015-16'); // → { start: 2015, end: 2016 }
 * periodSchema.parse(2015); // → { start: 2015, end: 2015 }
 * ```
 *
 * @category Schemas
 */
export const periodSchema = z.codec(
  periodInputSchema,
  z.custom<Period>(),
  {
    decode: (input): Period => {
      if (typeof input === 'number') return { start: input, end: input };
      if (typeof input === 'string') return periodFromString(input) as Period;
      return { start: input.start, end: input.end };
    },
    // zod may call this with `undefined` for an absent optional key: pass it through.
    encode: (period) => (period === undefined ? period : { start: period.start, end: period.end }),
  },
);
