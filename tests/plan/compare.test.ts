import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baotou13, china13 } from '../../src/data/index.js';
import * as root from '../../src/index.js';
import { alignTargets } from '../../src/plan/compare.js';
import type { IndicatorInput, PlanInput, TargetInput } from '../../src/plan/types.js';
import { definePlan } from '../../src/schema/define.js';

type Pair = ReturnType<typeof alignTargets>[number];
const summary = (p: Pair) => [
  p.a.target.id,
  p.b.target.id,
  p.relation,
  p.common === null ? null : [p.common.form, p.common.unit, p.common.a.toFixed(), p.common.b.toFixed()],
  p.differences.map((d) => d.code),
  p.comparable,
];

/** A plan with the given indicators and targets, through definePlan. */
function plan(id: string, indicators: IndicatorInput[], targets: TargetInput[]) {
  const input: PlanInput = { id, title: { en: id }, period: { start: 2016, end: 2025 }, baseYear: 2015, indicators, targets };
  return definePlan(input);
}

const gdp = (unit = '100m-yuan', priceBasis?: 'comparable'): IndicatorInput => ({
  id: 'gdp',
  name: { en: 'GDP', zh: '生产总值' },
  unit: unit as IndicatorInput['unit'],
  direction: 'increase',
  kind: 'level',
  nature: 'anticipatory',
  concept: 'gdp',
  definition: priceBasis === undefined ? {} : { priceBasis },
});
const gdpGrowth: IndicatorInput = {
  id: 'gdp-growth',
  name: { en: 'GDP growth' },
  unit: 'percent-per-annum',
  direction: 'increase',
  kind: 'growth',
  nature: 'anticipatory',
  growthOf: 'gdp',
  concept: 'gdp-growth',
  definition: { priceBasis: 'comparable' },
};
const source = { kind: 'external', publication: 'a test', confidence: 'secondary' } as const;
const growthTarget = (rate: string, end = 2020): TargetInput => ({
  id: 'growth',
  indicator: 'gdp-growth',
  year: end,
  period: { start: 2016, end },
  form: 'annual-average',
  comparator: 'atLeast',
  value: rate,
  unit: 'percent-per-annum',
  source,
});
const changeTarget = (percent: string): TargetInput => ({
  id: 'change',
  indicator: 'gdp',
  year: 2020,
  period: { start: 2016, end: 2020 },
  form: 'relative-change',
  comparator: 'atLeast',
  value: percent,
  unit: 'percent',
  source,
});
const levelTarget = (value: string, unit: string, year = 2020): TargetInput => ({
  id: `level-${year}`,
  indicator: 'gdp',
  year,
  comparator: 'atLeast',
  value,
  unit: unit as TargetInput['unit'],
  source,
});

