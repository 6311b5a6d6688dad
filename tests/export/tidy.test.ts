import { describe, expect, it } from 'vitest';
import { baotou13 } from '../../src/data/baotou13/index.js';
import { TIDY_COLUMNS, toTidyRows } from '../../src/export/tidy.js';

describe('toTidyRows', () => {
  const rows = toTidyRows(baotou13);

  it('has one row per target, then one per fact, with every column', () => {
    expect(rows).toHaveLength(11 + 15);
    expect(rows.slice(0, 11).every((r) => r.record === 'target')).toBe(true);
    expect(rows.slice(11).every((r) => r.record === 'fact')).toBe(true);
    for (const row of rows) expect(Object.keys(row)).toEqual([...TIDY_COLUMNS]);
  });

  it('writes a level target', () => {
    const { value, ...rest } = rows[0]!;
    expect(value?.toFixed()).toBe('240');
    expect(rest).toEqual({
      record: 'target',
      id: 'industrial-value-added-2020',
      indicator: 'industrial-value-added',
      subject: 'industrial value added',
      year: 2020,
      period_start: null,
      period_end: null,
      form: 'level',
      relation: 'atLeast',
      wording: null,
      unit: 'bn-yuan',
      tolerance: null,
      tolerance_type: null,
      status: null,
      statement: null,
      source_section: 'II.a',
      source_publication: null,
      source_date: null,
      source_url: null,
      confidence: null,
      quote: 'have an industrial added value of 240-billion yuan',
      note: baotou13.targets[0]?.note,
    });
  });

  it('writes a rate target with its period and wording, and an approximate target with its tolerance', () => {
    // The report (II.a): "an annual average increase above 8 percent"; "above" renders 以上, at least.
    // A growth rate over a period with no form is read as an annual average, and the row says so.
    expect([rows[1]?.year, rows[1]?.period_start, rows[1]?.period_end, rows[1]?.form, rows[1]?.relation, rows[1]?.wording]).toEqual([
      2020,
      2016,
      2020,
      'annual-average',
      'atLeast',
      'above',
    ]);
    expect(rows.slice(11).every((r) => r.form === null)).toBe(true);
    expect([rows[4]?.relation, rows[4]?.wording, rows[4]?.tolerance?.toFixed(), rows[4]?.tolerance_type]).toEqual(['approximately', 'about', '1', 'absolute']);
    expect(rows.slice(11).every((r) => r.wording === null)).toBe(true);
  });

  it('writes facts with qualifier, period and status; qualitative facts without value', () => {
    const growth = rows.find((r) => r.id === 'review-industrial-value-added-growth')!;
    expect([growth.year, growth.period_start, growth.period_end, growth.relation, growth.value?.toFixed(), growth.unit, growth.status]).toEqual([
      null,
      2011,
      2015,
      'exact',
      '13',
      'percent-per-annum',
      'A',
    ]);
    const pilot = rows.find((r) => r.id === 'review-low-carbon-pilot-city')!;
    expect([pilot.year, pilot.value, pilot.unit, pilot.indicator]).toEqual([2015, null, null, null]);
    expect(pilot.statement).toContain('low-carbon');
  });

  it('rejects what is not a plan', () => {
    expect(() => toTidyRows({ id: 'p', targets: [] } as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      'plan: expected a plan (what definePlan returns, or baotou13), got an object',
    );
  });

  it('returns frozen rows', () => {
    expect(Object.isFrozen(rows)).toBe(true);
    expect(Object.isFrozen(rows[0])).toBe(true);
  });
});
