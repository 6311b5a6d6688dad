import { describe, expect, it } from 'vitest';
import { baotou13, baotouReported } from '../../src/data/baotou13/index.js';
import { dec } from '../../src/decimal.js';
import type { ObservationInput, Target } from '../../src/plan/types.js';
import { scenarios } from '../../src/scenario/builtins.js';
import * as scenarioModule from '../../src/scenario/index.js';
import { planPathScenario } from '../../src/scenario/planPath.js';
import { project } from '../../src/scenario/project.js';
import { reportedTrendScenario } from '../../src/scenario/reportedTrend.js';
import { scorecard } from '../../src/scenario/scorecard.js';
import { planError } from '../_lib/errors.js';
import { planWith, targets, toy } from './fixtures.js';

const drivers = (s: { series: Readonly<Record<string, { base: { toFixed(): string }; growth?: unknown }>> }) =>
  Object.fromEntries(
    Object.entries(s.series).map(([id, d]) => [
      id,
      [
        d.base.toFixed(),
        d.growth === undefined
          ? null
          : typeof (d.growth as { toFixed?: unknown }).toFixed === 'function'
            ? (d.growth as { toFixed(): string }).toFixed()
            : Object.fromEntries(Object.entries(d.growth as object).map(([y, g]) => [y, (g as { toFixed(): string }).toFixed()])),
      ],
    ]),
  );

describe('scenarios.planPath', () => {
  const s = scenarios.planPath;

  it('every series on its boundary, from the base the targets imply', () => {
    expect([s.id, s.baseYear, s.horizon]).toEqual(['plan-path', 2015, 2020]);
    // "an annual average increase above 8 percent": 'above' renders 以上, which includes 8 %
    const g = '0.08';
    expect(drivers(s)).toEqual({
      // python: 240 / Decimal('1.4693280768') at prec 34, ROUND_CEILING (1.08⁵ = 1.4693280768)
      'industrial-value-added': ['163.3399672881007591728066813730133', g],
      'innovation-research-institutes': ['100', null], // "more than 100" renders 以上: at least 100
      'state-high-tech-enterprises': ['120', null],
      // 25 % and 35 % of industrial value added, exactly (0.25 × 163.3399672881007591728066813730133)
      'strategic-emerging-industries-value-added': ['40.834991822025189793201670343253325', g],
      'high-tech-industries-value-added': ['57.168988550835265710482338480554655', g],
      gdp: ['100', null], // an index: no target or figure gives its level
      'producer-services-value-added': ['25', null], // "more than 25 percent" renders 以上: 25 % of it
      // 1.3 tce per 10⁴ yuan: 1.3 × 163.3399672881007591728066813730133 bn = 1.3 × 16,333,996.7… × 10⁴ yuan → × 10⁴ tce
      'industrial-energy-consumption': ['2123.4195747453098692464868578491729', g],
      'industrial-wastewater-utilisation-rate': ['92', null],
      'industrial-solid-waste-utilisation-rate': ['85', null],
    });
    expect(s.description).toContain('gdp: no target or figure gives its level, so it is an index of 100 in its unit in every year');
  });

  it('its 2020 level meets 240 bn by less than 10⁻³¹ (python: base × 1.08⁵ − 240 = 1.550982144e-32)', () => {
    const p = project(baotou13, s);
    const level = p.indicators['industrial-value-added']?.[2020];
    expect(level?.minus(240).gt(0)).toBe(true);
    expect(level?.minus(240).lt('1e-31')).toBe(true);
    expect(level?.minus(240).toFixed()).toBe('0.00000000000000000000000000000001550982144');
    expect(p.indicators['industrial-value-added-growth']?.[2020]?.toFixed()).toBe('8');
    expect(p.indicators['strategic-emerging-industries-share']?.[2020]?.toFixed()).toBe('25');
    expect(p.indicators['industrial-energy-intensity']?.[2020]?.toFixed()).toBe('1.3');
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(s) && Object.isFrozen(s.series) && Object.values(s.series).every((d) => Object.isFrozen(d))).toBe(true);
  });
});

