import { describe, expectTypeOf, it } from 'vitest';
import { formatQuantity } from '../src/format/quantity.js';
import {
  add,
  compare,
  convert,
  fromRatio,
  quantity,
  subtract,
  toRatio,
  toUnit,
  type Measure,
  type MeasureOf,
  type Quantity,
  type Unit,
  type UnitIdOf,
} from '../src/units/index.js';
import type { Decimal } from '../src/decimal.js';

declare function spendYuan(q: Quantity<'yuan'>): void;

describe('the measure is part of the type', () => {
  it('is inferred from the unit id through UNITS', () => {
    expectTypeOf(quantity(240, 'bn-yuan')).toEqualTypeOf<Quantity<'yuan'>>();
    expectTypeOf(quantity('1.3', 'tce-per-10k-yuan')).toEqualTypeOf<Quantity<'tce-per-10k-yuan'>>();
    expectTypeOf(quantity(8, 'percent-per-annum')).toEqualTypeOf<Quantity<'percent-per-annum'>>();
    expectTypeOf(quantity(1, '10k-tce')).toEqualTypeOf<Quantity<'tce'>>();
    expectTypeOf<MeasureOf<'100m-yuan'>>().toEqualTypeOf<'yuan'>();
    expectTypeOf<UnitIdOf<'tce'>>().toEqualTypeOf<'tce' | '10k-tce'>();
  });

  it('is inferred from a unit object', () => {
    expectTypeOf(quantity(1, { measure: 'tce', multiplier: 4 })).toEqualTypeOf<Quantity<'tce'>>();
    expectTypeOf(toUnit('bn-yuan')).toEqualTypeOf<Unit<'yuan'>>();
  });

  it('a Quantity of tce cannot be passed where yuan is expected', () => {
    spendYuan(quantity(240, 'bn-yuan'));
    // @ts-expect-error tce is not yuan
    spendYuan(quantity(1, 'tce'));
    // @ts-expect-error percent is not yuan
    spendYuan(quantity(25, 'percent'));
    expectTypeOf(quantity(1, 'tce')).not.toExtend<Quantity<'yuan'>>();
    // Any quantity fits where any measure is allowed.
    expectTypeOf(quantity(1, 'tce')).toExtend<Quantity>();
  });

  it('add, subtract and compare take one measure', () => {
    const bn = quantity(240, 'bn-yuan');
    const yi = quantity(1200, '100m-yuan');
    const tce = quantity(1, 'tce');
    expectTypeOf(add(bn, yi)).toEqualTypeOf<Quantity<'yuan'>>();
    expectTypeOf(subtract(bn, yi)).toEqualTypeOf<Quantity<'yuan'>>();
    expectTypeOf(compare(bn, yi)).toEqualTypeOf<-1 | 0 | 1>();
    // @ts-expect-error yuan + tce
    add(bn, tce);
    // @ts-expect-error yuan − tce
    subtract(bn, tce);
    // @ts-expect-error yuan vs tce
    compare(bn, tce);
    // @ts-expect-error percent + ratio
    add(quantity(8, 'percent'), quantity('0.08', 'ratio'));
  });

  it('convert accepts only units of the same measure', () => {
    expectTypeOf(convert(quantity(240, 'bn-yuan'), '100m-yuan')).toEqualTypeOf<Quantity<'yuan'>>();
    expectTypeOf(convert(quantity(240, 'bn-yuan'), { measure: 'yuan', multiplier: 6 })).toEqualTypeOf<
      Quantity<'yuan'>
    >();
    // @ts-expect-error yuan cannot become tce
    convert(quantity(240, 'bn-yuan'), 'tce');
    // @ts-expect-error percent does not convert to ratio
    convert(quantity(25, 'percent'), 'ratio');
    // @ts-expect-error not a unit id
    convert(quantity(240, 'bn-yuan'), 'billion');
    const any: Quantity<Measure> = quantity(1, 'tce');
    expectTypeOf(convert(any, 'yuan')).toEqualTypeOf<Quantity<Measure>>();
  });

  it('toRatio and fromRatio take percentages only', () => {
    expectTypeOf(toRatio(quantity(8, 'percent-per-annum'))).toEqualTypeOf<Decimal>();
    expectTypeOf(fromRatio('0.08', 'percent-per-annum')).toEqualTypeOf<Quantity<'percent-per-annum'>>();
    // @ts-expect-error a ratio is not a percentage
    toRatio(quantity('0.25', 'ratio'));
    // @ts-expect-error yuan is not a percentage
    fromRatio('0.25', 'yuan');
  });

  it('formatQuantity offers display units of the same measure', () => {
    expectTypeOf(formatQuantity(quantity(240, 'bn-yuan'), { unit: '100m-yuan', locale: 'zh-CN' })).toEqualTypeOf<string>();
    // @ts-expect-error tce is not a unit of yuan
    formatQuantity(quantity(240, 'bn-yuan'), { unit: 'tce' });
    // @ts-expect-error no such locale
    formatQuantity(quantity(240, 'bn-yuan'), { locale: 'fr' });
  });

  it('quantities are read-only', () => {
    const q = quantity(240, 'bn-yuan');
    // @ts-expect-error readonly
    q.value = q.value;
    // @ts-expect-error readonly
    q.unit = q.unit;
  });
});
