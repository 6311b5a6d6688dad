/**
 * Snapshots: every public value type as JSON-safe data (decimals as plain strings) and back,
 * losslessly.
 *
 * @module
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { isDecimal, type Decimal } from '../decimal.js';
import { argumentError, validationError } from '../errors.js';
import { messages } from '../messages.js';
import { deepFreeze } from '../plan/freeze.js';
import type { Indicator, Observation, Plan, Target } from '../plan/types.js';
import { hasOwn, isObject, optional, readChoice, readOptions } from '../read.js';
import type { Scenario } from '../scenario/types.js';
import { isQuantity, type Quantity } from '../units/index.js';
import { decimalSchema } from './decimal.js';
import { indicatorSchema } from './indicator.js';
import { PARSE_OPTIONS, crash, toPlanIssues } from './issues.js';
import { observationSchema, observationsSchema } from './observation.js';
import { planSchema } from './plan.js';
import { expecting, oneOf, strict } from './primitives.js';
import { quantitySchema } from './quantity.js';
import { scenarioSchema } from './scenario.js';
import { targetSchema } from './target.js';

/**
 * The snapshot format version this library writes and reads: `1`.
 *
 * @example
 * ```ts
 * toSnapshot(dec('1')).version === SNAPSHOT_VERSION; // → true
 * ```
 *
 * @category Schemas
 */
export const SNAPSHOT_VERSION = 1;

const hasKeys = (x: unknown, ...keys: string[]): boolean => isObject(x) && keys.every((key) => hasOwn(x, key));

/**
 * A kind of value that has a snapshot: its schema (a codec whose output is the value and
 * whose input is the JSON-safe form) and how to recognise a value of the kind.
 */
interface SnapshotKind<T> {
  readonly schema: core.$ZodType<T>;
  readonly recognise: (x: unknown) => boolean;
}

/**
 * The value of each snapshot type. Projections and results get their entry here (and in
 * `KINDS`) when they exist.
 *
 * @category Schemas
 */
export interface SnapshotValues {
  decimal: Decimal;
  quantity: Quantity;
  plan: Plan;
  scenario: Scenario;
  observations: Observation[];
  target: Target;
  indicator: Indicator;
  observation: Observation;
}

/**
 * The kinds of value with a snapshot: `'decimal'`, `'quantity'`, `'plan'`, `'scenario'`,
 * `'observations'`, `'target'`, `'indicator'`, `'observation'`.
 *
 * @category Schemas
 */
export type SnapshotType = keyof SnapshotValues;

/** The value of a snapshot type. @category Schemas */
export type SnapshotValue<T extends SnapshotType = SnapshotType> = SnapshotValues[T];

/** The registry of snapshot kinds, in the order values are recognised. */
const KINDS: { readonly [K in SnapshotType]: SnapshotKind<SnapshotValues[K]> } = {
  decimal: { schema: decimalSchema, recognise: isDecimal },
  quantity: { schema: quantitySchema, recognise: isQuantity },
  plan: { schema: planSchema, recognise: (x) => hasKeys(x, 'indicators', 'targets', 'period') },
  scenario: { schema: scenarioSchema, recognise: (x) => hasKeys(x, 'series', 'baseYear', 'horizon') },
  observations: { schema: observationsSchema, recognise: Array.isArray },
  target: { schema: targetSchema, recognise: (x) => hasKeys(x, 'comparator', 'indicator', 'value') },
  indicator: { schema: indicatorSchema, recognise: (x) => hasKeys(x, 'direction', 'kind', 'nature') },
  observation: { schema: observationSchema, recognise: (x) => hasKeys(x, 'indicator', 'value') },
};

/**
 * Every snapshot type, in the order values are recognised: `'decimal'`, `'quantity'`,
 * `'plan'`, `'scenario'`, `'observations'`, `'target'`, `'indicator'`, `'observation'`.
 *
 * @example
 * ```ts
 * SNAPSHOT_TYPES.includes('plan'); // → true
 * ```
 *
 * @category Schemas
 */
export const SNAPSHOT_TYPES = /* @__PURE__ */ Object.freeze(Object.keys(KINDS)) as readonly SnapshotType[];

const OPTION_KEYS = ['type'] as const;

/** The `type` of the options of {@link toSnapshot} and {@link fromSnapshot}, if given. */
function readType(options: unknown): SnapshotType | undefined {
  const { type } = readOptions(options, 'options', OPTION_KEYS);
  return optional(type, (x) => readChoice(x, 'options.type', SNAPSHOT_TYPES));
}

/**
 * A snapshot: plain JSON (strings, numbers, booleans, arrays, objects), decimals as
 * plain-notation strings (`"240000000000"`, never `"2.4e+11"`).
 *
 * @category Schemas
 */
export interface Snapshot<T extends SnapshotType = SnapshotType> {
  readonly type: T;
  readonly version: typeof SNAPSHOT_VERSION;
  readonly data: unknown;
}

/** Options of {@link toSnapshot} and {@link fromSnapshot}. @category Schemas */
export interface SnapshotOptions<T extends SnapshotType = SnapshotType> {
  /** The kind of value; {@link toSnapshot} recognises it when absent, {@link fromSnapshot} checks it when given. */
  readonly type?: T;
}

