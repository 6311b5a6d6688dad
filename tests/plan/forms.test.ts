/**
 * Target forms: what a target's value is (a level, an annual average, a change, a relative
 * change, a cumulative sum), the unit each is written in, and the period it needs. The cases are
 * the forms of the national 13th Five-Year Plan's main indicators (Outline of the 13th Five-Year
 * Plan, 2016, table 1): GDP growth "6.5 % a year" (annual average), energy per unit of GDP
 * "−15 %" (relative change), urbanisation "+3.9 points" (change), new urban jobs "50 million"
 * over 2016–2020 (cumulative).
 */
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/plan/integrity.js';
import { materializePlan } from '../../src/plan/materialize.js';
import type { PlanInput, TargetInput } from '../../src/plan/types.js';
import { definePlan } from '../../src/schema/define.js';
import { planError } from '../_lib/errors.js';

const source = { kind: 'report', section: 'table 1', quote: 'main indicators' } as const;
const PERIOD = { start: 2016, end: 2020 };

const indicators: PlanInput['indicators'] = [
  { id: 'gdp', name: { en: 'GDP' }, unit: '100m-yuan', direction: 'increase', kind: 'level', nature: 'anticipatory', definition: {} },
  { id: 'gdp-growth', name: { en: 'GDP growth' }, unit: 'percent-per-annum', direction: 'increase', kind: 'growth', nature: 'anticipatory', growthOf: 'gdp', definition: {} },
  { id: 'urbanisation', name: { en: 'urbanisation rate' }, unit: 'percent', direction: 'increase', kind: 'rate', nature: 'anticipatory', definition: {} },
  { id: 'energy-intensity', name: { en: 'energy per unit of GDP' }, unit: 'tce-per-10k-yuan', direction: 'decrease', kind: 'intensity', nature: 'binding', definition: {} },
  { id: 'new-urban-jobs', name: { en: 'new urban jobs' }, unit: 'count', direction: 'increase', kind: 'count', nature: 'anticipatory', definition: {} },
  { id: 'energy-change', name: { en: 'energy use, change' }, unit: 'percent', direction: 'decrease', kind: 'growth', nature: 'binding', definition: {} },
];

/** A target of 2020 over 2016–2020 (`period: undefined` leaves the period out). */
function target(indicator: string, unit: string, value: string, extra: Partial<TargetInput> = {}): TargetInput {
  return { id: 't', indicator, year: 2020, period: PERIOD, comparator: 'atLeast', value, unit: unit as TargetInput['unit'], source, ...extra } as TargetInput;
}

function withoutPeriod(t: TargetInput): TargetInput {
  const { period: _period, ...rest } = t;
  return rest;
}

