/**
 * The one way the library recognises objects it made itself (quantities, projections), so
 * that it can trust them without reading them again; and the one test of what else it may
 * read once and cache by identity ({@link isFrozenData}: frozen data, no getters).
 *
 * A made object carries, under a symbol that only this module holds, a non-enumerable,
 * read-only mark with its kind and its payload: the checked data the library reads back. The
 * mark does not show in `JSON.stringify`, spreads, `Object.keys` or deep equality. A mark
 * copied onto another object still carries the payload of the object it was made for, so
 * reading through it can never give data that was not checked; a getter or a proxy on the
 * outside is never consulted for the payload.
 *
 * A property instead of a `WeakMap`: a weak map entry per projection made V8 run a full
 * (mark-compact) garbage collection every few thousand projections (see docs/performance.md).
 *
 * @internal
 * @module
 */

import { ZERO } from './decimal.js';

const MARK = Symbol('baotou-plan');

/** The kinds of object the library marks: quantities and projections. */
export type OwnKind = 'quantity' | 'projection';

/** A mark; only this class can make one (the private field is its brand), so none can be forged. */
class Mark {
  readonly #brand = true;
  constructor(
    readonly kind: OwnKind,
    readonly payload: unknown,
  ) {
    Object.freeze(this);
  }
  static is(x: unknown): x is Mark {
    return typeof x === 'object' && x !== null && #brand in x;
  }
}

/**
 * Mark `object` as made by the library, with the data to read back. Mark an object once,
 * before freezing it (a frozen or already marked object cannot take a mark).
 *
 * @param object - An object the library just made.
 * @param kind - What it is.
 * @param payload - The checked data {@link ownPayload} gives back (default: the object itself).
 * @returns `object`, marked.
 *
 * @example
 * ```ts
 * const made = markOwn({ value: 1 }, 'quantity', 'checked');
 * ownPayload(made, 'quantity'); // → 'checked'
 * ```
 */
export function markOwn<T extends object>(object: T, kind: OwnKind, payload: unknown = object): T {
  Object.defineProperty(object, MARK, { value: new Mark(kind, payload) });
  return object;
}

/**
 * The payload of an object the library made as `kind`, or `undefined` for any other value:
 * a copy (spread, JSON, `structuredClone`), an object inheriting from a made one, an object
 * of another kind, a proxy whose traps throw. Never throws.
 *
 * @param x - Anything.
 * @param kind - The kind wanted.
 * @returns The payload given to {@link markOwn}, or `undefined`.
 *
 * @example
 * ```ts
 * const made = markOwn({ value: 1 }, 'quantity');
 * ownPayload(made, 'quantity') === made; // → true
 * ownPayload({ ...made }, 'quantity');   // → undefined
 * ownPayload(made, 'projection');        // → undefined
 * ```
 */
export function ownPayload<P>(x: unknown, kind: OwnKind): P | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  let mark: unknown;
  try {
    mark = Object.getOwnPropertyDescriptor(x, MARK)?.value;
  } catch {
    return undefined; // a proxy whose trap throws is not ours
  }
  return Mark.is(mark) && mark.kind === kind ? (mark.payload as P) : undefined;
}

/** The prototype of Decimals: every constructor decimal.js makes with `clone` shares it. */
const DECIMAL_PROTOTYPE = /* @__PURE__ */ Object.getPrototypeOf(ZERO) as object;

/** The prototypes of frozen data: plain objects, arrays, Decimals. */
const DATA_PROTOTYPES: ReadonlySet<object | null> = /* @__PURE__ */ new Set([Object.prototype, Array.prototype, null, DECIMAL_PROTOTYPE]);

/** Objects already found to be frozen data, with everything they hold: they can never change. */
const frozenData = new WeakSet<object>();

/**
 * Whether `x`, and everything reachable through its own string-keyed properties, is frozen
 * data: frozen plain objects, arrays and Decimals whose properties are all data properties (no
 * getter, no setter). Such a value reads the same forever, so a cache keyed on it can never
 * give an old answer; a frozen object with a getter, or one with a mutable part anywhere, is
 * not frozen data. Primitives are. Never throws (a proxy whose trap throws is not frozen
 * data). Each object is walked once: the answer `true` is remembered.
 *
 * @param x - Anything.
 * @returns `true` for frozen data.
 *
 * @example
 * ```ts
 * isFrozenData(Object.freeze({ growth: Object.freeze({ 2016: '0.08' }) })); // → true
 * isFrozenData(Object.freeze({ get growth() { return '0.08'; } }));          // → false
 * isFrozenData(Object.freeze({ growth: { 2016: '0.08' } }));                 // → false
 * ```
 */
export function isFrozenData(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || frozenData.has(x)) return typeof x !== 'function';
  const seen = new Set<object>();
  const stack: object[] = [x];
  try {
    while (stack.length > 0) {
      const object = stack.pop() as object;
      if (seen.has(object) || frozenData.has(object)) continue;
      const prototype = Object.getPrototypeOf(object) as object | null;
      if (!Object.isFrozen(object) || !DATA_PROTOTYPES.has(prototype)) return false;
      seen.add(object);
      for (const key of Object.getOwnPropertyNames(object)) {
        const descriptor = Object.getOwnPropertyDescriptor(object, key) as PropertyDescriptor;
        if (!('value' in descriptor)) return false;
        const value: unknown = descriptor.value;
        // A Decimal holds its constructor as an own property; no other function is data.
        if (typeof value === 'function' && !(key === 'constructor' && prototype === DECIMAL_PROTOTYPE)) return false;
        if (typeof value === 'object' && value !== null) stack.push(value);
      }
    }
  } catch {
    return false;
  }
  for (const object of seen) frozenData.add(object);
  return true;
}
