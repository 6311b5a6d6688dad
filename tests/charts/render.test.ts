import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../src/charts/layout.js';
import { renderSvg } from '../../src/charts/render.js';
import { scorecardChart } from '../../src/charts/scorecard.js';
import { trajectoryChart } from '../../src/charts/trajectory.js';
import { baotou13 } from '../../src/data/index.js';
import { PlanError } from '../../src/errors.js';
import { svgTexts } from './helpers.js';

describe('renderSvg', () => {
  it('renders every builder to an SVG document', async () => {
    const trajectory = await renderSvg(
      trajectoryChart({
        indicator: { id: 'iva', name: { en: 'industrial value added' }, unit: 'bn-yuan' },
        observations: [{ year: 2015, value: '120' }],
        target: { year: 2020, value: '240', comparator: 'atLeast' },
        requiredPath: 'geometric',
      }),
    );
    expect(trajectory.startsWith('<svg')).toBe(true);
    expect(trajectory.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svgTexts(trajectory)).toContain('Target 2020: ≥ 240');

    const layout = await renderSvg(layoutChart(baotou13.layout));
    expect(svgTexts(layout)).toEqual(expect.arrayContaining(['aluminum', 'steel', 'new energy']));

    const scorecard = await renderSvg(
      scorecardChart([{ targetId: 't', indicatorId: 'i', year: 2020, value: '1', attainment: '0.5', met: false }]),
    );
    expect(svgTexts(scorecard)).toContain('50.0 %');
  }, 60_000);

  it('gives the same SVG for the same spec, and leaves the spec as it was (vega marks the rows it is given)', async () => {
    const spec = layoutChart(baotou13.layout);
    const before = JSON.stringify(spec);
    const rows = (spec as { data: { values: object[] } }).data.values;
    expect(await renderSvg(spec)).toBe(await renderSvg(spec));
    expect(JSON.stringify(spec)).toBe(before);
    expect(rows.every((row) => Object.getOwnPropertySymbols(row).length === 0)).toBe(true);
  }, 60_000);

  it('rejects what is not a spec, and a spec that does not compile, with a PlanError', async () => {
    await expect(renderSvg('spec' as never)).rejects.toMatchObject({
      name: 'PlanError',
      code: 'INVALID_ARGUMENT',
      message: "spec: expected a Vega-Lite specification (an object), got 'spec'",
    });
    const error = await renderSvg({ mark: 'nope' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).code).toBe('INVALID_ARGUMENT');
    expect((error as PlanError).message).toMatch(/^spec: not a Vega-Lite specification that renders \(.+\)$/);
  }, 60_000);

  it('turns an error vega reports while running into a PlanError instead of a broken SVG', async () => {
    const spec = {
      data: { values: [{ a: null }] },
      transform: [{ calculate: 'datum.a.b', as: 'x' }],
      mark: 'point',
      encoding: { x: { field: 'x', type: 'quantitative' } },
    };
    await expect(renderSvg(spec)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/^spec: not a Vega-Lite specification that renders \(TypeError: .*null.*\)$/),
    });
  }, 60_000);
});
