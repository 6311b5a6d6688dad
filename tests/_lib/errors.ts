/** The one helper that returns the `PlanError` a function throws, for tests that read its fields. */
import { expect } from 'vitest';
import { PlanError } from '../../src/errors.js';

/** Call `fn` and return the `PlanError` it throws; fails the test if it throws anything else or nothing. */
export function planError(fn: () => unknown): PlanError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    return error as PlanError;
  }
  throw new Error('expected a PlanError, nothing was thrown');
}