function recognise(x: unknown): SnapshotType {
  const type = SNAPSHOT_TYPES.find((name) => KINDS[name].recognise(x));
  if (type === undefined) throw argumentError('INVALID_ARGUMENT', 'value', messages.snapshotUnknownValue(x, SNAPSHOT_TYPES), x);
  return type;
}

/**
 * Write a value as a snapshot: `{ type, version: 1, data }`, JSON-safe, decimals as
 * plain-notation strings, periods as `{ start, end }`, units by id. The value is validated
 * on the way (a snapshot is always readable by {@link fromSnapshot}).
 *
 * @param value - A decimal, quantity, plan, scenario, list of observations, target,
 *   indicator or observation.
 * @param options - `{ type }` to say which kind of value it is (otherwise recognised by its
 *   keys).
 * @returns `{ type, version: 1, data }`, plain JSON data.
 * @throws `PlanError` `INVALID_ARGUMENT` when the kind cannot be recognised or `options` is
 *   not `{ type? }`; `VALIDATION` when the value is not a valid value of its kind;
 *   `INVALID_DECIMAL` when a decimal would need more than 100,000 digits in plain notation.
 *
 * @example
 * ```ts
 * toSnapshot(quantity('2.4e2', 'bn-yuan'));
 * // → { type: 'quantity', version: 1, data: { value: '240', unit: 'bn-yuan' } }
 * JSON.stringify(toSnapshot(dec('1e-9')));
 * // → '{"type":"decimal","version":1,"data":"0.000000001"}'
 * ```
 *
 * @category Schemas
 */
export function toSnapshot<T extends SnapshotType>(value: SnapshotValue<T>, options?: SnapshotOptions<T>): Snapshot<T> {
  const type = (readType(options) ?? recognise(value)) as T;
  const schema = KINDS[type].schema;
  let result: ReturnType<typeof z.safeEncode>;
  try {
    result = z.safeEncode(schema, value, PARSE_OPTIONS);
  } catch (error) {
    throw crash(type, error);
  }
  if (!result.success) throw validationError(type, toPlanIssues([type], result.error.issues));
  return { type, version: SNAPSHOT_VERSION, data: result.data };
}

const envelopeSchema = strict({
  type: oneOf(SNAPSHOT_TYPES as readonly [SnapshotType, ...SnapshotType[]]),
  version: z.literal(SNAPSHOT_VERSION, { error: expecting(messages.expected.snapshotVersion(SNAPSHOT_VERSION)) }),
  data: z.custom<unknown>((value) => value !== undefined, { error: expecting(messages.expected.snapshotData) }),
});

/**
 * Read a snapshot written by {@link toSnapshot} (the JSON text, or the parsed object): the
 * data is validated with the schema of its type and decoded (decimals to `Decimal`); the
 * value returned is deeply frozen. A plan is checked for structure only: pass it to
 * `definePlan` for the integrity checks (unique ids, cross references).
 *
 * @param json - The snapshot as JSON text or as a parsed object.
 * @param options - `{ type }` to require a kind of value.
 * @returns The value, deeply frozen (decimals as `Decimal`, frozen with their digits).
 * @throws `PlanError` `VALIDATION` listing every problem (`"plan.targets[0].value:
 *   expected a decimal string or finite number, got 'n/a'"`), also for text that is not
 *   JSON, an unknown `type` or `version`, or a type other than `options.type`;
 *   `INVALID_ARGUMENT` when `options` is not `{ type? }`.
 *
 * @example
 * ```ts
 * const q = fromSnapshot('{"type":"quantity","version":1,"data":{"value":"240","unit":"bn-yuan"}}');
 * q.value.toString(); // → '240'
 * fromSnapshot(toSnapshot(baotou13), { type: 'plan' }).targets.length; // → 11
 * fromSnapshot('{"type":"quantity"'); // throws PlanError VALIDATION
 * ```
 *
 * @category Schemas
 */
export function fromSnapshot<T extends SnapshotType = SnapshotType>(
  json: unknown,
  options?: SnapshotOptions<T>,
): SnapshotValue<T> {
  const wanted = readType(options);
  let parsed = json;
  if (typeof json === 'string') {
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw validationError('snapshot', [{ path: ['snapshot'], message: messages.snapshotNotJson(detail) }]);
    }
  }
  try {
    const envelope = z.safeParse(envelopeSchema, parsed, PARSE_OPTIONS);
    if (!envelope.success) throw validationError('snapshot', toPlanIssues(['snapshot'], envelope.error.issues));
    const type = envelope.data.type;
    if (wanted !== undefined && wanted !== type) {
      throw validationError('snapshot', [
        { path: ['snapshot', 'type'], message: messages.schemaExpected(messages.expected.oneOf([wanted]), type) },
      ]);
    }
    const result = z.safeParse(KINDS[type].schema as core.$ZodType, envelope.data.data, PARSE_OPTIONS);
    if (!result.success) throw validationError(type, toPlanIssues([type], result.error.issues));
    // Every Decimal in it was made by the decoder (dec copies any other), so all of it is ours to freeze.
    return deepFreeze(result.data) as SnapshotValue<T>;
  } catch (error) {
    throw crash('snapshot', error);
  }
}
