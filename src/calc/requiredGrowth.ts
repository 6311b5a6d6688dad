import type { Decimal, DecimalInput } from '../decimal.js';
import { annualRate } from './_lib/annualRate.js';

const NAMES = { from: 'current', to: 'target', years: 'years', formula: 'requiredGrowth' } as const;

/**
 * The annual growth rate needed to go from `current` to `target` in `years`:
 * `requiredGrowth = (target / current)^(1 / years) − 1` — the {@link cagr} formula, read
 * forwards ("what growth does Baotou need to reach 240 bn?"). Correct to 34 significant
 * digits (within one unit of the last).
 *
 * @param current - The value now, greater than 0.
 * @param target - The value to reach, 0 or more.
 * @param years - The years left, a finite number greater than 0 (fractions allowed).
 * @returns The required annual rate as a fraction; negative when the target is below the
 *   current value.
 * @throws {@link PlanError} `DOMAIN` when `current` ≤ 0, `target` < 0 or `years` ≤ 0;
 *   `INVALID_ARGUMENT` when `years` is not a finite number; `INVALID_DECIMAL` for an input
 *   that is not a decimal.
 *
 * @example
 * ```ts
 * // About 120 bn yuan in 2015; the 2020 target is 240 bn.
 * requiredGrowth('120', '240', 5).toString(); // → '0.1486983549970350067986269467779276'
 * requiredGrowth('200', '162', 2).toString(); // → '-0.1'
 * requiredGrowth(-1, 240, 5);                 // throws PlanError DOMAIN
 * // → "current: must be greater than 0 for a growth rate, got -1"
 * ```
 *
 * @category Formulas
 */
export function requiredGrowth(current: DecimalInput, target: DecimalInput, years: number): Decimal {
  return annualRate(current, target, years, NAMES);
}
