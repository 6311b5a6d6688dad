/**
 * Exact numbers: the library's private decimal context and the conversions into it.
 *
 * All arithmetic runs on a private `Decimal.clone({ precision: 34, rounding:
 * ROUND_HALF_EVEN })` — the IEEE 754 decimal128 context, the same as Python's `decimal`
 * with `prec=34`. A caller's `Decimal.set(...)` never changes a result of ours, and we never
 * change theirs.
 *
 * @module
 */
import { Decimal as DecimalJs } from 'decimal.js';
import { argumentError, invalidArgument, type PlanError } from './errors.js';
import { messages } from './messages.js';

/**
 * A decimal.js `Decimal`. Every result of the library is one, made by a private
 * constructor with 34 significant digits and round-half-even.
 *
 * @category Numbers
 */
export type Decimal = DecimalJs;

/**
 * What the library accepts as a number: a decimal string (`'240'`, `'-0.08'`, `'1.3e2'`),
 * a finite `number` (read through its shortest round-trip string, so `0.1` is exactly
 * `'0.1'`), a `bigint`, or a `Decimal` from any copy of decimal.js.
 *
 * @category Numbers
 */
export type DecimalInput = string | number | bigint | DecimalJs;

/** Significant digits of every result: 34, as decimal128 and Python's `decimal` test oracle. */
export const PRECISION = 34;

/**
 * The library's private constructor (34 digits, half-even). Not affected by `Decimal.set`.
 *
 * @internal
 */
export const D = /* @__PURE__ */ DecimalJs.clone({
  precision: PRECISION,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -7,
  toExpPos: 21,
  minE: -9e15,
  maxE: 9e15,
  modulo: DecimalJs.ROUND_DOWN,
  crypto: false,
});

/**
 * A constructor whose additions, subtractions and multiplications are exact for every
 * realistic operand (a billion significant digits). Never divide with it.
 *
 * @internal
 */
export const EXACT = /* @__PURE__ */ DecimalJs.clone({
  precision: 1e9,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  minE: -9e15,
  maxE: 9e15,
});

const contexts = new Map<number, typeof DecimalJs>();

/**
 * A private constructor with `precision` significant digits (cached), for guard digits
 * inside a formula. Results must be rounded back with {@link finish}.
 *
 * @internal
 */
export function working(precision: number): typeof DecimalJs {
  let ctor = contexts.get(precision);
  if (ctor === undefined) {
    ctor = DecimalJs.clone({
      precision,
      rounding: DecimalJs.ROUND_HALF_EVEN,
      minE: -9e15,
      maxE: 9e15,
    });
    contexts.set(precision, ctor);
  }
  return ctor;
}

/**
 * The one rounding of the library: `x` rounded once (half-even) to `digits` significant
 * digits, as a Decimal of the library's own constructor. A value with no more digits than
 * that is kept as it is; negative zero becomes zero; ±Infinity and NaN pass through (the
 * caller checks the range).
 *
 * @param x - A Decimal of any constructor, typically computed at a higher precision.
 * @param digits - Significant digits to keep, an integer from 1 (default 34).
 * @returns `x` rounded, a Decimal of the library.
 *
 * @example
 * ```ts
 * toDigits(dec('1.2345'), 3).toString();                      // → '1.23'
 * toDigits(dec('2.5'), 1).toString();                         // → '2'
 * toDigits(dec('1.00000000000000000000000000000000005')).toString(); // → '1'
 * ```
 *
 * @internal
 */
export function toDigits(x: DecimalJs, digits: number = PRECISION): Decimal {
  const own = x.sd() > digits ? new D(x.toSignificantDigits(digits, DecimalJs.ROUND_HALF_EVEN)) : x.constructor === D ? x : new D(x);
  return own.isZero() ? ZERO : own;
}

/**
 * Round a value computed at a higher precision once, to 34 significant digits, as a
 * Decimal of the library's own constructor ({@link toDigits} at 34). Negative zero becomes zero.
 *
 * @internal
 */
export function finish(x: DecimalJs): Decimal {
  return toDigits(x, PRECISION);
}

/** 0 as a Decimal of the library. @internal */
export const ZERO = /* @__PURE__ */ new D(0);
/** 1 as a Decimal of the library. @internal */
export const ONE = /* @__PURE__ */ new D(1);
/** 100 as a Decimal of the library. @internal */
export const HUNDRED = /* @__PURE__ */ new D(100);

/** Powers of ten up to this exponent (either sign) are cached: every unit conversion needs one. */
const CACHED_POWERS = 64;

const POWERS_OF_TEN = new Map<number, DecimalJs>();

function powerOfTen(places: number): DecimalJs {
  if (Math.abs(places) > CACHED_POWERS) return new EXACT(`1e${places}`);
  let power = POWERS_OF_TEN.get(places);
  if (power === undefined) {
    power = new EXACT(`1e${places}`);
    POWERS_OF_TEN.set(places, power);
  }
  return power;
}

