import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/format/number.js';
import { planError } from '../_lib/errors.js';

describe('formatDecimal', () => {
  it('writes the exact value in plain notation with thousands grouped', () => {
    expect(formatDecimal('240000000000')).toBe('240,000,000,000');
    expect(formatDecimal('2.4e11')).toBe('240,000,000,000');
    expect(formatDecimal(2400)).toBe('2,400');
    expect(formatDecimal(999)).toBe('999');
    expect(formatDecimal(1000)).toBe('1,000');
    expect(formatDecimal('100000')).toBe('100,000');
    expect(formatDecimal('1234567.891')).toBe('1,234,567.891');
    expect(formatDecimal('0.000000001')).toBe('0.000000001');
    expect(formatDecimal('1e-9')).toBe('0.000000001');
    expect(formatDecimal(10n ** 21n)).toBe('1,000,000,000,000,000,000,000');
    expect(formatDecimal('0.1234567')).toBe('0.1234567'); // fraction digits are never grouped
  });
  it('keeps every digit of a 40-digit value', () => {
    expect(formatDecimal('1234567890123456789012345678901234567890.123')).toBe(
      '1,234,567,890,123,456,789,012,345,678,901,234,567,890.123',
    );
  });
  it('writes negatives with a hyphen-minus and zero without a sign', () => {
    expect(formatDecimal('-1234567.5')).toBe('-1,234,567.5');
    expect(formatDecimal('-999')).toBe('-999');
    expect(formatDecimal('-0.08')).toBe('-0.08');
    expect(formatDecimal(0)).toBe('0');
    expect(formatDecimal(-0)).toBe('0');
    expect(formatDecimal('-0.000')).toBe('0');
    expect(formatDecimal(new Decimal('-0'))).toBe('0');
  });
  it('rounds half-up (四舍五入) by default when places are given, and pads with zeros', () => {
    expect(formatDecimal('14.8698355', { places: 2 })).toBe('14.87');
    expect(formatDecimal('2.345', { places: 2 })).toBe('2.35');
    expect(formatDecimal('-2.345', { places: 2 })).toBe('-2.35');
    expect(formatDecimal('0.125', { places: 2 })).toBe('0.13');
    expect(formatDecimal('1.3', { places: 2 })).toBe('1.30');
    expect(formatDecimal('2400', { places: 1 })).toBe('2,400.0');
    expect(formatDecimal('999999.95', { places: 1 })).toBe('1,000,000.0');
    expect(formatDecimal('1234.5', { places: 0 })).toBe('1,235');
    expect(formatDecimal('-0.004', { places: 2 })).toBe('0.00');
    expect(formatDecimal('-0.005', { places: 2 })).toBe('-0.01');
  });
  it('rounds half-even when asked', () => {
    expect(formatDecimal('0.125', { places: 2, rounding: 'half-even' })).toBe('0.12');
    expect(formatDecimal('0.135', { places: 2, rounding: 'half-even' })).toBe('0.14');
    expect(formatDecimal('2.5', { places: 0, rounding: 'half-even' })).toBe('2');
    expect(formatDecimal('-2.5', { places: 0, rounding: 'half-even' })).toBe('-2');
    expect(formatDecimal('2.5', { places: 0, rounding: 'half-up' })).toBe('3');
  });
  it('writes both locales the same way (commas in Chinese statistics too)', () => {
    expect(formatDecimal('2787.4', { locale: 'zh-CN' })).toBe('2,787.4');
    expect(formatDecimal('-27874000', { locale: 'zh-CN', places: 1 })).toBe('-27,874,000.0');
    expect(formatDecimal('2787.4', { locale: 'en' })).toBe('2,787.4');
  });
  it('leaves out the grouping when asked', () => {
    expect(formatDecimal('1234567.891', { grouping: false })).toBe('1234567.891');
    expect(formatDecimal('-1234567', { grouping: false, places: 2 })).toBe('-1234567.00');
  });
  it('does not change a Decimal it is given', () => {
    const x = new Decimal('1234.5678');
    formatDecimal(x, { places: 1 });
    expect(x.toString()).toBe('1234.5678');
  });
  it('rejects bad input and bad options, naming them', () => {
    const bad = planError(() => formatDecimal('1,000'));
    expect(bad.code).toBe('INVALID_DECIMAL');
    expect(bad.message).toBe(
      "x: expected a decimal string like '240', '-0.08' or '1.3e2', a finite number, a bigint, or a Decimal, got '1,000'",
    );
    const cases: [unknown, string][] = [
      [5, 'options: expected an options object or undefined, got 5'],
      [null, 'options: expected an options object or undefined, got null'],
      [{ locale: 'fr' }, "locale: expected one of 'en', 'zh-CN', got 'fr'"],
      [{ locale: 'zh' }, "locale: expected one of 'en', 'zh-CN', got 'zh'"],
      [{ places: 2.5 }, 'places: expected an integer from 0 to 1000, got 2.5'],
      [{ places: -1 }, 'places: expected an integer from 0 to 1000, got -1'],
      [{ places: '2' }, "places: expected an integer from 0 to 1000, got '2'"],
      [{ rounding: 'up' }, "rounding: expected one of 'half-up', 'half-even', got 'up'"],
      [{ grouping: 'yes' }, "grouping: expected true or false, got 'yes'"],
    ];
    for (const [options, message] of cases) {
      const error = planError(() => formatDecimal(1, options as never));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toBe(message);
    }
  });
  it('writes out every value within the bounds (exponents ±10,000), and nothing beyond them', () => {
    // Beyond the bounds a value is refused at the door (dec), whatever its kind.
    for (const x of [new Decimal('1e200000'), new Decimal('1e-100000'), '1e10001', '1e-10001']) {
      const error = planError(() => formatDecimal(x));
      expect(error.code).toBe('INVALID_DECIMAL');
      expect(error.message).toMatch(/^x: expected a decimal of at most 1000 significant digits with an exponent from -10000 to 10000, got /);
    }
    // The largest and smallest magnitudes: 10,001 integer digits, 10,000 fraction digits.
    expect(formatDecimal('9.99e10000', { grouping: false })).toBe(`999${'0'.repeat(9998)}`);
    expect(formatDecimal('9.99e10000')).toHaveLength(10_001 + 3333);
    expect(formatDecimal('1e-10000')).toBe(`0.${'0'.repeat(9999)}1`);
    expect(formatDecimal('1e-10000', { places: 2 })).toBe('0.00');
    // 1,000 significant digits spread from 10^10000 down: still about 10,000 characters.
    const long = `${'7'.repeat(1000)}e9001`;
    expect(formatDecimal(long, { grouping: false, places: 1000 }) === `${'7'.repeat(1000)}${'0'.repeat(9001)}.${'0'.repeat(1000)}`).toBe(true);
  });
});

