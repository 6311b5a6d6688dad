import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baotou13 } from '../../src/data/baotou13/index.js';
import { dec, nextDown, nextUp, type Decimal } from '../../src/decimal.js';
import type { Target } from '../../src/plan/types.js';
import { breakEven } from '../../src/scenario/breakEven.js';
import { scenarios } from '../../src/scenario/builtins.js';
import { project } from '../../src/scenario/project.js';
import { scorecard } from '../../src/scenario/scorecard.js';
import type { DriverField, ScenarioInput } from '../../src/scenario/types.js';
import { planError } from '../_lib/errors.js';
import { planWith, targets, toy, toyScenario } from './fixtures.js';

/** One unit of the 34th significant digit of x. */
const ulp = (x: Decimal): Decimal => dec(`1e${x.e - 33}`);

/** The toy scenario with one driver's field set to `value`. */
function withDriver(series: string, field: DriverField, value: Decimal, scenario: ScenarioInput = toyScenario as never): ScenarioInput {
  const driver = { ...(scenario.series[series] as object) } as Record<string, unknown>;
  if (field === 'base') driver.base = value;
  else {
    delete driver.growth;
    delete driver.additions;
    delete driver.values;
    driver[field] = value;
  }
  return { ...scenario, series: { ...scenario.series, [series]: driver as never } };
}

/** Whether the target is met with the driver at `value`, judged the long way (project + scorecard). */
function metAt(
  targetId: string,
  series: string,
  field: DriverField,
  value: Decimal,
  plan = toy,
  scenario?: ScenarioInput,
  options: { approximately?: 'two-sided' } = {},
): boolean | null {
  const rows = scorecard(plan, project(plan, withDriver(series, field, value, scenario)), options);
  return rows.find((r) => r.targetId === targetId)?.met ?? null;
}