describe('planPathScenario: any plan', () => {
  it('the toy plan: 8 % exactly where the rate target is "at least"', () => {
    const s = planPathScenario(toy, { id: 'mine' });
    expect(s.id).toBe('mine');
    expect(drivers(s).iva).toEqual(['163.3399672881007591728066813730133', '0.08']);
    const rows = scorecard(toy, project(toy, s));
    expect(rows.filter((r) => r.met !== true).map((r) => r.targetId)).toEqual([]);
  });

  it('below and atMost targets are met from the other side', () => {
    const plan = planWith({
      targets: [
        targets[1] as Target,
        { ...(targets[7] as Target), comparator: 'below', value: dec('92.5') },
        { ...(targets[6] as Target), comparator: 'below', value: dec(100) },
        { ...(targets[0] as Target), comparator: 'atMost', value: dec(300) },
      ],
    });
    const s = planPathScenario(plan);
    expect(drivers(s)).toEqual({
      // python: 300 / Decimal('1.4693280768') at prec 34, ROUND_FLOOR (tests/scenario/oracle.py)
      iva: ['204.1749591101259489660083517162666', '0.08'],
      institutes: ['99', null],
      wastewater: ['92.49999999999999999999999999999999', null],
    });
    expect(scorecard(plan, project(plan, s)).every((r) => r.met)).toBe(true);
  });

  it('a rate target without a level target grows from an index of 100', () => {
    const plan = planWith({ targets: [targets[1] as Target] });
    const s = planPathScenario(plan);
    expect(drivers(s)).toEqual({ iva: ['100', '0.08'] });
    expect(s.description).toContain('iva: grows 0.08 a year, the smallest rate that meets iva-growth-2020, from an index of 100 (no target gives its level).');
  });
});

describe('scenarios.reportedTrend', () => {
  const s = scenarios.reportedTrend;

  it('about 120 bn in 2015 and the reported growth rates; nothing else has a reported 2015 level', () => {
    expect([s.id, s.baseYear, s.horizon]).toEqual(['reported-trend', 2015, 2020]);
    // 2016 and 2017: the 2013–2017 average of 9.8 % (2018 work report); 2018 and 2020: 11 %
    // (work reports 2019 and 2021); 2019: the 2018–2021 average of 11.8 % (Inner Mongolia
    // Daily, 2022-02-16). The January–November 2017 figure (5.5 %) is part of a year: not used.
    expect(drivers(s)).toEqual({
      'industrial-value-added': ['120', { 2016: '0.098', 2017: '0.098', 2018: '0.11', 2019: '0.118', 2020: '0.11' }],
    });
  });

  it('says what its start cannot give: an estimate of above-scale industry at 2015 prices, on the basis before the 2020 levels', () => {
    const caveats = s.caveats ?? [];
    expect(caveats.map((c) => c.code)).toEqual(['scope', 'estimate', 'price-basis', 'derived', 'break', 'break']);
    const [, estimate, , derived, oldBasis, aboveWhole] = caveats.map((c) => c.message);
    expect(estimate).toBe("'industrial-value-added' 2015: 120 billion yuan is estimated (OBS_STATUS E), not a final figure");
    expect(derived).toContain('2016, 2017, 2019');
    // the levels of 2020 on the revised basis: GDP 2,787.4 亿 and the secondary sector 1,153.0 亿 (communiqué 2020)
    expect(oldBasis).toContain("'gdp' 2020: 278.74 billion yuan");
    expect(oldBasis).toContain("'secondary-sector-value-added' 2020: 115.3 billion yuan");
    // hand: 120 × 1.098² × 1.11 × 1.118 × 1.11 = 199.284576195744 > 115.3
    expect(aboveWhole).toBe(
      "the projection puts 'industrial-value-added' at 199.2846 billion yuan in 2020, above 'secondary-sector-value-added' 2020: 115.3 billion yuan, a whole that contains it: a part cannot exceed its whole",
    );
    expect(project(baotou13, s).caveats).toBe(s.caveats);
  });

  it('names the source of every figure', () => {
    // the publication of each observation used, as the dataset gives it
    const find = (indicator: string, at: number | { start: number; end: number }) => {
      const o = baotouReported.find(
        (x) => x.indicator === indicator && (typeof at === 'number' ? x.year === at : x.period?.start === at.start && x.period?.end === at.end),
      );
      const source = o?.source as { publication?: string } | undefined;
      return source?.publication as string;
    };
    const growth = 'industrial-value-added-growth';
    expect(s.description).toContain(`industrial-value-added: 120 bn-yuan in 2015 (${find('industrial-value-added', 2015)}`);
    expect(s.description).toContain(`2016 9.8 % (the annual average reported for 2013–2017, ${find(growth, { start: 2013, end: 2017 })}`);
    expect(s.description).toContain(`2019 11.8 % (the annual average reported for 2018–2021, ${find(growth, { start: 2018, end: 2021 })}`);
    expect(s.description).toContain(`2018 11 % (reported for the year, ${find(growth, 2018)}`);
    expect(s.description).toContain(`2020 11 % (reported for the year, ${find(growth, 2020)}`);
  });

  it('is made when first read, not when the module is imported', async () => {
    // A fresh import of the module in a child process would prove it end to end; here: the
    // getter is an accessor, so importing the root does not run it.
    const descriptor = Object.getOwnPropertyDescriptor(scenarios, 'reportedTrend');
    expect(typeof descriptor?.get).toBe('function');
  });
});

