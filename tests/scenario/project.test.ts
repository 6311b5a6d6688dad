import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec } from '../../src/decimal.js';
import type { Indicator, Target } from '../../src/plan/types.js';
import { project } from '../../src/scenario/project.js';
import { parseScenario } from '../../src/schema/scenario.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';
import { indicators, planWith, plainYears, targets, toy, toyScenario } from './fixtures.js';

/** Whether every object reachable from `x` is frozen. */
function deeplyFrozen(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || Decimal.isDecimal(x)) return true;
  return Object.isFrozen(x) && Object.values(x).every(deeplyFrozen);
}

describe('project: driven series', () => {
  const p = project(toy, toyScenario);

  it('constant growth: 120 bn at 8 % a year, exactly (hand: 120 × 1.08^k)', () => {
    // python: 120 * Decimal('1.08')**k, exact (tests/scenario/oracle.py)
    expect(plainYears(p.series.iva)).toEqual({
      2015: '120',
      2016: '129.6',
      2017: '139.968',
      2018: '151.16544',
      2019: '163.2586752',
      2020: '176.319369216',
    });
    expect(p.indicators.iva).toBe(p.series.iva);
  });

  it('additions, constant and per year', () => {
    expect(plainYears(p.series.institutes)).toEqual({ 2015: '60', 2016: '69', 2017: '78', 2018: '87', 2019: '96', 2020: '105' });
    expect(plainYears(p.series.wastewater)).toEqual({ 2015: '80', 2016: '82', 2017: '84', 2018: '87', 2019: '90', 2020: '93' });
  });

  it('values given outright, and no evolution (the base every year)', () => {
    const q = project(toy, {
      id: 'v',
      baseYear: 2015,
      horizon: 2017,
      series: { iva: { base: 120, values: { 2016: '130', 2017: '125.5' } }, institutes: { base: 60 } },
    });
    expect(plainYears(q.series.iva)).toEqual({ 2015: '120', 2016: '130', 2017: '125.5' });
    expect(plainYears(q.series.institutes)).toEqual({ 2015: '60', 2016: '60', 2017: '60' });
    expect(q.years).toEqual([2015, 2016, 2017]);
  });

  it('growth per year: 10 %, 11.8 %, 11 % (the reported rates), exact', () => {
    const q = project(toy, {
      id: 'g',
      baseYear: 2015,
      horizon: 2018,
      series: { iva: { base: '120', growth: { 2016: '0.1', 2017: '0.118', 2018: '0.11' } } },
    });
    // hand: 120 × 1.1 = 132; × 1.118 = 147.576; × 1.11 = 163.80936
    expect(plainYears(q.series.iva)).toEqual({ 2015: '120', 2016: '132', 2017: '147.576', 2018: '163.80936' });
  });

  it('a driver unit of the same measure is converted exactly: 1,200 亿元 is 120 bn', () => {
    const q = project(toy, { id: 'u', baseYear: 2015, horizon: 2016, series: { iva: { base: '1200', unit: '100m-yuan', growth: '0.08' } } });
    expect(plainYears(q.series.iva)).toEqual({ 2015: '120', 2016: '129.6' });
    const r = project(toy, { id: 'u', baseYear: 2015, horizon: 2016, series: { institutes: { base: 60, additions: 9 } } });
    expect(plainYears(r.series.institutes)).toEqual({ 2015: '60', 2016: '69' });
  });

  it('levels keep 50 significant digits at most: exact when shorter, rounded (half-even) when longer', () => {
    const q = project(toy, {
      id: 'long',
      baseYear: 2015,
      horizon: 2020,
      series: { iva: { base: '120', growth: '0.1486983549970350067986269467779276' } },
    });
    const level2016 = q.series.iva?.[2016];
    // 120 × 1.1486983549970350067986269467779276 = 137.843802599644200815835233613351312 (36 digits, exact)
    expect(level2016?.toFixed()).toBe('137.843802599644200815835233613351312');
    const level2020 = q.series.iva?.[2020] as Decimal;
    expect(level2020.sd()).toBe(50);
    // python: 120 * (1 + g)**5 exactly = 240.0000000000000000000000000000000110275938656805508650…,
    // rounded to 50 digits
    expect(level2020.toFixed()).toBe('240.00000000000000000000000000000001102759386568055');
  });

  it('accepts decoded scenarios (Decimals of any copy of decimal.js) and JSON input alike', () => {
    const foreign = Decimal.clone({ precision: 5 });
    const q = project(toy, {
      id: 'x',
      baseYear: 2015,
      horizon: 2016,
      series: { iva: { base: new foreign('120'), growth: dec('0.08') } },
    });
    expect(q.series.iva?.[2016]?.toFixed()).toBe('129.6');
  });
});