describe('alignTargets: Baotou beside the nation', () => {
  const pairs = alignTargets(baotou13, china13);

  it('lines up every target of a related concept, in the order of Baotou’s targets, and no other', () => {
    expect(pairs.map(summary)).toEqual([
      ['industrial-value-added-2020', 'gdp-2020', 'related', ['level', 'bn-yuan', '240', '92700'], ['concept', 'price-basis'], false],
      ['industrial-value-added-2020', 'gdp-growth-2020', 'related', null, ['concept', 'price-basis', 'form'], false],
      ['industrial-value-added-growth-2020', 'gdp-2020', 'related', null, ['concept', 'price-basis', 'form'], false],
      ['industrial-value-added-growth-2020', 'gdp-growth-2020', 'related', ['annual-average', 'percent-per-annum', '8', '6.5'], ['concept'], false],
      ['producer-services-share-2020', 'services-share-2020', 'related', ['level', 'percent', '25', '56'], ['concept'], false],
      ['industrial-energy-intensity-2020', 'energy-intensity-gdp-2020', 'related', null, ['concept', 'price-basis', 'form'], false],
    ]);
  });

  it('puts Baotou’s growth target beside the nation’s 6.5 %: both annual averages over 2016–2020, different concepts', () => {
    const growth = pairs.find((p) => p.b.target.id === 'gdp-growth-2020' && p.a.target.id === 'industrial-value-added-growth-2020');
    expect([growth?.a.concept, growth?.b.concept, growth?.a.form, growth?.b.form]).toEqual(['industrial-value-added', 'gdp', 'annual-average', 'annual-average']);
    expect(growth?.differences[0]?.message).toBe(
      'industrial value added beside gross domestic product (GDP): industrial value added is part of GDP (through the secondary sector)',
    );
  });

  it('puts Baotou’s energy target beside the nation’s −15 %: a level beside a relative change, energy per industrial value added beside energy per GDP', () => {
    const energy = pairs.find((p) => p.a.target.id === 'industrial-energy-intensity-2020');
    expect(energy?.differences.map((d) => d.message)).toEqual([
      'energy use per unit of industrial value added beside energy use per unit of GDP: energy per unit of industrial value added is industry’s energy use over industry’s value added, not the whole economy’s over GDP',
      "'industrial-energy-intensity' (baotou13) is at comparable prices; 'energy-intensity-gdp' (china13) does not state its prices",
      "'industrial-energy-intensity-2020' (baotou13) is a level, 'energy-intensity-gdp-2020' (china13) a relative change over the period: one cannot be put as the other without a level neither target gives",
    ]);
  });

  it('converts the nation’s GDP from 亿元 to billion yuan exactly and says so: 927,000 亿元 = 92,700 bn yuan', () => {
    expect(pairs[0]?.common?.conversions).toEqual(["'gdp-2020' (china13): 927000 '100m-yuan' = 92700 'bn-yuan'"]);
  });

  it('lines up the same pairs the other way round, in the order of the nation’s targets', () => {
    const back = alignTargets(china13, baotou13);
    expect(back.map((p) => [p.a.target.id, p.b.target.id])).toEqual([
      ['gdp-2020', 'industrial-value-added-2020'],
      ['gdp-2020', 'industrial-value-added-growth-2020'],
      ['gdp-growth-2020', 'industrial-value-added-2020'],
      ['gdp-growth-2020', 'industrial-value-added-growth-2020'],
      ['services-share-2020', 'producer-services-share-2020'],
      ['energy-intensity-gdp-2020', 'industrial-energy-intensity-2020'],
    ]);
    expect(back[0]?.common?.b.toFixed()).toBe('2400');
  });

  it('lines a plan up with itself, every target with each of the same concept', () => {
    const self = alignTargets(china13, china13);
    expect(self.filter((p) => p.a.target === p.b.target).every((p) => p.comparable && p.relation === 'same')).toBe(true);
    // GDP's level and growth targets are about one concept: two each, and two across.
    expect(self.filter((p) => p.a.concept === 'gdp')).toHaveLength(4);
  });

  it('is exported by the root entry, and returns frozen results', () => {
    expect(root.alignTargets).toBe(alignTargets);
    expect(Object.isFrozen(pairs)).toBe(true);
    expect(Object.isFrozen(pairs[0])).toBe(true);
    expect(Object.isFrozen(pairs[0]?.differences)).toBe(true);
    expect(Object.isFrozen(pairs[0]?.common)).toBe(true);
  });
});

