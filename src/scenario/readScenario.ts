/**
 * A scenario read and checked against a plan: every series a drivable indicator, every
 * driver's unit of the indicator's measure, every per-year map complete. Deeply frozen
 * scenarios are read once per plan and cached.
 *
 * @internal
 * @module
 */
import { D, dec, isDecimal, type Decimal, type DecimalInput } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { Year } from '../plan/types.js';
import { readUnit, type Unit } from '../units/index.js';
import { MAX_YEAR, MIN_YEAR, hasOwn, isObject } from './checks.js';
import { describe, type IndicatorNode, type PlanModel } from './planGraph.js';
import type { ProjectionPrices, ScenarioLike } from './types.js';

/** Longest scenario, in years from base to horizon. */
export const MAX_SPAN = 1000;

const HUNDRED = /* @__PURE__ */ new D(100);

/** How a driven series evolves after its base year (values per year after the base, in the driver's unit or as ratios). */
export type Evolution =
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
export function readScenario(input: ScenarioLike, model: PlanModel, name = 'scenario'): ScenarioModel {
  const frozen = name === 'scenario' && isDeepFrozen(input, 4);
  if (frozen) {
    const cached = scenarioCache.get(input as object)?.get(model);
    if (cached !== undefined) return cached;
  }
  const read = readScenarioUncached(input, model, name);
  if (frozen) {
    let byModel = scenarioCache.get(input as object);
    if (byModel === undefined) scenarioCache.set(input as object, (byModel = new WeakMap()));
    byModel.set(model, read);
  }
  return read;
}

const scenarioCache = new WeakMap<object, WeakMap<PlanModel, ScenarioModel>>();

/** Whether `x` and everything in it down to `depth` levels is frozen (Decimals count as frozen). */
function isDeepFrozen(x: unknown, depth: number): boolean {
  if (typeof x !== 'object' || x === null || isDecimal(x)) return true;
  if (!Object.isFrozen(x)) return false;
  if (depth === 0) return true;
  for (const key of Object.keys(x)) if (!isDeepFrozen((x as Record<string, unknown>)[key], depth - 1)) return false;
  return true;
}

function readScenarioUncached(input: ScenarioLike, model: PlanModel, name: string): ScenarioModel {
  if (!isObject(input)) {
    throw new PlanError('INVALID_ARGUMENT', messages.expectedGot(name, 'a scenario { id, baseYear, horizon, series }', input), {
      argument: name,
      received: input,
    });
  }
  const s = input as Record<string, unknown>;
  if (typeof s.id !== 'string' || s.id === '') {
    throw new PlanError('INVALID_ARGUMENT', messages.expectedGot(`${name}.id`, 'a non-empty string', s.id), {
      argument: `${name}.id`,
      received: s.id,
    });
  }
  const baseYear = readYear(s.baseYear, `${name}.baseYear`, MIN_YEAR, MAX_YEAR);
  const horizon = readYear(s.horizon, `${name}.horizon`, baseYear + 1, Math.min(MAX_YEAR, baseYear + MAX_SPAN));
  const span = horizon - baseYear;
  const years: Year[] = [];
  for (let y = baseYear; y <= horizon; y++) years.push(y);
  if (!isObject(s.series)) {
    throw new PlanError('INVALID_ARGUMENT', messages.expectedGot(`${name}.series`, 'an object of drivers by indicator id', s.series), {
      argument: `${name}.series`,
      received: s.series,
    });
  }
  const drivers = new Map<string, DriverModel>();
  for (const id of Object.keys(s.series)) {
    const at = `${name}.series.${id}`;
    const node = model.nodes.get(id);
    if (node === undefined) {
      throw new PlanError('NOT_FOUND', messages.scenarioUnknownSeries(`${name}.series`, id, model.id, model.drivable), {
        argument: `${name}.series`,
        received: id,
        allowed: model.drivable,
      });
    }
    if (!node.drivable) {
      throw new PlanError(
        'INVALID_ARGUMENT',
        messages.scenarioDerivedSeries(`${name}.series`, id, node.indicator.kind, model.drivable),
        { argument: `${name}.series`, received: id, allowed: model.drivable },
      );
    }
    drivers.set(id, readDriver((s.series as Record<string, unknown>)[id], node, at, baseYear, horizon));
  }
  let deflator: Decimal[] | null = null;
  if (s.deflator !== undefined) {
    const map = readPerYear(s.deflator, `${name}.deflator`, baseYear, baseYear + 1, horizon);
    const base = hasOwn(s.deflator as object, String(baseYear)) ? (map.get(baseYear) as Decimal) : HUNDRED;
    deflator = [base];
    for (let y = baseYear + 1; y <= horizon; y++) deflator.push(map.get(y) as Decimal);
    deflator.forEach((index, k) => {
      if (!index.isPositive() || index.isZero()) {
        const at = `${name}.deflator.${baseYear + k}`;
        throw new PlanError('DOMAIN', messages.mustBePositive(at, index.toFixed(), 'for a price index'), {
          argument: at,
          received: index.toFixed(),
        });
      }
    });
  }
  return { id: s.id, baseYear, horizon, span, years, drivers, deflator };
}

