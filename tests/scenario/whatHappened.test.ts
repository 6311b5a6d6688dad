/**
 * The scorecard of what happened: verdicts on observations with what they rest on (`basis`),
 * bounds from wholes (`partOf`), periods finer than a year, vintages, breaks and caveats.
 * Expected values are the publications' figures and hand calculations written here, or
 * Python `decimal` (tests/scenario/oracle.py).
 */
import { describe, expect, it } from 'vitest';
import { baotou13, baotouReported, baotouReportedIndicators } from '../../src/data/baotou13/index.js';
import { dec } from '../../src/decimal.js';
import type { Indicator, ObservationInput, Target } from '../../src/plan/types.js';
import { scorecard } from '../../src/scenario/scorecard.js';
import type { ScorecardRow } from '../../src/scenario/types.js';
import { CAVEAT_CODES, SCORECARD_BASES } from '../../src/vocabulary.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';
import { indicators, planWith, targets } from './fixtures.js';

const byId = (rows: readonly ScorecardRow[]) => Object.fromEntries(rows.map((r) => [r.targetId, r]));
const codes = (r: ScorecardRow | undefined) => r?.caveats.map((c) => c.code);
const brief = (r: ScorecardRow | undefined) => r && [r.status, r.basis, r.value?.toFixed() ?? null, r.met];

describe('baotou13 over baotouReported, row by row', () => {
  const rows = byId(scorecard(baotou13, baotouReported));

  it('industrial value added ≥ 240 bn in 2020: not met on a bound, the secondary sector of 2020 (1,153.0 亿 = 115.3 bn)', () => {
    const r = rows['industrial-value-added-2020'] as ScorecardRow;
    // Baotou statistical communiqué 2020 (2021-04-06): 第二产业增加值1153.0亿元; no level of
    // industrial value added itself is published for 2016–2020.
    expect(brief(r)).toEqual(['not_met', 'bound', '115.3', false]);
    expect([r.bound?.indicatorId, r.bound?.year, r.bound?.value.toFixed(), r.bound?.unit]).toEqual([
      'secondary-sector-value-added',
      2020,
      '115.3',
      'bn-yuan',
    ]);
    expect(r.bound?.observation.value.toFixed()).toBe('1153');
    // the figure is the first level after the 2017–2019 revision (status B), the target was set on 2015's basis
    expect(codes(r)).toEqual(['break', 'break']);
    // python: div34(115.3, 240) and div34(240 − 115.3, 240): met on the old basis only if the
    // revision cut the level by more than 51.96 %, so missed under any cut up to 50 %
    expect(r.bound?.flipFactor?.toFixed()).toBe('0.4804166666666666666666666666666667');
    expect(r.caveats[1]?.message).toContain('by more than 51.9583 %');
    expect(r.caveats[1]?.message).toContain('115.3 ÷ 240 = 0.480417');
    expect(r.gap?.toFixed()).toBe('-124.7'); // hand: 115.3 − 240: the part falls short by at least this
    expect(r.reason).toBe(
      "no observation of 'industrial-value-added' for 2020; it is part of 'secondary-sector-value-added' (partOf), which was 115.3 billion yuan in 2020, so 'industrial-value-added' was at most that: below 240 billion yuan, not met",
    );
  });

  it('the 8 % a year over 2016–2020: incomplete; 2016, 2017 and 2019 are missing; what is known is said', () => {
    const r = rows['industrial-value-added-growth-2020'] as ScorecardRow;
    expect([r.status, r.basis, r.value, r.met]).toEqual(['incomplete', null, null, null]);
    expect(r.missing).toEqual([2016, 2017, 2019]);
    // above-scale figures (scope), January–November 2017 (part of a year), the 2013–2017
    // average and the 2015 level expected before the year's accounts (estimates)
    expect(codes(r)).toEqual(['scope', 'partial-period', 'estimate', 'scope', 'estimate']);
    // +11 % in 2018 (2019 work report) and 2020 (2021 work report); +5.5 % January–November 2017
    // (China Daily, 2018-01-11); 11.8 % a year over 2018–2021 (Inner Mongolia Daily, 2022-02-16)
    for (const known of [
      "'industrial-value-added-growth' 2018: 11 % a year",
      "'industrial-value-added-growth' 2020: 11 % a year",
      "'industrial-value-added-growth' 2017-01–2017-11: 5.5 % a year (part of a year)",
      "'industrial-value-added-growth' 2018–2021: 11.8 % a year (an average over the span)",
    ]) {
      expect(r.reason).toContain(known);
    }
  });

  it('the nine other targets: no data, no basis, no caveats', () => {
    const others = Object.values(rows).filter((r) => !r.targetId.startsWith('industrial-value-added'));
    expect(others.map((r) => r.targetId)).toEqual([
      'innovation-research-institutes-2020',
      'state-high-tech-enterprises-2020',
      'strategic-emerging-industries-share-2020',
      'high-tech-industries-share-2020',
      'producer-services-share-2020',
      'industrial-energy-intensity-2020',
      'industrial-wastewater-utilisation-rate-2020',
      'industrial-solid-waste-utilisation-rate-2020',
      'strategic-emerging-industries-share-2016',
    ]);
    expect(others.map((r) => [r.status, r.basis, r.caveats.length, r.missing.length])).toEqual(others.map(() => ['no_data', null, 0, 0]));
  });

  it('as of 2019 the strategic emerging share of January–September 2019 (22.3 %) is not the year: pending, without a value', () => {
    const r = byId(scorecard(baotou13, baotouReported, { asOf: 2019 }))['strategic-emerging-industries-share-2020'];
    expect([r?.status, r?.value]).toEqual(['pending', null]);
    expect(r?.reason).toBe(
      "no observation of 'strategic-emerging-industries-share' for 2019; known: 'strategic-emerging-industries-share' 2019-01–2019-09: 22.3 % (part of a year)",
    );
    expect(codes(r)).toContain('partial-period');
  });

  it('with the indicators of the reported figures the rows are the same (their figures bear on no other target)', () => {
    const withIndicators = scorecard(baotou13, baotouReported, { indicators: baotouReportedIndicators });
    expect(withIndicators.map(brief)).toEqual(Object.values(rows).map(brief));
  });

  it('every basis and caveat code is of the vocabulary', () => {
    for (const r of Object.values(rows)) {
      if (r.basis !== null) expect(SCORECARD_BASES).toContain(r.basis);
      for (const c of r.caveats) expect(CAVEAT_CODES).toContain(c.code);
    }
  });
});

