/**
 * Bad input, tried as an attacker and a careless user would: whatever goes in, the only
 * thing thrown is a PlanError, nothing returned holds a NaN, the input is not changed, and
 * Object.prototype is never polluted.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isDecimal } from '../../src/decimal.js';
import { isPlanError } from '../../src/errors.js';
import {
  SNAPSHOT_TYPES,
  fromSnapshot,
  parseObservations,
  parseObservationsCsv,
  parsePlan,
  parseScenario,
} from '../../src/schema/index.js';
import * as arb from './arbitraries.js';
import { PROPERTY_TIMEOUT } from './arbitraries.js';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function prototypeIntact(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'value', 'base', 'x']) expect(probe[key]).toBeUndefined();
}

afterEach(prototypeIntact);

/** Every number in the result is finite and every Decimal finite (no NaN anywhere). */
function noNaN(x: unknown, seen = new Set<unknown>()): void {
  if (typeof x === 'number') {
    expect(Number.isNaN(x)).toBe(false);
    return;
  }
  if (isDecimal(x)) {
    expect(x.isFinite()).toBe(true);
    return;
  }
  if (typeof x !== 'object' || x === null || seen.has(x)) return;
  seen.add(x);
  for (const value of Object.values(x)) noNaN(value, seen);
}

/** Run `parse` on `input`: a result is checked for NaN; an error must be a PlanError with our messages. */
function survive(parse: (input: never) => unknown, input: unknown): void {
  const before = safeJson(input);
  try {
    noNaN(parse(input as never));
  } catch (error) {
    if (!isPlanError(error)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      // zod's own default texts never reach the user.
      expect(issue.message).not.toMatch(/^Invalid (input|key|element|option)/);
    }
  }
  expect(safeJson(input)).toBe(before);
  prototypeIntact();
}

function safeJson(x: unknown): string | undefined {
  try {
    return JSON.stringify(x, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
  } catch {
    return undefined;
  }
}

const PARSERS: [string, (input: never) => unknown][] = [
  ['parseObservations', parseObservations],
  ['parsePlan', parsePlan],
  ['parseScenario', parseScenario],
  ['fromSnapshot', fromSnapshot],
  ['parseObservationsCsv', parseObservationsCsv],
];

/** Replace the value at one path of a valid input with garbage. */
function mutate(valid: unknown, garbage: unknown, pick: number): unknown {
  const copy = JSON.parse(JSON.stringify(valid, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : isDecimal(v) ? v.toString() : v))) as unknown;
  const paths: (string | number)[][] = [];
  const walk = (x: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (typeof x === 'object' && x !== null) for (const [k, v] of Object.entries(x)) walk(v, [...path, Array.isArray(x) ? Number(k) : k]);
  };
  walk(copy, []);
  const path = paths[pick % paths.length] ?? [];
  if (path.length === 0) return garbage;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  Object.defineProperty(parent, path[path.length - 1] as string | number, { value: garbage, enumerable: true, writable: true, configurable: true });
  return copy;
}

const nastyJson = [
  '1e400',
  '-0',
  '"NaN"',
  '"Infinity"',
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '[{"indicator": "gdp", "year": 2020, "value": 1e400}]',
  '[{"indicator": "gdp", "year": 2020, "value": "NaN", "__proto__": {"isAdmin": true}}]',
  '{"id": "s", "baseYear": 2015, "horizon": 2020, "series": {"__proto__": {"base": "1"}, "constructor": {"base": "1"}}}',
  '{"id": "s", "baseYear": 2015, "horizon": 2016, "series": {"x": {"base": "1", "growth": {"__proto__": "0.1", "2016": "0.1"}}}, "deflator": {"__proto__": {"x": 1}}}',
  '{"type": "plan", "version": 1, "data": {"__proto__": {"polluted": true}}}',
  '{"type": "__proto__", "version": 1, "data": null}',
  '{"type": "quantity", "version": 1, "data": {"value": "Infinity", "unit": "__proto__"}}',
];

const nastyValues: unknown[] = [
  undefined,
  null,
  Number.NaN,
  Infinity,
  -0,
  1e308 * 10,
  'NaN',
  'Infinity',
  'x'.repeat(1_000_000),
  '1'.repeat(200_000),
  [],
  {},
  [[[[[[[[[[[]]]]]]]]]]],
  Array.from({ length: 10_000 }, () => ({})),
  Symbol('s'),
  () => 1,
  new Date(0),
  new Map([['a', 1]]),
  Object.create(null),
  Object.create({ indicator: 'inherited', year: 2020, value: '1' }),
  new Proxy({}, { get: () => 'trap', ownKeys: () => [] }),
  ...nastyJson.map((text) => JSON.parse(text) as unknown),
];

function deep(depth: number, wrap: (x: unknown) => unknown): unknown {
  let x: unknown = 1;
  for (let i = 0; i < depth; i++) x = wrap(x);
  return x;
}

describe('fuzz: every parse function survives bad input', () => {
  it.each(PARSERS)('%s: hand-made nasty values', (_name, parse) => {
    for (const value of nastyValues) survive(parse, value);
    for (const text of nastyJson) survive(parse, text);
    survive(parse, deep(100_000, (x) => [x]));
    survive(parse, deep(10_000, (x) => ({ a: x, indicator: x, series: x, data: x })));
    survive(parse, `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
  }, PROPERTY_TIMEOUT);

  it.each(PARSERS)('%s: arbitrary JSON', (_name, parse) => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => survive(parse, value)), { numRuns: 300 });
  }, PROPERTY_TIMEOUT);

  it.each(PARSERS)('%s: anything at all', (_name, parse) => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true }), (value) =>
        survive(parse, value),
      ),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('valid inputs with one part replaced by garbage', () => {
    const garbage = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(...nastyValues.filter((v) => typeof v !== 'symbol' && typeof v !== 'function')),
    );
    fc.assert(
      fc.property(arb.plan, garbage, fc.nat(), (plan, junk, pick) => survive(parsePlan, mutate(plan, junk, pick))),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(arb.scenario, garbage, fc.nat(), (scenario, junk, pick) => survive(parseScenario, mutate(scenario, junk, pick))),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.array(arb.observation, { maxLength: 4 }), garbage, fc.nat(), (rows, junk, pick) =>
        survive(parseObservations, mutate(rows, junk, pick)),
      ),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...SNAPSHOT_TYPES), fc.jsonValue({ maxDepth: 4 }), (type, data) =>
        survive(fromSnapshot, { type, version: 1, data }),
      ),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('plans with duplicate ids parse (integrity is definePlan’s job) without harm', () => {
    fc.assert(
      fc.property(arb.plan, arb.indicator, (plan, indicator) => {
        survive(parsePlan, { ...plan, indicators: [indicator, indicator, indicator] });
      }),
      { numRuns: 50 },
    );
  }, PROPERTY_TIMEOUT);

  it('CSV: arbitrary text and arbitrary rows under a valid header', () => {
    const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"', '""', '"a,b"', '\n', '\r', 'NaN', '1e400', '-0', '__proto__', '2015-16'));
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => survive(parseObservationsCsv, text)), { numRuns: 300 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), (rows, eol) =>
        survive(parseObservationsCsv, ['indicator,year,value,unit,qualifier,status,source', ...rows.map((r) => r.join(','))].join(eol)),
      ),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);
});
