/**
 * fast-check arbitraries of valid inputs (JSON as files hold it, and values from code), for
 * the round-trip and fuzz tests.
 */
import fc from 'fast-check';
import { dec, isDecimal, type DecimalInput } from '../../src/decimal.js';
import { UNIT_IDS } from '../../src/units/index.js';
import { COMPARATORS, OBS_STATUSES, QUALIFIERS, WORDINGS } from '../../src/schema/index.js';

/**
 * The time a property or fuzz test may take: each runs in about 2 s alone, and far longer on
 * a busy 2-core machine (vitest's default of 5 s was too short there).
 */
export const PROPERTY_TIMEOUT = 60_000;

export const id = fc.stringMatching(/^[a-z0-9][a-z0-9._:/-]{0,15}$/);
export const text = fc.string({ minLength: 1, maxLength: 12 });
export const year = fc.integer({ min: 1900, max: 2100 });
export const unitId = fc.constantFrom(...UNIT_IDS);

/** Decimal inputs of every accepted form: strings plain and exponent, numbers, bigints, Decimals. */
export const decimalInput: fc.Arbitrary<DecimalInput> = fc.oneof(
  fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -40, max: 40 })).map(([m, e]) => `${m}e${e}`),
  fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.nat({ max: 9 })).map(([m, places]) => dec(`${m}e-${places}`).toFixed()),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
  fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -20, max: 20 })).map(([m, e]) => dec(`${m}e${e}`)),
);
export const nonNegativeInput: fc.Arbitrary<DecimalInput> = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: -10, max: 10 }))
  .map(([m, e]) => `${m}e${e}`);

export const period = fc.oneof(
  year,
  fc.tuple(year, year).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
  fc.tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 100 })).map(([a, n]) => `${a}-${Math.min(2100, a + n)}`),
  fc.integer({ min: 1900, max: 2098 }).filter((a) => a % 100 !== 99).map((a) => `${a}-${String((a % 100) + 1).padStart(2, '0')}`),
);

/** A year and month 'YYYY-MM' from 1900-01 to 2100-12. */
export const yearMonth = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

/** A span of months, end not before start: an object or the ISO 8601 interval 'YYYY-MM/YYYY-MM'. */
export const monthPeriod = fc
  .tuple(yearMonth, yearMonth, fc.boolean())
  .map(([a, b, asText]) => {
    const [start, end] = a <= b ? [a, b] : [b, a];
    return asText ? `${start}/${end}` : { start, end };
  });

/** A date known to the year, the month or the day (a vintage, a source's date). */
export const partialDate = fc.constantFrom('2016', '2016-03', '2016-03-22', '2021-04-06', '2025-11-17');

export const localized = fc.record({ en: text, zh: text }, { requiredKeys: ['en'] });

export const source = fc.oneof(
  fc.record({ kind: fc.constant('report' as const), section: text, quote: text }),
  fc.record(
    {
      kind: fc.constant('external' as const),
      publication: text,
      date: fc.constantFrom('2016', '2016-03', '2016-03-22'),
      confidence: fc.constantFrom('primary' as const, 'secondary' as const),
      quote: text,
    },
    { requiredKeys: ['kind', 'publication', 'confidence'] },
  ),
);

export const observation = fc
  .tuple(
    fc.record(
      {
        indicator: id,
        value: decimalInput,
        unit: unitId,
        qualifier: fc.constantFrom(...QUALIFIERS),
        status: fc.constantFrom(...OBS_STATUSES),
        source,
        vintage: partialDate,
      },
      { requiredKeys: ['indicator', 'value'] },
    ),
    fc.oneof(fc.record({ year }), fc.record({ period }), fc.record({ period: monthPeriod })),
  )
  .map(([o, when]) => ({ ...o, ...when }));

const definition = fc.record(
  { priceBasis: fc.constantFrom('current' as const, 'comparable' as const, 'unspecified' as const), scope: text, notes: fc.array(text, { maxLength: 2 }) },
  { requiredKeys: [] },
);

export const indicator = fc.record(
  {
    id,
    name: localized,
    unit: unitId,
    direction: fc.constantFrom('increase' as const, 'decrease' as const, 'target' as const),
    kind: fc.constantFrom('level' as const, 'share' as const, 'intensity' as const, 'growth' as const, 'count' as const, 'rate' as const),
    nature: fc.constantFrom('binding' as const, 'anticipatory' as const, 'unspecified' as const),
    numerator: id,
    denominator: id,
    growthOf: id,
    partOf: id,
    definition,
  },
  { requiredKeys: ['id', 'name', 'unit', 'direction', 'kind', 'nature', 'definition'] },
);