// A toy plan where value added is part of industry, itself part of the secondary sector.
const whole = (id: string, partOf?: string): Indicator => ({
  id,
  name: { en: id },
  unit: 'bn-yuan',
  kind: 'level',
  direction: 'increase',
  nature: 'unspecified',
  definition: { priceBasis: 'current' },
  ...(partOf === undefined ? {} : { partOf }),
});
const nested = [...indicators.map((i) => (i.id === 'iva' ? { ...i, partOf: 'industry' } : i)), whole('industry', 'secondary'), whole('secondary')];
const target = (comparator: Target['comparator'], value: string): Target => ({ ...(targets[0] as Target), comparator, value: dec(value) });
const planOf = (...ts: Target[]) => planWith({ indicators: nested, targets: ts.map((t, i) => ({ ...t, id: `t${i}` })) });

describe('bounds from wholes (partOf)', () => {
  it('atLeast: a whole below the floor proves the part below it (a whole in 亿, the target in bn)', () => {
    const r = scorecard(planOf(target('atLeast', '240')), [{ indicator: 'secondary', year: 2020, value: '1153.0', unit: '100m-yuan' }])[0];
    // hand: 1,153.0 亿 = 115.3 bn < 240 bn, through industry to the secondary sector
    expect(brief(r)).toEqual(['not_met', 'bound', '115.3', false]);
    expect([r?.bound?.indicatorId, r?.bound?.unit, r?.bound?.flipFactor]).toEqual(['secondary', 'bn-yuan', null]);
    expect(r?.caveats).toEqual([]);
  });

  it('above: a whole at the threshold is enough (the part is at most the threshold, never above it)', () => {
    const r = scorecard(planOf(target('above', '240')), [{ indicator: 'industry', year: 2020, value: '240' }])[0];
    expect(brief(r)).toEqual(['not_met', 'bound', '240', false]);
  });

  it('atMost and below: a whole within the ceiling proves the part within it', () => {
    const plan = planOf(target('atMost', '240'), target('below', '240'));
    const rows = scorecard(plan, [{ indicator: 'industry', year: 2020, value: '230' }]);
    expect(rows.map(brief)).toEqual([
      ['met', 'bound', '230', true],
      ['met', 'bound', '230', true],
    ]);
    expect(rows[0]?.gap?.toFixed()).toBe('10'); // hand: 240 − 230, the part has at least this room
  });

  it('a whole that decides nothing leaves the row without a verdict, and says so', () => {
    const plan = planOf(target('atLeast', '240'), target('atMost', '200'));
    const rows = scorecard(plan, [{ indicator: 'industry', year: 2020, value: '250' }]);
    expect(rows.map(brief)).toEqual([
      ['no_data', null, null, null],
      ['no_data', null, null, null],
    ]);
    expect(rows[0]?.reason).toBe(
      "no observation of 'iva' for 2020; known: 'industry', which contains it, was 'industry' 2020: 250 billion yuan in 2020, which does not decide the target (the part may be anything up to it)",
    );
    expect(rows[0]?.bound).toBeNull();
  });

  it('the nearest whole with a figure decides; the part own figure comes first', () => {
    const plan = planOf(target('atLeast', '240'));
    const obs: ObservationInput[] = [
      { indicator: 'secondary', year: 2020, value: '200' },
      { indicator: 'industry', year: 2020, value: '150' },
    ];
    expect(scorecard(plan, obs)[0]?.bound?.indicatorId).toBe('industry');
    expect(brief(scorecard(plan, [...obs, { indicator: 'iva', year: 2020, value: '120' }])[0])).toEqual(['not_met', 'observed', '120', false]);
  });

  it('a whole after a break that the target predates: the revision factor that would turn the verdict, exactly', () => {
    const obs: ObservationInput[] = [
      { indicator: 'secondary', year: 2014, value: '179.22' },
      { indicator: 'secondary', year: 2020, value: '115.3', status: 'B' },
    ];
    const r = scorecard(planOf(target('atLeast', '240')), obs)[0];
    expect(codes(r)).toEqual(['break', 'break']);
    // python: div34(115.3, 240)
    expect(r?.bound?.flipFactor?.toFixed()).toBe('0.4804166666666666666666666666666667');
    expect(r?.caveats[1]?.message).toBe(
      "on the basis the target was set on, the verdict would turn only if the revision had cut the whole's 2020 level by more than 51.9583 % (a revision factor, revised ÷ earlier level, below 115.3 ÷ 240 = 0.480417): the target is missed under any smaller cut",
    );
  });

  it('a plan whose partOf is broken is refused, every problem listed', () => {
    const bad = planWith({
      indicators: [...indicators.map((i) => (i.id === 'iva' ? { ...i, partOf: 'nowhere' } : i.id === 'sei' ? { ...i, partOf: 'energy' } : i))],
    });
    const e = planError(() => scorecard(bad, []));
    expect(e.code).toBe('VALIDATION');
    expect(e.issues.map((i) => i.message)).toEqual([
      "indicator 'iva' refers to 'nowhere', which is not an indicator of the plan",
      "'energy' is in '10k-tce' (measure 'tce') and this indicator in 'bn-yuan' (measure 'yuan'); a part and its whole have the same measure",
    ]);
    const cycle = planWith({ indicators: [...nested.filter((i) => i.id !== 'secondary'), whole('secondary', 'iva')] });
    expect(planError(() => scorecard(cycle, [])).issues.map((i) => i.message)).toEqual([
      'partOf runs in a circle: industry → secondary → iva → industry; a whole cannot be part of its own part',
    ]);
  });
});

