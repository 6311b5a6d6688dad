import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { baotou13, baotou13Literals, baotouReported, baotouReportedIndicators } from '../../src/data/baotou13/index.js';
import { materializePlan } from '../../src/plan/materialize.js';
import { dec } from '../../src/decimal.js';
import type { Target } from '../../src/plan/types.js';
import { scenarios } from '../../src/scenario/builtins.js';
import { consistency } from '../../src/scenario/consistency.js';
import { project } from '../../src/scenario/project.js';
import type { ConsistencyFinding } from '../../src/scenario/types.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';
import { planWith, targets, toy } from './fixtures.js';

const values = (f: ConsistencyFinding | undefined) => Object.fromEntries(Object.entries(f?.values ?? {}).map(([k, v]) => [k, v.toFixed()]));

describe('consistency: 240 bn and 8 % a year, on the reported 2015 level', () => {
  const findings = consistency(baotou13, baotouReported);
  const levelRate = findings[0] as ConsistencyFinding;

  it('a contradiction: 240 bn needs 14.87 % a year from about 120 bn, not 8 %; 8 % reaches 176.319369216', () => {
    expect([levelRate.kind, levelRate.verdict, levelRate.baselineYear]).toEqual(['level-rate', 'contradiction', 2015]);
    expect(levelRate.targetIds).toEqual(['industrial-value-added-2020', 'industrial-value-added-growth-2020']);
    expect(levelRate.indicatorIds).toEqual(['industrial-value-added', 'industrial-value-added-growth']);
    expect(values(levelRate)).toEqual({
      levelTarget: '240',
      statedGrowth: '0.08',
      // python: div34(240, 1.08**5)
      impliedBase: '163.3399672881007591728066813730133',
      baseline: '120',
      // python: (2 ** (1/5) − 1) at prec 80, rounded to 34
      requiredGrowth: '0.1486983549970350067986269467779276',
      // hand: 120 × 1.08⁵ = 176.319369216, exact
      levelAtStatedGrowth: '176.319369216',
      shortfall: '63.680630784',
      // python: div34(requiredGrowth − 0.08, 1.08): (1 + 14.87 %) ÷ 1.08 − 1
      impliedPriceRise: '0.06360958796021759888761754331289593',
      // python: div34(240, 176.319369216) * 100
      impliedPriceIndex: '136.1166394067506326440055678108444',
      // python: div34(120, impliedBase); 120 ÷ (240 ÷ 1.08⁵) = 1.08⁵ ÷ 2 exactly
      baselineShareOfImpliedBase: '0.7346640384',
    });
    expect(levelRate.explanation.summary).toBe(
      'industrial-value-added-2020 (240 billion yuan in 2020) needs 14.87 % a year from 120 billion yuan in 2015, not the 8 % the plan states; at 8 % a year the level in 2020 is 176.3194 billion yuan, short of 240 billion yuan',
    );
  });

  it('says which scopes could reconcile them: coverage (规模以上), prices (about 6.4 % a year), a different base', () => {
    expect(levelRate.reconciliations.map((r) => [r.scope, r.value?.toFixed(), r.unit])).toEqual([
      ['coverage', '163.3399672881007591728066813730133', 'bn-yuan'],
      // python: div34(g − 0.08, 1.08) * 100
      ['prices', '6.360958796021759888761754331289593', 'percent-per-annum'],
      ['base', '163.3399672881007591728066813730133', 'bn-yuan'],
    ]);
    expect(levelRate.reconciliations[0]?.explanation).toBe(
      'coverage: if the level target covers a wider scope than the baseline (all industry rather than industry above designated size, 规模以上; the baseline is of industrial enterprises above designated size (规模以上工业企业: annual main-business revenue of at least 20 million yuan), the level target of a scope the plan does not state), both targets hold with a base-year level of 163.34 billion yuan in 2015, of which the baseline would be 73.47 %',
    );
    expect(levelRate.reconciliations[1]?.explanation).toBe(
      'prices: if the level is at current prices and the rate at comparable prices (the plan defines the level at current prices and the rate at comparable prices), both hold with prices rising 6.36 % a year, a price index of 136.12 in 2020 (base year = 100)',
    );
  });

  it('shows its working', () => {
    expect(levelRate.explanation.working).toEqual([
      'required growth = (240 ÷ 120)^(1/5) − 1 = 0.1486983549970350067986269467779276',
      'level at the stated rate = 120 × (1 + 0.08)^5 = 176.319369216',
      'implied base = 240 ÷ (1 + 0.08)^5 = 163.3399672881007591728066813730133',
      'implied price rise = (1 + 0.1486983549970350067986269467779276) ÷ (1 + 0.08) − 1 = 0.06360958796021759888761754331289593',
      'implied price index = 240 ÷ 176.319369216 × 100 = 136.1166394067506326440055678108444',
      'baseline share of the implied base = 120 ÷ 163.3399672881007591728066813730133 = 0.7346640384',
    ]);
    expect(levelRate.explanation.values.levelMetAtStatedGrowth).toBe('false');
  });

  it('the shares and the intensity: what they imply of their parts (no baseline for the parts)', () => {
    expect(findings.filter((f) => f.kind !== 'break').map((f) => [f.kind, f.verdict, f.targetIds[0]])).toEqual([
      ['level-rate', 'contradiction', 'industrial-value-added-2020'],
      ['share-parts', 'implication', 'strategic-emerging-industries-share-2020'],
      ['share-parts', 'implication', 'high-tech-industries-share-2020'],
      ['share-parts', 'implication', 'producer-services-share-2020'],
      ['intensity-parts', 'implication', 'industrial-energy-intensity-2020'],
      ['share-parts', 'implication', 'strategic-emerging-industries-share-2016'],
    ]);
    // 25 % of 240 bn = 60 bn; of 176.319369216 bn (120 bn at 8 %) = 44.079842304 bn
    expect(values(findings[1])).toEqual({
      target: '25',
      wholeAtLevelTarget: '240',
      partAtLevelTarget: '60',
      wholeAtStatedGrowth: '176.319369216',
      partAtStatedGrowth: '44.079842304',
    });
    // 1.3 tce per 10⁴ yuan × 24,000,000 × 10⁴ yuan = 31.2 Mtce = 3,120 × 10⁴ tce; × 17,631,936.9216 = 22,921,517.99808 tce
    expect(values(findings[4])).toMatchObject({ numeratorCapAtLevelTarget: '3120', numeratorCapAtStatedGrowth: '2292.151799808' });
    expect(findings[3]?.explanation.summary).toBe(
      'producer-services-share-2020: no baseline value for producer-services-value-added, gdp, and no target gives the whole in that year',
    );
    // the 2016 share: 20 % of 120 bn × 1.08 = 129.6 bn
    expect(values(findings[5])).toEqual({ target: '20', wholeAtStatedGrowth: '129.6', partAtStatedGrowth: '25.92' });
  });
});