/**
 * `x × 10^places`, exactly: a shift of the decimal point, never rounded to 34 digits (a
 * conversion between units must not change a digit). Negative zero becomes zero.
 *
 * @param x - A Decimal of any constructor.
 * @param places - An integer: positive shifts left (× 10), negative right (÷ 10).
 * @returns The shifted value, a Decimal of the library.
 *
 * @example
 * ```ts
 * shift(dec('240'), 1).toString();    // → '2400'
 * shift(dec('1.5'), -9).toString();   // → '1.5e-9'
 * shift(dec('1234567890123456789012345678901234567'), 3).toFixed(); // → '1234567890123456789012345678901234567000'
 * ```
 *
 * @internal
 */
export function shift(x: DecimalJs, places: number): Decimal {
  if (x.isZero()) return ZERO;
  if (places === 0) return x.constructor === D ? x : new D(x);
  return new D(EXACT.mul(x, powerOfTen(places)));
}

/**
 * The smallest 34-digit decimal above `x`: `x + 10^(e − 33)` for a value of at most 34
 * significant digits, `x` rounded up to 34 digits for a longer one; `1e-34` above 0.
 *
 * @param x - A finite Decimal.
 * @returns The next value above, a Decimal of the library.
 *
 * @example
 * ```ts
 * nextUp(dec('1')).toString();  // → '1.000000000000000000000000000000001'
 * nextUp(dec('-1')).toString(); // → '-0.9999999999999999999999999999999999'
 * ```
 *
 * @internal
 */
export function nextUp(x: Decimal): Decimal {
  if (x.isZero()) return new D(`1e${-PRECISION}`);
  if (x.isNegative()) return nextDown(x.neg()).neg();
  const up = x.toSignificantDigits(PRECISION, DecimalJs.ROUND_UP);
  if (up.gt(x)) return toDigits(up);
  return finish(EXACT.add(x, powerOfTen(x.e - PRECISION + 1)));
}

/**
 * The largest 34-digit decimal below `x`: `x − 10^(e − 33)` for a value of at most 34
 * significant digits (a tenth of that at a power of ten, where the spacing narrows), `x`
 * rounded down to 34 digits for a longer one; `-1e-34` below 0.
 *
 * @param x - A finite Decimal.
 * @returns The next value below, a Decimal of the library.
 *
 * @example
 * ```ts
 * nextDown(dec('1')).toString();   // → '0.9999999999999999999999999999999999'
 * nextDown(dec('1.5')).toString(); // → '1.499999999999999999999999999999999'
 * ```
 *
 * @internal
 */
export function nextDown(x: Decimal): Decimal {
  if (x.isZero()) return new D(`-1e${-PRECISION}`);
  if (x.isNegative()) return nextUp(x.neg()).neg();
  const down = x.toSignificantDigits(PRECISION, DecimalJs.ROUND_DOWN);
  if (down.lt(x)) return toDigits(down);
  const below = EXACT.sub(x, powerOfTen(x.e - PRECISION + 1));
  return finish(below.e < x.e ? EXACT.sub(x, powerOfTen(x.e - PRECISION)) : below);
}

/**
 * The grammar of a decimal string, the one place it is written: an optional sign, digits with
 * an optional decimal point (`'240'`, `'-0.08'`, `'.5'`, `'7.'`), and an optional exponent of
 * at most five digits (`'1.3e2'`, `'1e400'`, `'2E-7'`). No spaces, thousands separators,
 * underscores, hexadecimal or words. {@link dec}, the zod schemas and the JSON Schema files
 * (`pattern`) all use it, so they accept exactly the same strings.
 *
 * The exponent bound keeps the plain notation of every accepted value short (at most about
 * 200,000 characters), so writing it out can never exhaust memory.
 *
 * @category Numbers
 */
export const DECIMAL_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,5})?$/;

/** The longest decimal string {@link dec} reads: 100,000 characters. @category Numbers */
export const MAX_DECIMAL_LENGTH = 100_000;

/**
 * Read `x` as an exact decimal.
 *
 * Accepted: decimal strings in plain or exponent notation (`'240'`, `'-0.08'`, `'.5'`,
 * `'1.3e2'`, `'+7'`), finite numbers (by their shortest round-trip string: `0.1` → `0.1`
 * exactly), bigints, and Decimals from any copy of decimal.js (recognised with
 * `Decimal.isDecimal`). Negative zero is read as zero.
 *
 * Rejected with a {@link PlanError} of code `INVALID_DECIMAL`, quoting the input: `NaN`,
 * `±Infinity`, `''`, strings with spaces, thousands separators (`'1,000'`), underscores,
 * hexadecimal (`'0x10'`), words (`'abc'`, `'NaN'`, `'Infinity'`), exponents of more than
 * five digits (`'1e100000'`), strings longer than 100,000 characters, `null`, `undefined`,
 * booleans, arrays and objects. The grammar is {@link DECIMAL_PATTERN}.
 *
 * The value is exact: it is not rounded to 34 digits (rounding happens in results).
 *
 * @param x - The value to read.
 * @param name - The argument's name, used in the error message (default `'value'`).
 * @returns The exact decimal.
 * @throws {@link PlanError} `INVALID_DECIMAL` when `x` is not a finite decimal.
 *
 * @example
 * ```ts
 * dec('240').toString();   // → '240'
 * dec(0.1).toString();     // → '0.1' (not 0.1000000000000000055…)
 * dec(10n ** 30n).toFixed(); // → '1000000000000000000000000000000'
 * dec('1,000');            // throws PlanError INVALID_DECIMAL
 * ```
 *
 * @category Numbers
 */
