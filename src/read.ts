/**
 * Reading the arguments of public functions, without zod: one reader for each kind of
 * argument (an object, options, a year, a value of a closed list, a decimal …). Each returns
 * the value read or throws a {@link PlanError} `INVALID_ARGUMENT` that names the argument,
 * says what is allowed and quotes what was received. Every public function reads its
 * arguments through these, so the same mistake gets the same message everywhere.
 *
 * @internal
 * @module
 */
import { dec, isDecimal, type Decimal, type DecimalInput } from './decimal.js';
import { argumentError, invalidArgument, isPlanError, type PlanError } from './errors.js';
import { messages } from './messages.js';
import { closest } from './suggest.js';
import { ID_PATTERN, MAX_ID_LENGTH, MAX_YEAR, MIN_YEAR } from './vocabulary.js';

/**
 * Whether `object` has its own property `key` (not one of its prototype's, such as
 * `'toString'`).
 *
 * @example
 * ```ts
 * hasOwn({ year: 2020 }, 'year');     // → true
 * hasOwn({ year: 2020 }, 'toString'); // → false
 * ```
 */
export const hasOwn = (object: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Whether `x` is a plain object to read keys from: not `null`, not an array, not a Decimal.
 *
 * @example
 * ```ts
 * isObject({});         // → true
 * isObject([]);         // → false
 * isObject(dec('1'));   // → false
 * ```
 */
export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !isDecimal(x);
}

/**
 * An object (see {@link isObject}) whose own properties can be read: each is read once here,
 * so that a getter or a Proxy's trap that throws is a `PlanError` naming the argument, not
 * what it threw.
 *
 * @param x - The argument.
 * @param name - Its name, for the message.
 * @param what - What is allowed, completing "expected …" (default `'an object'`).
 * @returns `x`, unchanged.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything else, or an object whose reading
 *   throws.
 *
 * @example
 * ```ts
 * readObject([], 'plan'); // throws PlanError INVALID_ARGUMENT
 * // → 'plan: expected an object, got an array of length 0'
 * ```
 */
export function readObject(x: unknown, name: string, what = 'an object'): Record<string, unknown> {
  if (!isObject(x)) throw invalidArgument(name, what, x);
  reading(name, () => {
    for (const key of Object.keys(x)) void x[key];
  });
  return x;
}

/**
 * Run `read`, which reads an argument the caller gave, turning what the caller's own code
 * throws meanwhile (a getter, a Proxy's trap) into a {@link PlanError} `INVALID_ARGUMENT`
 * that names the argument. A `PlanError` passes through.
 *
 * @param name - The argument, for the message.
 * @param read - Reads it.
 * @returns What `read` returns.
 * @throws {@link PlanError} `INVALID_ARGUMENT` when reading threw something else.
 *
 * @example
 * ```ts
 * reading('plan', () => new Proxy({}, { get() { throw new Error('no'); } }).id); // throws PlanError INVALID_ARGUMENT
 * // → 'plan: could not be read (Error: no); pass plain data: objects, arrays, strings, numbers and Decimals, without getters that throw'
 * ```
 */
export function reading<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isPlanError(error)) throw error;
    throw argumentError('INVALID_ARGUMENT', name, messages.unreadable(name, error));
  }
}

/**
 * An options object or `undefined` (read as `{}`), read once into a copy: its own keys, and
 * the allowed keys it inherits (a class's getters). An own key outside `allowed` is an error
 * that names the key, lists the allowed ones and suggests the closest.
 *
 * @param x - The argument.
 * @param name - Its name, for the message (`'options'`, `'query'`).
 * @param allowed - The keys allowed.
 * @returns A copy of the options, or `{}` for `undefined`.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for a value that is no object, a key that is
 *   not allowed, or a getter that throws.
 *
 * @example
 * ```ts
 * readOptions(undefined, 'options', ['asOf']);      // → {}
 * readOptions({ asof: 2018 }, 'options', ['asOf']); // throws PlanError INVALID_ARGUMENT
 * // → "options: unknown key 'asof'; did you mean 'asOf'? allowed keys: asOf"
 * ```
 */
export function readOptions(x: unknown, name: string, allowed: readonly string[]): Record<string, unknown> {
  if (x === undefined) return {};
  if (!isObject(x)) throw invalidArgument(name, messages.expected.options, x);
  const options = x;
  return reading(name, () => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(options)) {
      if (!allowed.includes(key)) throw unknownKey(name, key, allowed);
      out[key] = options[key];
    }
    for (const key of allowed) if (!hasOwn(out, key) && key in options) out[key] = options[key];
    return out;
  });
}

