/**
 * The one reader of scenario input (decoded, or JSON with decimal strings): a scenario read
 * and checked against a plan — every series a drivable indicator, every driver's unit of
 * the indicator's measure, every per-year map complete, every year from 1900 to 2100 — by
 * the rules of `scenarioSchema`, so that `project` accepts exactly the scenarios
 * `parseScenario` accepts (whose series the plan can drive; a test generates both kinds). Scenarios of frozen data (no getters:
 * `isFrozenData`) are read once per plan and cached (docs/performance.md).
 *
 * @internal
 * @module
 */
import { HUNDRED, dec, type Decimal, type DecimalInput } from '../decimal.js';
import { argumentError, domainError, invalidArgument, notFoundError } from '../errors.js';
import { messages } from '../messages.js';
import { isFrozenData } from '../own.js';
import type { Year } from '../plan/types.js';
import { isObject, optional, readChoice, readId, readObject, readOptions, readString, readYear } from '../read.js';
import { UNIT_IDS, describeUnit, readUnit, type Unit } from '../units/index.js';
import type { Caveat } from '../progress/types.js';
import { readCaveats } from './caveats.js';
import type { IndicatorNode, PlanModel } from './planGraph.js';
import type { ProjectionPrices, ScenarioLike } from './types.js';

/** How a driven series evolves after its base year (values per year after the base, in the driver's unit or as ratios). */
type Evolution =
  | { readonly kind: 'constant' }
  | { readonly kind: 'growth'; readonly rates: readonly Decimal[]; readonly constant?: Decimal }
  | { readonly kind: 'additions'; readonly amounts: readonly Decimal[] }
  | { readonly kind: 'values'; readonly values: readonly Decimal[] };

/** A driver read and checked against the plan. */
export interface DriverModel {
  readonly series: string;
  readonly node: IndicatorNode;
  /** The driver's unit (the indicator's unless given). */
  readonly unit: Unit;
  /** Base-year level, in the driver's unit. */
  readonly base: Decimal;
  readonly evolution: Evolution;
}

/** A scenario read and checked against a plan. */
export interface ScenarioModel {
  readonly id: string;
  readonly baseYear: Year;
  readonly horizon: Year;
  /** `horizon − baseYear`. */
  readonly span: number;
  readonly years: readonly Year[];
  readonly drivers: ReadonlyMap<string, DriverModel>;
  /** Price index by year offset (0 = base year, 100 unless given); `null` without a deflator. */
  readonly deflator: readonly Decimal[] | null;
  /** The scenario's caveats, frozen (none: empty). */
  readonly caveats: readonly Caveat[];
}

/**
 * Read a scenario (decoded or JSON input) against a plan: every series must be a drivable
 * indicator of the plan, every driver's unit of the indicator's measure, every per-year map
 * complete.
 *
 * @throws {@link PlanError} with the path of the first problem: `INVALID_ARGUMENT` for
 *   shapes, `NOT_FOUND` for an unknown series (listing the drivable ones), `UNIT_MISMATCH`
 *   for a unit of another measure, `DOMAIN` for a growth rate ≤ −1, a negative base or a
 *   deflator ≤ 0, `INVALID_DECIMAL` for a bad number.
 */
export function readScenario(input: ScenarioLike, model: PlanModel): ScenarioModel {
  const frozen = isFrozenData(input);
  if (frozen) {
    const cached = scenarioCache.get(input as object)?.get(model);
    if (cached !== undefined) return cached;
  }
  const read = readScenarioUncached(input, model, 'scenario');
  if (frozen) {
    let byModel = scenarioCache.get(input as object);
    if (byModel === undefined) scenarioCache.set(input as object, (byModel = new WeakMap()));
    byModel.set(model, read);
  }
  return read;
}

const scenarioCache = new WeakMap<object, WeakMap<PlanModel, ScenarioModel>>();

const SCENARIO_KEYS = ['id', 'name', 'description', 'baseYear', 'horizon', 'series', 'deflator', 'caveats'];

