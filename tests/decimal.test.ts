import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { dec, round, toPlain, PlanError } from '../src/index.js';

describe('dec', () => {
  it('reads numbers through their shortest round-trip string', () => {
    expect(dec(0.1).toString()).toBe('0.1');
    expect(dec(-0).toString()).toBe('0');
    expect(dec(1e21).toFixed()).toBe('1000000000000000000000');
  });
  it('rejects garbage with INVALID_DECIMAL', () => {
    for (const bad of [Number.NaN, Infinity, '', '1,000', 'abc', null, {}, '0x10', '1_000', ' 12', 'NaN']) {
      expect(() => dec(bad as never)).toThrow(PlanError);
    }
  });
  it('accepts a Decimal of another constructor exactly', () => {
    const Other = Decimal.clone({ precision: 5 });
    expect(dec(new Other('1.23456789')).toString()).toBe('1.23456789');
  });
  it('rounds half-up and half-even', () => {
    expect(round('2.345', 2).toString()).toBe('2.35');
    expect(round('2.345', 2, 'half-even').toString()).toBe('2.34');
    expect(toPlain('2.4e11')).toBe('240000000000');
  });
});
