/**
 * Years and periods.
 *
 * @module
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { messages } from '../messages.js';
import { YEAR_MONTH_PATTERN, YEAR_MONTH_TEXT, isMonthPeriod, type MonthPeriod, type Period, type YearMonth } from '../period.js';
import { MAX_YEAR, MIN_YEAR } from '../vocabulary.js';
import { isObject } from '../read.js';
import { branchMessage, expecting, integer, matching, strict, whole } from './primitives.js';

/**
 * A pattern of the four-digit years from `min` to `max`: a whole century as `19[0-9][0-9]`, the
 * years of a partial one each written out (`2100`).
 */
function yearsPattern(min: number, max: number): string {
  const parts: string[] = [];
  for (let century = Math.floor(min / 100); century <= Math.floor(max / 100); century++) {
    const from = Math.max(min, century * 100);
    const to = Math.min(max, century * 100 + 99);
    if (from === century * 100 && to === century * 100 + 99) parts.push(`${century}[0-9][0-9]`);
    else for (let year = from; year <= to; year++) parts.push(String(year));
  }
  return `(?:${parts.join('|')})`;
}

const YEAR_TEXT = /* @__PURE__ */ yearsPattern(MIN_YEAR, MAX_YEAR);
/** A year from `MIN_YEAR` to `MAX_YEAR` as text. */
const YEAR_STRING = /* @__PURE__ */ whole(YEAR_TEXT);
/** `2015`, `2016-2020` or `2015-16`, years from `MIN_YEAR` to `MAX_YEAR`. */
const PERIOD_STRING = /* @__PURE__ */ whole(`${YEAR_TEXT}(?:-(?:[0-9][0-9]|${YEAR_TEXT}))?`);

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
  z.regex(PERIOD_STRING, { error: expecting(messages.expected.period), abort: true }),
  z.superRefine((text, ctx) => {
    const period = periodFromString(text);
    if (typeof period === 'string') ctx.addIssue({ code: 'custom', message: period, input: text });
  }),
);

/**
 * A union of period forms whose error reports the branch the input meant (chosen by
 * `branchOf`), with its own detailed messages: every issue of an object branch, the custom
 * ones (a reversed period …) of a string branch; otherwise "expected `what`, got …".
 */
function periodUnion<const T extends readonly [core.SomeType, ...core.SomeType[]]>(
  options: T,
  what: string,
  branchOf: (input: unknown) => number | undefined,
) {
  return z.union(options, {
    error: (issue: core.$ZodRawIssue) => {
      if (issue.code === 'invalid_union') {
        const index = branchOf(issue.input);
        const branch = index === undefined ? undefined : issue.errors[index];
        const detailed = branch?.filter((inner) => inner.code === 'custom' || isObject(issue.input));
        if (detailed !== undefined && detailed.length > 0) return branchMessage(detailed);
      }
      return expecting(what)(issue);
    },
  });
}

/** Which form a period input meant: 0 a year, 1 a string, 2 an object of years (see {@link periodInputSchema}). */
const yearBranch = (input: unknown): number | undefined => (typeof input === 'string' ? 1 : isObject(input) ? 2 : undefined);

const periodInputSchema = periodUnion([yearSchema, periodStringSchema, periodObjectSchema], messages.expected.period, yearBranch);

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

/** `'YYYY-MM/YYYY-MM'`: a span of months as an ISO 8601 interval. */
const MONTH_INTERVAL = /* @__PURE__ */ whole(`${YEAR_MONTH_TEXT}/${YEAR_MONTH_TEXT}`);

const yearMonthSchema = matching(YEAR_MONTH_PATTERN, messages.expected.yearMonth);

/** A reversed span of months, as an issue of `ctx` (at `path`). */
function checkMonthOrder(start: string, end: string, ctx: core.$RefinementCtx, path: (string | number)[], input: unknown): void {
  if (end < start) ctx.addIssue({ code: 'custom', path, message: messages.monthPeriodReversed(start, end), input });
}

const monthObjectSchema = strict({ start: yearMonthSchema, end: yearMonthSchema }).check(
  z.superRefine((period, ctx) => checkMonthOrder(period.start, period.end, ctx, ['end'], period.end)),
);

const monthStringSchema = z.string().check(
  z.regex(MONTH_INTERVAL, { error: expecting(messages.expected.observationPeriod), abort: true }),
  z.superRefine((text, ctx) => {
    const [start = '', end = ''] = text.split('/');
    checkMonthOrder(start, end, ctx, [], text);
  }),
);

/** Which form an observation's period meant: a month interval string, an object of months, or a form of years. */
function observationBranch(input: unknown): number | undefined {
  if (typeof input === 'string') return input.includes('/') ? 3 : 1;
  if (isObject(input)) return typeof input.start === 'string' || typeof input.end === 'string' ? 4 : 2;
  return undefined;
}

const observationPeriodInputSchema = periodUnion(
  [yearSchema, periodStringSchema, periodObjectSchema, monthStringSchema, monthObjectSchema],
  messages.expected.observationPeriod,
  observationBranch,
);

/**
 * The period of an observation: every form of {@link periodSchema} (years), or a span of
 * months: `{ start: 'YYYY-MM', end: 'YYYY-MM' }` or the ISO 8601 interval `'YYYY-MM/YYYY-MM'`
 * (January–September 2019 is `'2019-01/2019-09'`), the end not before the start. Decodes to
 * `{ start, end }` (numbers for years, `'YYYY-MM'` strings for months); encodes to the same.
 *
 * @example
 * ```ts
 * observationPeriodSchema.parse('2019-01/2019-09'); // → { start: '2019-01', end: '2019-09' }
 * observationPeriodSchema.parse('2018-2021'); // → { start: 2018, end: 2021 }
 * observationPeriodSchema.safeParse({ start: '2019-09', end: '2019-01' }).success; // → false
 * ```
 *
 * @category Schemas
 */
export const observationPeriodSchema = z.codec(observationPeriodInputSchema, z.custom<Period | MonthPeriod>(), {
  decode: (input): Period | MonthPeriod => {
    if (typeof input === 'number') return { start: input, end: input };
    if (typeof input === 'string') {
      if (!input.includes('/')) return periodFromString(input) as Period;
      const [start, end] = input.split('/') as [YearMonth, YearMonth];
      return { start, end };
    }
    return { start: input.start, end: input.end } as Period | MonthPeriod;
  },
  // zod may call this with `undefined` for an absent optional key: pass it through.
  encode: (period) => {
    if (period === undefined) return period;
    return isMonthPeriod(period) ? { start: period.start, end: period.end } : { start: period.start, end: period.end };
  },
});
