/**
 * Scenarios: base year, horizon, and a driver per series.
 *
 * @module
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { dec, isDecimal, type Decimal } from '../decimal.js';
import type { PlanIssue } from '../errors.js';
import { messages } from '../messages.js';
import { hasOwn, isObject, isYear } from '../read.js';
import type { Scenario, SeriesDriver } from '../scenario/types.js';
import { UNITS, type UnitId } from '../units/index.js';
import { CAVEAT_CODES, ID_PATTERN, MAX_ID_LENGTH, MAX_YEAR, MIN_YEAR } from '../vocabulary.js';
import { decimalSchema, nonNegativeDecimalSchema } from './decimal.js';
import { PARSE_OPTIONS, parseOrThrow } from './issues.js';
import { expecting, list, oneOf, strict, text, union } from './primitives.js';
import { unitIdSchema } from './quantity.js';
import { idSchema, localizedTextSchema } from './source.js';
import { yearKeySchema, yearSchema } from './time.js';

const DRIVER_KEYS = ['growth', 'additions', 'values'] as const;

/** A record whose key failures say what a key must be. */
function record<K extends core.$ZodRecordKey, V extends core.SomeType>(key: K, value: V, keyWhat: string) {
  const expectedObject = expecting(messages.expected.object);
  const expectedKey = expecting(keyWhat);
  return z.record(key, value, {
    error: (issue) => (issue.code === 'invalid_key' ? expectedKey(issue) : expectedObject(issue)),
  });
}

/**
 * One value per year, `{ "2016": "0.1", "2017": "0.09" }`: keys are years, values decimals.
 *
 * @example
 * ```ts
 * perYearSchema.parse({ 2016: '0.1', 2017: 0.09 })[2017]; // → '0.09'
 * perYearSchema.safeParse({ next: '0.1' }).success; // → false
 * ```
 *
 * @category Schemas
 */
export const perYearSchema = record(yearKeySchema, decimalSchema, messages.expected.yearKey(MIN_YEAR, MAX_YEAR));

/** A decimal, or one per year. */
const constantOrPerYearSchema = union([decimalSchema, perYearSchema], messages.expected.rateOrPerYear, () => 1);

/** A per-year map (an object that is not a Decimal), as decoded. */
const isPerYear = (value: unknown): value is Readonly<Record<number, Decimal>> => isObject(value);

/** A problem a check of ours finds in a decoded value: its message, the value, where it is. */
interface Problem {
  readonly message: string;
  readonly input: unknown;
  readonly path: string[];
}

/** The fields of a series driver. */
const DRIVER_SHAPE = {
  base: nonNegativeDecimalSchema,
  unit: z.exactOptional(unitIdSchema),
  growth: z.exactOptional(constantOrPerYearSchema),
  additions: z.exactOptional(constantOrPerYearSchema),
  values: z.exactOptional(perYearSchema),
};

/** What a driver's types do not say: at most one of growth, additions and values; every growth rate above -1. */
function driverProblems(driver: SeriesDriver): Problem[] {
  const problems: Problem[] = [];
  const given = DRIVER_KEYS.filter((key) => driver[key] !== undefined);
  if (given.length > 1) problems.push({ message: messages.driverExclusive(given), input: driver, path: [given[1] as string] });
  const rate = (value: Decimal, path: string[]) => {
    if (value.lte(-1)) problems.push({ message: messages.growthNotAboveMinusOne(value.toString()), input: value, path });
  };
  const { growth } = driver;
  if (growth === undefined) return problems;
  if (isPerYear(growth)) for (const year of Object.keys(growth)) rate(growth[Number(year)] as Decimal, ['growth', year]);
  else rate(growth, ['growth']);
  return problems;
}

/**
 * How one series evolves from its base level: `{ base, unit?, growth?, additions?, values? }`
 * with at most one of `growth` (a ratio a year, `0.08` = 8 %, constant or per year, each
 * greater than -1), `additions` (an amount a year, constant or per year) and `values` (the
 * level per year). `base` is not negative.
 *
 * @example
 * ```ts
 * seriesDriverSchema.parse({ base: '120', unit: 'bn-yuan', growth: '0.08' }).growth; // → '0.08'
 * seriesDriverSchema.safeParse({ base: '120', growth: '0.08', additions: '10' }).success; // → false
 * ```
 *
 * @category Schemas
 */
