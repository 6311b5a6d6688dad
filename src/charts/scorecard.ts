/**
 * The scorecard chart: the attainment of each target as a bar, coloured by verdict.
 *
 * @module
 */
import type { Decimal } from '../decimal.js';
import { argumentError, invalidArgument } from '../errors.js';
import { localized } from '../format/labels.js';
import { unitLabel } from '../format/unitLabel.js';
import { messages } from '../messages.js';
import { hasOwn, isObject, readArray, readNullableDecimal, readObject, readText, readYear } from '../read.js';
import { readUnit } from '../units/index.js';
import { SCORECARD_STATUS_WORDS, type ScorecardStatus } from '../vocabulary.js';
import { readLocalized, readStyle } from './_lib/checks.js';
import { percent, plotted, shown } from './_lib/numbers.js';
import { COLOURS } from './_lib/palette.js';
import { WORDS } from './_lib/words.js';
import { VEGA_LITE_SCHEMA, type ChartOptions, type ScorecardChartRow, type VegaLiteSpec } from './types.js';

/** Height of one bar's band when `height` is not given, in pixels. */
const STEP = 28;

/**
 * A Vega-Lite bar chart of a scorecard: one horizontal bar a target, its length the
 * attainment in percent (`attainment × 100`), a rule at 100 %, coloured by verdict — met
 * (blue), not met (vermillion), not judged (grey; pending or without a value) — from the
 * Okabe–Ito palette, which stays distinct with the common forms of colour blindness.
 * Each bar carries its percentage; the tooltip adds the indicator, year, value and gap.
 * A row without an attainment keeps its place on the axis, with a note instead of a bar.
 *
 * Rows stay in the given order. The rows of `scorecard(plan, projection)` can be passed as
 * they are.
 *
 * @param rows - `{ targetId, indicatorId, label?, year, value, attainment, met, gap?,
 *   unit?, status? }[]`, at least one, each target once; `attainment` as a ratio (1 = 100 %).
 * @param options - `locale` (`'en'` default, or `'zh-CN'`), `width` (480), `height`
 *   (default 28 pixels a row), `title`.
 * @returns A Vega-Lite spec (`$schema`, `description`, `data`, `layer`).
 * @throws {@link baotou-plan!PlanError} `INVALID_ARGUMENT` for an empty list, a target given twice, a bad
 *   year, `met`, label, locale or size; `INVALID_DECIMAL` for a value that is not a decimal;
 *   `UNKNOWN_UNIT` for a bad unit.
 *
 * @example
 * ```ts
 * const spec = scorecardChart([
 *   { targetId: 'iva-2020', indicatorId: 'iva', label: 'Industrial value added 2020', year: 2020,
 *     value: '176.32', attainment: '0.7347', met: false, gap: '-63.68', unit: 'bn-yuan' },
 *   { targetId: 'sei-share-2020', indicatorId: 'sei-share', year: 2020,
 *     value: '26', attainment: '1.04', met: true },
 * ]);
 * // Or straight from a scenario: scorecardChart(scorecard(baotou13, project(baotou13, scenario)))
 * ```
 *
 * @category Charts
 */