describe('project: derived indicators', () => {
  const p = project(toy, toyScenario);

  it('a share is numerator ÷ denominator × 100, rounded once to 34 digits (python oracle)', () => {
    expect(plainYears(p.indicators['sei-share'])).toEqual({
      2015: '20',
      // python: Context(prec=34).divide(26.88, 129.6) * 100, …
      2016: '20.74074074074074074074074074074074',
      2017: '21.50891632373113854595336076817558',
      2018: '22.30554285423969923284052227810801',
      2019: '23.1316740710633917970198008810009',
      2020: '23.98840274036203593765016387659353',
    });
  });

  it('a share across units: producer services (bn-yuan) of GDP (100m-yuan): 100 bn of 4,000 亿 is 25 %', () => {
    expect(p.indicators['ps-share']?.[2015]?.toFixed()).toBe('25');
  });

  it('an intensity is tce ÷ 10⁴ yuan: 1,800 × 10⁴ tce over 120 bn yuan is 1.5', () => {
    // hand: 18,000,000 tce ÷ 12,000,000 × 10⁴ yuan = 1.5; python: divide(19873454.4576, 17631936.9216)
    expect(p.indicators.intensity?.[2015]?.toFixed()).toBe('1.5');
    expect(p.indicators.intensity?.[2020]?.toFixed()).toBe('1.127128264238175074937763552304019');
  });

  it('a growth indicator is the annual average from the base year, in percent a year; none for the base year', () => {
    expect(plainYears(p.indicators['iva-growth'])).toEqual({ 2016: '8', 2017: '8', 2018: '8', 2019: '8', 2020: '8' });
  });

  it('a growth indicator in percent is the change since the base year (a cumulative change)', () => {
    const extra: Indicator = { ...(indicators[7] as Indicator), id: 'energy-change', unit: 'percent', kind: 'growth', growthOf: 'energy' };
    const plan = planWith({ indicators: [...indicators, extra] });
    const q = project(plan, { id: 'c', baseYear: 2015, horizon: 2017, series: { energy: { base: '1800', growth: '-0.1' } } });
    // hand: 0.9 − 1 = −10 %; 0.81 − 1 = −19 %
    expect(plainYears(q.indicators['energy-change'])).toEqual({ 2016: '-10', 2017: '-19' });
  });

  it('derived indicators whose inputs are not driven are absent; the units say what each value is in', () => {
    const q = project(toy, { id: 'only-iva', baseYear: 2015, horizon: 2016, series: { iva: { base: 120, growth: '0.08' } } });
    expect(Object.keys(q.indicators)).toEqual(['iva', 'iva-growth']);
    expect(q.units).toEqual({ iva: 'bn-yuan', 'iva-growth': 'percent-per-annum' });
    expect(q.indicators['orphan-share']).toBeUndefined();
  });

  it('a year where a derived value is undefined is left out, and notes say why', () => {
    const q = project(toy, {
      id: 'zero',
      baseYear: 2015,
      horizon: 2016,
      series: { iva: { base: 0, additions: 10 }, sei: { base: 1 } },
    });
    expect(plainYears(q.indicators['sei-share'])).toEqual({ 2016: '10' });
    expect(q.indicators['iva-growth']).toEqual({});
    expect(q.notes).toEqual([
      'iva-growth: not projected for base year + 1: the growth of iva from 0 to 10 is undefined (the base must be greater than 0, the level not negative)',
      'sei-share: not projected for base year + 0, because iva is 0 there',
    ]);
  });
});

