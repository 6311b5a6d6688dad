/**
 * Indicators.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CONCEPTS, DIRECTIONS, INDICATOR_KINDS, INDICATOR_NATURES, PRICE_BASES } from '../vocabulary.js';
import { list, oneOf, strict, text } from './primitives.js';
import { unitIdSchema } from './quantity.js';
import { idSchema, localizedTextSchema } from './source.js';

/**
 * How an indicator (or one figure) is defined: `{ priceBasis?, scope?, notes? }`, the price
 * basis one of `PRICE_BASES`.
 *
 * @example
 * ```ts
 * indicatorDefinitionSchema.parse({ priceBasis: 'comparable' }); // → { priceBasis: 'comparable' }
 * indicatorDefinitionSchema.safeParse({ priceBasis: 'constant' }).success; // → false
 * ```
 *
 * @category Schemas
 */
export const indicatorDefinitionSchema = strict({
  priceBasis: z.exactOptional(oneOf(PRICE_BASES)),
  scope: z.exactOptional(text()),
  notes: z.exactOptional(list(text())),
});

/**
 * An indicator: `{ id, name, unit, direction, kind, nature, numerator?, denominator?,
 * growthOf?, partOf?, concept?, definition }`, with `direction`, `kind` and `nature` from
 * `DIRECTIONS`, `INDICATOR_KINDS` and `INDICATOR_NATURES`, and `concept` (what it measures, shared
 * across plans) from `CONCEPTS`. Whether `numerator`, `denominator`, `growthOf`
 * and `partOf` (the whole that contains the indicator) name fitting indicators of the plan is
 * checked by `definePlan`, not here.
 *
 * @example
 * ```ts
 * const indicator = indicatorSchema.parse({
 *   id: 'industrial-value-added',
 *   name: { en: 'Industrial value added', zh: '工业增加值' },
 *   unit: 'bn-yuan', direction: 'increase', kind: 'level', nature: 'unspecified',
 *   definition: { priceBasis: 'current' },
 * });
 * indicator.kind; // → 'level'
 * ```
 *
 * @category Schemas
 */
export const indicatorSchema = strict({
  id: idSchema,
  name: localizedTextSchema,
  unit: unitIdSchema,
  direction: oneOf(DIRECTIONS),
  kind: oneOf(INDICATOR_KINDS),
  nature: oneOf(INDICATOR_NATURES),
  numerator: z.exactOptional(idSchema),
  denominator: z.exactOptional(idSchema),
  growthOf: z.exactOptional(idSchema),
  partOf: z.exactOptional(idSchema),
  concept: z.exactOptional(oneOf(CONCEPTS)),
  definition: indicatorDefinitionSchema,
});