export const seriesDriverSchema = strict(DRIVER_SHAPE).check(
  z.superRefine((driver, ctx) => {
    for (const problem of driverProblems(driver)) ctx.addIssue({ code: 'custom', ...problem });
  }),
);

/**
 * Years a per-year map must cover: every year from `from` to `to`; years from `allowedFrom`
 * to `to` may appear, no others.
 */
function coverageIssues(
  map: Readonly<Record<number, Decimal>>,
  allowedFrom: number,
  from: number,
  to: number,
  path: string[],
): { message: string; path: string[] }[] {
  const issues: { message: string; path: string[] }[] = [];
  const years = Object.keys(map).map(Number);
  for (const year of years) {
    if (year < allowedFrom || year > to) {
      issues.push({ message: messages.yearOutside(year, allowedFrom, to), path: [...path, String(year)] });
    }
  }
  const missing: number[] = [];
  for (let year = from; year <= to; year++) if (!years.includes(year)) missing.push(year);
  if (missing.length > 0) issues.push({ message: messages.yearsMissing(missing, from, to), path });
  return issues;
}

/**
 * A caveat: `{ code, message }`, the code one of `CAVEAT_CODES` (`'scope'`, `'price-basis'`,
 * `'break'`, `'partial-period'`, `'estimate'`, `'derived'`, `'reading'`, `'tolerance'`,
 * `'revised'`).
 *
 * @example
 * ```ts
 * caveatSchema.parse({ code: 'break', message: 'the base is of 2015, before the revision of 2018' }).code; // → 'break'
 * caveatSchema.safeParse({ code: 'doubt', message: 'x' }).success; // → false
 * ```
 *
 * @category Schemas
 */
export const caveatSchema = strict({ code: oneOf(CAVEAT_CODES), message: text() });

/** The fields of a scenario. */
const SCENARIO_SHAPE = {
  id: idSchema,
  name: z.exactOptional(localizedTextSchema),
  description: z.exactOptional(text()),
  baseYear: yearSchema,
  horizon: yearSchema,
  series: record(idSchema, seriesDriverSchema, messages.expected.id(MAX_ID_LENGTH)),
  deflator: z.exactOptional(perYearSchema),
  caveats: z.exactOptional(list(caveatSchema)),
};

/**
 * What a scenario's types do not say: the horizon after the base year; every per-year map
 * covering the years from the base year + 1 to the horizon and no other (the deflator may also
 * give the base year); every deflator value above 0.
 */
function scenarioProblems(scenario: Scenario): Problem[] {
  const { baseYear, horizon, series, deflator } = scenario;
  // Only years in range are walked: a horizon of 2e81 has already failed `yearSchema`
  // and must not make the coverage check below count to it.
  if (!isYear(baseYear) || !isYear(horizon)) return [];
  if (horizon <= baseYear) return [{ message: messages.horizonNotAfterBase(baseYear, horizon), input: horizon, path: ['horizon'] }];
  const problems = Object.keys(series).flatMap((id) => coverageProblems(series[id] as SeriesDriver, id, baseYear, horizon));
  if (deflator !== undefined) problems.push(...deflatorProblems(deflator, baseYear, horizon));
  return problems;
}

/** The per-year maps of the driver of series `id` that do not cover the years from `baseYear` + 1 to `horizon` exactly. */
function coverageProblems(driver: SeriesDriver, id: string, baseYear: number, horizon: number): Problem[] {
  const problems: Problem[] = [];
  for (const key of DRIVER_KEYS) {
    const value = driver[key];
    if (value === undefined || !isPerYear(value)) continue;
    for (const issue of coverageIssues(value, baseYear + 1, baseYear + 1, horizon, ['series', id, key])) problems.push({ input: value, ...issue });
  }
  return problems;
}

