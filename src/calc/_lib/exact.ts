/**
 * Exact sums and products, and the one rounding of a result, with its range checked.
 *
 * Sums run in {@link EXACT} while the exact sum has at most {@link MAX_EXACT_SUM_DIGITS}
 * digits: every sum of two values within the library's bounds (`1e-10000 + 9e10000` has 20,001
 * digits), so a difference of inputs is always exact. Products are exact up to
 * {@link MAX_EXACT_DIGITS} digits (every product of two inputs). Beyond those limits, which
 * only intermediate values of a formula reach, they keep {@link FALLBACK_PRECISION}
 * significant digits, far more than a 34-digit result needs.
 *
 * @internal
 * @module
 */
import { D, EXACT, HUNDRED, MAX_EXPONENT, PRECISION, freeze, toDigits, type Decimal, working, ZERO } from '../../decimal.js';
import { isPlanError, PlanError } from '../../errors.js';
import { messages } from '../../messages.js';

/** Guard digits carried by every inexact step before the final rounding to 34 digits. */
const GUARD = 8;

/** Working precision of an inexact step: 34 + {@link GUARD} = 42 significant digits. */
export const WORKING_PRECISION = PRECISION + GUARD;

/** The largest exact product (or power), in significant digits. */
export const MAX_EXACT_DIGITS = 10_000;

/** The largest exact sum, in digits: room for any two values within the bounds (±10^±10,000, 1,000 digits). */
const MAX_EXACT_SUM_DIGITS = 3 * MAX_EXPONENT;

/** Precision of a sum or product too long to be exact. */
const FALLBACK_PRECISION = PRECISION + 40;

const Fallback = /* @__PURE__ */ working(FALLBACK_PRECISION);

/** Position of the lowest non-zero digit (10^k), for a non-zero x. */
function lowestDigit(x: Decimal): number {
  return x.e - x.sd() + 1;
}

/** Digits of the exact sum of a and b (both non-zero). */
function sumDigits(a: Decimal, b: Decimal): number {
  return Math.max(a.e, b.e) + 2 - Math.min(lowestDigit(a), lowestDigit(b));
}

/** a + b, exactly (see the module note for the limit). */
export function add(a: Decimal, b: Decimal): Decimal {
  if (a.isZero()) return b;
  if (b.isZero()) return a;
  return sumDigits(a, b) <= MAX_EXACT_SUM_DIGITS ? EXACT.add(a, b) : Fallback.add(a, b);
}

/** a − b, exactly (see the module note for the limit). */
export function subtract(a: Decimal, b: Decimal): Decimal {
  if (b.isZero()) return a;
  if (a.isZero()) return b.neg();
  return sumDigits(a, b) <= MAX_EXACT_SUM_DIGITS ? EXACT.sub(a, b) : Fallback.sub(a, b);
}

/** a · b, exactly (see the module note for the limit). */
export function multiply(a: Decimal, b: Decimal): Decimal {
  return a.sd() + b.sd() <= MAX_EXACT_DIGITS ? EXACT.mul(a, b) : Fallback.mul(a, b);
}

/** Whether a value computed in a wide context left the range of a Decimal. */
function outside(x: Decimal, nonZero: boolean): boolean {
  return !x.isFinite() || (nonZero && x.isZero());
}

/** A result beyond the range of the library's decimals: `DOMAIN`, naming the formula. */
export function outOfRange(formula: string): PlanError {
  return new PlanError('DOMAIN', messages.resultOutOfRange(formula), { formula });
}

/**
 * Round once to 34 significant digits (half-even, by {@link toDigits}) as a Decimal of the
 * library, checking the range: an infinite result, or zero where `x` is not zero or the exact
 * value is known not to be (`nonZero`: `x` is an approximation that underflowed), throws
 * `DOMAIN` naming `formula`. Negative zero becomes zero.
 */
export function result(x: Decimal, formula: string, nonZero = false): Decimal {
  const rounded = toDigits(x);
  if (outside(rounded, nonZero || !x.isZero())) throw outOfRange(formula);
  return rounded;
}

/**
 * `error` as the caller's caller should see it: a result beyond the bounds (a `DOMAIN` error
 * with a `formula`) reported under the name of what it computes for them (`'the observed CAGR
 * from 2015 (observations[0]) to 2017 (observations[2])'`) rather than the formula's own
 * (`'cagr'`), which they never called; any other error as it is. Throw what it returns.
 */
export function renamed(error: unknown, formula: string): unknown {
  return isPlanError(error) && error.code === 'DOMAIN' && error.details.formula !== undefined ? outOfRange(formula) : error;
}

/** `compute()`, with a result beyond the bounds {@link renamed} to `formula`. */
export function namedResult<T>(formula: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw renamed(error, formula);
  }
}

/**
 * A ratio in percent, `x × 100`, as the library's context rounds it (exactly, for a result of
 * 34 digits), range-checked: beyond the bounds a `DOMAIN` error naming `formula`.
 */
export function inPercent(x: Decimal, formula: string): Decimal {
  const y = (x.constructor === D ? x : new D(x)).times(HUNDRED);
  if (!y.isFinite()) throw outOfRange(formula);
  return freeze(y);
}

/** 34 digits, half-even, and the range of the working contexts: for quotients of wide operands. */
const Wide = /* @__PURE__ */ working(PRECISION);

/**
 * n / d correctly rounded to 34 digits (one rounding), range-checked; d ≠ 0. The operands
 * may be beyond the bounds (a difference of two values near 10^10000) while the quotient is not.
 */
export function quotient(n: Decimal, d: Decimal, formula: string): Decimal {
  // Two Decimals of the library divide in its own context without being copied.
  const q = n.constructor === D && d.constructor === D ? n.div(d) : new D(Wide.div(n, d));
  if (outside(q, !n.isZero())) throw outOfRange(formula);
  return q.isZero() ? ZERO : freeze(q);
}
