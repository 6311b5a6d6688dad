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
import { PlanError, argumentError, invalidArgument } from './errors.js';
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
 * The largest power of ten, either way, of any decimal the library reads or makes: a value
 * has an exponent from −10,000 to 10,000 (the plan's figures span about 10⁻³⁰ to 10¹⁵). A
 * result beyond it is a `DOMAIN` error; an input beyond it is refused at the door. Written
 * out in plain notation, every value fits in about 10,000 characters.
 *
 * @category Numbers
 */
export const MAX_EXPONENT = 10_000;

/**
 * The most significant digits of a decimal the library reads: 1,000 (results have 34).
 *
 * @category Numbers
 */
export const MAX_SIGNIFICANT_DIGITS = 1_000;

/** The most base-10⁷ words of decimal.js that {@link MAX_SIGNIFICANT_DIGITS} digits can take. */
const MAX_WORDS = Math.ceil(MAX_SIGNIFICANT_DIGITS / 7) + 1;

/** Headroom of the working contexts, whose intermediate values may be a product of two extremes. */
const WORKING_EXPONENT = 4 * MAX_EXPONENT;

/** The settings of a constructor (only the keys matter). */
const SETTINGS_KEYS = { precision: 0, rounding: 0, toExpNeg: 0, toExpPos: 0, minE: 0, maxE: 0, modulo: 0 } as const;

/** The configuration of {@link D}, which {@link dec} restores if anyone assigned to it. */
const SETTINGS = /* @__PURE__ */ Object.freeze({
  precision: PRECISION,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -7,
  toExpPos: 21,
  minE: -MAX_EXPONENT,
  maxE: MAX_EXPONENT,
  modulo: DecimalJs.ROUND_DOWN,
  crypto: false,
} as const);

/**
 * The library's private constructor (34 digits, half-even). Not affected by `Decimal.set`.
 *
 * @internal
 */
export const D = /* @__PURE__ */ seal(/* @__PURE__ */ DecimalJs.clone(SETTINGS));


/**
 * Seal a private constructor: its `set` and `config` throw, and its settings cannot be
 * redefined (decimal.js itself still assigns them while it computes, so they stay writable;
 * {@link dec} puts back any value someone else wrote). A result's `constructor` is therefore
 * no way into the library's context.
 */
function seal<C extends typeof DecimalJs>(ctor: C): C {
  const refuse = (): never => {
    throw new PlanError('INVALID_ARGUMENT', messages.sealedContext, { argument: 'Decimal.set' });
  };
  for (const key of ['set', 'config'] as const) Object.defineProperty(ctor, key, { value: refuse, writable: false, configurable: false });
  for (const key of Object.keys(SETTINGS_KEYS)) Object.defineProperty(ctor, key, { writable: true, configurable: false });
  return ctor;
}

/** Put back the library's settings if anyone changed them through a result's constructor. */
function guard(): void {
  if (
    D.precision !== SETTINGS.precision ||
    D.rounding !== SETTINGS.rounding ||
    D.minE !== SETTINGS.minE ||
    D.maxE !== SETTINGS.maxE ||
    D.toExpNeg !== SETTINGS.toExpNeg ||
    D.toExpPos !== SETTINGS.toExpPos ||
    D.modulo !== SETTINGS.modulo
  ) {
    for (const key of Object.keys(SETTINGS_KEYS) as (keyof typeof SETTINGS_KEYS)[]) (D as unknown as Record<string, unknown>)[key] = SETTINGS[key];
  }
}

/**
 * A constructor whose additions, subtractions and multiplications are exact for every
 * realistic operand (a billion significant digits). Never divide with it.
 *
 * @internal
 */
export const EXACT = /* @__PURE__ */ seal(
  /* @__PURE__ */ DecimalJs.clone({
    precision: 1e9,
    rounding: DecimalJs.ROUND_HALF_EVEN,
    minE: -WORKING_EXPONENT,
    maxE: WORKING_EXPONENT,
  }),
);

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
    ctor = seal(
      DecimalJs.clone({
        precision,
        rounding: DecimalJs.ROUND_HALF_EVEN,
        minE: -WORKING_EXPONENT,
        maxE: WORKING_EXPONENT,
      }),
    );
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
  return own.isZero() ? ZERO : freeze(own);
}

/**
 * Freeze a Decimal of the library and its digit array, so that no one holding it can change
 * it (decimal.js never changes a Decimal once made). Returns it.
 *
 * @internal
 */
