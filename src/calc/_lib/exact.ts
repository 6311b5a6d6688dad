/**
 * Exact sums and products, and the one rounding of a quotient.
 *
 * Sums and products run in {@link EXACT} while the exact result has at most
 * {@link MAX_EXACT_DIGITS} digits (every realistic input). Beyond that (operands such as
 * `1e-90000` and `1e90000`) they keep {@link FALLBACK_PRECISION} significant digits, still
 * far more than a 34-digit result needs.
 *
 * @internal
 * @module
 */
import { D, EXACT, PRECISION, toDigits, type Decimal, working, ZERO } from '../../decimal.js';
import { PlanError } from '../../errors.js';
import { messages } from '../../messages.js';

/** Guard digits carried by every inexact step before the final rounding to 34 digits. */
const GUARD = 8;

/** Working precision of an inexact step: 34 + {@link GUARD} = 42 significant digits. */
export const WORKING_PRECISION = PRECISION + GUARD;

/** The largest exact sum or product, in significant digits. */
export const MAX_EXACT_DIGITS = 10_000;

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
  return sumDigits(a, b) <= MAX_EXACT_DIGITS ? EXACT.add(a, b) : Fallback.add(a, b);
}

/** a − b, exactly (see the module note for the limit). */
export function subtract(a: Decimal, b: Decimal): Decimal {
  if (b.isZero()) return a;
  if (a.isZero()) return b.neg();
  return sumDigits(a, b) <= MAX_EXACT_DIGITS ? EXACT.sub(a, b) : Fallback.sub(a, b);
}

/** a · b, exactly (see the module note for the limit). */
export function multiply(a: Decimal, b: Decimal): Decimal {
  return a.sd() + b.sd() <= MAX_EXACT_DIGITS ? EXACT.mul(a, b) : Fallback.mul(a, b);
}

/** Whether a value computed in a wide context left the range of a Decimal. */
function outside(x: Decimal, nonZero: boolean): boolean {
  return !x.isFinite() || (nonZero && x.isZero());
}

/** A result beyond the exponent range of a Decimal (±9·10¹⁵): `DOMAIN`, naming the formula. */
function outOfRange(formula: string): PlanError {
  return new PlanError('DOMAIN', messages.resultOutOfRange(formula), { formula });
}

/**
 * Round once to 34 significant digits (half-even, by {@link toDigits}) as a Decimal of the
 * library, checking the range: an infinite result, or zero where the exact value is not zero
 * (`nonZero`), throws `DOMAIN` naming `formula`. Negative zero becomes zero.
 */
export function result(x: Decimal, formula: string, nonZero = false): Decimal {
  const rounded = toDigits(x);
  if (outside(rounded, nonZero)) throw outOfRange(formula);
  return rounded;
}

/** n / d correctly rounded to 34 digits (one rounding), range-checked; d ≠ 0. */
export function quotient(n: Decimal, d: Decimal, formula: string): Decimal {
  // A Decimal of the library divides in its own context (34 digits) without being copied.
  const q = n.constructor === D ? n.div(d) : D.div(n, d);
  if (outside(q, !n.isZero())) throw outOfRange(formula);
  return q.isZero() ? ZERO : q;
}
