/**
 * `parseScenario` reads the common scenario without zod (issue 12, "size without surprise":
 * 10⁵ series in well under a second). The oracle is the schema itself: on every input,
 * valid or hostile, `parseScenario` returns or throws exactly what `parseScenarioBySchema`
 * (the schema alone, as `parseScenario` was before) does: the same values, with keys in the
 * same order, or a `PlanError` with the same code, message and issues. And where the input has
 * the common form, the reader without zod is the one that answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, isDecimal } from '../../src/decimal.js';
import { isPlanError } from '../../src/errors.js';
import { parseScenario } from '../../src/schema/index.js';
import { parseScenarioBySchema, readCommonScenario } from '../../src/schema/scenario.js';
import { UNIT_IDS } from '../../src/units/index.js';
import { runIsolated } from '../_lib/isolated.js';
import * as arb from './arbitraries.js';
import { PROPERTY_TIMEOUT } from './arbitraries.js';

/** A value to compare exactly: Decimals by sign, exponent, digits, constructor and frozenness; objects by prototype and keys in order. */
function exact(x: unknown): unknown {
  if (isDecimal(x)) return { decimal: [x.s, x.e, [...x.d]], ours: x.constructor === dec('1').constructor, frozen: Object.isFrozen(x) && Object.isFrozen(x.d) };
  if (Array.isArray(x)) return x.map(exact);
  if (typeof x === 'object' && x !== null) {
    const prototype = Object.getPrototypeOf(x) as unknown;
    return {
      prototype: prototype === Object.prototype ? 'Object' : prototype === null ? 'null' : 'other',
      entries: Reflect.ownKeys(x).map((key) => [String(key), exact((x as Record<PropertyKey, unknown>)[key])]),
    };
  }
  return x;
}

/** What `parse` does with `input`: its value (exactly), or the error it throws. */
function outcome(parse: (input: unknown) => unknown, input: unknown): unknown {
  try {
    return { value: exact(parse(input)) };
  } catch (error) {
    if (!isPlanError(error)) return { thrown: String(error) };
    return { code: error.code, message: error.message, issues: error.issues, details: exact(error.details) };
  }
}

/** `parseScenario` and the schema agree on `input`; returns whether the reader without zod answered. */
function agree(input: unknown): boolean {
  expect(outcome(parseScenario, input)).toEqual(outcome(parseScenarioBySchema, input));
  return readCommonScenario(input) !== undefined;
}

const rate = fc.tuple(fc.integer({ min: -99, max: 500 }), fc.nat({ max: 3 })).map(([m, p]) => `${m}e-${p + 2}`);
/** Decimals as files hold them: strings of every form of the grammar, and numbers. */
const decimalText = fc.oneof(
  fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -40, max: 40 })).map(([m, e]) => `${m}e${e}`),
  fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.nat({ max: 9 })).map(([m, places]) => dec(`${m}e-${places}`).toFixed()),
  fc.constantFrom('0', '-0', '+7', '.5', '7.', '1.3E2', '0.08'),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const nonNegativeText = fc.oneof(
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: -10, max: 10 })).map(([m, e]) => `${m}e${e}`),
  fc.constantFrom('0', '+0', '120', '.5', '7.'),
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
);

/** A valid scenario of the common form (decimals as strings and numbers): the reader without zod must read it. */
const commonScenario = fc
  .tuple(fc.integer({ min: 1900, max: 2094 }), fc.integer({ min: 1, max: 6 }))
  .chain(([baseYear, span]) => {
    const years = Array.from({ length: span }, (_, i) => String(baseYear + 1 + i));
    const perYear = (value: fc.Arbitrary<unknown>) =>
      fc.tuple(...years.map(() => value)).map((values) => Object.fromEntries(years.map((y, i) => [y, values[i]])));
    const driver = fc
      .tuple(
        fc.record({ base: nonNegativeText, unit: fc.constantFrom(...UNIT_IDS) }, { requiredKeys: ['base'] }),
        fc.oneof(
          fc.constant({}),
          fc.record({ growth: fc.oneof(rate, perYear(rate)) }),
          fc.record({ additions: fc.oneof(decimalText, perYear(decimalText)) }),
          fc.record({ values: perYear(decimalText) }),
        ),
      )
      .map(([d, how]) => ({ ...d, ...how }));
    return fc.record(
      {
        id: arb.id,
        name: arb.localized,
        description: arb.text,
        baseYear: fc.constant(baseYear),
        horizon: fc.constant(baseYear + span),
        series: fc.dictionary(arb.id, driver, { maxKeys: 4 }),
        deflator: fc.tuple(fc.boolean(), perYear(fc.constantFrom('100', '101.5', 103, '1e2'))).map(([withBase, map]) => (withBase ? { [String(baseYear)]: '100', ...map } : map)),
        caveats: fc.array(fc.record({ code: fc.constantFrom('scope', 'estimate', 'break'), message: arb.text }), { maxLength: 2 }),
      },
      { requiredKeys: ['id', 'baseYear', 'horizon', 'series'] },
    );
  });

