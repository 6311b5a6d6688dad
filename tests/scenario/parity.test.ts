/**
 * `project` and `parseScenario` accept exactly the same scenarios: fast-check generates
 * scenarios (as JSON gives them, and as code may, with keys given as `undefined`) right and
 * wrong in every part (ids, name and description, years, drivers and
 * their units, per-year maps, deflators, caveats, unknown keys) over series the plan can drive
 * in units of their measure — the two checks that only a plan can make — and both must
 * accept, or both refuse with a PlanError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baotou13 } from '../../src/data/baotou13/index.js';
import { isPlanError } from '../../src/errors.js';
import { project } from '../../src/scenario/project.js';
import { parseScenario } from '../../src/schema/index.js';

/** Whether `f` returns; a PlanError is a refusal, anything else thrown fails the test. */
function accepts(f: () => unknown): boolean {
  try {
    f();
    return true;
  } catch (error) {
    if (!isPlanError(error)) throw error;
    return false;
  }
}

/** `arbitrary` once in `odds` times, else `undefined` (an absent key, once written as JSON). */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, odds: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: odds - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);

/** A decimal as JSON gives it: right mostly, wrong sometimes (a minus sign on a base, words, beyond the bounds). */
const decimal = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom('120', '0.08', '1e3', '0.5', 7, 2.5, '0', 0) },
  { weight: 3, arbitrary: fc.constantFrom('-0', '-1', '-1.5', -1, -0.5, '-0.08') },
  { weight: 2, arbitrary: fc.constantFrom('abc', '', ' 1', '1e99999', '1,000', null, true, [], {}) },
);

/** A per-year map over `years`: complete, or with a year missing, one too many, a bad key or a bad value. */
function perYear(years: readonly number[], before: number): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.array(decimal, { minLength: years.length, maxLength: years.length }), fc.oneof({ weight: 16, arbitrary: fc.constant('complete') }, fc.constantFrom('drop', 'extra', 'badkey', 'before')))
    .map(([values, tweak]) => {
      const map: Record<string, unknown> = {};
      years.forEach((year, k) => {
        map[String(year)] = values[k];
      });
      if (tweak === 'drop' && years.length > 0) delete map[String(years[0])];
      if (tweak === 'extra') map[String((years[years.length - 1] ?? before) + 1)] = '1';
      if (tweak === 'badkey') map[`0${years[0] ?? before}`] = '1';
      if (tweak === 'before') map[String(before)] = '100';
      return map;
    });
}

const text = fc.oneof({ weight: 8, arbitrary: fc.constant<unknown>('a scenario') }, fc.constantFrom<unknown>(' ', '', 5, null));
const id = fc.oneof({ weight: 20, arbitrary: fc.constantFrom('eight-percent', 'a.b:c/d_e', 'x'.repeat(100)) }, fc.constantFrom('', 'a b', '-x', '_x', 'x'.repeat(101), '__proto__', 5));
const name = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom({ en: 'Eight percent' }, { en: 'Eight percent', zh: '百分之八' }) },
  fc.constantFrom({ en: '' }, { en: ' ' }, { zh: '百分之八' }, { en: 'x', fr: 'y' }, 'Eight percent', { en: 'x', zh: '' }),
);
const caveat = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom({ code: 'break', message: 'the base is of 2015' }, { code: 'derived', message: ' ' }) },
  fc.constantFrom({ code: 'doubt', message: 'x' }, { code: 'break', message: '' }, { code: 'break' }, { code: 'break', message: 'x', note: 1 }, 'break'),
);

/** Units of the series' measure, and units no check takes (a unit of another measure is the plan's check alone). */
const units = {
  'industrial-value-added': fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(undefined, 'bn-yuan', '100m-yuan', '10k-yuan') },
    fc.constantFrom('furlongs', { measure: 'yuan', multiplier: 9 }, 5),
  ),
  'innovation-research-institutes': fc.oneof({ weight: 8, arbitrary: fc.constantFrom(undefined, 'count') }, fc.constantFrom('counts', { measure: 'count', multiplier: 0 })),
  'industrial-wastewater-utilisation-rate': fc.oneof({ weight: 8, arbitrary: fc.constantFrom(undefined, 'percent') }, fc.constant('per-cent')),
} as const;

