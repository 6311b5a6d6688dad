import { describe, expect, it } from 'vitest';
import { planLayoutChart, planScorecardChart, planTrajectoryChart } from '../../src/charts/fromPlan.js';
import { baotou13, baotouReported } from '../../src/data/index.js';
import { project } from '../../src/scenario/project.js';
import { scorecard } from '../../src/scenario/scorecard.js';
import type { Projection } from '../../src/scenario/types.js';
import { planError } from '../_lib/errors.js';
import { renderClean, svgTexts } from './helpers.js';

/** About 120 bn yuan in 2015 (Baotou government work report, 2016-01-12) growing 8 % a year, the plan's rate, against its 240 bn level target. */
const SCENARIO = {
  id: 'eight-percent',
  baseYear: 2015,
  horizon: 2020,
  series: { 'industrial-value-added': { base: '120', growth: '0.08' } },
};
const projection: Projection = project(baotou13, SCENARIO);

type Row = { series: string; year: number; exact: string };
const rowsOf = (spec: Record<string, unknown>): Row[] => (spec.data as { values: Row[] }).values;

describe('planTrajectoryChart', () => {
  it('draws the projection from its base year, the 240 bn target and the required path', async () => {
    const spec = planTrajectoryChart(baotou13, projection, { indicator: 'industrial-value-added' });
    const rows = rowsOf(spec);
    // the projection's 2015 value is where the scenario starts, not a figure observed
    expect(rows.filter((r) => r.series === 'Base year (scenario)').map((r) => [r.year, r.exact])).toEqual([[2015, '120']]);
    expect(rows.some((r) => r.series === 'Observed')).toBe(false);
    // 120 · 1.08^k by hand: 129.6, 139.968, 151.16544, 163.2586752, 176.319369216.
    expect(rows.filter((r) => r.series === 'Projection').map((r) => r.exact)).toEqual([
      '120',
      '129.6',
      '139.968',
      '151.16544',
      '163.2586752',
      '176.319369216',
    ]);
    // Python decimal: 120 * 2 ** (Decimal(1) / 5) at prec 34.
    expect(rows.find((r) => r.series === 'Required path' && r.year === 2016)?.exact).toBe(
      '137.8438025996442008158352336133513',
    );
    const texts = svgTexts(await renderClean(spec));
    expect(texts).toEqual(
      expect.arrayContaining(['industrial value added', 'Target 2020: ≥ 240', 'Required growth 14.87 % a year']),
    );
  }, 60_000);

  it("labels the scenario's base-year value truthfully, in the legend and the description, in both languages", () => {
    const legend = (spec: Record<string, unknown>) =>
      ((spec.layer as { encoding: { color: { scale: { domain: string[] } } } }[])[0] as { encoding: { color: { scale: { domain: string[] } } } }).encoding.color.scale.domain;
    const en = planTrajectoryChart(baotou13, projection, { indicator: 'industrial-value-added' });
    expect(legend(en)).toEqual(['Base year (scenario)', 'Required path', 'Projection']);
    expect(en.description).toMatch(/^Line chart of industrial value added \(billion yuan\), 2015–2020\. Base year \(scenario\): 2015 120\. Target 2020: ≥ 240\. /);
    const zh = planTrajectoryChart(baotou13, projection, { indicator: 'industrial-value-added', locale: 'zh-CN' });
    expect(legend(zh)).toEqual(['基年（情景）', '所需路径', '预测值']);
    expect(zh.description).toMatch(/^工业增加值（十亿元）折线图，2015–2020。基年（情景）：2015 120；2020年目标：≥ 240；/);
    expect(zh.description).not.toContain('实际值');
    // with observations, they are what was observed
    const observed = planTrajectoryChart(baotou13, projection, { indicator: 'industrial-value-added', observations: baotouReported });
    expect(legend(observed)[0]).toBe('Observed');
    expect(observed.description).toContain('. Observed: 2012 130; 2015 120. ');
  });

  it('draws reported observations when given, converted to the indicator unit', () => {
    const spec = planTrajectoryChart(baotou13, projection, {
      indicator: 'industrial-value-added',
      observations: [...baotouReported, { indicator: 'industrial-value-added', year: 2014, value: '11000', unit: '10k-yuan' }],
      locale: 'zh-CN',
    });
    // 2012: more than 130 bn (Baotou news 2013); 2015: about 120 bn; 11,000 × 10⁴ yuan = 1.1 × 10⁸ yuan = 0.11 bn.
    expect(rowsOf(spec).filter((r) => r.series === '实际值').map((r) => [r.year, r.exact])).toEqual([
      [2012, '130'],
      [2014, '0.11'],
      [2015, '120'],
    ]);
    expect((spec.title as { text: string }).text).toBe('工业增加值');
  });

  it('draws a growth indicator from observations, without a geometric path, leaving out multi-year averages', () => {
    const spec = planTrajectoryChart(baotou13, projection, {
      indicator: 'industrial-value-added-growth',
      observations: baotouReported,
    });
    const rows = rowsOf(spec);
    // Reported: +10 % in 2015, +11 % in 2018 and 2020; the 2013–2017 and 2018–2021 averages and
    // the January–November 2017 figure (part of a year) are left out.
    expect(rows.filter((r) => r.series === 'Observed').map((r) => [r.year, r.exact])).toEqual([
      [2015, '10'],
      [2018, '11'],
      [2020, '11'],
    ]);
    expect(rows.some((r) => r.series === 'Required path')).toBe(false);
    // "above 8 percent" renders 以上: at least 8
    expect(spec.description).toContain('Target 2020: ≥ 8');
  });

  it('rejects an unknown indicator, one that is not projected, and one without a base value', () => {
    expect(planError(() => planTrajectoryChart(baotou13, projection, { indicator: 'iva' })).code).toBe('NOT_FOUND');
    expect(planError(() => planTrajectoryChart(baotou13, projection, { indicator: 'gdp' })).message).toBe(
      "options.indicator: the projection of scenario 'eight-percent' has no values for 'gdp'; drive it or one of the series it derives from",
    );
    expect(
      planError(() => planTrajectoryChart(baotou13, projection, { indicator: 'industrial-value-added-growth' })).message,
    ).toBe(
      "projection: has no value of 'industrial-value-added-growth' in its base year 2015 to start from; give options.observations with observations of 'industrial-value-added-growth'",
    );
    expect(
      planError(() => planTrajectoryChart(baotou13, projection, { indicator: 'gdp', observations: baotouReported.filter((o) => o.indicator !== 'gdp') }))
        .message,
    ).toBe("options.observations: has no observation of 'gdp' with a year");
    expect(planError(() => planTrajectoryChart(baotou13, projection, undefined as never)).message).toBe(
      'options: expected an object, got undefined',
    );
  });
});