describe('consistency: other baselines', () => {
  it('values by indicator id, as quantities in another unit: the same finding', () => {
    const f = consistency(baotou13, { 'industrial-value-added': { value: '1200', unit: '100m-yuan' } })[0];
    expect(values(f).requiredGrowth).toBe('0.1486983549970350067986269467779276');
    expect(f?.reconciliations[0]?.explanation).toContain('the baseline is of a scope it does not state');
  });

  it('a baseline the stated rate carries to the level: consistent, nothing to reconcile', () => {
    // python: Decimal('163.34') * Decimal('1.4693280768') = 240.000048064512 ≥ 240
    const f = consistency(toy, { iva: '163.34' })[0];
    expect([f?.verdict, f?.reconciliations.length]).toEqual(['consistent', 0]);
    expect(values(f).levelAtStatedGrowth).toBe('240.000048064512');
    // python: (240 / 163.34) ** (1/5) − 1 at prec 80, rounded to 34
    expect(values(f).requiredGrowth).toBe('0.07999995674194439794319265621404049');
    expect(f?.explanation.summary).toBe(
      'iva-2020 (240 billion yuan in 2020) needs 8 % a year, no more than the 8 % the plan states: at 8 % a year the level reaches 240 billion yuan, at least 240 billion yuan',
    );
  });

  it('without a baseline: what the two targets imply together', () => {
    const f = consistency(toy, {})[0];
    expect([f?.verdict, values(f)]).toEqual([
      'implication',
      { levelTarget: '240', statedGrowth: '0.08', impliedBase: '163.3399672881007591728066813730133' },
    ]);
    expect(f?.explanation.summary).toBe(
      '240 billion yuan in 2020 at 8 % a year implies a base of 163.34 billion yuan in 2015; with no baseline value the targets cannot be checked against each other',
    );
  });

  it('parts with a baseline: the growth they need, the baseline share, the intensity change', () => {
    const findings = consistency(toy, { iva: 120, sei: 24, energy: 1800 });
    const sei = findings.find((f) => f.targetIds[0] === 'sei-share-2020');
    expect(values(sei)).toEqual({
      target: '25',
      wholeAtLevelTarget: '240',
      partAtLevelTarget: '60',
      // python: cagr(24, 60, 5)
      partGrowthAtLevelTarget: '0.2011244339814312332420998935991653',
      wholeAtStatedGrowth: '176.319369216',
      partAtStatedGrowth: '44.079842304',
      // python: cagr(24, 44.079842304, 5)
      partGrowthAtStatedGrowth: '0.1292907167985750891052241145181597',
      baselineShare: '20',
    });
    const intensity = findings.find((f) => f.kind === 'intensity-parts');
    // 18,000,000 tce ÷ 12,000,000 × 10⁴ yuan = 1.5; python: cagr(1.5, 1.3, 5)
    expect(values(intensity)).toMatchObject({ baselineIntensity: '1.5', requiredIntensityChange: '-0.02821449109931440454855907587828959' });
  });

  it('a part with a level target of its own decides the share: 50 of 240 bn is 20.83 %, not about 25 %', () => {
    const sei: Target = { ...(targets[0] as Target), id: 'sei-2020', indicator: 'sei', value: dec(50) };
    const f = consistency(planWith({ targets: [...targets, sei] }), {}).find((x) => x.targetIds[0] === 'sei-share-2020');
    expect([f?.verdict, f?.values.shareAtLevelTargets?.toFixed()]).toEqual(['contradiction', '20.83333333333333333333333333333333']);
  });

  it('the baseline year can be chosen; observations of other years are not used', () => {
    const obs = deepFreeze([{ indicator: 'iva', year: 2016, value: '129.6' }]);
    expect(consistency(toy, obs)[0]?.verdict).toBe('implication');
    const f = consistency(toy, obs, { year: 2016 })[0];
    // 129.6 → 240 in 4 years
    expect([f?.verdict, f?.baselineYear, values(f).levelAtStatedGrowth]).toEqual(['contradiction', 2016, '176.319369216']);
  });

  it('errors', () => {
    const e = planError(() => consistency(toy, { ivaa: 1 }));
    expect([e.code, e.message]).toEqual([
      'NOT_FOUND',
      "baseline.ivaa: 'ivaa' is not an indicator of plan 'toy'; indicators: 'iva', 'iva-growth', 'sei', 'sei-share', 'gdp', 'ps', 'ps-share', 'energy', 'intensity', 'institutes', 'wastewater', 'orphan-share'",
    ]);
    expect(planError(() => consistency(toy, { iva: 0 })).message).toBe('baseline.iva: must be greater than 0 for a growth rate from the baseline, got 0');
    expect(planError(() => consistency(toy, 5 as never)).message).toBe('baseline: expected observations, or an object of values by indicator id, got 5');
    expect(planError(() => consistency(toy, [7] as never)).message).toBe(
      'baseline[0]: expected an observation { indicator, year | period, value }, got 7',
    );
    expect(planError(() => consistency(toy, {}, { year: 'x' as never })).message).toBe("options.year: expected an integer year from 1900 to 2100, got 'x'");
    expect(() => consistency(toy, { iva: { value: 1, unit: 'tce' } })).toThrowPlanError('UNIT_MISMATCH', "baseline.iva.unit: 'tce' (measure 'tce') does not fit indicator 'iva' (measure 'yuan')");
  });

  it('findings are frozen', () => {
    const [f] = consistency(baotou13, baotouReported);
    expect(Object.isFrozen(f) && Object.isFrozen(f?.values) && Object.isFrozen(f?.reconciliations)).toBe(true);
  });
});

