/**
 * What the formulas say when an input is wrong: the code, the argument named in `details`,
 * and the exact message text (pinned here, as dinero.js pins its messages).
 */
import { describe, expect, it } from 'vitest';
import * as calc from '../../src/calc/index.js';
import { planError as caught } from '../_lib/errors.js';

describe('domain messages name the argument and say what is allowed', () => {
  it.each([
    ['growthRate(0, 240)', () => calc.growthRate(0, 240), 'from', 'from: must be greater than 0 for a growth rate, got 0'],
    ['cagr(-120, 240, 5)', () => calc.cagr('-120', '240', 5), 'from', 'from: must be greater than 0 for a growth rate, got -120'],
    [
      'cagr(120, -240, 5)',
      () => calc.cagr('120', '-240', 5),
      'to',
      'to: must not be negative for an annual average growth rate (no real root of a negative ratio), got -240',
    ],
    ['cagr(120, 240, 0)', () => calc.cagr('120', '240', 0), 'years', 'years: must be greater than 0 for an annual average growth rate, got 0'],
    ['requiredGrowth(0, 240, 5)', () => calc.requiredGrowth(0, 240, 5), 'current', 'current: must be greater than 0 for a growth rate, got 0'],
    ['compound(120, -1, 5)', () => calc.compound('120', '-1', 5), 'rate', 'rate: a growth rate must be greater than -1 for compounding, got -1'],
    ['compound(120, 0.08, -1)', () => calc.compound('120', '0.08', -1), 'years', 'years: must not be negative for compounding, got -1'],
    ['impliedBase(240, -1.5, 5)', () => calc.impliedBase('240', '-1.5', 5), 'rate', 'rate: a growth rate must be greater than -1 for discounting, got -1.5'],
    ['yearsToReach(120, 240, 0)', () => calc.yearsToReach('120', '240', 0), 'rate', 'rate: is 0, so 240 is never reached from 120'],
    [
      'yearsToReach(120, 240, -0.05)',
      () => calc.yearsToReach('120', '240', '-0.05'),
      'rate',
      'rate: is -0.05, so 240 is never reached from 120: a fall moves away from a higher target',
    ],
    [
      'yearsToReach(121, 100, 0.1)',
      () => calc.yearsToReach('121', '100', '0.1'),
      'rate',
      'rate: is 0.1, so 100 is never reached from 121: a rise moves away from a lower target',
    ],
    ['yearsToReach(120, 0, 0.08)', () => calc.yearsToReach('120', '0', '0.08'), 'target', 'target: must be greater than 0 for a logarithm of target / current, got 0'],
    ['share(5, 0)', () => calc.share('5', '0.00'), 'whole', 'whole: must not be 0 for a share'],
    ['intensity(2, 0)', () => calc.intensity('2', 0), 'denominator', 'denominator: must not be 0 for an intensity'],
    [
      'intensityChange(0.02, -1)',
      () => calc.intensityChange('0.02', '-1'),
      'denominatorGrowth',
      'denominatorGrowth: a growth rate must be greater than -1 for an intensity change, got -1',
    ],
    ['realGrowth(0.1, -2)', () => calc.realGrowth('0.1', '-2'), 'inflation', 'inflation: a growth rate must be greater than -1 for a real growth rate, got -2'],
    ['chainGrowth([0.1, -1.5])', () => calc.chainGrowth(['0.1', '-1.5']), 'rates[1]', 'rates[1]: a growth rate must be at least -1 (a fall of 100 %), got -1.5'],
    ['averageGrowth([])', () => calc.averageGrowth([]), 'rates', 'rates: must not be empty for an average growth rate'],
    ['deflate(110, 0)', () => calc.deflate('110', '0'), 'priceIndex', 'priceIndex: must be greater than 0 for deflating, got 0'],
    ['deflate(110, 100, -100)', () => calc.deflate('110', '100', '-100'), 'base', 'base: must be greater than 0 for a price index base, got -100'],
    [
      'timeProgress(2018, 2015, 2015)',
      () => calc.timeProgress(2018, 2015, 2015),
      'targetYear',
      'baseYear and targetYear: must differ for time progress, both are 2015',
    ],
    ['taskProgress(120, 180, 1.2e2)', () => calc.taskProgress('120', '180', '1.2e2'), 'target', 'base and target: must differ for task progress, both are 120'],
  ] as const)('%s', (_label, fn, argument, message) => {
    const error = caught(fn);
    expect(error.code).toBe('DOMAIN');
    expect(error.details.argument).toBe(argument);
    expect(error.message).toBe(message);
  });
});

