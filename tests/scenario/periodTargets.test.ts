import { describe, expect, it } from 'vitest';
import type { ObservationInput } from '../../src/plan/types.js';
import { planPathScenario } from '../../src/scenario/planPath.js';
import { project } from '../../src/scenario/project.js';
import { reportedTrendScenario } from '../../src/scenario/reportedTrend.js';
import { scorecard } from '../../src/scenario/scorecard.js';
import type { ScorecardRow } from '../../src/scenario/types.js';
import { minimalPlan, nation, nationIndicators, nationTargets, obs } from './periodFixtures.js';

const rowOf = (rows: readonly ScorecardRow[], id: string): ScorecardRow => rows.find((r) => r.targetId === id) as ScorecardRow;
const judged = (observations: ObservationInput[], id: string, options = {}): ScorecardRow => rowOf(scorecard(nation, observations, options), id);
const codes = (row: ScorecardRow): string[] => row.caveats.map((c) => c.code);

describe('scorecard on observations: an annual average', () => {
  it('from the growth rate of every year, reported as rates of the level (percent a year)', () => {
    const rates = ['6.8', '6.9', '6.7', '6.0', '2.3'].map((v, i) => obs('output', 2016 + i, v, { unit: 'percent-per-annum' }));
    const row = judged(rates, 'output-growth-2020');
    // python: (1.068 × 1.069 × 1.067 × 1.06 × 1.023)^(1/5) − 1, to 34 digits, × 100
    expect(row.value?.toString()).toBe('5.725311955641230210124099594894489');
    expect(row.status).toBe('not_met');
    expect(row.valueYear).toBe(2020);
    expect(codes(row)).toEqual(['derived']);
  });

  it('from a figure for the whole period, in percent a year, of the level or of its growth indicator', () => {
    expect(judged([obs('output', { start: 2016, end: 2020 }, '6.6', { unit: 'percent-per-annum' })], 'output-growth-2020').value?.toString()).toBe('6.6');
    const row = judged([obs('output-growth', { start: 2016, end: 2020 }, '5.7')], 'output-growth-2020');
    expect([row.value?.toString(), row.status, row.basis]).toEqual(['5.7', 'not_met', 'observed']);
  });

  it('from levels at both ends: not from levels at another price basis than the rate; with a caveat from levels at a basis not stated', () => {
    // GDP of 2015 and 2020 at current prices (67.7 and 101.6 × 10¹² yuan, NBS) grow 8.46 % a year,
    // python: (1015986 ÷ 677000)^(1/5) − 1 = 0.08457555306170323092290805834501390; at comparable
    // prices the same years grew 5.73 % a year (the first test): the difference is the rise in prices,
    // so a rate at comparable prices is not computed from levels at current prices
    const current = { definition: { priceBasis: 'current' } } as const;
    const atCurrent = judged([obs('output', 2015, 677000, current), obs('output', 2020, 1015986, current)], 'output-growth-2020');
    expect([atCurrent.status, atCurrent.basis, atCurrent.value]).toEqual(['no_data', null, null]);
    expect(atCurrent.reason).toContain(
      "the levels of 'output' for 2015 and 2020 are at current prices and 'output-growth' is at comparable prices: computed from them it would include the change in prices, so it is not",
    );
    // the rate of 2020 known (2.3 %, NBS), the others not: incomplete, 2016–2019 missing
    const some = judged([obs('output', 2015, 677000, current), obs('output', 2020, 1015986, current), obs('output-growth', 2020, '2.3')], 'output-growth-2020');
    expect([some.status, some.missing]).toEqual(['incomplete', [2016, 2017, 2018, 2019]]);
    // levels whose price basis nothing states are used, and the caveat says what the value may include
    const unstated = judged([obs('output', 2015, 677000), obs('output', 2020, 1015986)], 'output-growth-2020');
    expect([unstated.status, unstated.value?.toString()]).toEqual(['met', '8.45755530617032309229080583450139']);
    expect(codes(unstated)).toEqual(['derived', 'price-basis']);
    expect(unstated.caveats[1]?.message).toBe(
      "'output-growth' is at comparable prices; it is computed here from levels of 'output' at a price basis not stated, so it may include the change in prices",
    );
  });

  it('on a level indicator: the average growth of the level, from its growth indicator’s rates', () => {
    const plan = minimalPlan(nationIndicators, [{ ...(nationTargets[1] as (typeof nationTargets)[number]), id: 'output-average', indicator: 'output' }]);
    const rates = ['6.8', '6.9', '6.7', '6.0', '2.3'].map((v, i) => obs('output-growth', 2016 + i, v));
    expect(scorecard(plan, rates)[0]?.value?.toString()).toBe('5.725311955641230210124099594894489');
    // as of 2018: three years of rates; python: (1.068 × 1.069 × 1.067)^(1/3) − 1, × 100
    const pending = scorecard(plan, rates, { asOf: 2018 })[0];
    expect([pending?.status, pending?.valueYear, pending?.value?.toString()]).toEqual(['pending', 2018, '6.799968789004611802700718704651538']);
  });
});

