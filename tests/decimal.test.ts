import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { D, EXACT, HUNDRED, ONE, ZERO, finish, nextDown, nextUp, shift, toDigits } from '../src/decimal.js';
import { dec, round, toPlain } from '../src/index.js';
import { planError } from './_lib/errors.js';

/** A wide oracle to compare values exactly (Python's strings such as `1.0E+1` included). */
const Oracle = Decimal.clone({ precision: 1000 });

/** `actual` is a Decimal of the library, equal to `expected` (a value from Python's `decimal`). */
function same(actual: Decimal, expected: string): void {
  expect(actual.constructor, 'a Decimal of the library').toBe(D);
  expect(new Oracle(actual).eq(expected), `${actual.toString()} = ${expected}`).toBe(true);
}

describe('dec', () => {
  it('reads numbers through their shortest round-trip string', () => {
    expect(dec(0.1).toString()).toBe('0.1');
    expect(dec(-0).toString()).toBe('0');
    expect(dec(1e21).toFixed()).toBe('1000000000000000000000');
  });
  it('rejects garbage with INVALID_DECIMAL, naming the argument', () => {
    for (const bad of [Number.NaN, Infinity, '', '1,000', 'abc', null, {}, '0x10', '1_000', ' 12', 'NaN']) {
      expect(() => dec(bad as never)).toThrowPlanError('INVALID_DECIMAL');
    }
    const error = planError(() => dec('1,000', 'target'));
    expect(error.message).toBe(
      "target: expected a decimal string like '240', '-0.08' or '1.3e2', a finite number, a bigint, or a Decimal, got '1,000'",
    );
    expect(error.details).toEqual({ argument: 'target', received: '1,000' });
    expect(planError(() => dec('x'.repeat(300))).details.received).toBe(`${'x'.repeat(200)}…`);
  });
  it('accepts a Decimal of another constructor exactly', () => {
    const Other = Decimal.clone({ precision: 5 });
    expect(dec(new Other('1.23456789')).toString()).toBe('1.23456789');
  });
  it('rounds half-up and half-even', () => {
    expect(round('2.345', 2).toString()).toBe('2.35');
    expect(round('2.345', 2, 'half-even').toString()).toBe('2.34');
    expect(toPlain('2.4e11')).toBe('240000000000');
  });
  it('refuses bad places and modes with INVALID_ARGUMENT', () => {
    expect(() => round('1', 2.5)).toThrowPlanError('INVALID_ARGUMENT', 'places: expected an integer from 0 to 1000, got 2.5');
    expect(() => round('1', '2' as never)).toThrowPlanError('INVALID_ARGUMENT', "places: expected an integer from 0 to 1000, got '2'");
    expect(planError(() => round('1', 2, 'up' as never)).message).toBe("mode: expected one of 'half-up', 'half-even', got 'up'");
    expect(() => round('1', 2, 'toString' as never)).toThrowPlanError('INVALID_ARGUMENT');
  });
});

describe('the constants', () => {
  it('are Decimals of the library', () => {
    for (const [value, text] of [
      [ZERO, '0'],
      [ONE, '1'],
      [HUNDRED, '100'],
    ] as const) {
      expect(value.constructor).toBe(D);
      expect(value.toString()).toBe(text);
    }
  });
});

describe('toDigits', () => {
  // Python: Context(prec=34, rounding=ROUND_HALF_EVEN).plus(Decimal(s))
  it.each([
    ['1.00000000000000000000000000000000005', '1.000000000000000000000000000000000'],
    ['9.9999999999999999999999999999999995', '10.00000000000000000000000000000000'],
    ['-0.000123456789012345678901234567890123456', '-0.0001234567890123456789012345678901235'],
    ['123456789012345678901234567890123456789', '1.234567890123456789012345678901235E+38'],
    ['1e-400', '1E-400'],
    ['2.5e-7', '2.5E-7'],
  ])('rounds %s to 34 digits, half-even: %s', (x, expected) => {
    const rounded = toDigits(new EXACT(x));
    same(rounded, expected);
    expect(rounded.sd()).toBeLessThanOrEqual(34);
    same(finish(new EXACT(x)), expected);
  });
  // Python: Context(prec=3, rounding=ROUND_HALF_EVEN).plus(Decimal(s))
  it.each([
    ['2.345', '2.34'],
    ['2.355', '2.36'],
    ['-2.345', '-2.34'],
    ['0.0012345', '0.00123'],
  ])('rounds %s to 3 digits: %s', (x, expected) => {
    same(toDigits(dec(x), 3), expected);
  });
  it('keeps a short value as it is, and makes -0 a zero', () => {
    const own = dec('1.5');
    expect(toDigits(own)).toBe(own);
    expect(toDigits(new EXACT('-0')).isNegative()).toBe(false);
    expect(toDigits(new EXACT('-0'))).toBe(ZERO);
  });
  it('lets ±Infinity through for the caller to check', () => {
    expect(toDigits(new EXACT(Infinity)).isFinite()).toBe(false);
  });
});

