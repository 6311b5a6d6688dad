/**
 * What `sweep` and `breakEven` share: a plan and a scenario read once, the projection
 * computed once, and a function that re-evaluates only what one driver changes.
 *
 * @internal
 * @module
 */
import type { Decimal } from '../decimal.js';
import { domainError, invalidArgument, notFoundError } from '../errors.js';
import { messages } from '../messages.js';
import type { Plan } from '../plan/types.js';
import { readChoice, readObject, readOptions } from '../read.js';
import { constantRate, driverLevels } from './model.js';
import { readPlan, type IndicatorNode, type PlanModel, type TargetNode } from './planGraph.js';
import { buildTable, constantRates, deriveInto, redraft } from './projectionTable.js';
import { readPrices, readScenario, type DriverModel, type ScenarioModel } from './readScenario.js';
import { SCORECARD_OPTION_KEYS, readRowOptions, tableSource, type RowOptions, type ValueSource } from './rows.js';
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
  /** The values of the projection with the scenario as given. */
  readonly baseSource: ValueSource;
  /** Whether a target's verdict depends on the driver. */
  dependsOn(t: TargetNode): boolean;
  /** The values with the driver's field set to `value` (checked: growth > −1, base ≥ 0). */
  sourceAt(value: Decimal, name: string): ValueSource;
}

/** Read plan, scenario, options (the keys of a scorecard, `prices`, `driver` and `keys`) and driver once. */
export function prepare(
  plan: Plan,
  scenario: ScenarioLike,
  options: unknown,
  keys: readonly string[],
): { varied: Varied; o: Record<string, unknown> } {
  const model = readPlan(plan);
  const s = readScenario(scenario, model);
  readObject(options, 'options', 'an options object { driver, … }');
  const o = readOptions(options, 'options', [...SCORECARD_OPTION_KEYS, 'prices', 'driver', ...keys]);
  const prices = readPrices(o.prices, s);
  const rowOptions = readRowOptions(o);
  const ref = readDriverRef(o.driver);
  const driver = s.drivers.get(ref.series);
  if (driver === undefined) {
    const driven = [...s.drivers.keys()];
    throw notFoundError('options.driver.series', messages.scenarioNoDriver('options.driver.series', ref.series, s.id, driven), ref.series, driven);
  }
  const baseTable = buildTable(model, s, prices, new Set());
  const baseRates = constantRates(s, prices);
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
        if (value.lte(-1)) throw domainError(name, messages.rateAboveMinusOne(name, value.toString(), 'for a growth driver'), value.toString());
        return { ...driver, evolution: { kind: 'growth', rates: Array.from({ length: s.span }, () => value), constant: value } };
      case 'additions':
        return { ...driver, evolution: { kind: 'additions', amounts: Array.from({ length: s.span }, () => value) } };
      case 'base':
        if (value.isNegative() && !value.isZero()) {
          throw domainError(name, messages.mustNotBeNegative(name, value.toFixed(), 'for a base-year level'), value.toFixed());
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
    baseSource: tableSource(baseTable, model),
    dependsOn,
    sourceAt: (value, name) => {
      const changed = withValue(value, name);
      const table = redraft(baseTable, affected);
      table.values.set(ref.series, driverLevels(changed, s, prices));
      for (const id of stale) table.values.delete(id);
      const rates = new Map(baseRates);
      const g = constantRate(changed, prices);
      if (g === undefined) rates.delete(ref.series);
      else rates.set(ref.series, g);
      deriveInto(table, derived, new Set(), rates);
      return tableSource(table, model);
    },
  };
  return { varied, o };
}

/** The indicators a verdict reads from a projection (see `judgeRow`). */
function projectionReads(t: TargetNode): readonly string[] {
  switch (t.mode) {
    case 'value':
      return [t.node.id];
    case 'share':
    case 'intensity': {
      const parts = t.parts as NonNullable<TargetNode['parts']>;
      return [parts.numerator.id, parts.denominator.id];
    }
    default:
      return [t.levels ?? t.node.id];
  }
}

const DRIVER_REF = "a driver { series, field: 'growth' | 'base' | 'additions' }";

function readDriverRef(value: unknown): DriverRef {
  const ref = readObject(value, 'options.driver', DRIVER_REF);
  if (typeof ref.series !== 'string') throw invalidArgument('options.driver', DRIVER_REF, value);
  return Object.freeze({ series: ref.series, field: readChoice(ref.field, 'options.driver.field', FIELDS) });
}