/** A deflator's years (from `baseYear` or `baseYear` + 1 to `horizon`) and its values (each above 0). */
function deflatorProblems(map: Readonly<Record<number, Decimal>>, baseYear: number, horizon: number): Problem[] {
  const problems: Problem[] = coverageIssues(map, baseYear, baseYear + 1, horizon, ['deflator']).map((issue) => ({ input: map, ...issue }));
  for (const [year, index] of Object.entries(map)) {
    if (index.lte(0)) problems.push({ message: messages.notPositive(index.toString()), input: index, path: ['deflator', year] });
  }
  return problems;
}

/**
 * A scenario (the driver model): `{ id, name?, description?, baseYear, horizon, series,
 * deflator?, caveats? }`. `series` maps an indicator id to its {@link seriesDriverSchema |
 * driver}; `deflator` is a price index per year (base year = 100), every value greater than
 * 0; `caveats` say what a reader of its projections must know ({@link caveatSchema}).
 *
 * Checked beyond structure: `horizon` after `baseYear`; every per-year map covers every year
 * from `baseYear + 1` to `horizon` and no other (the deflator: `baseYear` to `horizon`, the
 * base year optional).
 *
 * @example
 * ```ts
 * const scenario = scenarioSchema.parse({
 *   id: 'baseline', baseYear: 2015, horizon: 2020,
 *   series: { 'industrial-value-added': { base: '120', unit: 'bn-yuan', growth: '0.08' } },
 * });
 * scenario.series['industrial-value-added']?.base.toFixed(); // → '120'
 * ```
 *
 * @category Schemas
 */
export const scenarioSchema = strict(SCENARIO_SHAPE).check(
  z.superRefine((scenario, ctx) => {
    for (const problem of scenarioProblems(scenario)) ctx.addIssue({ code: 'custom', ...problem });
  }),
);

/*
 * The common scenario, read without zod. Through the schema alone, `parseScenario` of 10⁵
 * series took 1.8 s (about 17 µs a series: zod runs the schema of every absent optional key on
 * `undefined`, and builds, then drops, the issues of both branches of a union); read here it
 * takes under a third of that (bench/scenario.bench.mjs). What this reader accepts, the schema
 * accepts with the same output (tests/schema/scenarioSpeed.test.ts checks it on generated
 * input, valid and hostile); on anything else it gives up, and the schema reads the input and
 * says what is wrong, so the errors are the schema's, word for word.
 */

/** A value being built (the readonly fields of its type set one by one). */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Thrown by the readers below to give the input up to the schema. */
const GIVE_UP: unique symbol = Symbol('give up');

function giveUp(): never {
  throw GIVE_UP;
}

/** An object as zod's objects read it: not `null`, not an array (its keys are read as zod reads them, inherited ones too). */
function asObject(x: unknown): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) giveUp();
  return x as Record<string, unknown>;
}

/** Keys as a strict object of `shape` checks them (`for … in`, inherited enumerable keys too): each one a key of the shape. */
function onlyKeys(x: object, shape: object): void {
  for (const key in x) if (!hasOwn(shape, key)) giveUp();
}

/**
 * An object as zod's `record` reads it: plain (`util.isPlainObject`), with no symbol key (which
 * zod would check) and no own `__proto__` key, enumerable or not (which `protoKeys` refuses).
 */
function recordObject(x: unknown): Record<string, unknown> {
  const record = asObject(x);
  if (!z.util.isPlainObject(record) || Object.getOwnPropertySymbols(record).length > 0 || hasOwn(record, '__proto__')) giveUp();
  return record;
}

// Keys as zod's objects see them: a key is there when it is `in` the object, whatever reading it gives.

/** A required key: there. */
function required(object: object, key: string): void {
  if (!(key in object)) giveUp();
}

/** An optional key (`z.exactOptional`): skipped when not there; else its `value` read by `read` (`undefined` fails). */
function optionalKey<T>(object: object, key: string, value: unknown, read: (value: unknown) => T): T | undefined {
  return key in object ? read(value) : undefined;
}

