/**
 * docs/validation.md lists each class of bad input and its error: every message quoted in
 * full there is produced by the code, and this test keeps the two in step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { fromSnapshot, parseObservations, parseObservationsCsv, parsePlan, parseScenario, toSnapshot } from '../../src/schema/index.js';
import { planError } from '../_lib/errors.js';

const page = readFileSync(new URL('../../docs/validation.md', import.meta.url), 'utf8');
const o = { indicator: 'gdp', year: 2020, value: '278.74' };
const s = (extra: object) => ({ id: 's', baseYear: 2015, horizon: 2017, series: {}, ...extra });
const plan = JSON.parse(readFileSync(new URL('./fixtures/plan.json', import.meta.url), 'utf8')) as { targets: object[] };

const cases: [string, () => unknown][] = [
  ['observations: expected an array, got an object', () => parseObservations({})],
  ['observations[0]: expected an object, got an array of length 1', () => parseObservations([[o]])],
  ["observations[0]: expected an object, got 'row'", () => parseObservations(['row'])],
  ['observations[0].value: missing; expected a decimal string or finite number', () => parseObservations([{ indicator: 'gdp', year: 2020 }])],
  [
    "observations[0]: unknown key 'foo'; allowed keys: indicator, year, period, value, unit, qualifier, status, source, definition, vintage, note",
    () => parseObservations([{ ...o, foo: 1 }]),
  ],
  ["scenario.series: unknown key '__proto__'; it is never allowed", () => parseScenario(JSON.parse('{"id":"s","baseYear":2015,"horizon":2020,"series":{"__proto__":{"base":"1"}}}'))],
  ["observations[0].value: expected a decimal string or finite number, got 'n/a'", () => parseObservations([{ ...o, value: 'n/a' }])],
  ['observations[0].value: expected a decimal string or finite number, got Infinity', () => parseObservations(JSON.parse('[{"indicator":"gdp","year":2020,"value":1e400}]'))],
  ["observations[0].year: expected an integer year from 1900 to 2100, got '2020'", () => parseObservations([{ ...o, year: '2020' }])],
  ["observations[0].period: give 'year' or 'period', not both", () => parseObservations([{ ...o, period: 2020 }])],
  ["observations[0]: give 'year' or 'period'", () => parseObservations([{ indicator: 'gdp', value: 1 }])],
  ["observations[0].period: '2020-2016': a period 'YYYY-YYYY' must end after it starts", () => parseObservations([{ indicator: 'gdp', period: '2020-2016', value: 1 }])],
  ["observations[0].period: end '2019-01' is before start '2019-09'", () => parseObservations([{ indicator: 'gdp', period: '2019-09/2019-01', value: 1 }])],
  [
    "observations[0].period.end: expected a year and month 'YYYY-MM' from '1900-01' to '2100-12', got '2019-13'",
    () => parseObservations([{ indicator: 'gdp', period: { start: '2019-01', end: '2019-13' }, value: 1 }]),
  ],
  ["observations[0].vintage: expected a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', got '06-04-2021'", () => parseObservations([{ ...o, vintage: '06-04-2021' }])],
  ["observations[0].status: expected one of 'A', 'B', 'E', 'F', 'I', 'M', 'P', 'S', got 'X'", () => parseObservations([{ ...o, status: 'X' }])],
  [
    "observations[0].indicator: expected an id of 1 to 100 letters, digits, '-', '_', '.', ':' or '/', starting with a letter or digit, got '__proto__'",
    () => parseObservations([{ ...o, indicator: '__proto__' }]),
  ],
  ["observations[0].source.kind: expected one of 'report', 'external', got 'web'", () => parseObservations([{ ...o, source: { kind: 'web' } }])],
  [
    "plan.targets[0].tolerance: only allowed with comparator 'approximately', got comparator 'atLeast'",
    () => parsePlan({ ...plan, targets: [{ ...plan.targets[0], tolerance: { relative: '0.05' } }] }),
  ],
  [
    "plan.targets[1].comparator: wording 'above' (rendering 以上) means comparator 'atLeast', got comparator 'above'; by the Civil Code of the PRC, art. 1259, 以上、以下、以内 include the figure and 超过、不满、以外 do not",
    () => parsePlan({ ...plan, targets: [plan.targets[0], { ...plan.targets[0], comparator: 'above', wording: 'above' }] }),
  ],
  ['scenario.horizon: must be after baseYear 2015, got 2010', () => parseScenario(s({ horizon: 2010 }))],
  ['scenario.series.x.growth: missing year 2017; give every year from 2016 to 2017', () => parseScenario(s({ series: { x: { base: 1, growth: { 2016: 0.1 } } } }))],
  ['scenario.series.x.growth: a growth rate must be greater than -1 (a fall of 100 %), got -1', () => parseScenario(s({ series: { x: { base: 1, growth: -1 } } }))],
  [
    'scenario.series.x.additions: give at most one of growth, additions, values; got growth and additions',
    () => parseScenario(s({ series: { x: { base: 1, growth: 0.1, additions: 1 } } })),
  ],
  [
    'scenario.series.x.base: expected a decimal string or finite number that is not negative, got -1',
    () => parseScenario(s({ series: { x: { base: -1 } } })),
  ],
  ['scenario.deflator["2016"]: must be greater than 0, got 0', () => parseScenario(s({ horizon: 2016, deflator: { 2016: 0 } }))],
  [
    'scenario.id: missing; expected a value',
    () => {
      const values: Record<string, unknown> = { id: 's', baseYear: 2015, horizon: 2016, series: {} };
      const hidesId = new Proxy(values, { has: (target, key) => key !== 'id' && key in target });
      return parseScenario(hidesId);
    },
  ],
  ["line 2, column 'value': expected a decimal string or finite number, got 'n/a'", () => parseObservationsCsv('indicator,year,value\ngdp,2020,n/a\n')],
  ['line 2: expected 3 fields as in the header, got 2', () => parseObservationsCsv('indicator,year,value\ngdp,2020\n')],
  [
    "line 1, column 'comment': unknown column 'comment'; allowed columns: indicator, year, period, value, unit, qualifier, status, vintage, source",
    () => parseObservationsCsv('indicator,year,value,comment\n'),
  ],
  ['line 2: a quoted field is not closed', () => parseObservationsCsv('indicator,year,value\ngdp,2020,"1\n')],
  ['snapshot.version: expected snapshot format version 1, got 2', () => fromSnapshot({ type: 'plan', version: 2, data: {} })],
  ["observations[0].value: expected a decimal of at most 1000 significant digits with an exponent from -10000 to 10000, got '1e99999'", () => parseObservations([{ ...o, value: '1e99999' }])],
  ["observations[1]: duplicates observations[0]: 'gdp' 2020, with the same vintage, source and definition; give one figure, a vintage to tell a revision from the first release, or options.duplicates 'first' or 'last' (parseObservations, parseObservationsCsv)", () => parseObservations([o, { ...o, value: '277' }])],
];

describe('docs/validation.md', () => {
  it.each(cases)('quotes the real message: %s', (message, run) => {
    expect(planError(run).message).toBe(message);
    expect(page).toContain(`\`${message}\``);
  });
});