describe('scorecard on observations: a change', () => {
  it('in points, from levels: 56.1 % → 63.89 % is +7.79 points', () => {
    const row = judged([obs('urban', 2015, '56.1'), obs('urban', 2020, '63.89')], 'urban-change-2020');
    expect([row.status, row.value?.toString(), row.basis]).toEqual(['met', '7.79', 'observed']);
    expect(codes(row)).toEqual(['derived']);
    expect(row.caveats[0]?.message).toBe('the change is computed from the levels of 2015 and 2020, not a published figure');
  });

  it('in points, from the change of every year, or from a figure for the period in points', () => {
    const yearly = ['1.2', '1.17', '1.06', '1.02', '0.5'].map((v, i) => obs('urban', 2016 + i, v, { unit: 'percentage-points' }));
    const row = judged(yearly, 'urban-change-2020');
    expect(row.value?.toString()).toBe('4.95'); // hand: the sum
    expect(row.caveats[0]?.message).toBe('the change over 2016–2020 is computed from the change of each year, not a published figure');
    const whole = judged([obs('urban', { start: 2016, end: 2020 }, '3.8', { unit: 'percentage-points' })], 'urban-change-2020');
    expect([whole.status, whole.value?.toString()]).toEqual(['not_met', '3.8']);
    // the level target of the same indicator is not judged on a change
    expect(judged(yearly, 'urban-2020').status).toBe('no_data');
  });

  it('levels across a break decide nothing: no_data, with the break and the figures known', () => {
    const row = judged([obs('urban', 2015, '56.1'), obs('urban', 2018, 58, { status: 'B' }), obs('urban', 2020, '63.89')], 'urban-change-2020');
    expect(row.status).toBe('no_data');
    expect(codes(row)).toEqual(['break']);
    expect(row.reason).toContain("the levels of 'urban' for 2015 and 2020 are not on one basis");
  });

  it('in the indicator’s own measure: from levels, or from a figure for the period', () => {
    expect(judged([obs('labs', 2015, 100), obs('labs', 2020, 125)], 'labs-change-2020').value?.toString()).toBe('25');
    const whole = judged([obs('labs', { start: 2016, end: 2020 }, 18)], 'labs-change-2020');
    expect([whole.status, whole.value?.toString()]).toEqual(['not_met', '18']);
  });
});

describe('scorecard on observations: a relative change', () => {
  it('from the change of every year in percent, chained', () => {
    const falls = ['-5', '-3.7', '-3.1', '-2.6', '-0.1'].map((v, i) => obs('energy', 2016 + i, v, { unit: 'percent' }));
    const row = judged(falls, 'energy-2020');
    // hand: 0.95 × 0.963 × 0.969 × 0.974 × 0.999 − 1 = −0.1374225218191
    expect([row.status, row.value?.toString()]).toEqual(['not_met', '-13.74225218191']);
  });

  it('from levels in the indicator’s unit, or from a figure for the period in percent', () => {
    const levels = judged([obs('energy', 2015, '0.7'), obs('energy', 2020, '0.59')], 'energy-2020');
    expect(levels.value?.toString()).toBe('-15.71428571428571428571428571428571'); // python: (0.59 − 0.7) ÷ 0.7 × 100
    const whole = judged([obs('energy', { start: 2016, end: 2020 }, -12, { unit: 'percent', qualifier: 'about' })], 'energy-2020');
    expect([whole.status, whole.value?.toString()]).toEqual(['not_met', '-12']);
  });

  it('a figure over part of the period is known, not used', () => {
    const row = judged([obs('energy', { start: 2016, end: 2019 }, '-13.2', { unit: 'percent' })], 'energy-2020');
    expect(row.status).toBe('incomplete');
    expect(row.reason).toContain("known: 'energy' 2016–2019: -13.2 % (a figure for the span)");
  });
});

