import { describe, expect, it } from 'vitest';
import { trajectoryChart } from '../../src/charts/trajectory.js';
import type { TrajectoryInput } from '../../src/charts/types.js';
import { dec } from '../../src/decimal.js';
import { deepFreeze } from '../_lib/freeze.js';
import { planError } from '../_lib/errors.js';
import { renderClean, svgTexts } from './helpers.js';

const IVA = { id: 'industrial-value-added', name: { en: 'industrial value added', zh: '工业增加值' }, unit: 'bn-yuan' } as const;

/** About 120 bn yuan in 2015 (Baotou government work report, 2016-01-12), the 240 bn target of 2020 (report II.a). */
const makeInput = (): TrajectoryInput => ({
  indicator: IVA,
  observations: [{ year: 2015, value: '120' }],
  target: { year: 2020, value: '240', comparator: 'atLeast' },
  requiredPath: 'geometric',
  // 120 growing 8 % a year: 129.6, 139.968 (by hand: 120 · 1.08, 129.6 · 1.08).
  projection: [
    { year: 2015, value: 120 },
    { year: 2016, value: '129.6' },
    { year: 2017, value: dec('139.968') },
  ],
});
const INPUT = makeInput();

type Row = { series: string; year: number; value: number; shown: string; exact: string };
const rowsOf = (spec: Record<string, unknown>): Row[] => (spec.data as { values: Row[] }).values;

