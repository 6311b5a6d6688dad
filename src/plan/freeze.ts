/**
 * Deep copying and freezing, for plans and the embedded dataset.
 *
 * @internal
 * @module
 */
import { D, dec, freeze as freezeDecimal, isDecimal, type Decimal, type DecimalInput } from '../decimal.js';
import { argumentError } from '../errors.js';
import { messages } from '../messages.js';
import { reading } from '../read.js';

/**
 * A frozen Decimal of our own that nobody else holds, or that nobody can change: `dec`'s
 * result, which is new (or a shared constant) for anything but one of our own frozen Decimals,
 * passed back as it is; that one is copied, since its digit array may still be the caller's.
 *
 * @param x - The value; `name` names it in the error.
 * @returns A frozen Decimal of the library's constructor (its digit array frozen too).
 * @throws `PlanError` `INVALID_DECIMAL` when `x` is not a finite decimal.
 * @internal
 */
export function freshDecimal(x: DecimalInput, name: string): Decimal {
  const read = dec(x, name);
  return read === x ? freezeDecimal(new D(read)) : read;
}

/**
 * A structural copy of plain data: arrays and plain objects copied, Decimals made fresh.
 *
 * @param value - The data; `name` is its path in an error message for a bad decimal.
 * @returns The copy.
 * @throws `PlanError` `INVALID_DECIMAL` for a Decimal that is not finite; `INVALID_ARGUMENT`
 *   for data that contains itself (a cycle) or whose reading throws (a getter, a Proxy).
 * @internal
 */
export function cloneData<T>(value: T, name = 'value'): T {
  try {
    return copy(value, null, []);
  } catch {
    // Copy again, naming each value, only to say which one is bad (the paths cost a string
    // per value, a third of the time it takes to load the embedded plan).
    return reading(name, () => copy(value, name, []));
  }
}

function copy<T>(value: T, name: string | null, within: object[]): T {
  if (typeof value !== 'object' || value === null) return value;
  if (isDecimal(value)) return freshDecimal(value, name ?? 'value') as T;
  if (within.includes(value)) {
    const at = name ?? 'value';
    throw argumentError('INVALID_ARGUMENT', at, messages.cyclic(at));
  }
  within.push(value);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((item, i) => copy(item, name === null ? null : `${name}[${i}]`, within));
  else {
    const o: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = copy((value as Record<string, unknown>)[key], name === null ? null : `${name}.${key}`, within);
      // An own '__proto__' key (JSON.parse makes one) is data, not the copy's prototype: it is
      // defined, never assigned. Any other key is assigned, which is several times faster (the
      // embedded plans are copied when the root is imported).
      if (key === '__proto__') Object.defineProperty(o, key, { value: item, enumerable: true, writable: true, configurable: true });
      else o[key] = item;
    }
    out = o;
  }
  within.pop();
  return out as T;
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
  freeze(value, new WeakSet());
  return value;
}

function freeze(value: unknown, seen: WeakSet<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) freeze((value as Record<PropertyKey, unknown>)[key], seen);
}

/**
 * Freeze plain data the library made, in place, and return it: arrays and plain objects (their
 * own enumerable string keys), children before parents, so that an object already frozen is
 * frozen all the way down and is not walked again (a record shared by several others is
 * walked once). The Decimals in it must be frozen already (`dec` and {@link freshDecimal}
 * make them so); functions are left as they are.
 *
 * Faster than {@link deepFreeze}, which makes no such assumption: only call it on a tree of
 * arrays, plain objects and frozen values that the library made or owns (the embedded
 * dataset, a copy made by {@link cloneData}); a frozen object of anyone else's may hold
 * something unfrozen, and a cycle would not end.
 *
 * @param value - Plain data the library made.
 * @returns `value`, frozen.
 * @internal
 */
export function freezeData<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    // Indexed loops and for…in (no iterator, no array of keys): three times as fast when the
    // root is imported, which freezes the embedded dataset.
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freezeData(value[i]);
    else for (const key in value) if (Object.hasOwn(value, key)) freezeData((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