/** A decimal string or finite number, as the decimal schemas read them (`dec` checks the grammar and the bounds). */
function decimal(x: unknown): Decimal {
  if (typeof x !== 'string' && typeof x !== 'number') giveUp();
  return dec(x);
}

/** A decimal that is not negative: no minus sign on a string (not even `'-0'`), a number not below 0. */
function nonNegativeDecimal(x: unknown): Decimal {
  if (typeof x === 'string' ? x.startsWith('-') : typeof x === 'number' && x < 0) giveUp();
  return decimal(x);
}

/** `{ "2016": "0.1", … }`: each key a year written as `yearKeySchema` reads it, each value a decimal. */
function perYear(x: unknown): Record<number, Decimal> {
  const map = recordObject(x);
  const out: Record<number, Decimal> = {};
  for (const key of Object.keys(map)) {
    const year = Number(key);
    if (!isYear(year) || String(year) !== key) giveUp();
    out[year] = decimal(map[key]);
  }
  return out;
}

/** A decimal, or one per year: an object that is not a Decimal (a Decimal is left to the schema). */
function constantOrPerYear(x: unknown): Decimal | Record<number, Decimal> {
  return typeof x === 'object' && x !== null && !isDecimal(x) ? perYear(x) : decimal(x);
}

/** A unit id of the registry. */
function unitId(x: unknown): UnitId {
  if (typeof x !== 'string' || !hasOwn(UNITS, x)) giveUp();
  return x as UnitId;
}

/** A value the schema reads (a driver of an uncommon form; the few small fields of a scenario). */
function bySchema<S extends core.$ZodType>(schema: S, x: unknown): core.output<S> {
  const result = z.safeParse(schema, x, PARSE_OPTIONS);
  if (!result.success) giveUp();
  return result.data;
}

/** A driver of the common form, else the schema's reading of it; gives up where the schema refuses it. */
function driver(x: unknown): SeriesDriver {
  try {
    const input = asObject(x);
    // Each key read once, in the schema's order, before the keys are checked, as zod does.
    const { base, unit, growth, additions, values } = input;
    onlyKeys(input, DRIVER_SHAPE);
    required(input, 'base');
    const out: Mutable<SeriesDriver> = { base: nonNegativeDecimal(base) };
    const readUnit = optionalKey(input, 'unit', unit, unitId);
    const readGrowth = optionalKey(input, 'growth', growth, constantOrPerYear);
    const readAdditions = optionalKey(input, 'additions', additions, constantOrPerYear);
    const readValues = optionalKey(input, 'values', values, perYear);
    if (readUnit !== undefined) out.unit = readUnit;
    if (readGrowth !== undefined) out.growth = readGrowth;
    if (readAdditions !== undefined) out.additions = readAdditions;
    if (readValues !== undefined) out.values = readValues;
    if (driverProblems(out).length > 0) giveUp();
    return out;
  } catch {
    // A bigint, a Decimal, a problem, a getter that threw: the schema reads this driver (and
    // `parseScenario` would refuse a `__proto__` key the schema skips).
    const read = bySchema(seriesDriverSchema, x);
    if (driverProtoKeys(x, []).length > 0) giveUp();
    return read;
  }
}

/**
 * The scenario {@link parseScenario} returns for `input`, read without zod where the input has
 * the common form; `undefined` where the schema must read it (it may still be valid).
 *
 * @internal
 */