export function dec(x: DecimalInput, name = 'value'): Decimal {
  let result: DecimalJs;
  switch (typeof x) {
    case 'string':
      if (x.length > MAX_DECIMAL_LENGTH || !DECIMAL_PATTERN.test(x)) throw invalid(name, x);
      result = new D(x);
      break;
    case 'number':
      if (!Number.isFinite(x)) throw invalid(name, x);
      result = new D(String(x));
      break;
    case 'bigint':
      result = new D(x.toString());
      break;
    default:
      if ((x as { constructor?: unknown } | null)?.constructor === D) {
        // One of our own results: immutable, exact, already normalised.
        const own = x as DecimalJs;
        if (own.isFinite()) return own.isZero() ? ZERO : own;
        throw invalid(name, x);
      }
      if (!DecimalJs.isDecimal(x)) throw invalid(name, x);
      {
        const foreign = x as DecimalJs;
        if (!foreign.isFinite()) throw invalid(name, x);
        // A Decimal of another constructor (or another copy of decimal.js): copy its
        // digits exactly through its own exponent-notation string.
        result = new D(foreign.toExponential());
      }
  }
  if (!result.isFinite()) throw invalid(name, x);
  return result.isZero() ? ZERO : result;
}

function invalid(name: string, x: unknown): PlanError {
  return argumentError('INVALID_DECIMAL', name, messages.invalidDecimal(name, x), x);
}

/**
 * Whether `x` is a Decimal from any copy of decimal.js (not `instanceof`, which fails
 * across copies).
 *
 * @example
 * ```ts
 * isDecimal(dec('1')); // → true
 * isDecimal('1');      // → false
 * ```
 *
 * @category Numbers
 */
export function isDecimal(x: unknown): x is Decimal {
  return DecimalJs.isDecimal(x);
}

/**
 * A rounding mode for display: `'half-up'` (四舍五入, the statistical convention: 0.5 goes
 * away from zero) or `'half-even'` (banker's rounding: 0.5 goes to the even neighbour).
 *
 * @category Numbers
 */
export type RoundingMode = 'half-up' | 'half-even';

const ROUNDING_MODES: Readonly<Record<RoundingMode, DecimalJs.Rounding>> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
};

/** Largest number of decimal places {@link round} accepts. */
export const MAX_PLACES = 1000;

/**
 * Round `x` to `places` decimal places, for display. The result is exact (not limited to
 * 34 significant digits).
 *
 * `half-up` (default, 四舍五入): ties go away from zero, `round('2.345', 2)` → `2.35`,
 * `round('-2.345', 2)` → `-2.35`. `half-even`: ties go to the even digit,
 * `round('2.345', 2, 'half-even')` → `2.34`.
 *
 * @param x - The value to round.
 * @param places - Decimal places, an integer from 0 to 1000.
 * @param mode - `'half-up'` (default) or `'half-even'`.
 * @throws {@link PlanError} `INVALID_DECIMAL` for a bad `x`; `INVALID_ARGUMENT` for bad
 *   `places` or `mode`.
 *
 * @example
 * ```ts
 * round('14.8698355', 2).toFixed(2);              // → '14.87'
 * round('0.125', 2, 'half-even').toString();       // → '0.12'
 * round('0.125', 2).toString();                    // → '0.13'
 * ```
 *
 * @category Numbers
 */
export function round(x: DecimalInput, places: number, mode: RoundingMode = 'half-up'): Decimal {
  const value = dec(x, 'x');
  if (typeof places !== 'number' || !Number.isInteger(places) || places < 0 || places > MAX_PLACES) {
    throw invalidArgument('places', messages.expected.integer(0, MAX_PLACES), places);
  }
  const rounding = Object.prototype.hasOwnProperty.call(ROUNDING_MODES, mode)
    ? ROUNDING_MODES[mode]
    : undefined;
  if (rounding === undefined) throw invalidArgument('mode', messages.expected.oneOf(Object.keys(ROUNDING_MODES)), mode);
  const result = value.toDecimalPlaces(places, rounding);
  return result.isZero() ? ZERO : result;
}

/**
 * Write `x` in plain notation, never exponent notation: `2.4e11` → `'240000000000'`,
 * `1e-9` → `'0.000000001'`. This is the form decimals take in JSON.
 *
 * @throws {@link PlanError} `INVALID_DECIMAL` for a bad `x`.
 *
 * @example
 * ```ts
 * toPlain('2.4e11');  // → '240000000000'
 * toPlain(dec('0.08')); // → '0.08'
 * ```
 *
 * @category Numbers
 */
export function toPlain(x: DecimalInput): string {
  return dec(x, 'x').toFixed();
}