/** A Decimal of no copy of decimal.js: `Decimal.isDecimal` takes it for one by its tag. */
const fakeDecimal = { toStringTag: '[object Decimal]', s: 1, e: 0, d: [5], constructor: Object };

/** A Decimal to `Decimal.isDecimal` (and to the decimal schemas) whose fields do not show as keys. */
const hiddenDecimal = Object.defineProperties({}, { toStringTag: { value: '[object Decimal]' }, s: { value: 1 }, e: { value: 0 }, d: { value: [5] } });

const hostileValues: unknown[] = [
  undefined, null, true, 0, -0, -1, -1.5, 1e-7, Number.NaN, Infinity, -Infinity, Number.MAX_VALUE, 2015, 2015.5, 1899, 2101,
  '', ' 1', '1 ', '1,000', '1_000', '0x10', 'NaN', 'Infinity', '-0', '+0', '-1', '-1.0', '-0.99', '1e10001', '1e-10001', '1e100000', '１２',
  '1'.repeat(1001), `0.${'0'.repeat(998)}1`, '2016', 'bn-yuan', 'not-a-unit', '__proto__', 'toString', 'a b',
  10n, -10n, 10n ** 10_002n, dec('1'), dec('-1'), dec('0.5'), fakeDecimal, hiddenDecimal,
  [], ['0.1'], {}, Object.create(null), new Date(0), new Map(), () => 1, Symbol('s'),
  { 2016: '0.1' }, { en: 'x' }, { base: '1' },
];

/** One way to spoil (or merely disguise) an object of the input; a key given by a number is the object's own key of that index. */
type Change =
  | { kind: 'set'; key: string | number; value: unknown }
  | { kind: 'delete' | 'undefined' | 'hidden' | 'nonEnumerable' | 'getter' | 'throwingGetter'; key: string | number }
  | { kind: 'protoKey' | 'constructorFunction' | 'nullPrototype' | 'otherPrototype' | 'symbolKey' | 'proxy' | 'frozen' | 'inheritedKey' };

const keys = fc.oneof(
  fc.nat(),
  fc.constantFrom('id', 'name', 'baseYear', 'horizon', 'series', 'deflator', 'caveats', 'base', 'unit', 'growth', 'additions', 'values'),
  fc.constantFrom('extra', 'constructor', 'toString', '2016', '2017', '1899', '2101', '20160', '02016', '2016.0', '+2016', ' 2016', '2e3', 'en', 'code', 'message'),
);
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: keys, value: fc.constantFrom(...hostileValues) }),
  fc.record({
    kind: fc.constantFrom('delete' as const, 'undefined' as const, 'hidden' as const, 'nonEnumerable' as const, 'getter' as const, 'throwingGetter' as const),
    key: keys,
  }),
  fc.record({
    kind: fc.constantFrom(
      'protoKey' as const,
      'constructorFunction' as const,
      'nullPrototype' as const,
      'otherPrototype' as const,
      'symbolKey' as const,
      'proxy' as const,
      'frozen' as const,
      'inheritedKey' as const,
    ),
  }),
);

/** A deep copy (bigints and Decimals kept as they are). */
function copy(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || isDecimal(x)) return x;
  if (Array.isArray(x)) return x.map(copy);
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, copy(v)]));
}

/** The plain objects of `x` (itself included), each with a setter that puts a replacement in its place. */
function objectsOf(root: { value: unknown }): { object: Record<string, unknown>; replace: (x: unknown) => void }[] {
  const found: { object: Record<string, unknown>; replace: (x: unknown) => void }[] = [];
  const walk = (parent: Record<string | number, unknown>, key: string | number) => {
    const value = parent[key];
    if (typeof value !== 'object' || value === null || isDecimal(value)) return;
    if (!Array.isArray(value)) found.push({ object: value as Record<string, unknown>, replace: (x) => (parent[key] = x) });
    for (const k of Object.keys(value)) walk(value as Record<string, unknown>, Array.isArray(value) ? Number(k) : k);
  };
  walk(root as unknown as Record<string, unknown>, 'value');
  return found;
}

/** `valid` with `changes` made, each to the object of the input that `pick` chooses (a replaced object may take a later change with it). */
function spoil(valid: unknown, changes: readonly [Change, number][]): unknown {
  const root = { value: copy(valid) };
  const objects = objectsOf(root);
  for (const [c, pick] of changes) {
    const target = objects[pick % objects.length];
    if (target === undefined) continue;
    try {
      apply(target, c);
    } catch {
      // a frozen object (an earlier change) stays as it is
    }
  }
  return root.value;
}

