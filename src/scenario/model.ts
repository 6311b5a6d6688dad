/**
 * The driver model: the levels of driven series year by year, and the derived indicators
 * (shares, intensities, growth) computed from them. What `project`, `scorecard`, `sweep` and
 * `breakEven` share, so that a sweep re-evaluates only what its driver changes.
 *
 * @internal
 * @module
 */
import { cagr } from '../calc/cagr.js';
import { growthRate } from '../calc/growthRate.js';
import { intensity } from '../calc/intensity.js';
import { share } from '../calc/share.js';
import { D, EXACT, PRECISION, working, type Decimal } from '../decimal.js';
import type { Derivation, IndicatorNode, PlanModel } from './planGraph.js';
import type { DriverModel, ScenarioModel } from './readScenario.js';
import { notes as noteText } from './text.js';
import type { ProjectionPrices } from './types.js';

const HUNDRED = /* @__PURE__ */ new D(100);
const ONE = /* @__PURE__ */ new D(1);

const POWERS = new Map<number, Decimal>();

/**
 * `x × 10^places`, exactly (as `units.shift`, with the powers of ten cached: this runs for
 * every value of a projection whose units differ in their multipliers).
 */
export function scale(x: Decimal, places: number): Decimal {
  if (places === 0 || x.isZero()) return x;
  let power = POWERS.get(places);
  if (power === undefined) {
    power = new EXACT(`1e${places}`);
    POWERS.set(places, power);
  }
  return new D(EXACT.mul(x, power));
}

/** `10^places` as a Decimal of the library (cached). */
function powerOfTen(places: number): Decimal {
  let power = POWERS_D.get(places);
  if (power === undefined) {
    power = new D(`1e${places}`);
    POWERS_D.set(places, power);
  }
  return power;
}
const POWERS_D = new Map<number, Decimal>();

/**
 * Significant digits of a projected level: the 34 of every result and 16 guard digits, so
 * that a growth rate or a share measured on the levels is right to 34 digits.
 */
export const LEVEL_DIGITS = PRECISION + 16;
/** Growth factors are carried with 20 more digits than the levels. */
const Factor = /* @__PURE__ */ working(LEVEL_DIGITS + 20);
/** Products rounded once to the digits of a level. */
const Level = /* @__PURE__ */ working(LEVEL_DIGITS);
const Deflate = /* @__PURE__ */ working(LEVEL_DIGITS);

/** `Π(1 + gᵢ)` for i ≤ k, every k from 1 to `span`, at 70 digits. */
function growthFactors(rates: readonly Decimal[], span: number): Decimal[] {
  const factors: Decimal[] = [];
  let factor: Decimal = new Factor(1);
  let rate: Decimal | null = null;
  let onePlus: Decimal = ONE;
  for (let k = 1; k <= span; k++) {
    const g = rates[k - 1] as Decimal;
    if (g !== rate) {
      rate = g;
      onePlus = EXACT.add(ONE, g);
    }
    factor = Factor.mul(factor, onePlus);
    factors.push(factor);
  }
  return factors;
}

/** `x` rounded (half-even) to {@link LEVEL_DIGITS} significant digits, as a Decimal of the library; exact when shorter. −0 → 0. */
function level(x: Decimal): Decimal {
  const own = x.sd() > LEVEL_DIGITS ? new D(x.toSignificantDigits(LEVEL_DIGITS, D.ROUND_HALF_EVEN)) : new D(x);
  return own.isZero() ? new D(0) : own;
}

/**
 * The levels of a driven series for every year offset `0 … span`, in the indicator's unit.
 *
 * Growth: `level_k = base · Π(1 + gᵢ)`; additions: `base + Σaᵢ`;
 * values: as given. A level is exact when it has at most {@link LEVEL_DIGITS} (50)
 * significant digits (8 % a year from 120 gives exactly `176.319369216` in the fifth year),
 * else rounded (half-even) to 50 digits, 16 more than any result, so that a growth rate
 * measured on the levels is the rate put in to 34 digits, and a break-even sits where the
 * mathematics puts it, not where a rounding does.
 */