describe('project: comparable prices', () => {
  const scenario = {
    id: 'deflated',
    baseYear: 2015,
    horizon: 2017,
    series: { iva: { base: '120', growth: '0.1' }, sei: { base: '24', growth: '0.1' }, energy: { base: '1800' } },
    deflator: { 2016: '105', 2017: '110.25' },
  };

  it('money levels are divided by index ÷ 100 (as calc/deflate, to 50 digits like every level)', () => {
    const q = project(toy, scenario, { prices: 'comparable' });
    expect(q.prices).toBe('comparable');
    // python: Context(prec=50).divide(13200, 105), Context(prec=50).divide(14520, 110.25)
    expect(plainYears(q.series.iva)).toEqual({
      2015: '120',
      2016: '125.71428571428571428571428571428571428571428571429',
      2017: '131.70068027210884353741496598639455782312925170068',
    });
    // energy is not money: not deflated
    expect(plainYears(q.series.energy)).toEqual({ 2015: '1800', 2016: '1800', 2017: '1800' });
    // a share of two deflated money levels is unchanged
    expect(q.indicators['sei-share']?.[2017]?.toFixed()).toBe('20');
    // real growth: 10 % nominal with 5 % inflation, (1.1 ÷ 1.05) − 1 over one year;
    // python: Context(prec=34).divide(d16 - 120, 120) * 100
    expect(q.indicators['iva-growth']?.[2016]?.toFixed()).toBe('4.761904761904761904761904761904762');
  });

  it('current prices (the default) leave the figures as they are', () => {
    const q = project(toy, scenario);
    expect(q.prices).toBe('current');
    expect(q.series.iva?.[2016]?.toFixed()).toBe('132');
  });

  it("a base-year index other than 100 rebases to the base year's prices", () => {
    const q = project(toy, { ...scenario, deflator: { 2015: '200', 2016: '210', 2017: '220.5' } }, { prices: 'comparable' });
    expect(q.series.iva?.[2016]?.toFixed()).toBe('125.71428571428571428571428571428571428571428571429');
  });

  it("'comparable' without a deflator, and an unknown prices option, are errors", () => {
    const e = planError(() => project(toy, toyScenario, { prices: 'comparable' }));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toMatchInlineSnapshot(
      `"options.prices: 'comparable' needs a deflator (a price index per year, base year = 100) in scenario 'toy-eight', which has none"`,
    );
    expect(planError(() => project(toy, toyScenario, { prices: 'real' as never })).message).toMatchInlineSnapshot(
      `"options.prices: expected one of 'current', 'comparable', got 'real'"`,
    );
  });
});

