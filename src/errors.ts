/**
 * The one error class of the library.
 *
 * @module
 */

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
  | 'NOT_FOUND';

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
 * try {
 *   cagr(0, 240, 5);
 * } catch (error) {
 *   if (error instanceof PlanError && error.code === 'DOMAIN') console.log(error.message);
 *   // → "from: must be greater than 0 for a growth rate, got 0"
 * }
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
  }
}

/**
 * Whether `value` is a {@link PlanError}, also across two loaded copies of the library.
 *
 * @example
 * ```ts
 * isPlanError(new PlanError('DOMAIN', 'x')); // → true
 * ```
 *
 * @category Errors
 */
export function isPlanError(value: unknown): value is PlanError {
  return (
    value instanceof PlanError ||
    (value instanceof Error && value.name === 'PlanError' && typeof (value as { code?: unknown }).code === 'string')
  );
}
