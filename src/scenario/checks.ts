/**
 * Small checks shared by the scenario modules.
 *
 * @internal
 * @module
 */
import { isDecimal } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';

/** Smallest and largest year a scenario may use. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/** Whether an object has its own property `key`. */
export const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** A plain object: not null, not an array, not a Decimal. */
export const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && !isDecimal(x);

/** An integer year from {@link MIN_YEAR} to {@link MAX_YEAR}. */
export const isYear = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= MIN_YEAR && x <= MAX_YEAR;

/** Check an options argument: an object or undefined. */
export function readOptions(options: unknown, name = 'options'): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isObject(options)) {
    throw new PlanError('INVALID_ARGUMENT', messages.notOptions(name, options), { argument: name, received: options });
  }
  return options;
}
