/**
 * Targets and their comparators.
 *
 * @module
 */
import * as z from 'zod/mini';
import { messages } from '../messages.js';
import type { Comparator } from '../plan/types.js';
import { decimalSchema, nonNegativeDecimalSchema } from './decimal.js';
import { expecting, oneOf, strict, text } from './primitives.js';
import { unitIdSchema } from './quantity.js';
import { idSchema, sourceRefSchema } from './source.js';
import { periodSchema, yearSchema } from './time.js';

/** The comparators of a target. @category Schemas */
export const COMPARATORS = ['atLeast', 'above', 'atMost', 'below', 'approximately'] as const satisfies readonly Comparator[];

/**
 * A comparator: `'atLeast' | 'above' | 'atMost' | 'below' | 'approximately'`.
 *
 * @category Schemas
 */
export const comparatorSchema = oneOf(COMPARATORS);

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
 * toleranceSchema.parse({ relative: '0.05' }); // → { relative: Decimal(0.05) }
 * ```
 *
 * @category Schemas
 */
export const toleranceSchema = z.union([relativeToleranceSchema, absoluteToleranceSchema], {
  error: (issue) => {
    const input = issue.input;
    if (issue.code === 'invalid_union' && typeof input === 'object' && input !== null && !Array.isArray(input)) {
      const branch = 'relative' in input ? issue.errors[0] : 'absolute' in input ? issue.errors[1] : undefined;
      if (branch !== undefined && branch.length > 0) {
        return branch.map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
      }
    }
    return expecting(messages.expected.tolerance)(issue);
  },
});

/**
 * A target: `{ id, indicator, year, period?, comparator, value, unit, tolerance?, source,
 * note? }`. A `tolerance` is allowed only with `approximately`. Whether the indicator exists
 * and its unit fits is checked by `definePlan`.
 *
 * @example
 * ```ts
 * targetSchema.parse({
 *   id: 'iva-2020', indicator: 'industrial-value-added', year: 2020,
 *   comparator: 'atLeast', value: '240', unit: 'bn-yuan',
 *   source: { kind: 'report', section: 'II.a', quote: '…' },
 * });
 * ```
 *
 * @category Schemas
 */
export const targetSchema = strict({
  id: idSchema,
  indicator: idSchema,
  year: yearSchema,
  period: z.exactOptional(periodSchema),
  comparator: comparatorSchema,
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
  }),
);
