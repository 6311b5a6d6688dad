/**
 * A small plan shaped like Baotou's (same kinds of indicators and targets, made-up ids), so
 * that the engine is tested apart from the embedded dataset. Figures are the report's where
 * the report gives one; nothing here is data.
 */
import { dec } from '../../src/decimal.js';
import type { Indicator, Plan, Target } from '../../src/plan/types.js';
import { deepFreeze } from '../_lib/freeze.js';

const src = { kind: 'report', section: 'II.a', quote: 'test' } as const;

function indicator(id: string, unit: Indicator['unit'], kind: Indicator['kind'], extra: Partial<Indicator> = {}): Indicator {
  return {
    id,
    name: { en: id },
    unit,
    kind,
    direction: 'increase',
    nature: 'unspecified',
    definition: {},
    ...extra,
  };
}

function target(
  id: string,
  indicatorId: string,
  year: number,
  comparator: Target['comparator'],
  value: string,
  unit: Target['unit'],
  extra: Partial<Target> = {},
): Target {
  return { id, indicator: indicatorId, year, comparator, value: dec(value), unit, source: src, ...extra };
}

export const indicators: Indicator[] = [
  indicator('iva', 'bn-yuan', 'level', { definition: { priceBasis: 'current', scope: 'not stated' } }),
  indicator('iva-growth', 'percent-per-annum', 'growth', { growthOf: 'iva', definition: { priceBasis: 'comparable' } }),
  indicator('sei', 'bn-yuan', 'level'),
  indicator('sei-share', 'percent', 'share', { numerator: 'sei', denominator: 'iva' }),
  indicator('gdp', '100m-yuan', 'level'),
  indicator('ps', 'bn-yuan', 'level'),
  indicator('ps-share', 'percent', 'share', { numerator: 'ps', denominator: 'gdp' }),
  indicator('energy', '10k-tce', 'level', { direction: 'decrease' }),
  indicator('intensity', 'tce-per-10k-yuan', 'intensity', { numerator: 'energy', denominator: 'iva', direction: 'decrease' }),
  indicator('institutes', 'count', 'count'),
  indicator('wastewater', 'percent', 'rate'),
  indicator('orphan-share', 'percent', 'share'),
];

export const targets: Target[] = [
  target('iva-2020', 'iva', 2020, 'atLeast', '240', 'bn-yuan'),
  target('iva-growth-2020', 'iva-growth', 2020, 'atLeast', '8', 'percent-per-annum', { period: { start: 2016, end: 2020 } }),
  target('sei-share-2020', 'sei-share', 2020, 'approximately', '25', 'percent', { tolerance: { absolute: dec(1) } }),
  target('sei-share-2016', 'sei-share', 2016, 'above', '20', 'percent'),
  target('ps-share-2020', 'ps-share', 2020, 'atLeast', '25', 'percent'),
  target('intensity-2020', 'intensity', 2020, 'atMost', '1.3', 'tce-per-10k-yuan'),
  target('institutes-2020', 'institutes', 2020, 'above', '100', 'count'),
  target('wastewater-2020', 'wastewater', 2020, 'atLeast', '92', 'percent'),
];

const base = {
  id: 'toy',
  title: { en: 'Toy plan' },
  region: { en: 'Toy' },
  period: { start: 2016, end: 2020 },
  baseYear: 2015,
  document: { title: 'test', date: '2016-03-22' },
  principles: [],
  strategies: [],
  goals: [],
  layout: [],
  commitments: [],
  facts: [],
  tasks: [],
  milestones: [],
  errata: [],
};

/** The toy plan, deeply frozen (as `definePlan` returns plans). */
export const toy: Plan = deepFreeze({ ...base, indicators, targets });

/** A plan with other indicators or targets (not frozen unless asked). */
export function planWith(parts: { indicators?: Indicator[]; targets?: Target[] }, freeze = true): Plan {
  const p = { ...base, indicators: parts.indicators ?? indicators, targets: parts.targets ?? targets };
  return freeze ? deepFreeze(p) : p;
}

/**
 * A scenario for the toy plan: 120 bn of industrial value added in 2015 growing 8 % a year
 * (about 120 bn in 2015: Baotou government work report, 2016-01-12, an estimate; 8 % is the
 * plan's rate), the other series made up.
 */
export const toyScenario = {
  id: 'toy-eight',
  baseYear: 2015,
  horizon: 2020,
  series: {
    iva: { base: '120', growth: '0.08' },
    sei: { base: '24', growth: '0.12' },
    gdp: { base: '4000', growth: '0.07' },
    ps: { base: '100', growth: '0.1' },
    energy: { base: '1800', growth: '0.02' },
    institutes: { base: '60', additions: '9' },
    wastewater: { base: '80', additions: { 2016: '2', 2017: '2', 2018: '3', 2019: '3', 2020: '3' } },
  },
} as const;

/** The plain-notation strings of a year record. */
export function plainYears(values: Readonly<Record<number, { toFixed(): string }>> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([year, v]) => [year, v.toFixed()]));
}
