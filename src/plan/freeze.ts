/**
 * Deep copying and freezing, for plans and the embedded dataset.
 *
 * @internal
 * @module
 */
import { D, dec, isDecimal, type Decimal, type DecimalInput } from '../decimal.js';

/** A Decimal of our own that nobody else holds (so freezing it changes nothing of the caller's). @internal */
export function freshDecimal(x: DecimalInput, name: string): Decimal {
  return new D(dec(x, name));
}

/**
 * A structural copy of plain data: arrays and plain objects copied, Decimals made fresh
 * (`name` is the path used in an error message for a bad decimal).
 *
 * @internal
 */
export function cloneData<T>(value: T, name = 'value'): T {
  if (Array.isArray(value)) return value.map((item, i) => cloneData(item, `${name}[${i}]`)) as T;
  if (isDecimal(value)) return freshDecimal(value, name) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = cloneData(child, `${name}.${key}`);
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
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  freeze(value, new WeakSet());
  return value;
}

function freeze(value: unknown, seen: WeakSet<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) freeze((value as Record<PropertyKey, unknown>)[key], seen);
}