/** The problems of a plan with this one target, from checkIntegrity (the plan is made without validation). */
function problems(t: TargetInput): string[] {
  const plan = materializePlan({ id: 'nation', title: { en: 'A plan' }, period: PERIOD, indicators, targets: [t] });
  return checkIntegrity(plan).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('target forms: accepted', () => {
  it.each([
    ['an annual average of a growth rate, in percent per annum', target('gdp-growth', 'percent-per-annum', '6.5', { form: 'annual-average' })],
    ['a growth rate over a period without a form (read as an annual average)', target('gdp-growth', 'percent-per-annum', '6.5')],
    ['the average growth of a level, in percent per annum', target('gdp', 'percent-per-annum', '6.5', { form: 'annual-average' })],
    ['a relative change of an intensity, in percent', target('energy-intensity', 'percent', '-15', { form: 'relative-change', comparator: 'atMost' })],
    ['a relative change of a level, in percent', target('gdp', 'percent', '37', { form: 'relative-change' })],
    ['a change of a rate in percent, in percentage points', target('urbanisation', 'percentage-points', '3.9', { form: 'change' })],
    ['a change of a level, in its measure (another multiplier too)', target('gdp', 'bn-yuan', '2500', { form: 'change' })],
    ['a change of a growth rate, in percentage points', target('gdp-growth', 'percentage-points', '-1', { form: 'change', comparator: 'atMost' })],
    ['a cumulative count, in its measure', target('new-urban-jobs', 'count', '50000000', { form: 'cumulative' })],
    ['a growth over a period in percent, as a relative change', target('energy-change', 'percent', '-15', { form: 'relative-change', comparator: 'atMost' })],
    ['a level of a growth rate in one year, with the form said', withoutPeriod(target('gdp-growth', 'percent-per-annum', '7', { form: 'level', year: 2016 }))],
    ['a level, with the form said', withoutPeriod(target('gdp', '100m-yuan', '920000', { form: 'level' }))],
  ])('%s', (_name, t) => {
    expect(problems(t)).toEqual([]);
    expect(definePlan({ id: 'nation', title: { en: 'A plan' }, period: PERIOD, indicators, targets: [t] }).targets[0]?.form).toBe(t.form);
  });
});

describe('target forms: refused', () => {
  it('an annual average in another unit than percent per annum', () => {
    expect(problems(target('gdp-growth', 'percent', '6.5', { form: 'annual-average' }))).toEqual([
      "targets.0.unit: a target of form 'annual-average' of indicator 'gdp-growth' (in 'percent-per-annum') is in a unit of measure 'percent-per-annum', got 'percent' (measure 'percent')",
    ]);
    expect(problems(target('gdp', '100m-yuan', '6.5', { form: 'annual-average' }))).toEqual([
      "targets.0.unit: a target of form 'annual-average' of indicator 'gdp' (in '100m-yuan') is in a unit of measure 'percent-per-annum', got '100m-yuan' (measure 'yuan')",
    ]);
  });

  it('a growth over a period in percent with no form: read as an annual average, so its unit is wrong, and the message says which forms to give', () => {
    expect(problems(target('energy-change', 'percent', '-15', { comparator: 'atMost' }))).toEqual([
      "targets.0.unit: a target over a period of the growth indicator 'energy-change' reads as an annual average (form 'annual-average'), in a unit of measure 'percent-per-annum', got 'percent' (measure 'percent'); give its form ('change', 'relative-change' or 'cumulative') if it is not an annual average",
    ]);
  });

  it('a relative change in another unit than percent', () => {
    expect(problems(target('energy-intensity', 'ratio', '-0.15', { form: 'relative-change' }))).toEqual([
      "targets.0.unit: a target of form 'relative-change' of indicator 'energy-intensity' (in 'tce-per-10k-yuan') is in a unit of measure 'percent', got 'ratio' (measure 'ratio')",
    ]);
    expect(problems(target('urbanisation', 'percentage-points', '3.9', { form: 'relative-change' }))).toHaveLength(1);
  });

  it('a change of a percentage in percent (points are meant), and a change of a level in another measure', () => {
    expect(problems(target('urbanisation', 'percent', '3.9', { form: 'change' }))).toEqual([
      "targets.0.unit: a target of form 'change' of indicator 'urbanisation' (in 'percent') is in a unit of measure 'percentage-points', got 'percent' (measure 'percent')",
    ]);
    expect(problems(target('gdp', 'percent', '37', { form: 'change' }))).toEqual([
      "targets.0.unit: a target of form 'change' of indicator 'gdp' (in '100m-yuan') is in a unit of measure 'yuan', got 'percent' (measure 'percent')",
    ]);
  });

  it('a cumulative sum in another measure than its indicator', () => {
    expect(problems(target('new-urban-jobs', 'percent', '5', { form: 'cumulative' }))).toEqual([
      "targets.0.unit: a target of form 'cumulative' of indicator 'new-urban-jobs' (in 'count') is in a unit of measure 'count', got 'percent' (measure 'percent')",
    ]);
  });

  it.each(['annual-average', 'change', 'relative-change', 'cumulative'] as const)('a target of form %s without a period', (form) => {
    const unit = { 'annual-average': 'percent-per-annum', change: '100m-yuan', 'relative-change': 'percent', cumulative: '100m-yuan' }[form];
    const t = withoutPeriod(target('gdp', unit, '1', { form }));
    const message = `a target of form '${form}' runs over a period: give its period { start, end } (its base year is the year before it)`;
    expect(problems(t)).toEqual([`targets.0.period: ${message}`]);
    // definePlan refuses it already for its structure: the schema knows the rule too.
    const error = planError(() => definePlan({ id: 'nation', title: { en: 'A plan' }, period: PERIOD, indicators, targets: [t] }));
    expect(error.issues).toEqual([{ path: ['plan', 'targets', 0, 'period'], message }]);
  });

  it('a form that is not one of TARGET_FORMS', () => {
    const error = planError(() =>
      definePlan({ id: 'nation', title: { en: 'A plan' }, period: PERIOD, indicators, targets: [target('gdp', 'percent', '37', { form: 'growth' as never })] }),
    );
    expect(error.message).toBe(
      "plan.targets[0].form: expected one of 'level', 'annual-average', 'change', 'relative-change', 'cumulative', got 'growth'",
    );
  });

  it('keeps the rules of periods for every form: inside the plan period, due in its last year', () => {
    expect(problems(target('gdp', 'percent', '37', { form: 'relative-change', period: { start: 2015, end: 2020 } }))).toEqual([
      'targets.0.period: 2015–2020 is not inside the plan period 2016–2020',
    ]);
    expect(problems(target('new-urban-jobs', 'count', '50000000', { form: 'cumulative', year: 2019 }))).toEqual([
      "targets.0.year: 2019 is not the last year of the target's period 2016–2020; a target over a period is due at the end of its period",
    ]);
  });
});