describe('breakEven: closed forms', () => {
  it('120 → 240 bn over 5 years needs 2^(1/5) − 1 a year, to 34 digits; just below fails, at it passes', () => {
    const r = breakEven(toy, toyScenario, { driver: { series: 'iva', field: 'growth' }, targetId: 'iva-2020' });
    // python: (Decimal(2) ** (Decimal(1) / 5) - 1) at prec 80 = 0.14869835499703500679862694677792758944…,
    // rounded to 34 digits (tests/scenario/oracle.py)
    expect(r.value.toFixed()).toBe('0.1486983549970350067986269467779276');
    expect([r.kind, r.method, r.upper]).toEqual(['minimum', 'closed-form', null]);
    expect(metAt('iva-2020', 'iva', 'growth', r.value)).toBe(true);
    expect(metAt('iva-2020', 'iva', 'growth', r.value.minus(ulp(r.value)))).toBe(false);
    expect(r.explanation.working).toEqual([
      'closed form: growth = (240 ÷ 120)^(1/5) − 1 = 0.1486983549970350067986269467779276',
      'checked: met at 0.1486983549970350067986269467779276, not met at 0.1486983549970350067986269467779275 (one unit of the 34th digit below)',
    ]);
    expect(r.explanation.summary).toBe('iva-2020: minimum iva.growth = 0.1486983549970350067986269467779276');
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('a rate target: a constant rate averages to itself, so the break-even is the target rate (8 % → 0.08)', () => {
    const r = breakEven(toy, toyScenario, { driver: { series: 'iva', field: 'growth' }, targetId: 'iva-growth-2020' });
    expect([r.value.toFixed(), r.kind, r.method]).toEqual(['0.08', 'minimum', 'closed-form']);
    expect(metAt('iva-growth-2020', 'iva', 'growth', dec('0.08'))).toBe(true);
    expect(metAt('iva-growth-2020', 'iva', 'growth', dec('0.07999999999999999999999999999999999'))).toBe(false);
  });

  it("'above 8 percent' (the embedded plan) renders 以上, which includes 8 %: the break-even is 0.08 itself", () => {
    const r = breakEven(baotou13, scenarios.reportedTrend, {
      driver: { series: 'industrial-value-added', field: 'growth' },
      targetId: 'industrial-value-added-growth-2020',
    });
    expect([r.value.toFixed(), r.kind]).toEqual(['0.08', 'minimum']);
    expect(r.explanation.notes).toEqual([]);
  });

  it('the base a growth path needs: 240 ÷ 1.08⁵, rounded so that the level meets the target', () => {
    const r = breakEven(toy, toyScenario, { driver: { series: 'iva', field: 'base' }, targetId: 'iva-2020' });
    // python: 240 / Decimal('1.4693280768') at prec 34, ROUND_CEILING (and half-even gives the same)
    expect(r.value.toFixed()).toBe('163.3399672881007591728066813730133');
    expect(metAt('iva-2020', 'iva', 'base', r.value)).toBe(true);
    expect(metAt('iva-2020', 'iva', 'base', r.value.minus(ulp(r.value)))).toBe(false);
  });

  it('the additions a year that reach a level: (240 − 120) ÷ 5 = 24', () => {
    const r = breakEven(toy, toyScenario, { driver: { series: 'iva', field: 'additions' }, targetId: 'iva-2020' });
    expect([r.value.toFixed(), r.method]).toEqual(['24', 'closed-form']);
    expect(metAt('iva-2020', 'iva', 'additions', dec('23.99999999999999999999999999999999'))).toBe(false);
  });

  it("more than 100 institutes from 60 in 5 years: just above 8 a year ('above' is strict)", () => {
    const r = breakEven(toy, toyScenario, { driver: { series: 'institutes', field: 'additions' }, targetId: 'institutes-2020' });
    expect([r.value.toFixed(), r.kind]).toEqual(['8.000000000000000000000000000000001', 'minimum']);
  });

  it('the base for a base-only series and for one with additions', () => {
    const flat = breakEven(toy, toyScenario, { driver: { series: 'wastewater', field: 'base' }, targetId: 'wastewater-2020' });
    // additions 2 + 2 + 3 + 3 + 3 = 13: base 92 − 13 = 79
    expect([flat.value.toFixed(), flat.method]).toEqual(['79', 'closed-form']);
    expect(flat.explanation.working[0]).toBe('closed form: base = 92 − 13 = 79');
  });
});

describe('breakEven: bisection', () => {
  it('energy intensity ≤ 1.3, driven by value-added growth: a minimum, on the boundary of the rounded intensity', () => {
    const r = breakEven(toy, toyScenario, { driver: { series: 'iva', field: 'growth' }, targetId: 'intensity-2020' });
    expect([r.kind, r.method]).toEqual(['minimum', 'bisection']);
    expect(metAt('intensity-2020', 'iva', 'growth', r.value)).toBe(true);
    expect(metAt('intensity-2020', 'iva', 'growth', r.value.minus(ulp(r.value)))).toBe(false);
    // python: (1.5 * 1.02**5 / 1.3)**(1/5) − 1 = 0.049614334292611706989245671630220581…; the
    // intensity is rounded to 34 digits before it is compared, so the boundary may sit a few
    // units of the 34th digit off the exact root
    expect(r.value.minus('0.04961433429261170698924567163022058').abs().lte('1e-33')).toBe(true);
    expect(r.explanation.working[0]).toBe('bracket: not met at one end, met at the other: [0, 0.1]');
  });

  it('energy intensity ≤ 1.3, driven by energy growth: a maximum', () => {
    const r = breakEven(toy, toyScenario, { driver: { series: 'energy', field: 'growth' }, targetId: 'intensity-2020' });
    expect(r.kind).toBe('maximum');
    expect(metAt('intensity-2020', 'energy', 'growth', r.value)).toBe(true);
    expect(metAt('intensity-2020', 'energy', 'growth', r.value.plus(ulp(r.value)))).toBe(false);
    // python: (1.3 * 17631936.9216 / 18000000)**(1/5) − 1 = 0.04952834961274044308755619805144724…
    expect(r.value.minus('0.04952834961274044308755619805144724').abs().lte('1e-33')).toBe(true);
  });

  it('about 25 % (± 1) read two-sided: a band of growth rates; value is its lower end, upper its upper end', () => {
    const twoSided = { approximately: 'two-sided' } as const;
    const r = breakEven(toy, toyScenario, { driver: { series: 'sei', field: 'growth' }, targetId: 'sei-share-2020', ...twoSided });
    expect(r.kind).toBe('minimum');
    // python: (0.24 × 176.319369216 ÷ 24)^(1/5) − 1 and (0.26 × 176.319369216 ÷ 24)^(1/5) − 1
    expect(r.value.toFixed()).toBe('0.1201082724835799496352238700643718');
    expect(r.upper?.toFixed()).toBe('0.138183868226726092283643402213384');
    const upper = r.upper as Decimal;
    const met = (g: Decimal) => metAt('sei-share-2020', 'sei', 'growth', g, toy, undefined, twoSided);
    expect(met(r.value)).toBe(true);
    expect(met(r.value.minus(ulp(r.value)))).toBe(false);
    expect(met(upper)).toBe(true);
    expect(met(upper.plus(ulp(upper)))).toBe(false);
  });

  it('about 25 % (± 1) read in the direction of the share (the default): met from 24 % on, no upper end', () => {
    const r = breakEven(toy, toyScenario, { driver: { series: 'sei', field: 'growth' }, targetId: 'sei-share-2020' });
    // the same lower end as two-sided: python (0.24 × 176.319369216 ÷ 24)^(1/5) − 1
    expect([r.kind, r.value.toFixed(), r.upper]).toEqual(['minimum', '0.1201082724835799496352238700643718', null]);
    expect(metAt('sei-share-2020', 'sei', 'growth', r.value.minus(ulp(r.value)))).toBe(false);
    // overshooting a share that is to rise meets it: 0.2 a year gives a share far above 26 %
    expect(metAt('sei-share-2020', 'sei', 'growth', dec('0.2'))).toBe(true);
  });

  it('a share whose whole is driven: higher value-added growth lowers the share; the band is found the other way round', () => {
    const twoSided = { approximately: 'two-sided' } as const;
    const r = breakEven(toy, toyScenario, { driver: { series: 'iva', field: 'growth' }, targetId: 'sei-share-2020', ...twoSided });
    const upper = r.upper as Decimal;
    expect(r.value.lt(upper)).toBe(true);
    const met = (g: Decimal) => metAt('sei-share-2020', 'iva', 'growth', g, toy, undefined, twoSided);
    expect(met(r.value)).toBe(true);
    expect(met(r.value.minus(ulp(r.value)))).toBe(false);
    expect(met(upper.plus(ulp(upper)))).toBe(false);
    // in the share's direction: a maximum growth of the whole, at the upper end of the band
    const directional = breakEven(toy, toyScenario, { driver: { series: 'iva', field: 'growth' }, targetId: 'sei-share-2020' });
    expect([directional.kind, directional.value.toFixed(), directional.upper]).toEqual(['maximum', upper.toFixed(), null]);
  });

  it('a deflated series is solved by bisection', () => {
    const scenario = { ...toyScenario, deflator: { 2016: 101, 2017: 102, 2018: 103, 2019: 104, 2020: 105 } };
    const r = breakEven(toy, scenario, { driver: { series: 'iva', field: 'growth' }, targetId: 'iva-2020', prices: 'comparable' });
    expect(r.method).toBe('bisection');
    const judge = (g: Decimal) =>
      scorecard(toy, project(toy, withDriver('iva', 'growth', g, scenario as never), { prices: 'comparable' })).find((x) => x.targetId === 'iva-2020')?.met;
    expect(judge(r.value)).toBe(true);
    expect(judge(r.value.minus(ulp(r.value)))).toBe(false);
  });

  it('as of a year: the value so far', () => {
    const r = breakEven(toy, toyScenario, { driver: { series: 'iva', field: 'growth' }, targetId: 'iva-2020', asOf: 2019 });
    // 120 → 240 in 4 years: 2^(1/4) − 1 = 0.18920711500272106671749997056047591… (python, prec 80);
    // the smallest 34-digit rate at or above it is …4760 (rounding to nearest would give …4759,
    // which falls short of 240)
    expect(r.value.toFixed()).toBe('0.189207115002721066717499970560476');
    expect(r.explanation.notes).toEqual(['the closed form, rounded to 34 digits, was moved by 1 unit(s) of the 34th digit onto the boundary']);
  });
});

describe('breakEven: errors', () => {
  const driver = { series: 'iva', field: 'growth' } as const;

  it('an unknown target, and a target the driver does not reach', () => {
    const e = planError(() => breakEven(toy, toyScenario, { driver, targetId: 'nope' }));
    expect([e.code, e.message]).toEqual([
      'NOT_FOUND',
      "options.targetId: 'nope' is not a target of plan 'toy'; targets: 'iva-2020', 'iva-growth-2020', 'sei-share-2020', 'sei-share-2016', 'ps-share-2020', 'intensity-2020', 'institutes-2020', 'wastewater-2020'",
    ]);
    const f = planError(() => breakEven(toy, toyScenario, { driver, targetId: 'institutes-2020' }));
    expect([f.code, f.message]).toEqual([
      'INVALID_ARGUMENT',
      "options.targetId: target 'institutes-2020' does not depend on 'iva'; it reads 'institutes'",
    ]);
  });

  it('a target that does not change with the driver (the average rate does not depend on the base)', () => {
    const e = planError(() => breakEven(toy, toyScenario, { driver: { series: 'iva', field: 'base' }, targetId: 'iva-growth-2020' }));
    expect([e.code, e.message]).toEqual([
      'DOMAIN',
      "options.targetId: target 'iva-growth-2020' has the value 8 both at iva.base = 120 and = 240; it does not change with this driver, so there is no break-even",
    ]);
  });

  it('a target met for no value, or for every value', () => {
    const never: Target = { ...(targets[0] as Target), id: 'never', comparator: 'atMost', value: dec(-5) };
    const always: Target = { ...(targets[0] as Target), id: 'always', value: dec(0) };
    const plan = planWith({ targets: [never, always] });
    expect(planError(() => breakEven(plan, toyScenario, { driver, targetId: 'never' })).message).toBe(
      "options.targetId: target 'never' is not met for any value of iva.growth tried, so there is no break-even",
    );
    expect(planError(() => breakEven(plan, toyScenario, { driver, targetId: 'always' })).message).toBe(
      "options.targetId: target 'always' is met for every value of iva.growth tried, so there is no break-even",
    );
  });

  it('a series the scenario does not drive, a bad field, missing options', () => {
    const only = { id: 'only', baseYear: 2015, horizon: 2020, series: { iva: { base: 120 } } };
    const e = planError(() => breakEven(toy, only, { driver: { series: 'sei', field: 'growth' }, targetId: 'sei-share-2020' }));
    expect([e.code, e.message]).toEqual(['NOT_FOUND', "options.driver.series: scenario 'only' has no driver for 'sei'; it drives 'iva'"]);
    expect(planError(() => breakEven(toy, toyScenario, { driver: { series: 'iva', field: 'rate' as never }, targetId: 'iva-2020' })).message).toBe(
      "options.driver.field: expected one of 'growth', 'base', 'additions', got 'rate'",
    );
    expect(planError(() => breakEven(toy, toyScenario, undefined as never)).message).toBe(
      'options: expected an options object { driver, … }, got undefined',
    );
    expect(planError(() => breakEven(toy, toyScenario, { driver: 'iva' as never, targetId: 'iva-2020' })).message).toBe(
      "options.driver: expected a driver { series, field: 'growth' | 'base' | 'additions' }, got 'iva'",
    );
  });
});

describe('breakEven: properties', () => {
  it('a growth break-even for a level target sits on the boundary, for any base and number of years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500_000 }), fc.integer({ min: 2005, max: 2019 }), (cents, baseYear) => {
        const base = dec(cents).div(100);
        const scenario: ScenarioInput = { id: 'p', baseYear, horizon: 2020, series: { iva: { base, growth: '0.05' } } };
        const r = breakEven(toy, scenario, { driver: { series: 'iva', field: 'growth' }, targetId: 'iva-2020' });
        expect(metAt('iva-2020', 'iva', 'growth', r.value, toy, scenario)).toBe(true);
        expect(metAt('iva-2020', 'iva', 'growth', nextDown(r.value), toy, scenario)).toBe(false);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('nextUp and nextDown are the adjacent 34-digit decimals', () => {
    expect(nextUp(dec('0.08')).toFixed()).toBe('0.08000000000000000000000000000000001');
    expect(nextDown(dec('0.08')).toFixed()).toBe('0.07999999999999999999999999999999999');
    expect(nextDown(dec('1')).toFixed()).toBe('0.9999999999999999999999999999999999');
    expect(nextUp(dec('-1')).toFixed()).toBe('-0.9999999999999999999999999999999999');
    expect(nextDown(dec('-0.08')).toFixed()).toBe('-0.08000000000000000000000000000000001');
    expect(nextUp(dec(0)).toFixed()).toBe('1e-34'.length > 0 ? '0.0000000000000000000000000000000001' : '');
    expect(nextDown(dec(0)).toFixed()).toBe('-0.0000000000000000000000000000000001');
  });
});