describe('project: the result and the inputs', () => {
  it('the projection is deeply frozen, and the scenario and plan are not changed', () => {
    const scenario = deepFreeze(structuredClone(toyScenario) as never);
    const p = project(toy, scenario);
    expect(deeplyFrozen(p)).toBe(true);
    expect(scenario).toEqual(toyScenario);
  });

  it('a deeply frozen scenario is read once per plan, with the same result every time', () => {
    const scenario = deepFreeze(structuredClone(toyScenario) as never);
    const a = project(toy, scenario);
    const b = project(toy, scenario);
    expect(b).not.toBe(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    // another plan with the same indicators reads it again
    expect(JSON.stringify(project(planWith({}), scenario))).toBe(JSON.stringify(a));
  });

  it('levels may fall to 0 and below with additions', () => {
    const q = project(toy, { id: 'down', baseYear: 2015, horizon: 2017, series: { institutes: { base: 1, additions: -1 } } });
    expect(plainYears(q.series.institutes)).toEqual({ 2015: '1', 2016: '0', 2017: '-1' });
  });

  it('an unfrozen scenario is read again on every call (a change shows)', () => {
    const scenario = { id: 's', baseYear: 2015, horizon: 2016, series: { iva: { base: '120', growth: '0.08' } } };
    expect(project(toy, scenario).series.iva?.[2016]?.toFixed()).toBe('129.6');
    scenario.series.iva.growth = '0.1';
    expect(project(toy, scenario).series.iva?.[2016]?.toFixed()).toBe('132');
  });
});

describe('project: errors name the input and what is allowed', () => {
  const base = { id: 's', baseYear: 2015, horizon: 2017 };

  it('a series that is not an indicator of the plan: NOT_FOUND, listing the drivable ids', () => {
    const e = planError(() => project(toy, { ...base, series: { ivaa: { base: 1 } } }));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toMatchInlineSnapshot(
      `"scenario.series: 'ivaa' is not an indicator of plan 'toy'; drivable indicators: 'iva', 'sei', 'gdp', 'ps', 'energy', 'institutes', 'wastewater', 'orphan-share'"`,
    );
  });

  it('a driver of a derived indicator (share, intensity, growth)', () => {
    for (const id of ['sei-share', 'intensity', 'iva-growth']) {
      const e = planError(() => project(toy, { ...base, series: { [id]: { base: 1 } } }));
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(e.message).toContain("drivable indicators: 'iva', 'sei', 'gdp', 'ps', 'energy', 'institutes', 'wastewater'");
    }
    expect(planError(() => project(toy, { ...base, series: { intensity: { base: 1 } } })).message).toMatchInlineSnapshot(
      `"scenario.series: 'intensity' is an intensity indicator, which project derives from its inputs and a scenario cannot drive; drivable indicators: 'iva', 'sei', 'gdp', 'ps', 'energy', 'institutes', 'wastewater', 'orphan-share'"`,
    );
  });

  it('a driver unit of another measure: UNIT_MISMATCH', () => {
    const e = planError(() => project(toy, { ...base, series: { iva: { base: 1, unit: 'tce' } } }));
    expect(e.code).toBe('UNIT_MISMATCH');
    expect(e.message).toMatchInlineSnapshot(
      `"scenario.series.iva.unit: 'tce' (measure 'tce') does not fit indicator 'iva' in 'bn-yuan' (measure 'yuan'); a driver's unit may differ only in its multiplier"`,
    );
  });

  it('bad drivers', () => {
    const cases: [unknown, string, string][] = [
      [{ base: 1, growth: '-1' }, 'DOMAIN', 'scenario.series.iva.growth: a growth rate must be greater than -1 for a growth driver, got -1'],
      [
        { base: 1, growth: { 2016: '0.1', 2017: '-1.5' } },
        'DOMAIN',
        'scenario.series.iva.growth.2017: a growth rate must be greater than -1 for a growth driver, got -1.5',
      ],
      [{ base: '-1' }, 'DOMAIN', 'scenario.series.iva.base: must not be negative for a base-year level, got -1'],
      [{ base: 'abc' }, 'INVALID_DECIMAL', "scenario.series.iva.base: expected a decimal string like '240', '-0.08' or '1.3e2', a finite number, a bigint, or a Decimal, got 'abc'"],
      [{ base: 1, growth: '0.1', additions: 1 }, 'INVALID_ARGUMENT', 'scenario.series.iva: give at most one of growth, additions, values; got growth and additions'],
      [{ base: 1, growth: { 2016: '0.1' } }, 'INVALID_ARGUMENT', 'scenario.series.iva.growth: missing year 2017; give every year from 2016 to 2017'],
      [
        { base: 1, additions: { 2015: 1, 2016: 1, 2017: 1 } },
        'INVALID_ARGUMENT',
        "scenario.series.iva.additions: key '2015' is not a year from 2016 to 2017",
      ],
      [{ base: 1, values: '5' }, 'INVALID_ARGUMENT', "scenario.series.iva.values: expected an object with one value per year, got '5'"],
      [{ base: 1, rate: 1 }, 'INVALID_ARGUMENT', "scenario.series.iva: unknown key 'rate'; did you mean 'base'? allowed keys: base, unit, growth, additions, values"],
      ['120', 'INVALID_ARGUMENT', "scenario.series.iva: expected a driver { base, unit?, growth? | additions? | values? }, got '120'"],
    ];
    for (const [driver, code, message] of cases) {
      const e = planError(() => project(toy, { ...base, series: { iva: driver as never } }));
      expect([e.code, e.message]).toEqual([code, message]);
    }
  });

  it('bad scenarios and deflators', () => {
    const cases: [unknown, string][] = [
      [null, 'scenario: expected a scenario { id, baseYear, horizon, series }, got null'],
      [{ ...base, id: '', series: {} }, "scenario.id: expected an id of 1 to 100 letters, digits, '-', '_', '.', ':' or '/', starting with a letter or digit, got ''"],
      [{ ...base, horizon: 2015, series: {} }, 'scenario.horizon: must be after baseYear 2015, got 2015'],
      [{ ...base, baseYear: 2015.5, series: {} }, 'scenario.baseYear: expected an integer year from 1900 to 2100, got 2015.5'],
      [{ ...base, id: 5, series: {} }, "scenario.id: expected an id of 1 to 100 letters, digits, '-', '_', '.', ':' or '/', starting with a letter or digit, got 5"],
      [{ ...base, series: {}, deflator: { 2016: '1', 2017: '1', '02016': '1' } }, "scenario.deflator: key '02016' is not a year from 2015 to 2017"],
      [{ ...base, series: {}, rate: 1 }, "scenario: unknown key 'rate'; did you mean 'name'? allowed keys: id, name, description, baseYear, horizon, series, deflator, caveats"],
      [{ ...base, series: [] }, 'scenario.series: expected an object of drivers by indicator id, got an array of length 0'],
      [{ ...base, series: {}, deflator: { 2016: '0', 2017: '1' } }, 'scenario.deflator.2016: must be greater than 0 for a price index, got 0'],
      [{ ...base, series: {}, deflator: { 2017: '1' } }, 'scenario.deflator: missing year 2016; give every year from 2016 to 2017'],
    ];
    for (const [scenario, message] of cases) expect(planError(() => project(toy, scenario as never)).message).toBe(message);
  });

  it('years: 1899 and 2101 are refused exactly as parseScenario refuses them, 1900 and 2100 accepted by both', () => {
    for (const scenario of [
      { id: 's', baseYear: 1899, horizon: 1905, series: {} },
      { id: 's', baseYear: 2015, horizon: 2101, series: {} },
      { id: 's', baseYear: 2015, horizon: 2015, series: {} },
    ]) {
      const parsed = planError(() => parseScenario(scenario));
      const projected = planError(() => project(toy, scenario));
      expect([projected.code, projected.message]).toEqual(['INVALID_ARGUMENT', parsed.message]);
    }
    expect(planError(() => project(toy, { id: 's', baseYear: 1899, horizon: 1905, series: {} })).message).toBe(
      'scenario.baseYear: expected an integer year from 1900 to 2100, got 1899',
    );
    const edges = { id: 's', baseYear: 1900, horizon: 2100, series: { iva: { base: '1', growth: '0.01' } } };
    expect(parseScenario(edges).horizon).toBe(2100);
    expect(project(toy, edges).years.length).toBe(201);
  });

  it('at random: project accepts a base year and horizon exactly when parseScenario does', () => {
    const year = fc.integer({ min: 1880, max: 2120 });
    fc.assert(
      fc.property(year, year, (baseYear, horizon) => {
        const scenario = { id: 's', baseYear, horizon, series: { iva: { base: '120', growth: '0.08' } } };
        const accepts = (f: () => unknown): boolean => {
          try {
            f();
            return true;
          } catch {
            return false;
          }
        };
        expect(accepts(() => project(toy, scenario))).toBe(accepts(() => parseScenario(scenario)));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('bad plans: not a plan, a broken reference, units a derivation cannot use, a cycle', () => {
    expect(planError(() => project(null as never, { ...base, series: {} })).message).toBe(
      'plan: expected a plan (what definePlan returns, or baotou13), got null',
    );
    const broken = planWith(
      {
        indicators: [
          ...indicators.filter((i) => i.id !== 'sei-share'),
          { ...(indicators[3] as Indicator), numerator: 'nope' },
          { ...(indicators[3] as Indicator), id: 'bad-units', numerator: 'energy', denominator: 'iva' },
          { ...(indicators[1] as Indicator), id: 'a', growthOf: 'b' },
          { ...(indicators[1] as Indicator), id: 'b', growthOf: 'a' },
        ],
      },
      false,
    );
    const e = planError(() => project(broken, { ...base, series: {} }));
    // the one shape of a VALIDATION error: details { input, count }, issues with a path and a message of their own
    expect([e.code, e.details]).toEqual(['VALIDATION', { input: 'plan', count: 3 }]);
    expect(e.message).toBe(
      "3 problems: plan.indicators[11].numerator: indicator 'sei-share' refers to 'nope', which is not an indicator of the plan; " +
        "plan.indicators[12].unit: share indicator 'bad-units' in 'percent' cannot be derived from a numerator in '10k-tce' and a denominator in 'bn-yuan'; allowed: percent or ratio of one measure, or tce-per-10k-yuan from tce over yuan; " +
        "plan.indicators: derived indicators refer to each other in a cycle: 'a' → 'b' → 'a'",
    );
    expect(e.issues.map((i) => i.message)).toEqual([
      "indicator 'sei-share' refers to 'nope', which is not an indicator of the plan",
      "share indicator 'bad-units' in 'percent' cannot be derived from a numerator in '10k-tce' and a denominator in 'bn-yuan'; allowed: percent or ratio of one measure, or tce-per-10k-yuan from tce over yuan",
      "derived indicators refer to each other in a cycle: 'a' → 'b' → 'a'",
    ]);
    const messy = planWith(
      {
        indicators: [
          ...indicators,
          null as never,
          { ...(indicators[0] as Indicator) },
          { ...(indicators[0] as Indicator), id: 'odd-unit', unit: 'furlongs' as never },
          { ...(indicators[1] as Indicator), id: 'growth-in-count', unit: 'count' },
          { ...(indicators[0] as Indicator), id: 'odd-measure', unit: { measure: 'furlongs', multiplier: 0 } as never },
        ],
        targets: [
          ...targets,
          7 as never,
          { ...(targets[0] as Target), year: 20.5 },
          { ...(targets[0] as Target) },
        ],
      },
      false,
    );
    expect(planError(() => project(messy, { ...base, series: {} })).issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['plan.indicators.12', 'expected an indicator { id, unit, kind, … }, got null'],
      ['plan.indicators.13.id', "id 'iva' appears more than once"],
      // the units module's own message (pinned in tests/units), without its argument name
      ['plan.indicators.14.unit', expect.stringMatching(/^expected a unit id .*, got 'furlongs'$/)],
      ['plan.indicators.16.unit.measure', expect.stringMatching(/^expected a measure, one of .*, got 'furlongs'$/)],
      ['plan.indicators.15.unit', "growth indicator 'growth-in-count' must be in 'percent-per-annum', 'percent' or 'ratio', got 'count'"],
      ['plan.targets.8', 'expected a target { id, indicator, year, … }, got 7'],
      ['plan.targets.9.year', 'expected an integer year from 1900 to 2100, got 20.5'],
      ['plan.targets.10.id', "id 'iva-2020' appears more than once"],
    ]);
    const t: Target = { id: 't', indicator: 'ghost', year: 2020, comparator: 'atLeast', value: dec(1), unit: 'count', source: { kind: 'report', section: 'I', quote: 'q' } };
    expect(planError(() => project(planWith({ targets: [t] }, false), { ...base, series: {} })).message).toBe(
      "plan.targets[0].indicator: 'ghost' is not an indicator of the plan",
    );
  });
});

describe('project: the caveats of a scenario', () => {
  it('are read, checked and carried by the projection', () => {
    const caveats = [{ code: 'estimate', message: 'the 2015 level was expected (预计) before the year was over' }] as const;
    const p = project(toy, { ...toyScenario, caveats: [...caveats] } as never);
    expect(p.caveats).toEqual(caveats);
    expect(Object.isFrozen(p.caveats)).toBe(true);
    expect(project(toy, toyScenario).caveats).toEqual([]);
  });

  it('a caveat of an unknown kind, or without a message, is refused', () => {
    expect(planError(() => project(toy, { ...toyScenario, caveats: [{ code: 'guess', message: 'm' }] } as never)).message).toBe(
      "scenario.caveats[0].code: expected one of 'scope', 'price-basis', 'break', 'partial-period', 'estimate', 'derived', 'reading', 'tolerance', 'revised', 'conflict', got 'guess'",
    );
    expect(() => project(toy, { ...toyScenario, caveats: [{ code: 'scope' }] } as never)).toThrowPlanError('INVALID_ARGUMENT', 'scenario.caveats[0].message');
    expect(() => project(toy, { ...toyScenario, caveats: 'none' } as never)).toThrowPlanError('INVALID_ARGUMENT', 'scenario.caveats');
  });
});
