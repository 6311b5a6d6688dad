/**
 * Reading and checking the options of the progress methods.
 *
 * @internal
 * @module
 */
import type { Decimal } from '../decimal.js';
import { argumentError } from '../errors.js';
import { messages } from '../messages.js';
import type { Year } from '../plan/types.js';
import { isObject, optional, readChoice, readDecimal, readObject, readOptions, readYear } from '../read.js';
import { readQuantity, type Unit } from '../units/index.js';
import {
  PARTIAL_PERIOD_POLICIES,
  PROGRESS_DIRECTIONS,
  type PartialPeriodPolicy,
  type ProgressDirection,
  type ProgressMethod,
} from '../vocabulary.js';

/** A target value, with its unit when it was given as a quantity. */
interface TargetValue {
  readonly value: Decimal;
  readonly unit: Unit | null;
}

/** The options every method shares, read and checked. */
interface BaseOptions {
  readonly baseYear: Year;
  readonly targetYear: Year;
  readonly direction: ProgressDirection;
  readonly target: TargetValue | null;
  readonly partialPeriods: PartialPeriodPolicy;
}

/**
 * Read a value that may be a quantity: a decimal (no unit) or `{ value, unit }` / `quantity(…)`.
 *
 * @param x - The argument.
 * @param name - Its name, for messages.
 * @returns The value and its unit (`null` for a bare decimal).
 * @throws {@link PlanError} `INVALID_DECIMAL` for a bad number; `UNKNOWN_UNIT` for a bad unit.
 */
function readTargetValue(x: unknown, name: string): TargetValue {
  if (!isObject(x)) return { value: readDecimal(x, name), unit: null };
  const q = readQuantity(x, name);
  return { value: q.value, unit: q.unit };
}

/**
 * The policy for points that cover part of a year (default `'skip'`).
 *
 * @param x - The option.
 * @param name - Its name, for the message.
 * @returns The policy.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything but `'skip'` or `'use'`.
 */
export function readPartialPeriods(x: unknown, name: string): PartialPeriodPolicy {
  return optional(x, (p) => readChoice(p, name, PARTIAL_PERIOD_POLICIES), 'skip');
}

/** The options every method takes; `unsd` takes `isGrowthRate` too. */
const METHOD_OPTION_KEYS: readonly string[] = ['method', 'baseYear', 'targetYear', 'direction', 'target', 'thresholds', 'partialPeriods'];

/**
 * A method's options object, read once into a copy; a key the method does not take is an
 * error with a suggestion (`targetyear` → `targetYear`).
 *
 * @param options - The argument.
 * @param method - The method, which decides the keys allowed.
 * @returns The options, copied.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything but an object, or an unknown key.
 */
export function readMethodOptions(options: unknown, method: ProgressMethod): Record<string, unknown> {
  readObject(options, 'options', 'an options object');
  return readOptions(options, 'options', method === 'unsd' ? [...METHOD_OPTION_KEYS, 'isGrowthRate'] : METHOD_OPTION_KEYS);
}

/**
 * Read `baseYear`, `targetYear`, `direction`, `target` and `partialPeriods`.
 *
 * @param o - The options object.
 * @param method - The method, for the message when a target is missing.
 * @param targetRequired - Whether a missing or `null` target is refused.
 * @returns The options read.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for a year that is not an integer from 1900 to
 *   2100, `baseYear ≥ targetYear`, an unknown direction or partial-period policy, or a
 *   missing required target; `INVALID_DECIMAL` for a bad target; `UNKNOWN_UNIT` for a
 *   target quantity in an unknown unit.
 */
export function readBaseOptions(o: Record<string, unknown>, method: ProgressMethod, targetRequired: boolean): BaseOptions {
  const baseYear = readYear(o.baseYear, 'baseYear');
  const targetYear = readYear(o.targetYear, 'targetYear');
  if (baseYear >= targetYear) {
    throw argumentError('INVALID_ARGUMENT', 'baseYear', messages.progressYearsOrder(baseYear, targetYear), { baseYear, targetYear });
  }
  const direction = readChoice(o.direction, 'direction', PROGRESS_DIRECTIONS);
  let target: TargetValue | null = null;
  if (o.target !== undefined && o.target !== null) target = readTargetValue(o.target, 'target');
  else if (targetRequired) throw argumentError('INVALID_ARGUMENT', 'target', messages.progressTargetRequired(method, o.target), o.target);
  return { baseYear, targetYear, direction, target, partialPeriods: readPartialPeriods(o.partialPeriods, 'partialPeriods') };
}

/**
 * Read a thresholds object: its keys are those of `defaults`; given values replace the
 * defaults; the result must not increase in the order of `defaults`' keys.
 *
 * @param thresholds - The option, or `undefined` for the defaults.
 * @param defaults - The default thresholds, highest first.
 * @param name - The option's name (default `'thresholds'`).
 * @returns The thresholds, and whether any was given.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for an unknown key or thresholds out of
 *   order; `INVALID_DECIMAL` for a bad value.
 */
export function readThresholds<K extends string>(
  thresholds: unknown,
  defaults: Readonly<Record<K, Decimal>>,
  name = 'thresholds',
): { readonly values: Readonly<Record<K, Decimal>>; readonly overridden: boolean } {
  if (thresholds === undefined) return { values: defaults, overridden: false };
  const keys = Object.keys(defaults) as K[];
  const t = readOptions(thresholds, name, keys);
  const values = { ...defaults } as Record<K, Decimal>;
  let overridden = false;
  for (const key of keys) {
    if (t[key] !== undefined) {
      values[key] = readDecimal(t[key], `${name}.${key}`);
      overridden = true;
    }
  }
  for (let i = 1; i < keys.length; i += 1) {
    if (values[keys[i - 1] as K].lt(values[keys[i] as K])) {
      const got = keys.map((k) => `${k} ${values[k].toFixed()}`).join(', ');
      throw argumentError('INVALID_ARGUMENT', name, messages.progressThresholdsOrder(name, keys.join(' ≥ '), got));
    }
  }
  return { values: Object.freeze(values), overridden };
}