/**
 * The error for a key that is not allowed: it names the key, lists the allowed keys and
 * suggests the closest one (if one is close).
 *
 * @param name - The object the key is in.
 * @param key - The key.
 * @param allowed - The keys allowed.
 * @returns The `INVALID_ARGUMENT` error, to throw.
 *
 * @example
 * ```ts
 * unknownKey('query', 'zzz', ['id', 'year']).message; // → "query: unknown key 'zzz'; allowed keys: id, year"
 * ```
 */
export function unknownKey(name: string, key: string, allowed: readonly string[]): PlanError {
  return argumentError('INVALID_ARGUMENT', name, messages.unknownKey(name, key, closest(key, allowed, 1)[0], allowed), key);
}

/**
 * An array; with `nonEmpty` (what its items are), an empty one is refused too. The array is
 * returned as it is, never copied nor changed.
 *
 * @param x - The argument.
 * @param name - Its name, for the message.
 * @param nonEmpty - What the items are (`'rate'`), to refuse an empty array.
 * @returns `x`, unchanged.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything else.
 *
 * @example
 * ```ts
 * readArray('0.1', 'rates');      // throws PlanError INVALID_ARGUMENT
 * // → "rates: expected an array, got '0.1'"
 * readArray([], 'rates', 'rate'); // throws PlanError INVALID_ARGUMENT
 * // → 'rates: expected at least one rate, got an array of length 0'
 * ```
 */
export function readArray(x: unknown, name: string, nonEmpty?: string): readonly unknown[] {
  if (!Array.isArray(x)) throw invalidArgument(name, messages.expected.array, x);
  const length = reading(name, () => (x as unknown[]).length); // a Proxy of an array may throw
  if (nonEmpty !== undefined && length === 0) throw invalidArgument(name, `at least one ${nonEmpty}`, x);
  return x;
}

/**
 * A finite `number`: not `NaN` nor ±`Infinity`; a numeric string or a bigint is refused.
 *
 * @param x - The argument.
 * @param name - Its name, for the message.
 * @returns `x`, unchanged.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything else.
 *
 * @example
 * ```ts
 * readFiniteNumber(2.5, 'years');      // → 2.5
 * readFiniteNumber(Number.NaN, 'years'); // throws PlanError INVALID_ARGUMENT
 * // → 'years: expected a finite number, got NaN'
 * ```
 */
export function readFiniteNumber(x: unknown, name: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw invalidArgument(name, messages.expected.finiteNumber, x);
  return x;
}

/**
 * An integer `number` from `min` to `max` (`-0` is read as 0).
 *
 * @param x - The argument.
 * @param name - Its name, for the message.
 * @param min - The smallest allowed.
 * @param max - The largest allowed.
 * @returns The integer.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything else.
 *
 * @example
 * ```ts
 * readInteger(3, 'places', 0, 10);   // → 3
 * readInteger(2.5, 'places', 0, 10); // throws PlanError INVALID_ARGUMENT
 * // → 'places: expected an integer from 0 to 10, got 2.5'
 * ```
 */
export function readInteger(x: unknown, name: string, min: number, max: number): number {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) {
    throw invalidArgument(name, messages.expected.integer(min, max), x);
  }
  return x + 0; // -0 → 0
}

/**
 * Whether `x` is a year the library accepts: an integer from {@link MIN_YEAR} to
 * {@link MAX_YEAR}.
 *
 * @example
 * ```ts
 * isYear(2020);   // → true
 * isYear(2020.5); // → false
 * isYear('2020'); // → false
 * ```
 */
export function isYear(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= MIN_YEAR && x <= MAX_YEAR;
}

/**
 * A year: an integer from {@link MIN_YEAR} to {@link MAX_YEAR}.
 *
 * @param x - The argument.
 * @param name - Its name, for the message.
 * @returns The year.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything else.
 *
 * @example
 * ```ts
 * readYear(2020, 'asOf'); // → 2020
 * readYear(20, 'asOf');   // throws PlanError INVALID_ARGUMENT
 * // → 'asOf: expected an integer year from 1900 to 2100, got 20'
 * ```
 */
export function readYear(x: unknown, name: string): number {
  if (!isYear(x)) throw invalidArgument(name, messages.expected.year(MIN_YEAR, MAX_YEAR), x);
  return x;
}

/**
 * One of a closed list of strings.
 *
 * @param x - The argument.
 * @param name - Its name, for the message.
 * @param allowed - The strings allowed.
 * @returns `x`, as one of `allowed`.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything else, listing `allowed`.
 *
 * @example
 * ```ts
 * readChoice('en', 'locale', LOCALES); // → 'en'
 * readChoice('zh', 'locale', LOCALES); // throws PlanError INVALID_ARGUMENT
 * // → "locale: expected one of 'en', 'zh-CN', got 'zh'"
 * ```
 */
