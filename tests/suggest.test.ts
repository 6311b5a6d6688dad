import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, levenshtein } from '../src/suggest.js';

describe('levenshtein', () => {
  it('counts edits (hand-checked pairs)', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
    expect(levenshtein('GDP', 'gdp')).toBe(0);
  });
  it('is a metric: symmetric, zero only for equal strings, triangle inequality', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b, c) => {
        expect(levenshtein(a, b)).toBe(levenshtein(b, a));
        expect(levenshtein(a, b) === 0).toBe(a.toLowerCase() === b.toLowerCase());
        expect(levenshtein(a, c)).toBeLessThanOrEqual(levenshtein(a, b) + levenshtein(b, c));
      }),
    );
  }, 60_000);
});

describe('closest', () => {
  const ids = ['industrial-value-added', 'industrial-value-added-growth', 'gdp', 'producer-services-share'];
  it('ranks initials, typos, prefixes and containment, at most three', () => {
    expect(closest('iva', ids)).toEqual(['industrial-value-added', 'industrial-value-added-growth']);
    expect(closest('gpd', ids)).toEqual(['gdp']);
    expect(closest('producer-services', ids)).toEqual(['producer-services-share']);
    expect(closest('Industrial-Value-Added', ids)).toEqual(['industrial-value-added', 'industrial-value-added-growth']);
    expect(closest('value', ids)).toEqual(['industrial-value-added', 'industrial-value-added-growth']);
    expect(closest('a', ['b', 'c', 'd', 'e'])).toEqual(['b', 'c', 'd']);
  });
  it('suggests nothing absurd', () => {
    expect(closest('zzzzzzzz', ids)).toEqual([]);
    expect(closest('x', [])).toEqual([]);
  });
});
