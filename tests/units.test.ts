import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MEASURES,
  UNITS,
  UNIT_IDS,
  add,
  compare,
  conversionError,
  convert,
  fromRatio,
  isQuantity,
  quantity,
  readUnit,
  subtract,
  toRatio,
  toUnit,
  unitIdOf,
  valueIn,
  type Measure,
  type Quantity,
  type Unit,
  type UnitId,
} from '../src/units/index.js';
import { dec } from '../src/decimal.js';
import { planError } from './_lib/errors.js';

const KNOWN_IDS =
  "'yuan', '10k-yuan', '100m-yuan', 'bn-yuan', 'tce', '10k-tce', 'tce-per-10k-yuan', 'percent', 'percent-per-annum', 'percentage-points', 'count', 'rank', 'ratio', 'yuan-per-person', '10k-yuan-per-person', 'count-per-10k-people', 'years', 'mu', '10k-mu', '100m-mu', 'cubic-metre', '100m-cubic-metres', 'cubic-metre-per-10k-yuan', 'tonne', '10k-tonnes', 'tonne-per-10k-yuan', 'microgram-per-cubic-metre'";
const KNOWN_MEASURES =
  "'yuan', 'tce', 'tce-per-10k-yuan', 'percent', 'percent-per-annum', 'percentage-points', 'count', 'rank', 'ratio', 'yuan-per-person', 'count-per-10k-people', 'years', 'mu', 'cubic-metre', 'cubic-metre-per-10k-yuan', 'tonne', 'tonne-per-10k-yuan', 'microgram-per-cubic-metre'";

describe('the unit registry', () => {
  it('keeps its ids, measures and multipliers (SDMX UNIT_MULT)', () => {
    expect(UNIT_IDS).toEqual([
      'yuan',
      '10k-yuan',
      '100m-yuan',
      'bn-yuan',
      'tce',
      '10k-tce',
      'tce-per-10k-yuan',
      'percent',
      'percent-per-annum',
      'percentage-points',
      'count',
      'rank',
      'ratio',
      'yuan-per-person',
      '10k-yuan-per-person',
      'count-per-10k-people',
      'years',
      'mu',
      '10k-mu',
      '100m-mu',
      'cubic-metre',
      '100m-cubic-metres',
      'cubic-metre-per-10k-yuan',
      'tonne',
      '10k-tonnes',
      'tonne-per-10k-yuan',
      'microgram-per-cubic-metre',
    ]);
    expect(UNITS['10k-yuan']).toEqual({ measure: 'yuan', multiplier: 4 });
    expect(UNITS['100m-yuan']).toEqual({ measure: 'yuan', multiplier: 8 });
    expect(UNITS['bn-yuan']).toEqual({ measure: 'yuan', multiplier: 9 });
    expect(UNITS['10k-tce']).toEqual({ measure: 'tce', multiplier: 4 });
    expect(Object.isFrozen(UNITS)).toBe(true);
    for (const id of UNIT_IDS) expect(Object.isFrozen(UNITS[id])).toBe(true);
    expect(MEASURES).toHaveLength(18);
    expect(UNITS['10k-yuan-per-person']).toEqual({ measure: 'yuan-per-person', multiplier: 4 });
    expect(UNITS['100m-mu']).toEqual({ measure: 'mu', multiplier: 8 });
    expect(UNITS['100m-cubic-metres']).toEqual({ measure: 'cubic-metre', multiplier: 8 });
    expect(UNITS['10k-tonnes']).toEqual({ measure: 'tonne', multiplier: 4 });
  });
});