const scenario = fc
  .record({ baseYear: fc.integer({ min: 2012, max: 2016 }), span: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) }, fc.constantFrom(0, -1)) })
  .chain(({ baseYear, span }) => {
    const horizon = baseYear + span;
    const years = range(baseYear + 1, horizon);
    const evolution = fc.oneof(decimal, perYear(years, baseYear));
    // one way to evolve mostly, two or none sometimes, and now and then a key neither knows
    const kinds = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(['growth'], ['additions'], ['values'], []) }, fc.constantFrom(['growth', 'additions'], ['values', 'growth'], ['rate']));
    const driver = (series: keyof typeof units) =>
      fc
        .record({ base: decimal, unit: units[series], kinds, evolution, values: fc.oneof({ weight: 9, arbitrary: perYear(years, baseYear) }, decimal) })
        .map(({ base, unit, kinds: given, evolution: e, values }) => {
          const d: Record<string, unknown> = { base, unit };
          for (const kind of given as readonly string[]) d[kind] = kind === 'values' ? values : kind === 'rate' ? '0.1' : e;
          return d;
        });
    return fc.record(
      {
        id,
        name: sometimes(name, 2),
        description: sometimes(text, 2),
        baseYear: fc.oneof({ weight: 30, arbitrary: fc.constant<unknown>(baseYear) }, fc.constantFrom<unknown>(1899, 2015.5, '2015', null)),
        horizon: fc.oneof({ weight: 30, arbitrary: fc.constant<unknown>(horizon) }, fc.constantFrom<unknown>(2101, 2020.5)),
        series: fc.record(
          {
            'industrial-value-added': driver('industrial-value-added'),
            'innovation-research-institutes': driver('innovation-research-institutes'),
            'industrial-wastewater-utilisation-rate': driver('industrial-wastewater-utilisation-rate'),
          },
          { requiredKeys: [] },
        ),
        deflator: sometimes(perYear([baseYear, ...years], baseYear - 1), 3),
        caveats: sometimes(fc.array(caveat, { maxLength: 2 }), 3),
        comment: sometimes(fc.constant('a key neither knows'), 30),
      },
      { requiredKeys: ['id', 'baseYear', 'horizon', 'series'] },
    );
  })
  // mostly as JSON gives it (no undefined, -0 as 0), sometimes as code may (a key given as undefined)
  .chain((s) => fc.oneof({ weight: 4, arbitrary: fc.constant(JSON.parse(JSON.stringify(s)) as unknown) }, fc.constant<unknown>(s)));

describe('project and parseScenario accept the same scenarios', () => {
  it('at random: both accept, or both refuse with a PlanError', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        runs++;
        const parsed = accepts(() => parseScenario(s));
        expect({ scenario: s, project: accepts(() => project(baotou13, s as never)) }).toEqual({ scenario: s, project: parsed });
        if (parsed) accepted++;
      }),
      { numRuns: 1500 },
    );
    // both kinds are well represented
    expect(accepted).toBeGreaterThan(runs / 10);
    expect(accepted).toBeLessThan((runs * 9) / 10);
  }, 60_000);

  it('the cases that differed before: a unit object, an id with a space, a name or caveat of the wrong shape, a base of -0, a key given as undefined', () => {
    const base = { id: 's', baseYear: 2015, horizon: 2016, series: { 'industrial-value-added': { base: '120', growth: '0.08' } } };
    const cases: [string, unknown][] = [
      ['a unit object', { ...base, series: { 'industrial-value-added': { base: '120', unit: { measure: 'yuan', multiplier: 9 } } } }],
      ['an id with a space', { ...base, id: 'my scenario' }],
      ['a name that is a string', { ...base, name: 'Eight percent' }],
      ['a name with an unknown key', { ...base, name: { en: 'x', fr: 'y' } }],
      ['a description of white space only', { ...base, description: ' ' }],
      ['a caveat with a note', { ...base, caveats: [{ code: 'break', message: 'x', note: 1 }] }],
      ['a base of -0', { ...base, series: { 'industrial-value-added': { base: '-0' } } }],
      // from code, not JSON: an optional key given as undefined
      ['a name of undefined', { ...base, name: undefined }],
      ['a driver unit of undefined', { ...base, series: { 'industrial-value-added': { base: '120', unit: undefined } } }],
      ['a growth of undefined beside additions', { ...base, series: { 'industrial-value-added': { base: '120', growth: undefined, additions: '1' } } }],
    ];
    for (const [what, s] of cases) {
      expect([what, accepts(() => project(baotou13, s as never))]).toEqual([what, accepts(() => parseScenario(s))]);
    }
    expect(() => project(baotou13, { ...base, id: 'my scenario' })).toThrowPlanError(
      'INVALID_ARGUMENT',
      "scenario.id: expected an id of 1 to 100 letters, digits, '-', '_', '.', ':' or '/', starting with a letter or digit, got 'my scenario'",
    );
    expect(() => project(baotou13, cases[0]?.[1] as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      /^scenario\.series\.industrial-value-added\.unit: expected a unit id \(one of 'yuan', /,
    );
  });
});
