import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baotouReported } from '../../src/data/baotou13/index.js';
import * as z from 'zod/mini';
import { isDecimal } from '../../src/decimal.js';
import {
  parseObservations,
  seriesDriverSchema,
  sourceRefSchema,
  toleranceSchema,
  parsePlan,
  parseScenario,
  periodSchema,
  targetSchema,
  unitSchema,
  yearSchema,
} from '../../src/schema/index.js';
import * as schema from '../../src/schema/index.js';
import * as vocabulary from '../../src/vocabulary.js';
import { MEASURES, UNIT_IDS } from '../../src/units/index.js';
import { planError } from '../_lib/errors.js';

/** A list as messages write it: `'a', 'b'`. */
const quoted = (list: readonly string[]): string => list.map((item) => `'${item}'`).join(', ');

/** The issues of parsing `input`: `[path, message]` each. */
const messagesOf = (of: z.ZodMiniType, input: unknown) => z.safeParse(of, input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

const planFixture = JSON.parse(readFileSync(new URL('./fixtures/plan.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const report = { kind: 'report', section: 'II.a', quote: 'have an industrial added value of 240-billion yuan' } as const;
const target = {
  id: 'iva-2020',
  indicator: 'industrial-value-added',
  year: 2020,
  comparator: 'atLeast',
  value: '240',
  unit: 'bn-yuan',
  source: report,
};
const scenario = {
  id: 'baseline',
  baseYear: 2015,
  horizon: 2020,
  series: { 'industrial-value-added': { base: '120', unit: 'bn-yuan', growth: '0.08' } },
};

describe('the vocabulary', () => {
  it('is re-exported by the schema entry: the lists the schemas are built from', () => {
    for (const name of ['QUALIFIERS', 'OBS_STATUSES', 'DIRECTIONS', 'INDICATOR_KINDS', 'INDICATOR_NATURES', 'PRICE_BASES', 'COMPARATORS', 'ZONE_DIRECTIONS', 'COMMITMENT_KINDS', 'CONFIDENCES'] as const) {
      expect(schema[name], name).toBe(vocabulary[name]);
    }
    expect(schema.COMPARATORS).toEqual(['atLeast', 'above', 'atMost', 'below', 'approximately']);
    for (const comparator of schema.COMPARATORS) expect(z.safeParse(schema.comparatorSchema, comparator).success).toBe(true);
    for (const scope of ['nation', 'region', 'city']) {
      expect(z.safeParse(schema.strategySchema, { id: 's', name: 'S', scope, sources: [] }).success, scope).toBe(true);
    }
  });

  it('ids are 1 to 100 characters', () => {
    expect(z.safeParse(schema.idSchema, 'a'.repeat(100)).success).toBe(true);
    expect(messagesOf(schema.idSchema, 'a'.repeat(101))).toEqual([
      ['', `expected an id of 1 to 100 letters, digits, '-', '_', '.', ':' or '/', starting with a letter or digit, got '${'a'.repeat(60)}…'`],
    ]);
  });

  it('counts go to 1,000,000', () => {
    const commitment = { id: 'c', kind: 'park', count: 1_000_000, theme: { en: 't' }, members: [], enumerated: false, sources: [] };
    expect(z.safeParse(schema.commitmentSchema, commitment).success).toBe(true);
    expect(messagesOf(schema.commitmentSchema, { ...commitment, count: 1_000_001 })).toEqual([['count', 'expected a whole number from 0 to 1000000, got 1000001']]);
  });
});

describe('years and periods', () => {
  it('years are integers from 1900 to 2100', () => {
    expect(yearSchema.parse(1900)).toBe(1900);
    expect(yearSchema.parse(2100)).toBe(2100);
    for (const bad of [1899, 2101, 2015.5, '2015', Number.NaN]) expect(z.safeParse(yearSchema, bad).success).toBe(false);
  });

  it.each([
    [2015, 2015, 2015],
    ['2015', 2015, 2015],
    ['2016-2020', 2016, 2020],
    ['2015-16', 2015, 2016],
    ['2019-20', 2019, 2020],
    [{ start: 2011, end: 2015 }, 2011, 2015],
  ])('period %j is %i–%i', (input, start, end) => {
    expect(periodSchema.parse(input)).toEqual({ start, end });
  });

  it.each([
    ['2016-2016', "'2016-2016': a period 'YYYY-YYYY' must end after it starts"],
    ['2020-2016', "'2020-2016': a period 'YYYY-YYYY' must end after it starts"],
    ['2099-00', "'2099-00': a period 'YYYY-YY' must end after it starts, in the same century"],
    ['1999-00', "'1999-00': a period 'YYYY-YY' must end after it starts, in the same century"],
    ['2016–2020', "expected a year (2015), a period string ('2016-2020' or '2015-16') or { start, end }, got '2016–2020'"],
    [2015.5, "expected a year (2015), a period string ('2016-2020' or '2015-16') or { start, end }, got 2015.5"],
    [{ start: 2016 }, 'end: missing; expected an integer year from 1900 to 2100'],
    [{ start: 2020, end: 2016 }, 'end 2016 is before start 2020'],
    [{ start: 2016, end: 2020, x: 1 }, "unknown key 'x'; allowed keys: start, end"],
  ])('period %j is rejected: %s', (input, message) => {
    expect(z.safeParse(periodSchema, input).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});

describe('units and targets', () => {
  it('units are ids or { measure, multiplier }', () => {
    expect(unitSchema.parse('bn-yuan')).toBe('bn-yuan');
    expect(unitSchema.parse({ measure: 'yuan', multiplier: 6 })).toEqual({ measure: 'yuan', multiplier: 6 });
    const issue = z.safeParse(unitSchema, { measure: 'yuan', multiplier: 31 }).error?.issues[0];
    expect([issue?.path, issue?.message]).toEqual([['multiplier'], 'expected an integer power of ten from -30 to 30, got 31']);
    // The list is the registry's (it grows with the plans); its beginning is pinned here.
    expect(z.safeParse(unitSchema, 'bn-yuaan').error?.issues[0]?.message).toBe(
      `expected a unit id (one of ${quoted(UNIT_IDS)}) or { measure, multiplier }, got 'bn-yuaan'`,
    );
    expect(quoted(UNIT_IDS)).toMatch(/^'yuan', '10k-yuan', '100m-yuan', 'bn-yuan', 'tce', '10k-tce', 'tce-per-10k-yuan', 'percent', 'percent-per-annum', 'percentage-points', 'count', 'rank', 'ratio'/);
  });

  it('a tolerance needs approximately, is relative or absolute, and is decoded', () => {
    const about = targetSchema.parse({ ...target, comparator: 'approximately', tolerance: { relative: '0.05' } });
    expect(about.tolerance?.relative?.toString()).toBe('0.05');
    expect(z.safeParse(targetSchema, { ...target, tolerance: { absolute: 1 } }).error?.issues[0]?.message).toBe(
      "only allowed with comparator 'approximately', got comparator 'atLeast'",
    );
    expect(
      z.safeParse(targetSchema, { ...target, comparator: 'approximately', tolerance: { relative: 1, absolute: 1 } }).error?.issues[0]
        ?.message,
    ).toBe("absolute: not allowed together with 'relative'; give 'relative' or 'absolute'");
    expect(z.safeParse(targetSchema, { ...target, comparator: 'approximately', tolerance: {} }).error?.issues[0]?.message).toBe(
      'expected { relative } or { absolute }, got an object',
    );
  });
});

describe('parseObservations', () => {
  it('decodes values and periods, and does not change its input', () => {
    const input = [
      { indicator: 'gdp', year: 2020, value: '278.74', unit: 'bn-yuan', status: 'A' },
      { indicator: 'strategic-emerging-share', period: '2015-16', value: 22.3, qualifier: 'about' },
    ];
    const copy = structuredClone(input);
    const [first, second] = parseObservations(input);
    expect(input).toEqual(copy);
    expect(isDecimal(first?.value)).toBe(true);
    expect(first?.value.toString()).toBe('278.74');
    expect(second?.period).toEqual({ start: 2015, end: 2016 });
    expect(second?.value.toString()).toBe('22.3');
    expect(Object.keys(first ?? {})).toEqual(['indicator', 'year', 'value', 'unit', 'status']);
  });

  it('lists every problem with its path, and summarises them', () => {
    const error = planError(() =>
      parseObservations([
        { indicator: 'gdp', year: 2020, value: '1' },
        { indicator: 'gdp', year: 2020, value: '1' },
        { indicator: 'gdp', year: 2020, value: '1' },
        { indicator: 'gdp', year: 2020, value: 'n/a', foo: 1 },
        { indicator: 'gdp', value: '1' },
        'row',
      ]),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([
      { path: ['observations', 3, 'value'], message: "expected a decimal string or finite number, got 'n/a'" },
      {
        path: ['observations', 3],
        message: "unknown key 'foo'; allowed keys: indicator, year, period, value, unit, qualifier, status, source, definition, vintage, note",
      },
      { path: ['observations', 4], message: "give 'year' or 'period'" },
      { path: ['observations', 5], message: "expected an object, got 'row'" },
    ]);
    expect(error.message).toBe(
      "4 problems: observations[3].value: expected a decimal string or finite number, got 'n/a'; observations[3]: unknown key 'foo'; allowed keys: indicator, year, period, value, unit, qualifier, status, source, definition, vintage, note; observations[4]: give 'year' or 'period'; observations[5]: expected an object, got 'row'",
    );
  });

  it('quotes at most five problems and counts the rest', () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ indicator: 'gdp', year: 2010 + i, value: `v${i}` }));
    const error = planError(() => parseObservations(rows));
    expect(error.issues).toHaveLength(7);
    expect(error.message).toMatch(/^7 problems: observations\[0\]\.value: .*; observations\[4\]\.value: expected a decimal string or finite number, got 'v4'; and 2 more$/);
  });

  it('names several unknown keys at once', () => {
    expect(() => parseObservations([{ indicator: 'gdp', year: 2020, value: 1, foo: 1, bar: 2 }])).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: observations[0]: unknown keys 'foo', 'bar'; allowed keys: indicator, year, period, value, unit, qualifier, status, source, definition, vintage, note]`,
    );
  });

  it('rejects a list that is not a list', () => {
    expect(() => parseObservations({ 0: {} })).toThrowErrorMatchingInlineSnapshot(`[PlanError: observations: expected an array, got an object]`);
  });
});

describe('parsePlan', () => {
  it('decodes the plan fixture: decimals, periods, nothing frozen, input unchanged', () => {
    const copy = structuredClone(planFixture);
    const plan = parsePlan(planFixture);
    expect(planFixture).toEqual(copy);
    expect(plan.period).toEqual({ start: 2016, end: 2020 });
    expect(plan.targets.map((t) => [t.id, t.value.toString()])).toEqual([
      ['industrial-value-added-2020', '240'],
      ['industrial-value-added-growth-2020', '8'],
      ['energy-intensity-2020', '1.3'],
    ]);
    expect(plan.targets[1]?.period).toEqual({ start: 2016, end: 2020 });
    expect(plan.facts[0]?.value?.toString()).toBe('-37.5');
    expect(plan.facts[1]?.period).toEqual({ start: 2015, end: 2015 });
    expect(Object.isFrozen(plan)).toBe(false);
  });

  it('checks structure only: duplicate ids and dangling references are definePlan’s job', () => {
    const targets = planFixture.targets as object[];
    const plan = parsePlan({ ...planFixture, targets: [...targets, { ...targets[0], indicator: 'no-such-indicator' }, targets[0]] });
    expect(plan.targets).toHaveLength(5);
  });

  it('names the plan in its paths', () => {
    expect(() =>
      parsePlan({ ...planFixture, baseYear: '2015', targets: [{ ...target, value: 'n/a' }], extra: 1 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: 3 problems: plan.baseYear: expected an integer year from 1900 to 2100, got '2015'; plan.targets[0].value: expected a decimal string or finite number, got 'n/a'; plan: unknown key 'extra'; allowed keys: id, title, region, period, baseYear, document, principles, strategies, goals, layout, commitments, indicators, targets, facts, tasks, milestones, errata]`,
    );
    expect(() => parsePlan(null)).toThrowErrorMatchingInlineSnapshot(`[PlanError: plan: expected an object, got null]`);
    const { targets: _targets, ...withoutTargets } = planFixture;
    expect(() => parsePlan(withoutTargets)).toThrowErrorMatchingInlineSnapshot(`[PlanError: plan.targets: missing; expected an array]`);
  });
});

describe('parseScenario', () => {
  it('decodes constant and per-year drivers, with years as numbers', () => {
    const parsed = parseScenario({
      ...scenario,
      horizon: 2017,
      series: {
        gdp: { base: 370, growth: { 2016: '0.07', 2017: 0.065 } },
        institutes: { base: 0, unit: 'count', additions: 10 },
      },
      deflator: { 2015: 100, 2016: '101.2', 2017: '103' },
    });
    const growth = parsed.series.gdp?.growth as Record<number, { toString(): string }>;
    expect(Object.keys(growth)).toEqual(['2016', '2017']);
    expect(growth[2017]?.toString()).toBe('0.065');
    expect(parsed.series.institutes?.additions?.toString()).toBe('10');
    expect(parsed.deflator?.[2016]?.toString()).toBe('101.2');
  });

  it('checks the horizon, the years of per-year maps, growth above -1 and deflators above 0', () => {
    expect(() => parseScenario({ ...scenario, horizon: 2015 })).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: scenario.horizon: must be after baseYear 2015, got 2015]`,
    );
    const error = planError(() =>
      parseScenario({
        ...scenario,
        horizon: 2018,
        series: {
          x: { base: 1, growth: { 2016: -1, 2017: '-1.5', 2019: 0 } },
          y: { base: 1, growth: 0.1, values: { 2016: 1 } },
        },
        deflator: { 2014: 100, 2016: 0, 2017: 1, 2018: 1 },
      }),
    );
    expect(error.issues.map((issue) => `${issue.path.join('/')}: ${issue.message}`)).toEqual([
      'scenario/series/x/growth/2016: a growth rate must be greater than -1 (a fall of 100 %), got -1',
      'scenario/series/x/growth/2017: a growth rate must be greater than -1 (a fall of 100 %), got -1.5',
      'scenario/series/y/values: give at most one of growth, additions, values; got growth and values',
      'scenario/series/x/growth/2019: year 2019 is outside 2016–2018',
      'scenario/series/x/growth: missing year 2018; give every year from 2016 to 2018',
      'scenario/series/y/values: missing years 2017, 2018; give every year from 2016 to 2018',
      'scenario/deflator/2014: year 2014 is outside 2015–2018',
      'scenario/deflator/2016: must be greater than 0, got 0',
    ]);
  });

  it('rejects a __proto__ series (which zod records would drop silently)', () => {
    const input = JSON.parse('{"id":"p","baseYear":2015,"horizon":2020,"series":{"__proto__":{"base":"1"}}}') as unknown;
    expect(() => parseScenario(input)).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: scenario.series: unknown key '__proto__'; it is never allowed]`,
    );
  });
});

