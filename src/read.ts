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
import { argumentError, invalidArgument, type PlanError } from './errors.js';
import { messages } from './messages.js';
import { closest } from './suggest.js';
import { MAX_YEAR, MIN_YEAR } from './vocabulary.js';

/** Whether `object` has its own property `key` (not one of its prototype). */
export const hasOwn = (object: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** A plain object: not `null`, not an array, not a Decimal. */
export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !isDecimal(x);
}

/** An object (see {@link isObject}); `what` completes "expected …" (default `'an object'`). */
export function readObject(x: unknown, name: string, what = 'an object'): Record<string, unknown> {
  if (!isObject(x)) throw invalidArgument(name, what, x);
  return x;
}

/**
 * An options object or `undefined` (read as `{}`). With `allowed`, a key outside it is an
 * error that names the key, suggests the closest allowed one and lists them all.
 */
export function readOptions(x: unknown, name = 'options', allowed?: readonly string[]): Record<string, unknown> {
  if (x === undefined) return {};
  const options = readObject(x, name, 'an options object or undefined');
  if (allowed !== undefined) {
    for (const key in options) {
      if (hasOwn(options, key) && !allowed.includes(key)) throw unknownKey(name, key, allowed);
    }
  }
  return options;
}

/** The error for a key that is not allowed, with a suggestion. */
export function unknownKey(name: string, key: string, allowed: readonly string[]): PlanError {
  return argumentError('INVALID_ARGUMENT', name, messages.unknownKey(name, key, closest(key, allowed, 1)[0], allowed), key);
}

/** An array; with `nonEmpty` (what its items are), an empty one is refused too. */
export function readArray(x: unknown, name: string, nonEmpty?: string): readonly unknown[] {
  if (!Array.isArray(x)) throw invalidArgument(name, 'an array', x);
  if (nonEmpty !== undefined && x.length === 0) throw invalidArgument(name, `at least one ${nonEmpty}`, x);
  return x;
}

/** An integer from `min` to `max`. */
export function readInteger(x: unknown, name: string, min: number, max: number): number {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) {
    throw invalidArgument(name, messages.expected.integer(min, max), x);
  }
  return x + 0; // -0 → 0
}

/** A year: an integer from {@link MIN_YEAR} to {@link MAX_YEAR}. */
export function readYear(x: unknown, name: string): number {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < MIN_YEAR || x > MAX_YEAR) {
    throw invalidArgument(name, messages.expected.year(MIN_YEAR, MAX_YEAR), x);
  }
  return x;
}

/** Whether `x` is a year the library accepts (see {@link readYear}). */
export function isYear(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= MIN_YEAR && x <= MAX_YEAR;
}

/** One of a closed list of strings. */
export function readChoice<const T extends string>(x: unknown, name: string, allowed: readonly T[]): T {
  if (typeof x !== 'string' || !(allowed as readonly string[]).includes(x)) {
    throw invalidArgument(name, messages.expected.oneOf(allowed), x);
  }
  return x as T;
}

/** `true` or `false`. */
export function readBoolean(x: unknown, name: string): boolean {
  if (typeof x !== 'boolean') throw invalidArgument(name, messages.expected.boolean, x);
  return x;
}

/** A string that is not empty (nor only white space). */
export function readText(x: unknown, name: string): string {
  if (typeof x !== 'string' || x.trim() === '') throw invalidArgument(name, messages.expected.text, x);
  return x;
}

/** A decimal, read exactly by {@link dec} (which names the argument in its error). */
export function readDecimal(x: unknown, name: string): Decimal {
  return dec(x as DecimalInput, name);
}

/** A decimal, or `null` for `null` and `undefined`. */
export function readNullableDecimal(x: unknown, name: string): Decimal | null {
  return x === null || x === undefined ? null : dec(x as DecimalInput, name);
}

/** `read(x)` when `x` is given, else `fallback`. */
export function optional<T, F = undefined>(x: unknown, read: (x: unknown) => T, fallback?: F): T | F {
  return x === undefined ? (fallback as F) : read(x);
}
