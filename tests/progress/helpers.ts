import { expect } from 'vitest';
import { PlanError } from '../../src/errors.js';

/** Run `fn`, expect a PlanError, and return it for exact assertions on code and message. */
export function planError(fn: () => unknown): PlanError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    return error as PlanError;
  }
  throw new Error('expected a PlanError, nothing was thrown');
}

/** Deep-freeze a value so that any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