describe('which figure counts', () => {
  const plan = planOf(target('atLeast', '240'));
  const only = (obs: ObservationInput[]) => scorecard(plan, obs)[0] as ScorecardRow;
  /** A source named `publication`: figures of two sources are not duplicates. */
  const from = (publication: string) => ({ kind: 'external', publication, confidence: 'secondary' }) as const;

  it('units: a figure in 亿 against a target in bn is converted exactly; another measure is refused', () => {
    expect(brief(only([{ indicator: 'iva', year: 2020, value: '2400.0', unit: '100m-yuan' }]))).toEqual(['met', 'observed', '240', true]);
    expect(() => only([{ indicator: 'iva', year: 2020, value: '2400', unit: 'tce' }])).toThrowPlanError('UNIT_MISMATCH', "indicator 'iva'");
  });

  it('a partial period is not the year; months from January to December are', () => {
    const partial = only([{ indicator: 'iva', period: { start: '2020-01', end: '2020-09' }, value: '250' }]);
    expect(brief(partial)).toEqual(['no_data', null, null, null]);
    expect(codes(partial)).toEqual(['partial-period']);
    expect(partial.caveats[0]?.message).toBe("'iva' 2020-01–2020-09: 250 billion yuan covers part of a year: it is not a figure for 2020");
    expect(brief(only([{ indicator: 'iva', period: { start: '2020-01', end: '2020-12' }, value: '250' }]))).toEqual(['met', 'observed', '250', true]);
  });

  it('vintages: the latest release is used, and the caveat names the one it revises', () => {
    const r = only([
      { indicator: 'iva', year: 2020, value: '2787.4', unit: '100m-yuan', vintage: '2021-04-06' },
      { indicator: 'iva', year: 2020, value: '2770', unit: '100m-yuan', vintage: '2025-11-17' },
    ]);
    expect(brief(r)).toEqual(['met', 'observed', '277', true]);
    expect(r.caveats).toEqual([
      { code: 'revised', message: "'iva' 2020: 277 billion yuan, published 2025-11-17, is used: it revises 'iva' 2020: 278.74 billion yuan (published 2021-04-06)" },
    ]);
  });

  it('sources without vintages that disagree: a final figure before an estimate, exact before rounded, then the more precise; said in a caveat', () => {
    const gdp2014 = [
      { indicator: 'iva', year: 2020, value: '370', qualifier: 'about', source: from('China Daily') },
      { indicator: 'iva', year: 2020, value: '363.63', source: from('Baotou News') },
    ] as ObservationInput[];
    const r = only(gdp2014);
    expect(r.value?.toFixed()).toBe('363.63');
    expect(codes(r)).toEqual(['conflict']);
    expect(r.caveats[0]?.message).toMatch(/^sources disagree: 'iva' 2020: 363.63 billion yuan is used rather than 'iva' 2020: 370 billion yuan/);
    // the order given does not matter
    expect(only([...gdp2014].reverse()).value?.toFixed()).toBe('363.63');
    // a normal figure before an estimate, even a more precise one
    expect(
      only([
        { indicator: 'iva', year: 2020, value: '250.123', status: 'E', source: from('a') },
        { indicator: 'iva', year: 2020, value: '250', source: from('b') },
      ]).value?.toFixed(),
    ).toBe('250');
    // two sources that agree: no caveat
    expect(
      only([
        { indicator: 'iva', year: 2020, value: '250', source: from('a') },
        { indicator: 'iva', year: 2020, value: '250.0', source: from('b') },
      ]).caveats,
    ).toEqual([]);
  });

  it('the same figure twice, or two with nothing to tell them apart (vintage, source, definition): a VALIDATION error naming both', () => {
    const e = planError(() =>
      only([
        { indicator: 'iva', year: 2020, value: '250' },
        { indicator: 'iva', year: 2019, value: '240' },
        { indicator: 'iva', year: 2020, value: '251', unit: 'bn-yuan' },
      ]),
    );
    expect([e.code, e.details, e.issues.map((i) => i.path)]).toEqual(['VALIDATION', { input: 'observations', count: 1 }, [['observations', 2]]]);
    expect(e.message).toBe(
      "observations[2]: duplicates observations[0]: 'iva' 2020, with the same vintage, source and definition; give one figure, a vintage to tell a revision from the first release, or options.duplicates 'first' or 'last' (parseObservations, parseObservationsCsv)",
    );
    // a span of months from January to December is the year
    expect(() => only([{ indicator: 'iva', year: 2020, value: '250' }, { indicator: 'iva', period: { start: '2020-01', end: '2020-12' }, value: '250' }])).toThrowPlanError('VALIDATION', 'duplicates observations[0]');
    // told apart by a vintage, a source or a definition: kept, and the rules choose
    expect(only([{ indicator: 'iva', year: 2020, value: '250', vintage: '2021' }, { indicator: 'iva', year: 2020, value: '251', vintage: '2022' }]).value?.toFixed()).toBe('251');
    expect(only([{ indicator: 'iva', year: 2020, value: '250', definition: { scope: 'above designated size' } }, { indicator: 'iva', year: 2020, value: '251' }]).value?.toFixed()).toBe('251');
  });

  it('scope, price basis and estimates of the figure used', () => {
    const r = only([
      { indicator: 'iva', year: 2020, value: '250', status: 'P', definition: { scope: 'above designated size', priceBasis: 'comparable' } },
    ]);
    expect(r.caveats).toEqual([
      { code: 'scope', message: "figures of 'iva' used here cover above designated size; 'iva' as the plan defines it covers not stated" },
      { code: 'price-basis', message: "figures of 'iva' used here are at comparable prices; 'iva' as the plan defines it is at current prices" },
      { code: 'estimate', message: "'iva' 2020: 250 billion yuan is provisional (OBS_STATUS P), not a final figure" },
    ]);
  });

  it('a figure after a break that the target predates carries a break caveat', () => {
    const r = only([
      { indicator: 'iva', year: 2018, value: '100', status: 'B' },
      { indicator: 'iva', year: 2020, value: '250' },
    ]);
    expect(codes(r)).toEqual(['break']);
    expect(r.caveats[0]?.message).toBe(
      "'iva' 2020: 250 billion yuan is after a break in the series of 'iva' (OBS_STATUS B: 'iva' 2018: 100 billion yuan); the target was set on the basis of 2015, before it, so the figure and the target may not be on one basis",
    );
  });

  it('inputs are not changed', () => {
    const obs = deepFreeze<ObservationInput[]>([{ indicator: 'iva', year: 2020, value: '250', vintage: '2021' }]);
    expect(() => scorecard(plan, obs)).not.toThrow();
  });
});

