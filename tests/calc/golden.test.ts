/**
 * Every formula against Python's `decimal` (tests/fixtures/golden_calc.py: 200 digits,
 * rounded once to 34): results within one unit of the 34th significant digit, and exactly
 * equal for the formulas that are one rounding of an exact quotient or difference.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import * as calc from '../../src/calc/index.js';
import golden from '../fixtures/calc-golden.json' with { type: 'json' };
import { planError } from '../_lib/errors.js';

type Formula = (...args: never[]) => Decimal;
const formulas = calc as unknown as Record<string, Formula>;
const Oracle = Decimal.clone({ precision: 200 });

/** Correctly rounded: one rounding of an exact quotient, difference or product. */
const EXACTLY_ROUNDED = new Set([
  'growthRate',
  'share',
  'intensity',
  'percentagePointChange',
  'intensityChange',
  'realGrowth',
  'deflate',
  'timeProgress',
  'taskProgress',
]);

/** One unit in the 34th significant digit of `expected`. */
function ulp(expected: Decimal): Decimal {
  if (expected.isZero()) return new Oracle('1e-1000');
  const exponent = expected.abs().e; // decimal.js: exponent of the leading digit
  return new Oracle(`1e${exponent - 33}`);
}

describe.each(Object.entries(golden.cases))('%s against Python decimal', (name, cases) => {
  it(`has at least 150 golden cases`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });
  it('agrees with every golden value', () => {
    const formula = formulas[name];
    expect(formula).toBeTypeOf('function');
    const misses: string[] = [];
    for (const { args, expected } of cases) {
      const got = new Oracle(formula!(...(args as never[])));
      const want = new Oracle(expected);
      const ok = EXACTLY_ROUNDED.has(name) ? got.eq(want) : got.minus(want).abs().lte(ulp(want));
      if (!ok) misses.push(`${name}(${JSON.stringify(args)}) = ${got.toString()}, expected ${expected}`);
    }
    expect(misses).toEqual([]);
  }, 60_000);
});

describe('domain errors name the argument', () => {
  it.each(golden.errors.map((e) => [`${e.formula}(${JSON.stringify(e.args)})`, e] as const))('%s', (_label, e) => {
    const formula = formulas[e.formula]!;
    const error = planError(() => formula(...(e.args as never[])));
    expect(error.code).toBe('DOMAIN');
    expect(error.details.argument).toBe(e.argument);
    expect(error.message).toContain(e.argument.split('[')[0]);
  });
});

describe('the plan figure', () => {
  it('240 bn yuan in 2020 from 120 bn in 2015 needs 14.87 % a year', () => {
    // Python: (Decimal(2) ** (Decimal(1) / 5) - 1) at prec 34
    expect(calc.requiredGrowth('120', '240', 5).toString()).toBe('0.1486983549970350067986269467779276');
  });
  it('a growth rate of 0.0000001 keeps 34 significant digits', () => {
    // (1 + 1.234567890123456789012345678901234e-7)^(1/1) − 1, no cancellation
    const r = '1.234567890123456789012345678901234e-7';
    expect(calc.cagr('1', new Oracle(1).plus(r).toFixed(), 1).toString()).toBe('1.234567890123456789012345678901234e-7');
  });
});
