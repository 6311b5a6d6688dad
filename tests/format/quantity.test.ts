import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../src/format/quantity.js';
import { quantity, type Quantity, type UnitId } from '../../src/units/index.js';
import { planError } from '../_lib/errors.js';

const en = (q: Quantity, options: { places?: number; unit?: UnitId } = {}): string => formatQuantity(q, options);
const zh = (q: Quantity, options: { places?: number; unit?: UnitId } = {}): string =>
  formatQuantity(q, { ...options, locale: 'zh-CN' });

describe('formatQuantity: money', () => {
  it('writes the plan target as 240 billion yuan / 2,400 亿元', () => {
    expect(formatQuantity(quantity(240, 'bn-yuan'))).toBe('240 billion yuan');
    expect(formatQuantity(quantity(240, 'bn-yuan'), { locale: 'en' })).toBe('240 billion yuan');
    expect(formatQuantity(quantity(240, 'bn-yuan'), { locale: 'zh-CN' })).toBe('2,400 亿元');
    expect(en(quantity(2400, '100m-yuan'))).toBe('240 billion yuan');
    expect(zh(quantity(240000000000n, 'yuan'))).toBe('2,400 亿元');
  });
  it('writes report and bulletin figures', () => {
    expect(en(quantity('115.7', 'bn-yuan'))).toBe('115.7 billion yuan');
    expect(zh(quantity('115.7', 'bn-yuan'))).toBe('1,157 亿元');
    expect(zh(quantity('278.74', 'bn-yuan'))).toBe('2,787.4 亿元');
    expect(en(quantity(15, 'bn-yuan'))).toBe('15 billion yuan');
    expect(zh(quantity(15, 'bn-yuan'))).toBe('150 亿元');
    expect(en(quantity(20000000, 'yuan'))).toBe('20 million yuan');
    expect(zh(quantity(20000000, 'yuan'))).toBe('2,000 万元');
    expect(en(quantity('0.5', 'bn-yuan'))).toBe('500 million yuan');
    expect(zh(quantity('0.5', 'bn-yuan'))).toBe('5 亿元');
  });
  it('picks the largest unit the value reaches', () => {
    expect(en(quantity(999999, 'yuan'))).toBe('999,999 yuan');
    expect(en(quantity(1000000, 'yuan'))).toBe('1 million yuan');
    expect(en(quantity(999999999, 'yuan'))).toBe('999.999999 million yuan');
    expect(en(quantity(1000000000, 'yuan'))).toBe('1 billion yuan');
    expect(zh(quantity(9999, 'yuan'))).toBe('9,999 元');
    expect(zh(quantity(10000, 'yuan'))).toBe('1 万元');
    expect(zh(quantity(99999999, 'yuan'))).toBe('9,999.9999 万元');
    expect(zh(quantity(100000000, 'yuan'))).toBe('1 亿元');
    expect(en(quantity('0.5', 'yuan'))).toBe('0.5 yuan');
    expect(zh(quantity('0.5', 'yuan'))).toBe('0.5 元');
    expect(en(quantity(13000, 'bn-yuan'))).toBe('13,000 billion yuan');
    expect(zh(quantity(13000, 'bn-yuan'))).toBe('130,000 亿元');
    expect(en(quantity(278740, { measure: 'yuan', multiplier: 6 }))).toBe('278.74 billion yuan');
  });
  it('writes negatives and zero', () => {
    expect(en(quantity(-5, 'bn-yuan'))).toBe('-5 billion yuan');
    expect(zh(quantity(-5, 'bn-yuan'))).toBe('-50 亿元');
    expect(en(quantity('-0.002', 'bn-yuan'))).toBe('-2 million yuan');
    // Zero keeps the largest display unit not above its own.
    expect(en(quantity(0, 'bn-yuan'))).toBe('0 billion yuan');
    expect(zh(quantity(0, 'bn-yuan'))).toBe('0 亿元');
    expect(en(quantity(0, '10k-yuan'))).toBe('0 yuan');
    expect(zh(quantity(0, '10k-yuan'))).toBe('0 万元');
    expect(zh(quantity(0, { measure: 'yuan', multiplier: -2 }))).toBe('0 元');
  });
  it('keeps every digit without places', () => {
    expect(en(quantity('1234567890123456789012345678901234567890.123', 'yuan'))).toBe(
      '1,234,567,890,123,456,789,012,345,678,901.234567890123 billion yuan',
    );
  });
  it('rounds half-up after choosing the unit when places are given', () => {
    expect(en(quantity('115.7', 'bn-yuan'), { places: 0 })).toBe('116 billion yuan');
    expect(zh(quantity('115.7', 'bn-yuan'), { places: 0 })).toBe('1,157 亿元');
    expect(en(quantity('176.3193', 'bn-yuan'), { places: 1 })).toBe('176.3 billion yuan');
    expect(zh(quantity('176.3193', 'bn-yuan'), { places: 1 })).toBe('1,763.2 亿元');
    expect(en(quantity(240, 'bn-yuan'), { places: 2 })).toBe('240.00 billion yuan');
    expect(formatQuantity(quantity('0.125', 'ratio'), { places: 2, rounding: 'half-even' })).toBe('0.12');
    expect(formatQuantity(quantity('0.125', 'ratio'), { places: 2 })).toBe('0.13');
  });
  it('shows the value in a chosen unit', () => {
    const target = quantity(240, 'bn-yuan');
    expect(en(target, { unit: '100m-yuan' })).toBe('2,400 hundred million yuan');
    expect(zh(target, { unit: '100m-yuan' })).toBe('2,400 亿元');
    expect(en(target, { unit: '10k-yuan' })).toBe('24,000,000 ten thousand yuan');
    expect(zh(target, { unit: '10k-yuan' })).toBe('24,000,000 万元');
    expect(en(target, { unit: 'yuan' })).toBe('240,000,000,000 yuan');
    expect(zh(target, { unit: 'bn-yuan' })).toBe('240 十亿元');
    expect(formatQuantity(target, { unit: 'auto', locale: 'zh-CN' })).toBe('2,400 亿元');
    expect(formatQuantity(target, { unit: 'bn-yuan', places: 1 })).toBe('240.0 billion yuan');
  });
  it('leaves out the grouping when asked', () => {
    expect(formatQuantity(quantity(240, 'bn-yuan'), { locale: 'zh-CN', grouping: false })).toBe('2400 亿元');
  });
});