export function evaluateDriver(driver: DriverModel, span: number, factorCache?: Map<string, Decimal[]>): Decimal[] {
  const shiftBy = driver.unit.multiplier - driver.node.unit.multiplier;
  const toIndicator = (x: Decimal): Decimal => (shiftBy === 0 ? x : scale(x, shiftBy));
  const base = driver.base;
  const levels: Decimal[] = [toIndicator(base)];
  const ev = driver.evolution;
  switch (ev.kind) {
    case 'constant':
      for (let k = 1; k <= span; k++) levels.push(levels[0] as Decimal);
      break;
    case 'growth': {
      // level_k = base · Π(1 + gᵢ): the product carried to 70 digits (exact for every
      // realistic rate), times the base exactly, rounded once to 50 digits. The products of a
      // constant rate are shared by the drivers of one projection that grow at it.
      const key = ev.constant === undefined ? undefined : ev.constant.toString();
      let factors = key === undefined ? undefined : factorCache?.get(key);
      if (factors === undefined || factors.length < span) {
        factors = growthFactors(ev.rates, span);
        if (key !== undefined) factorCache?.set(key, factors);
      }
      // Level.mul rounds the exact product once, half-even, to 50 digits: level(EXACT.mul(…)).
      for (let k = 1; k <= span; k++) levels.push(toIndicator(level(Level.mul(base, factors[k - 1] as Decimal))));
      break;
    }
    case 'additions': {
      let sum: Decimal = new EXACT(base);
      for (let k = 1; k <= span; k++) {
        sum = EXACT.add(sum, ev.amounts[k - 1] as Decimal);
        levels.push(toIndicator(level(sum)));
      }
      break;
    }
    case 'values':
      for (let k = 1; k <= span; k++) levels.push(toIndicator(ev.values[k - 1] as Decimal));
      break;
  }
  return levels;
}

/** Values of every projected indicator by year offset; `undefined` where there is none. */
export type ValueTable = Map<string, readonly (Decimal | undefined)[]>;

/**
 * What growth indicators know of the series they measure.
 * - `constant` (read): the rate of every driven series whose levels are a geometric path at
 *   the table's prices (a constant `growth` driver, not deflated), see {@link constantRate};
 * - `annual` (written): the annual average growth (a ratio, 34 digits) of a series from
 *   offset 0 to every offset, as an annual growth indicator computed it, so that a rate
 *   target judged on the same levels need not compute it again.
 */
export interface KnownGrowth {
  readonly constant: ReadonlyMap<string, Decimal>;
  readonly annual: Map<string, readonly (Decimal | undefined)[]>;
}

/** {@link KnownGrowth} of the given constant rates, no average computed yet. */
export function knownGrowth(constant: ReadonlyMap<string, Decimal>): KnownGrowth {
  return { constant, annual: new Map() };
}

/**
 * The constant rate g of a driver whose levels are `base · (1 + g)^k` at `prices`: a constant
 * `growth` driver whose levels are not deflated. `undefined` for any other driver.
 */
export function constantRate(driver: DriverModel, prices: ProjectionPrices): Decimal | undefined {
  const ev = driver.evolution;
  if (ev.kind !== 'growth' || ev.constant === undefined) return undefined;
  return prices === 'comparable' && driver.node.unit.measure === 'yuan' ? undefined : ev.constant;
}

/**
 * Whether the annual average growth of the levels of a constant rate `g`, measured on them and
 * rounded to 34 digits, is g itself, so that it need not be measured.
 *
 * A level is `base · (1 + g)^k` with a relative error ε of at most 5·10⁻⁵⁰ (the rounding to
 * {@link LEVEL_DIGITS} digits) plus k · 5·10⁻⁷⁰ (the products of `growthFactors`), so
 * |ε| < 10⁻⁴⁹, and the growth c measured on it satisfies 1 + c = (1 + g)(1 + ε)^(1/k):
 * |c − g| ≤ 1.01 · (1 + |g|) · 10⁻⁴⁹. When g has at most 34 significant digits it is a
 * 34-digit value, and c rounds to it if |c − g| is below half a unit of the 34th digit on
 * either side of g, 0.5 · 10^(e − 34) where e is g's exponent. For g ≠ 0 with e ≥ −13 that
 * holds: for |g| < 1 the bound is below 2.1·10⁻⁴⁹ < 5·10⁻⁴⁸; for |g| ≥ 1 it is below
 * 2.1·10^(e − 48). Any other rate is measured (`calc/cagr`).
 */
function growthIsRate(g: Decimal): boolean {
  return !g.isZero() && g.e >= -13 && g.sd() <= PRECISION;
}

/** A note, deduplicated by text, collected while a table is computed. */
export type Notes = Set<string>;



/**
 * Levels of one driver at the projection's prices: money divided by the deflator when
 * `prices` is `'comparable'`: `level · baseIndex ÷ index` (the formula of `calc/deflate`),
 * rounded to 50 digits like every level, so that a share of two deflated levels is the share
 * of the nominal ones.
 */
export function driverLevels(
  driver: DriverModel,
  scenario: ScenarioModel,
  prices: ProjectionPrices,
  factorCache?: Map<string, Decimal[]>,
): Decimal[] {
  const levels = evaluateDriver(driver, scenario.span, factorCache);
  if (prices === 'comparable' && driver.node.unit.measure === 'yuan') {
    const index = scenario.deflator as readonly Decimal[];
    const base = index[0] as Decimal;
    // calc/deflate's formula, nominal · base ÷ index, carried to 50 digits like every level.
    return levels.map((l, k) => (k === 0 && base.eq(HUNDRED) ? l : level(Deflate.div(EXACT.mul(l, base), index[k] as Decimal))));
  }
  return levels;
}

