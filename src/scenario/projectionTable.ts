/**
 * The numbers behind a projection, and the one boundary behind which the speed shortcuts of
 * projections live ([docs/performance.md](../../docs/performance.md#the-projection-table)).
 *
 * A {@link ProjectionTable} holds the levels of the driven series and every derived
 * indicator by year, and the annual averages its growth indicators measured. `project`
 * builds it ({@link buildTable}) and attaches it to the projection it returns
 * ({@link attachTable}, a mark of `own.ts`); `scorecard` reads it back
 * ({@link projectionTable}) instead of reading the projection's decimals again, and takes a
 * rate target's annual average from it instead of measuring it twice. A projection the
 * library did not make (a copy, a spread, JSON) carries no table: it is read like any input.
 *
 * @internal
 * @module
 */
import { outOfRange, renamed } from '../calc/_lib/exact.js';
import { cagr } from '../calc/cagr.js';
import { growthRate } from '../calc/growthRate.js';
import { intensity } from '../calc/intensity.js';
import { share } from '../calc/share.js';
import { HUNDRED, PRECISION, dec, shift, type Decimal, type DecimalInput } from '../decimal.js';
import { invalidArgument } from '../errors.js';
import { markOwn, ownPayload } from '../own.js';
import type { Year } from '../plan/types.js';
import { isObject, isYear, reading } from '../read.js';
import { readUnit, valueIn } from '../units/index.js';
import { constantRate, driverLevels } from './model.js';
import type { Derivation, IndicatorNode, PlanModel } from './planGraph.js';
import type { ScenarioModel } from './readScenario.js';
import { notes as noteText } from './text.js';
import type { ProjectionPrices } from './types.js';

/** The values of one indicator by year offset from the base year; `undefined` where there is none. */
export type Column = readonly (Decimal | undefined)[];

/** The numbers behind a projection. */
export interface ProjectionTable {
  readonly baseYear: Year;
  readonly horizon: Year;
  /** Every projected indicator: levels of the driven series (50 digits), derived values (34). */
  readonly values: ReadonlyMap<string, Column>;
  /**
   * The annual average growth (a ratio, 34 digits) of a series from the base year to each
   * year, where an annual growth indicator of it measured it.
   */
  readonly averages: ReadonlyMap<string, Column>;
}

/** A table being computed. */
interface TableDraft extends ProjectionTable {
  readonly values: Map<string, Column>;
  readonly averages: Map<string, Column>;
}

/** What a derived value is, in a `DOMAIN` error: `"the value of 'gdp-growth' in 2020"`. */
const derivedName = (id: string, year: Year): string => `the value of '${id}' in ${year}`;

/** A note, deduplicated by text, collected while a table is computed. */
export type Notes = Set<string>;

/** The table of a projection: every driver's levels at `prices`, then every derived indicator. */
export function buildTable(model: PlanModel, scenario: ScenarioModel, prices: ProjectionPrices, notes: Notes): ProjectionTable {
  const draft: TableDraft = { baseYear: scenario.baseYear, horizon: scenario.horizon, values: new Map(), averages: new Map() };
  const factors = new Map<string, Decimal[]>();
  for (const driver of scenario.drivers.values()) draft.values.set(driver.series, driverLevels(driver, scenario, prices, factors));
  deriveInto(draft, model.derived, notes, constantRates(scenario, prices));
  return draft;
}

/** A copy of `table` to compute into, without the averages of the series in `changed`. */
export function redraft(table: ProjectionTable, changed: ReadonlySet<string>): TableDraft {
  const averages = new Map<string, Column>();
  for (const [id, column] of table.averages) if (!changed.has(id)) averages.set(id, column);
  return { baseYear: table.baseYear, horizon: table.horizon, values: new Map(table.values), averages };
}

/** {@link constantRate} of every driver of the scenario that has one, by series. */
export function constantRates(scenario: ScenarioModel, prices: ProjectionPrices): Map<string, Decimal> {
  const rates = new Map<string, Decimal>();
  for (const driver of scenario.drivers.values()) {
    const g = constantRate(driver, prices);
    if (g !== undefined) rates.set(driver.series, g);
  }
  return rates;
}

/**
 * Compute the derived indicators `nodes` (in dependency order) into `draft`, from what is in
 * it: shares and intensities (34 digits, `calc/share`, `calc/intensity`, shifted into the
 * indicator's unit) and growth indicators. `constant`: the rate of every series that grows
 * at one (see {@link averageIsRate}). An indicator whose inputs are not there is left out.
 */
export function deriveInto(
  draft: TableDraft,
  nodes: readonly IndicatorNode[],
  notes: Notes,
  constant: ReadonlyMap<string, Decimal>,
): void {
  const span = draft.horizon - draft.baseYear;
  for (const node of nodes) {
    const d = node.derivation as Derivation;
    if (d.kind === 'growth') {
      const levels = draft.values.get(d.of);
      if (levels !== undefined) draft.values.set(node.id, growthValues(draft, levels, d, node.id, notes, constant.get(d.of)));
      continue;
    }
    const n = draft.values.get(d.numerator);
    const m = draft.values.get(d.denominator);
    if (n === undefined || m === undefined) continue;
    const values: (Decimal | undefined)[] = [];
    // (a · 10^n) ÷ (b · 10^m) × 100 = (a ÷ b) · 10^(n − m + 2): the powers of ten move the
    // decimal point of the correctly rounded quotient, exactly.
    const exponent = d.numeratorShift - d.denominatorShift + (d.percent ? 2 : 0);
    for (let k = 0; k <= span; k++) {
      const a = n[k];
      const b = m[k];
      if (a === undefined || b === undefined) values.push(undefined);
      else if (b.isZero()) {
        notes.add(noteText.zeroDenominator(node.id, d.denominator, k));
        values.push(undefined);
      } else {
        try {
          const ratio = d.kind === 'share' ? share(a, b) : intensity(a, b);
          values.push(exponent === 0 ? ratio : shift(ratio, exponent));
        } catch (error) {
          // Named here, not before: a projection computes thousands of values that never fail.
          throw renamed(error, derivedName(node.id, draft.baseYear + k));
        }
      }
    }
    draft.values.set(node.id, values);
  }
}

