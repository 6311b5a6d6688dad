/**
 * Float estimates of Decimals, used only to seed iterations and to size working precisions.
 * They never overflow or underflow, whatever the exponent.
 *
 * @internal
 * @module
 */
import { MAX_EXPONENT, type Decimal } from '../../decimal.js';

/**
 * Beyond e^±LN_BEYOND_RANGE (10^±20,002) a power or root is beyond anything a result can need:
 * results have exponents of at most ±10,000 and every operand is at least 10^−10,000 in size,
 * so a factor beyond it makes a product or quotient overflow or underflow (a root beyond it
 * minus 1 overflows, or is −1 to any precision). No working precision is sized for it, and the
 * working contexts (10^±40,000) hold everything below it.
 */
export const LN_BEYOND_RANGE = (2 * MAX_EXPONENT + 2) * Math.LN10;

/** Decimal exponent of the leading digit of a base-10⁷ word of decimal.js. */
function leadingExponent(word: number): number {
  if (word < 1e3) return word < 10 ? 0 : word < 100 ? 1 : 2;
  return word < 1e4 ? 3 : word < 1e5 ? 4 : word < 1e6 ? 5 : 6;
}

/**
 * `|x| ≈ m · 10^p` from the three leading words of x (a relative error below 10⁻¹⁶).
 * x must be finite and non-zero.
 */
function parts(x: Decimal): [m: number, p: number] {
  const d = x.d;
  const w0 = d[0] ?? 0;
  const m = w0 + (d[1] ?? 0) / 1e7 + (d[2] ?? 0) / 1e14;
  return [m, x.e - leadingExponent(w0)];
}

/** x as a float: ±Infinity beyond the float range, 0 below it. */
export function toFloat(x: Decimal): number {
  if (x.isZero()) return 0;
  const [m, p] = parts(x);
  let v: number;
  if (p >= 0) v = p <= 22 ? m * 10 ** p : m * 10 ** Math.min(p, 400);
  else if (p >= -22) v = m / 10 ** -p;
  else v = p < -400 ? 0 : (m / 1e22) * 10 ** (p + 22);
  return x.s < 0 ? -v : v;
}

/** ln(x) as a float, for a finite x > 0 of any magnitude (`1e-90000` included). */
export function floatLn(x: Decimal): number {
  const [m, p] = parts(x);
  return Math.log(m) + p * Math.LN10;
}

/** x / y as a float for finite non-zero x and y of any magnitude (±Infinity or 0 beyond range). */
export function floatRatio(x: Decimal, y: Decimal): number {
  const [mx, px] = parts(x);
  const [my, py] = parts(y);
  const p = px - py;
  const m = mx / my;
  const v = p > 400 ? Infinity : p < -400 ? 0 : p >= 0 ? m * 10 ** p : m / 10 ** -p;
  return x.s === y.s ? v : -v;
}