export function scorecardChart(rows: readonly ScorecardChartRow[], options?: ChartOptions): VegaLiteSpec {
  const list = readArray(rows, 'rows', 'row');
  const style = readStyle(options, { width: 480, height: STEP * list.length });
  const explicitHeight = (options as ChartOptions | undefined)?.height !== undefined; // read safely by readStyle
  const words = WORDS[style.locale];
  const seen = new Map<string, number>();
  const labels = new Map<string, number>();

  const values = list.map((item, index) => {
    const at = `rows[${index}]`;
    const r = readObject(item, at);
    const targetId = readText(r.targetId, `${at}.targetId`);
    const first = seen.get(targetId);
    if (first !== undefined) {
      const name = `${at}.targetId`;
      throw argumentError('INVALID_ARGUMENT', name, messages.chartDuplicateId(name, targetId, `rows[${first}]`), targetId);
    }
    seen.set(targetId, index);
    const indicatorId = readText(r.indicatorId, `${at}.indicatorId`);
    const year = readYear(r.year, `${at}.year`);
    const value = readNullableDecimal(r.value, `${at}.value`);
    const attainment = readNullableDecimal(r.attainment, `${at}.attainment`);
    const gap = readNullableDecimal(r.gap, `${at}.gap`);
    const met = r.met === undefined ? null : r.met;
    if (met !== null && typeof met !== 'boolean') throw invalidArgument(`${at}.met`, 'true, false or null', met);
    const unit = r.unit === undefined ? undefined : unitLabel(readUnit(r.unit, `${at}.unit`), { locale: style.locale });
    const code = r.status === undefined ? undefined : readText(r.status, `${at}.status`);
    const status =
      code === undefined ? undefined : hasOwn(SCORECARD_STATUS_WORDS, code) ? SCORECARD_STATUS_WORDS[code as ScorecardStatus][style.locale] : code;
    let label =
      r.label === undefined
        ? targetId
        : typeof r.label === 'string'
          ? readText(r.label, `${at}.label`)
          : localized(readLocalized(r.label, `${at}.label`), style.locale);
    // Two rows with one label would share a bar: tell them apart by their target ids.
    if (labels.has(label)) label = `${label} (${targetId})`;
    labels.set(label, index);

    const verdict = met === true ? words.met : met === false ? words.notMet : words.notJudged;
    const withUnit = (x: Decimal | null): string =>
      x === null ? '—' : unit === undefined ? shown(x, style.locale) : `${shown(x, style.locale)} ${unit}`;
    return {
      label,
      targetId,
      indicatorId,
      year,
      attainment: attainment === null ? null : plotted(attainment.times(100)),
      attainmentShown: attainment === null ? '—' : percent(attainment, style.locale),
      value: withUnit(value),
      gap: withUnit(gap),
      verdict,
      status: status ?? verdict,
      note: attainment === null ? `${verdict}${status === undefined ? '' : words.aside(status)}` : null,
    };
  });

  const order = values.map((v) => v.label);
  const y = { field: 'label', type: 'nominal', title: null, sort: order, scale: { domain: order }, axis: { labelLimit: 360 } };
  const tooltip = [
    { field: 'label', type: 'nominal', title: words.target },
    { field: 'indicatorId', type: 'nominal', title: words.indicator },
    { field: 'year', type: 'quantitative', title: words.year, format: 'd' },
    { field: 'value', type: 'nominal', title: words.value },
    { field: 'attainmentShown', type: 'nominal', title: words.attainment },
    { field: 'gap', type: 'nominal', title: words.gap },
    { field: 'status', type: 'nominal', title: words.status },
  ];
  const verdicts = [words.met, words.notMet, words.notJudged];

  const summary = values
    .map((v) => `${v.label} ${v.attainmentShown === '—' ? v.verdict : `${v.attainmentShown}, ${v.verdict}`}`)
    .join('; ');
  const metCount = values.filter((v) => v.verdict === words.met).length;
  const description =
    style.locale === 'zh-CN'
      ? `目标完成程度条形图：${values.length}个目标，${metCount}个已实现，以100%为线。${summary}。`
      : `Bar chart of attainment by target: ${values.length} targets, ${metCount} met, with a rule at 100 %. ${summary}.`;

  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    title: { text: style.title ?? words.scorecardTitle },
    width: style.width,
    height: explicitHeight ? style.height : { step: STEP },
    data: { values },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.7 } },
        transform: [{ filter: 'isValid(datum.attainment)' }],
        encoding: {
          x: { field: 'attainment', type: 'quantitative', title: words.attainment },
          y,
          color: {
            field: 'verdict',
            type: 'nominal',
            title: null,
            scale: { domain: verdicts, range: [COLOURS.blue, COLOURS.vermillion, COLOURS.grey] },
            legend: { orient: 'bottom' },
          },
          tooltip,
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 },
        transform: [{ filter: 'isValid(datum.attainment)' }],
        encoding: {
          x: { field: 'attainment', type: 'quantitative' },
          y,
          text: { field: 'attainmentShown', type: 'nominal' },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, color: COLOURS.grey, fontStyle: 'italic' },
        transform: [{ filter: '!isValid(datum.attainment)' }],
        encoding: { x: { value: 0 }, y, text: { field: 'note', type: 'nominal' }, tooltip },
      },
      {
        data: { values: [{ attainment: 100 }] },
        mark: { type: 'rule', color: COLOURS.black, strokeDash: [4, 2] },
        encoding: { x: { field: 'attainment', type: 'quantitative' } },
      },
    ],
  };
}
