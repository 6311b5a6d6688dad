/**
 * The one error class of the library, and the helpers that build each kind of it: every
 * module raises its errors through these, so `details` and `issues` have one shape
 * everywhere.
 *
 * @module
 */
import { messages, partsOf, rememberMessage, templateOf, type MessageTemplate } from './messages.js';

/**
 * The stable codes a {@link PlanError} can carry. Branch on `code`, never on `message`.
 *
 * - `INVALID_DECIMAL`: a value could not be read as a finite decimal.
 * - `INVALID_ARGUMENT`: an argument has the wrong type or shape (a non-integer where an
 *   integer is required, an unknown option).
 * - `DOMAIN`: the formula is undefined for the arguments (zero base, zero years …).
 * - `UNIT_MISMATCH`: two quantities of different measures were combined.
 * - `UNKNOWN_UNIT`: a unit id or measure is not known.
 * - `VALIDATION`: structured input failed validation; see {@link PlanError.issues}.
 * - `NOT_FOUND`: an id does not exist in a plan.
 * - `SERIES_BREAK`: a computation would chain levels across a break in a series (an
 *   observation with OBS_STATUS `B`, the first value after a statistical revision), where
 *   levels before and after the break are not comparable.
 *
 * @category Errors
 */
export type PlanErrorCode =
  | 'INVALID_DECIMAL'
  | 'INVALID_ARGUMENT'
  | 'DOMAIN'
  | 'UNIT_MISMATCH'
  | 'UNKNOWN_UNIT'
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'SERIES_BREAK';

/**
 * One problem found while validating structured input.
 *
 * @category Errors
 */
export interface PlanIssue {
  /** Where the problem is, as a path of keys and indices (`['observations', 3, 'value']`). */
  readonly path: readonly (string | number)[];
  /** What is wrong and what is allowed. */
  readonly message: string;
}

/**
 * The error every function of the library throws for bad input.
 *
 * The message names the offending input and says what is allowed; `code` is stable
 * and meant for programs; `details` carries the values involved; `issues` lists every
 * problem when several were found at once (validation).
 *
 * @example
 * ```ts
 * import { cagr, PlanError } from 'baotou-plan';
 * let message = '';
 * try {
 *   cagr(0, 240, 5);
 * } catch (error) {
 *   if (error instanceof PlanError && error.code === 'DOMAIN') message = error.message;
 * }
 * message; // → 'from: must be greater than 0 for a growth rate, got 0'
 * ```
 *
 * @category Errors
 */
export class PlanError extends Error {
  /** A stable, machine-readable code. */
  readonly code: PlanErrorCode;
  /** The values involved (argument name, received value, limits …). */
  readonly details: Readonly<Record<string, unknown>>;
  /** Every problem found, for validation errors; empty otherwise. */
  readonly issues: readonly PlanIssue[];

  constructor(
    code: PlanErrorCode,
    message: string,
    details: Record<string, unknown> = {},
    issues: readonly PlanIssue[] = [],
  ) {
    super(message);
    this.name = 'PlanError';
    this.code = code;
    this.details = Object.freeze({ ...details });
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
    TEMPLATES.set(this, { message: templateOf(message), issues: this.issues.map((issue) => templateOf(issue.message)) });
  }
}

/**
 * What the message of a {@link PlanError} and of each of its issues were built from (see
 * `MessageTemplate`), for writing them in another language; `undefined` for a text that no
 * builder of src/messages.ts made.
 *
 * @internal
 */
export interface ErrorTemplates {
  readonly message: MessageTemplate | undefined;
  readonly issues: readonly (MessageTemplate | undefined)[];
}

/** The templates of each error, found when it was made. */
const TEMPLATES = new WeakMap<PlanError, ErrorTemplates>();

/**
 * What the message of an error and of each of its issues were built from, as found when the
 * error was made: the command line writes them in Chinese from these.
 *
 * @param error - A `PlanError`.
 * @returns Its templates; none for an error of another copy of the library.
 *
 * @example
 * ```ts
 * errorTemplates(invalidArgument('options.asOf', 'a year', 'x'))?.message?.key; // → 'expectedGot'
 * ```
 *
 * @internal
 */
export function errorTemplates(error: PlanError): ErrorTemplates | undefined {
  return TEMPLATES.get(error);
}

/**
 * Whether `value` is a {@link PlanError}, also across two loaded copies of the library.
 *
 * @param value - Anything, typically what a `catch` caught.
 * @returns `true` for a `PlanError` of this or another copy of the library.
 *
 * @example
 * ```ts
 * isPlanError(new PlanError('DOMAIN', 'x')); // → true
 * ```
 *
 * @category Errors
 */
export function isPlanError(value: unknown): value is PlanError {
  try {
    return (
      value instanceof PlanError ||
      (value instanceof Error && value.name === 'PlanError' && typeof (value as { code?: unknown }).code === 'string')
    );
  } catch {
    return false; // a Proxy whose traps throw
  }
}

/**
 * An `INVALID_ARGUMENT` error: "`name`: expected `expected`, got `received`".
 *
 * @param name - The argument as the caller wrote it (`'options.baseYear'`, `'series[2]'`).
 * @param expected - What is allowed, completing "expected …" (`'an integer year from 1900 to 2100'`).
 * @param received - The value received; quoted short in the message, kept in `details`
 *   (a string cut to 200 characters).
 * @returns The error, with `details` `{ argument, received }`, to throw.
 *
 * @example
 * ```ts
 * invalidArgument('options.asOf', 'an integer year from 1900 to 2100', '2020').message;
 * // → "options.asOf: expected an integer year from 1900 to 2100, got '2020'"
 * ```
 *
 * @internal
 */