describe('planTrajectoryChart across a break in the series', () => {
  const spec = planTrajectoryChart(baotou13, projection, { indicator: 'gdp', observations: baotouReported });
  const observed = rowsOf(spec).filter((r) => r.series === 'Observed') as (Row & { segment: number })[];

  it('GDP is not one line from 370 to 279: the 2020 level after the revision starts a new stretch, after a gap', () => {
    // 2012 about 3,440 亿 (work report 2013); 2014 3,636.3 亿 (Baotou News; China Daily's 370 bn
    // disagrees and the more precise figure counts); 2020 2,770 亿 (the later vintage, 2025-11-17,
    // of the communiqué's 2,787.4 亿, status B); 2021 3,293.0 亿 (communiqué 2021)
    expect(observed.map((r) => [r.year, r.exact, r.segment])).toEqual([
      [2012, '344', 0],
      [2014, '363.63', 0],
      [2020, '277', 1],
      [2021, '329.3', 1],
    ]);
    const line = (spec.layer as { encoding?: { detail?: unknown } }[])[0];
    expect(line?.encoding?.detail).toEqual({ field: 'segment', type: 'nominal' });
  });

  it('a rule marks the break, labelled in both languages', () => {
    const marks = (s: Record<string, unknown>) =>
      (s.layer as { data?: { values: { year: number; label?: string }[] }; mark: { type: string } }[])
        .filter((l) => l.data?.values[0]?.label !== undefined && !String(l.data.values[0].label).includes('Target') && !String(l.data.values[0].label).includes('目标'))
        .map((l) => [l.mark.type, l.data?.values.map((v) => [v.year, v.label])]);
    expect(marks(spec)).toEqual([
      ['rule', [[2020, 'Break in series']]],
      ['text', [[2020, 'Break in series']]],
    ]);
    const zh = planTrajectoryChart(baotou13, projection, { indicator: 'gdp', observations: baotouReported, locale: 'zh-CN' });
    expect(marks(zh)).toEqual([
      ['rule', [[2020, '序列断点']]],
      ['text', [[2020, '序列断点']]],
    ]);
    expect(spec.description).toContain('Break in series before 2020: the observed values before and after are not comparable');
    expect(zh.description).toContain('2020年前序列断点：前后实际值不可比');
  });

  it('renders without a warning', async () => {
    expect(svgTexts(await renderClean(spec))).toEqual(expect.arrayContaining(['Break in series']));
  }, 60_000);

  it('observations of another measure are refused', () => {
    expect(() =>
      planTrajectoryChart(baotou13, projection, { indicator: 'gdp', observations: [{ indicator: 'gdp', year: 2020, value: '1', unit: 'tce' }] }),
    ).toThrowPlanError('UNIT_MISMATCH', "options.observations[0].unit: 'tce'");
  });
});

describe('planScorecardChart', () => {
  it("labels a plan's scorecard with indicator names and renders it", async () => {
    const rows = scorecard(baotou13, projection);
    const spec = planScorecardChart(baotou13, rows);
    const data = (spec.data as { values: { label: string; targetId: string; attainment: number | null }[] }).values;
    const iva = data.find((d) => d.targetId === 'industrial-value-added-2020');
    expect(iva?.label).toBe('industrial value added (2020)');
    // 176.319369216 of 240, by hand: 0.73466403840 → 73.466403840 %.
    expect(iva?.attainment).toBeCloseTo(73.46640384, 8);
    const texts = svgTexts(await renderClean(spec));
    expect(texts).toContain('industrial value added (2020)');
    expect(texts).toContain('73.5 %');
  }, 60_000);

  it('labels in Chinese where the plan has a Chinese name', () => {
    const spec = planScorecardChart(baotou13, scorecard(baotou13, projection), { locale: 'zh-CN' });
    const labels = (spec.data as { values: { label: string }[] }).values.map((d) => d.label);
    expect(labels).toContain('工业增加值（2020年）');
  });
});

describe('planLayoutChart', () => {
  it("draws the plan's layout", async () => {
    const texts = svgTexts(await renderClean(planLayoutChart(baotou13)));
    expect(texts).toEqual(expect.arrayContaining(['aluminum', 'steel', 'technology', 'equipment', 'coal chemicals', 'new energy']));
  }, 60_000);

  it('rejects what is not a plan', () => {
    expect(planError(() => planLayoutChart({} as never)).message).toBe(
      'plan: expected a plan (what definePlan returns, or baotou13), got an object',
    );
  });
});