function apply({ object, replace }: { object: Record<string, unknown>; replace: (x: unknown) => void }, change: Change): void {
  const own = Object.keys(object);
  const c = 'key' in change && typeof change.key === 'number' ? { ...change, key: own[change.key % Math.max(own.length, 1)] ?? 'extra' } : change;
  switch (c.kind) {
    case 'set':
      object[c.key] = c.value;
      break;
    case 'delete':
      delete object[c.key];
      break;
    case 'undefined':
      object[c.key] = undefined;
      break;
    case 'hidden': // there when read, not `in` the object
      replace(new Proxy(object, { has: (t, k) => k !== c.key && k in t }));
      break;
    case 'nonEnumerable':
      if (c.key in object) Object.defineProperty(object, c.key, { enumerable: false });
      break;
    case 'getter': {
      const value = object[c.key];
      Object.defineProperty(object, c.key, { get: () => value, enumerable: true, configurable: true });
      break;
    }
    case 'throwingGetter':
      Object.defineProperty(object, c.key, { get: () => { throw new Error('a getter that throws'); }, enumerable: true, configurable: true });
      break;
    case 'protoKey':
      Object.defineProperty(object, '__proto__', { value: { base: '1', polluted: true }, enumerable: true, writable: true, configurable: true });
      break;
    case 'constructorFunction': // not a plain object to zod's records
      Object.defineProperty(object, 'constructor', { value: function Map() {}, enumerable: false });
      break;
    case 'nullPrototype':
      replace(Object.assign(Object.create(null) as object, object));
      break;
    case 'otherPrototype':
      replace(Object.assign(new (class Driver {})(), object));
      break;
    case 'inheritedKey':
      replace(Object.assign(Object.create({ growth: '0.1', unit: 'bn-yuan', name: { en: 'x' } }) as object, object));
      break;
    case 'symbolKey':
      object[Symbol('s') as unknown as string] = '0.1';
      break;
    case 'proxy':
      replace(new Proxy(object, {}));
      break;
    case 'frozen':
      Object.freeze(object);
      break;
  }
}

