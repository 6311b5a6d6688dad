/**
 * The trajectory chart: an indicator year by year, with its target, the path the target
 * requires and a projection.
 *
 * @module
 */
import { cagr } from '../calc/cagr.js';
import type { Decimal } from '../decimal.js';
import { invalidArgument, argumentError } from '../errors.js';
import { localized } from '../format/labels.js';
import { formatDecimal } from '../format/number.js';
import { unitLabel } from '../format/unitLabel.js';
import { messages } from '../messages.js';
import type { Year } from '../plan/types.js';
import { readChoice, readDecimal, readObject, readText, readYear } from '../read.js';
import { describeUnit, readUnit, valueIn, type Unit } from '../units/index.js';
import { COMPARATORS, COMPARATOR_SYMBOLS, type Comparator } from '../vocabulary.js';
import { positive, readLocalized, readStyle, readYearValues, type NamedYearValue } from './_lib/checks.js';
import { plotted, shown } from './_lib/numbers.js';
import { COLOURS } from './_lib/palette.js';
import { WORDS } from './_lib/words.js';
import { requiredPath } from './requiredPath.js';
import { VEGA_LITE_SCHEMA, type ChartOptions, type TrajectoryInput, type VegaLiteSpec } from './types.js';

type SeriesKey = 'observed' | 'required' | 'projection';

/** What the observations of a trajectory may be (see `TrajectoryInput.observationsAre`). */
const OBSERVATIONS_ARE = ['observed', 'scenario-base'] as const;

const STYLE: Readonly<Record<SeriesKey, { colour: string; dash: readonly number[] }>> = {
  observed: { colour: COLOURS.blue, dash: [1, 0] },
  required: { colour: COLOURS.green, dash: [2, 3] },
  projection: { colour: COLOURS.orange, dash: [6, 4] },
};

interface Point {
  readonly year: Year;
  readonly value: Decimal;
}

/**
 * A Vega-Lite line chart of an indicator year by year: the observed values (a line with
 * points), the target (a point with its label, and a dashed rule at its value), the path
 * required to reach the target (dotted) and a projection (dashed). An observed value with
 * status `'B'` (the first after a break in the series) starts a new stretch of the observed
 * line, after a gap, and a grey rule marks the break with the label "Break in series"
 * (序列断点); values in another unit of the chart's measure are converted exactly. With
 * `observationsAre: 'scenario-base'` the values are labelled "Base year (scenario)"
 * (基年（情景）) instead of "Observed" (实际值): a scenario's starting value, not a figure that
 * happened.
 *
 * With `requiredPath: 'geometric'` the path runs from the observation of `baseYear` (default:
 * the last observed year before the target's year) to the target at the constant rate
 * `r = (target / base)^(1 / (T − y₀)) − 1`, computed exactly by {@link requiredPath}; the
 * subtitle states the rate. Values go into the chart as numbers (the nearest double of each
 * exact value); tooltips show them rounded for reading. The spec is plain JSON and the same
 * input always gives the same spec.
 *
 * @param input - `{ indicator: { id, name, unit }, observations, target?, baseYear?,
 *   requiredPath?, projection?, observationsAre? }`; every value in the indicator's unit, or with a `unit` of
 *   its measure.
 * @param options - `locale` (`'en'` default, or `'zh-CN'`), `width` (640), `height` (360),
 *   `title` (default: the indicator's name).
 * @returns A Vega-Lite spec (`$schema`, `description`, `data`, `layer`).
 * @throws {@link baotou-plan!PlanError} `INVALID_ARGUMENT` for empty observations, a year given twice,
 *   a bad year, comparator, locale, size or `observationsAre`, a base year without an observation or not before
 *   the target, `'geometric'` without a target; `DOMAIN` for a geometric path through a value
 *   that is not greater than 0; `INVALID_DECIMAL` for a value that is not a decimal;
 *   `UNKNOWN_UNIT` for a bad unit; `UNIT_MISMATCH` for a value in a unit of another measure.
 *
 * @example
 * ```ts
 * const spec = trajectoryChart(
 *   {
 *     indicator: { id: 'industrial-value-added', name: { en: 'industrial value added', zh: '工业增加值' }, unit: 'bn-yuan' },
 *     observations: [{ year: 2015, value: '120' }],
 *     target: { year: 2020, value: '240', comparator: 'atLeast' },
 *     requiredPath: 'geometric',
 *   },
 *   { locale: 'en' },
 * );
 * (spec.title as { subtitle: string }).subtitle; // → 'Required growth 14.87 % a year'
 * spec.description; // → 'Line chart of industrial value added (billion yuan), 2015–2020. Observed: 2015 120. Target 2020: ≥ 240. Required growth 14.87 % a year.'
 * // In a notebook: vegaEmbed('#chart', spec); in Node: await renderSvg(spec).
 * ```
 *
 * @category Charts
 */
