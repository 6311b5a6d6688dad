/**
 * The one way the library recognises objects it made itself (quantities, projections), so
 * that it can trust them without reading them again.
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