describe('messages of alternatives name the alternative the input looks like', () => {
  it('sources', () => {
    expect(messagesOf(sourceRefSchema, { kind: 'x' })).toEqual([['kind', "expected one of 'report', 'external', got 'x'"]]);
    expect(messagesOf(sourceRefSchema, {})).toEqual([['kind', "missing; expected one of 'report', 'external'"]]);
    expect(messagesOf(sourceRefSchema, null)).toEqual([
      ['', "expected a source { kind: 'report', section, quote } or { kind: 'external', publication, confidence, … }, got null"],
    ]);
    expect(messagesOf(sourceRefSchema, { kind: 'report', section: 1 })).toEqual([
      ['section', 'expected a non-empty string, got 1'],
      ['quote', 'missing; expected a non-empty string'],
    ]);
    const external = { kind: 'external', publication: 'Baotou statistical communiqué 2020', confidence: 'secondary' };
    expect(messagesOf(sourceRefSchema, { ...external, url: 'www.example.org' })).toEqual([
      ['url', "expected an address starting with 'https://' or 'http://', without spaces, got 'www.example.org'"],
    ]);
    expect(messagesOf(sourceRefSchema, { ...external, confidence: 'high' })).toEqual([['confidence', "expected one of 'primary', 'secondary', got 'high'"]]);
    expect(z.parse(sourceRefSchema, { ...external, url: 'http://www.xiaomonv0755.com/tjgb/05nmg/36569.html' })).toEqual({
      ...external,
      url: 'http://www.xiaomonv0755.com/tjgb/05nmg/36569.html',
    });
  });

  it('units', () => {
    expect(messagesOf(unitSchema, {})).toEqual([
      [
        '',
        `measure: missing; expected one of ${quoted(MEASURES)}; multiplier: missing; expected an integer power of ten from -30 to 30`,
      ],
    ]);
    expect(messagesOf(unitSchema, { measure: 'yuan', multiplier: 0, x: 1 })).toEqual([['', "unknown key 'x'; allowed keys: measure, multiplier"]]);
  });

  it('tolerances', () => {
    expect(messagesOf(toleranceSchema, { relative: -1 })).toEqual([
      ['', 'relative: expected a decimal string or finite number that is not negative, got -1'],
    ]);
    expect(messagesOf(toleranceSchema, 5)).toEqual([['', 'expected { relative } or { absolute }, got 5']]);
  });

  it('constant or per-year drivers', () => {
    expect(messagesOf(seriesDriverSchema, { base: 1, growth: { x: 1 } })).toEqual([
      ['growth', "x: expected a year from '1900' to '2100' as the key, got 'x'"],
    ]);
    expect(messagesOf(seriesDriverSchema, { base: 1, growth: { 2016: 'a' } })).toEqual([
      ['growth', "2016: expected a decimal string or finite number, got 'a'"],
    ]);
    expect(messagesOf(seriesDriverSchema, { base: 1, growth: [1] })).toEqual([
      ['growth', 'expected a decimal string or finite number, or an object with one per year, got an array of length 1'],
    ]);
  });

  it('keys an object does not own (a Proxy, an inherited key) are missing, in our words', () => {
    const proxy = new Proxy({}, { get: () => 'trap', ownKeys: () => [] });
    const error = planError(() => parseScenario(proxy));
    expect(error.issues[0]).toEqual({ path: ['scenario', 'id'], message: 'missing; expected a value' });
  });
});

