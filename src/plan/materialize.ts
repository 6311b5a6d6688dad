/**
 * From a plan written as plain literals (numbers as decimal strings) to the frozen domain
 * model, without validation and without zod: what the embedded dataset uses, so that
 * importing it stays light. Plans from users go through `definePlan`, which validates.
 *
 * @module
 */
import { dec, type DecimalInput } from '../decimal.js';
import { readArray, readObject } from '../read.js';
import { cloneData as copy, freezeData, freshDecimal as fresh } from './freeze.js';
import { withSections } from './sections.js';
import type { IndicatorIdOf, Observation, ObservationInput, Plan, PlanInput, PlanLiteral, Target, TargetIdOf, TargetInput, Tolerance } from './types.js';

function tolerance(input: NonNullable<TargetInput['tolerance']>, name: string): Tolerance {
  return input.relative !== undefined
    ? { relative: fresh(input.relative, `${name}.relative`) }
    : { absolute: fresh(input.absolute as DecimalInput, `${name}.absolute`) };
}

function target(input: TargetInput, name: string): Target {
  const { value, tolerance: tol, ...rest } = readObject(input, name) as unknown as TargetInput;
  return {
    ...copy(rest, name),
    value: fresh(value, `${name}.value`),
    ...(tol === undefined ? {} : { tolerance: tolerance(readObject(tol, `${name}.tolerance`) as typeof tol, `${name}.tolerance`) }),
  };
}

/** A record with a decimal `value` (`optional`: a fact may have none), copied, the value read exactly. */
function withValue(input: unknown, name: string, optional: boolean): unknown {
  const { value, ...rest } = readObject(input, name);
  const out = copy(rest, name);
  return value === undefined && optional ? out : { ...out, value: fresh(value as DecimalInput, `${name}.value`) };
}

/**
 * Turn a {@link PlanInput} written as plain literals into a deeply frozen {@link Plan}:
 * every decimal (target values and tolerances, fact values) is read with `dec`, everything
 * is copied (the input is not changed) and frozen. The sections the input leaves out are
 * filled as `definePlan` fills them: `baseYear` is the year before the period, the lists are
 * empty, `region` and `document` stay absent.
 *
 * It does **not** validate: the input must already be a correct plan (the embedded dataset
 * is, and a test proves that `definePlan` accepts the same input and returns an equal plan).
 * Use `definePlan` (`baotou-plan/schema`) for anything that comes from outside.
 *
 * @param input - A plan as literals.
 * @returns The frozen plan, typed with the input's ids where they are literal types (a plan
 *   written `as const`), else `Plan<string, string>`.
 * @throws `PlanError` `INVALID_DECIMAL` for a value that is not a decimal, naming it
 *   (`targets[0].value`); `INVALID_ARGUMENT` when `input`, its `targets` or `facts`, or one of
 *   their records has the wrong shape, or when it has no `baseYear` and no period to take it from.
 *
 * @example
 * ```ts
 * const input = JSON.parse(JSON.stringify(baotou13)); // decimals as strings
 * const plan = materializePlan(input);
 * plan.targets[0]?.value.toFixed(); // → '240'
 * Object.isFrozen(plan.targets); // → true
 * materializePlan({ ...input, targets: [{ ...input.targets[0], value: 'n/a' }] }); // throws PlanError INVALID_DECIMAL
 * const minimal = materializePlan({ id: 'p', title: { en: 'A plan' }, period: { start: 2021, end: 2025 }, indicators: [], targets: [] });
 * [minimal.baseYear, minimal.layout.length, minimal.document]; // → [2020, 0, undefined]
 * ```
 *
 * @category Plan
 */
export function materializePlan<const P extends PlanLiteral>(input: P): Plan<IndicatorIdOf<P>, TargetIdOf<P>> {
  const { targets, facts, ...rest } = readObject(input, 'input') as unknown as PlanInput;
  const plan = withSections(
    {
      ...copy(rest, 'plan'),
      targets: readArray(targets, 'input.targets').map((t, i) => target(t as TargetInput, `targets[${i}]`)),
      facts: readArray(facts ?? [], 'input.facts').map((fact, i) => withValue(fact, `facts[${i}]`, true)) as Plan['facts'],
    },
    'input',
  );
  return freezeData(plan) as unknown as Plan<IndicatorIdOf<P>, TargetIdOf<P>>;
}