describe('consistency: breaks in series, with their evidence', () => {
  const withRates = consistency(baotou13, baotouReported, { indicators: baotouReportedIndicators });
  const breaks = withRates.filter((f) => f.kind === 'break');
  const of = (id: string, before?: string) =>
    breaks.filter((f) => f.indicatorIds[0] === id && (before === undefined || f.values.levelBefore?.toFixed() === before));

  it('GDP: 370 bn in 2014 grown at the published rates gives at least 491.5778229072 bn in 2020, against 278.74 reported', () => {
    const [f] = of('gdp', '370');
    // China Daily 2015-10-29: 370 bn in 2014; rates +8 % (2015, an estimate), 2016 not found
    // (flat assumed), +5.5 %, +6.8 %, +6 %, +3 %; communiqué 2020: 2,787.4 亿 (status B)
    expect([f?.verdict, f?.baselineYear, f?.indicatorIds]).toEqual(['contradiction', 2014, ['gdp', 'gdp-growth']]);
    expect(values(f)).toEqual({
      levelBefore: '370',
      growthFactor: '1.32858871056', // hand: 1.08 × 1.055 × 1.068 × 1.06 × 1.03
      chainedLevel: '491.5778229072', // hand: 370 × 1.32858871056
      reported: '278.74',
      revisionFactor: '0.5670312756412131764933272483664927', // python: div34(278.74, 491.5778229072)
      revisionCut: '0.4329687243587868235066727516335073', // 1 − that
      impliedBase: '209.8015719872488753025310818956023', // python: div34(278.74, 1.32858871056)
    });
    expect(f?.explanation.working[0]).toBe(
      'chained level = 370 × (1 + 8 %) × (1 + 0 %, assumed for 2016) × (1 + 5.5 %) × (1 + 6.8 %) × (1 + 6 %) × (1 + 3 %) = 491.5778229072',
    );
    expect(f?.explanation.notes).toContain('the chained level is a lower bound if the series grew in the years assumed flat');
    expect(f?.explanation.notes).toContain("no figure of 'gdp-growth' for 2016: no growth assumed for that year");
    // the observations it rests on, as given: the 2014 level, five growth rates, and the 2020
    // level published in 亿 (2,787.4 100m-yuan), converted exactly into the bn of 'gdp' above
    expect(f?.observations.at(-1)?.unit).toBe('100m-yuan');
    expect(f?.observations.map((o) => [o.indicator, o.year, o.value.toFixed()])).toEqual([
      ['gdp', 2014, '370'],
      ['gdp-growth', 2015, '8'],
      ['gdp-growth', 2017, '5.5'],
      ['gdp-growth', 2018, '6.8'],
      ['gdp-growth', 2019, '6'],
      ['gdp-growth', 2020, '3'],
      ['gdp', 2020, '2787.4'],
    ]);
  });

  it('GDP: the same from 3,636.3 亿 (Baotou News), the other 2014 figure', () => {
    // python: 363.63 × 1.32858871056 = 483.1147128209328; div34(278.74, that)
    expect(values(of('gdp', '363.63')[0])).toMatchObject({ chainedLevel: '483.1147128209328', revisionFactor: '0.5769644198422816470107831639182749' });
  });

  it('fiscal revenue: 271.2 亿 in 2016, 137.6 亿 in 2017 at +6.1 % like-for-like: a clean 2016 base of 137.6 ÷ 1.061', () => {
    const [f] = of('general-budget-revenue');
    expect(values(f)).toEqual({
      levelBefore: '271.2',
      growthFactor: '1.061',
      chainedLevel: '287.7432', // hand: 271.2 × 1.061
      reported: '137.6',
      revisionFactor: '0.4782041765018252386155433038904134', // python: div34(137.6, 287.7432)
      revisionCut: '0.5217958234981747613844566961095866',
      impliedBase: '129.6889726672950047125353440150801', // python: div34(137.6, 1.061)
    });
    // the −49.3 % against 2016 as first published straddles the break (status B): the like-for-like rate is chained
    expect(f?.observations.map((o) => o.value.toFixed())).toEqual(['271.2', '6.1', '137.6']);
    expect(f?.explanation.notes).toEqual([]);
  });

  it('the secondary sector: 179.22 bn in 2014 to 115.3 bn in 2020, the years without a rate assumed flat', () => {
    const [f] = of('secondary-sector-value-added');
    // hand: 179.22 × 1.045 (2017) × 1.098 (2020) = 205.6388202; python div34(115.3, 205.6388202)
    expect(values(f)).toMatchObject({ chainedLevel: '205.6388202', revisionFactor: '0.5606917987949047764474579493818745' });
    expect(f?.targetIds).toEqual(['industrial-value-added-2020']);
  });

  it('only levels with a level before the break are chained: shares, growth rates and series that start at the break make none', () => {
    expect(breaks.map((f) => f.indicatorIds[0])).toEqual([
      'gdp',
      'gdp',
      'secondary-sector-value-added',
      'primary-sector-value-added',
      'tertiary-sector-value-added',
      'general-budget-revenue',
    ]);
  });

  it('by default (baotou13 models GDP growth): 370 bn in 2014 at the published rates is at least 491.58 bn in 2020', () => {
    const [f] = consistency(baotou13, baotouReported).filter((x) => x.kind === 'break' && x.values.levelBefore?.toFixed() === '370');
    // hand: 370 × 1.08 × 1 (2016 not found) × 1.055 × 1.068 × 1.06 × 1.03 = 491.5778229072; python div34(278.74, 491.5778229072)
    expect(values(f)).toMatchObject({ chainedLevel: '491.5778229072', revisionFactor: '0.5670312756412131764933272483664927' });
  });

  it('without the growth indicators, every year is assumed flat and the finding says where to give them', () => {
    const withoutGrowth = materializePlan({ ...baotou13Literals(), indicators: baotou13Literals().indicators.filter((i) => i.id !== 'gdp-growth') });
    const [f] = consistency(withoutGrowth, baotouReported).filter((x) => x.kind === 'break' && x.values.levelBefore?.toFixed() === '370');
    // python: div34(278.74, 370)
    expect(values(f)).toMatchObject({ chainedLevel: '370', revisionFactor: '0.7533513513513513513513513513513514' });
    expect(f?.explanation.notes[0]).toBe(
      "no figure of the growth of 'gdp' (the plan has no growth indicator of it; options.indicators may give one) for 2015: no growth assumed for that year",
    );
  });

  it('a projection above a whole that contains it: the reported trend puts industrial value added above the secondary sector', () => {
    const found = consistency(baotou13, baotouReported, { projection: project(baotou13, scenarios.reportedTrend) }).filter((f) => f.kind === 'part-whole');
    expect(found.map((f) => [f.verdict, f.baselineYear, f.indicatorIds, f.targetIds])).toEqual([
      ['contradiction', 2020, ['industrial-value-added', 'secondary-sector-value-added'], ['industrial-value-added-2020']],
    ]);
    // hand: 120 × 1.098² × 1.11 × 1.118 × 1.11 = 199.284576195744; − 115.3; python div34(…, 115.3)
    expect(values(found[0])).toEqual({
      level: '199.284576195744',
      whole: '115.3',
      excess: '83.984576195744',
      ratio: '1.728400487387198612315698178664354',
    });
    expect(found[0]?.observations.map((o) => [o.indicator, o.year])).toEqual([['secondary-sector-value-added', 2020]]);
  });

  it('a toy series: 100 in 2014, +10 % and +20 %, then 60 after a break in 2016: factor 60 ÷ 132', () => {
    const obs = [
      { indicator: 'iva', year: 2014, value: '100' },
      { indicator: 'iva-growth', year: 2015, value: '10' },
      { indicator: 'iva-growth', year: 2016, value: '20' },
      { indicator: 'iva', year: 2016, value: '60', status: 'B' },
    ] as const;
    const [f] = consistency(toy, obs as never).filter((x) => x.kind === 'break');
    // hand: 100 × 1.1 × 1.2 = 132; python div34(60, 132) and div34(60, 1.32)
    expect(values(f)).toEqual({
      levelBefore: '100',
      growthFactor: '1.32',
      chainedLevel: '132',
      reported: '60',
      revisionFactor: '0.4545454545454545454545454545454545',
      revisionCut: '0.5454545454545454545454545454545455',
      impliedBase: '45.45454545454545454545454545454545',
    });
    expect(Object.isFrozen(f) && Object.isFrozen(f?.observations) && Object.isFrozen(f?.values)).toBe(true);
  });
});