function readYear(value: unknown, name: string, min: number, max: number): Year {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new PlanError('INVALID_ARGUMENT', messages.notInteger(name, value, min, max), { argument: name, received: value });
  }
  return value;
}

const DRIVER_KEYS = ['base', 'unit', 'growth', 'additions', 'values'];
const EVOLUTION_KEYS = ['growth', 'additions', 'values'] as const;

/** Read one driver, converting nothing yet: values stay in the driver's unit. */
export function readDriver(input: unknown, node: IndicatorNode, at: string, baseYear: Year, horizon: Year): DriverModel {
  if (!isObject(input)) {
    throw new PlanError('INVALID_ARGUMENT', messages.expectedGot(at, 'a driver { base, unit?, growth? | additions? | values? }', input), {
      argument: at,
      received: input,
    });
  }
  const unknown = Object.keys(input).filter((k) => !DRIVER_KEYS.includes(k));
  if (unknown.length > 0) {
    throw new PlanError('INVALID_ARGUMENT', `${at}: ${messages.unknownKeys(unknown, DRIVER_KEYS)}`, { argument: at, received: unknown });
  }
  const base = dec(input.base as DecimalInput, `${at}.base`);
  if (base.isNegative() && !base.isZero()) {
    throw new PlanError('DOMAIN', messages.mustNotBeNegative(`${at}.base`, base.toFixed(), 'for a base-year level'), {
      argument: `${at}.base`,
      received: base.toFixed(),
    });
  }
  let unit = node.unit;
  if (input.unit !== undefined) {
    unit = readUnit(input.unit, `${at}.unit`);
    if (unit.measure !== node.unit.measure) {
      throw new PlanError(
        'UNIT_MISMATCH',
        messages.scenarioDriverUnit(`${at}.unit`, describe(unit), unit.measure, node.id, describe(node.unit), node.unit.measure),
        { argument: `${at}.unit`, received: unit.measure, expected: node.unit.measure },
      );
    }
  }
  const given = EVOLUTION_KEYS.filter((k) => input[k] !== undefined);
  if (given.length > 1) {
    throw new PlanError('INVALID_ARGUMENT', `${at}: ${messages.driverExclusive(given)}`, { argument: at, received: given });
  }
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
  if (input.growth !== undefined) {
    const rates = perYear('growth', input.growth);
    rates.forEach((rate, k) => {
      if (rate.lte(-1)) {
        const where = isObject(input.growth) ? `${at}.growth.${baseYear + 1 + k}` : `${at}.growth`;
        throw new PlanError('DOMAIN', messages.rateAboveMinusOne(where, rate.toString(), 'for a growth driver'), {
          argument: where,
          received: rate.toString(),
        });
      }
    });
    evolution = isObject(input.growth) ? { kind: 'growth', rates } : { kind: 'growth', rates, constant: rates[0] as Decimal };
  } else if (input.additions !== undefined) {
    evolution = { kind: 'additions', amounts: perYear('additions', input.additions) };
  } else if (input.values !== undefined) {
    if (!isObject(input.values)) {
      throw new PlanError('INVALID_ARGUMENT', messages.expectedGot(`${at}.values`, 'an object with one value per year', input.values), {
        argument: `${at}.values`,
        received: input.values,
      });
    }
    evolution = { kind: 'values', values: perYear('values', input.values) };
  }
  return { series: node.id, node, unit, base, evolution };
}

/** A per-year map: keys from `allowedFrom` to `to`, every year from `from` to `to` present. */
function readPerYear(value: unknown, name: string, allowedFrom: Year, from: Year, to: Year): Map<Year, Decimal> {
  if (!isObject(value)) {
    throw new PlanError('INVALID_ARGUMENT', messages.expectedGot(name, 'an object with one value per year', value), {
      argument: name,
      received: value,
    });
  }
  const map = new Map<Year, Decimal>();
  for (const key of Object.keys(value)) {
    const year = Number(key);
    if (!/^\d{1,4}$/.test(key) || year < allowedFrom || year > to) {
      throw new PlanError('INVALID_ARGUMENT', messages.scenarioYearKey(name, key, allowedFrom, to), { argument: name, received: key });
    }
    map.set(year, dec(value[key] as DecimalInput, `${name}.${key}`));
  }
  const missing: Year[] = [];
  for (let y = from; y <= to; y++) if (!map.has(y)) missing.push(y);
  if (missing.length > 0) {
    throw new PlanError('INVALID_ARGUMENT', `${name}: ${messages.yearsMissing(missing, from, to)}`, { argument: name, missing });
  }
  return map;
}

/** Read the `prices` option, checking a deflator is there for `'comparable'`. */
export function readPrices(value: unknown, scenario: ScenarioModel, name = 'options.prices'): ProjectionPrices {
  if (value === undefined || value === 'current') return 'current';
  if (value !== 'comparable') {
    throw new PlanError('INVALID_ARGUMENT', messages.unknownOption(name, value, ['current', 'comparable']), {
      argument: name,
      received: value,
    });
  }
  if (scenario.deflator === null) {
    throw new PlanError('INVALID_ARGUMENT', messages.scenarioNoDeflator(name, scenario.id), { argument: name, received: value });
  }
  return 'comparable';
}