describe('toUnit and unitIdOf', () => {
  it('returns the registry object for an id or an equal object', () => {
    expect(toUnit('bn-yuan')).toBe(UNITS['bn-yuan']);
    expect(toUnit({ measure: 'yuan', multiplier: 8 })).toBe(UNITS['100m-yuan']);
    expect(toUnit({ measure: 'ratio', multiplier: -0 })).toBe(UNITS.ratio);
  });
  it('copies and freezes a unit without an id', () => {
    const input = { measure: 'yuan' as const, multiplier: 6 };
    const unit = toUnit(input);
    expect(unit).toEqual({ measure: 'yuan', multiplier: 6 });
    expect(unit).not.toBe(input);
    expect(Object.isFrozen(unit)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(toUnit({ measure: 'tce', multiplier: -30 }).multiplier).toBe(-30);
    expect(toUnit({ measure: 'tce', multiplier: 30 }).multiplier).toBe(30);
  });
  it('finds the id of a unit, or none', () => {
    expect(unitIdOf({ measure: 'yuan', multiplier: 8 })).toBe('100m-yuan');
    expect(unitIdOf({ measure: 'tce', multiplier: 4 })).toBe('10k-tce');
    expect(unitIdOf({ measure: 'yuan', multiplier: 6 })).toBeUndefined();
    expect(unitIdOf(null as never)).toBeUndefined();
  });
  it('rejects an unknown id with UNKNOWN_UNIT, listing the known ids', () => {
    const error = planError(() => toUnit('bn-yaun' as never));
    expect(error.code).toBe('UNKNOWN_UNIT');
    expect(error.message).toBe(
      `unit: expected a unit id (one of ${KNOWN_IDS}) or a unit object { measure, multiplier }, got 'bn-yaun'`,
    );
    expect(error.details['known']).toEqual(UNIT_IDS);
    // Inherited keys are not ids.
    expect(() => toUnit('toString' as never)).toThrowPlanError('UNKNOWN_UNIT');
    expect(() => toUnit('__proto__' as never)).toThrowPlanError('UNKNOWN_UNIT');
  });
  it('rejects values that are no unit at all', () => {
    for (const bad of [null, undefined, 9, [], true]) {
      expect(() => toUnit(bad as never)).toThrowPlanError('UNKNOWN_UNIT');
    }
    expect(planError(() => toUnit(9 as never)).message).toBe(
      `unit: expected a unit id (one of ${KNOWN_IDS}) or a unit object { measure, multiplier }, got 9`,
    );
  });
  it('rejects an unknown measure, listing the measures', () => {
    const error = planError(() => toUnit({ measure: 'usd', multiplier: 0 } as never));
    expect(error.code).toBe('UNKNOWN_UNIT');
    expect(error.message).toBe(`unit.measure: expected a measure, one of ${KNOWN_MEASURES}, got 'usd'`);
    expect(planError(() => toUnit({ multiplier: 0 } as never)).message).toBe(
      `unit.measure: expected a measure, one of ${KNOWN_MEASURES}, got undefined`,
    );
  });
  it('rejects a multiplier that is not an integer from -30 to 30', () => {
    for (const bad of [2.5, 31, -31, Number.NaN, Infinity, '9', undefined, 9n]) {
      const error = planError(() => toUnit({ measure: 'yuan', multiplier: bad } as never));
      expect(error.code).toBe('UNKNOWN_UNIT');
    }
    expect(planError(() => toUnit({ measure: 'yuan', multiplier: 2.5 })).message).toBe(
      'unit.multiplier: expected an integer from -30 to 30, got 2.5',
    );
    expect(planError(() => toUnit({ measure: 'yuan', multiplier: '9' } as never)).message).toBe(
      "unit.multiplier: expected an integer from -30 to 30, got '9'",
    );
  });
});

describe('quantity', () => {
  it('pairs an exact value with the registry unit, frozen', () => {
    const q = quantity(240, 'bn-yuan');
    expect(q.value.toString()).toBe('240');
    expect(q.unit).toBe(UNITS['bn-yuan']);
    expect(Object.isFrozen(q)).toBe(true);
    expect(quantity('1.3', 'tce-per-10k-yuan').value.toString()).toBe('1.3');
    expect(quantity(0.1, 'percent').value.toString()).toBe('0.1');
    expect(quantity(10n ** 40n, 'yuan').value.toFixed()).toBe('10000000000000000000000000000000000000000');
  });
  it('keeps all 40 digits of a value (no rounding to 34)', () => {
    const digits = '1234567890123456789012345678901234567890.123';
    expect(quantity(digits, 'bn-yuan').value.toFixed()).toBe(digits);
  });
  it('reads a Decimal of another constructor exactly, and -0 as 0', () => {
    const Other = Decimal.clone({ precision: 3 });
    expect(quantity(new Other('1.23456789'), 'ratio').value.toString()).toBe('1.23456789');
    expect(quantity(-0, 'count').value.isNegative()).toBe(false);
    expect(quantity('-0.000', 'count').value.toString()).toBe('0');
  });
  it('accepts unit objects', () => {
    expect(quantity(5, { measure: 'yuan', multiplier: 9 }).unit).toBe(UNITS['bn-yuan']);
    expect(quantity(5, { measure: 'yuan', multiplier: 6 }).unit).toEqual({ measure: 'yuan', multiplier: 6 });
  });
  it('rejects a bad value with INVALID_DECIMAL and a bad unit with UNKNOWN_UNIT', () => {
    const bad = planError(() => quantity('1,000', 'yuan'));
    expect(bad.code).toBe('INVALID_DECIMAL');
    expect(bad.message).toBe(
      "value: expected a decimal string like '240', '-0.08' or '1.3e2', a finite number, a bigint, or a Decimal, got '1,000'",
    );
    expect(() => quantity(Number.NaN, 'yuan')).toThrowPlanError('INVALID_DECIMAL');
    expect(() => quantity(1, 'CNY' as never)).toThrowPlanError('UNKNOWN_UNIT');
  });
});

describe('isQuantity', () => {
  it('recognises quantities and valid look-alikes', () => {
    expect(isQuantity(quantity(240, 'bn-yuan'))).toBe(true);
    expect(isQuantity({ value: new Decimal(3), unit: { measure: 'tce', multiplier: 4 } })).toBe(true);
  });
  it('rejects everything else', () => {
    expect(isQuantity(null)).toBe(false);
    expect(isQuantity(240)).toBe(false);
    expect(isQuantity({ value: 240, unit: UNITS.yuan })).toBe(false);
    expect(isQuantity({ value: new Decimal(Number.NaN), unit: UNITS.yuan })).toBe(false);
    expect(isQuantity({ value: new Decimal(1), unit: 'yuan' })).toBe(false);
    expect(isQuantity({ value: new Decimal(1), unit: { measure: 'usd', multiplier: 0 } })).toBe(false);
  });
});

describe('convert', () => {
  it('shifts the decimal point exactly: 240 bn = 2400 亿 = 24,000,000 万 = 240,000,000,000 yuan', () => {
    const target = quantity(240, 'bn-yuan');
    expect(convert(target, '100m-yuan').value.toFixed()).toBe('2400');
    expect(convert(target, '10k-yuan').value.toFixed()).toBe('24000000');
    expect(convert(target, 'yuan').value.toFixed()).toBe('240000000000');
    expect(convert(target, '100m-yuan').unit).toBe(UNITS['100m-yuan']);
    expect(convert(quantity('240000000000', 'yuan'), 'bn-yuan').value.toFixed()).toBe('240');
    expect(convert(quantity(1, 'yuan'), 'bn-yuan').value.toFixed()).toBe('0.000000001');
    expect(convert(quantity('1.2', '10k-tce'), 'tce').value.toFixed()).toBe('12000');
  });
  it('converts to a unit object without an id', () => {
    const million = convert(quantity('278.74', 'bn-yuan'), { measure: 'yuan', multiplier: 6 });
    expect(million.value.toFixed()).toBe('278740');
    expect(million.unit).toEqual({ measure: 'yuan', multiplier: 6 });
  });
  it('never rounds to 34 digits (oracle: Python decimal scaleb)', () => {
    const big = quantity('1234567890123456789012345678901234567890.123', 'bn-yuan');
    expect(convert(big, 'yuan').value.toFixed()).toBe('1234567890123456789012345678901234567890123000000');
    expect(convert(big, '100m-yuan').value.toFixed()).toBe('12345678901234567890123456789012345678901.23');
    const other = quantity('9876543210987654321098765432109876543210', 'yuan');
    expect(convert(other, 'bn-yuan').value.toFixed()).toBe('9876543210987654321098765432109.87654321');
  });
  it('returns an equal quantity for the same unit', () => {
    const q = quantity('2.5', 'percent');
    expect(convert(q, 'percent')).toEqual(q);
  });
  it('throws UNIT_MISMATCH naming both units for different measures', () => {
    const error = planError(() => convert(quantity(1, 'tce') as Quantity, 'bn-yuan'));
    expect(error.code).toBe('UNIT_MISMATCH');
    expect(error.message).toBe(
      "convert: cannot convert 'tce' (measure 'tce') to 'bn-yuan' (measure 'yuan'); units convert only within one measure",
    );
    expect(
      planError(() => convert(quantity(1, { measure: 'yuan', multiplier: 6 }) as Quantity, 'tce')).message,
    ).toBe(
      "convert: cannot convert { measure: 'yuan', multiplier: 6 } (measure 'yuan') to 'tce' (measure 'tce'); units convert only within one measure",
    );
  });
  it('does not convert percent to ratio, and says what to use instead', () => {
    expect(planError(() => convert(quantity(25, 'percent') as Quantity, 'ratio')).message).toBe(
      "convert: cannot convert 'percent' (measure 'percent') to 'ratio' (measure 'ratio'); units convert only within one measure; between percent and ratio use toRatio() and fromRatio()",
    );
    expect(planError(() => convert(quantity('0.25', 'ratio') as Quantity, 'percent-per-annum')).message).toBe(
      "convert: cannot convert 'ratio' (measure 'ratio') to 'percent-per-annum' (measure 'percent-per-annum'); units convert only within one measure; between percent and ratio use toRatio() and fromRatio()",
    );
    // percent and percent per annum are different measures too (a share is not a rate).
    expect(() => convert(quantity(8, 'percent') as Quantity, 'percent-per-annum')).toThrowPlanError('UNIT_MISMATCH');
  });
  it('rejects a non-quantity with INVALID_ARGUMENT and a bad unit with UNKNOWN_UNIT', () => {
    const error = planError(() => convert(240 as never, 'yuan'));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toBe("q: expected a quantity { value, unit } such as quantity(240, 'bn-yuan'), got 240");
    expect(planError(() => convert(new Decimal('2.5') as never, 'yuan')).message).toBe(
      "q: expected a quantity { value, unit } such as quantity(240, 'bn-yuan'), got the bare decimal 2.5",
    );
    expect(() => convert(quantity(1, 'yuan'), 'yuan ' as never)).toThrowPlanError('UNKNOWN_UNIT');
  });
  it('accepts a quantity-like object, checking its parts', () => {
    const like = { value: new Decimal('1.5'), unit: { measure: 'yuan' as const, multiplier: 8 } };
    expect(convert(like, 'bn-yuan').value.toFixed()).toBe('0.15');
    const bad = planError(() => convert({ value: 'abc', unit: UNITS.yuan } as never, 'yuan'));
    expect(bad.code).toBe('INVALID_DECIMAL');
    expect(bad.message.startsWith('q.value: expected')).toBe(true);
    const badUnit = planError(() => convert({ value: new Decimal(1), unit: 'yen' } as never, 'yuan'));
    expect(badUnit.code).toBe('UNKNOWN_UNIT');
    expect(badUnit.message.startsWith('q.unit: expected a unit id')).toBe(true);
  });
});

describe('valueIn', () => {
  it('shifts a bare value between units of one measure, never rounded (oracle: Python decimal scaleb)', () => {
    expect(valueIn(dec('240'), UNITS['bn-yuan'], UNITS['100m-yuan'], 'value').toFixed()).toBe('2400');
    expect(valueIn(dec('278.7412345678901234567890123456789012345'), UNITS['bn-yuan'], UNITS['100m-yuan'], 'value').toFixed()).toBe(
      '2787.412345678901234567890123456789012345',
    );
    expect(valueIn(dec('-0.5'), UNITS.yuan, UNITS['100m-yuan'], 'value').toString()).toBe('-5e-9');
    expect(valueIn(dec('7'), UNITS.tce, readUnit({ measure: 'tce', multiplier: -3 }, 'unit'), 'value').toFixed()).toBe('7000');
    const same = dec('1.5');
    expect(valueIn(same, UNITS.percent, UNITS.percent, 'value')).toBe(same);
  });
  it('throws UNIT_MISMATCH naming the argument, both units and what the unit is of', () => {
    const error = planError(() => valueIn(dec('1'), UNITS.tce, UNITS['bn-yuan'], 'observations[3].unit', "indicator 'gdp'"));
    expect(error.code).toBe('UNIT_MISMATCH');
    expect(error.message).toBe(
      "observations[3].unit: 'tce' (measure 'tce') does not fit indicator 'gdp' (measure 'yuan'); only units of one measure convert",
    );
    expect(error.details).toEqual({ argument: 'observations[3].unit', received: 'tce', expected: 'yuan' });
    expect(planError(() => valueIn(dec('1'), UNITS.percent, UNITS.ratio, 'value')).message).toBe(
      "value: 'percent' (measure 'percent') does not fit 'ratio' (measure 'ratio'); only units of one measure convert",
    );
  });
  it('conversionError adds the percent ↔ ratio hint only there', () => {
    expect(conversionError('convert', UNITS.percent, UNITS.ratio).message).toBe(
      "convert: cannot convert 'percent' (measure 'percent') to 'ratio' (measure 'ratio'); units convert only within one measure; between percent and ratio use toRatio() and fromRatio()",
    );
    expect(conversionError('convert', UNITS.tce, UNITS.yuan).details).toEqual({ operation: 'convert', from: 'tce', to: 'yuan' });
  });
});

describe('add, subtract, compare', () => {
  it('adds in the finer unit: 240 bn + 5 亿 = 2405 亿', () => {
    const sum = add(quantity(240, 'bn-yuan'), quantity(5, '100m-yuan'));
    expect(sum.value.toFixed()).toBe('2405');
    expect(sum.unit).toBe(UNITS['100m-yuan']);
    const reversed = add(quantity(5, '100m-yuan'), quantity(240, 'bn-yuan'));
    expect(reversed.value.toFixed()).toBe('2405');
    expect(reversed.unit).toBe(UNITS['100m-yuan']);
  });
  it('subtracts: 240 bn − 1,200 亿 = 1,200 亿 (the gap from the 2015 level to the 2020 target)', () => {
    const gap = subtract(quantity(240, 'bn-yuan'), quantity(1200, '100m-yuan'));
    expect(gap.value.toFixed()).toBe('1200');
    expect(gap.unit).toBe(UNITS['100m-yuan']);
    expect(subtract(quantity('0.5', 'percent'), quantity('0.5', 'percent')).value.toString()).toBe('0');
    expect(subtract(quantity(3, 'rank'), quantity(4, 'rank')).value.toString()).toBe('-1');
  });
  it("keeps a's unit when the multipliers are equal", () => {
    const custom = quantity(1, { measure: 'tce', multiplier: 4 });
    expect(add(custom, quantity(2, '10k-tce')).unit).toBe(UNITS['10k-tce']);
  });
  it('is exact beyond 34 digits (oracle: Python decimal)', () => {
    const x = quantity('1111111111111111111111111111111111111111.1', '100m-yuan');
    const y = quantity('2222222222222222222222222222222222222222.2', '10k-yuan');
    expect(add(x, y).value.toFixed()).toBe('11113333333333333333333333333333333333333222.2');
    expect(subtract(x, y).value.toFixed()).toBe('11108888888888888888888888888888888888888777.8');
    const tiny = quantity('0.0000000000000000000000000000000000001', '10k-yuan');
    const huge = quantity('1234567890123456789012345678901234567890.123', 'bn-yuan');
    expect(add(huge, tiny).value.toFixed()).toBe(
      '123456789012345678901234567890123456789012300.0000000000000000000000000000000000001',
    );
  });
  it('compares across multipliers, exactly', () => {
    expect(compare(quantity(240, 'bn-yuan'), quantity(2400, '100m-yuan'))).toBe(0);
    expect(compare(quantity(1, 'bn-yuan'), quantity(99999, '10k-yuan'))).toBe(1);
    expect(compare(quantity(1, 'bn-yuan'), quantity(100001, '10k-yuan'))).toBe(-1);
    // 1 + 10^-39: equal to 1 at 34 digits, but not equal.
    expect(compare(quantity('1.000000000000000000000000000000000000001', 'ratio'), quantity(1, 'ratio'))).toBe(1);
    expect(compare(quantity(-5, 'percentage-points'), quantity(-4, 'percentage-points'))).toBe(-1);
  });
  it('throws UNIT_MISMATCH naming both measures', () => {
    const a = quantity(1, 'tce') as Quantity;
    const b = quantity(1, 'bn-yuan') as Quantity;
    const tail =
      "a is in 'tce' (measure 'tce') and b is in 'bn-yuan' (measure 'yuan'); only quantities of the same measure can be combined";
    const error = planError(() => add(a, b));
    expect(error.code).toBe('UNIT_MISMATCH');
    expect(error.message).toBe(`add: ${tail}`);
    expect(error.details).toEqual({ operation: 'add', a: 'tce', b: 'yuan' });
    expect(planError(() => subtract(a, b)).message).toBe(`subtract: ${tail}`);
    expect(planError(() => compare(a, b)).message).toBe(`compare: ${tail}`);
    expect(planError(() => add(quantity(8, 'percent') as Quantity, quantity('0.08', 'ratio'))).message).toBe(
      "add: a is in 'percent' (measure 'percent') and b is in 'ratio' (measure 'ratio'); only quantities of the same measure can be combined",
    );
  });
  it('rejects non-quantities, naming the argument', () => {
    expect(planError(() => add(quantity(1, 'yuan'), null as never)).message).toBe(
      "b: expected a quantity { value, unit } such as quantity(240, 'bn-yuan'), got null",
    );
    expect(planError(() => compare([] as never, quantity(1, 'yuan'))).message).toBe(
      "a: expected a quantity { value, unit } such as quantity(240, 'bn-yuan'), got an array of length 0",
    );
  });
  it('never mutates its inputs', () => {
    const unit = { measure: 'yuan' as const, multiplier: 6 };
    const a = { value: new Decimal('1.5'), unit };
    const b = quantity('2.25', 'bn-yuan');
    const before = JSON.stringify([a, b]);
    add(a, b);
    subtract(b, a);
    compare(a, b);
    convert(a, 'yuan');
    convert(b, '10k-yuan');
    expect(JSON.stringify([a, b])).toBe(before);
    expect(a.unit).toBe(unit);
    expect(Object.isFrozen(unit)).toBe(false);
    expect(Object.isFrozen(add(a, b))).toBe(true);
  });
});

describe('toRatio and fromRatio', () => {
  it('divides a percentage by 100, exactly', () => {
    expect(toRatio(quantity(8, 'percent-per-annum')).toString()).toBe('0.08');
    expect(toRatio(quantity(25, 'percent')).toString()).toBe('0.25');
    expect(toRatio(quantity('-37.5', 'percent')).toString()).toBe('-0.375');
    expect(toRatio(quantity('3.5', 'percentage-points')).toString()).toBe('0.035');
    expect(toRatio(quantity('0.0000012345678901234567890123456789012345678', 'percent')).toFixed()).toBe(
      '0.000000012345678901234567890123456789012345678',
    );
    // A percent unit with a multiplier: 2.5 × 10 % = 25 % = 0.25.
    expect(toRatio(quantity('2.5', { measure: 'percent', multiplier: 1 })).toString()).toBe('0.25');
  });
  it('multiplies a ratio by 100 into a percentage quantity', () => {
    const rate = fromRatio('0.08', 'percent-per-annum');
    expect(rate.value.toString()).toBe('8');
    expect(rate.unit).toBe(UNITS['percent-per-annum']);
    expect(fromRatio('0.149', 'percent').value.toString()).toBe('14.9');
    expect(fromRatio('-0.0492', 'percent').value.toString()).toBe('-4.92');
    expect(fromRatio('0.25', { measure: 'percent', multiplier: 1 }).value.toString()).toBe('2.5');
  });
  it('refuses other measures with UNIT_MISMATCH', () => {
    const error = planError(() => toRatio(quantity(1, 'bn-yuan') as never));
    expect(error.code).toBe('UNIT_MISMATCH');
    expect(error.message).toBe(
      "toRatio: q must be in a percentage measure (one of 'percent', 'percent-per-annum', 'percentage-points'), got 'bn-yuan' (measure 'yuan')",
    );
    expect(planError(() => fromRatio('0.5', 'ratio' as never)).message).toBe(
      "fromRatio: unit must be in a percentage measure (one of 'percent', 'percent-per-annum', 'percentage-points'), got 'ratio' (measure 'ratio')",
    );
    expect(() => fromRatio('x', 'percent')).toThrowPlanError('INVALID_DECIMAL');
    expect(() => fromRatio('1', 'pct' as never)).toThrowPlanError('UNKNOWN_UNIT');
  });
});

// ---------------------------------------------------------------------------------------
// Properties. The oracle is integer arithmetic with bigint: a value is mantissa × 10^-scale
// in its unit, so mantissa × 10^(multiplier − scale) yuan; both sides are brought to a
// common exponent and compared or added as integers.

const YUAN_IDS = ['yuan', '10k-yuan', '100m-yuan', 'bn-yuan'] as const;

interface Sample {
  readonly mantissa: bigint;
  readonly scale: number;
  readonly id: (typeof YUAN_IDS)[number];
}

const sample: fc.Arbitrary<Sample> = fc.record({
  mantissa: fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }),
  scale: fc.integer({ min: 0, max: 20 }),
  id: fc.constantFrom(...YUAN_IDS),
});

