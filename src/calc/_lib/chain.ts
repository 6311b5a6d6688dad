/**
 * Reading a list of growth rates and chaining them: `Π(1 + rᵢ) − 1` and its annual average
 * `(Π(1 + rᵢ))^(1/n) − 1`, in time linear in the number of rates whatever their digits.
 *
 * The exact product of many rates has ever more digits (10⁵ rates of three digits make
 * 300,000), so it is not carried. Instead the product is computed to a fixed number of digits
 * with a proven bound of its error, which gives a lower and an upper bound of the exact value
 * ({@link enclose}); when both round to the same 34-digit result, that result is the
 * correctly rounded one. If they do not (a product next to a halfway point), it is computed
 * again with twice the digits, up to {@link MAX_ENCLOSING_DIGITS}: only a product within about
 * 10^−1,950 of its size of a halfway point between two 34-digit values (rates made for it) is
 * rounded within one unit of the last digit rather than correctly.
 *
 * Near a product of 1 the value carried is the gap `s = Π − 1` (stepped as `s + r + s·r`, so a
 * tiny rate keeps all its digits); away from it, the product itself, as `p · 10^k` with an
 * integer `k` apart, so that no product of in-range rates overflows or underflows.
 *
 * @internal
 * @module
 */
import { dec, MAX_SIGNIFICANT_DIGITS, ONE, type Decimal, working, ZERO } from '../../decimal.js';
import { readArray } from '../../read.js';
import { requireRateAtLeastMinusOne } from './checks.js';
import { add, outOfRange, result, WORKING_PRECISION } from './exact.js';
import { toFloat } from './float.js';
import { expm1 } from './log.js';
import { growthRoot } from './root.js';

/**
 * The rates of `rates` as Decimals, each named `rates[i]` in errors: an array (else
 * `INVALID_ARGUMENT`) of decimals (else `INVALID_DECIMAL`) of at least −1 (else `DOMAIN`).
 * The caller's array is only read.
 */
export function readRates(rates: unknown, name = 'rates'): Decimal[] {
  const list = readArray(rates, name);
  const out: Decimal[] = [];
  for (let i = 0; i < list.length; i++) {
    const element = `${name}[${i}]`;
    const rate = dec(list[i] as never, element);
    requireRateAtLeastMinusOne(rate, element);
    out.push(rate);
  }
  return out;
}

const MINUS_ONE = /* @__PURE__ */ dec(-1);

/** Whether a rate is −1 (a total loss), without making a Decimal to compare with. */
const isMinusOne = (r: Decimal): boolean => r.s < 0 && r.e === 0 && r.d.length === 1 && r.d[0] === 1;

/**
 * The most digits an enclosure is computed with before its result is taken as it is: twice the
 * digits of the longest input, so that any two inputs multiply exactly.
 */
const MAX_ENCLOSING_DIGITS = 2 * MAX_SIGNIFICANT_DIGITS;

/** `p · 10^k` is renormalised to `p` near 1 when |exponent of p| passes this. */
const RENORMALISE_BEYOND = 10_000;

type Context = ReturnType<typeof working>;

const directedContexts = new Map<number, readonly [down: Context, up: Context]>();

/** Contexts of `precision` digits that round every result down (towards −∞) and up (towards +∞). */
function directed(precision: number): readonly [down: Context, up: Context] {
  let pair = directedContexts.get(precision);
  if (pair === undefined) {
    const W = working(precision);
    pair = [W.clone({ rounding: W.ROUND_FLOOR }), W.clone({ rounding: W.ROUND_CEIL })];
    directedContexts.set(precision, pair);
  }
  return pair;
}

/**
 * `Π(1 + rᵢ)` between two bounds: in gap form (`gap`), `lo ≤ Π − 1 ≤ hi`; in product form,
 * `lo · 10^k ≤ Π ≤ hi · 10^k`.
 */
interface Enclosure {
  readonly gap: boolean;
  readonly lo: Decimal;
  readonly hi: Decimal;
  readonly k: number;
}

/** Whether a rate is above −1/2 (so that `p + p·r` cancels little), from its fields alone. */
const aboveMinusHalf = (r: Decimal): boolean => r.s > 0 || r.e < -1 || (r.e === -1 && (r.d[0] as number) < 5e6);

/** Slack on the count of roundings, for the second-order terms of `(1 + u)^m` (u ≤ 10⁻⁴³). */
const SLACK = 1 + 1e-9;

/** Slack on every float operation of an error bound (each rounds by at most 2⁻⁵³ ≈ 1.1·10⁻¹⁶). */
const FLOAT_SLACK = 1 + 1e-12;

/**
 * An upper bound of an absolute error, `m · 10^q` (a float `m ≥ 0` and an integer `q`), so that
 * an error of 10⁻⁹⁰⁰⁰ is no float underflow.
 */
interface ErrorBound {
  m: number;
  q: number;
}