describe('parseScenario reads the common form without zod, and agrees with the schema on every input', () => {
  it('valid scenarios of the common form: read without zod, the same values with keys in the same order', () => {
    fc.assert(
      fc.property(commonScenario, (scenario) => {
        expect(agree(scenario)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('valid scenarios with bigints and Decimals (drivers the schema reads): the same values', () => {
    fc.assert(
      fc.property(arb.scenario, (scenario) => {
        agree(scenario);
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);

  it('scenarios spoiled or disguised one to three ways (hostile values, keys, prototypes, getters, proxies): the same value or the same error', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.oneof(commonScenario, arb.scenario), fc.array(fc.tuple(change, fc.nat()), { minLength: 1, maxLength: 3 }), (scenario, changes) => {
        if (agree(spoil(scenario, changes))) fast++;
      }),
      { numRuns: 1500 },
    );
    // Some disguises (a getter, a frozen object, a transparent proxy) leave the common form.
    expect(fast).toBeGreaterThan(0);
  }, PROPERTY_TIMEOUT);

  it('hand-picked cases: the same value or the same error, word for word', () => {
    const s = (series: unknown, more: Record<string, unknown> = {}) => ({ id: 's', baseYear: 2015, horizon: 2016, series, ...more });
    // [input, whether `readCommonScenario` answers (a driver it cannot read itself is read by the schema alone)]
    const cases: [unknown, boolean][] = [
      [s({ x: { base: '1', growth: '-1' } }), false], // growth not above -1
      [s({ x: { base: '1', growth: { 2016: '-1.5' } } }), false],
      [s({ x: { base: '1', growth: '0.1', additions: '1' } }), false], // two drivers
      [s({ x: { base: '-0' } }), false], // a minus sign on a base
      [s({ x: { base: -0 } }), true], // the number −0 is not below 0
      [s({ x: { base: '1e10001' } }), false], // out of bounds
      [s({ x: { base: 10n, growth: JSON.parse('{"__proto__": "0.1", "2016": "0.1"}') as unknown } }), false], // the schema skips __proto__, parseScenario does not
      [s({ x: { base: '1', values: { 2016: '1', 2017: '1' } } }), false], // a year after the horizon
      [s({ x: { base: '1', values: {} } }), false], // a year missing
      [s({}, { deflator: { 2015: '100', 2016: '0' } }), false],
      [s({}, { deflator: { 2014: '100', 2016: '101' } }), false],
      [s({}, { horizon: 2015 }), false],
      [s({}, { baseYear: 2015.5 }), false],
      [s(JSON.parse('{"__proto__": {"base": "1"}, "constructor": {"base": "1"}}') as unknown), false],
      // Found by the property below (seed 2128394315): an own `__proto__` key that is not
      // enumerable, which `Object.keys` skips and the schema's check refuses.
      [s(Object.defineProperty({}, '__proto__', { value: { base: '1' }, enumerable: false })), false],
      [s({ constructor: { base: '1' }, toString: { base: '2' } }), true],
      [s({ x: { base: '1', unit: 'bn-yuan', growth: { 2016: fakeDecimal } } }), true], // read by the schema: a fake Decimal is read by its fields
      [s({ x: { base: '1', growth: fakeDecimal } }), true],
      [s({ x: { base: '1', growth: dec('0.5') } }), true],
      [s({ x: { base: dec('1'), additions: 5n } }), true],
      [s({ x: { base: '1', additions: { 2016: 5n } } }), true],
      // Year keys: four digits, nothing else.
      ...['02016', '2016.0', '+2016', ' 2016', '2e3', '0x7e0'].map((key): [unknown, boolean] => [s({ x: { base: '1', values: { 2016: '1', [key]: '2' } } }), false]),
      [s({ x: { base: '1', values: { '2016': '1' } } }), true],
      // Objects of other prototypes: zod reads a driver of any class (and inherited keys), a record only of `Object`.
      [s({ x: Object.assign(new (class Driver {})(), { base: '1' }) }), true],
      [s({ x: Object.create({ base: '1' }) as unknown }), true],
      [s(Object.assign(new (class Series {})(), { x: { base: '1' } })), false],
      [s(Object.assign(Object.create(null) as object, { x: { base: '1' } })), true],
      // A key is there when it is `in` the object, whatever reading it gives.
      [s({ x: new Proxy({ base: '1' }, { has: () => false }) }), false],
      // Found by the property below (seed 1586247172): a driver whose `values` is hidden from
      // `in` (absent to zod), holding a map with an own `__proto__` key: the key is not there,
      // so neither is its map.
      [s({ x: new Proxy({ base: '1', values: JSON.parse('{"__proto__": "1", "2016": "1"}') as unknown }, { has: (t, k) => k !== 'values' && k in t }) }), true],
      [s({ x: new Proxy({ base: '1', growth: '0.1' }, { has: (_, key) => key === 'base' }) }), true],
    ];
    expect(cases.map(([input]) => agree(input))).toEqual(cases.map(([, fast]) => fast));
  });
});

describe('parseScenario of 10⁵ series, in a child process', () => {
  // The time is measured by `npm run bench` (bench/size.bench.mjs); here only that it ends,
  // within a generous limit, with the right values and the schema's error.
  it('10⁵ valid series: every one read; one bad series among them: the schema’s message', () => {
    const { outcome } = runIsolated(
      `const series = {};
      for (let i = 0; i < 1e5; i++) series['s' + i] = i % 3 === 0 ? { base: '120', growth: '0.08' } : i % 3 === 1 ? { base: String(i), unit: 'bn-yuan', additions: { 2016: '1', 2017: '2', 2018: '3', 2019: '4', 2020: '5' } } : { base: i, values: { 2016: 1, 2017: 2, 2018: 3, 2019: 4, 2020: '5e0' } };
      const scenario = { id: 'big', baseYear: 2015, horizon: 2020, series };
      const parsed = lib.parseScenario(scenario);
      const { s99999: growth, s99997: additions, s99998: values } = parsed.series;
      series.s77777 = { base: '1', growth: { 2016: '0.1', 2017: '-1', 2018: '0', 2019: '0', 2020: '0' } };
      let error;
      try { lib.parseScenario(scenario); } catch (e) { error = { code: e.code, message: e.message }; }
      return {
        count: Object.keys(parsed.series).length,
        growth: [growth.base.toString(), growth.growth.toString()],
        additions: [additions.base.toString(), additions.unit, Object.keys(additions.additions).join(), additions.additions[2020].toString()],
        values: [values.base.toString(), Object.keys(values.values).join(), values.values[2020].toString()],
        error,
      };`,
      { memoryMb: 512, timeoutMs: 120_000 },
    );
    expect(outcome).toEqual({
      kind: 'value',
      value: {
        count: 100_000,
        growth: ['120', '0.08'], // 99999 = 3 × 33333
        additions: ['99997', 'bn-yuan', '2016,2017,2018,2019,2020', '5'],
        values: ['99998', '2016,2017,2018,2019,2020', '5'],
        error: {
          code: 'VALIDATION',
          message: 'scenario.series.s77777.growth["2017"]: a growth rate must be greater than -1 (a fall of 100 %), got -1',
        },
      },
    });
  }, 180_000);
});