export function readCommonScenario(input: unknown): Scenario | undefined {
  try {
    const scenario = asObject(input);
    const { id, name, description, baseYear, horizon, series, deflator, caveats } = scenario;
    onlyKeys(scenario, SCENARIO_SHAPE);
    for (const key of ['id', 'baseYear', 'horizon', 'series']) required(scenario, key);
    if (typeof id !== 'string' || !ID_PATTERN.test(id) || !isYear(baseYear) || !isYear(horizon) || horizon <= baseYear) giveUp();
    const read = {
      name: optionalKey(scenario, 'name', name, (x) => bySchema(SCENARIO_SHAPE.name, x)),
      description: optionalKey(scenario, 'description', description, (x) => bySchema(SCENARIO_SHAPE.description, x)),
      series: recordObject(series),
      deflator: optionalKey(scenario, 'deflator', deflator, perYear),
      caveats: optionalKey(scenario, 'caveats', caveats, (x) => bySchema(SCENARIO_SHAPE.caveats, x)),
    };
    // The checks of `scenarioProblems`, series by series as they are read.
    const drivers: Record<string, SeriesDriver> = {};
    for (const key of Object.keys(read.series)) {
      if (!ID_PATTERN.test(key)) giveUp();
      const one = driver(read.series[key]);
      if (coverageProblems(one, key, baseYear, horizon).length > 0) giveUp();
      drivers[key] = one;
    }
    if (read.deflator !== undefined && deflatorProblems(read.deflator, baseYear, horizon).length > 0) giveUp();
    // The keys in the schema's order.
    const out = { id } as Mutable<Scenario>;
    if (read.name !== undefined) out.name = read.name;
    if (read.description !== undefined) out.description = read.description;
    out.baseYear = baseYear;
    out.horizon = horizon;
    out.series = drivers;
    if (read.deflator !== undefined) out.deflator = read.deflator;
    if (read.caveats !== undefined) out.caveats = read.caveats;
    return out;
  } catch {
    return undefined;
  }
}

/**
 * zod skips a `__proto__` key of a record silently; we reject it. Looks at the records of a
 * scenario in the raw input: its series, its deflator, and the maps of each driver, each
 * where zod sees it (a key `in` its object: a key hidden from `in` is absent to zod, and to
 * the reader without zod, whatever reading it gives).
 */
function protoKeys(input: unknown): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (!isObject(input)) return issues;
  issues.push(...protoKey(input, 'series', ['scenario', 'series']), ...protoKey(input, 'deflator', ['scenario', 'deflator']));
  if ('series' in input && isObject(input.series)) {
    for (const [id, driver] of Object.entries(input.series)) issues.push(...driverProtoKeys(driver, ['scenario', 'series', id]));
  }
  return issues;
}

function driverProtoKeys(driver: unknown, path: readonly (string | number)[]): PlanIssue[] {
  return isObject(driver) ? DRIVER_KEYS.flatMap((key) => protoKey(driver, key, [...path, key])) : [];
}

/** The issue of `object[key]` when that key is there and its value has an own `__proto__` key. */
function protoKey(object: Record<string, unknown>, key: string, path: (string | number)[]): PlanIssue[] {
  if (!(key in object)) return [];
  const value = object[key];
  return isObject(value) && hasOwn(value, '__proto__') ? [{ path, message: messages.protoKey }] : [];
}

/**
 * Validate a scenario and decode it: decimals become `Decimal`, per-year keys numbers.
 *
 * @param input - Anything; typically parsed JSON.
 * @returns The scenario (new objects; the input is not changed).
 * @throws `PlanError` `VALIDATION` listing every problem, paths from `scenario`
 *   (`"scenario.series.gdp.growth: a growth rate must be greater than -1 (a fall of 100 %), got -1.5"`).
 *
 * @example
 * ```ts
 * const s = parseScenario({
 *   id: 'baseline', baseYear: 2015, horizon: 2020,
 *   series: { gdp: { base: '370', unit: 'bn-yuan', growth: { 2016: 0.07, 2017: 0.065, 2018: 0.065, 2019: 0.06, 2020: 0.06 } } },
 * });
 * s.series.gdp?.base.toString(); // → '370'
 * ```
 *
 * @category Schemas
 */
export function parseScenario(input: unknown): Scenario {
  return readCommonScenario(input) ?? parseScenarioBySchema(input);
}

/**
 * {@link parseScenario} by the schema alone: what it returns or throws for any input, however
 * slowly (about 17 µs a series).
 *
 * @internal
 */
export function parseScenarioBySchema(input: unknown): Scenario {
  return parseOrThrow(scenarioSchema, input, 'scenario', protoKeys);
}