describe('wrong types are INVALID_ARGUMENT or INVALID_DECIMAL, never a TypeError or NaN', () => {
  it.each([
    ['cagr years NaN', () => calc.cagr('1', '2', Number.NaN), 'years', 'years: expected a finite number, got NaN'],
    ['cagr years Infinity', () => calc.cagr('1', '2', Infinity), 'years', 'years: expected a finite number, got Infinity'],
    ["compound years '5'", () => calc.compound('1', '0.1', '5' as never), 'years', "years: expected a finite number, got '5'"],
    ['impliedBase years 5n', () => calc.impliedBase('1', '0.1', 5n as never), 'years', 'years: expected a finite number, got 5n'],
    ['timeProgress asOfYear null', () => calc.timeProgress(null as never, 2015, 2020), 'asOfYear', 'asOfYear: expected a finite number, got null'],
    ["chainGrowth('0.1')", () => calc.chainGrowth('0.1' as never), 'rates', "rates: expected an array, got '0.1'"],
    ['averageGrowth(undefined)', () => calc.averageGrowth(undefined as never), 'rates', 'rates: expected an array, got undefined'],
  ] as const)('%s', (_label, fn, argument, message) => {
    const error = caught(fn);
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.details.argument).toBe(argument);
    expect(error.message).toBe(message);
  });

  it.each([
    ['growthRate', () => calc.growthRate('1,000', '2'), 'from'],
    ['cagr', () => calc.cagr('1', 'NaN', 5), 'to'],
    ['chainGrowth element', () => calc.chainGrowth(['0.1', 'x', '0.2']), 'rates[1]'],
    ['averageGrowth hole', () => calc.averageGrowth([, '0.1'] as never), 'rates[0]'],
    ['deflate base', () => calc.deflate('1', '100', {} as never), 'base'],
    ['taskProgress', () => calc.taskProgress('1', '', '2'), 'current'],
  ] as const)('%s', (_label, fn, argument) => {
    const error = caught(fn);
    expect(error.code).toBe('INVALID_DECIMAL');
    expect(error.details.argument).toBe(argument);
    expect(error.message.startsWith(`${argument}: expected a decimal string`)).toBe(true);
  });
});