/** `bound + 51 · 10^k`: the rounding error of a result whose leading digit is at 10^(k + precision). */
function addRounding(bound: ErrorBound, k: number): void {
  if (bound.m === 0) {
    bound.m = 51;
    bound.q = k;
    return;
  }
  const d = k - bound.q;
  if (d <= 0) bound.m = d < -300 ? bound.m * FLOAT_SLACK : (bound.m + 51 * 10 ** d) * FLOAT_SLACK;
  else {
    bound.m = d > 300 ? 52 : (bound.m * 10 ** -d + 51) * FLOAT_SLACK;
    bound.q = k;
  }
}

/** `bound · (1 + r)`, rounded up, for a rate r > −1 (a factor of at most 1 for r ≤ 0). */
function scaleBound(bound: ErrorBound, r: Decimal): void {
  if (r.s < 0 || bound.m === 0) return;
  if (r.e < 15) bound.m *= (1 + toFloat(r)) * FLOAT_SLACK;
  else {
    // 1 + r < 2 · 10^(r.e + 1)
    bound.m *= 2;
    bound.q += r.e + 1;
  }
  if (bound.m > 1e100) {
    bound.m = (bound.m / 1e100) * FLOAT_SLACK;
    bound.q += 100;
  }
}

/** The bound as a Decimal of `Up`, at least as large. */
function boundOf(bound: ErrorBound, Up: Context): Decimal {
  return new Up(bound.m * FLOAT_SLACK).times(`1e${bound.q}`);
}

/** An error bound at least `x` (> 0, a Decimal of any context). */
function boundFrom(x: Decimal): ErrorBound {
  const q = x.e - 15;
  return { m: toFloat(x.times(`1e${-q}`)) * FLOAT_SLACK, q };
}

/**
 * Enclose `Π(1 + rᵢ)` for rates > −1 at `precision` digits, with `u = 5·10^(−precision)` the
 * relative rounding error of one operation.
 *
 * Gap form (`s = Π − 1` in [−1/2, 1]): one value `s ← s + r + s·r`, rounded to nearest, and an
 * upper bound `E` of its absolute error: each step scales the error carried by `1 + r` and
 * adds the rounding of its three results, each at most `u · 10^(exponent + 1)`. Product form:
 * one value `p · 10^k`, and how many units `u` of relative error it may carry, `c`: a step
 * `p + p·r` (r > −1/2, so `|r / (1 + r)| < 1`) adds two, `p · (1 + r)` with an exact `1 + r`
 * one, a shift by a power of ten none. The bounds of the exact value follow, rounded outwards.
 */
function enclose(rates: readonly Decimal[], precision: number): Enclosure {
  const [Down, Up] = directed(precision);
  const W = working(precision);
  let gap = true;
  let s: Decimal = new W(0);
  let bound: ErrorBound = { m: 0, q: 0 };
  let p: Decimal = new W(1);
  let c = 0;
  let k = 0;
  // Instance methods: each value rounds in its own context, without a copy per operation.
  for (const r of rates) {
    if (r.isZero()) continue;
    const small = aboveMinusHalf(r);
    if (gap) {
      if (small) {
        // s ← s + r + s·r = (1 + s)(1 + r) − 1
        const t = s.times(r);
        const a = s.plus(r);
        s = a.plus(t);
        scaleBound(bound, r);
        if (!t.isZero()) addRounding(bound, t.e - precision);
        if (!a.isZero()) addRounding(bound, a.e - precision);
        if (!s.isZero()) addRounding(bound, s.e - precision);
        const f = toFloat(s);
        if (f >= -0.5 && f <= 1) continue;
      }
      // Into product form, Π between 1/4 and 2 or beyond 2: p = 1 + hi, within the width of the bounds of Π.
      gap = false;
      const [lo, hi] = errorBounds(s, bound, Down, Up);
      const top = hi.plus(ONE);
      const bottom = lo.plus(ONE);
      p = new W(top);
      c = Math.ceil(toFloat(top.minus(bottom).times(`2e${precision - 1}`).div(bottom))) + 1;
      if (small) continue;
    }
    if (small) {
      p = p.plus(p.times(r));
      c = (c + 2) * SLACK;
    } else {
      p = p.times(add(ONE, r));
      c = (c + 1) * SLACK;
    }
    const e = p.e;
    if (Math.abs(e) > RENORMALISE_BEYOND) {
      p = p.times(`1e${-e}`);
      k += e;
    } else if (k === 0 && toFloat(p) > 0.75 && toFloat(p) < 1.5) {
      // Back to gap form: s = hi − 1 ≥ Π − 1 ≥ lo − 1, so |s − (Π − 1)| ≤ s − (lo − 1).
      const [lo, hi] = productBounds(p, c, precision);
      const top = hi.minus(ONE);
      s = new W(top);
      bound = boundFrom(new Up(top).minus(lo.minus(ONE)));
      gap = true;
    }
  }
  if (gap) {
    const [lo, hi] = errorBounds(s, bound, Down, Up);
    return { gap, lo, hi, k: 0 };
  }
  const [lo, hi] = productBounds(p, c, precision);
  return { gap, lo, hi, k };
}