describe('formatQuantity: energy', () => {
  it('writes energy use in tce', () => {
    expect(en(quantity(1200000, 'tce'))).toBe('1.2 million tce');
    expect(zh(quantity(1200000, 'tce'))).toBe('120 万吨标准煤');
    expect(en(quantity(120, '10k-tce'))).toBe('1.2 million tce');
    expect(en(quantity(5000, 'tce'))).toBe('5,000 tce');
    expect(zh(quantity(5000, 'tce'))).toBe('5,000 吨标准煤');
    expect(en(quantity(1200000, 'tce'), { unit: '10k-tce' })).toBe('120 ten thousand tce');
    expect(zh(quantity(120, '10k-tce'), { unit: 'tce' })).toBe('1,200,000 吨标准煤');
  });
  it('writes energy intensity as 1.3 tce per 10,000 yuan / 1.3 吨标准煤/万元', () => {
    expect(formatQuantity(quantity('1.3', 'tce-per-10k-yuan'))).toBe('1.3 tce per 10,000 yuan');
    expect(formatQuantity(quantity('1.3', 'tce-per-10k-yuan'), { locale: 'zh-CN' })).toBe('1.3 吨标准煤/万元');
    expect(en(quantity('1.3', 'tce-per-10k-yuan'), { places: 2 })).toBe('1.30 tce per 10,000 yuan');
  });
});