describe('shift', () => {
  // Python: Context(prec=100000).scaleb(Decimal(s), n)
  it.each([
    ['240', 1, '2.40E+3'],
    ['1.5', -9, '1.5E-9'],
    ['1234567890123456789012345678901234567', 3, '1.234567890123456789012345678901234567E+39'],
    ['7', 100, '7E+100'],
    ['-12.5', -70, '-1.25E-69'],
    ['1e-400', 400, '1'],
  ] as const)('%s × 10^%i = %s, never rounded', (x, places, expected) => {
    same(shift(dec(x), places), expected);
    // Twice, so that a cached power of ten gives the same.
    same(shift(dec(x), places), expected);
  });
  it('returns a value of the library unchanged for 0 places, copies another', () => {
    const own = dec('1.5');
    expect(shift(own, 0)).toBe(own);
    same(shift(new Decimal('1.5'), 0), '1.5');
  });
  it('stays within the bounds (exponents ±10,000): beyond them a DOMAIN error naming the value, never ∞ or 0', () => {
    same(shift(dec('9.99e9999'), 1), '9.99E+10000');
    same(shift(dec('1e-10000'), 20_000), '1E+10000');
    same(shift(dec('1e10000'), -20_000), '1E-10000');
    for (const [x, places] of [
      [dec('9.99e10000'), 1],
      [dec('1e-10000'), -1],
      [dec('1e-10000'), 20_001],
      [new EXACT('1e20000'), 0],
    ] as const) {
      const error = planError(() => shift(x, places, 'q.value'));
      expect(error.code).toBe('DOMAIN');
      expect(error.message).toBe(`q.value: × 10^${places} is outside the range of the library's decimals (exponents from -10000 to 10000)`);
    }
  });
  it('makes -0 a zero and does not change its input', () => {
    expect(shift(new Decimal('-0'), 3).isNegative()).toBe(false);
    const input = new Decimal('2.5');
    shift(input, 4);
    expect(input.toString()).toBe('2.5');
  });
});

describe('nextUp and nextDown', () => {
  // Python: Context(prec=34).next_plus(Decimal(s)) and .next_minus(Decimal(s))
  it.each([
    ['1', '1.000000000000000000000000000000001', '0.9999999999999999999999999999999999'],
    ['-1', '-0.9999999999999999999999999999999999', '-1.000000000000000000000000000000001'],
    ['1.5', '1.500000000000000000000000000000001', '1.499999999999999999999999999999999'],
    ['9.999999999999999999999999999999999', '10.00000000000000000000000000000000', '9.999999999999999999999999999999998'],
    ['10', '10.00000000000000000000000000000001', '9.999999999999999999999999999999999'],
    ['1.0000000000000000000000000000000009', '1.000000000000000000000000000000001', '1.000000000000000000000000000000000'],
    ['-1.0000000000000000000000000000000009', '-1.000000000000000000000000000000000', '-1.000000000000000000000000000000001'],
    ['0.1', '0.1000000000000000000000000000000001', '0.09999999999999999999999999999999999'],
    ['1.23456789e-50', '1.234567890000000000000000000000001E-50', '1.234567889999999999999999999999999E-50'],
    ['123456789012345678901234567890123456789', '1.234567890123456789012345678901235E+38', '1.234567890123456789012345678901234E+38'],
  ])('around %s: %s above, %s below', (x, up, down) => {
    same(nextUp(dec(x)), up);
    same(nextDown(dec(x)), down);
  });
  it('steps off 0 by 1e-34 (a convention: 0 has no 34-digit neighbour)', () => {
    same(nextUp(ZERO), '1e-34');
    same(nextDown(ZERO), '-1e-34');
  });
});