/** `[s − E, s + E]`, rounded outwards. */
function errorBounds(s: Decimal, bound: ErrorBound, Down: Context, Up: Context): [Decimal, Decimal] {
  if (bound.m === 0) return [new Down(s), new Up(s)];
  const error = boundOf(bound, Up);
  return [new Down(s).minus(error), new Up(s).plus(error)];
}

/**
 * Bounds of `Π / 10^k` from `p`, within a relative error of `c` units `u = 5·10^(−precision)`:
 * `p = Π·θ` with `|θ − 1| ≤ c·u`, so `Π` lies in `[p·(1 − c·u), p·(1 + 2·c·u)]`.
 */
function productBounds(p: Decimal, c: number, precision: number): [Decimal, Decimal] {
  const [Down, Up] = directed(precision);
  const cu = new Up(Math.ceil(c)).times(`5e${-precision}`);
  return [new Down(p).times(new Down(ONE).minus(cu)), new Up(p).times(new Up(ONE).plus(cu.times(2)))];
}

/** The first precision of an enclosure: 34 digits, 8 guard digits, and the digits of the count of rates. */
function startingPrecision(count: number): number {
  return WORKING_PRECISION + String(count).length + 2;
}

/**
 * Bounds of `Π − 1` from an enclosure, or `'minus-one'` when `Π − 1` is −1 to 34 digits, or
 * `'beyond'` when it is above the range of a result.
 */
function growthBounds(x: Enclosure, precision: number): readonly [Decimal, Decimal] | 'minus-one' | 'beyond' {
  if (x.gap) return [x.lo, x.hi];
  const top = x.hi.e + x.k;
  // Π < 10^−36: Π − 1 is within 10^−36 of −1, nearer to it than to any other 34-digit value.
  if (top < -36) return 'minus-one';
  // Π ≥ 10^(MAX + 2): beyond any result (whose exponent is at most 10,000).
  if (x.lo.e + x.k > RENORMALISE_BEYOND + 1) return 'beyond';
  const [Down, Up] = directed(precision);
  const scale = `1e${x.k}`;
  return [new Down(x.lo).times(scale).minus(ONE), new Up(x.hi).times(scale).minus(ONE)];
}

/**
 * Run `attempt` at the starting precision, then at twice the digits each time it gives
 * `undefined` (bounds that do not round alike), up to {@link MAX_ENCLOSING_DIGITS}: the last
 * attempt (`last`) gives its answer whatever its bounds.
 */
function narrowing<T>(count: number, attempt: (precision: number, last: boolean) => T | undefined): T {
  for (let precision = startingPrecision(count); ; precision *= 2) {
    const last = precision * 2 > MAX_ENCLOSING_DIGITS;
    const found = attempt(precision, last);
    if (found !== undefined) return found;
  }
}

/**
 * `Π(1 + rᵢ) − 1` correctly rounded to 34 significant digits (see the module note), for rates
 * ≥ −1; a rate of −1 makes it −1. `DOMAIN` naming `formula` when it is beyond the range of a
 * result.
 */
export function chainedGrowth(rates: readonly Decimal[], formula: string): Decimal {
  if (rates.some(isMinusOne)) return MINUS_ONE;
  return narrowing(rates.length, (precision, last) => {
    const bounds = growthBounds(enclose(rates, precision), precision);
    if (bounds === 'minus-one') return MINUS_ONE;
    if (bounds === 'beyond') throw outOfRange(formula);
    const lo = result(bounds[0], formula);
    const hi = result(bounds[1], formula);
    return lo.eq(hi) || last ? hi : undefined;
  });
}

/**
 * `(Π(1 + rᵢ))^(1/n) − 1` for n = the number of rates (at least one, each ≥ −1), rounded to 34
 * digits (within one unit of the last, as the root itself); −1 when a rate is −1.
 */
export function chainedAverage(rates: readonly Decimal[], formula: string): Decimal {
  if (rates.some(isMinusOne)) return MINUS_ONE;
  const n = rates.length;
  return narrowing(n, (precision, last) => {
    const x = enclose(rates, precision);
    const lo = result(rootOf(x, x.lo, n), formula);
    const hi = result(rootOf(x, x.hi, n), formula);
    return lo.eq(hi) || last ? hi : undefined;
  });
}

/** `(Π)^(1/n) − 1` (unrounded) with `Π` given by one bound of an enclosure. */
function rootOf(x: Enclosure, bound: Decimal, n: number): Decimal {
  if (x.gap) {
    if (bound.isZero()) return ZERO;
    // 1 + s is exact; s ≥ −1/2 in gap form.
    return growthRoot(ONE, add(ONE, bound), bound, n);
  }
  if (x.k === 0) {
    const d = add(bound, MINUS_ONE);
    return d.isZero() ? ZERO : growthRoot(ONE, bound, d, n);
  }
  // Beyond the working range: e^((ln p + k·ln 10) / n) − 1, with digits for the integer part of the logarithm.
  const lnScale = Math.abs(x.k) * Math.LN10 + 1;
  const precision = WORKING_PRECISION + Math.ceil(Math.log10(lnScale)) + 1;
  const W = working(precision);
  const ln = new W(bound).ln().plus(new W(10).ln().times(x.k));
  return expm1(ln.div(n), precision);
}
