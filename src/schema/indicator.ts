/**
 * Indicators.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Direction, IndicatorKind, IndicatorNature, PriceBasis } from '../plan/types.js';
import { list, oneOf, strict, text } from './primitives.js';
import { unitIdSchema } from './quantity.js';
import { idSchema, localizedTextSchema } from './source.js';

/** The directions of an indicator. @category Schemas */
export const DIRECTIONS = ['increase', 'decrease', 'target'] as const satisfies readonly Direction[];
/** The kinds of an indicator. @category Schemas */
export const INDICATOR_KINDS = ['level', 'share', 'intensity', 'growth', 'count', 'rate'] as const satisfies readonly IndicatorKind[];
/** Binding, anticipatory, unspecified. @category Schemas */
export const INDICATOR_NATURES = ['binding', 'anticipatory', 'unspecified'] as const satisfies readonly IndicatorNature[];
/** Price bases. @category Schemas */
export const PRICE_BASES = ['current', 'comparable', 'unspecified'] as const satisfies readonly PriceBasis[];

/**
 * How an indicator is defined: `{ priceBasis?, scope?, notes? }`.
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
 * growthOf?, definition }`. Whether `numerator`, `denominator` and `growthOf` name existing
 * indicators is checked by `definePlan`, not here.
 *
 * @example
 * ```ts
 * indicatorSchema.parse({
 *   id: 'industrial-value-added',
 *   name: { en: 'Industrial value added', zh: '工业增加值' },
 *   unit: 'bn-yuan', direction: 'increase', kind: 'level', nature: 'unspecified',
 *   definition: { priceBasis: 'current' },
 * });
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
  definition: indicatorDefinitionSchema,
});