describe('scorecard on observations: a cumulative sum', () => {
  const years = [1314, 1351, 1361, 1352, 1186].map((v, i) => obs('jobs', 2016 + i, v));

  it('the sum of the figures of every year', () => {
    const row = judged(years, 'jobs-2020');
    expect([row.status, row.value?.toString()]).toEqual(['met', '6564']); // hand: the sum
    expect(row.caveats[0]?.message).toBe('the total over 2016–2020 is the sum of the figures of each year, not a published figure');
  });

  it('a year missing: incomplete, the year named, what is known said', () => {
    const row = judged(years.filter((o) => o.year !== 2019), 'jobs-2020');
    expect(row.status).toBe('incomplete');
    if (row.status !== 'incomplete') return;
    expect(row.missing).toEqual([2019]);
    expect(row.reason).toBe(
      "no annual figure of 'jobs' for 2019 (of the period 2016–2020), nor a total over the period; known: 'jobs' 2016: 1314; 'jobs' 2017: 1351; 'jobs' 2018: 1361; 'jobs' 2020: 1186",
    );
  });

  it('a count over part of the period decides a floor it reaches, and a ceiling it passes: a bound', () => {
    const months = obs('jobs', { start: '2016-01', end: '2020-10' }, 6000, { qualifier: 'moreThan' });
    const row = judged([months], 'jobs-2020');
    expect([row.status, row.basis, row.value?.toString()]).toEqual(['met', 'bound', '6000']);
    expect(row.bound?.indicatorId).toBe('jobs');
    expect(codes(row)).toEqual(['partial-period']);
    const permits = judged([obs('permits', { start: 2016, end: 2018 }, 120)], 'permits-2020');
    expect([permits.status, permits.basis]).toEqual(['not_met', 'bound']);
    expect(permits.reason).toContain('beyond 100, not met');
  });

  it('a part that decides nothing, or an "about" figure, is only known', () => {
    expect(judged([obs('jobs', { start: 2016, end: 2018 }, 4000)], 'jobs-2020').status).toBe('incomplete');
    expect(judged([obs('jobs', { start: '2016-01', end: '2020-10' }, 6000, { qualifier: 'about' })], 'jobs-2020').status).toBe('incomplete');
    expect(judged([obs('permits', { start: 2016, end: 2018 }, 80)], 'permits-2020').status).toBe('incomplete');
  });

  it('a figure for the whole period is the total', () => {
    const row = judged([obs('jobs', { start: 2016, end: 2020 }, 5000)], 'jobs-2020');
    expect([row.status, row.value?.toString(), row.basis]).toEqual(['met', '5000', 'observed']);
  });
});

