/**
 * The permanent hostile suite, part one: every function the package exports (read from its
 * entries, so a new export is covered as soon as it is added), called in child processes
 * with a memory cap and a time limit, with a hostile value in each parameter position and
 * valid arguments elsewhere — `null`, `undefined`, `{}`, `[]`, a string, `NaN`, `Infinity`,
 * `-0`, a bigint, megabyte strings, fake Decimals, a Proxy whose traps throw, getters that
 * throw, a frozen object, `Object.create(null)`, a cyclic object, a 10⁶-long array. Each call
 * must return or throw a `PlanError` (never another error, a crash or a hang), within a few
 * seconds, without changing its arguments; with its valid arguments, also deeply frozen, it
 * must return. The matrix itself is in `_lib/calls.mjs`, which the children run.
 */
import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.js';
import * as root from '../../src/index.js';
import * as schema from '../../src/schema/index.js';
import { EXCLUDED, HOSTILE, VALID } from './_lib/calls.mjs';
import { EXPORTED_FUNCTIONS as FUNCTIONS, runChild } from './_lib/child.js';

const { baotou13, baotouReported } = root;

const CALLS = new URL('./_lib/calls.mjs', import.meta.url).href;

/** The functions to call, in batches of about equal cost, one child process each. */
const BATCHES = 4;
const TESTED = FUNCTIONS.filter((name) => !(name in EXCLUDED));
const batches = Array.from({ length: BATCHES }, (_, b) => TESTED.filter((_, i) => i % BATCHES === b));

interface MatrixResult {
  readonly calls: number;
  readonly ms: number;
  readonly failures: readonly { name: string; case: string; problem: string }[];
}

describe('every export, with hostile arguments', () => {
  it('knows every exported function: valid arguments for each, or a reason not to call it', () => {
    expect(FUNCTIONS.length).toBeGreaterThan(80);
    const unknown = FUNCTIONS.filter((name) => !(name in VALID) && !(name in EXCLUDED));
    expect(unknown).toEqual([]);
    // …and nothing listed that is not exported (a renamed export must be renamed here too)
    expect(Object.keys(VALID).filter((name) => !FUNCTIONS.includes(name))).toEqual([]);
    expect(Object.keys(HOSTILE).length).toBeGreaterThanOrEqual(20);
  });

  it.each(batches.map((names, i) => [i + 1, names] as const))(
    'batch %i of 4: each call returns or throws a PlanError, in time, and changes no argument',
    (batch, names) => {
      const result = runChild<MatrixResult>(
        `hostile-matrix-${batch}`,
        (progress) => `const m = await import(${JSON.stringify(CALLS)}); return m.runMatrix(lib, ${JSON.stringify(names)}, { progress: ${JSON.stringify(progress)} });`,
        { memoryMb: 768, timeoutMs: 150_000 },
      );
      expect(result.failures).toEqual([]);
      // every function, with its valid arguments twice and a hostile value in each position
      expect(result.calls).toBeGreaterThanOrEqual(names.length * (2 + Object.keys(HOSTILE).length));
    },
    180_000,
  );
});

/**
 * Every function that takes options (or a query), given a misspelt key: `[function, arguments
 * with the typo, the key it suggests]`. A misspelt key never falls back to a default.
 */