export function freeze(x: Decimal): Decimal {
  if (!Object.isFrozen(x)) {
    if (x.d !== null && x.d !== undefined) Object.freeze(x.d);
    Object.freeze(x);
  }
  return x;
}

/**
 * Freeze, with {@link freeze}, every Decimal among the values of a plain object the library
 * just made (a result's fields, the values of a series by year); the object itself is left as
 * it is. Returns it.
 *
 * @internal
 */
export function freezeValues<T extends object>(object: T): T {
  for (const value of Object.values(object)) if (isDecimal(value)) freeze(value);
  return object;
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
export const ZERO = /* @__PURE__ */ freeze(/* @__PURE__ */ new D(0));
/** 1 as a Decimal of the library. @internal */
export const ONE = /* @__PURE__ */ freeze(/* @__PURE__ */ new D(1));
/** 100 as a Decimal of the library. @internal */
export const HUNDRED = /* @__PURE__ */ freeze(/* @__PURE__ */ new D(100));

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
 * conversion between units must not change a digit). Negative zero becomes zero. A result
 * beyond {@link MAX_EXPONENT} either way is a `DOMAIN` error naming `name` (never ∞ or 0).
 *
 * @param x - A Decimal of any constructor.
 * @param places - An integer: positive shifts left (× 10), negative right (÷ 10).
 * @param name - What `x` is, for the error (default `'value'`).
 * @returns The shifted value, a Decimal of the library.
 * @throws {@link PlanError} `DOMAIN` when the shifted value is outside the bounds.
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
export function shift(x: DecimalJs, places: number, name = 'value'): Decimal {
  if (x.isZero()) return ZERO;
  const shifted = places === 0 ? x : EXACT.mul(x, powerOfTen(places));
  if (!shifted.isFinite() || shifted.isZero() || Math.abs(shifted.e) > MAX_EXPONENT) {
    throw argumentError('DOMAIN', name, messages.shiftedOutOfRange(name, places), undefined, { formula: `× 10^${places}` });
  }
  return freeze(shifted.constructor === D ? shifted : new D(shifted));
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
  if (x.isZero()) return freeze(new D(`1e${-PRECISION}`));
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
  if (x.isZero()) return freeze(new D(`-1e${-PRECISION}`));
  if (x.isNegative()) return nextUp(x.neg()).neg();
  const down = x.toSignificantDigits(PRECISION, DecimalJs.ROUND_DOWN);
  if (down.lt(x)) return toDigits(down);
  const below = EXACT.sub(x, powerOfTen(x.e - PRECISION + 1));
  return finish(below.e < x.e ? EXACT.sub(x, powerOfTen(x.e - PRECISION)) : below);
}

/**
 * The grammar of a decimal string, the one place it is written: an optional sign, ASCII digits
 * with an optional decimal point (`'240'`, `'-0.08'`, `'.5'`, `'7.'`), and an optional
 * exponent of at most five digits (`'1.3e2'`, `'1e400'`, `'2E-7'`). No spaces, thousands
 * separators, underscores, hexadecimal, other scripts' digits (`'١٢٣'`, `'１２'`) or words.
 * {@link dec}, the zod schemas and the JSON Schema files (`pattern`) all use it, so they
 * accept exactly the same strings. It is written to mean the same in ECMAScript and in
 * Python's `re` (as JSON Schema validators in Python read it): `[0-9]`, not `\d`, and the end
 * is `(?![\s\S])`, not `$`, which Python also matches before a final line break.
 *
 * The value's size is bounded separately: see {@link MAX_EXPONENT} and
 * {@link MAX_SIGNIFICANT_DIGITS}.
 *
 * @category Numbers
 */
export const DECIMAL_PATTERN = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,5})?(?![\s\S])/;

/**
 * The longest decimal string {@link dec} reads: 25,000 characters, room for any value within
 * {@link MAX_EXPONENT} and {@link MAX_SIGNIFICANT_DIGITS} in plain notation.
 *
 * @category Numbers
 */
export const MAX_DECIMAL_LENGTH = 25_000;

/**
 * A context wide enough to read any string of {@link DECIMAL_PATTERN} exactly (exponents of at
 * most five digits, mantissas of at most {@link MAX_DECIMAL_LENGTH} characters), so that a
 * value out of range is seen as such instead of becoming 0 or Infinity.
 */
const Reading = /* @__PURE__ */ seal(/* @__PURE__ */ DecimalJs.clone({ precision: 1e9, minE: -1e6, maxE: 1e6 }));

