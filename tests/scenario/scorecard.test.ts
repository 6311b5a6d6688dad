import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baotou13, baotouReported } from '../../src/data/baotou13/index.js';
import { dec } from '../../src/decimal.js';
import { ownPayload } from '../../src/own.js';
import type { ObservationInput, Target } from '../../src/plan/types.js';
import { scenarios } from '../../src/scenario/builtins.js';
import { consistency } from '../../src/scenario/consistency.js';
import { project } from '../../src/scenario/project.js';
import { reportedTrendScenario } from '../../src/scenario/reportedTrend.js';
import { scorecard } from '../../src/scenario/scorecard.js';
import type { Projection, ScorecardRow } from '../../src/scenario/types.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';
import { planWith, targets, toy, toyScenario } from './fixtures.js';

const byId = (rows: readonly ScorecardRow[]) => Object.fromEntries(rows.map((r) => [r.targetId, r]));
const brief = (r: ScorecardRow | undefined) => r && [r.status, r.value?.toFixed() ?? null, r.met];

describe('scorecard on a projection', () => {
  const rows = scorecard(toy, project(toy, toyScenario));
  const row = byId(rows);

  it('one row per target, in plan order, each judged at its year', () => {
    expect(rows.map((r) => r.targetId)).toEqual(targets.map((t) => t.id));
    expect(rows.map((r) => r.year)).toEqual([2020, 2020, 2020, 2016, 2020, 2020, 2020, 2020]);
    expect(rows.every((r) => r.valueYear === r.year)).toBe(true);
  });

  it('a level: 176.319369216 against ≥ 240 bn, not met by 63.680630784 (hand: 240 − 176.319369216)', () => {
    const r = row['iva-2020'] as ScorecardRow;
    expect(brief(r)).toEqual(['not_met', '176.319369216', false]);
    expect(r.gap?.toFixed()).toBe('-63.680630784');
    // python: Context(prec=34).divide(Decimal('176.319369216'), 240)
    expect(r.attainment?.toFixed()).toBe('0.7346640384');
    expect([r.comparator, r.threshold.toFixed(), r.unit, r.reason]).toEqual(['atLeast', '240', 'bn-yuan', null]);
    expect(r.evaluation?.explanation.summary).toBe(
      '176.3194 billion yuan ≥ 240 billion yuan: not met (attainment 73.47 %, gap -63.6806 billion yuan)',
    );
  });

  it('a rate over its period, by the rate evaluation on the levels: 8 % a year exactly', () => {
    const r = row['iva-growth-2020'] as ScorecardRow;
    expect(brief(r)).toEqual(['met', '8', true]);
    expect(r.evaluation?.explanation.working[0]).toBe('annual average = (176.319369216 ÷ 120)^(1/5) − 1 = 0.08');
  });

  it('shares and intensities by their evaluations on the parts', () => {
    // python: divide(42.2962003968, 176.319369216) * 100; |23.988… − 25| > 1
    expect(brief(row['sei-share-2020'])).toEqual(['not_met', '23.98840274036203593765016387659353', false]);
    expect(brief(row['sei-share-2016'])).toEqual(['met', '20.74074074074074074074074074074074', true]);
    // hand: 161.051 bn ÷ 5,610.2069228 亿 (561.02069228 bn) × 100; python: divide(161.051, 561.02069228) * 100
    expect(brief(row['ps-share-2020'])).toEqual(['met', '28.70678429800607139916026485567688', true]);
    expect(row['ps-share-2020']?.evaluation?.explanation.notes).toEqual([
      "whole converted exactly from 5610.2069228 '100m-yuan' to 561.02069228 'bn-yuan'",
    ]);
    expect(brief(row['intensity-2020'])).toEqual(['met', '1.127128264238175074937763552304019', true]);
  });

  it('counts and rates', () => {
    expect(brief(row['institutes-2020'])).toEqual(['met', '105', true]);
    expect(brief(row['wastewater-2020'])).toEqual(['met', '93', true]);
  });

  it('rows and their list are frozen', () => {
    expect(Object.isFrozen(rows)).toBe(true);
    expect(rows.every((r) => Object.isFrozen(r))).toBe(true);
  });
});