export function trajectoryChart(input: TrajectoryInput, options?: ChartOptions): VegaLiteSpec {
  const style = readStyle(options, { width: 640, height: 360 });
  const words = WORDS[style.locale];
  const o = readObject(input, 'input');
  const ind = readObject(o.indicator, 'input.indicator');
  readText(ind.id, 'input.indicator.id');
  const name = localized(readLocalized(ind.name, 'input.indicator.name'), style.locale);
  const chartUnit = readUnit(ind.unit, 'input.indicator.unit');
  const unit = unitLabel(chartUnit, { locale: style.locale });
  const observations = readYearValues(o.observations, 'input.observations', 'observation', chartUnit);
  const observedWord =
    o.observationsAre === undefined || readChoice(o.observationsAre, 'input.observationsAre', OBSERVATIONS_ARE) === 'observed'
      ? words.observed
      : words.scenarioBase;
  const target = o.target === undefined ? undefined : readTarget(o.target, chartUnit);
  const projection =
    o.projection === undefined ? [] : readYearValues(o.projection, 'input.projection', 'projected value', chartUnit);

  let rateText: string | undefined;
  let path: readonly Point[] = [];
  if (o.requiredPath === 'geometric') {
    if (target === undefined) {
      throw argumentError('INVALID_ARGUMENT', 'input.requiredPath', messages.chartPathNeedsTarget('input.requiredPath'));
    }
    const base = baseObservation(observations, target.year, o.baseYear);
    positive(base.value, `${base.name}.value`);
    positive(target.value, 'input.target.value');
    path = requiredPath(base, target);
    const rate = cagr(base.value, target.value, target.year - base.year);
    rateText = formatDecimal(rate.times(100), { locale: style.locale, places: 2 });
  } else if (o.requiredPath !== undefined) {
    if (typeof o.requiredPath === 'string') {
      throw invalidArgument('input.requiredPath', "'geometric' or an array of { year, value }", o.requiredPath);
    }
    path = readYearValues(o.requiredPath, 'input.requiredPath', 'point', chartUnit);
  }

  const present: SeriesKey[] = ['observed'];
  if (path.length > 0) present.push('required');
  if (projection.length > 0) present.push('projection');
  const label = (key: SeriesKey): string =>
    key === 'observed' ? observedWord : key === 'required' ? words.requiredPath : words.projection;

  // A break in the series (status B) starts a new segment of the observed line: a gap.
  const breaks = observations.filter((p, i) => p.status === 'B' && i > 0).map((p) => p.year);
  const segmentOf = (year: Year): number => breaks.filter((b) => b <= year).length;
  const row = (key: SeriesKey) => (p: Point) => ({
    series: label(key),
    segment: key === 'observed' ? segmentOf(p.year) : 0,
    year: p.year,
    value: plotted(p.value),
    shown: shown(p.value, style.locale),
    exact: p.value.toFixed(),
  });
  const values = [
    ...observations.map(row('observed')),
    ...path.map(row('required')),
    ...projection.map(row('projection')),
  ];

  const years = [...observations, ...path, ...projection, ...(target === undefined ? [] : [target])].map((p) => p.year);
  const first = years.reduce((a, b) => Math.min(a, b));
  const last = years.reduce((a, b) => Math.max(a, b));

  const x = {
    field: 'year',
    type: 'quantitative',
    title: words.year,
    scale: { domain: [first, last], nice: false },
    axis: { format: 'd', tickMinStep: 1 },
  };
  const y = { field: 'value', type: 'quantitative', title: unit, scale: { zero: false } };
  const seriesScale = { domain: present.map(label), range: present.map((key) => STYLE[key].colour) };

  const layer: Record<string, unknown>[] = [
    {
      mark: { type: 'line', point: true },
      encoding: {
        x,
        y,
        color: { field: 'series', type: 'nominal', title: null, scale: seriesScale, legend: { orient: 'bottom', symbolType: 'stroke', symbolStrokeWidth: 2 } },
        detail: { field: 'segment', type: 'nominal' },
        strokeDash: {
          field: 'series',
          type: 'nominal',
          title: null,
          scale: { domain: present.map(label), range: present.map((key) => STYLE[key].dash) },
          legend: { orient: 'bottom', symbolType: 'stroke', symbolStrokeWidth: 2 },
        },
        tooltip: [
          { field: 'series', type: 'nominal', title: words.series },
          { field: 'year', type: 'quantitative', title: words.year, format: 'd' },
          { field: 'shown', type: 'nominal', title: `${words.value} (${unit})` },
        ],
      },
    },
  ];

  if (breaks.length > 0) {
    const breakData = { values: breaks.map((year) => ({ year, label: words.breakLabel })) };
    layer.push(
      {
        data: breakData,
        mark: { type: 'rule', color: COLOURS.grey, strokeDash: [2, 2] },
        encoding: {
          x: { field: 'year', type: 'quantitative' },
          tooltip: [
            { field: 'label', type: 'nominal', title: words.series },
            { field: 'year', type: 'quantitative', title: words.year, format: 'd' },
          ],
        },
      },
      {
        data: breakData,
        mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, dy: 4, y: 0, color: COLOURS.grey },
        encoding: { x: { field: 'year', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
      },
    );
  }

  let targetText: string | undefined;
  if (target !== undefined) {
    targetText = words.targetLabel(target.year, COMPARATOR_SYMBOLS[target.comparator], shown(target.value, style.locale));
    const targetData = {
      values: [{ year: target.year, value: plotted(target.value), label: targetText, exact: target.value.toFixed() }],
    };
    layer.push(
      {
        data: targetData,
        mark: { type: 'rule', color: COLOURS.vermillion, strokeDash: [4, 4], opacity: 0.6 },
        encoding: { y: { field: 'value', type: 'quantitative' } },
      },
      {
        data: targetData,
        mark: { type: 'point', shape: 'diamond', filled: true, size: 120, color: COLOURS.vermillion },
        encoding: {
          x: { field: 'year', type: 'quantitative' },
          y: { field: 'value', type: 'quantitative' },
          tooltip: [{ field: 'label', type: 'nominal', title: words.target }],
        },
      },
      {
        data: targetData,
        mark: { type: 'text', align: 'right', baseline: 'bottom', dx: -8, dy: -8, color: COLOURS.vermillion },
        encoding: {
          x: { field: 'year', type: 'quantitative' },
          y: { field: 'value', type: 'quantitative' },
          text: { field: 'label', type: 'nominal' },
        },
      },
    );
  }

  const zh = style.locale === 'zh-CN';
  const colon = zh ? '：' : ': ';
  const listed = (points: readonly Point[]): string =>
    points.map((p) => `${p.year} ${shown(p.value, style.locale)}`).join(zh ? '，' : '; ');
  const parts = [
    `${observedWord}${colon}${listed(observations)}`,
    ...breaks.map((year) => words.breakBefore(year)),
    ...(targetText === undefined ? [] : [targetText]),
    ...(rateText === undefined ? [] : [words.requiredRate(rateText)]),
    ...(projection.length === 0 ? [] : [`${words.projection}${colon}${listed(projection)}`]),
  ];
  const span = first === last ? `${first}` : `${first}–${last}`;
  const description =
    zh
      ? `${name}（${unit}）折线图，${span}。${parts.join('；')}。`
      : `Line chart of ${name} (${unit}), ${span}. ${parts.join('. ')}.`;

  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    title: {
      text: style.title ?? name,
      ...(rateText === undefined ? {} : { subtitle: words.requiredRate(rateText) }),
    },
    width: style.width,
    height: style.height,
    data: { values },
    layer,
  };
}