export function readChoice<const T extends string>(x: unknown, name: string, allowed: readonly T[]): T {
  if (typeof x !== 'string' || !(allowed as readonly string[]).includes(x)) {
    throw invalidArgument(name, messages.expected.oneOf(allowed), x);
  }
  return x as T;
}

/**
 * `true` or `false`.
 *
 * @param x - The argument.
 * @param name - Its name, for the message.
 * @returns `x`.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything else (`'true'`, `1` …).
 *
 * @example
 * ```ts
 * readBoolean('true', 'options.strict'); // throws PlanError INVALID_ARGUMENT
 * // → "options.strict: expected true or false, got 'true'"
 * ```
 */
export function readBoolean(x: unknown, name: string): boolean {
  if (typeof x !== 'boolean') throw invalidArgument(name, messages.expected.boolean, x);
  return x;
}

/**
 * A string that is not empty nor only white space; returned as it is (not trimmed).
 *
 * @param x - The argument.
 * @param name - Its name, for the message.
 * @returns `x`.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything else.
 *
 * @example
 * ```ts
 * readText(' ', 'title'); // throws PlanError INVALID_ARGUMENT
 * // → "title: expected a non-empty string, got ' '"
 * ```
 */
export function readText(x: unknown, name: string): string {
  if (typeof x !== 'string' || x.trim() === '') throw invalidArgument(name, messages.expected.text, x);
  return x;
}

/**
 * A string of at least one character, white space included: the rule of free text in data
 * (a scenario's name and description, a caveat's message), as the schemas read it.
 *
 * @param x - The argument.
 * @param name - Its name, for the message.
 * @returns `x`.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything else.
 *
 * @example
 * ```ts
 * readString(' ', 'description'); // → ' '
 * readString('', 'description');  // throws PlanError INVALID_ARGUMENT
 * // → "description: expected a non-empty string, got ''"
 * ```
 */
export function readString(x: unknown, name: string): string {
  if (typeof x !== 'string' || x === '') throw invalidArgument(name, messages.expected.text, x);
  return x;
}

/**
 * An id: 1 to 100 letters, digits and `- _ . : /`, starting with a letter or digit
 * ({@link ID_PATTERN}).
 *
 * @param x - The argument.
 * @param name - Its name, for the message.
 * @returns `x`.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything else.
 *
 * @example
 * ```ts
 * readId('eight-percent', 'scenario.id'); // → 'eight-percent'
 * readId('8 %', 'scenario.id');           // throws PlanError INVALID_ARGUMENT
 * ```
 */
export function readId(x: unknown, name: string): string {
  if (typeof x !== 'string' || !ID_PATTERN.test(x)) throw invalidArgument(name, messages.expected.id(MAX_ID_LENGTH), x);
  return x;
}

/**
 * A decimal, read exactly by {@link dec}.
 *
 * @param x - The argument.
 * @param name - Its name, for the message.
 * @returns The exact decimal.
 * @throws {@link PlanError} `INVALID_DECIMAL` for anything that is not a finite decimal.
 *
 * @example
 * ```ts
 * readDecimal('2.40', 'value').toString(); // → '2.4'
 * readDecimal('1,000', 'value');           // throws PlanError INVALID_DECIMAL
 * ```
 */
export function readDecimal(x: unknown, name: string): Decimal {
  return dec(x as DecimalInput, name);
}

/**
 * A decimal, or `null` for `null` and `undefined`.
 *
 * @param x - The argument.
 * @param name - Its name, for the message.
 * @returns The exact decimal, or `null`.
 * @throws {@link PlanError} `INVALID_DECIMAL` for anything else.
 *
 * @example
 * ```ts
 * readNullableDecimal(undefined, 'value'); // → null
 * readNullableDecimal('abc', 'value');     // throws PlanError INVALID_DECIMAL
 * ```
 */
export function readNullableDecimal(x: unknown, name: string): Decimal | null {
  return x === null || x === undefined ? null : dec(x as DecimalInput, name);
}

/**
 * `read(x)` when `x` is given, else `fallback` (an optional argument or option).
 *
 * @param x - The argument, perhaps `undefined`.
 * @param read - The reader of a given value.
 * @param fallback - The value for `undefined` (default `undefined`).
 * @returns What `read` returns, or `fallback`.
 *
 * @example
 * ```ts
 * optional(undefined, (x) => readYear(x, 'asOf'), 2020); // → 2020
 * optional(2018, (x) => readYear(x, 'asOf'), 2020);      // → 2018
 * ```
 */
export function optional<T, F = undefined>(x: unknown, read: (x: unknown) => T, fallback?: F): T | F {
  return x === undefined ? (fallback as F) : read(x);
}
