/**
 * Deep copying and freezing, for plans and the embedded dataset.
 *
 * @internal
 * @module
 */
import { D, dec, isDecimal, type Decimal, type DecimalInput } from '../decimal.js';

/**
 * A Decimal of our own that nobody else holds (so freezing it changes nothing of the caller's).
 *
 * @param x - The value; `name` names it in the error.
 * @returns A new Decimal of the library's constructor.
 * @throws `PlanError` `INVALID_DECIMAL` when `x` is not a finite decimal.
 * @internal
 */
export function freshDecimal(x: DecimalInput, name: string): Decimal {
  return new D(dec(x, name));
}

/**
 * A structural copy of plain data: arrays and plain objects copied, Decimals made fresh.
 *
 * @param value - The data; `name` is its path in an error message for a bad decimal.
 * @returns The copy.
 * @throws `PlanError` `INVALID_DECIMAL` for a Decimal that is not finite.
 * @internal
 */
export function cloneData<T>(value: T, name = 'value'): T {
  try {
    return copy(value, null);
  } catch {
    // Copy again, naming each value, only to say which one is bad (the paths cost a string
    // per value, a third of the time it takes to load the embedded plan).
    return copy(value, name);
  }
}

function copy<T>(value: T, name: string | null): T {
  if (Array.isArray(value)) return value.map((item, i) => copy(item, name === null ? null : `${name}[${i}]`)) as T;
  if (isDecimal(value)) return freshDecimal(value, name ?? 'value') as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], name === null ? null : `${name}.${key}`);
    return out as T;
  }
  return value;
}

/**
 * Freeze `value` and everything reachable from it (objects, arrays, and the digit arrays of
 * Decimals), in place, and return it. Functions are not frozen (a Decimal's own
 * `constructor` property is the library's constructor, which must stay usable).
 *
 * Only call it on values the library made itself: freezing a caller's object would change
 * it.
 *
 * @param value - A value the library made.
 * @returns `value`, frozen.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  freeze(value, new WeakSet(), true);
  return value;
}

/**
 * Freeze the objects and arrays reachable from `value`, in place; Decimals are left as they
 * are (one may be the caller's own, which the library must not change).
 *
 * @param value - Data the library made, which may hold the caller's Decimals.
 * @returns `value`, frozen but for its Decimals.
 * @internal
 */
export function freezeData<T>(value: T): T {
  freeze(value, new WeakSet(), false);
  return value;
}

function freeze(value: unknown, seen: WeakSet<object>, decimals: boolean): void {
  if (typeof value !== 'object' || value === null || seen.has(value) || (!decimals && isDecimal(value))) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) freeze((value as Record<PropertyKey, unknown>)[key], seen, decimals);
}
