/**
 * Units and quantities.
 *
 * @module
 */
import * as z from 'zod/mini';
import { messages } from '../messages.js';
import {
  MAX_MULTIPLIER,
  MEASURES,
  MIN_MULTIPLIER,
  UNIT_IDS,
  quantity,
  unitIdOf,
  type Measure,
  type Quantity,
  type UnitId,
} from '../units/index.js';
import { decimalSchema } from './decimal.js';
import { integer, oneOf, strict, union } from './primitives.js';

/**
 * A unit id from the registry: `'bn-yuan'`, `'100m-yuan'`, `'tce-per-10k-yuan'`,
 * `'percent'` … (`UNIT_IDS`). Unknown ids are rejected with the list of known ones.
 *
 * @example
 * ```ts
 * unitIdSchema.parse('bn-yuan'); // → 'bn-yuan'
 * ```
 *
 * @category Schemas
 */
export const unitIdSchema = oneOf(UNIT_IDS as readonly [UnitId, ...UnitId[]]);

const unitObjectSchema = strict({
  measure: oneOf(MEASURES as readonly [Measure, ...Measure[]]),
  multiplier: integer(MIN_MULTIPLIER, MAX_MULTIPLIER, messages.expected.multiplier(MIN_MULTIPLIER, MAX_MULTIPLIER)),
});

/**
 * A unit: an id (`'bn-yuan'`) or `{ measure, multiplier }` (SDMX `UNIT_MEASURE` and
 * `UNIT_MULT`, the multiplier an integer from -30 to 30).
 *
 * @example
 * ```ts
 * unitSchema.parse('bn-yuan'); // → 'bn-yuan'
 * unitSchema.parse({ measure: 'yuan', multiplier: 6 }); // → { measure: 'yuan', multiplier: 6 }
 * ```
 *
 * @category Schemas
 */
export const unitSchema = union([unitIdSchema, unitObjectSchema], messages.expected.unit(UNIT_IDS), () => 1);

/**
 * A quantity as a file holds it, `{ value, unit }` (`{ "value": "240", "unit": "bn-yuan" }`),
 * decoded to a frozen `Quantity` (as made by `quantity()`), encoded back with the value as a
 * plain-notation string and the unit by its id where it has one.
 *
 * @example
 * ```ts
 * const q = quantitySchema.parse({ value: '240', unit: 'bn-yuan' });
 * q.unit; // → { measure: 'yuan', multiplier: 9 }
 * toSnapshot(q).data; // → { value: '240', unit: 'bn-yuan' } (encoded with this schema)
 * ```
 *
 * @category Schemas
 */
export const quantitySchema = z.codec(
  strict({ value: decimalSchema, unit: unitSchema }),
  z.custom<Quantity>(),
  {
    decode: (input) => quantity(input.value, input.unit),
    // zod may call this with `undefined` for an absent optional key: pass it through.
    encode: (q) =>
      q === undefined
        ? (q as never)
        : {
            value: q.value,
            unit: unitIdOf(q.unit) ?? { measure: q.unit.measure, multiplier: q.unit.multiplier },
          },
  },
);
