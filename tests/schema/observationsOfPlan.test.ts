/**
 * `parseObservations(input, { plan })` and `parseObservationsCsv(text, { plan })`: every
 * observation of one of the plan's indicators, or a `VALIDATION` issue at the first
 * observation (or line) of each id the plan lacks, with the closest ids. The expected messages
 * are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { baotou13 } from '../../src/index.js';
import { definePlan, parseObservations, parseObservationsCsv } from '../../src/schema/index.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';

/** A plan with two indicators and one target. */
const mini = definePlan({
  id: 'mini',
  title: { en: 'A minimal plan' },
  period: { start: 2021, end: 2025 },
  indicators: [
    { id: 'output', name: { en: 'output' }, unit: 'bn-yuan', direction: 'increase', kind: 'level', nature: 'anticipatory', definition: {} },
    { id: 'output-growth', name: { en: 'output growth' }, unit: 'percent-per-annum', direction: 'increase', kind: 'growth', growthOf: 'output', nature: 'anticipatory', definition: {} },
  ],
  targets: [
    { id: 'output-2025', indicator: 'output', year: 2025, comparator: 'atLeast', value: '150', unit: 'bn-yuan', source: { kind: 'report', section: '1', quote: 'output of 150 billion yuan by 2025' } },
  ],
} as const);

const at = (indicator: string, year: number, value = '1') => ({ indicator, year, value, unit: 'bn-yuan' });

describe('parseObservations with a plan', () => {
  it("takes observations of the plan's indicators, as without a plan", () => {
    const input = deepFreeze([at('output', 2021, '120'), at('output', 2022, '130.5')]);
    const parsed = parseObservations(input, { plan: mini });
    expect(parsed.map((o) => [o.indicator, o.year, o.value.toString()])).toEqual([
      ['output', 2021, '120'],
      ['output', 2022, '130.5'],
    ]);
    expect(parsed).toEqual(parseObservations(input));
  });

  it('names an indicator the plan lacks at its observation, with the closest id', () => {
    expect(() => parseObservations([at('output', 2021), at('outptu', 2022)], { plan: mini })).toThrowPlanError(
      'VALIDATION',
      "observations[1].indicator: 'outptu' is not an indicator of plan 'mini'; did you mean 'output'?",
    );
  });

  it('lists the ids the plan has when none is close', () => {
    expect(() => parseObservations([at('population', 2021)], { plan: mini })).toThrowPlanError(
      'VALIDATION',
      "observations[0].indicator: 'population' is not an indicator of plan 'mini'; it has 2: 'output', 'output-growth'",
    );
  });

  it('names each unknown id once, at its first observation', () => {
    const error = planError(() =>
      parseObservations([at('outptu', 2021), at('output', 2021), at('outptu', 2022), at('population', 2021), at('population', 2022)], { plan: mini }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['observations', 0, 'indicator'],
      ['observations', 3, 'indicator'],
    ]);
    expect(error.details).toEqual({ input: 'observations', count: 2 });
    expect(error.message).toBe(
      "2 problems: observations[0].indicator: 'outptu' is not an indicator of plan 'mini'; did you mean 'output'?; " +
        "observations[3].indicator: 'population' is not an indicator of plan 'mini'; it has 2: 'output', 'output-growth'",
    );
  });

  it('an unknown id is told before duplicates (they would be refused once it is fixed)', () => {
    expect(() => parseObservations([at('outptu', 2021), at('outptu', 2021)], { plan: mini })).toThrowPlanError(
      'VALIDATION',
      "observations[0].indicator: 'outptu' is not an indicator of plan 'mini'; did you mean 'output'?",
    );
    // with the plan's id, the duplicate policy applies as without a plan
    expect(parseObservations([at('output', 2021, '1'), at('output', 2021, '2')], { plan: mini, duplicates: 'last' }).map((o) => o.value.toString())).toEqual(['2']);
  });

  it('checks against the embedded plans too, with suggestions from their ids', () => {
    expect(() => parseObservations([{ indicator: 'gpd', year: 2020, value: '2787.4' }], { plan: baotou13 })).toThrowPlanError(
      'VALIDATION',
      "observations[0].indicator: 'gpd' is not an indicator of plan 'baotou13'; did you mean 'gdp'?",
    );
  });

  it('problems of the values come first: the plan is checked on observations that read', () => {
    expect(() => parseObservations([at('outptu', 2021, 'n/a')], { plan: mini })).toThrowPlanError(
      'VALIDATION',
      "observations[0].value: expected a decimal string or finite number, got 'n/a'",
    );
  });

  it('refuses options it does not know, and a plan that is not a plan', () => {
    expect(() => parseObservations([], { plans: mini } as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      "options: unknown key 'plans'; did you mean 'plan'? allowed keys: duplicates, plan",
    );
    expect(() => parseObservations([], { plan: { id: 'x' } } as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      'options.plan: expected a plan (what definePlan returns, or baotou13), got an object',
    );
    expect(() => parseObservationsCsv('indicator,year,value\n', { plan: 'baotou13' } as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      "options.plan: expected a plan (what definePlan returns, or baotou13), got 'baotou13'",
    );
  });

  it('takes a plan given as undefined as no plan', () => {
    expect(parseObservations([at('anything', 2021)], { plan: undefined } as never)).toHaveLength(1);
  });
});

describe('parseObservationsCsv with a plan', () => {
  it('names the line and the column of the first row of each id the plan lacks', () => {
    const csv = 'indicator,year,value,unit\noutput,2021,120,bn-yuan\n\noutptu,2022,130,bn-yuan\noutptu,2023,140,bn-yuan\n';
    expect(() => parseObservationsCsv(csv, { plan: mini })).toThrowPlanError(
      'VALIDATION',
      "line 4, column 'indicator': 'outptu' is not an indicator of plan 'mini'; did you mean 'output'?",
    );
    const error = planError(() => parseObservationsCsv(csv, { plan: mini }));
    expect(error.issues).toEqual([{ path: [4, 'indicator'], message: "'outptu' is not an indicator of plan 'mini'; did you mean 'output'?" }]);
  });

  it('finds the line whatever the order of the columns and the quoting of the cell', () => {
    const csv = 'year,value,"indicator"\r\n2021,120,output\r\n2022,1,"industrial-value-add"\r\n';
    expect(() => parseObservationsCsv(csv, { plan: baotou13 })).toThrowPlanError(
      'VALIDATION',
      "line 3, column 'indicator': 'industrial-value-add' is not an indicator of plan 'baotou13'; did you mean 'industrial-value-added' or 'industrial-value-added-growth'?",
    );
  });

  it("takes the rows of the plan's indicators", () => {
    const rows = parseObservationsCsv('indicator,year,value\noutput,2021,120\noutput-growth,2021,7.5\n', { plan: mini });
    expect(rows.map((o) => [o.indicator, o.value.toString()])).toEqual([
      ['output', '120'],
      ['output-growth', '7.5'],
    ]);
  });
});