/**
 * Turn observations written as literals into frozen {@link Observation}s (values read with
 * `dec`), without validation: for embedded data. Use `parseObservations` (`baotou-plan/schema`)
 * for input from outside.
 *
 * @param input - Observations as literals.
 * @returns A frozen array of frozen observations.
 * @throws `PlanError` `INVALID_DECIMAL` for a value that is not a decimal, naming it;
 *   `INVALID_ARGUMENT` when `input` is not an array of objects.
 *
 * @example
 * ```ts
 * const [o] = materializeObservations([{ indicator: 'gdp', year: 2020, value: '278.74', unit: 'bn-yuan' }]);
 * o?.value.toFixed(); // → '278.74'
 * materializeObservations([{ indicator: 'gdp', year: 2020, value: 'n/a' }]); // throws PlanError INVALID_DECIMAL
 * // → "observations[0].value: expected a decimal string like '240', '-0.08' or '1.3e2', a finite number, a bigint, or a Decimal, got 'n/a'"
 * ```
 *
 * @category Plan
 */
export function materializeObservations(input: readonly ObservationInput[]): readonly Observation[] {
  return readObservationRecords(input, 'observations');
}

/**
 * Observations as {@link materializeObservations} reads them, named `name` in errors
 * (`'options.observations'`): copied, values read with `dec`, frozen; not validated.
 *
 * @internal
 */
export function readObservationRecords(input: unknown, name: string): readonly Observation[] {
  return freezeData(readArray(input, name).map((observation, i) => withValue(observation, `${name}[${i}]`, false) as Observation));
}

/** A record of the library's own literals, made into the model where it is. */
type Literal = Record<string, unknown>;

/** Read `record[key]`, a decimal written by the library, with `dec`, in place. */
function readInPlace(record: Literal, key: string, name: string): void {
  const value = record[key];
  const read = dec(value as DecimalInput, `${name}.${key}`);
  // A record shared by several others is read once: the second time its value is already ours.
  if (read !== value) record[key] = read;
}

/**
 * A target or fact of the library's literals as {@link materializePlan} makes it: its keys in
 * their order but `value` (read with `dec`) and then `tolerance` (read in place) last; a new
 * record, its other values the literal's own. A fact without a value (`optional`) is the
 * literal itself.
 */
function valueLast(record: Literal, name: string, optional: boolean): Literal {
  const { value, tolerance, ...rest } = record;
  if (value === undefined && optional) return record;
  const out: Literal = { ...rest, value: dec(value as DecimalInput, `${name}.value`) };
  if (tolerance !== undefined) {
    for (const key of ['relative', 'absolute']) if ((tolerance as Literal)[key] !== undefined) readInPlace(tolerance as Literal, key, `${name}.tolerance`);
    out.tolerance = tolerance;
  }
  return out;
}

/**
 * The library's own plan literals made into the frozen {@link Plan}, in place: the plan
 * {@link materializePlan} makes of them (equal, keys in the same order), without copying it,
 * since nobody else holds the literals (only the embedded dataset, `baotou13` and `china13`,
 * may use it). Each target and fact is made again with its decimals read by `dec` (the records
 * within them are the literal's own), everything is frozen, and the sections left out are
 * filled as `materializePlan` fills them.
 *
 * @param literals - A correct plan as literals, which becomes part of the plan (its lists
 *   changed and frozen); nothing else may use it afterwards.
 * @returns The frozen plan (a new top-level object; every section is the literal's own).
 * @throws `PlanError` `INVALID_DECIMAL` for a value that is not a decimal (the dataset's tests
 *   prove it has none); `INVALID_ARGUMENT` when it has no `baseYear` and no period.
 * @internal
 */
export function embedPlan<const P extends PlanLiteral>(literals: P): Plan<IndicatorIdOf<P>, TargetIdOf<P>> {
  const { targets, facts = [] } = literals as unknown as { targets: Literal[]; facts?: Literal[] };
  for (let i = 0; i < targets.length; i++) targets[i] = valueLast(targets[i] as Literal, `targets[${i}]`, false);
  for (let i = 0; i < facts.length; i++) facts[i] = valueLast(facts[i] as Literal, `facts[${i}]`, true);
  return freezeData(withSections(literals, 'input')) as unknown as Plan<IndicatorIdOf<P>, TargetIdOf<P>>;
}

/**
 * The library's own observation literals made into frozen {@link Observation}s, in place: as
 * {@link materializeObservations} makes them, without copying (only the embedded dataset may
 * use it). Their values are read where they are: write `value` last in each record, where
 * `materializeObservations` puts it (tests/data/literals.test.ts checks the order).
 *
 * @param literals - Correct observations as literals, which become the result (frozen, their
 *   values Decimals); nothing else may use them afterwards.
 * @returns `literals`, frozen.
 * @throws `PlanError` `INVALID_DECIMAL` for a value that is not a decimal.
 * @internal
 */
export function embedObservations(literals: readonly ObservationInput[]): readonly Observation[] {
  for (let i = 0; i < literals.length; i++) readInPlace(literals[i] as unknown as Literal, 'value', `observations[${i}]`);
  return freezeData(literals) as unknown as readonly Observation[];
}
