/**
 * Reading and checking the options of the progress methods.
 *
 * @internal
 * @module
 */
import { dec, type Decimal, type DecimalInput } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { Year } from '../plan/types.js';
import { MAX_YEAR, MIN_YEAR } from './series.js';
import type { AssessOptionsBase, ProgressDirection, ProgressMethod } from './types.js';

/** The options every method shares, read and checked. */
export interface BaseOptions {
  readonly baseYear: Year;
  readonly targetYear: Year;
  readonly direction: ProgressDirection;
  readonly target: Decimal | null;
}

const DIRECTIONS: readonly ProgressDirection[] = ['increase', 'decrease'];

/** Check that `options` is an object. */
export function readOptionsObject(options: unknown, name = 'options'): Record<string, unknown> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new PlanError('INVALID_ARGUMENT', messages.notOptions(name, options), { argument: name, received: options });
  }
  return options as Record<string, unknown>;
}

function readYear(value: unknown, name: string): Year {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    throw new PlanError('INVALID_ARGUMENT', messages.notInteger(name, value, MIN_YEAR, MAX_YEAR), {
      argument: name,
      received: value,
    });
  }
  return value;
}

/**
 * Read `baseYear`, `targetYear`, `direction` and `target`. A missing or `null` target is
 * allowed only when `targetRequired` is false.
 */
export function readBaseOptions(
  options: AssessOptionsBase & { readonly target?: DecimalInput | null },
  method: ProgressMethod,
  targetRequired: boolean,
): BaseOptions {
  const o = readOptionsObject(options);
  const baseYear = readYear(o.baseYear, 'baseYear');
  const targetYear = readYear(o.targetYear, 'targetYear');
  if (baseYear >= targetYear) {
    throw new PlanError('INVALID_ARGUMENT', messages.progressYearsOrder(baseYear, targetYear), {
      argument: 'baseYear',
      received: { baseYear, targetYear },
    });
  }
  const direction = o.direction;
  if (typeof direction !== 'string' || !(DIRECTIONS as readonly string[]).includes(direction)) {
    throw new PlanError('INVALID_ARGUMENT', messages.unknownOption('direction', direction, DIRECTIONS), {
      argument: 'direction',
      received: direction,
    });
  }
  let target: Decimal | null = null;
  if (o.target === undefined || o.target === null) {
    if (targetRequired) {
      throw new PlanError('INVALID_ARGUMENT', messages.progressTargetRequired(method, o.target), {
        argument: 'target',
        received: o.target,
      });
    }
  } else {
    target = dec(o.target as DecimalInput, 'target');
  }
  return { baseYear, targetYear, direction: direction as ProgressDirection, target };
}

/**
 * Read a thresholds object: every key must be one of `defaults`' keys; given values
 * replace the defaults; the result must be in non-increasing order of `defaults`' keys.
 */
export function readThresholds<K extends string>(
  thresholds: unknown,
  defaults: Readonly<Record<K, Decimal>>,
  name = 'thresholds',
): { readonly values: Readonly<Record<K, Decimal>>; readonly overridden: boolean } {
  const keys = Object.keys(defaults) as K[];
  if (thresholds === undefined) return { values: defaults, overridden: false };
  const t = readOptionsObject(thresholds, name);
  const unknown = Object.keys(t).filter((k) => !(keys as string[]).includes(k));
  const first = unknown[0];
  if (first !== undefined) {
    throw new PlanError('INVALID_ARGUMENT', messages.unknownOption(`${name} key`, first, keys), {
      argument: name,
      received: first,
    });
  }
  const values = { ...defaults } as Record<K, Decimal>;
  let overridden = false;
  for (const key of keys) {
    if (t[key] !== undefined) {
      values[key] = dec(t[key] as DecimalInput, `${name}.${key}`);
      overridden = true;
    }
  }
  for (let i = 1; i < keys.length; i += 1) {
    const hi = values[keys[i - 1] as K];
    const lo = values[keys[i] as K];
    if (hi.lt(lo)) {
      throw new PlanError(
        'INVALID_ARGUMENT',
        messages.progressThresholdsOrder(
          name,
          keys.join(' ≥ '),
          keys.map((k) => `${k} ${values[k].toFixed()}`).join(', '),
        ),
        { argument: name },
      );
    }
  }
  return { values: Object.freeze(values), overridden };
}