/** |bigint| at or above this has more than {@link MAX_EXPONENT} + 1 digits. */
const BIGINT_LIMIT = 10n ** BigInt(MAX_EXPONENT + 1);

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
  guard();
  let result: DecimalJs;
  switch (typeof x) {
    case 'string':
      if (x.length > MAX_DECIMAL_LENGTH || !DECIMAL_PATTERN.test(x)) throw invalid(name, x);
      // Plain notation of at most 1,000 characters is within every bound: read it straight
      // into the library's constructor. Anything else is read exactly in a wide context first.
      result = x.length <= MAX_SIGNIFICANT_DIGITS && x.indexOf('e') < 0 && x.indexOf('E') < 0 ? new D(x) : new Reading(x);
      break;
    case 'number':
      if (!Number.isFinite(x)) throw invalid(name, x);
      result = new D(String(x));
      break;
    case 'bigint':
      if (x >= BIGINT_LIMIT || x <= -BIGINT_LIMIT) throw outOfBounds(name, x);
      result = new Reading(x.toString());
      break;
    default: {
      const own = x as DecimalJs | null;
      let ours: boolean;
      try {
        ours = own !== null && typeof own === 'object' && own.constructor === D && Object.isFrozen(own);
      } catch {
        throw invalid(name, x); // a getter or a Proxy's trap threw
      }
      if (ours && own !== null) {
        // One of our own results: frozen, exact, within the bounds when it was made.
        if (own.isFinite() && own.d.length <= MAX_WORDS) return own.isZero() ? ZERO : own;
        if (!own.isFinite()) throw invalid(name, x);
      }
      result = readForeign(x, name);
    }
  }
  if (!result.isFinite()) throw invalid(name, x);
  if (result.isZero()) return ZERO;
  if (Math.abs(result.e) > MAX_EXPONENT || (result.d.length > MAX_WORDS - 2 && result.sd() > MAX_SIGNIFICANT_DIGITS)) {
    throw outOfBounds(name, x);
  }
  return freeze(result.constructor === D ? result : new D(result));
}

/**
 * A Decimal made by anyone else — another constructor, another copy of decimal.js, or an object
 * that only claims to be one — read from its fields alone (`s`, `e`, `d`), never by calling its
 * methods: a getter that throws or a field of the wrong type is `INVALID_DECIMAL`, not a
 * `TypeError` from inside decimal.js.
 */
function readForeign(x: unknown, name: string): DecimalJs {
  let s: unknown;
  let e: unknown;
  let d: unknown;
  try {
    if (!DecimalJs.isDecimal(x) && !(typeof x === 'object' && x !== null && (x as { constructor?: unknown }).constructor === D)) {
      throw invalid(name, x);
    }
    ({ s, e, d } = x as { s?: unknown; e?: unknown; d?: unknown });
    if (Array.isArray(d) && d.length <= 4 * MAX_WORDS) d = [...(d as unknown[])]; // read once, here
  } catch {
    throw invalid(name, x);
  }
  if ((s !== 1 && s !== -1) || typeof e !== 'number' || !Number.isInteger(e) || !Array.isArray(d) || d.length === 0) throw invalid(name, x);
  if (d.length > 4 * MAX_WORDS || Math.abs(e) > MAX_EXPONENT + 7) throw outOfBounds(name, x);
  let digits = '';
  for (let i = 0; i < d.length; i++) {
    const word: unknown = d[i];
    if (typeof word !== 'number' || !Number.isInteger(word) || word < 0 || word >= 1e7 || (i === 0 && word === 0 && d.length > 1)) throw invalid(name, x);
    digits += i === 0 ? String(word) : String(word).padStart(7, '0');
  }
  return new Reading(`${s < 0 ? '-' : ''}${digits[0]}.${digits.slice(1) || '0'}e${e}`);
}

function outOfBounds(name: string, x: unknown): PlanError {
  return argumentError('INVALID_DECIMAL', name, messages.decimalOutOfBounds(name, x, MAX_SIGNIFICANT_DIGITS, MAX_EXPONENT), x);
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
  try {
    return DecimalJs.isDecimal(x);
  } catch {
    return false; // a Proxy whose traps throw is no Decimal
  }
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
  const rounding = typeof mode === 'string' && Object.prototype.hasOwnProperty.call(ROUNDING_MODES, mode)
    ? ROUNDING_MODES[mode]
    : undefined;
  if (rounding === undefined) throw invalidArgument('mode', messages.expected.oneOf(Object.keys(ROUNDING_MODES)), mode);
  const result = value.toDecimalPlaces(places, rounding);
  return result.isZero() ? ZERO : freeze(result);
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