function readScenarioUncached(input: ScenarioLike, model: PlanModel, name: string): ScenarioModel {
  readObject(input, name, 'a scenario { id, baseYear, horizon, series }');
  const s = noUndefined(readOptions(input, name, SCENARIO_KEYS), name);
  const id = readId(s.id, `${name}.id`);
  if (s.name !== undefined) {
    const text = noUndefined(readOptions(readObject(s.name, `${name}.name`, 'a name { en, zh? }'), `${name}.name`, ['en', 'zh']), `${name}.name`);
    readString(text.en, `${name}.name.en`);
    optional(text.zh, (x) => readString(x, `${name}.name.zh`));
  }
  optional(s.description, (x) => readString(x, `${name}.description`));
  const baseYear = readYear(s.baseYear, `${name}.baseYear`);
  const horizon = readYear(s.horizon, `${name}.horizon`);
  if (horizon <= baseYear) {
    throw argumentError('INVALID_ARGUMENT', `${name}.horizon`, `${name}.horizon: ${messages.horizonNotAfterBase(baseYear, horizon)}`, horizon);
  }
  const span = horizon - baseYear;
  const years: Year[] = [];
  for (let y = baseYear; y <= horizon; y++) years.push(y);
  const series = readObject(s.series, `${name}.series`, 'an object of drivers by indicator id');
  const drivers = new Map<string, DriverModel>();
  for (const seriesId of Object.keys(series)) {
    const node = model.nodes.get(seriesId);
    if (node === undefined) {
      throw notFoundError(`${name}.series`, messages.scenarioUnknownSeries(`${name}.series`, seriesId, model.id, model.drivable), seriesId, model.drivable);
    }
    if (!node.drivable) {
      const message = messages.scenarioDerivedSeries(`${name}.series`, seriesId, node.indicator.kind, model.drivable);
      throw argumentError('INVALID_ARGUMENT', `${name}.series`, message, seriesId);
    }
    drivers.set(seriesId, readDriver(series[seriesId], node, `${name}.series.${seriesId}`, baseYear, horizon));
  }
  let deflator: Decimal[] | null = null;
  if (s.deflator !== undefined) {
    const map = readPerYear(s.deflator, `${name}.deflator`, baseYear, baseYear + 1, horizon);
    deflator = [map.get(baseYear) ?? HUNDRED];
    for (let y = baseYear + 1; y <= horizon; y++) deflator.push(map.get(y) as Decimal);
    deflator.forEach((index, k) => {
      if (!index.isPositive() || index.isZero()) {
        const at = `${name}.deflator.${baseYear + k}`;
        throw domainError(at, messages.mustBePositive(at, index.toFixed(), 'for a price index'), index.toFixed());
      }
    });
  }
  return { id, baseYear, horizon, span, years, drivers, deflator, caveats: readCaveats(s.caveats, `${name}.caveats`) };
}

const DRIVER_KEYS = ['base', 'unit', 'growth', 'additions', 'values'];

/**
 * `o` (a copy read by `readOptions`), refusing a key given as `undefined`: in scenario data, as
 * in `scenarioSchema`, an optional key is left out or has a value.
 */
function noUndefined(o: Record<string, unknown>, at: string): Record<string, unknown> {
  for (const key of Object.keys(o)) {
    if (o[key] === undefined) throw invalidArgument(`${at}.${key}`, messages.expected.presentValue, undefined);
  }
  return o;
}
const EVOLUTION_KEYS = ['growth', 'additions', 'values'] as const;

