/** The @example blocks of src/scenario, run: the documentation cannot drift from the code. */
import { describe, expect, it } from 'vitest';
import { baotou13, baotouReported } from '../../src/data/baotou13/index.js';
import { breakEven } from '../../src/scenario/breakEven.js';
import { scenarios } from '../../src/scenario/builtins.js';
import { consistency } from '../../src/scenario/consistency.js';
import { planPathScenario } from '../../src/scenario/planPath.js';
import { project } from '../../src/scenario/project.js';
import { reportedTrendScenario } from '../../src/scenario/reportedTrend.js';
import { scorecard } from '../../src/scenario/scorecard.js';
import { sweep } from '../../src/scenario/sweep.js';

describe('examples in the documentation', () => {
  it('project', () => {
    const p = project(baotou13, {
      id: 'eight-percent',
      baseYear: 2015,
      horizon: 2020,
      series: { 'industrial-value-added': { base: '120', unit: 'bn-yuan', growth: '0.08' } },
    });
    expect(p.indicators['industrial-value-added']?.[2020]?.toString()).toBe('176.319369216');
  });

  it('scorecard and scenarios', () => {
    const rows = scorecard(baotou13, project(baotou13, scenarios.planPath));
    expect(rows.filter((r) => r.year === 2020).every((r) => r.met)).toBe(true);
    expect(scorecard(baotou13, baotouReported).length).toBe(baotou13.targets.length);
    const trend = scorecard(baotou13, project(baotou13, scenarios.reportedTrend));
    expect(trend.find((r) => r.targetId === 'industrial-value-added-2020')?.met).toBe(false);
  });

  it('sweep', () => {
    const r = sweep(baotou13, scenarios.reportedTrend, {
      driver: { series: 'industrial-value-added', field: 'growth' },
      values: ['0.08', '0.12', '0.16'],
    });
    // at 8 %: neither the level nor the rate ("above 8"); at 12 %: the rate; at 16 %: both
    expect(r.points.map((p) => p.met)).toEqual([0, 1, 2]);
  });

  it('breakEven', () => {
    const r = breakEven(baotou13, scenarios.reportedTrend, {
      driver: { series: 'industrial-value-added', field: 'growth' },
      targetId: 'industrial-value-added-2020',
    });
    expect([r.value.toString(), r.kind, r.method]).toEqual(['0.1486983549970350067986269467779276', 'minimum', 'closed-form']);
  });

  it('consistency', () => {
    const [f] = consistency(baotou13, { 'industrial-value-added': { value: 120, unit: 'bn-yuan' } });
    expect(f?.verdict).toBe('contradiction');
    expect(f?.values.requiredGrowth?.toString()).toBe('0.1486983549970350067986269467779276');
    expect(f?.values.levelAtStatedGrowth?.toString()).toBe('176.319369216');
    expect(f?.reconciliations.map((r) => r.scope)).toEqual(['coverage', 'prices', 'base']);
  });

  it('planPathScenario and reportedTrendScenario', () => {
    const s = planPathScenario(baotou13);
    expect(scorecard(baotou13, project(baotou13, s)).filter((r) => r.year === 2020).every((r) => r.met)).toBe(true);
    expect(reportedTrendScenario(baotou13, baotouReported).series['industrial-value-added']?.base.toString()).toBe('120');
  });
});
