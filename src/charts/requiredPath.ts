/**
 * The constant-growth path from a base value to a target, exactly.
 *
 * @module
 */
import { cagr } from '../calc/cagr.js';
import { compound } from '../calc/compound.js';
import type { Decimal, DecimalInput } from '../decimal.js';
import { argumentError } from '../errors.js';
import { messages } from '../messages.js';
import type { Year } from '../plan/types.js';
import { readDecimal, readObject, readYear } from '../read.js';
import { positive } from './_lib/checks.js';

/**
 * One point of a {@link requiredPath}: a year and its exact value.
 *
 * @example
 * ```ts
 * const [first]: readonly RequiredPathPoint[] = requiredPath({ year: 2015, value: 120 }, { year: 2020, value: 240 });
 * first?.value.toString(); // → '120'
 * ```
 *
 * @category Charts
 */
export interface RequiredPathPoint {
  readonly year: Year;
  readonly value: Decimal;
}

/**
 * The constant-growth path from a base value to a target: every year from the base year to
 * the target's year, `value(y) = base · (1 + r)^(y − y₀)` with the required rate
 * `r = cagr(base, target, T − y₀) = (target / base)^(1 / (T − y₀)) − 1`.
 *
 * The rate comes from `cagr` and each value from `compound`, both correct to 34 significant
 * digits; the first point is the base value and the last the target value, exactly.
 *
 * @param from - The base: `{ year, value }`, the value greater than 0.
 * @param to - The target: `{ year, value }`, a later year, the value greater than 0.
 * @returns One point a year, from `from.year` to `to.year`, frozen.
 * @throws {@link baotou-plan!PlanError} `INVALID_ARGUMENT` for a bad year or a target year not after the
 *   base year; `DOMAIN` for a value that is not greater than 0; `INVALID_DECIMAL` for a value
 *   that is not a decimal.
 *
 * @example
 * ```ts
 * // About 120 bn yuan in 2015 to 240 bn in 2020: about 14.87 % a year.
 * const path = requiredPath({ year: 2015, value: '120' }, { year: 2020, value: '240' });
 * path.map((p) => p.year);          // → [2015, 2016, 2017, 2018, 2019, 2020]
 * path[1]?.value.toFixed(2);        // → '137.84' (120 · 2^(1/5))
 * path[5]?.value.toString();        // → '240'
 * ```
 *
 * @category Charts
 */
export function requiredPath(
  from: { readonly year: Year; readonly value: DecimalInput },
  to: { readonly year: Year; readonly value: DecimalInput },
): readonly RequiredPathPoint[] {
  const f = readObject(from, 'from');
  const t = readObject(to, 'to');
  const baseYear = readYear(f.year, 'from.year');
  const base = positive(readDecimal(f.value, 'from.value'), 'from.value');
  const targetYear = readYear(t.year, 'to.year');
  const target = positive(readDecimal(t.value, 'to.value'), 'to.value');
  if (targetYear <= baseYear) {
    throw argumentError('INVALID_ARGUMENT', 'to.year', messages.chartYearNotAfter('to.year', targetYear, baseYear), targetYear);
  }
  const years = targetYear - baseYear;
  const rate = cagr(base, target, years);
  const points: RequiredPathPoint[] = [];
  for (let k = 0; k <= years; k += 1) {
    const value = k === 0 ? base : k === years ? target : compound(base, rate, k);
    points.push(Object.freeze({ year: baseYear + k, value }));
  }
  return Object.freeze(points);
}