describe('scorecard: what has no value', () => {
  it('targets whose series are not driven are not_projected, with the reason; nothing throws', () => {
    const rows = byId(scorecard(toy, project(toy, { id: 'iva', baseYear: 2015, horizon: 2020, series: { iva: { base: 120, growth: '0.08' } } })));
    expect(brief(rows['sei-share-2020'])).toEqual(['not_projected', null, null]);
    expect(rows['sei-share-2020']?.reason).toBe("not projected: the scenario drives none of 'sei'");
    expect(rows['ps-share-2020']?.reason).toBe("not projected: the scenario drives none of 'ps', 'gdp'");
    expect(rows['institutes-2020']?.reason).toBe("not projected: the scenario drives none of 'institutes'");
    expect([rows['sei-share-2020']?.gap, rows['sei-share-2020']?.attainment, rows['sei-share-2020']?.evaluation, rows['sei-share-2020']?.valueYear]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('a projection that ends before the target year', () => {
    const rows = byId(scorecard(toy, project(toy, { ...toyScenario, horizon: 2018, series: { iva: { base: 120, growth: '0.08' } } })));
    expect(rows['iva-2020']?.reason).toBe("not projected: 2020 is outside the projection's years 2015–2018");
    expect(rows['iva-growth-2020']?.reason).toBe("not projected: 2020 is outside the projection's years 2015–2018");
  });

  it('a rate whose base year the projection does not reach', () => {
    const rows = byId(scorecard(toy, project(toy, { id: 'late', baseYear: 2016, horizon: 2020, series: { iva: { base: 120, growth: '0.08' } } })));
    expect(rows['iva-growth-2020']?.status).toBe('not_projected');
    expect(rows['iva-growth-2020']?.reason).toBe("not projected: 2015 is outside the projection's years 2016–2020");
  });

  it('a value where a formula is undefined (a growth from a base of 0) has that reason', () => {
    const rows = byId(scorecard(toy, project(toy, { id: 'z', baseYear: 2015, horizon: 2020, series: { iva: { base: 0, additions: 10 } } })));
    expect(rows['iva-growth-2020']?.status).toBe('not_projected');
    expect(rows['iva-growth-2020']?.reason).toBe('series (2015): must be greater than 0 for an annual average growth rate, got 0');
    expect(brief(rows['iva-2020'])).toEqual(['not_met', '50', false]);
  });
});

describe('scorecard as of a year', () => {
  const p = project(toy, toyScenario);

  it('targets of later years are pending, with their value so far, gap and attainment as of then', () => {
    const rows = byId(scorecard(toy, p, { asOf: 2018 }));
    const level = rows['iva-2020'] as ScorecardRow;
    expect([level.status, level.met, level.valueYear, level.value?.toFixed(), level.gap?.toFixed()]).toEqual([
      'pending',
      null,
      2018,
      '151.16544',
      '-88.83456',
    ]);
    // the rate averaged 2015–2018: 8 % still; the 2016 target is judged at its year
    expect([rows['iva-growth-2020']?.status, rows['iva-growth-2020']?.value?.toFixed(), rows['iva-growth-2020']?.valueYear]).toEqual([
      'pending',
      '8',
      2018,
    ]);
    expect(rows['iva-growth-2020']?.evaluation?.explanation.notes).toEqual([
      'averaged to 2018, before the end of the period 2020: progress so far, not the final verdict',
    ]);
    expect(brief(rows['sei-share-2016'])).toEqual(['met', '20.74074074074074074074074074074074', true]);
  });

  it('as of the base year a rate has no value yet', () => {
    const rows = byId(scorecard(toy, p, { asOf: 2015 }));
    expect(brief(rows['iva-growth-2020'])).toEqual(['pending', null, null]);
    expect(rows['iva-growth-2020']?.reason).toBe('pending: the period starts in 2016, after 2015');
  });

  it('asOf after every target changes nothing', () => {
    expect(scorecard(toy, p, { asOf: 2030 }).map(brief)).toEqual(scorecard(toy, p).map(brief));
  });

  it('bad options', () => {
    expect(planError(() => scorecard(toy, p, { asOf: 2018.5 })).message).toBe('options.asOf: expected an integer year from 1900 to 2100, got 2018.5');
    expect(planError(() => scorecard(toy, p, 'x' as never)).message).toBe("options: expected an options object or undefined, got 'x'");
    expect(planError(() => scorecard(toy, p, { defaultTolerance: 1 as never })).message).toBe(
      'options.defaultTolerance: expected { relative } or { absolute }, got 1',
    );
  });
});

describe('scorecard on observations', () => {
  const obs: readonly ObservationInput[] = deepFreeze<ObservationInput[]>([
    { indicator: 'iva', year: 2015, value: '120', unit: 'bn-yuan' },
    { indicator: 'iva', year: 2020, value: '2400', unit: '100m-yuan' },
    // another source's figure for 2020: the rule prefers the more precise 2400 (docs/scenarios.md, "Which figure counts")
    { indicator: 'iva', year: 2020, value: '1', unit: 'bn-yuan', source: { kind: 'external', publication: 'another source', confidence: 'secondary' } },
    { indicator: 'sei', year: 2020, value: '60' },
    { indicator: 'sei-share', year: 2016, value: '21' },
    { indicator: 'energy', year: 2020, value: '3000' },
    { indicator: 'not-in-the-plan', year: 2020, value: '1' },
    { indicator: 'institutes', period: { start: 2020, end: 2020 }, value: 101 },
  ]);

  it('the value of the target year, converted into the target unit; parts when the share itself is not observed', () => {
    const rows = byId(scorecard(toy, obs));
    expect(brief(rows['iva-2020'])).toEqual(['met', '240', true]);
    expect(rows['iva-2020']?.evaluation?.explanation.notes).toEqual([]);
    // sei 60 of iva 240: 25 %
    expect(brief(rows['sei-share-2020'])).toEqual(['met', '25', true]);
    expect(brief(rows['sei-share-2016'])).toEqual(['met', '21', true]);
    // 3,000 × 10⁴ tce over 240 bn: 30,000,000 ÷ 24,000,000 = 1.25
    expect(brief(rows['intensity-2020'])).toEqual(['met', '1.25', true]);
    expect(brief(rows['institutes-2020'])).toEqual(['met', '101', true]);
    // a rate at comparable prices is not computed from levels at current prices (the toy's 'iva'):
    // it would include the change in prices
    expect(brief(rows['iva-growth-2020'])).toEqual(['no_data', null, null]);
    expect(rows['iva-growth-2020']?.reason).toContain("the levels of 'iva' for 2015 and 2020 are at current prices and 'iva-growth' is at comparable prices");
    // from the levels of its base year and last year at comparable prices: 2^(1/5) − 1 (python, as above)
    const comparable = obs.map((o) => (o.indicator === 'iva' ? { ...o, definition: { priceBasis: 'comparable' as const } } : o));
    expect(brief(byId(scorecard(toy, comparable))['iva-growth-2020'])).toEqual(['met', '14.86983549970350067986269467779276', true]);
    expect(rows['ps-share-2020']?.status).toBe('no_data');
    expect(rows['ps-share-2020']?.reason).toBe("no observation of 'ps-share' for 2020");
    expect(rows['wastewater-2020']?.reason).toBe("no observation of 'wastewater' for 2020");
  });

  it('a rate: an observed average over exactly the period comes first, then annual rates, then levels', () => {
    const average: ObservationInput[] = [...obs, { indicator: 'iva-growth', period: { start: 2016, end: 2020 }, value: '7.5' }];
    expect(brief(byId(scorecard(toy, average))['iva-growth-2020'])).toEqual(['not_met', '7.5', false]);
    const annual: ObservationInput[] = [
      ...obs,
      { indicator: 'iva-growth', year: 2016, value: '10' },
      { indicator: 'iva-growth', year: 2017, value: '11.8' },
      { indicator: 'iva-growth', year: 2018, value: '11' },
      { indicator: 'iva-growth', year: 2019, value: '11.8' },
      { indicator: 'iva-growth', year: 2020, value: '11' },
    ];
    const r = byId(scorecard(toy, annual))['iva-growth-2020'];
    // python: cagr(1, 1.1 * 1.118 * 1.11 * 1.118 * 1.11, 5) * 100 (tests/scenario/oracle.py)
    expect(brief(r)).toEqual(['met', '11.11800869474152577808330328791056', true]);
    // as of 2018, the rates of 2016–2018: python cagr(120, 120*1.1*1.118*1.11, 3) * 100
    const asOf = byId(scorecard(toy, annual, { asOf: 2018 }))['iva-growth-2020'];
    expect([asOf?.status, asOf?.value?.toFixed()]).toEqual(['pending', '10.93088790849973817470459934849254']);
  });

  it('without the observations a rate needs, no_data with the reason (a level at one end says nothing of the years between)', () => {
    const r = byId(scorecard(toy, [{ indicator: 'iva', year: 2020, value: 240 }]))['iva-growth-2020'];
    expect([r?.status, r?.missing]).toEqual(['no_data', []]);
    expect(r?.reason).toBe(
      "no annual figure of 'iva-growth' for 2016, 2017, 2018, 2019, 2020 (of the period 2016–2020), nor an average over the period; nor levels of 'iva' for 2015 and 2020; known: 'iva' 2020: 240 billion yuan",
    );
  });

  it('bad observations', () => {
    expect(planError(() => scorecard(toy, [null] as never)).message).toBe(
      'observations[0]: expected an observation { indicator, year | period, value }, got null',
    );
    expect(planError(() => scorecard(toy, [{ indicator: 'iva', value: 1 }] as never)).message).toBe(
      "observations[0].period: expected a period { start, end } of years, or of months 'YYYY-MM' (or give 'year'), got undefined",
    );
    expect(planError(() => scorecard(toy, [{ indicator: 'iva', year: 'x', value: 1 }] as never)).message).toBe(
      "observations[0].year: expected an integer year from 1900 to 2100, got 'x'",
    );
    const e = planError(() => scorecard(toy, [{ indicator: 'iva', year: 2020, value: 1, unit: 'tce' }] as never));
    expect([e.code, e.message]).toEqual([
      'UNIT_MISMATCH',
      "observations[0].unit: 'tce' (measure 'tce') does not fit indicator 'iva' (measure 'yuan'); only units of one measure convert",
    ]);
  });
});

describe('scorecard: approximately without a tolerance, and foreign projections', () => {
  it('defaultTolerance is used for an approximately target that has none; its own wins', () => {
    const t: Target = { ...(targets[2] as Target), tolerance: undefined } as never;
    const plan = planWith({ targets: [t, { ...(targets[2] as Target), id: 'own' }] });
    const p = project(plan, toyScenario);
    const rows = scorecard(plan, p, { defaultTolerance: { absolute: '2' } });
    expect(rows.map((r) => [r.targetId, r.met])).toEqual([
      ['sei-share-2020', true],
      ['own', false],
    ]);
    expect(planError(() => scorecard(plan, p)).message).toBe(
      "target.tolerance: an 'approximately' target needs a tolerance { relative } or { absolute } (on the target or in options.tolerance), got undefined",
    );
  });

  it('a projection read back from JSON (decimal strings) gives the same rows', () => {
    const p = project(toy, toyScenario);
    const copy = JSON.parse(JSON.stringify(p)) as Projection;
    expect(scorecard(toy, copy).map(brief)).toEqual(scorecard(toy, p).map(brief));
  });

  it('a foreign projection in other units of the same measure is converted', () => {
    const copy = {
      baseYear: 2015,
      horizon: 2020,
      indicators: { iva: { 2015: '1200', 2020: '2400' } },
      units: { iva: '100m-yuan' },
    };
    const rows = byId(scorecard(toy, copy as never));
    expect(brief(rows['iva-2020'])).toEqual(['met', '240', true]);
    expect(() => scorecard(toy, { ...copy, units: { iva: 'tce' } } as never)).toThrowPlanError('UNIT_MISMATCH', 'projection.units.iva');
    expect(planError(() => scorecard(toy, { indicators: {} } as never)).message).toBe(
      'projectionOrObservations: expected a projection { baseYear, horizon, indicators, … } or an array of observations, got an object',
    );
  });
});

describe('observations: one reader for scorecard, consistency and reportedTrendScenario', () => {
  const cases: [ObservationInput, string][] = [
    [{ indicator: 'iva', year: 1899, value: 1 }, '[0].year: expected an integer year from 1900 to 2100, got 1899'],
    [{ indicator: 'iva', period: { start: 2016, end: 2015 }, value: 1 } as never, "[0].period: expected a period { start, end } of years, or of months 'YYYY-MM' (or give 'year'), got an object"],
    [{ indicator: 'iva', period: { start: '2019-09', end: '2019-01' }, value: 1 } as never, "[0].period: expected a period { start, end } of years, or of months 'YYYY-MM' (or give 'year'), got an object"],
    [{ indicator: 'iva', year: 2019, value: 1, status: 'X' } as never, "[0].status: expected one of 'A', 'B', 'E', 'F', 'I', 'M', 'P', 'S', got 'X'"],
    [{ indicator: 'iva', year: 2019, value: 1, vintage: '2019-13' }, "[0].vintage: expected a publication date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', got '2019-13'"],
    [{ indicator: 'iva', year: 2016, value: 'x' }, "[0].value: expected a decimal string like '240', '-0.08' or '1.3e2', a finite number, a bigint, or a Decimal, got 'x'"],
    [{ indicator: 'iva', year: 2016, value: 1, unit: 'tce' }, "[0].unit: 'tce' (measure 'tce') does not fit indicator 'iva' (measure 'yuan'); only units of one measure convert"],
  ];

  it.each(cases)('%o is refused by each, with the same message', (observation, message) => {
    // the same words, after the argument's own name; also for a year the function would not use
    expect(planError(() => scorecard(toy, [observation])).message).toBe(`observations${message}`);
    expect(planError(() => reportedTrendScenario(toy, [observation])).message).toBe(`observations${message}`);
    expect(planError(() => consistency(toy, [observation])).message).toBe(`baseline${message}`);
  });

  it('observations of indicators the plan does not have are left out by each', () => {
    const other = { indicator: 'elsewhere', year: 1, value: 'not even a number' } as never;
    expect(scorecard(toy, [other]).every((r) => r.status === 'no_data')).toBe(true);
    expect(reportedTrendScenario(toy, [other]).series).toEqual({});
    expect(consistency(toy, [other]).length).toBeGreaterThan(0);
  });
});

describe('scorecard: only a projection the library made is read through its table', () => {
  const p = project(toy, toyScenario);

  it('a spread copy is read from its visible values: changing one changes the verdict', () => {
    const iva = { ...p.indicators.iva, 2020: dec(240) };
    const forged = { ...p, indicators: { ...p.indicators, iva } } as Projection;
    // hand: 240 meets ≥ 240; the projection's own level is 120 × 1.08⁵ = 176.319369216
    expect(brief(byId(scorecard(toy, forged))['iva-2020'])).toEqual(['met', '240', true]);
    expect(brief(byId(scorecard(toy, p))['iva-2020'])).toEqual(['not_met', '176.319369216', false]);
  });

  it('a plain copy carries no table, and gives the same rows read from its values', () => {
    const copy = { ...p };
    expect(ownPayload(p, 'projection')).toBeDefined();
    expect(ownPayload(copy, 'projection')).toBeUndefined();
    expect(ownPayload(Object.assign({}, p), 'projection')).toBeUndefined();
    expect(scorecard(toy, copy).map(brief)).toEqual(scorecard(toy, p).map(brief));
  });

  it('a projection shaped object with years outside 1900–2100 is refused', () => {
    expect(() => scorecard(toy, { ...p, baseYear: 1899 })).toThrowPlanError('INVALID_ARGUMENT', /^projectionOrObservations: expected a projection/);
  });
});

describe('scorecard: the embedded plan', () => {
  it('under planPath every 2020 target is met, and the 2016 target too', () => {
    const rows = scorecard(baotou13, project(baotou13, scenarios.planPath));
    const in2020 = rows.filter((r) => r.year === 2020);
    expect(in2020.length).toBe(10);
    expect(in2020.filter((r) => r.met !== true).map((r) => r.targetId)).toEqual([]);
    expect(byId(rows)['strategic-emerging-industries-share-2016']?.met).toBe(true);
  });

  it('under reportedTrend the 240 bn level is not met: 120 × 1.098² × 1.11 × 1.118 × 1.11 = 199.284576195744', () => {
    const rows = byId(scorecard(baotou13, project(baotou13, scenarios.reportedTrend)));
    // python (oracle.py): 120 * 1.098 * 1.098 * 1.11 * 1.118 * 1.11, exact
    expect(brief(rows['industrial-value-added-2020'])).toEqual(['not_met', '199.284576195744', false]);
    // the rate is met: python cagr(120, 199.284576195744, 5) * 100
    expect(brief(rows['industrial-value-added-growth-2020'])).toEqual(['met', '10.67728277079760043219373336606781', true]);
    // nothing else has a reported 2015 level, so nothing else is projected
    const others = Object.values(rows).filter((r) => !r.targetId.startsWith('industrial-value-added'));
    expect(new Set(others.map((r) => r.status))).toEqual(new Set(['not_projected']));
    // the rows with a verdict rest on the projection and carry its caveats (and their own: 'above' read as 以上)
    expect(rows['industrial-value-added-2020']?.basis).toBe('projected');
    expect(rows['industrial-value-added-2020']?.caveats).toEqual(scenarios.reportedTrend.caveats);
    expect(rows['industrial-value-added-growth-2020']?.caveats.map((c) => c.code)).toEqual([
      'scope',
      'estimate',
      'price-basis',
      'derived',
      'break',
      'break',
      'reading',
    ]);
    expect([rows['gdp']?.basis, rows['producer-services-share-2020']?.basis, rows['producer-services-share-2020']?.caveats]).toEqual([undefined, null, []]);
  });
});

describe('scorecard: properties', () => {
  // Rates as decimals with up to four places, from −50 % to +50 % a year.
  const rate = fc.integer({ min: -5000, max: 5000 }).map((n) => dec(n).div(10000));

  it('a higher growth driver never turns a met increase target of the driven series into unmet', () => {
    const increase = ['iva-2020', 'iva-growth-2020'];
    fc.assert(
      fc.property(rate, rate, (a, b) => {
        const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
        const at = (g: typeof a) =>
          byId(scorecard(toy, project(toy, { id: 'p', baseYear: 2015, horizon: 2020, series: { iva: { base: '120', growth: g } } })));
        const low = at(lo);
        const high = at(hi);
        for (const id of increase) if (low[id]?.met === true) expect(high[id]?.met).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('the scorecard does not change its inputs', () => {
    const p = project(toy, toyScenario);
    const before = JSON.stringify(p);
    scorecard(toy, p, { asOf: 2018 });
    expect(JSON.stringify(p)).toBe(before);
  });
});