describe('reportedTrendScenario: the rules', () => {
  it('a series with a base but no growth rate at all is left out, and the description says so', () => {
    const s = reportedTrendScenario(toy, [{ indicator: 'iva', year: 2015, value: '120' }, { indicator: 'gdp', year: 2015, value: 1 }]);
    expect(s.series).toEqual({});
    expect(s.description).toContain('iva: 120 reported for 2015, but left out: no growth rate is reported for it.');
  });

  it('units are converted; observations of other indicators are ignored', () => {
    const obs: ObservationInput[] = [
      { indicator: 'iva', year: 2015, value: '1200', unit: '100m-yuan' },
      { indicator: 'iva-growth', year: 2015, value: '10', source: { kind: 'report', section: 'I.a', quote: 'q' } },
      { indicator: 'elsewhere', year: 2015, value: '1' },
    ];
    const s = reportedTrendScenario(toy, obs, { id: 'mine' });
    expect(drivers(s)).toEqual({ iva: ['120', { 2016: '0.1', 2017: '0.1', 2018: '0.1', 2019: '0.1', 2020: '0.1' }] });
    expect(s.description).toContain('(no figure for the year: the rate of 2015 carried forward, report I.a)');
    expect(s.id).toBe('mine');
  });

  it('errors', () => {
    expect(planError(() => reportedTrendScenario(toy, 'x' as never)).message).toBe("observations: expected an array, got 'x'");
    expect(planError(() => reportedTrendScenario(toy, [1] as never)).message).toBe(
      'observations[0]: expected an observation { indicator, year | period, value }, got 1',
    );
    expect(() => reportedTrendScenario(toy, [{ indicator: 'iva', year: 2015, value: 1, unit: 'tce' }])).toThrowPlanError('UNIT_MISMATCH');
  });

  it('from the reported figures of the embedded plan, as scenarios.reportedTrend', () => {
    expect(reportedTrendScenario(baotou13, baotouReported)).toEqual(scenarios.reportedTrend);
  });
});

describe('the module surface', () => {
  it('exports the functions and the built-in scenarios', () => {
    expect(Object.keys(scenarioModule).sort()).toEqual(
      ['breakEven', 'consistency', 'planPathScenario', 'project', 'reportedTrendScenario', 'scenarios', 'scorecard', 'sweep'].sort(),
    );
  });
});
