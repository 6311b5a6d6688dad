/**
 * The engine of every annual-average formula: z = (to / from)^(1/n) − 1, to 34 + guard
 * significant digits of z, also when z is tiny.
 *
 * - Integer n up to {@link MAX_NEWTON_DEGREE}: solve from · yⁿ = to for y in decimal from a
 *   float seed (the power-of-ten exponent split off, so `1e-400` and `1e400` seed as well as
 *   `2`) with a Newton step that carries its second- and third-order terms (see
 *   {@link refineRoot}), and subtract 1. The working precision grows by the digits that
 *   subtraction cancels (about −log₁₀|z|), so a rate of `1e-7` keeps 34 significant digits.
 *   decimal.js's general `pow` (exp∘ln, ~130 µs) is never used.
 * - Other n (fractional years, n > 1000) and ratios within 10⁻²⁰ of 1:
 *   expm1(log1p(r) / n) with r = (to − from) / from.
 *
 * @internal
 * @module
 */
import { D, type Decimal, EXACT, PRECISION, working } from '../../decimal.js';
import { multiply, subtract, WORKING_PRECISION } from './exact.js';
import { floatLn, floatRatio, LN_BEYOND_RANGE, toFloat } from './float.js';
import { intPower } from './intPower.js';
import { expm1, log1p } from './log.js';

/** Largest integer number of years solved by the Newton step; above it, exp/ln. */
const MAX_NEWTON_DEGREE = 1000;

/** A relative gap to 1 below 10⁻²⁰ takes the series path (cheaper than a very wide root). */
const TINY = 1e-20;

const MAX_STEPS = 60;

/** A float root y₀ ≈ e^lnY as a Decimal of W, for any magnitude. */
function seed(lnY: number, W: typeof D): Decimal {
  if (Math.abs(lnY) < 0.5) return W.add(1, Math.expm1(lnY));
  if (Math.abs(lnY) < 700) return new W(Math.exp(lnY));
  const k = Math.floor(lnY / Math.LN10);
  return new W(Math.exp(lnY - k * Math.LN10)).times(new W(`1e${k}`));
}

/**
 * Solve from · yⁿ = to for y, refining y₀ (a Decimal of the working context, `precision`
 * digits).
 *
 * A step measures δ = 1 − from · yⁿ / to from the exact residual to − from · yⁿ (so only the
 * digits of δ that matter are divided out, by the short `n · to`, at a reduced precision)
 * and applies the exact correction y ← y · (1 − δ)^(−1/n), expanded:
 * y · (1 + δ/n + c₂δ² + c₃δ³). The first-order term is Newton's step, carried in decimal;
 * the second- and third-order terms are below 10⁻³⁰ of y and are carried in floats. What is
 * left is below δ⁴, so from a float seed (δ ≈ 10⁻¹⁶) one step gives more than 60 digits and
 * the loop stops at once (no step is spent on confirming convergence). Far from the root
 * (|δ| ≥ 0.01) it takes plain Newton steps. Undefined if it does not converge (it always
 * does from a float seed).
 */
function refineRoot(from: Decimal, to: Decimal, n: number, y0: Decimal, precision: number): Decimal | undefined {
  const inverse = 1 / n;
  const c2 = (inverse * (inverse + 1)) / 2;
  const c3 = (c2 * (inverse + 2)) / 3;
  const nDigits = String(n).length;
  const nTo = EXACT.mul(to, n);
  let y = y0;
  for (let step = 0; step < MAX_STEPS; step++) {
    const fromYn = multiply(from, intPower(y, n));
    const residual = subtract(to, fromYn);
    if (residual.isZero()) return y;
    // δ/n ≈ 10^(residual.e − to.e) / n needs only the digits that reach 10^−precision of y.
    const Low = working(Math.min(precision, Math.max(16, precision + residual.e - to.e + 3)));
    const q = new Low(residual).div(nTo);
    const delta = toFloat(q) * n;
    if (!(Math.abs(delta) < 0.01)) {
      // Newton: y ← y + y · (to / (from · yⁿ) − 1) / n.
      y = y.plus(y.times(new Low(residual).div(fromYn)).div(n));
      continue;
    }
    const higher = delta * delta * (c2 + c3 * delta);
    y = y.plus(y.times(higher === 0 ? q : q.plus(higher)));
    if (4 * (q.e + 1 + nDigits) <= -precision - 1) return y;
  }
  return undefined;
}

/**
 * z = (to / from)^(1/n) − 1 for from > 0, to > 0, d = to − from (exact) ≠ 0 and a finite
 * n > 0, unrounded (34 + guard digits): round it once with `result`.
 */
export function growthRoot(from: Decimal, to: Decimal, d: Decimal, n: number): Decimal {
  // Near 1 (to ≥ from / 100) the float logarithm comes from the relative gap r = d / from,
  // so the cancellation in to / from − 1 is avoided.
  const nearOne = to.e >= from.e - 1;
  // One year: d / from, rounded once to 34 digits (in a context whose range holds any quotient
  // of two values within the bounds: the caller's `result` then checks the bounds).
  if (nearOne && n === 1) return working(PRECISION).div(d, from);
  const rf = floatRatio(d, from);
  const lnRatio = nearOne && Math.abs(rf) < 0.5 ? Math.log1p(rf) : floatLn(to) - floatLn(from);
  const lnY = lnRatio / n;
  // (to / from)^(1/n) beyond the range of a Decimal: it overflows (the caller reports it) or
  // is 0 to any precision, so z rounds to −1.
  if (!(Math.abs(lnY) < LN_BEYOND_RANGE)) return lnY > 0 ? new D(Infinity) : new D(-1);

  if (Number.isInteger(n) && n <= MAX_NEWTON_DEGREE && !(Math.abs(rf) < TINY)) {
    const zf = Math.expm1(lnY);
    const lost = Math.abs(zf) < 1 ? Math.ceil(-Math.log10(Math.abs(zf))) : 0;
    const precision = WORKING_PRECISION + lost;
    const W = working(precision);
    const y = refineRoot(from, to, n, seed(lnY, W), precision);
    if (y !== undefined) return y.minus(1);
  }

  // exp/ln: e^(ln(1 + r) / n) − 1, with extra digits for the magnitude of the exponent.
  const extra = Math.abs(lnY) > 1 ? Math.ceil(Math.log10(Math.abs(lnY))) + 1 : 0;
  const precision = WORKING_PRECISION + extra;
  const W = working(precision);
  const ln = nearOne ? log1p(W.div(d, from), precision) : W.div(to, from).ln();
  return expm1(new W(ln).div(n), precision);
}
