/**
 * Building blocks of the schemas: each knows the message for its own failure, so every issue
 * reads "expected …, got …" in our words whatever zod's locale is.
 *
 * Built on `zod/mini`, whose schemas are `zod/v4/core` schemas: users of classic `zod` and
 * of `zod/mini` can both compose them into their own.
 *
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { messages } from '../messages.js';
import { isObject } from '../read.js';

/** An error function for a schema that expects `what`: "missing; expected …" or "expected …, got …". */
export function expecting(what: string) {
  return (issue: core.$ZodRawIssue): string =>
    issue.input === undefined ? messages.schemaMissing(what) : messages.schemaExpected(what, issue.input);
}

/**
 * A regular expression that matches the whole string when `body` does, and means the same in
 * ECMAScript and in Python's `re` (how JSON Schema validators in Python read a `pattern`): the
 * end is `(?![\s\S])`, since Python's `$` also matches before a final line break. Write
 * `body` with `[0-9]`, never `\d`, `\w` or `\s`, which Python reads as Unicode classes.
 */
export function whole(body: string): RegExp {
  return new RegExp(`^(?:${body})(?![\\s\\S])`);
}

/** A non-empty string. */
export function text() {
  const error = expecting(messages.expected.text);
  return z.string({ error }).check(z.minLength(1, { error }));
}

/** A string matching `pattern`; `what` says what is allowed. */
export function matching(pattern: RegExp, what: string, maxLength?: number) {
  const error = expecting(what);
  const base = z.string({ error });
  return maxLength === undefined
    ? base.check(z.regex(pattern, { error }))
    : base.check(z.maxLength(maxLength, { error, abort: true }), z.regex(pattern, { error }));
}

/** One of a fixed list of strings. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: expecting(messages.expected.oneOf(values)) });
}

/** `true` or `false`. */
export function boolean() {
  return z.boolean({ error: expecting(messages.expected.boolean) });
}

/** An integer from `min` to `max`; `what` says what is allowed. */
export function integer(min: number, max: number, what: string) {
  const error = expecting(what);
  return z.int({ error }).check(z.gte(min, { error }), z.lte(max, { error }));
}

/** An array of `item`. */
export function list<T extends core.SomeType>(item: T) {
  return z.array(item, { error: expecting(messages.expected.array) });
}

/**
 * An object with exactly these keys: an unknown key is named, with the keys allowed
 * (`"unknown key 'b'; allowed keys: a"`).
 */
export function strict<const S extends core.$ZodLooseShape>(shape: S) {
  const allowed = Object.keys(shape);
  const expected = expecting(messages.expected.object);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? messages.unknownKeys(issue.keys, allowed) : expected(issue),
  });
}

/**
 * The message of a union whose input chose a branch (an object with the branch's keys): the
 * branch's own issues, each after its path (`"relative: expected …"`), joined by `; `.
 */
export function branchMessage(issues: readonly core.$ZodIssue[]): string {
  return issues.map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * One of `options`. When the input is an object, `branch` says which option it meant (by its
 * keys) and that option's own issues are the message; otherwise "expected `what`, got …".
 */
export function union<const T extends readonly [core.SomeType, ...core.SomeType[]]>(
  options: T,
  what: string,
  branch: (input: Record<string, unknown>) => number | undefined,
) {
  const expected = expecting(what);
  return z.union(options, {
    error: (issue) => {
      if (issue.code === 'invalid_union' && isObject(issue.input)) {
        const index = branch(issue.input);
        const issues = index === undefined ? undefined : issue.errors[index];
        if (issues !== undefined && issues.length > 0) return branchMessage(issues);
      }
      return expected(issue);
    },
  });
}
