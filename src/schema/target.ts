/**
 * Targets and their comparators.
 *
 * @module
 */
import * as z from 'zod/mini';
import { messages } from '../messages.js';
import { wordingMismatch } from '../plan/integrity.js';
import { COMPARATORS, TARGET_FORMS, WORDINGS, type Wording } from '../vocabulary.js';
import { decimalSchema, nonNegativeDecimalSchema } from './decimal.js';
import { oneOf, strict, text, union } from './primitives.js';
import { unitIdSchema } from './quantity.js';
import { idSchema, sourceRefSchema } from './source.js';
import { periodSchema, yearSchema } from './time.js';

/**
 * A comparator: one of `COMPARATORS` (`'atLeast' | 'above' | 'atMost' | 'below' |
 * 'approximately'`).
 *
 * @example
 * ```ts
 * comparatorSchema.parse('atLeast'); // → 'atLeast'
 * comparatorSchema.safeParse('min').success; // → false
 * ```
 *
 * @category Schemas
 */
export const comparatorSchema = oneOf(COMPARATORS);

/** Every wording of `WORDINGS`, in its order. */
const WORDING_KEYS = /* @__PURE__ */ Object.keys(WORDINGS) as [Wording, ...Wording[]];

/**
 * The source's own word for a target's comparator: a key of `WORDINGS` (`'以上'`, `'超过'`,
 * `'左右'`, `'above'`, `'more than'`, `'about'` …). Whether it fits the comparator is checked
 * with the target.
 *
 * @example
 * ```ts
 * wordingSchema.parse('以上'); // → '以上'
 * wordingSchema.safeParse('over and above').success; // → false
 * ```
 *
 * @category Schemas
 */
export const wordingSchema = oneOf(WORDING_KEYS);

/**
 * The wordings of `WORDINGS` that mean a comparator (for the JSON Schema's rule).
 *
 * @param comparator - A comparator.
 * @returns Its wordings, in the order of `WORDINGS` (`'atLeast'`: 以上, 不低于 … `'above'`, `'more than'` …).
 * @internal
 */
export function wordingsMeaning(comparator: string): Wording[] {
  return WORDING_KEYS.filter((wording) => WORDINGS[wording].comparator === comparator);
}

/** A key that must be absent: it is the other alternative of the union. */
function absentBecause(key: string, other: string) {
  return z.optional(z.never({ error: () => messages.notTogether(key, other) }));
}

const relativeToleranceSchema = strict({
  relative: nonNegativeDecimalSchema,
  absolute: absentBecause('absolute', 'relative'),
});
const absoluteToleranceSchema = strict({
  absolute: nonNegativeDecimalSchema,
  relative: absentBecause('relative', 'absolute'),
});

/**
 * The allowed distance for `approximately`: `{ relative }` (0.05 = ±5 %) or `{ absolute }`
 * (in the target's unit), not negative; not both.
 *
 * @example
 * ```ts
 * toleranceSchema.parse({ relative: '0.05' }).relative; // → '0.05'
 * toleranceSchema.safeParse({ relative: '0.05', absolute: '1' }).success; // → false
 * ```
 *
 * @category Schemas
 */
export const toleranceSchema = union([relativeToleranceSchema, absoluteToleranceSchema], messages.expected.tolerance, (input) =>
  'relative' in input ? 0 : 'absolute' in input ? 1 : undefined,
);

/**
 * What a target's value is: one of `TARGET_FORMS` (`'level'`, `'annual-average'`, `'change'`,
 * `'relative-change'`, `'cumulative'`).
 *
 * @example
 * ```ts
 * targetFormSchema.parse('cumulative'); // → 'cumulative'
 * targetFormSchema.safeParse('average').success; // → false
 * ```
 *
 * @category Schemas
 */
export const targetFormSchema = oneOf(TARGET_FORMS);

/**
 * A target: `{ id, indicator, year, period?, form?, comparator, wording?, value, unit,
 * tolerance?, source, note? }`. A `tolerance` is allowed only with `approximately`; a `wording`
 * must mean the comparator (`WORDINGS[wording].comparator`: 'above' and 以上 mean `atLeast`, 超过
 * means `above`); a `form` other than `'level'` needs a `period`. Whether the indicator exists
 * and the unit fits it and the form is checked by `definePlan`.
 *
 * @example
 * ```ts
 * const target = targetSchema.parse({
 *   id: 'iva-2020', indicator: 'industrial-value-added', year: 2020,
 *   comparator: 'atLeast', value: '240', unit: 'bn-yuan',
 *   source: { kind: 'report', section: 'II.a', quote: 'have an industrial added value of 240-billion yuan' },
 * });
 * target.value.toFixed(); // → '240'
 * ```
 *
 * @category Schemas
 */
export const targetSchema = strict({
  id: idSchema,
  indicator: idSchema,
  year: yearSchema,
  period: z.exactOptional(periodSchema),
  form: z.exactOptional(targetFormSchema),
  comparator: comparatorSchema,
  wording: z.exactOptional(wordingSchema),
  value: decimalSchema,
  unit: unitIdSchema,
  tolerance: z.exactOptional(toleranceSchema),
  source: sourceRefSchema,
  note: z.exactOptional(text()),
}).check(
  z.superRefine((target, ctx) => {
    if (target.tolerance !== undefined && target.comparator !== 'approximately') {
      ctx.addIssue({
        code: 'custom',
        path: ['tolerance'],
        message: messages.toleranceNotApproximately(target.comparator),
        input: target.tolerance,
      });
    }
    const mismatch = wordingMismatch(target.wording, target.comparator);
    if (mismatch !== undefined) ctx.addIssue({ code: 'custom', path: ['comparator'], message: mismatch, input: target.comparator });
    if (target.form !== undefined && target.form !== 'level' && target.period === undefined) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: messages.planFormPeriod(target.form), input: target.period });
    }
  }),
);