describe('consistency: a plan is what definePlan or materializePlan returns', () => {
  it('a plan as JSON (numbers as strings) is refused, pointing to definePlan, not "rate.target.value.div is not a function"', () => {
    const json = JSON.parse(JSON.stringify(baotou13)) as typeof baotou13;
    expect(() => consistency(json, baotouReported)).toThrowPlanError(
      'INVALID_ARGUMENT',
      "plan.targets[0].value: expected a Decimal, got '240'; a plan read from JSON has its numbers as strings: read it with definePlan or parsePlan (baotou-plan/schema), which validate it, or materializePlan",
    );
    // read, it gives what the embedded plan gives
    expect(consistency(materializePlan(json as never), baotouReported)[0]?.verdict).toBe(consistency(baotou13, baotouReported)[0]?.verdict);
  });

  it('a plan with Decimals of another copy of decimal.js is read into one with the library\'s own', () => {
    const foreign = { ...baotou13, targets: baotou13.targets.map((t) => ({ ...t, value: new Decimal(t.value.toString()) })) };
    const [a] = consistency(foreign as never, baotouReported);
    expect(values(a)).toEqual(values(consistency(baotou13, baotouReported)[0]));
    // a fake one is refused, not called
    const fake = { ...baotou13, targets: [{ ...baotou13.targets[0], value: { [Symbol.toStringTag]: 'Decimal' } }, ...baotou13.targets.slice(1)] };
    expect(() => consistency(fake as never, baotouReported)).toThrowPlanError('INVALID_DECIMAL', /^plan\.targets\[0\]\.value: /);
  });
});
