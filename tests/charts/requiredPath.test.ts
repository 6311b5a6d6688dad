import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredPath } from '../../src/charts/requiredPath.js';
import { D, dec } from '../../src/decimal.js';
import { planError } from '../_lib/errors.js';

describe('requiredPath', () => {
  it('grows 120 to 240 over 2015–2020 at a constant rate, 120 · 2^(k/5), correct to 34 digits', () => {
    // Oracle: Python decimal, v = 120 * 2 ** (Decimal(k) / 5) at prec 60, then rounded to prec 34.
    // By hand for 2016: 2^(1/5) = 1.148698354997035006798626946777927589…, × 120 = 137.8438025996442…
    const path = requiredPath({ year: 2015, value: '120' }, { year: 2020, value: '240' });
    expect(path.map((p) => p.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    expect(path.map((p) => p.value.toString())).toEqual([
      '120',
      '137.8438025996442008158352336133513',
      '158.3409492927473111248802365475568',
      '181.8859879812477698816711761567734',
      '208.9321351910697933927048041951391',
      '240',
    ]);
  });

  it('starts and ends exactly at the given values, whatever their form', () => {
    const path = requiredPath({ year: 2010, value: dec('3.3') }, { year: 2013, value: 1.1 });
    expect(path[0]?.value.toString()).toBe('3.3');
    expect(path[3]?.value.toString()).toBe('1.1');
    // 3.3 → 1.1 is a fall to a third: 3.3 · 3^(-1/3) = 2.288092… (Python: Decimal('3.3') * 3 ** (Decimal(-1)/3))
    expect(path[1]?.value.toString()).toBe('2.288092205357094525983062506793674');
  });

  it('is frozen and its points too', () => {
    const path = requiredPath({ year: 2015, value: '1' }, { year: 2016, value: '2' });
    expect(Object.isFrozen(path)).toBe(true);
    expect(Object.isFrozen(path[0])).toBe(true);
  });

  it('has a constant ratio between consecutive years (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 12 }),
        (from, to, years) => {
          const path = requiredPath({ year: 2000, value: from }, { year: 2000 + years, value: to });
          expect(path).toHaveLength(years + 1);
          // The ratio of every step, as the exact n-th root would give it: (to / from)^(1 / years).
          const step = new D(to).div(from).pow(new D(1).div(years));
          for (let k = 1; k <= years; k += 1) {
            const ratio = path[k]!.value.div(path[k - 1]!.value);
            expect(ratio.minus(step).abs().lte(step.times('1e-30'))).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('rejects values that are not greater than 0 and years in the wrong order', () => {
    expect(planError(() => requiredPath({ year: 2015, value: 0 }, { year: 2020, value: 240 })).message).toBe(
      'from.value: must be greater than 0 for a geometric path, got 0',
    );
    expect(planError(() => requiredPath({ year: 2015, value: 120 }, { year: 2020, value: '-1' })).code).toBe('DOMAIN');
    expect(planError(() => requiredPath({ year: 2015, value: 120 }, { year: 2015, value: 240 })).message).toBe(
      'to.year: must be after the base year 2015, got 2015',
    );
    expect(planError(() => requiredPath({ year: 2015.5, value: 120 }, { year: 2020, value: 240 })).message).toBe(
      'from.year: expected an integer year from 1900 to 2100, got 2015.5',
    );
    expect(planError(() => requiredPath({ year: 2015, value: 'abc' }, { year: 2020, value: 240 })).code).toBe(
      'INVALID_DECIMAL',
    );
    expect(planError(() => requiredPath(null as never, { year: 2020, value: 240 })).message).toBe(
      'from: expected an object, got null',
    );
  });
});
