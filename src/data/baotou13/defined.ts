/**
 * The records of the dataset are written by small builders with optional parts; this keeps a
 * record free of keys whose value is absent, as a literal written by hand would be.
 *
 * @internal
 * @module
 */

/** `T` with every key that may be `undefined` made optional instead. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/**
 * A record without its absent parts.
 *
 * @param record - A record whose optional parts may be `undefined`.
 * @returns A new record without the keys whose value is `undefined`, the other keys in their order.
 */
export function defined<T extends object>(record: T): Defined<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Defined<T>;
}
