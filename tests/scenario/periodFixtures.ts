/**
 * A small plan shaped like the national Outline of the 13th FYP: targets over the period of
 * every form (an annual average, a change in points and in the indicator's own measure, a
 * relative change, cumulative sums with a floor and a ceiling), and none of Baotou's ids. The
 * thresholds are the Outline's where it has one (6.5 % a year, +3.9 points to 60 %, −15 %,
 * 50 million jobs); the rest, and every observation built here, are made up for the tests:
 * nothing here is data.
 */
import { dec } from '../../src/decimal.js';
import type { Indicator, ObservationInput, Plan, Target } from '../../src/plan/types.js';
import { deepFreeze } from '../_lib/freeze.js';

const src = { kind: 'report', section: 'I', quote: 'test' } as const;
const period = { start: 2016, end: 2020 } as const;

function indicator(id: string, unit: Indicator['unit'], kind: Indicator['kind'], extra: Partial<Indicator> = {}): Indicator {
  return { id, name: { en: id }, unit, kind, direction: 'increase', nature: 'unspecified', definition: {}, ...extra };
}

function target(id: string, indicatorId: string, form: NonNullable<Target['form']>, comparator: Target['comparator'], value: string, unit: Target['unit']): Target {
  return { id, indicator: indicatorId, year: 2020, ...(form === 'level' ? {} : { period }), form, comparator, value: dec(value), unit, source: src };
}

export const nationIndicators: Indicator[] = [
  indicator('output', '100m-yuan', 'level'),
  indicator('output-growth', 'percent-per-annum', 'growth', { growthOf: 'output', definition: { priceBasis: 'comparable' } }),
  indicator('urban', 'percent', 'share'),
  indicator('energy', 'tce-per-10k-yuan', 'intensity', { direction: 'decrease' }),
  indicator('jobs', 'count', 'count'),
  indicator('permits', 'count', 'count', { direction: 'decrease' }),
  indicator('labs', 'count', 'count'),
];

export const nationTargets: Target[] = [
  target('output-2020', 'output', 'level', 'atLeast', '927000', '100m-yuan'),
  target('output-growth-2020', 'output-growth', 'annual-average', 'atLeast', '6.5', 'percent-per-annum'),
  target('urban-2020', 'urban', 'level', 'atLeast', '60', 'percent'),
  target('urban-change-2020', 'urban', 'change', 'atLeast', '3.9', 'percentage-points'),
  target('energy-2020', 'energy', 'relative-change', 'atMost', '-15', 'percent'),
  target('jobs-2020', 'jobs', 'cumulative', 'atLeast', '5000', 'count'),
  target('permits-2020', 'permits', 'cumulative', 'atMost', '100', 'count'),
  target('labs-change-2020', 'labs', 'change', 'atLeast', '20', 'count'),
];

/** A plan with only the sections every plan needs (`definePlan` leaves the others empty). */
export function minimalPlan(indicators: Indicator[], targets: Target[], id = 'nation'): Plan {
  return deepFreeze({
    id,
    title: { en: id },
    period,
    baseYear: 2015,
    principles: [],
    strategies: [],
    goals: [],
    layout: [],
    commitments: [],
    indicators,
    targets,
    facts: [],
    tasks: [],
    milestones: [],
    errata: [],
  });
}

export const nation: Plan = minimalPlan(nationIndicators, nationTargets);

/** An observation (no source: made up). */
export const obs = (indicator: string, when: number | { start: number | string; end: number | string }, value: string | number, extra: Partial<ObservationInput> = {}): ObservationInput =>
  ({ indicator, ...(typeof when === 'number' ? { year: when } : { period: when }), value: String(value), ...extra }) as ObservationInput;
