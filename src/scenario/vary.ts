/**
 * What `sweep` and `breakEven` share: a plan and a scenario read once, the projection
 * computed once, and a function that re-evaluates only what one driver changes.
 *
 * @internal
 * @module
 */
import { dec, type Decimal, type DecimalInput } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { Plan } from '../plan/types.js';
import { isObject, readOptions } from './checks.js';
import { computeTable, constantRate, constantRates, deriveInto, driverLevels, knownGrowth, type ValueTable } from './model.js';
import { readPlan, type IndicatorNode, type PlanModel, type TargetNode } from './planGraph.js';
import { readPrices, readScenario, type DriverModel, type ScenarioModel } from './readScenario.js';
import { readRowOptions, tableSource, type RowOptions, type ValueSource } from './scorecard.js';
import type { DriverField, DriverRef, ProjectionPrices, ScenarioLike } from './types.js';

const FIELDS: readonly DriverField[] = ['growth', 'base', 'additions'];

/** A scenario prepared for varying one driver. */
export interface Varied {
  readonly model: PlanModel;
  readonly scenario: ScenarioModel;
  readonly prices: ProjectionPrices;
  readonly rowOptions: RowOptions;
  readonly driver: DriverModel;
  readonly ref: DriverRef;
  /** The projection with the scenario as given. */
  readonly baseTable: ValueTable;
  /** The values of the projection with the scenario as given. */
  readonly baseSource: ValueSource;
  /** The driven series and every derived indicator that depends on it. */
  readonly affected: ReadonlySet<string>;
  /** Whether a target's verdict depends on the driver. */
  dependsOn(t: TargetNode): boolean;
  /** The driver with its field set to `value` (checked: growth > −1, base ≥ 0). */
  withValue(value: Decimal, name: string): DriverModel;
  /** The values with the driver's field set to `value`. */
  sourceAt(value: Decimal, name: string): ValueSource;
}

/** Read plan, scenario, options and driver once. */
export function prepare(plan: Plan, scenario: ScenarioLike, options: unknown): { varied: Varied; o: Record<string, unknown> } {
  const model = readPlan(plan);
  const s = readScenario(scenario, model);
  const o = readOptions(options);
  if (options === undefined) {
    throw new PlanError('INVALID_ARGUMENT', messages.expectedGot('options', 'an options object { driver, … }', options), {
      argument: 'options',
      received: options,
    });
  }
  const prices = readPrices(o.prices, s);
  const rowOptions = readRowOptions(o);
  const ref = readDriverRef(o.driver);
  const driver = s.drivers.get(ref.series);
  if (driver === undefined) {
    const driven = [...s.drivers.keys()];
    throw new PlanError('NOT_FOUND', messages.scenarioNoDriver('options.driver.series', ref.series, s.id, driven), {
      argument: 'options.driver.series',
      received: ref.series,
      allowed: driven,
    });
  }
  const baseGrowth = knownGrowth(constantRates(s, prices));
  const baseTable = computeTable(model, s, prices, new Set(), baseGrowth);
  const affected = new Set<string>([ref.series, ...(model.dependents.get(ref.series) ?? [])]);
  const dependsOn = (t: TargetNode): boolean => t.inputs.some((id) => affected.has(id));
  // Only what the affected verdicts read is recomputed: shares and intensities are judged on
  // their parts, rates on levels, so most derived indicators need not be derived per point.
  const needed = new Set<string>();
  const need = (id: string): void => {
    if (needed.has(id)) return;
    needed.add(id);
    const d = model.nodes.get(id)?.derivation;
    if (d !== null && d !== undefined) for (const input of d.kind === 'growth' ? [d.of] : [d.numerator, d.denominator]) need(input);
  };
  for (const t of model.targets) if (dependsOn(t)) for (const id of projectionReads(t)) need(id);
  const derived: IndicatorNode[] = model.derived.filter((n) => affected.has(n.id) && needed.has(n.id));
  const stale: string[] = model.derived.filter((n) => affected.has(n.id) && !needed.has(n.id)).map((n) => n.id);
  const withValue = (value: Decimal, name: string): DriverModel => {
    switch (ref.field) {
      case 'growth':
        if (value.lte(-1)) {
          throw new PlanError('DOMAIN', messages.rateAboveMinusOne(name, value.toString(), 'for a growth driver'), {
            argument: name,
            received: value.toString(),
          });
        }
        return { ...driver, evolution: { kind: 'growth', rates: Array.from({ length: s.span }, () => value), constant: value } };
      case 'additions':
        return { ...driver, evolution: { kind: 'additions', amounts: Array.from({ length: s.span }, () => value) } };
      case 'base':
        if (value.isNegative() && !value.isZero()) {
          throw new PlanError('DOMAIN', messages.mustNotBeNegative(name, value.toFixed(), 'for a base-year level'), {
            argument: name,
            received: value.toFixed(),
          });
        }
        return { ...driver, base: value };
    }
  };
  const varied: Varied = {
    model,
    scenario: s,
    prices,
    rowOptions,
    driver,
    ref,
    baseTable,
    baseSource: tableSource(baseTable, s.baseYear, s.horizon, baseGrowth.annual),
    affected,
    dependsOn,
    withValue,
    sourceAt: (value, name) => {
      const changed = withValue(value, name);
      const table: ValueTable = new Map(baseTable);
      table.set(ref.series, driverLevels(changed, s, prices));
      for (const id of stale) table.delete(id);
      const constant = new Map(baseGrowth.constant);
      const g = constantRate(changed, prices);
      if (g === undefined) constant.delete(ref.series);
      else constant.set(ref.series, g);
      const growth = knownGrowth(constant);
      for (const [id, averages] of baseGrowth.annual) if (!affected.has(id)) growth.annual.set(id, averages);
      deriveInto(table, derived, s.span, new Set(), growth);
      return tableSource(table, s.baseYear, s.horizon, growth.annual);
    },
  };
  return { varied, o };
}

/** The indicators a verdict reads from a projection (see `judgeRow`). */
function projectionReads(t: TargetNode): readonly string[] {
  switch (t.mode) {
    case 'value':
      return [t.node.id];
    case 'rate':
      return [t.levels ?? t.node.id];
    case 'share':
    case 'intensity': {
      const parts = t.parts as NonNullable<TargetNode['parts']>;
      return [parts.numerator.id, parts.denominator.id];
    }
  }
}

function readDriverRef(value: unknown): DriverRef {
  if (!isObject(value) || typeof value.series !== 'string') {
    throw new PlanError('INVALID_ARGUMENT', messages.expectedGot('options.driver', "a driver { series, field: 'growth' | 'base' | 'additions' }", value), {
      argument: 'options.driver',
      received: value,
    });
  }
  if (typeof value.field !== 'string' || !(FIELDS as readonly string[]).includes(value.field)) {
    throw new PlanError('INVALID_ARGUMENT', messages.unknownOption('options.driver.field', value.field, FIELDS), {
      argument: 'options.driver.field',
      received: value.field,
    });
  }
  return Object.freeze({ series: value.series, field: value.field as DriverField });
}

/** Read one driver value. */
export function readValue(value: unknown, name: string): Decimal {
  return dec(value as DecimalInput, name);
}
