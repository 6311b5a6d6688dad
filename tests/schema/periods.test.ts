/**
 * An observation's period may be a span of months and it may carry a vintage: through every
 * reader (zod, the JSON Schema file with ajv, CSV, materializeObservations, snapshots).
 *
 * The cases are Baotou's: the strategic emerging industries' 22.3 % of January–September 2019
 * (Baotou News, English edition, 2019-11-11, after Baotou Daily of 2019-11-06), and GDP 2020
 * first published as 2,787.4 亿元 (communiqué of 2021-04-06), later as 2,770 亿元 (2025-11-17).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { materializeObservations } from '../../src/plan/materialize.js';
import {
  fromSnapshot,
  observationPeriodSchema,
  observationSchema,
  parseObservations,
  parseObservationsCsv,
  parsePlan,
  toJsonSchema,
  toSnapshot,
} from '../../src/schema/index.js';
import { planError } from '../_lib/errors.js';
import { inputWith } from '../plan/helpers.js';

const JAN_SEP = { start: '2019-01', end: '2019-09' } as const;
const share = { indicator: 'strategic-emerging-industries-share', value: '22.3', unit: 'percent' } as const;
const ajv = new Ajv2020({ allErrors: true });
const validObservation = ajv.compile(toJsonSchema('observation'));

describe('periods of months', () => {
  it('are read as an object or as an ISO 8601 interval, and decode to { start, end }', () => {
    expect(z.parse(observationPeriodSchema, '2019-01/2019-09')).toEqual(JAN_SEP);
    expect(z.parse(observationPeriodSchema, JAN_SEP)).toEqual(JAN_SEP);
    expect(z.parse(observationPeriodSchema, '2019-09/2019-09')).toEqual({ start: '2019-09', end: '2019-09' });
    // Years stay years.
    expect(z.parse(observationPeriodSchema, '2018-2021')).toEqual({ start: 2018, end: 2021 });
    expect(z.parse(observationPeriodSchema, 2021)).toEqual({ start: 2021, end: 2021 });
    const [o] = parseObservations([{ ...share, period: '2019-01/2019-09' }]);
    expect(o?.period).toEqual(JAN_SEP);
    expect(validObservation({ ...share, period: '2019-01/2019-09' })).toBe(true);
    expect(validObservation({ ...share, period: JAN_SEP })).toBe(true);
  });

  it('refuse reversed spans, impossible months and mixed ends, naming what is allowed', () => {
    const issue = (period: unknown) => planError(() => parseObservations([{ ...share, period }])).message;
    expect(issue({ start: '2019-09', end: '2019-01' })).toBe("observations[0].period.end: end '2019-01' is before start '2019-09'");
    expect(issue('2019-09/2019-01')).toBe("observations[0].period: end '2019-01' is before start '2019-09'");
    expect(issue({ start: '2019-01', end: '2019-13' })).toBe(
      "observations[0].period.end: expected a year and month 'YYYY-MM' from '1900-01' to '2100-12', got '2019-13'",
    );
    expect(issue({ start: 2019, end: '2019-09' })).toBe(
      "observations[0].period: start: expected a year and month 'YYYY-MM' from '1900-01' to '2100-12', got 2019",
    );
    expect(issue('2019-01-2019-09')).toBe(
      "observations[0].period: expected a year (2015), a period string ('2016-2020', '2015-16', or months '2019-01/2019-09') or { start, end } of years or of months 'YYYY-MM', got '2019-01-2019-09'",
    );
    expect(issue('1899-12/1900-01')).toMatch(/^observations\[0\]\.period: expected a year \(2015\), .*got '1899-12\/1900-01'$/);
    // A lone 'YYYY-MM' reads as a span of years with a short end, as '2015-16' does, and is refused as such.
    expect(issue('2019-09')).toBe("observations[0].period: '2019-09': a period 'YYYY-YY' must end after it starts, in the same century");
  });

  it('are for observations only: targets, facts and tasks stay in years', () => {
    const input = JSON.parse(JSON.stringify(inputWith((p) => {
      (p.facts[0] as { period: unknown }).period = '2011-01/2015-12';
    })));
    expect(() => parsePlan(input)).toThrowPlanError('VALIDATION', /^plan\.facts\[0\]\.period: expected a year \(2015\), a period string \('2016-2020' or '2015-16'\) or \{ start, end \}, got '2011-01\/2015-12'$/);
  });
});

describe('vintages', () => {
  it('are dates of a year, a month or a day', () => {
    for (const vintage of ['2025', '2025-11', '2025-11-17']) {
      expect(parseObservations([{ indicator: 'gdp', year: 2020, value: '2770', vintage }])[0]?.vintage).toBe(vintage);
      expect(validObservation({ indicator: 'gdp', year: 2020, value: '2770', vintage })).toBe(true);
    }
    for (const vintage of ['17-11-2025', '2025-13', '2025/11/17', 2025, '']) {
      expect(() => parseObservations([{ indicator: 'gdp', year: 2020, value: '2770', vintage }])).toThrowPlanError('VALIDATION', /^observations\[0\]\.vintage: expected a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', got /);
      expect(validObservation({ indicator: 'gdp', year: 2020, value: '2770', vintage }), String(vintage)).toBe(false);
    }
  });
});

describe('every reader carries periods of months, statuses and vintages', () => {
  const csv = [
    'indicator,year,period,value,unit,qualifier,status,vintage,source',
    'strategic-emerging-industries-share,,2019-01/2019-09,22.3,percent,exact,A,2019-11-06,Baotou News',
    'gdp,2020,,2787.4,100m-yuan,exact,B,2021-04-06,Baotou statistical communiqué 2020',
    'gdp,2020,,2770,100m-yuan,exact,A,2025-11-17,Baotou press conference',
    'industrial-value-added-growth,,2018-2021,11.8,percent-per-annum,exact,A,2022-02,Inner Mongolia Daily',
  ].join('\n');

  it('CSV: a period cell with months, and vintage and status columns', () => {
    const rows = parseObservationsCsv(csv);
    expect(rows.map((r) => [r.indicator, r.year, r.period, r.value.toFixed(), r.unit, r.status, r.vintage])).toEqual([
      ['strategic-emerging-industries-share', undefined, JAN_SEP, '22.3', 'percent', 'A', '2019-11-06'],
      ['gdp', 2020, undefined, '2787.4', '100m-yuan', 'B', '2021-04-06'],
      ['gdp', 2020, undefined, '2770', '100m-yuan', 'A', '2025-11-17'],
      ['industrial-value-added-growth', undefined, { start: 2018, end: 2021 }, '11.8', 'percent-per-annum', 'A', '2022-02'],
    ]);
    const error = planError(() => parseObservationsCsv('indicator,period,value,vintage\ngdp,2019-09/2019-01,1,2021-4-6\n'));
    expect(error.issues.map((i) => `${i.path.join(' ')}: ${i.message}`)).toEqual([
      "2 period: end '2019-01' is before start '2019-09'",
      "2 vintage: expected a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', got '2021-4-6'",
    ]);
  });

  it('materializeObservations keeps them, copied and frozen, without changing its input', () => {
    const input = [{ ...share, period: { ...JAN_SEP }, status: 'A' as const, vintage: '2019-11-06' }];
    const [o] = materializeObservations(input);
    expect([o?.period, o?.status, o?.vintage]).toEqual([JAN_SEP, 'A', '2019-11-06']);
    expect(o?.period).not.toBe(input[0]?.period);
    expect(Object.isFrozen(o?.period)).toBe(true);
    expect(Object.isFrozen(input[0]?.period)).toBe(false);
  });

  it('snapshots: a round trip keeps them exactly', () => {
    const observations = parseObservationsCsv(csv);
    const snapshot = toSnapshot(observations);
    expect((snapshot.data as unknown[])[0]).toEqual({ ...share, period: JAN_SEP, qualifier: 'exact', status: 'A', source: { kind: 'external', publication: 'Baotou News', confidence: 'secondary' }, vintage: '2019-11-06' });
    const back = fromSnapshot(JSON.parse(JSON.stringify(snapshot)), { type: 'observations' });
    expect(back.map((o) => [o.period ?? o.year, o.value.toFixed(), o.status, o.vintage])).toEqual([
      [JAN_SEP, '22.3', 'A', '2019-11-06'],
      [2020, '2787.4', 'B', '2021-04-06'],
      [2020, '2770', 'A', '2025-11-17'],
      [{ start: 2018, end: 2021 }, '11.8', 'A', '2022-02'],
    ]);
    expect(z.encode(observationSchema, back[0] as z.output<typeof observationSchema>)).toEqual((snapshot.data as unknown[])[0]);
  });
});
