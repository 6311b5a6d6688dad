/**
 * The driver model: the levels of a driven series year by year, from its base and how it
 * evolves (docs/scenarios.md, "The driver model"). The derived indicators computed from them
 * are in `projectionTable.ts`.
 *
 * @internal
 * @module
 */
import { outOfRange } from '../calc/_lib/exact.js';
import { EXACT, ONE, ZERO, shift, toDigits, working, type Decimal } from '../decimal.js';
import type { DriverModel, ScenarioModel } from './readScenario.js';
import type { ProjectionPrices } from './types.js';

/**
 * Significant digits of a projected level: the 34 of every result and 16 guard digits, so
 * that a growth rate or a share measured on the levels is right to 34 digits.
 */
const LEVEL_DIGITS = 50; // PRECISION (34) + 16, written out so that bundlers can drop it
/** Growth factors are carried with 20 more digits than the levels. */
const Factor = /* @__PURE__ */ working(70);
/** Products and quotients rounded once to the digits of a level. */
const Level = /* @__PURE__ */ working(LEVEL_DIGITS);

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

/** What a level is, in a `DOMAIN` error: `"the level of 'gdp' in 2020"`. */
const levelName = (series: string, year: number): string => `the level of '${series}' in ${year}`;

/**
 * `x` rounded (half-even) to {@link LEVEL_DIGITS} significant digits (exact when shorter), as
 * the level of `series` in `year`: beyond the bounds of the library's decimals (∞, or 0 for an `x` that is
 * not 0) it is a `DOMAIN` error naming the series and the year, never a level of ∞ or 0.
 */
function level(x: Decimal, series: string, year: number): Decimal {
  const rounded = toDigits(x, LEVEL_DIGITS);
  if (!rounded.isFinite() || (rounded.isZero() && !x.isZero())) throw outOfRange(levelName(series, year));
  return rounded;
}

/**
 * The levels of a driven series for every year offset `0 … span`, in the indicator's unit.
 *
 * Growth: `level_k = base · Π(1 + gᵢ)`; additions: `base + Σaᵢ`; values: as given. A level
 * is exact when it has at most {@link LEVEL_DIGITS} (50) significant digits (8 % a year from
 * 120 gives exactly `176.319369216` in the fifth year), else rounded (half-even) to 50
 * digits, 16 more than any result, so that a growth rate measured on the levels is the rate
 * put in to 34 digits, and a break-even sits where the mathematics puts it, not where a
 * rounding does.
 *
 * @param factorCache - The products `Π(1 + g)` of a constant rate g, by g, shared by the
 *   drivers of one projection that grow at it.
 */
function evaluateDriver(driver: DriverModel, baseYear: number, span: number, factorCache?: Map<string, Decimal[]>): Decimal[] {
  const shiftBy = driver.unit.multiplier - driver.node.unit.multiplier;
  const series = driver.series;
  const toIndicator = (x: Decimal, k: number): Decimal => (shiftBy === 0 ? x : shift(x, shiftBy, levelName(series, baseYear + k)));
  const base = driver.base;
  // A base from a search (breakEven) may have left the bounds.
  if (!base.isFinite()) throw outOfRange(levelName(series, baseYear));
  const levels: Decimal[] = [toIndicator(base, 0)];
  const ev = driver.evolution;
  switch (ev.kind) {
    case 'constant':
      for (let k = 1; k <= span; k++) levels.push(levels[0] as Decimal);
      break;
    case 'growth': {
      // level_k = base · Π(1 + gᵢ): the product carried to 70 digits (exact for every
      // realistic rate), times the base, rounded once to 50 digits.
      const key = ev.constant === undefined ? undefined : ev.constant.toString();
      let factors = key === undefined ? undefined : factorCache?.get(key);
      if (factors === undefined || factors.length < span) {
        factors = growthFactors(ev.rates, span);
        if (key !== undefined) factorCache?.set(key, factors);
      }
      for (let k = 1; k <= span; k++) {
        const factor = factors[k - 1] as Decimal;
        // A factor beyond the working range (∞, or 0 for 1 + g > 0) puts any level beyond the bounds.
        if (!base.isZero() && (!factor.isFinite() || factor.isZero())) throw outOfRange(levelName(series, baseYear + k));
        levels.push(base.isZero() ? ZERO : toIndicator(level(Level.mul(base, factor), series, baseYear + k), k));
      }
      break;
    }
    case 'additions': {
      let sum: Decimal = new EXACT(base);
      for (let k = 1; k <= span; k++) {
        sum = EXACT.add(sum, ev.amounts[k - 1] as Decimal);
        levels.push(toIndicator(level(sum, series, baseYear + k), k));
      }
      break;
    }
    case 'values':
      for (let k = 1; k <= span; k++) levels.push(toIndicator(ev.values[k - 1] as Decimal, k));
      break;
  }
  return levels;
}

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
  const levels = evaluateDriver(driver, scenario.baseYear, scenario.span, factorCache);
  if (!deflated(driver, prices)) return levels;
  const index = scenario.deflator as readonly Decimal[];
  const base = index[0] as Decimal;
  return levels.map((l, k) =>
    k === 0 && base.eq(100) ? l : level(Level.div(EXACT.mul(l, base), index[k] as Decimal), driver.series, scenario.baseYear + k),
  );
}

/** Whether the levels of `driver` are divided by the deflator: money at comparable prices. */
const deflated = (driver: DriverModel, prices: ProjectionPrices): boolean =>
  prices === 'comparable' && driver.node.unit.measure === 'yuan';

/**
 * The constant rate g of a driver whose levels are `base · (1 + g)^k` at `prices`: a constant
 * `growth` driver whose levels are not deflated. `undefined` for any other driver.
 */
export function constantRate(driver: DriverModel, prices: ProjectionPrices): Decimal | undefined {
  const ev = driver.evolution;
  return ev.kind === 'growth' && !deflated(driver, prices) ? ev.constant : undefined;
}
