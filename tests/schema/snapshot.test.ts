import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { fromSnapshot, parseObservations, parsePlan, parseScenario, toSnapshot } from '../../src/schema/index.js';
import { targetSchema } from '../../src/schema/target.js';
import { quantity, type Unit } from '../../src/units/index.js';
import * as arb from './arbitraries.js';
import { PROPERTY_TIMEOUT } from './arbitraries.js';

/** The JSON text round trip: the snapshot survives JSON.stringify/parse unchanged, and reads back to the same value. */
function roundTrip(value: unknown): unknown {
  const snapshot = toSnapshot(value as never);
  const text = JSON.stringify(snapshot);
  expect(JSON.parse(text)).toEqual(snapshot);
  return fromSnapshot(text);
}

describe('toSnapshot / fromSnapshot', () => {
  it('write decimals as plain strings, units by id, periods as { start, end }', () => {
    expect(toSnapshot(quantity('2.4e11', 'yuan'))).toEqual({ type: 'quantity', version: 1, data: { value: '240000000000', unit: 'yuan' } });
    expect(toSnapshot(quantity('1', { measure: 'yuan', multiplier: 6 }))).toEqual({
      type: 'quantity',
      version: 1,
      data: { value: '1', unit: { measure: 'yuan', multiplier: 6 } },
    });
    expect(JSON.stringify(toSnapshot(dec('1e-9')))).toBe('{"type":"decimal","version":1,"data":"0.000000001"}');
    const [observation] = parseObservations([{ indicator: 'gdp', period: '2015-16', value: '2.2e1' }]);
    expect(toSnapshot(parseObservations([{ indicator: 'gdp', period: '2015-16', value: '2.2e1' }]))).toEqual({
      type: 'observations',
      version: 1,
      data: [{ indicator: 'gdp', period: { start: 2015, end: 2016 }, value: '22' }],
    });
    expect(toSnapshot(observation as never, { type: 'observation' }).type).toBe('observation');
  });

  it('round-trip the plan fixture and return it deeply frozen', () => {
    const plan = parsePlan(JSON.parse(readFileSync(new URL('./fixtures/plan.json', import.meta.url), 'utf8')));
    const back = roundTrip(plan) as typeof plan;
    expect(arb.normalise(back)).toEqual(arb.normalise(plan));
    expect(Object.isFrozen(back)).toBe(true);
    expect(Object.isFrozen(back.targets)).toBe(true);
    expect(Object.isFrozen(back.targets[0])).toBe(true);
    expect(Object.isFrozen(back.targets[0]?.source)).toBe(true);
  });

  it('round-trip quantities exactly (property)', () => {
    const unit = fc.oneof(
      arb.unitId,
      fc.record({
        measure: fc.constantFrom('yuan' as const, 'tce' as const, 'percent' as const, 'count' as const),
        multiplier: fc.integer({ min: -30, max: 30 }),
      }) as fc.Arbitrary<Unit>,
    );
    fc.assert(
      fc.property(arb.decimalInput, unit, (value, u) => {
        const q = quantity(value, u);
        const back = roundTrip(q) as typeof q;
        expect(back.value.eq(q.value)).toBe(true);
        expect(back.value.toFixed()).toBe(q.value.toFixed());
        expect(back.unit).toEqual(q.unit);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('round-trip observations, scenarios and plans (property)', () => {
    fc.assert(
      fc.property(fc.array(arb.observation, { maxLength: 5 }), (input) => {
        const value = parseObservations(input);
        expect(arb.normalise(roundTrip(value))).toEqual(arb.normalise(value));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(arb.scenario, (input) => {
        const value = parseScenario(input);
        expect(arb.normalise(roundTrip(value))).toEqual(arb.normalise(value));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(arb.plan, (input) => {
        const value = parsePlan(input);
        expect(arb.normalise(roundTrip(value))).toEqual(arb.normalise(value));
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT);

  it('round-trip targets and indicators given their type', () => {
    fc.assert(
      fc.property(arb.target, (input) => {
        const value = targetSchema.parse(input);
        const snapshot = toSnapshot(value, { type: 'target' });
        expect(arb.normalise(fromSnapshot(JSON.stringify(snapshot), { type: 'target' }))).toEqual(arb.normalise(value));
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT);

  it('explain what they cannot read', () => {
    expect(() => fromSnapshot('{nope')).toThrowPlanError('VALIDATION', /^snapshot: not valid JSON: /);
    expect(() => fromSnapshot({ type: 'quantity', version: 2, data: {} })).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: snapshot.version: expected snapshot format version 1, got 2]`,
    );
    expect(() => fromSnapshot({ type: 'projection', version: 1, data: {} })).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: snapshot.type: expected one of 'decimal', 'quantity', 'plan', 'scenario', 'observations', 'target', 'indicator', 'observation', got 'projection']`,
    );
    expect(() => fromSnapshot({ type: 'quantity', version: 1, data: { value: '1e2', unit: 'bn-yuaan' } })).toThrowPlanError(
      'VALIDATION',
      /^quantity\.unit: expected a unit id/,
    );
    expect(() => fromSnapshot({ type: 'decimal', version: 1, data: '1' }, { type: 'plan' })).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: snapshot.type: expected one of 'plan', got 'decimal']`,
    );
    expect(() => toSnapshot({ a: 1 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: cannot tell which kind of value an object is; pass { type } with one of 'decimal', 'quantity', 'plan', 'scenario', 'observations', 'target', 'indicator', 'observation']`,
    );
    // beyond the bounds of the library's decimals (a Decimal of another copy of decimal.js can be)
    expect(() => toSnapshot(new Decimal('1e99999') as never)).toThrowPlanError(
      'VALIDATION',
      'decimal: expected a decimal of at most 1000 significant digits with an exponent from -10000 to 10000, got an object',
    );
  });

  it('read their options: { type } with a known type', () => {
    expect(() => toSnapshot(dec('1'), { type: 'money' } as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      "options.type: expected one of 'decimal', 'quantity', 'plan', 'scenario', 'observations', 'target', 'indicator', 'observation', got 'money'",
    );
    expect(() => fromSnapshot(toSnapshot(dec('1')), { kind: 'decimal' } as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      "options: unknown key 'kind'; allowed keys: type",
    );
    expect(() => fromSnapshot(toSnapshot(dec('1')), 'decimal' as never)).toThrowPlanError('INVALID_ARGUMENT', "options: expected an options object or undefined, got 'decimal'");
  });

  it('freeze what they return, but not a Decimal the caller passed in (of another copy of decimal.js)', () => {
    const value = new Decimal('240');
    const [observation] = fromSnapshot({ type: 'observations', version: 1, data: [{ indicator: 'gdp', year: 2020, value }] }) as readonly { value: unknown }[];
    expect(Object.isFrozen(observation)).toBe(true);
    expect(Object.isFrozen(value)).toBe(false);
  });

  it('refuse to snapshot an invalid value', () => {
    const [observation] = parseObservations([{ indicator: 'gdp', year: 2020, value: '1' }]);
    expect(() => toSnapshot([{ ...observation, year: 1800 }] as never)).toThrowPlanError('VALIDATION', /^observations\[0\]\.year: expected an integer year from 1900 to 2100, got 1800$/);
  });
});
