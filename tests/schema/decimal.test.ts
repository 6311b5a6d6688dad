import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { dec } from '../../src/decimal.js';
import { decimalSchema, nonNegativeDecimalSchema, parseObservations } from '../../src/schema/index.js';
import { PROPERTY_TIMEOUT } from './arbitraries.js';

const decode = (x: unknown) => decimalSchema.parse(x).toFixed();
const accepts = (x: unknown) => z.safeParse(decimalSchema, x).success;

describe('decimal codec: which strings are decimals (docs/validation.md)', () => {
  // Expected values written out by hand.
  it.each([
    ['240', '240'],
    ['-0.08', '-0.08'],
    ['.5', '0.5'],
    ['7.', '7'],
    ['+7', '7'],
    ['00012', '12'],
    ['1.3e2', '130'],
    ['2E-7', '0.0000002'],
    ['-0', '0'],
    ['0.1', '0.1'],
    ['12345678901234567890123456789012345678901234567890.5', '12345678901234567890123456789012345678901234567890.5'],
  ])('accepts %j as %s', (input, expected) => {
    expect(decode(input)).toBe(expected);
  });

  it("accepts '1e400' exactly (decimals are not floats), and everything up to the bounds: exponents ±10,000, 1,000 significant digits", () => {
    expect(decode('1e400')).toBe(`1${'0'.repeat(400)}`);
    // Python: format(Decimal('1e-10000'), 'f') == '0.' + '0' * 9999 + '1'
    expect(decode('1e-10000')).toBe(`0.${'0'.repeat(9999)}1`);
    expect(decimalSchema.parse('9.99e10000').e).toBe(10000);
    expect(decode('1'.repeat(1000))).toBe('1'.repeat(1000));
    expect(decode(`${'1'.repeat(1000)}${'0'.repeat(50)}`)).toBe(`${'1'.repeat(1000)}${'0'.repeat(50)}`);
  });

  it('refuses values of the grammar beyond the bounds with an issue, never an exception out of safeParse', () => {
    for (const text of ['1e10001', '1e-10001', '1e99999', '1e-99999', '1'.repeat(1001), `0.${'0'.repeat(9999)}01`]) {
      const result = z.safeParse(decimalSchema, text);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/^expected a decimal of at most 1000 significant digits with an exponent from -10000 to 10000, got '/);
    }
    expect(() => parseObservations([{ indicator: 'gdp', year: 2020, value: '1e99999' }])).toThrowPlanError(
      'VALIDATION',
      "observations[0].value: expected a decimal of at most 1000 significant digits with an exponent from -10000 to 10000, got '1e99999'",
    );
  });

  it.each([' 12 ', '12 ', '\t12', '1,000', '1_000', '0x10', '0b1', '', 'NaN', 'Infinity', '-Infinity', 'abc', '1e', 'e5', '.', '--1', '1.2.3', '1e100000', '１２', '٣'])(
    'rejects %j',
    (input) => {
      expect(accepts(input)).toBe(false);
    },
  );

  it('rejects strings longer than 25,000 characters', () => {
    expect(decode(`${'0'.repeat(24_999)}1`)).toBe('1');
    expect(accepts(`${'0'.repeat(25_000)}1`)).toBe(false);
  });

  it('accepts finite numbers by their shortest round-trip string, -0 as 0', () => {
    expect(decode(0.1)).toBe('0.1');
    expect(decode(-0)).toBe('0');
    expect(decode(1e21)).toBe('1000000000000000000000');
    expect(decode(5e-324)).toBe(`0.${'0'.repeat(323)}5`);
    for (const bad of [Number.NaN, Infinity, -Infinity]) expect(accepts(bad)).toBe(false);
  });

  it('accepts bigints and Decimals of any constructor from code', () => {
    expect(decode(10n ** 30n)).toBe(`1${'0'.repeat(30)}`);
    const Other = Decimal.clone({ precision: 3 });
    expect(decode(new Other('1.23456789'))).toBe('1.23456789');
    expect(accepts(new Decimal(Number.NaN))).toBe(false);
    expect(accepts(new Decimal(Infinity))).toBe(false);
  });

  it('reads a Decimal from its fields, never its methods: an object that only claims to be one is refused, not a TypeError', () => {
    const fake = { [Symbol.toStringTag]: 'Decimal' };
    expect(accepts(fake)).toBe(false);
    const throwing = Object.defineProperty({ [Symbol.toStringTag]: 'Decimal' }, 'd', {
      get() {
        throw Object.create(null);
      },
    });
    expect(accepts(throwing)).toBe(false);
    expect(z.safeEncode(decimalSchema, fake as never).success).toBe(false);
  });

  it('rejects everything else', () => {
    for (const bad of [null, undefined, true, [], {}, [1], { d: [1], e: 0, s: 1 }, () => 1, Symbol('x')]) {
      expect(accepts(bad)).toBe(false);
    }
  });

  it('accepts exactly the strings dec() accepts, with the same value', () => {
    const decimalish = fc.stringMatching(/^[+-]{0,2}\d{0,4}\.?\d{0,3}(?:[eE][+-]?\d{0,7})?$/);
    fc.assert(
      fc.property(fc.oneof(decimalish, fc.string()), (text) => {
        let expected: string | undefined;
        try {
          expected = dec(text).toFixed();
        } catch {
          expected = undefined;
        }
        const result = z.safeParse(decimalSchema, text);
        expect(result.success ? result.data.toFixed() : undefined).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('decimal codec: encoding', () => {
  it('encodes to plain notation, never exponent notation', () => {
    expect(z.encode(decimalSchema, dec('2.4e11'))).toBe('240000000000');
    expect(z.encode(decimalSchema, dec('1e-9'))).toBe('0.000000001');
    expect(z.encode(decimalSchema, dec('-0.08'))).toBe('-0.08');
  });

  it('round-trips every decimal: decode(encode(d)) equals d', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: -400, max: 400 }), (digits, exponent) => {
        const d = dec(`${digits}e${exponent}`);
        const text = z.encode(decimalSchema, d);
        expect(text).toMatch(/^-?\d+(?:\.\d+)?$/);
        expect(decimalSchema.parse(text).eq(d)).toBe(true);
      }),
    );
  }, PROPERTY_TIMEOUT);

  it('writes every decimal within the bounds, and reads it back; refuses a Decimal of another copy beyond them', () => {
    for (const small of [dec('1e-10000'), dec('-9.99e10000'), dec(`1.${'7'.repeat(999)}e-9000`)]) {
      expect(decimalSchema.parse(z.encode(decimalSchema, small)).eq(small)).toBe(true);
    }
    expect(z.encode(decimalSchema, dec('1e-10000'))).toHaveLength(10_002);
    const result = z.safeEncode(decimalSchema, new Decimal('1e99999') as never);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      "expected a decimal of at most 1000 significant digits with an exponent from -10000 to 10000, got an object",
    );
  });
});

describe('non-negative decimals', () => {
  it('accept 0, -0 as a number, and positive values; reject any minus sign', () => {
    expect(nonNegativeDecimalSchema.parse('0.05').toString()).toBe('0.05');
    expect(nonNegativeDecimalSchema.parse(-0).toString()).toBe('0');
    expect(nonNegativeDecimalSchema.parse('+1e2').toString()).toBe('100');
    for (const bad of ['-1', '-0', '-0.0', -1, -1n, dec('-3')]) expect(z.safeParse(nonNegativeDecimalSchema, bad).success).toBe(false);
  });
});

describe('messages', () => {
  it('quote the input and say what is allowed', () => {
    expect(() => parseObservations([{ indicator: 'gdp', year: 2020, value: 'n/a' }])).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: observations[0].value: expected a decimal string or finite number, got 'n/a']`,
    );
    expect(() => parseObservations([{ indicator: 'gdp', year: 2020 }])).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: observations[0].value: missing; expected a decimal string or finite number]`,
    );
    expect(() => parseObservations([{ indicator: 'gdp', year: 2020, value: Number.NaN }])).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: observations[0].value: expected a decimal string or finite number, got NaN]`,
    );
  });
});
