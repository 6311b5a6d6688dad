/**
 * The annual average growth of a series driven at a constant rate g is g, when measuring it on
 * the 50-digit levels and rounding to 34 digits must give g (docs/formulas.md, "The average of
 * a constant rate"; `averageIsRate` in src/scenario/projectionTable.ts). `project` then does
 * not measure it; these tests measure it anyway, with `calc/cagr` (checked against Python's
 * `decimal` in tests/calc) on the projected levels, and require the same digits, for rates on
 * and near the edges of the argument and at random. The scorecard reuses the projection's
 * average for a rate target over the same years; it must equal `cagr` on the levels as well.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cagr } from '../../src/calc/cagr.js';
import { growthRate } from '../../src/calc/growthRate.js';
import { dec } from '../../src/decimal.js';
import { project } from '../../src/scenario/project.js';
import { scorecard } from '../../src/scenario/scorecard.js';
import { toy } from './fixtures.js';

const HUNDRED = dec(100);

/** The growth indicator of `iva` for every year, and the same growth measured on its levels. */
function projectedAndMeasured(base: string, growth: string, span: number): { projected: string[]; measured: string[] } {
  const p = project(toy, { id: 'g', baseYear: 2015, horizon: 2015 + span, series: { iva: { base, growth } } });
  const levels = p.series.iva as Record<number, ReturnType<typeof dec>>;
  const projected: string[] = [];
  const measured: string[] = [];
  for (let k = 1; k <= span; k++) {
    projected.push((p.indicators['iva-growth'] as Record<number, ReturnType<typeof dec>>)[2015 + k]?.toFixed() as string);
    const from = levels[2015] as ReturnType<typeof dec>;
    const to = levels[2015 + k] as ReturnType<typeof dec>;
    measured.push((k === 1 ? growthRate(from, to) : cagr(from, to, k)).times(HUNDRED).toFixed());
  }
  return { projected, measured };
}

describe('growth of a constant-rate series: the rate, exactly as measuring it gives', () => {
  it.each([
    // the plan path's "above 8 %": 8 % plus one unit of the 34th digit
    ['163.3399672881007591728066813730133', '0.08000000000000000000000000000000001', '8.000000000000000000000000000000001'],
    ['120', '0.08', '8'],
    // a power of ten: the 34-digit grid is ten times finer just below it
    ['120', '0.1', '10'],
    ['7', '1', '100'],
    ['0.000123', '9.999999999999999999999999999999999', '999.9999999999999999999999999999999'],
    ['5e20', '0.9999999999999999999999999999999999', '99.99999999999999999999999999999999'],
    ['120', '-0.5', '-50'],
    ['120', '-0.9999999999999999999999999999999999', '-99.99999999999999999999999999999999'],
    // the smallest exponent the proof covers, and one below it (measured)
    ['120', '1e-13', '1E-11'],
    ['120', '-1.234567890123456789012345678901234e-13', '-1.234567890123456789012345678901234E-11'],
    ['120', '1e-14', '1E-12'],
  ])('base %s, growth %s: %s percent a year in every year', (base, growth, percent) => {
    const { projected, measured } = projectedAndMeasured(base, growth, 12);
    expect(projected).toEqual(measured);
    for (const value of projected) expect(dec(value).eq(dec(percent))).toBe(true);
  });

  it('a rate of more than 34 digits is measured (not taken as given)', () => {
    const { projected, measured } = projectedAndMeasured('120', '0.080000000000000000000000000000000001', 5);
    expect(projected).toEqual(measured);
    // rounded to 34 digits, half-even: 0.08000000000000000000000000000000000|1 → 0.08
    expect(projected.every((v) => v === '8')).toBe(true);
  });

  it('at random: 34-digit rates from −0.99 to 10 and exponents down to 10⁻¹⁵, bases of 1 to 40 digits', () => {
    const digits = fc.bigInt({ min: 1n, max: 10n ** 34n - 1n });
    const rate = fc
      .tuple(digits, fc.integer({ min: -15, max: 0 }), fc.boolean())
      .map(([m, e, negative]) => {
        const magnitude = dec(`${m}e${e - m.toString().length + 1}`);
        return negative ? magnitude.neg() : magnitude;
      })
      .filter((g) => g.gt(-0.99) && g.lt(10));
    const base = fc
      .tuple(fc.bigInt({ min: 1n, max: 10n ** 40n - 1n }), fc.integer({ min: -30, max: 10 }))
      .map(([m, e]) => `${m}e${e}`);
    fc.assert(
      fc.property(base, rate, fc.integer({ min: 1, max: 15 }), (b, g, span) => {
        const { projected, measured } = projectedAndMeasured(b, g.toString(), span);
        expect(projected).toEqual(measured);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('scorecard: a rate target judged on a projection', () => {
  const rateRow = (rows: ReturnType<typeof scorecard>) => rows.find((r) => r.targetId === 'iva-growth-2020');

  it('at a constant rate: the rate', () => {
    const p = project(toy, { id: 'c', baseYear: 2015, horizon: 2020, series: { iva: { base: '120', growth: '0.08' } } });
    const row = rateRow(scorecard(toy, p));
    expect(row?.value?.toFixed()).toBe('8');
    expect(row?.met).toBe(true);
  });

  it('at rates that change every year: the annual average measured on the levels', () => {
    const growth = { 2016: '0.07', 2017: '0.09', 2018: '0.06', 2019: '0.1', 2020: '0.08' };
    const p = project(toy, { id: 'v', baseYear: 2015, horizon: 2020, series: { iva: { base: '120', growth } } });
    const levels = p.series.iva as Record<number, ReturnType<typeof dec>>;
    const row = rateRow(scorecard(toy, p));
    const average = cagr(levels[2015] as ReturnType<typeof dec>, levels[2020] as ReturnType<typeof dec>, 5);
    expect(row?.value?.toFixed()).toBe(average.times(HUNDRED).toFixed());
    // python: (1.07 × 1.09 × 1.06 × 1.1 × 1.08) ** (1/5) − 1 at prec 60, × 100 rounded to 34 digits
    expect(row?.value?.toFixed()).toBe('7.990739787951442230255182908531463');
    // as of 2017: the average over 2016–2017 only
    const pending = rateRow(scorecard(toy, p, { asOf: 2017 }));
    const soFar = cagr(levels[2015] as ReturnType<typeof dec>, levels[2017] as ReturnType<typeof dec>, 2);
    expect(pending?.value?.toFixed()).toBe(soFar.times(HUNDRED).toFixed());
  });

  it('a projection whose base year is not the period’s base year: measured over the period', () => {
    const p = project(toy, { id: 'late', baseYear: 2014, horizon: 2020, series: { iva: { base: '111', growth: '0.08' } } });
    const levels = p.series.iva as Record<number, ReturnType<typeof dec>>;
    const row = rateRow(scorecard(toy, p));
    const average = cagr(levels[2015] as ReturnType<typeof dec>, levels[2020] as ReturnType<typeof dec>, 5);
    expect(row?.value?.toFixed()).toBe(average.times(HUNDRED).toFixed());
    expect(row?.value?.toFixed()).toBe('8');
  });
});