describe('trajectoryChart', () => {
  it('is a Vega-Lite 6 spec with a description', () => {
    const spec = trajectoryChart(INPUT);
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(spec.description).toBe(
      'Line chart of industrial value added (billion yuan), 2015–2020. Observed: 2015 120. Target 2020: ≥ 240. ' +
        'Required growth 14.87 % a year. Projection: 2015 120; 2016 129.6; 2017 139.97.',
    );
    expect(spec.title).toEqual({ text: 'industrial value added', subtitle: 'Required growth 14.87 % a year' });
    expect([spec.width, spec.height]).toEqual([640, 360]);
  });

  it('carries the required path exactly, 120 · 2^(k/5), and plots its nearest doubles', () => {
    const path = rowsOf(trajectoryChart(INPUT)).filter((r) => r.series === 'Required path');
    // Python decimal oracle (prec 34): 120 * 2 ** (Decimal(k) / 5).
    expect(path.map((r) => [r.year, r.exact])).toEqual([
      [2015, '120'],
      [2016, '137.8438025996442008158352336133513'],
      [2017, '158.3409492927473111248802365475568'],
      [2018, '181.8859879812477698816711761567734'],
      [2019, '208.9321351910697933927048041951391'],
      [2020, '240'],
    ]);
    expect(path[1]?.value).toBe(137.8438025996442);
    expect(path[1]?.shown).toBe('137.84');
  });

  it('keeps observations and projection as given, sorted by year', () => {
    const rows = rowsOf(
      trajectoryChart({ ...INPUT, observations: [{ year: 2015, value: '120' }, { year: 2012, value: 130 }] }),
    );
    expect(rows.filter((r) => r.series === 'Observed').map((r) => [r.year, r.exact])).toEqual([
      [2012, '130'],
      [2015, '120'],
    ]);
    expect(rows.filter((r) => r.series === 'Projection').map((r) => r.exact)).toEqual(['120', '129.6', '139.968']);
  });

  it('starts the path at baseYear when given: 112 in 2014 to 240 in 2020', () => {
    const spec = trajectoryChart({
      ...INPUT,
      observations: [{ year: 2014, value: 112 }, { year: 2015, value: 120 }],
      baseYear: 2014,
    });
    const path = rowsOf(spec).filter((r) => r.series === 'Required path');
    expect(path.map((r) => r.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    // Python: 112 * (Decimal(240) / 112) ** (Decimal(1) / 6), prec 34; rate 0.13544352…
    expect(path[1]?.exact).toBe('127.1696743524153035493918751287306');
    expect((spec.title as { subtitle: string }).subtitle).toBe('Required growth 13.54 % a year');
  });

  it("labels a scenario's base-year value 'Base year (scenario)' (基年（情景）) instead of 'Observed', in the legend, the rows and the description", () => {
    const base = { ...INPUT, observationsAre: 'scenario-base' } as const;
    const en = trajectoryChart(base);
    expect(en.description).toBe(
      'Line chart of industrial value added (billion yuan), 2015–2020. Base year (scenario): 2015 120. Target 2020: ≥ 240. ' +
        'Required growth 14.87 % a year. Projection: 2015 120; 2016 129.6; 2017 139.97.',
    );
    expect(rowsOf(en).filter((r) => r.year === 2015).map((r) => r.series)).toEqual(['Base year (scenario)', 'Required path', 'Projection']);
    const zh = trajectoryChart(base, { locale: 'zh-CN' });
    expect(zh.description).toBe(
      '工业增加值（十亿元）折线图，2015–2020。基年（情景）：2015 120；2020年目标：≥ 240；所需年均增长 14.87%；预测值：2015 120，2016 129.6，2017 139.97。',
    );
    const domain = (spec: Record<string, unknown>) => (spec.layer as { encoding: { color: { scale: { domain: string[] } } } }[])[0]?.encoding.color.scale.domain;
    expect(domain(zh)).toEqual(['基年（情景）', '所需路径', '预测值']);
    // 'observed' is the default
    expect(trajectoryChart({ ...INPUT, observationsAre: 'observed' })).toEqual(trajectoryChart(INPUT));
    expect(() => trajectoryChart({ ...INPUT, observationsAre: 'base' as never })).toThrowPlanError('INVALID_ARGUMENT', /^input\.observationsAre: /);
  });

  it('draws a path given as points, and no path without one', () => {
    const given = trajectoryChart({ ...INPUT, requiredPath: [{ year: 2020, value: 240 }, { year: 2015, value: 120 }] });
    expect(rowsOf(given).filter((r) => r.series === 'Required path').map((r) => r.year)).toEqual([2015, 2020]);
    expect((given.title as Record<string, unknown>).subtitle).toBeUndefined();
    const { requiredPath: _, ...without } = INPUT;
    expect(rowsOf(trajectoryChart(without)).some((r) => r.series === 'Required path')).toBe(false);
  });

  it('compiles and renders with no warning, showing the target, the rate and the unit', async () => {
    const texts = svgTexts(await renderClean(trajectoryChart(INPUT)));
    expect(texts).toContain('Target 2020: ≥ 240');
    expect(texts).toContain('industrial value added');
    expect(texts).toContain('Required growth 14.87 % a year');
    expect(texts).toContain('billion yuan');
    expect(texts).toEqual(expect.arrayContaining(['Observed', 'Required path', 'Projection', 'Year', '2016']));
  }, 60_000);

  it('speaks Chinese with locale zh-CN', async () => {
    const spec = trajectoryChart(INPUT, { locale: 'zh-CN' });
    expect(spec.description).toBe(
      '工业增加值（十亿元）折线图，2015–2020。实际值：2015 120；2020年目标：≥ 240；所需年均增长 14.87%；预测值：2015 120，2016 129.6，2017 139.97。',
    );
    const texts = svgTexts(await renderClean(spec));
    expect(texts).toEqual(expect.arrayContaining(['工业增加值', '2020年目标：≥ 240', '十亿元', '实际值', '所需路径', '年份']));
  }, 60_000);

  it('renders a bare chart of one observation, and other comparators and sizes', async () => {
    const spec = trajectoryChart(
      {
        indicator: { id: 'e', name: { en: 'energy intensity' }, unit: 'tce-per-10k-yuan' },
        observations: [{ year: 2015, value: '1.5' }],
        target: { year: 2020, value: '1.2', comparator: 'atMost' },
      },
      { locale: 'zh-CN', width: 300, height: 200, title: 'Energy' },
    );
    expect([spec.width, spec.height, (spec.title as { text: string }).text]).toEqual([300, 200, 'Energy']);
    // No Chinese name given: the English one is used.
    expect(spec.description).toMatch(/^energy intensity（吨标准煤\/万元）折线图/);
    expect(svgTexts(await renderClean(spec))).toContain('2020年目标：≤ 1.2');
  }, 60_000);

  it('is deterministic and does not change its input', () => {
    const input = deepFreeze(makeInput());
    const copy = makeInput();
    const a = trajectoryChart(input, { locale: 'en' });
    const b = trajectoryChart(input, { locale: 'en' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(input).toEqual(copy);
  });

  it('is plain JSON: a JSON round trip changes nothing', () => {
    const spec = trajectoryChart(INPUT);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('rejects bad input with a PlanError that names it', () => {
    const cases: [TrajectoryInput | unknown, string][] = [
      [{ ...INPUT, observations: [] }, 'input.observations: expected at least one observation, got an array of length 0'],
      [{ ...INPUT, observations: 'x' }, "input.observations: expected an array, got 'x'"],
      [
        { ...INPUT, observations: [{ year: 2015, value: 1 }, { year: 2015, value: 2 }] },
        'input.observations[1].year: year 2015 is already given at input.observations[0]; give one value a year',
      ],
      [
        { ...INPUT, observations: [{ year: 2015, value: '1,000' }] },
        "input.observations[0].value: expected a decimal string like '240', '-0.08' or '1.3e2', a finite number, a bigint, or a Decimal, got '1,000'",
      ],
      [
        { ...INPUT, target: { year: 2020, value: 240, comparator: 'more' } },
        "input.target.comparator: expected one of 'atLeast', 'above', 'atMost', 'below', 'approximately', got 'more'",
      ],
      [{ ...INPUT, target: undefined }, "input.requiredPath: 'geometric' needs a target to run to; give input.target"],
      [
        { ...INPUT, requiredPath: 'linear' },
        "input.requiredPath: expected 'geometric' or an array of { year, value }, got 'linear'",
      ],
      [
        { ...INPUT, baseYear: 2014 },
        'input.baseYear: there is no observation in 2014 to start the required path from; observed years: 2015',
      ],
      [{ ...INPUT, baseYear: 2020 }, "input.baseYear: must be before the target's year 2020, got 2020"],
      [
        { ...INPUT, observations: [{ year: 2021, value: 1 }] },
        "input.observations: a geometric required path starts from an observation before the target's year 2020, and there is none",
      ],
      [
        { ...INPUT, observations: [{ year: 2016, value: 5 }, { year: 2015, value: 0 }], baseYear: 2015 },
        'input.observations[1].value: must be greater than 0 for a geometric path, got 0',
      ],
      [
        { ...INPUT, target: { year: 2020, value: '-240', comparator: 'atLeast' } },
        'input.target.value: must be greater than 0 for a geometric path, got -240',
      ],
      [{ ...INPUT, indicator: { ...IVA, name: { zh: '工业' } } }, 'input.indicator.name.en: expected a non-empty string, got undefined'],
      [{ ...INPUT, indicator: { ...IVA, id: '' } }, "input.indicator.id: expected a non-empty string, got ''"],
      [null, 'input: expected an object, got null'],
    ];
    for (const [input, message] of cases) {
      expect(planError(() => trajectoryChart(input as TrajectoryInput)).message).toBe(message);
    }
    expect(planError(() => trajectoryChart({ ...INPUT, indicator: { ...IVA, unit: 'bn-yaun' as never } })).code).toBe(
      'UNKNOWN_UNIT',
    );
  });

  it('rejects bad options', () => {
    expect(planError(() => trajectoryChart(INPUT, { locale: 'fr' as never })).message).toBe(
      "options.locale: expected one of 'en', 'zh-CN', got 'fr'",
    );
    expect(planError(() => trajectoryChart(INPUT, { width: 10 })).message).toBe(
      'options.width: expected an integer from 50 to 4000, got 10',
    );
    expect(planError(() => trajectoryChart(INPUT, { height: 100.5 })).message).toBe(
      'options.height: expected an integer from 50 to 4000, got 100.5',
    );
    expect(planError(() => trajectoryChart(INPUT, { title: '' })).message).toBe(
      "options.title: expected a non-empty string, got ''",
    );
    expect(planError(() => trajectoryChart(INPUT, 'en' as never)).message).toBe(
      "options: expected an options object or undefined, got 'en'",
    );
  });
});

describe('trajectoryChart: units and breaks', () => {
  it('values in another unit of the measure are converted exactly: 1,153.0 亿 is 115.3 bn; the target too', () => {
    const spec = trajectoryChart({
      indicator: IVA,
      observations: [
        { year: 2014, value: '179.22' },
        { year: 2020, value: '1153.0', unit: '100m-yuan' },
      ],
      target: { year: 2020, value: '2400', unit: '100m-yuan', comparator: 'atLeast' },
    });
    expect(rowsOf(spec).map((r) => [r.year, r.exact])).toEqual([
      [2014, '179.22'],
      [2020, '115.3'],
    ]);
    expect(spec.description).toContain('Target 2020: ≥ 240');
  });

  it('another measure is refused, naming the value', () => {
    const input = { indicator: IVA, observations: [{ year: 2020, value: '12', unit: 'percent' }] };
    expect(planError(() => trajectoryChart(input as never)).message).toBe(
      "input.observations[0].unit: 'percent' (measure 'percent') does not fit 'bn-yuan' (measure 'yuan'); only units of one measure convert",
    );
    expect(() => trajectoryChart({ ...input, observations: [{ year: 2020, value: 1, status: 'Z' }] } as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      'input.observations[0].status',
    );
  });

  it('a value with status B starts a new stretch of the observed line: a gap, and a rule labelled as a break', async () => {
    const spec = trajectoryChart({
      indicator: IVA,
      observations: [
        { year: 2014, value: '179.22' },
        { year: 2017, value: '150', status: 'B' },
        { year: 2020, value: '115.3' },
      ],
    });
    expect(rowsOf(spec).map((r) => [r.year, (r as unknown as { segment: number }).segment])).toEqual([
      [2014, 0],
      [2017, 1],
      [2020, 1],
    ]);
    const layers = spec.layer as { mark: { type: string }; data?: { values: unknown[] } }[];
    expect(layers.filter((l) => l.data !== undefined).map((l) => [l.mark.type, l.data?.values])).toEqual([
      ['rule', [{ year: 2017, label: 'Break in series' }]],
      ['text', [{ year: 2017, label: 'Break in series' }]],
    ]);
    expect(svgTexts(await renderClean(spec))).toEqual(expect.arrayContaining(['Break in series']));
    // a B on the first value has nothing before it to break from
    const first = trajectoryChart({ indicator: IVA, observations: [{ year: 2020, value: '115.3', status: 'B' }] });
    expect((first.layer as unknown[]).length).toBe(1);
  }, 60_000);
});
