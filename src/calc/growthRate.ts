import { dec, type Decimal, type DecimalInput } from '../decimal.js';
import { requirePositive } from './_lib/checks.js';
import { quotient, subtract } from './_lib/exact.js';

/**
 * Growth rate from one value to another: `growthRate = to / from − 1`, computed as
 * `(to − from) / from` with an exact difference and one rounding, so it is correctly rounded
 * to 34 significant digits even when `to` and `from` nearly agree.
 *
 * @param from - The earlier value, greater than 0.
 * @param to - The later value (any sign).
 * @returns The growth rate as a fraction (`0.08` is 8 %).
 * @throws {@link PlanError} `DOMAIN` when `from` is 0 or negative; `INVALID_DECIMAL` for an
 *   input that is not a decimal.
 *
 * @example
 * ```ts
 * growthRate('120', '240').toString();            // → '1'
 * growthRate('370', '399.45').toString();         // → '0.07959459459459459459459459459459459'
 * growthRate('1', '1.0000001').toString();        // → '1e-7'
 * growthRate(0, 240);                             // throws PlanError DOMAIN
 * // → "from: must be greater than 0 for a growth rate, got 0"
 * ```
 *
 * @category Formulas
 */
export function growthRate(from: DecimalInput, to: DecimalInput): Decimal {
  const f = dec(from, 'from');
  const t = dec(to, 'to');
  requirePositive(f, 'from', 'for a growth rate');
  return quotient(subtract(t, f), f, 'growthRate');
}
