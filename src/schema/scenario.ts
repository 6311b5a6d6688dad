/**
 * Scenarios: base year, horizon, and a driver per series.
 *
 * @module
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import type { Decimal } from '../decimal.js';
import type { PlanIssue } from '../errors.js';
import { messages } from '../messages.js';
import { hasOwn, isObject, isYear } from '../read.js';
import type { Scenario } from '../scenario/types.js';
import { CAVEAT_CODES, MAX_ID_LENGTH, MAX_YEAR, MIN_YEAR } from '../vocabulary.js';
import { decimalSchema, nonNegativeDecimalSchema } from './decimal.js';
import { parseOrThrow } from './issues.js';
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

function* entries(value: Decimal | Readonly<Record<number, Decimal>>): Generator<[number | undefined, Decimal]> {
  if (isPerYear(value)) {
    for (const [key, v] of Object.entries(value)) yield [Number(key), v];
  } else yield [undefined, value as Decimal];
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
export const seriesDriverSchema = strict({
  base: nonNegativeDecimalSchema,
  unit: z.exactOptional(unitIdSchema),
  growth: z.exactOptional(constantOrPerYearSchema),
  additions: z.exactOptional(constantOrPerYearSchema),
  values: z.exactOptional(perYearSchema),
}).check(
  z.superRefine((driver, ctx) => {
    const given = DRIVER_KEYS.filter((key) => driver[key] !== undefined);
    if (given.length > 1) {
      ctx.addIssue({ code: 'custom', message: messages.driverExclusive(given), input: driver, path: [given[1] as string] });
    }
    if (driver.growth !== undefined) {
      for (const [year, rate] of entries(driver.growth)) {
        if (rate.lte(-1)) {
          ctx.addIssue({
            code: 'custom',
            message: messages.growthNotAboveMinusOne(rate.toString()),
            input: rate,
            path: year === undefined ? ['growth'] : ['growth', String(year)],
          });
        }
      }
    }
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
export const scenarioSchema = strict({
  id: idSchema,
  name: z.exactOptional(localizedTextSchema),
  description: z.exactOptional(text()),
  baseYear: yearSchema,
  horizon: yearSchema,
  series: record(idSchema, seriesDriverSchema, messages.expected.id(MAX_ID_LENGTH)),
  deflator: z.exactOptional(perYearSchema),
  caveats: z.exactOptional(list(caveatSchema)),
}).check(
  z.superRefine((scenario, ctx) => {
    const { baseYear, horizon } = scenario;
    // Only years in range are walked: a horizon of 2e81 has already failed `yearSchema`
    // and must not make the coverage check below count to it.
    if (!isYear(baseYear) || !isYear(horizon)) return;
    if (horizon <= baseYear) {
      ctx.addIssue({ code: 'custom', message: messages.horizonNotAfterBase(baseYear, horizon), input: horizon, path: ['horizon'] });
      return;
    }
    for (const [id, driver] of Object.entries(scenario.series)) {
      for (const key of DRIVER_KEYS) {
        const value = driver[key];
        if (value !== undefined && isPerYear(value)) {
          const map = value;
          for (const issue of coverageIssues(map, baseYear + 1, baseYear + 1, horizon, ['series', id, key])) {
            ctx.addIssue({ code: 'custom', input: map, ...issue });
          }
        }
      }
    }
    if (scenario.deflator !== undefined) {
      const map = scenario.deflator;
      for (const issue of coverageIssues(map, baseYear, baseYear + 1, horizon, ['deflator'])) {
        ctx.addIssue({ code: 'custom', input: map, ...issue });
      }
      for (const [year, index] of Object.entries(scenario.deflator)) {
        if (index.lte(0)) {
          ctx.addIssue({ code: 'custom', message: messages.notPositive(index.toString()), input: index, path: ['deflator', year] });
        }
      }
    }
  }),
);

/**
 * zod skips a `__proto__` key of a record silently; we reject it. Looks at the records of a
 * scenario in the raw input.
 */
function protoKeys(input: unknown): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const check = (value: unknown, path: (string | number)[]) => {
    if (isObject(value) && hasOwn(value, '__proto__')) issues.push({ path: [...path], message: messages.protoKey });
  };
  if (!isObject(input)) return issues;
  check(input.series, ['scenario', 'series']);
  check(input.deflator, ['scenario', 'deflator']);
  if (isObject(input.series)) {
    for (const [id, driver] of Object.entries(input.series)) {
      if (!isObject(driver)) continue;
      for (const key of DRIVER_KEYS) check(driver[key], ['scenario', 'series', id, key]);
    }
  }
  return issues;
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
  return parseOrThrow(scenarioSchema, input, 'scenario', protoKeys);
}