/** The decimal string of mantissa × 10^-scale, written by hand from the bigint. */
function decimalString({ mantissa, scale }: Sample): string {
  const negative = mantissa < 0n;
  const digits = (negative ? -mantissa : mantissa).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return `${negative ? '-' : ''}${body}`;
}

const toQuantity = (s: Sample): Quantity<'yuan'> => quantity(decimalString(s), s.id);

/** The value as an integer number of 10^-40 yuan (exact: every sample has at most 20 places). */
const inUnitsOf1e40 = (s: Sample): bigint => s.mantissa * 10n ** BigInt(UNITS[s.id].multiplier - s.scale + 40);

/** A Quantity's value as an integer number of 10^-40 yuan, read through its plain string. */
function quantityIn1e40(q: Quantity): bigint {
  const [int = '0', frac = ''] = q.value.toFixed().replace('-', '').split('.');
  const exponent = 40 + q.unit.multiplier - frac.length; // ≥ 20 for every sample here
  const magnitude = BigInt(int + frac) * 10n ** BigInt(exponent);
  return q.value.isNegative() ? -magnitude : magnitude;
}

describe('properties', () => {
  it('the oracle reads quantities back as they were built', () => {
    fc.assert(fc.property(sample, (s) => quantityIn1e40(toQuantity(s)) === inUnitsOf1e40(s)));
  }, 60_000);
  it('convert round trip is the identity', () => {
    fc.assert(
      fc.property(sample, fc.constantFrom<UnitId>(...YUAN_IDS), (s, to) => {
        const q = toQuantity(s);
        const back = convert(convert(q, to as (typeof YUAN_IDS)[number]), s.id);
        return back.value.eq(q.value) && back.unit === q.unit && quantityIn1e40(convert(q, to as never)) === inUnitsOf1e40(s);
      }),
    );
  }, 60_000);
  it('add agrees with integer addition, and subtract undoes add', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const qa = toQuantity(a);
        const qb = toQuantity(b);
        const sum = add(qa, qb);
        if (quantityIn1e40(sum) !== inUnitsOf1e40(a) + inUnitsOf1e40(b)) return false;
        if (quantityIn1e40(subtract(qa, qb)) !== inUnitsOf1e40(a) - inUnitsOf1e40(b)) return false;
        return compare(subtract(sum, qb), qa) === 0;
      }),
    );
  }, 60_000);
  it('add is commutative', () => {
    fc.assert(fc.property(sample, sample, (a, b) => compare(add(toQuantity(a), toQuantity(b)), add(toQuantity(b), toQuantity(a))) === 0));
  }, 60_000);
  it('compare agrees with integer comparison and is antisymmetric', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const qa = toQuantity(a);
        const qb = toQuantity(b);
        const x = inUnitsOf1e40(a);
        const y = inUnitsOf1e40(b);
        const expected = x < y ? -1 : x > y ? 1 : 0;
        return compare(qa, qb) === expected && compare(qb, qa) === -expected && compare(qa, qa) === 0;
      }),
    );
  }, 60_000);
  it('compare is consistent with convert', () => {
    fc.assert(
      fc.property(sample, sample, fc.constantFrom(...YUAN_IDS), (a, b, to) => {
        const qa = toQuantity(a);
        const qb = toQuantity(b);
        return compare(qa, qb) === compare(convert(qa, to), convert(qb, to));
      }),
    );
  }, 60_000);
  it('toRatio and fromRatio are inverse', () => {
    fc.assert(
      fc.property(sample, fc.constantFrom('percent', 'percent-per-annum', 'percentage-points') as fc.Arbitrary<
        'percent' | 'percent-per-annum' | 'percentage-points'
      >, (s, id) => {
        const q = quantity(decimalString(s), id);
        const ratio = toRatio(q);
        const hundredth = new Decimal(decimalString({ ...s, scale: s.scale + 2 }));
        return ratio.eq(hundredth) && fromRatio(ratio, id).value.eq(q.value);
      }),
    );
  }, 60_000);
});

// Types used above, to keep the imports honest.
export type _Used = [Measure, Unit];