export const target = fc
  .tuple(
    fc.record(
      { id, indicator: id, year, period, comparator: fc.constantFrom(...COMPARATORS), value: decimalInput, unit: unitId, source, note: text },
      { requiredKeys: ['id', 'indicator', 'year', 'comparator', 'value', 'unit', 'source'] },
    ),
    fc.option(fc.oneof(fc.record({ relative: nonNegativeInput }), fc.record({ absolute: nonNegativeInput })), { nil: undefined }),
    fc.option(fc.constantFrom(...(Object.keys(WORDINGS) as (keyof typeof WORDINGS)[])), { nil: undefined }),
  )
  .map(([t, tolerance, wording]) => {
    // A wording comes with the comparator it means (WORDINGS), and a tolerance only with 'approximately'.
    const worded = wording === undefined ? t : { ...t, comparator: WORDINGS[wording].comparator, wording };
    return worded.comparator === 'approximately' && tolerance !== undefined ? { ...worded, tolerance } : worded;
  });

const fact = fc.record(
  {
    id,
    indicator: id,
    subject: localized,
    period,
    value: decimalInput,
    unit: unitId,
    qualifier: fc.constantFrom(...QUALIFIERS),
    status: fc.constantFrom(...OBS_STATUSES),
    definition,
    statement: text,
    source,
  },
  { requiredKeys: ['id', 'subject', 'period', 'qualifier', 'status', 'source'] },
);

const list = <T>(item: fc.Arbitrary<T>) => fc.array(item, { maxLength: 3 });

export const plan = fc.record({
  id,
  title: localized,
  region: localized,
  period,
  baseYear: year,
  document: fc.record(
    {
      title: text,
      date: fc.constant('2016-03-22'),
      publisher: text,
      speaker: fc.record({ name: text, role: localized }),
      office: localized,
      language: text,
      notes: fc.array(text, { maxLength: 2 }),
    },
    { requiredKeys: ['title', 'date'] },
  ),
  principles: list(fc.record({ id, name: localized, source })),
  strategies: list(
    fc.record(
      { id, name: text, scope: fc.constantFrom('nation' as const, 'region' as const, 'city' as const), description: text, sources: list(source) },
      { requiredKeys: ['id', 'name', 'scope', 'sources'] },
    ),
  ),
  goals: list(fc.record({ id, text: localized, source })),
  layout: list(
    fc.record({
      id,
      direction: fc.constantFrom('east' as const, 'west' as const, 'south' as const, 'north' as const, 'both-wings' as const, 'northern-mountain' as const),
      label: localized,
      industries: list(localized),
      source,
    }),
  ),
  commitments: list(
    fc.record({
      id,
      kind: fc.constantFrom('base' as const, 'chain' as const, 'industry' as const, 'cluster' as const, 'park' as const),
      count: fc.nat({ max: 20 }),
      theme: localized,
      members: list(fc.record({ id, name: localized, level: text, sources: list(source) }, { requiredKeys: ['id', 'name', 'sources'] })),
      enumerated: fc.boolean(),
      sources: list(source),
    }),
  ),
  indicators: list(indicator),
  targets: list(target),
  facts: list(fact),
  tasks: list(fc.record({ id, period, title: localized, industries: list(localized), source })),
  milestones: list(
    fc.record({ id, description: localized, due: fc.constant('2016-12-31'), task: id, source }, { requiredKeys: ['id', 'description', 'due', 'source'] }),
  ),
  errata: list(fc.record({ id, section: text, says: text, correction: text, source })),
});

/** A valid scenario: per-year maps cover every year from base + 1 to the horizon. */
export const scenario = fc
  .tuple(fc.integer({ min: 1900, max: 2090 }), fc.integer({ min: 1, max: 6 }))
  .chain(([baseYear, span]) => {
    const horizon = baseYear + span;
    const years = Array.from({ length: span }, (_, i) => String(baseYear + 1 + i));
    const perYear = (value: fc.Arbitrary<DecimalInput>) =>
      fc.tuple(...years.map(() => value)).map((values) => Object.fromEntries(years.map((y, i) => [y, values[i]])));
    const rate = fc.tuple(fc.bigInt({ min: -99n, max: 500n }), fc.nat({ max: 3 })).map(([m, p]) => `${m}e-${p + 2}`);
    const driver = fc
      .tuple(
        fc.record({ base: nonNegativeInput, unit: unitId }, { requiredKeys: ['base'] }),
        fc.oneof(
          fc.constant({}),
          fc.record({ growth: fc.oneof(rate, perYear(rate)) }),
          fc.record({ additions: fc.oneof(decimalInput, perYear(decimalInput)) }),
          fc.record({ values: perYear(decimalInput) }),
        ),
      )
      .map(([d, how]) => ({ ...d, ...how }));
    return fc.record(
      {
        id,
        name: localized,
        description: text,
        baseYear: fc.constant(baseYear),
        horizon: fc.constant(horizon),
        series: fc.dictionary(id, driver, { maxKeys: 3 }),
        deflator: perYear(nonNegativeInput.map((x) => dec(x).plus(1).toString())),
      },
      { requiredKeys: ['id', 'baseYear', 'horizon', 'series'] },
    );
  });

/** Decimals as `D:<plain>` strings, deeply, to compare decoded values exactly. */
export function normalise(x: unknown): unknown {
  if (isDecimal(x)) return `D:${x.toFixed()}`;
  if (Array.isArray(x)) return x.map(normalise);
  if (typeof x === 'object' && x !== null) {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, normalise(v)]));
  }
  return x;
}