// Oracle: the platform's Intl.NumberFormat, which formats decimal strings exactly (ES2023;
// `roundingMode` and `signDisplay: 'negative'` are newer than the ES2022 lib types).
const intlFormat = (options: Record<string, unknown>): Intl.NumberFormat =>
  new Intl.NumberFormat('en-US', options as Intl.NumberFormatOptions);

describe('formatDecimal agrees with Intl.NumberFormat', () => {
  const decimalString = fc
    .record({
      mantissa: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
      scale: fc.integer({ min: 0, max: 20 }),
    })
    .map(({ mantissa, scale }) => {
      const negative = mantissa < 0n;
      const digits = (negative ? -mantissa : mantissa).toString().padStart(scale + 1, '0');
      const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      return `${negative ? '-' : ''}${body}`;
    });

  it('exact values', () => {
    const intl = intlFormat({ maximumFractionDigits: 20, signDisplay: 'negative' });
    fc.assert(
      fc.property(decimalString, (x) => {
        const expected = intl.format(x as unknown as number);
        return formatDecimal(x) === expected && formatDecimal(x, { locale: 'zh-CN' }) === expected;
      }),
    );
  }, 60_000);

  it('rounded values, half-up and half-even', () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: 0, max: 6 }), fc.boolean(), (x, places, even) => {
        const intl = intlFormat({
          minimumFractionDigits: places,
          maximumFractionDigits: places,
          roundingMode: even ? 'halfEven' : 'halfExpand',
          signDisplay: 'negative',
        });
        return formatDecimal(x, { places, rounding: even ? 'half-even' : 'half-up' }) === intl.format(x as unknown as number);
      }),
    );
  }, 60_000);
});