function readTarget(x: unknown, unit: Unit): Point & { readonly comparator: Comparator } {
  const t = readObject(x, 'input.target');
  const value = readDecimal(t.value, 'input.target.value');
  return {
    year: readYear(t.year, 'input.target.year'),
    value: t.unit === undefined ? value : valueIn(value, readUnit(t.unit, 'input.target.unit'), unit, 'input.target.unit', describeUnit(unit)),
    comparator: readChoice(t.comparator, 'input.target.comparator', COMPARATORS),
  };
}

/** The observation the required path starts from. */
function baseObservation(observations: readonly NamedYearValue[], targetYear: Year, baseYear: unknown): NamedYearValue {
  if (baseYear === undefined) {
    const before = observations.filter((p) => p.year < targetYear);
    const base = before[before.length - 1];
    if (base === undefined) {
      throw argumentError('INVALID_ARGUMENT', 'input.observations', messages.chartNoObservationBefore('input.observations', targetYear));
    }
    return base;
  }
  const year = readYear(baseYear, 'input.baseYear');
  if (year >= targetYear) {
    throw argumentError('INVALID_ARGUMENT', 'input.baseYear', messages.chartYearNotBefore('input.baseYear', year, targetYear), year);
  }
  const base = observations.find((p) => p.year === year);
  if (base === undefined) {
    throw argumentError('INVALID_ARGUMENT', 'input.baseYear', messages.chartNoObservation('input.baseYear', year, observations.map((p) => p.year)), year);
  }
  return base;
}