/**
 * Whether the annual average growth of the levels of a constant rate `g`, measured on them
 * and rounded to 34 digits, is `g` itself, so that it need not be measured: for `g ≠ 0` of
 * at most 34 significant digits with an exponent of −13 or more. The argument:
 * [docs/formulas.md, "The average of a constant rate (`averageIsRate`)"](../../docs/formulas.md#the-average-of-a-constant-rate-averageisrate).
 */
function averageIsRate(g: Decimal): boolean {
  return !g.isZero() && g.e >= -13 && g.sd() <= PRECISION;
}

/**
 * Growth from offset 0 to every later offset: the CAGR (`calc/cagr`) or the change
 * (`calc/growthRate`), × 100 in percent; none for offset 0. An annual average is recorded in
 * the table's averages; on the levels of a constant rate g it is g where
 * {@link averageIsRate}.
 */
function growthValues(
  draft: TableDraft,
  levels: Column,
  d: Extract<Derivation, { kind: 'growth' }>,
  id: string,
  notes: Notes,
  g: Decimal | undefined,
): Column {
  const annual = d.measure === 'annual';
  const values: (Decimal | undefined)[] = [undefined];
  const averages: (Decimal | undefined)[] = [undefined];
  const known = g !== undefined && averageIsRate(g) ? g : undefined;
  const base = levels[0];
  for (let k = 1; k < levels.length; k++) {
    const level = levels[k];
    let rate: Decimal | undefined;
    if (base === undefined || level === undefined) rate = undefined;
    else if (!base.isPositive() || base.isZero() || (annual && level.isNegative() && !level.isZero())) {
      notes.add(noteText.growthUndefined(id, d.of, base.toFixed(), level.toFixed(), k));
    } else if (known !== undefined && (annual || k === 1)) rate = known;
    // Over one year the annual average is the year's growth: one division, correctly rounded.
    else {
      try {
        rate = annual && k > 1 ? cagr(base, level, k) : growthRate(base, level);
      } catch (error) {
        throw renamed(error, derivedName(id, draft.baseYear + k));
      }
    }
    const inPercent = rate === undefined || !d.percent ? rate : rate.times(HUNDRED);
    if (inPercent !== undefined && !inPercent.isFinite()) throw outOfRange(derivedName(id, draft.baseYear + k));
    values.push(inPercent);
    averages.push(annual ? rate : undefined);
  }
  if (annual) draft.averages.set(d.of, averages);
  return values;
}

/** Attach `table` to the projection made from it, so that {@link projectionTable} finds it. */
export function attachTable<T extends object>(projection: T, table: ProjectionTable): T {
  return markOwn(projection, 'projection', table);
}

/**
 * The table of a projection: the one `project` attached to it, or, for any other projection
 * shaped object (a copy, JSON read back), its indicators read and converted into the
 * indicators' units (without averages).
 *
 * @throws {@link PlanError} `INVALID_ARGUMENT` for a value that is not projection shaped,
 *   `INVALID_DECIMAL` for a bad value, `UNIT_MISMATCH` for a unit of another measure.
 */
export function projectionTable(projection: unknown, model: PlanModel): ProjectionTable {
  const own = ownPayload<ProjectionTable>(projection, 'projection');
  if (own !== undefined) return own;
  return reading('projectionOrObservations', () => readTable(projection, model));
}

/** A projection that is not the library's (from JSON), read and checked. */
function readTable(projection: unknown, model: PlanModel): ProjectionTable {
  if (!isObject(projection) || !isObject(projection.indicators) || !isYear(projection.baseYear) || !isYear(projection.horizon)) {
    throw invalidArgument('projectionOrObservations', 'a projection { baseYear, horizon, indicators, … } or an array of observations', projection);
  }
  const { baseYear, horizon } = projection;
  const units = isObject(projection.units) ? projection.units : {};
  const values = new Map<string, Column>();
  for (const [id, byYear] of Object.entries(projection.indicators)) {
    const node = model.nodes.get(id);
    if (node === undefined || !isObject(byYear)) continue;
    const name = `projection.units.${id}`;
    const unit = units[id] === undefined ? node.unit : readUnit(units[id], name);
    const column: (Decimal | undefined)[] = [];
    for (let y = baseYear; y <= horizon; y++) {
      const raw = byYear[y];
      column.push(raw === undefined ? undefined : valueIn(dec(raw as DecimalInput, `projection.indicators.${id}.${y}`), unit, node.unit, name, `indicator '${id}'`));
    }
    values.set(id, column);
  }
  return { baseYear, horizon, values, averages: new Map() };
}

/** The value of indicator `id` in `year`, if the table has one. */
export function valueAt(table: ProjectionTable, id: string, year: Year): Decimal | undefined {
  return year < table.baseYear || year > table.horizon ? undefined : table.values.get(id)?.[year - table.baseYear];
}

/**
 * The annual average growth (a ratio) of series `id` from `from` to `to`, where the table
 * has it: from the base year, over two years or more (over one year `calc/cagr` is not asked
 * for: the growth indicator used one division).
 */
export function averageAt(table: ProjectionTable, id: string, from: Year, to: Year): Decimal | undefined {
  return from === table.baseYear && to - from >= 2 && to <= table.horizon ? table.averages.get(id)?.[to - from] : undefined;
}
