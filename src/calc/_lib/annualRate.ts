/**
 * The shared body of `cagr` and `requiredGrowth`.
 *
 * @internal
 * @module
 */
import { dec, type Decimal, type DecimalInput, ZERO } from '../../decimal.js';
import { readFiniteNumber } from '../../read.js';
import { requireNotNegative, requirePositive, requireYearsAtMost, requireYearsPositive } from './checks.js';
import { result, subtract } from './exact.js';
import { growthRoot } from './root.js';

const MINUS_ONE = /* @__PURE__ */ dec(-1);

/**
 * (to / from)^(1 / years) − 1 with the caller's argument names, checked and rounded once.
 */
export function annualRate(
  from: DecimalInput,
  to: DecimalInput,
  years: number,
  names: { readonly from: string; readonly to: string; readonly years: string; readonly formula: string },
): Decimal {
  const { from: fromName, to: toName, years: yearsName, formula } = names;
  const f = dec(from, fromName);
  const t = dec(to, toName);
  const n = readFiniteNumber(years, yearsName);
  requirePositive(f, fromName, 'for a growth rate');
  requireNotNegative(t, toName, 'for an annual average growth rate (no real root of a negative ratio)');
  requireYearsPositive(n, yearsName, 'for an annual average growth rate');
  requireYearsAtMost(n, yearsName, 'for an annual average growth rate');
  if (t.isZero()) return MINUS_ONE;
  const d = subtract(t, f);
  if (d.isZero()) return ZERO;
  return result(growthRoot(f, t, d, n), formula, true);
}