describe('results beyond the bounds of the library (exponents ±10,000) are errors, not ∞ or 0', () => {
  it.each([
    ['compound(1, 99, 10000): 10^20000', () => calc.compound('1', '99', 10_000), 'compound'],
    ['compound(1, -0.99, 10000): underflow, 10^-20000', () => calc.compound('1', '-0.99', 10_000), 'compound'],
    ['impliedBase(1, 99, 10000): underflow', () => calc.impliedBase('1', '99', 10_000), 'impliedBase'],
    ['cagr(1, 2, 5e-324)', () => calc.cagr('1', '2', 5e-324), 'cagr'],
    ['cagr(1, 1e10000, 0.5): 10^20000', () => calc.cagr('1', '1e10000', 0.5), 'cagr'],
    ['growthRate(1e-10000, 9e10000)', () => calc.growthRate('1e-10000', '9e10000'), 'growthRate'],
    ['share(1e10000, 1e-10000)', () => calc.share('1e10000', '1e-10000'), 'share'],
    ['share(1e-10000, 1e10000): underflow', () => calc.share('1e-10000', '1e10000'), 'share'],
    ['percentagePointChange(1e-10000, 1.0000000001e-10000): underflow', () => calc.percentagePointChange('1e-10000', '1.0000000001e-10000'), 'percentagePointChange'],
    ['chainGrowth(1e5000 × 3)', () => calc.chainGrowth(['1e5000', '1e5000', '1e5000']), 'chainGrowth'],
    ['yearsToReach(1, 1e10000, 1e-10000)', () => calc.yearsToReach('1', '1e10000', '1e-10000'), 'yearsToReach'],
  ] as const)('%s', (_label, fn, formula) => {
    const error = caught(fn);
    expect(error.code).toBe('DOMAIN');
    expect(error.details.formula).toBe(formula);
    expect(error.message).toBe(`${formula}: the result is outside the range of the library's decimals (exponents from -10000 to 10000)`);
  });

  it('keeps results that are near the edge but inside it', () => {
    // Python: Decimal(2) ** 10000, rounded to 34 digits
    expect(calc.compound('1', '1', 10_000).toString()).toBe('1.995063116880758384883742162683585e+3010');
    // 10^10000 and 10^-10000 exactly: the largest and smallest powers of ten within the bounds
    expect(calc.compound('1', '9', 10_000).toString()).toBe('1e+10000');
    expect(calc.impliedBase('1', '9', 10_000).toString()).toBe('1e-10000');
    expect(calc.compound('1e-10000', '99', 5000).toString()).toBe('1');
    // A root that is 0 to any precision: cagr rounds to −1 rather than failing.
    expect(calc.cagr('1', '1e-5', 5e-324).toString()).toBe('-1');
    expect(calc.compound('0', '9e9999', 10_000).toString()).toBe('0');
    // Python: (Decimal('9e10000') - Decimal('1e-10000')) at 40,000 digits, rounded to 34
    expect(calc.percentagePointChange('1e-10000', '9e10000').toString()).toBe('9e+10000');
  });

  it('a number of years is at most MAX_YEARS (10,000)', () => {
    expect(calc.MAX_YEARS).toBe(10_000);
    for (const [fn, what] of [
      [() => calc.compound('1', '1e15', 2 ** 31), 'for compounding, got 2147483648'],
      [() => calc.compound('120', '0.08', 1e9), 'for compounding, got 1000000000'],
      [() => calc.impliedBase('120', '0.08', 10_000.5), 'for discounting, got 10000.5'],
      [() => calc.cagr('1', '2', 10_001), 'for an annual average growth rate, got 10001'],
      [() => calc.requiredGrowth('1', '2', 1e6), 'for an annual average growth rate, got 1000000'],
    ] as const) {
      const error = caught(fn);
      expect(error.code).toBe('DOMAIN');
      expect(error.details.argument).toBe('years');
      expect(error.message).toBe(`years: must be at most 10000 ${what}`);
    }
    // Python: 120 × Decimal('1.08') ** 10000 at 400 digits, rounded to 34
    expect(calc.compound('120', '0.08', 10_000).toString()).toBe('2.073653148894892220207471399013624e+336');
  });

  it('a message quotes at most 60 characters of a value', () => {
    const error = caught(() => calc.growthRate(`-${'9'.repeat(999)}`, '1'));
    expect(error.code).toBe('DOMAIN');
    expect(error.message).toBe(`from: must be greater than 0 for a growth rate, got -9.${'9'.repeat(57)}…`);
    expect(caught(() => calc.chainGrowth(['0.1', `-${'9'.repeat(999)}`])).message.length).toBeLessThan(150);
  });
});

describe('edges the formulas define', () => {
  it('compound and impliedBase over 0 years give the value itself, rounded to 34 digits', () => {
    expect(calc.compound('120', '0.08', 0).toString()).toBe('120');
    expect(calc.impliedBase('1.23456789012345678901234567890123456789', '0.08', 0).toString()).toBe(
      '1.234567890123456789012345678901235',
    );
  });
  it('cagr to 0 is −1 (a total loss); to = from is 0 for any years', () => {
    expect(calc.cagr('120', '0', 5).toString()).toBe('-1');
    expect(calc.cagr('120', '120.000', 2.5).toString()).toBe('0');
  });
  it('yearsToReach: a fall reaches a lower target; 0 at the target even with rate 0', () => {
    // Python: (Decimal(100) / Decimal(121)).ln() / Decimal('0.9').ln() at prec 200, rounded to 34
    expect(calc.yearsToReach('121', '100', '-0.1').toString()).toBe('1.809220070901297063139326176701088');
    expect(calc.yearsToReach('120', '120', '0').toString()).toBe('0');
    expect(calc.yearsToReach('120', '120', '-0.5').toString()).toBe('0');
  });
  it('chainGrowth of nothing is 0; a total loss anywhere is −1', () => {
    expect(calc.chainGrowth([]).toString()).toBe('0');
    expect(calc.chainGrowth(['0.5', '-1', '3']).toString()).toBe('-1');
    expect(calc.averageGrowth(['0.5', '-1', '3']).toString()).toBe('-1');
  });
  it('timeProgress and taskProgress are not clamped', () => {
    expect(calc.timeProgress(2014, 2015, 2020).toString()).toBe('-0.2');
    expect(calc.taskProgress('120', '300', '240').toString()).toBe('1.5');
  });
  it('results are Decimals of the library: no -0', () => {
    expect(Object.is(calc.percentagePointChange('-0', '0').toNumber(), -0)).toBe(false);
    expect(calc.share('-0', '5').isNegative()).toBe(false);
  });
});
