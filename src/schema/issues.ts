/**
 * From zod issues to one `PlanError` of code `VALIDATION` (built by `validationError` of
 * `errors.ts`, the one builder of such errors): every problem with its path, and a message
 * that summarises them for a human.
 *
 * @internal
 * @module
 */
import { safeParse } from 'zod/mini';
import type * as core from 'zod/v4/core';
import { ISSUE_LIMIT, isPlanError, validationError, type PlanError, type PlanIssue } from '../errors.js';
import { describeThrown, messages } from '../messages.js';

/** A zod issue's path (keys may be symbols in theory) as strings and numbers. */
function toPath(root: readonly (string | number)[], path: readonly PropertyKey[]): (string | number)[] {
  return [...root, ...path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
}

/**
 * Turn zod issues into our issues. Every message was written by one of our schemas' error
 * functions, so it does not depend on zod's locale or a user's `z.config()`.
 *
 * @internal
 */
export function toPlanIssues(
  root: readonly (string | number)[],
  issues: readonly core.$ZodIssue[],
): PlanIssue[] {
  return issues.map((issue) => ({ path: toPath(root, issue.path), message: issue.message }));
}

/**
 * The message of an issue none of our schemas wrote (zod raises a few on its own, such as a
 * required key that an object does not own): never zod's locale text.
 *
 * @internal
 */
export function fallbackError(issue: core.$ZodRawIssue): string {
  if (issue.code === 'invalid_type' && (issue.expected === 'nonoptional' || issue.input === undefined)) {
    return messages.schemaMissing(messages.expected.value);
  }
  return messages.schemaInvalid(issue.code ?? 'invalid', issue.input);
}

/** Parse options for every parse of ours: our fallback message for issues no schema of ours wrote. */
export const PARSE_OPTIONS = { error: fallbackError } as const;

/**
 * Parse `input` with `schema`, or throw a `VALIDATION` `PlanError` listing every
 * problem; paths start at `root` (`'plan'`, `'observations'` …). Anything else thrown while
 * parsing (which would be a bug) is also turned into a `PlanError`, never let out.
 *
 * @internal
 */
export function parseOrThrow<S extends core.$ZodType>(
  schema: S,
  input: unknown,
  root: string,
  extra: (input: unknown) => PlanIssue[] = () => [],
): core.output<S> {
  let result: ReturnType<typeof safeParse<S>>;
  let more: PlanIssue[];
  try {
    result = safeParse(schema, input, PARSE_OPTIONS);
    more = extra(input);
  } catch (error) {
    throw crash(root, error);
  }
  const issues = [...(result.success ? [] : toPlanIssues([root], result.error.issues)), ...more];
  if (issues.length > 0) throw validationError(root, issues);
  return (result as { data: core.output<S> }).data;
}

/**
 * Parse a list item by item with `item`, as {@link parseOrThrow} parses `z.array(item)`, but
 * stop after a thousand problems: the `VALIDATION` error then ends with one that says where
 * reading stopped.
 *
 * @internal
 */
export function parseList<S extends core.$ZodType>(item: S, input: unknown, root: string, list: core.$ZodType): core.output<S>[] {
  if (!Array.isArray(input)) return parseOrThrow(list, input, root) as core.output<S>[];
  const out: core.output<S>[] = [];
  const issues: PlanIssue[] = [];
  try {
    const count = input.length;
    for (let i = 0; i < count; i++) {
      const result = safeParse(item, input[i], PARSE_OPTIONS);
      if (result.success) {
        if (issues.length === 0) out.push(result.data);
        continue;
      }
      issues.push(...toPlanIssues([root, i], result.error.issues));
      if (issues.length >= ISSUE_LIMIT && i + 1 < count) {
        issues.push({ path: [root], message: messages.stoppedReading(issues.length, i + 1, count) });
        break;
      }
    }
  } catch (error) {
    throw crash(root, error);
  }
  if (issues.length > 0) throw validationError(root, issues);
  return out;
}

/**
 * A `VALIDATION` `PlanError` for an unexpected exception during validation (kept as
 * `cause`); a `PlanError` is passed through as it is.
 *
 * @internal
 */
export function crash(root: string, error: unknown): PlanError {
  if (isPlanError(error)) return error;
  const wrapped = validationError(root, [{ path: [root], message: messages.validationCrash(describeThrown(error)) }]);
  (wrapped as { cause?: unknown }).cause = error;
  return wrapped;
}