describe('scorecard on a projection: every form, and the plan’s own path', () => {
  it('the plan path meets every target of the last year, each on its boundary', () => {
    const s = planPathScenario(nation);
    const rows = scorecard(nation, project(nation, s));
    expect(rows.map((r) => r.status)).toEqual(rows.map(() => 'met'));
    const value = (id: string): string | undefined => rowOf(rows, id).value?.toString();
    expect(value('output-growth-2020')).toBe('6.5');
    expect(value('urban-change-2020')).toBe('3.9');
    expect(value('urban-2020')).toBe('60');
    expect(value('energy-2020')).toBe('-15');
    expect(value('jobs-2020')).toBe('5000');
    expect(value('permits-2020')).toBe('100');
    expect(value('labs-change-2020')).toBe('20');
    expect(s.description).toContain('urban: 56.1 in 2015, then in a straight line to 60 in 2020, the level that meets urban-2020; 56.1 is the level from which that meets urban-change-2020.');
    expect(s.description).toContain('energy: an index of 100 in 2015 (no target gives its level), then in a straight line to 85 in 2020, which meets energy-2020.');
    expect(s.description).toContain('jobs: 1000 in every year, the value whose sum over the period meets jobs-2020.');
    expect(s.description).not.toContain('Not met');
  });

  it('says precisely which targets the path cannot meet', () => {
    // a level target and a change target that need 56.1 and 50 as the 2015 level: the change wins the base, the level the end
    const plan = minimalPlan(nationIndicators, [
      ...nationTargets,
      { ...(nationTargets[4] as (typeof nationTargets)[number]), id: 'energy-also-2020', comparator: 'atLeast', value: nationTargets[4]?.value.abs() as never },
    ]);
    const s = planPathScenario(plan);
    expect(s.description).toContain('Not met on this path: energy-also-2020 (not met: the paths that meet the other targets of its series or inputs do not meet it).');
    expect(s.description).toContain('the targets of 2020 met exactly where a path can meet them');
  });

  it('a strict comparator is met one unit beyond, whole for counts', () => {
    const plan = minimalPlan(nationIndicators, [{ ...(nationTargets[5] as (typeof nationTargets)[number]), comparator: 'above' }]);
    const rows = scorecard(plan, project(plan, planPathScenario(plan)));
    expect(rows[0]?.status).toBe('met');
    expect(rows[0]?.value?.gt(5000)).toBe(true);
  });

  it('a cumulative target beyond the projection’s years, or not driven, is not projected', () => {
    const p = project(nation, { id: 'short', baseYear: 2015, horizon: 2019, series: { jobs: { base: 1000 } } });
    const row = rowOf(scorecard(nation, p), 'jobs-2020');
    expect(row.status).toBe('not_projected');
    expect(row.reason).toBe('not projected: 2020 is outside the projection’s years 2015–2019'.replace('’', "'"));
    expect(rowOf(scorecard(nation, p), 'permits-2020').reason).toBe("not projected: the scenario drives none of 'permits'");
  });
});

describe('reportedTrendScenario: any plan', () => {
  it('grows a level at its own reported rates; a series with only levels follows them, in straight lines between', () => {
    const observations = [
      obs('output', 2015, 677000),
      ...['6.8', '6.9', '6.7', '6.0', '2.3'].map((v, i) => obs('output', 2016 + i, v, { unit: 'percent-per-annum' })),
      obs('urban', 2015, '56.1'),
      obs('urban', 2020, 60),
    ];
    const s = reportedTrendScenario(nation, observations);
    expect(s.series.output?.growth).toEqual({ 2016: expect.anything(), 2017: expect.anything(), 2018: expect.anything(), 2019: expect.anything(), 2020: expect.anything() });
    expect(Object.values(s.series.output?.growth ?? {}).map((g) => (g as { toString(): string }).toString())).toEqual(['0.068', '0.069', '0.067', '0.06', '0.023']);
    // hand: 56.1 + 3.9 × k ÷ 5
    const values = s.series.urban?.values as Readonly<Record<number, { toString(): string }>>;
    expect([2016, 2017, 2018, 2019, 2020].map((y) => values[y]?.toString())).toEqual(['56.88', '57.66', '58.44', '59.22', '60']);
    expect(s.caveats?.map((c) => c.code)).toEqual(['price-basis', 'derived']);
    expect(s.description).toContain('its own reported changes (output in percent)');
    expect(s.description).toContain('urban: 56.1 percent in 2015 (source not given), then the levels reported: 2020 60 (source not given); no growth rate is reported for it.');
    const rows = scorecard(nation, project(nation, s));
    expect(rowOf(rows, 'urban-change-2020').value?.toString()).toBe('3.9');
  });

  it('follows the levels where the rates reported leave a year without one, and says which', () => {
    // the rate of 2020 only (2.3 %), nothing before it to carry forward to 2016: the levels decide
    const s = reportedTrendScenario(nation, [obs('output', 2015, 677000), obs('output-growth', 2020, '2.3'), obs('output', 2020, 1015986)]);
    expect(s.series.output?.growth).toBeUndefined();
    expect(s.series.output?.values?.[2020]?.toString()).toBe('1015986');
    expect(s.description).toContain(
      'output: 677000 100m-yuan in 2015 (source not given), then the levels reported: 2020 1015986 (source not given); the rates of output-growth reported give none for 2016 (nor one before it to carry forward).',
    );
  });
});