/**
 * Compute the derived indicators `ids` (in dependency order) into `table`, from what is in
 * it. A derived indicator none of whose years can be computed is left out.
 */
export function deriveInto(
  table: ValueTable,
  nodes: readonly IndicatorNode[],
  span: number,
  notes: Notes,
  growth: KnownGrowth,
): void {
  for (const node of nodes) {
    const d = node.derivation as Derivation;
    if (d.kind === 'growth') {
      const levels = table.get(d.of);
      if (levels === undefined) continue;
      table.set(node.id, growthValues(levels, d, node.id, notes, growth));
    } else {
      const n = table.get(d.numerator);
      const m = table.get(d.denominator);
      if (n === undefined || m === undefined) continue;
      const values: (Decimal | undefined)[] = [];
      const exponent = d.numeratorShift - d.denominatorShift + (d.percent ? 2 : 0);
      for (let k = 0; k <= span; k++) {
        const a = n[k];
        const b = m[k];
        if (a === undefined || b === undefined) {
          values.push(undefined);
          continue;
        }
        if (b.isZero()) {
          notes.add(noteText.zeroDenominator(node.id, d.denominator, k));
          values.push(undefined);
          continue;
        }
        // (a · 10^n) ÷ (b · 10^m) × 100 = (a ÷ b) · 10^(n − m + 2): the powers of ten move the
        // decimal point of the correctly rounded quotient, exactly.
        const q = d.kind === 'share' ? share(a, b) : intensity(a, b);
        values.push(exponent === 0 ? q : q.times(powerOfTen(exponent)));
      }
      table.set(node.id, values);
    }
  }
}

/**
 * Growth from offset 0 to every later offset: the CAGR (`calc/cagr`) or the change
 * (`calc/growthRate`), × 100 in percent; none for offset 0. On the levels of a constant rate
 * g the annual average is g where {@link growthIsRate} proves that measuring it gives g.
 */
function growthValues(
  levels: readonly (Decimal | undefined)[],
  d: Extract<Derivation, { kind: 'growth' }>,
  id: string,
  notes: Notes,
  growth: KnownGrowth,
): (Decimal | undefined)[] {
  const values: (Decimal | undefined)[] = [undefined];
  const annual = d.measure === 'annual';
  const averages: (Decimal | undefined)[] = [undefined];
  const g = growth.constant.get(d.of);
  const known = g !== undefined && growthIsRate(g) ? g : undefined;
  const base = levels[0];
  for (let k = 1; k < levels.length; k++) {
    const level = levels[k];
    if (base === undefined || level === undefined) {
      values.push(undefined);
      averages.push(undefined);
      continue;
    }
    if (!base.isPositive() || base.isZero() || (annual && level.isNegative() && !level.isZero())) {
      notes.add(noteText.growthUndefined(id, d.of, base.toFixed(), level.toFixed(), k));
      values.push(undefined);
      averages.push(undefined);
      continue;
    }
    let rate: Decimal;
    if (known !== undefined && (annual || k === 1)) rate = known;
    // Over one year the annual average is the year's growth: one division, correctly rounded.
    else if (annual && k > 1) rate = cagr(base, level, k);
    else rate = growthRate(base, level);
    values.push(d.percent ? rate.times(HUNDRED) : rate);
    averages.push(annual ? rate : undefined);
  }
  if (annual) growth.annual.set(d.of, averages);
  return values;
}

/**
 * The whole table: every driver's levels at `prices`, then every derived indicator.
 *
 * @throws {@link PlanError} `INVALID_ARGUMENT` when `prices` is `'comparable'` and the
 *   scenario has no deflator.
 */
export function computeTable(
  model: PlanModel,
  scenario: ScenarioModel,
  prices: ProjectionPrices,
  notes: Notes,
  growth: KnownGrowth,
): ValueTable {
  const table: ValueTable = new Map();
  const factors = new Map<string, Decimal[]>();
  for (const driver of scenario.drivers.values()) table.set(driver.series, driverLevels(driver, scenario, prices, factors));
  deriveInto(table, model.derived, scenario.span, notes, growth);
  return table;
}

/** {@link constantRate} of every driver of the scenario that has one. */
export function constantRates(scenario: ScenarioModel, prices: ProjectionPrices): Map<string, Decimal> {
  const rates = new Map<string, Decimal>();
  for (const driver of scenario.drivers.values()) {
    const g = constantRate(driver, prices);
    if (g !== undefined) rates.set(driver.series, g);
  }
  return rates;
}
