import { describe, expect, it } from 'vitest';
import { scorecardChart } from '../../src/charts/scorecard.js';
import type { ScorecardChartRow } from '../../src/charts/types.js';
import { dec } from '../../src/decimal.js';
import { deepFreeze } from '../_lib/freeze.js';
import { planError } from '../_lib/errors.js';
import { renderClean, svgTexts } from './helpers.js';

/**
 * Three hand-made rows: 176.32 of a 240 floor (attainment 0.7347 → 73.5 %), a share of 26 %
 * against "about 25 %" (1.04 → 104.0 %), and a pending target without a value.
 */
const makeRows = (): ScorecardChartRow[] => [
  {
    targetId: 'iva-2020',
    indicatorId: 'industrial-value-added',
    label: { en: 'Industrial value added 2020', zh: '2020年工业增加值' },
    year: 2020,
    value: '176.32',
    attainment: '0.7347',
    met: false,
    gap: dec('-63.68'),
    unit: 'bn-yuan',
  },
  { targetId: 'sei-share-2020', indicatorId: 'sei-share', year: 2020, value: 26, attainment: 1.04, met: true, status: 'met' },
  { targetId: 'parks-2020', indicatorId: 'parks', year: 2020, value: null, attainment: null, met: null, status: 'pending' },
];

type Datum = Record<string, unknown>;
const dataOf = (spec: Record<string, unknown>): Datum[] => (spec.data as { values: Datum[] }).values;

describe('scorecardChart', () => {
  it('turns attainment ratios into percentages, keeping the order of the rows', () => {
    const spec = scorecardChart(makeRows());
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(dataOf(spec).map((d) => [d.label, d.attainment, d.attainmentShown, d.verdict])).toEqual([
      ['Industrial value added 2020', 73.47, '73.5 %', 'Not met'],
      ['sei-share-2020', 104, '104.0 %', 'Met'],
      ['parks-2020', null, '—', 'Not judged'],
    ]);
    expect(dataOf(spec)[0]).toMatchObject({ value: '176.32 billion yuan', gap: '-63.68 billion yuan' });
    expect(dataOf(spec)[2]).toMatchObject({ value: '—', gap: '—', note: 'Not judged (pending)', status: 'pending' });
    expect(spec.description).toBe(
      'Bar chart of attainment by target: 3 targets, 1 met, with a rule at 100 %. ' +
        'Industrial value added 2020 73.5 %, Not met; sei-share-2020 104.0 %, Met; parks-2020 Not judged.',
    );
  });

  it('has a rule at 100 % and colour-blind-safe colours for met, not met, not judged', () => {
    const layers = scorecardChart(makeRows()).layer as Datum[];
    const rule = layers.find((l) => (l.mark as Datum).type === 'rule');
    expect(rule?.data).toEqual({ values: [{ attainment: 100 }] });
    const bar = layers.find((l) => (l.mark as Datum).type === 'bar') as { encoding: { color: { scale: unknown } } };
    // Okabe–Ito blue, vermillion and grey.
    expect(bar.encoding.color.scale).toEqual({ domain: ['Met', 'Not met', 'Not judged'], range: ['#0072B2', '#D55E00', '#999999'] });
  });

  it('compiles and renders with no warning, showing labels, percentages and the note', async () => {
    const texts = svgTexts(await renderClean(scorecardChart(makeRows())));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Attainment of targets',
        'Industrial value added 2020',
        '73.5 %',
        '104.0 %',
        'Not judged (pending)',
        '100',
        'Met',
        'Not met',
      ]),
    );
  }, 60_000);

  it('speaks Chinese with locale zh-CN', async () => {
    const spec = scorecardChart(makeRows(), { locale: 'zh-CN', width: 300, height: 120 });
    expect([spec.width, spec.height]).toEqual([300, 120]);
    expect(dataOf(spec)[0]).toMatchObject({ label: '2020年工业增加值', verdict: '未实现', value: '176.32 十亿元' });
    expect(dataOf(spec)[2]).toMatchObject({ note: '未评价（待评价）' });
    const texts = svgTexts(await renderClean(spec));
    expect(texts).toEqual(expect.arrayContaining(['目标完成情况', '2020年工业增加值', '已实现', '未实现', '完成程度（%）']));
  }, 60_000);

  it('tells apart two rows with one label, and uses a step height by default', () => {
    const rows = makeRows().map((r) => ({ ...r, label: 'same' }));
    const spec = scorecardChart(rows);
    expect(dataOf(spec).map((d) => d.label)).toEqual(['same', 'same (sei-share-2020)', 'same (parks-2020)']);
    expect(spec.height).toEqual({ step: 28 });
  });

  it('is deterministic and does not change its input', () => {
    const rows = deepFreeze(makeRows());
    expect(JSON.stringify(scorecardChart(rows))).toBe(JSON.stringify(scorecardChart(rows)));
    expect(rows).toEqual(makeRows());
  });

  it('rejects bad rows with a PlanError that names them', () => {
    const [a, b] = makeRows() as [ScorecardChartRow, ScorecardChartRow];
    const cases: [unknown, string][] = [
      [[], 'rows: expected at least one row, got an array of length 0'],
      [undefined, 'rows: expected an array, got undefined'],
      [[a, { ...b, targetId: 'iva-2020' }], "rows[1].targetId: 'iva-2020' is already given at rows[0]; give one row a target"],
      [[{ ...a, met: 'yes' }], "rows[0].met: expected true, false or null, got 'yes'"],
      [[{ ...a, year: '2020' }], "rows[0].year: expected an integer year from 1900 to 2100, got '2020'"],
      [[{ ...a, label: '' }], "rows[0].label: expected a non-empty string, got ''"],
      [[{ ...a, indicatorId: 3 }], 'rows[0].indicatorId: expected a non-empty string, got 3'],
      [[4], 'rows[0]: expected an object, got 4'],
    ];
    for (const [rows, message] of cases) {
      expect(planError(() => scorecardChart(rows as ScorecardChartRow[])).message).toBe(message);
    }
    expect(planError(() => scorecardChart([{ ...a, attainment: 'NaN' }])).code).toBe('INVALID_DECIMAL');
    expect(planError(() => scorecardChart([{ ...a, unit: 'bn' as never }])).code).toBe('UNKNOWN_UNIT');
  });
});