describe('alignTargets: forms and units made comparable, exactly', () => {
  it('puts an annual average of n years as the relative change over them: 6.5 % a year over 2016–2020 is +37.0086663415625 %', () => {
    // Python decimal: (1 + Decimal('6.5') / 100) ** 5 − 1) × 100 = 37.008666341562500
    const a = plan('a', [gdp('100m-yuan', 'comparable'), gdpGrowth], [growthTarget('6.5')]);
    const b = plan('b', [gdp('100m-yuan', 'comparable')], [changeTarget('37')]);
    const [pair] = alignTargets(a, b);
    expect(summary(pair as Pair)).toEqual(['growth', 'change', 'same', ['relative-change', 'percent', '37.0086663415625', '37'], [], true]);
    expect(pair?.common?.conversions).toEqual(["'growth' (a): 6.5 % a year over 5 years = 37.0086663415625 % over the period, ((1 + r/100)^n − 1) × 100"]);
    // The other way round, the second target is converted: −3.2 % a year over 5 years = −15.0082470674432 %.
    const c = plan('c', [gdp('100m-yuan', 'comparable'), gdpGrowth], [growthTarget('-3.2')]);
    expect(alignTargets(b, c)[0]?.common?.b.toFixed()).toBe('-15.0082470674432');
  });

  it('agrees with exact rational arithmetic for any rate and number of years', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 1, max: 5 }), (k, n) => {
        // r = k / 100 % a year; (1 + r / 100)^n = (10^4 + k)^n / 10^(4n), exactly, in integers.
        const rate = (k / 100).toFixed(2);
        const end = 2015 + n;
        const a = plan('a', [gdp('100m-yuan', 'comparable'), gdpGrowth], [growthTarget(rate, end)]);
        const b = plan('b', [gdp('100m-yuan', 'comparable')], [{ ...changeTarget('0'), year: end, period: { start: 2016, end } }]);
        const got = alignTargets(a, b)[0]?.common?.a.toFixed();
        const scale = 10n ** BigInt(4 * n);
        const numerator = (10000n + BigInt(k)) ** BigInt(n) - scale; // × 100 / scale is the percent
        const places = 4 * n - 2;
        const digits = (numerator < 0n ? -numerator : numerator).toString().padStart(places + 1, '0');
        const text = `${numerator < 0n ? '-' : ''}${digits.slice(0, -places)}.${digits.slice(-places)}`.replace(/\.?0+$/, '');
        expect(got).toBe(text === '-0' ? '0' : text);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('says when periods differ in length, and does not convert', () => {
    const a = plan('a', [gdp('100m-yuan', 'comparable'), gdpGrowth], [growthTarget('6.5', 2025)]);
    const b = plan('b', [gdp('100m-yuan', 'comparable')], [changeTarget('37')]);
    const [pair] = alignTargets(a, b);
    expect([pair?.common, pair?.differences.map((d) => d.message)]).toEqual([
      null,
      ["'growth' (a) runs over 2016–2025 (10 years), 'change' (b) over 2016–2020 (5 years): an annual average is a relative change only over as many years"],
    ]);
  });

  it('converts levels of one measure by an exact shift, and flags another year', () => {
    const a = plan('a', [gdp('bn-yuan')], [levelTarget('240', 'bn-yuan')]);
    const b = plan('b', [gdp('100m-yuan')], [levelTarget('2400.5', '100m-yuan', 2025)]);
    const [pair] = alignTargets(a, b);
    expect(summary(pair as Pair)).toEqual(['level-2020', 'level-2025', 'same', ['level', 'bn-yuan', '240', '240.05'], ['year'], false]);
    expect(pair?.differences[0]?.message).toBe("'level-2020' (a) is for 2020, 'level-2025' (b) for 2025");
  });

  it('says when the units are of different measures', () => {
    const perPerson: IndicatorInput = { ...gdp('10k-yuan-per-person'), kind: 'intensity' };
    const a = plan('a', [gdp('bn-yuan')], [levelTarget('240', 'bn-yuan')]);
    const b = plan('b', [perPerson], [levelTarget('12', '10k-yuan-per-person')]);
    const [pair] = alignTargets(a, b);
    expect([pair?.common, pair?.differences.map((d) => d.code)]).toEqual([null, ['unit']]);
  });

  it('finds nothing to line up in plans without concepts', () => {
    const { concept: _, ...bare } = gdp('bn-yuan');
    const a = plan('a', [bare as IndicatorInput], [levelTarget('240', 'bn-yuan')]);
    expect(alignTargets(a, china13)).toEqual([]);
    expect(alignTargets(china13, a)).toEqual([]);
  });
});

describe('alignTargets: bad arguments', () => {
  it('names the argument that is not a plan', () => {
    expect(() => alignTargets(baotou13, 'china13' as never)).toThrowPlanError('INVALID_ARGUMENT', /^b: expected a plan/);
    expect(() => alignTargets(null as never, china13)).toThrowPlanError('INVALID_ARGUMENT', /^a: expected a plan/);
  });

  it('changes nothing of what it is given', () => {
    const a = { ...baotou13, targets: [...baotou13.targets] };
    alignTargets(a, china13);
    expect(Object.isFrozen(a)).toBe(false);
    expect(Object.isFrozen(a.targets)).toBe(false);
    expect(a.targets).toEqual(baotou13.targets);
  });
});