describe('a rate over a period', () => {
  const rate = targets[1] as Target; // iva-growth ≥ 8 % a year over 2016–2020
  const plan = planWith({ indicators: nested, targets: [rate] });
  const judge = (obs: ObservationInput[]) => scorecard(plan, obs)[0] as ScorecardRow;
  const annual = (year: number, value: string, extra: Partial<ObservationInput> = {}): ObservationInput => ({ indicator: 'iva-growth', year, value, ...extra });
  /** Judged with the levels of 'iva' at another price basis (`undefined`: not stated). */
  const judgeAt = (priceBasis: 'comparable' | undefined, obs: ObservationInput[]) => {
    // the fixture's 'iva' is { priceBasis: 'current', scope: 'not stated' }
    const definition = priceBasis === undefined ? { scope: 'not stated' } : { scope: 'not stated', priceBasis };
    const at = nested.map((i) => (i.id === 'iva' ? { ...i, definition } : i));
    return scorecard(planWith({ indicators: at, targets: [rate] }), obs)[0] as ScorecardRow;
  };

  it('every year known: the geometric mean of the growth rates, derived', () => {
    const r = judge([annual(2016, '10'), annual(2017, '11.8'), annual(2018, '11'), annual(2019, '11.8'), annual(2020, '11')]);
    // python: cagr(1, 1.1 × 1.118 × 1.11 × 1.118 × 1.11, 5) × 100 (oracle.py, "chained average")
    expect(brief(r)).toEqual(['met', 'observed', '11.11800869474152577808330328791056', true]);
    expect(codes(r)).toEqual(['derived']);
  });

  it('years missing: incomplete, the missing years listed, a partial year known but not counted', () => {
    const r = judge([annual(2018, '11'), annual(2020, '11'), { indicator: 'iva-growth', period: { start: '2017-01', end: '2017-11' }, value: '5.5' }]);
    expect([r.status, r.missing, r.value]).toEqual(['incomplete', [2016, 2017, 2019], null]);
    expect(codes(r)).toEqual(['partial-period']);
    expect(r.reason).toBe(
      "no annual figure of 'iva-growth' for 2016, 2017, 2019 (of the period 2016–2020), nor an average over the period; nor levels of 'iva' for 2015 and 2020; known: 'iva-growth' 2018: 11 % a year; 'iva-growth' 2020: 11 % a year; 'iva-growth' 2017-01–2017-11: 5.5 % a year (part of a year)",
    );
  });

  it('growth rates bridge a break in the levels; levels across it are not used', () => {
    const rates = [annual(2016, '8'), annual(2017, '8'), annual(2018, '8'), annual(2019, '8'), annual(2020, '8')];
    const levels: ObservationInput[] = [
      { indicator: 'iva', year: 2015, value: '120' },
      { indicator: 'iva', year: 2020, value: '115.3', status: 'B' },
    ];
    const bridged = judge([...rates, ...levels]);
    expect(brief(bridged)).toEqual(['met', 'observed', '8', true]);
    expect(codes(bridged)).toEqual(['derived', 'break']);
    expect(bridged.caveats[1]?.message).toMatch(/annual growth rates are published like-for-like \(按可比口径\) and bridge it/);
    const levelsOnly = judge(levels);
    expect([levelsOnly.status, levelsOnly.value]).toEqual(['no_data', null]);
    expect(levelsOnly.reason).toContain("the levels of 'iva' for 2015 and 2020 are not on one basis");
    // without the break, levels at the rate's price basis decide: python cagr(120, 115.3, 5) is negative
    const clean = judgeAt('comparable', [levels[0] as ObservationInput, { indicator: 'iva', year: 2020, value: '115.3' }]);
    expect([clean.status, clean.basis, codes(clean)]).toEqual(['not_met', 'observed', ['derived']]);
  });

  it('levels at another price basis than the rate are not used: a growth at comparable prices is not computed from current prices', () => {
    // 'iva' is at current prices, 'iva-growth' at comparable prices: (115.3 ÷ 120)^(1/5) − 1 would include the change in prices
    const levels: ObservationInput[] = [
      { indicator: 'iva', year: 2015, value: '120' },
      { indicator: 'iva', year: 2020, value: '115.3' },
    ];
    const r = judge(levels);
    expect([r.status, r.basis, r.value]).toEqual(['no_data', null, null]);
    expect(r.reason).toBe(
      "no annual figure of 'iva-growth' for 2016, 2017, 2018, 2019, 2020 (of the period 2016–2020), nor an average over the period; the levels of 'iva' for 2015 and 2020 are at current prices and 'iva-growth' is at comparable prices: computed from them it would include the change in prices, so it is not; known: 'iva' 2015: 120 billion yuan; 'iva' 2020: 115.3 billion yuan",
    );
    // a year's rate known, the others not: incomplete, the levels still unused
    const some = judge([...levels, annual(2018, '8')]);
    expect([some.status, some.missing]).toEqual(['incomplete', [2016, 2017, 2019, 2020]]);
    // levels whose price basis is stated nowhere are used, with a caveat
    const unstated = judgeAt(undefined, levels);
    expect([unstated.status, unstated.basis, codes(unstated)]).toEqual(['not_met', 'observed', ['derived', 'price-basis']]);
  });

  it('an average published over exactly the period decides on its own', () => {
    const r = judge([{ indicator: 'iva-growth', period: { start: 2016, end: 2020 }, value: '7.9' }, annual(2018, '11')]);
    expect(brief(r)).toEqual(['not_met', 'observed', '7.9', false]);
  });
});