describe('formatQuantity: percentages, counts, ranks, ratios', () => {
  it('writes percent as 25%', () => {
    expect(en(quantity(25, 'percent'))).toBe('25%');
    expect(zh(quantity(25, 'percent'))).toBe('25%');
    expect(en(quantity('-37.5', 'percent'))).toBe('-37.5%');
    expect(en(quantity('2.5', { measure: 'percent', multiplier: 1 }))).toBe('25%');
  });
  it('writes percent a year as 8% a year / 年均8%', () => {
    expect(en(quantity(8, 'percent-per-annum'))).toBe('8% a year');
    expect(zh(quantity(8, 'percent-per-annum'))).toBe('年均8%');
    expect(en(quantity('-4.92', 'percent-per-annum'))).toBe('-4.92% a year');
    expect(zh(quantity('-4.92', 'percent-per-annum'))).toBe('年均-4.92%');
    expect(en(quantity('14.8698', 'percent-per-annum'), { places: 1 })).toBe('14.9% a year');
  });
  it('writes percentage points', () => {
    expect(en(quantity('3.5', 'percentage-points'))).toBe('3.5 percentage points');
    expect(zh(quantity('3.5', 'percentage-points'))).toBe('3.5个百分点');
    expect(en(quantity(1, 'percentage-points'))).toBe('1 percentage point');
    expect(en(quantity(-1, 'percentage-points'))).toBe('-1 percentage point');
    expect(en(quantity(1, 'percentage-points'), { places: 1 })).toBe('1.0 percentage points');
    expect(en(quantity(0, 'percentage-points'))).toBe('0 percentage points');
  });
  it('writes counts and ratios as bare numbers', () => {
    expect(en(quantity(120, 'count'))).toBe('120');
    expect(zh(quantity(1200, 'count'))).toBe('1,200');
    expect(en(quantity('0.25', 'ratio'))).toBe('0.25');
    expect(zh(quantity('1234.5', 'ratio'))).toBe('1,234.5');
  });
  it('writes ranks as English ordinals and 第…位', () => {
    const ordinals: [number, string][] = [
      [1, '1st'],
      [2, '2nd'],
      [3, '3rd'],
      [4, '4th'],
      [10, '10th'],
      [11, '11th'],
      [12, '12th'],
      [13, '13th'],
      [21, '21st'],
      [22, '22nd'],
      [23, '23rd'],
      [52, '52nd'],
      [101, '101st'],
      [111, '111th'],
      [112, '112th'],
      [1001, '1,001st'],
      [0, '0th'],
    ];
    for (const [rank, written] of ordinals) expect(en(quantity(rank, 'rank'))).toBe(written);
    expect(zh(quantity(4, 'rank'))).toBe('第4位');
    expect(en(quantity('2.5', 'rank'))).toBe('rank 2.5');
    expect(zh(quantity('2.5', 'rank'))).toBe('第2.5位');
    expect(en(quantity(4, 'rank'), { places: 1 })).toBe('rank 4.0');
  });
});

describe('formatQuantity: bad input', () => {
  it('rejects a display unit of another measure with UNIT_MISMATCH', () => {
    const error = planError(() => formatQuantity(quantity(240, 'bn-yuan') as Quantity, { unit: 'tce' }));
    expect(error.code).toBe('UNIT_MISMATCH');
    expect(error.message).toBe(
      "formatQuantity: cannot convert 'bn-yuan' (measure 'yuan') to 'tce' (measure 'tce'); units convert only within one measure",
    );
    expect(planError(() => formatQuantity(quantity(25, 'percent') as Quantity, { unit: 'ratio' })).message).toBe(
      "formatQuantity: cannot convert 'percent' (measure 'percent') to 'ratio' (measure 'ratio'); units convert only within one measure; between percent and ratio use toRatio() and fromRatio()",
    );
  });
  it('rejects an unknown display unit with UNKNOWN_UNIT', () => {
    const error = planError(() => formatQuantity(quantity(240, 'bn-yuan'), { unit: 'billion' as never }));
    expect(error.code).toBe('UNKNOWN_UNIT');
    expect(error.message).toBe(
      "unit: expected 'auto' or a unit id (one of 'yuan', '10k-yuan', '100m-yuan', 'bn-yuan', 'tce', '10k-tce', 'tce-per-10k-yuan', 'percent', 'percent-per-annum', 'percentage-points', 'count', 'rank', 'ratio', 'yuan-per-person', '10k-yuan-per-person', 'count-per-10k-people', 'years', 'mu', '10k-mu', '100m-mu', 'cubic-metre', '100m-cubic-metres', 'cubic-metre-per-10k-yuan', 'tonne', '10k-tonnes', 'tonne-per-10k-yuan', 'microgram-per-cubic-metre'), got 'billion'",
    );
    expect(
      planError(() => formatQuantity(quantity(240, 'bn-yuan'), { unit: { measure: 'yuan', multiplier: 6 } as never })).code,
    ).toBe('UNKNOWN_UNIT');
    expect(planError(() => formatQuantity(quantity(240, 'bn-yuan'), { unit: 'constructor' as never })).code).toBe(
      'UNKNOWN_UNIT',
    );
  });
  it('rejects non-quantities and bad options', () => {
    const error = planError(() => formatQuantity(240 as never));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toBe("q: expected a quantity { value, unit } such as quantity(240, 'bn-yuan'), got 240");
    expect(planError(() => formatQuantity(quantity(1, 'yuan'), { locale: 'zh' as never })).message).toBe(
      "locale: expected one of 'en', 'zh-CN', got 'zh'",
    );
    expect(planError(() => formatQuantity(quantity(1, 'yuan'), 'zh-CN' as never)).message).toBe(
      "options: expected an options object or undefined, got 'zh-CN'",
    );
  });
  it('refuses a value beyond the bounds, and a display unit that would take it beyond them', () => {
    const huge = { value: new Decimal('1e99999'), unit: { measure: 'ratio' as const, multiplier: 30 } };
    expect(planError(() => formatQuantity(huge)).code).toBe('INVALID_DECIMAL');
    // Within the bounds in its own unit, beyond them in yuan (10^10000 billion yuan).
    const edge = quantity('9.99e10000', 'bn-yuan');
    expect(formatQuantity(edge, { unit: 'bn-yuan', grouping: false })).toBe(`999${'0'.repeat(9998)} billion yuan`);
    const error = planError(() => formatQuantity(edge, { unit: 'yuan' }));
    expect(error.code).toBe('DOMAIN');
    expect(error.message).toBe("q.value: × 10^9 is outside the range of the library's decimals (exponents from -10000 to 10000)");
  });
  it('changes neither the quantity nor the options', () => {
    const q = { value: new Decimal('2.5'), unit: { measure: 'yuan' as const, multiplier: 9 } };
    const options = { locale: 'zh-CN' as const, places: 1 };
    expect(formatQuantity(q, options)).toBe('25.0 亿元');
    expect(q.value.toString()).toBe('2.5');
    expect(q.unit).toEqual({ measure: 'yuan', multiplier: 9 });
    expect(options).toEqual({ locale: 'zh-CN', places: 1 });
  });
});