/** Read one driver, converting nothing yet: values stay in the driver's unit. */
function readDriver(input: unknown, node: IndicatorNode, at: string, baseYear: Year, horizon: Year): DriverModel {
  readObject(input, at, 'a driver { base, unit?, growth? | additions? | values? }');
  const driver = noUndefined(readOptions(input, at, DRIVER_KEYS), at);
  const base = dec(driver.base as DecimalInput, `${at}.base`);
  // As the schema: not negative, and no minus sign in a string (not even '-0').
  if ((base.isNegative() && !base.isZero()) || (typeof driver.base === 'string' && driver.base.startsWith('-'))) {
    throw domainError(`${at}.base`, messages.mustNotBeNegative(`${at}.base`, base.toFixed(), 'for a base-year level'), base.toFixed());
  }
  let unit = node.unit;
  if (driver.unit !== undefined) {
    if (typeof driver.unit !== 'string') throw invalidArgument(`${at}.unit`, messages.expected.unitId(UNIT_IDS), driver.unit);
    unit = readUnit(driver.unit, `${at}.unit`);
    if (unit.measure !== node.unit.measure) {
      const message = messages.scenarioDriverUnit(`${at}.unit`, describeUnit(unit), unit.measure, node.id, describeUnit(node.unit), node.unit.measure);
      throw argumentError('UNIT_MISMATCH', `${at}.unit`, message, unit.measure);
    }
  }
  const given = EVOLUTION_KEYS.filter((k) => driver[k] !== undefined);
  if (given.length > 1) throw argumentError('INVALID_ARGUMENT', at, `${at}: ${messages.driverExclusive(given)}`, given);
  const span = horizon - baseYear;
  const perYear = (key: string, value: unknown): Decimal[] => {
    if (!isObject(value)) {
      const one = dec(value as DecimalInput, `${at}.${key}`);
      return Array.from({ length: span }, () => one);
    }
    const map = readPerYear(value, `${at}.${key}`, baseYear + 1, baseYear + 1, horizon);
    return Array.from({ length: span }, (_, k) => map.get(baseYear + 1 + k) as Decimal);
  };
  let evolution: Evolution = { kind: 'constant' };
  if (driver.growth !== undefined) {
    const rates = perYear('growth', driver.growth);
    rates.forEach((rate, k) => {
      if (rate.lte(-1)) {
        const where = isObject(driver.growth) ? `${at}.growth.${baseYear + 1 + k}` : `${at}.growth`;
        throw domainError(where, messages.rateAboveMinusOne(where, rate.toString(), 'for a growth driver'), rate.toString());
      }
    });
    evolution = isObject(driver.growth) ? { kind: 'growth', rates } : { kind: 'growth', rates, constant: rates[0] as Decimal };
  } else if (driver.additions !== undefined) {
    evolution = { kind: 'additions', amounts: perYear('additions', driver.additions) };
  } else if (driver.values !== undefined) {
    evolution = { kind: 'values', values: perYear('values', readObject(driver.values, `${at}.values`, PER_YEAR)) };
  }
  return { series: node.id, node, unit, base, evolution };
}

const PER_YEAR = 'an object with one value per year';

/** A per-year map: keys from `allowedFrom` to `to`, every year from `from` to `to` present. */
function readPerYear(value: unknown, name: string, allowedFrom: Year, from: Year, to: Year): Map<Year, Decimal> {
  const object = readObject(value, name, PER_YEAR);
  const map = new Map<Year, Decimal>();
  for (const key of Object.keys(object)) {
    const year = Number(key);
    if (!/^\d{4}$/.test(key) || year < allowedFrom || year > to) {
      throw argumentError('INVALID_ARGUMENT', name, messages.scenarioYearKey(name, key, allowedFrom, to), key);
    }
    map.set(year, dec(object[key] as DecimalInput, `${name}.${key}`));
  }
  const missing: Year[] = [];
  for (let y = from; y <= to; y++) if (!map.has(y)) missing.push(y);
  if (missing.length > 0) throw argumentError('INVALID_ARGUMENT', name, `${name}: ${messages.yearsMissing(missing, from, to)}`);
  return map;
}

const PRICES: readonly ProjectionPrices[] = ['current', 'comparable'];

/** Read the `prices` option, checking a deflator is there for `'comparable'`. */
export function readPrices(value: unknown, scenario: ScenarioModel, name = 'options.prices'): ProjectionPrices {
  const prices = value === undefined ? 'current' : readChoice(value, name, PRICES);
  if (prices === 'comparable' && scenario.deflator === null) {
    throw argumentError('INVALID_ARGUMENT', name, messages.scenarioNoDeflator(name, scenario.id), value);
  }
  return prices;
}

/**
 * Read the options of a function that builds a scenario (`planPathScenario`,
 * `reportedTrendScenario`): `id`, an id (`ID_PATTERN`, as `parseScenario` reads it), default `defaultId`.
 */
export function readBuilderOptions(options: unknown, defaultId: string): { readonly id: string } {
  const o = readOptions(options, 'options', ['id']);
  return { id: optional(o.id, (x) => readId(x, 'options.id'), defaultId) };
}