const TYPOS: readonly [string, (lib: typeof root & typeof schema & typeof charts) => unknown[], string][] = [
  ['formatDecimal', () => ['1.5', { place: 2 }], 'places'],
  ['formatQuantity', (l) => [l.quantity('240', 'bn-yuan'), { unti: '10k-yuan' }], 'unit'],
  ['unitLabel', () => ['bn-yuan', { locales: 'zh-CN' }], 'locale'],
  ['evaluateTarget', () => [{ comparator: 'atLeast', value: '240', unit: 'bn-yuan' }, 176, { tolerence: { relative: '0.1' } }], 'tolerance'],
  ['evaluateShareTarget', () => [{ comparator: 'atLeast', value: 25, unit: 'percent' }, 1, 4, { aproximately: 'two-sided' }], 'approximately'],
  ['evaluateIntensityTarget', (l) => [{ comparator: 'atMost', value: '1.3', unit: 'tce-per-10k-yuan' }, l.quantity(30, '10k-tce'), l.quantity(240, 'bn-yuan'), { tolerances: {} }], 'tolerance'],
  ['evaluateRateTarget', () => [{ comparator: 'atLeast', value: 8, unit: 'percent-per-annum', period: { start: 2016, end: 2020 } }, [{ year: 2015, value: 1 }, { year: 2020, value: 2 }], { isGrowthrate: true }], 'isGrowthRate'],
  ['evaluatePeriodTarget', () => [{ form: 'cumulative', comparator: 'atLeast', value: 5000, unit: 'count', period: { start: 2016, end: 2020 } }, [{ year: 2016, value: 1000 }], { throught: 2016 }], 'through'],
  ['assessProgress', () => [[{ year: 2015, value: 1 }], { method: 'unsd', baseYear: 2015, targetYear: 2020, target: 2, direction: 'increase', isgrowthRate: true }], 'isGrowthRate'],
  ['assessOpenSdg', () => [[{ year: 2015, value: 1 }], { baseYear: 2015, targetyear: 2020, direction: 'increase' }], 'targetYear'],
  ['assessUnsd', () => [[{ year: 2015, value: 1 }], { baseYear: 2015, targetYear: 2020, target: 2, direction: 'increase', threshold: {} }], 'thresholds'],
  ['assessTimeProgress', () => [[{ year: 2015, value: 1 }], { baseYear: 2015, targetYear: 2020, target: 2, direction: 'increase', partialPeriod: 'use' }], 'partialPeriods'],
  ['factsOf', (l) => [l.baotou13, { indicatr: 'gdp' }], 'indicator'],
  ['project', (l) => [l.baotou13, l.scenarios.planPath, { price: 'current' }], 'prices'],
  ['scorecard', (l) => [l.baotou13, l.baotouReported, { asof: 2018 }], 'asOf'],
  ['sweep', (l) => [l.baotou13, l.scenarios.planPath, { driver: { series: 'industrial-value-added', field: 'growth' }, value: ['0.1'] }], 'values'],
  ['breakEven', (l) => [l.baotou13, l.scenarios.planPath, { driver: { series: 'industrial-value-added', field: 'growth' }, targetID: 'x' }], 'targetId'],
  ['consistency', (l) => [l.baotou13, l.baotouReported, { yaer: 2015 }], 'year'],
  ['planPathScenario', (l) => [l.baotou13, { ids: 'x' }], 'id'],
  ['reportedTrendScenario', (l) => [l.baotou13, l.baotouReported, { Id: 'x' }], 'id'],
  ['toCsv', () => [[{ a: 1 }], { column: ['a'] }], 'columns'],
  ['toDataPackage', (l) => [l.baotou13, { neutralize: false }], 'neutralise'],
  ['toMarkdown', (l) => [l.baotou13, { observation: [] }], 'observations'],
  ['parseObservations', () => [[], { duplicate: 'first' }], 'duplicates'],
  ['parseObservationsCsv', () => ['indicator,year,value\n', { duplicate: 'first' }], 'duplicates'],
  ['toSnapshot', (l) => [l.dec('1'), { typ: 'decimal' }], 'type'],
  ['fromSnapshot', () => ['{"type":"decimal","version":1,"data":"1"}', { typ: 'decimal' }], 'type'],
  ['trajectoryChart', () => [{}, { titel: 'x' }], 'title'],
  ['scorecardChart', () => [[{ targetId: 't', year: 2020, value: '1', met: true }], { widht: 600 }], 'width'],
  ['layoutChart', () => [[{ direction: 'east', label: { en: 'east' }, industries: [] }], { hieght: 300 }], 'height'],
  ['planTrajectoryChart', (l) => [l.baotou13, l.project(l.baotou13, l.scenarios.planPath), { indicatr: 'gdp' }], 'indicator'],
  ['planScorecardChart', (l) => [l.baotou13, [], { local: 'en' }], 'locale'],
  ['planLayoutChart', (l) => [l.baotou13, { locale: 'en', widths: 600 }], 'width'],
];

describe('options and queries: a misspelt key is an error with a suggestion, never ignored', () => {
  const lib = { ...root, ...schema, ...charts } as typeof root & typeof schema & typeof charts;

  it.each(TYPOS.map(([name, args, suggestion]) => [name, args, suggestion] as const))('%s', (name, args, suggestion) => {
    const fn = (lib as unknown as Record<string, (...a: unknown[]) => unknown>)[name] as (...a: unknown[]) => unknown;
    expect(() => fn(...args(lib))).toThrowPlanError('INVALID_ARGUMENT', new RegExp(`unknown key '[A-Za-z]+'; did you mean '${suggestion}'\\?`));
  });

  it('factsOf: a query that is an array, or a year where a period goes, is refused (it never returns every fact)', () => {
    expect(() => root.factsOf(baotou13, [] as never)).toThrowPlanError('INVALID_ARGUMENT', "query: expected an indicator id or { indicator?, period? }, got an array of length 0");
    expect(() => root.factsOf(baotou13, { year: 2020 } as never)).toThrowPlanError('INVALID_ARGUMENT', "query: unknown key 'year'; allowed keys: indicator, period");
    expect(root.factsOf(baotou13, { indicator: 'industrial-value-added-growth' }).length).toBeLessThan(baotou13.facts.length);
    expect(root.scorecard(baotou13, baotouReported, { asOf: 2018 }).some((r) => r.status === 'pending')).toBe(true);
  });
});