// Properties with an independent reading: parse the written number back (drop the commas,
// scale by the display unit's power of ten) and compare with the value, exactly.
describe('formatQuantity properties', () => {
  const EN_WORDS: Record<string, number> = { 'billion yuan': 9, 'million yuan': 6, yuan: 0 };
  const ZH_WORDS: Record<string, number> = { 亿元: 8, 万元: 4, 元: 0 };
  const money = fc
    .record({
      mantissa: fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }),
      scale: fc.integer({ min: 0, max: 12 }),
      id: fc.constantFrom('yuan', '10k-yuan', '100m-yuan', 'bn-yuan') as fc.Arbitrary<UnitId>,
    })
    .map(({ mantissa, scale, id }) => quantity(new Decimal(`${mantissa}e-${scale}`), id as 'yuan'));

  const Exact = Decimal.clone({ precision: 1e9 });

  function readBack(written: string, words: Record<string, number>): { value: Decimal; power: number } {
    const space = written.indexOf(' ');
    const power = words[written.slice(space + 1)];
    if (power === undefined) throw new Error(`unexpected unit word in ${written}`);
    return { value: new Decimal(written.slice(0, space).replaceAll(',', '')), power };
  }

  it('writes the exact value (en and zh-CN)', () => {
    fc.assert(
      fc.property(money, (q) => {
        for (const [locale, words] of [
          ['en', EN_WORDS],
          ['zh-CN', ZH_WORDS],
        ] as const) {
          const { value, power } = readBack(formatQuantity(q, { locale }), words);
          const written = new Exact(value).times(new Exact(10).pow(power));
          if (!written.eq(new Exact(q.value).times(new Exact(10).pow(q.unit.multiplier)))) return false;
          // Natural size: below one of the next larger unit (1,000 million, 10,000 万) and at
          // least 1 unless the unit is the smallest.
          const magnitude = value.abs();
          const next = Object.values(words)
            .filter((p) => p > power)
            .sort((a, b) => a - b)[0];
          if (!q.value.isZero() && next !== undefined && magnitude.gte(new Decimal(10).pow(next - power))) return false;
          if (!q.value.isZero() && power !== 0 && magnitude.lt(1)) return false;
        }
        return true;
      }),
    );
  }, 60_000);
});