describe('parseObservations: duplicates (one indicator and period, the same vintage, source and definition)', () => {
  const gdp = (value: string, extra: object = {}) => ({ indicator: 'gdp', year: 2020, value, ...extra });

  it('are a VALIDATION error naming both, by default', () => {
    const error = planError(() => parseObservations([gdp('278.74'), gdp('2787.4', { unit: '100m-yuan' })]));
    expect([error.code, error.issues]).toEqual(['VALIDATION', [{ path: ['observations', 1], message: "duplicates observations[0]: 'gdp' 2020, with the same vintage, source and definition; give one figure, a vintage to tell a revision from the first release, or options.duplicates 'first' or 'last' (parseObservations, parseObservationsCsv)" }]]);
    // the same figure twice too; a period of the whole year is the year
    expect(() => parseObservations([gdp('1'), gdp('1')])).toThrowPlanError('VALIDATION');
    expect(() => parseObservations([gdp('1'), { indicator: 'gdp', period: '2020-01/2020-12', value: '1' }])).toThrowPlanError('VALIDATION', /duplicates observations\[0\]/);
  });

  it("or one is kept, by options.duplicates: 'first' or 'last'", () => {
    const list = [gdp('1'), gdp('2', { vintage: '2021' }), gdp('3'), { indicator: 'gdp', year: 2019, value: '4' }];
    expect(parseObservations(list, { duplicates: 'first' }).map((o) => o.value.toString())).toEqual(['1', '2', '4']);
    expect(parseObservations(list, { duplicates: 'last' }).map((o) => o.value.toString())).toEqual(['2', '3', '4']);
    expect(() => parseObservations(list, { duplicates: 'newest' } as never)).toThrowPlanError('INVALID_ARGUMENT', "options.duplicates: expected one of 'error', 'first', 'last', got 'newest'");
  });

  it('figures that differ in vintage (a revision), source or definition are all kept', () => {
    const source = (publication: string) => ({ kind: 'external', publication, confidence: 'secondary' });
    expect(parseObservations([gdp('278.74', { vintage: '2021-04-06' }), gdp('277', { vintage: '2025-11-17' })])).toHaveLength(2);
    expect(parseObservations([gdp('363.63', { source: source('Baotou News') }), gdp('370', { source: source('China Daily') })])).toHaveLength(2);
    expect(parseObservations([gdp('6.1', { definition: { scope: 'like-for-like' } }), gdp('-49.3', { definition: { scope: 'as published' } })])).toHaveLength(2);
  });

  it("the embedded baotouReported has none: its two 2014 GDP figures are from two sources, a conflict kept on purpose", () => {
    const reported = parseObservations(JSON.parse(JSON.stringify(baotouReported)));
    expect(reported).toHaveLength(baotouReported.length);
    expect(reported.filter((o) => o.indicator === 'gdp' && o.year === 2014).map((o) => o.value.toString())).toEqual(['363.63', '370']);
  });

  it('a million bad rows get a thousand issues and one that says where reading stopped', () => {
    const error = planError(() => parseObservations(new Array(1_000_000).fill(0)));
    expect(error.issues).toHaveLength(1001);
    expect(error.issues[1000]).toEqual({ path: ['observations'], message: 'stopped reading after 1000 problems, in the first 1000 of 1000000 items' });
  }, 30_000);
});