export function invalidArgument(name: string, expected: string, received: unknown): PlanError {
  return new PlanError('INVALID_ARGUMENT', messages.expectedGot(name, expected, received), {
    argument: name,
    received: clip(received),
  });
}

/**
 * An error of `code` about one argument, with a message written by `messages`.
 *
 * @param code - The error's code.
 * @param name - The argument, kept in `details.argument`.
 * @param message - The whole message.
 * @param received - The value received, kept in `details.received` (a string cut to 200
 *   characters); left out of `details` when `undefined`.
 * @returns The error, to throw.
 *
 * @example
 * ```ts
 * argumentError('UNKNOWN_UNIT', 'unit', "unit: 'yen' is not a unit", 'yen').details;
 * // → { argument: 'unit', received: 'yen' }
 * ```
 *
 * @internal
 */
export function argumentError(
  code: PlanErrorCode,
  name: string,
  message: string,
  received?: unknown,
  extra?: Readonly<Record<string, unknown>>,
): PlanError {
  const details: Record<string, unknown> = received === undefined ? { argument: name } : { argument: name, received: clip(received) };
  return new PlanError(code, message, extra === undefined ? details : Object.assign(details, extra));
}

/**
 * A `NOT_FOUND` error: `received` is not one of the ids `allowed` (kept in `details.allowed`,
 * with the closest ids in `details.suggestions` when given).
 *
 * @internal
 */
export function notFoundError(
  name: string,
  message: string,
  received: unknown,
  allowed: readonly string[],
  suggestions?: readonly string[],
): PlanError {
  return argumentError('NOT_FOUND', name, message, received, suggestions === undefined ? { allowed } : { allowed, suggestions });
}

/**
 * A `DOMAIN` error: the formula or method is undefined for this argument.
 *
 * @param name - The argument, kept in `details.argument`.
 * @param message - The whole message.
 * @param received - The value received, kept in `details.received` when given.
 * @returns The error, to throw.
 *
 * @example
 * ```ts
 * domainError('whole', 'whole: must not be 0 for a share', '0').code; // → 'DOMAIN'
 * ```
 *
 * @internal
 */
export function domainError(name: string, message: string, received?: unknown): PlanError {
  return argumentError('DOMAIN', name, message, received);
}

/** A long string received is kept in `details` cut to 200 characters. */
function clip(value: unknown): unknown {
  return typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…` : value;
}

/** How many problems the message of a `VALIDATION` error quotes before "and N more". @internal */
export const SUMMARY_LIMIT = 5;

/**
 * How many problems a reader of a list collects before it stops reading: a million bad rows
 * get a thousand issues and one that says where reading stopped, not a million. @internal
 */
export const ISSUE_LIMIT = 1000;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Write a path the way code would reach it: `observations[3].value`,
 * `scenario.series["gdp level"].base`. The first key is written as it is (it names the root).
 *
 * @param path - Keys and indices from the root.
 * @returns The path as code would write it; `''` for the root itself.
 *
 * @example
 * ```ts
 * formatPath(['scenario', 'series', 'gdp level', 'base']); // → 'scenario.series["gdp level"].base'
 * formatPath(['observations', 3, 'value']);                // → 'observations[3].value'
 * ```
 *
 * @internal
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const [i, key] of path.entries()) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += i === 0 ? key : `.${key}`;
    else out += i === 0 ? key : `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * The `VALIDATION` error for a list of problems, the one shape everywhere: `details` is
 * `{ input, count }`, `issues` lists every problem with its path, and the message quotes the
 * first five ("`3 problems: plan.targets[2].indicator: …; …`"); a problem whose location is
 * empty (the input itself) is quoted by its message alone.
 *
 * @param input - What was validated (`'plan'`, `'observations'`, `'series'` …).
 * @param issues - At least one problem.
 * @param label - Writes an issue's location (default: its path, as {@link formatPath}).
 * @returns The error, to throw.
 *
 * @example
 * ```ts
 * const error = validationError('plan', [
 *   { path: ['plan', 'id'], message: 'missing' },
 *   { path: ['plan', 'targets', 2, 'year'], message: 'year 2021 is outside 2016–2020' },
 * ]);
 * error.message; // → '2 problems: plan.id: missing; plan.targets[2].year: year 2021 is outside 2016–2020'
 * error.details; // → { input: 'plan', count: 2 }
 * ```
 *
 * @internal
 */
export function validationError(
  input: string,
  issues: readonly PlanIssue[],
  label: (issue: PlanIssue) => string = (issue) => formatPath(issue.path),
): PlanError {
  const located = new Map<string, MessageTemplate>();
  const lines = issues.slice(0, SUMMARY_LIMIT).map((issue) => {
    const where = label(issue);
    if (where === '') return issue.message;
    const line = `${where}: ${issue.message}`;
    const args = [where, issue.message];
    located.set(line, { key: '@located', args, text: line, parts: partsOf(args) });
    return line;
  });
  const message = messages.validationSummary(lines, issues.length);
  // Each line of the summary is a location and a message, each of which may be written in another language.
  rememberMessage({ key: 'validationSummary', args: [lines, issues.length], text: message, parts: new Map([...partsOf(lines), ...located]) });
  return new PlanError('VALIDATION', message, { input, count: issues.length }, issues);
}

