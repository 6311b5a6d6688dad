/**
 * An evaluation's `explanation`, written when it is first read.
 *
 * Why: a scorecard judges every target of a plan, and writing every input and intermediate
 * value of every verdict out as text was about 33 µs of a scorecard (`npm run bench`), more
 * than the arithmetic. So an evaluation keeps the writer and runs it once, on the first read
 * of `explanation`; a scorecard whose explanations nobody reads never pays for them.
 *
 * How: one getter, written once here and shared by every evaluation. (A getter written in each
 * object literal gave each evaluation a hidden class of its own: slow to make, and garbage
 * for the full collector.) To a caller `explanation` is an ordinary enumerable, read-only
 * field: `JSON.stringify`, spreads and `Object.keys` see it, and every read gives the same
 * frozen object.
 *
 * @internal
 * @module
 */
import type { Explanation } from './types.js';

/** Where an evaluation keeps the writer of its explanation (not enumerable). */
const WRITER = /* @__PURE__ */ Symbol('explanation writer');

interface Lazy {
  readonly [WRITER]: () => Explanation;
}

/** The one getter of every evaluation's `explanation`. */
const EXPLANATION: PropertyDescriptor = {
  enumerable: true,
  get(this: Lazy): Explanation {
    return this[WRITER]();
  },
};

/**
 * Give `fields` an `explanation` that `write` produces on its first read (and only then);
 * every later read gives the same object. `fields` is changed and returned, not frozen: the
 * caller adds its own fields after `explanation`, then freezes it.
 *
 * @param fields - A new object the caller owns (never an input of the caller's caller).
 * @param write - Writes the explanation; called at most once.
 * @returns `fields`, with `explanation` as its last key so far.
 */
export function explainLater<T extends object>(fields: T, write: () => Explanation): T & { readonly explanation: Explanation } {
  let written: Explanation | undefined;
  Object.defineProperty(fields, 'explanation', EXPLANATION);
  Object.defineProperty(fields, WRITER, { value: () => (written ??= write()) });
  return fields as T & { readonly explanation: Explanation };
}
