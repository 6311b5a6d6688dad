import { describe, expect, it } from 'vitest';
import { baotou13 } from '../../src/data/baotou13/index.js';
import { dec } from '../../src/decimal.js';
import { scenarios } from '../../src/scenario/builtins.js';
import { project } from '../../src/scenario/project.js';
import { scorecard } from '../../src/scenario/scorecard.js';
import { sweep } from '../../src/scenario/sweep.js';
import type { ScenarioInput } from '../../src/scenario/types.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';
import { toy, toyScenario } from './fixtures.js';

const compact = (r: { targetId: string; status: string; value: { toFixed(): string } | null; met: boolean | null; gap: { toFixed(): string } | null }) => [
  r.targetId,
  r.status,
  r.value?.toFixed() ?? null,
  r.met,
  r.gap?.toFixed() ?? null,
];

describe('sweep', () => {
  it('one scorecard per value, the same as projecting and judging each value the long way', () => {
    const values = ['0', '0.08', '0.12', '0.1486983549970350067986269467779276', '0.2'];
    const r = sweep(toy, toyScenario, { driver: { series: 'iva', field: 'growth' }, values });
    expect(r.driver).toEqual({ series: 'iva', field: 'growth' });
    expect(r.points.map((p) => p.value.toFixed())).toEqual(values);
    for (const point of r.points) {
      const scenario: ScenarioInput = { ...toyScenario, series: { ...toyScenario.series, iva: { base: '120', growth: point.value } } };
      const rows = scorecard(toy, project(toy, scenario));
      expect(point.rows.map(compact)).toEqual(rows.map(compact));
      expect(point.met).toBe(rows.filter((x) => x.status === 'met').length);
      expect(point.notMet).toBe(rows.filter((x) => x.status === 'not_met').length);
    }
    // the 240 bn level is met from 2^(1/5) − 1 a year on
    expect(r.points.map((p) => p.rows[0]?.met)).toEqual([false, false, false, true, true]);
  });

  it('rows of targets the driver does not reach are the same objects at every point', () => {
    const r = sweep(toy, toyScenario, { driver: { series: 'iva', field: 'growth' }, values: [0, '0.1'] });
    const [a, b] = r.points;
    const institutes = 6;
    expect(a?.rows[institutes]).toBe(b?.rows[institutes]);
    expect(a?.rows[0]).not.toBe(b?.rows[0]);
  });

  it("base and additions, in the driver's unit", () => {
    const base = sweep(toy, toyScenario, { driver: { series: 'iva', field: 'base' }, values: ['163.3399672881007591728066813730133'] });
    expect(base.points[0]?.rows[0]?.value?.toFixed()).toBe('240.00000000000000000000000000000001550982144');
    const scenario = { ...toyScenario, series: { ...toyScenario.series, iva: { base: '1200', unit: '100m-yuan', growth: '0.08' } as const } };
    const additions = sweep(toy, scenario, { driver: { series: 'iva', field: 'additions' }, values: ['240'] });
    // 1,200 亿 + 5 × 240 亿 = 2,400 亿 = 240 bn
    expect(additions.points[0]?.rows[0]?.value?.toFixed()).toBe('240');
  });

  it('as of a year, with pending rows', () => {
    const r = sweep(toy, toyScenario, { driver: { series: 'iva', field: 'growth' }, values: ['0.1'], asOf: 2017 });
    // 120 × 1.1² = 145.2
    expect([r.points[0]?.rows[0]?.status, r.points[0]?.rows[0]?.value?.toFixed()]).toEqual(['pending', '145.2']);
  });

  it('the embedded plan: the 240 bn level needs about 14.87 % a year from the reported 120 bn', () => {
    const r = sweep(baotou13, scenarios.reportedTrend, {
      driver: { series: 'industrial-value-added', field: 'growth' },
      values: ['0.07999', '0.08', '0.1486', '0.1487'],
    });
    expect(r.points.map((p) => p.rows[0]?.met)).toEqual([false, false, false, true]);
    // "above 8 percent" renders 以上: 8 % a year meets it
    expect(r.points.map((p) => p.rows[1]?.met)).toEqual([false, true, true, true]);
  });

  it('results are frozen; inputs are not changed', () => {
    const values = deepFreeze(['0.1', '0.2']);
    const r = sweep(toy, deepFreeze(structuredClone(toyScenario) as never), { driver: { series: 'iva', field: 'growth' }, values });
    expect(Object.isFrozen(r) && Object.isFrozen(r.points) && Object.isFrozen(r.points[0]) && Object.isFrozen(r.points[0]?.rows[0])).toBe(true);
    expect(values).toEqual(['0.1', '0.2']);
  });

  it('errors name the value', () => {
    const driver = { series: 'iva', field: 'growth' } as const;
    expect(planError(() => sweep(toy, toyScenario, { driver, values: '0.1' as never })).message).toBe(
      "options.values: expected an array, got '0.1'",
    );
    const e = planError(() => sweep(toy, toyScenario, { driver, values: ['0.1', 'x'] }));
    expect([e.code, e.message]).toEqual([
      'INVALID_DECIMAL',
      "options.values[1]: expected a decimal string like '240', '-0.08' or '1.3e2', a finite number, a bigint, or a Decimal, got 'x'",
    ]);
    expect(planError(() => sweep(toy, toyScenario, { driver, values: ['-1'] })).message).toBe(
      'options.values[0]: a growth rate must be greater than -1 for a growth driver, got -1',
    );
    expect(planError(() => sweep(toy, toyScenario, { driver: { series: 'iva', field: 'base' }, values: [dec(-1)] })).message).toBe(
      'options.values[0]: must not be negative for a base-year level, got -1',
    );
  });
});
