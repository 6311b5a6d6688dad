/**
 * `baotou-plan project`: every indicator of the plan, year by year, under a scenario.
 *
 * @module
 */
import { CAVEAT_WORDS, formatDecimal, shift, unitLabel, UNITS } from '../../internal/library.js';
import type { Decimal } from '../../decimal.js';
import type { Plan } from '../../plan/types.js';
import type { Projection } from '../../scenario/types.js';
import type { UnitId } from '../../units/index.js';
import type { Locale } from '../../vocabulary.js';
import { TABLE_OPTIONS, formatOption, stringOption, type Command } from '../args.js';
import { PLAN_OPTION, SCENARIO_OPTION, observationsOption, planOf, projectionOf } from '../context.js';
import { translator } from '../language.js';
import { emit, nameIn, withUnit, words, type Field, type Section } from '../output.js';
import { displayPlaces } from '../places.js';
import { text } from '../text.js';

/** One projected indicator: its id, unit and values by year. */
interface Line {
  readonly id: string;
  readonly unit: UnitId;
  readonly values: Readonly<Record<number, Decimal>>;
}

/** One value of the tidy form (JSON, CSV). */
interface Tidy {
  readonly indicator: string;
  readonly year: number;
  readonly value: Decimal;
  readonly unit: UnitId;
}

/** Chinese readers count money in 亿元: the unit a line is shown in, for people. */
function shownUnit(unit: UnitId, locale: Locale): UnitId {
  return locale === 'zh-CN' && unit === 'bn-yuan' ? '100m-yuan' : unit;
}

/** A value for people, in the unit its line is shown in (an exact shift), rounded for reading. */
function shown(value: Decimal, unit: UnitId, locale: Locale): string {
  const v = shift(value, UNITS[unit].multiplier - UNITS[shownUnit(unit, locale)].multiplier);
  return formatDecimal(v, { locale, places: displayPlaces(unit) });
}

/** The wide table for people: one line per indicator, one column per year. */
function projectionTable(plan: Plan, projection: Projection, locale: Locale, say: (text: string) => string): Section<Line> {
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  const lines: Line[] = Object.keys(projection.indicators).map((id) => ({
    id,
    unit: projection.units[id] as UnitId,
    values: projection.indicators[id] as Readonly<Record<number, Decimal>>,
  }));
  const fields: Field<Line>[] = [
    {
      key: 'indicator',
      header: words('Indicator', '指标'),
      value: (l) => l.id,
      text: (l, locale) => withUnit(nameIn(names.get(l.id), locale) || l.id, unitLabel(shownUnit(l.unit, locale), { locale }), locale),
      minWidth: 16,
    },
    ...projection.years.map(
      (year): Field<Line> => ({
        key: String(year),
        header: words(String(year), String(year)),
        align: 'right',
        value: (l) => l.values[year] ?? null,
        text: (l, locale) => {
          const v = l.values[year];
          return v === undefined ? '–' : shown(v, l.unit, locale);
        },
      }),
    ),
  ];
  const caveats = (projection.caveats ?? []).map((c, i) => text.note(i + 1, CAVEAT_WORDS[c.code][locale], say(c.message), locale));
  return { key: 'projection', fields, rows: lines, notes: [...projection.notes.map(say), ...(caveats.length === 0 ? [] : ['', ...caveats])] };
}

/** The tidy form: one row per indicator and year. */
function projectionRows(projection: Projection): Section<Tidy> {
  const rows: Tidy[] = [];
  for (const [id, values] of Object.entries(projection.indicators)) {
    for (const year of projection.years) {
      const value = (values as Readonly<Record<number, Decimal>>)[year];
      if (value !== undefined) rows.push({ indicator: id, year, value, unit: projection.units[id] as UnitId });
    }
  }
  return {
    key: 'projection',
    rows,
    fields: [
      { key: 'scenario', header: words('Scenario', '情景'), value: () => projection.scenarioId },
      { key: 'indicator', header: words('Indicator', '指标'), value: (r) => r.indicator },
      { key: 'year', header: words('Year', '年份'), value: (r) => r.year },
      { key: 'value', header: words('Value', '数值'), value: (r) => r.value },
      { key: 'unit', header: words('Unit', '单位'), value: (r) => r.unit },
      { key: 'prices', header: words('Prices', '价格'), value: () => projection.prices },
    ],
  };
}

/**
 * `baotou-plan project`: its help, its options, and what it runs.
 *
 * @example
 * ```ts
 * // the tidy projection as CSV
 * let out = '';
 * const io = { stdout: (text: string) => { out += text; } };
 * await command.run({ io, args: { values: { format: 'csv' }, positionals: [] }, locale: 'en', width: 80 } as never); // → 0
 * out.split('\r\n')[0]; // → 'scenario,indicator,year,value,unit,prices'
 * ```
 */
export const command: Command = {
  run: async (context) => {
    const chosen = await planOf(context);
    const prices = stringOption(context.args, 'prices') as 'current' | 'comparable' | undefined;
    const projection = await projectionOf(context, chosen, prices === undefined ? {} : { prices });
    const format = formatOption(context.args, 'table');
    const section =
      format === 'table' || format === 'md'
        ? projectionTable(chosen.plan, projection, context.locale, await translator(context.locale))
        : projectionRows(projection);
    emit(context, format, [section], { command: 'project' });
    return 0;
  },
  usage: '[--plan name|file.json] [--scenario name|file.json] [--observations file] [--prices current|comparable] [options]',
  description: [
    {
      en: "Projects the plan under a scenario: each driven series grows from its base-year level as the scenario says, and shares, intensities and growth rates are derived from them, exactly, for every year from the base year to the horizon. The default scenario is derived from the plan: the trend of its reported figures (or of --observations), or its own path where the library has none (said on stderr).",
      'zh-CN':
        '按某一情景预测规划：每个被驱动的序列从基期水平按情景增长，占比、强度和增长率由它们精确推算，覆盖从基期到预测终点的每一年。默认情景由规划推导：延续其公布数据（或 --observations）的趋势；本库没有其数据时按规划自身路径（在标准错误上说明）。',
    },
    {
      en: "The table shows one line per indicator and one column per year, rounded for reading (Chinese: money in 亿元), with the scenario's caveats as numbered notes under it. --format json and csv give the tidy form, one row per indicator and year, with exact values.",
      'zh-CN': '表格每个指标一行、每年一列，为便于阅读而舍入（中文：金额以亿元计），表下为情景注意事项的编号注释。--format json 和 csv 给出整洁形式，每个指标每年一行，数值精确。',
    },
  ],
  options: {
    ...SCENARIO_OPTION,
    ...observationsOption('figures whose trend the reported-trend scenario continues, .csv or .json', 'reported-trend 情景所延续其趋势的数据，.csv 或 .json'),
    prices: {
      type: 'string',
      value: '<prices>',
      description: { en: "current (default) or comparable: money divided by the scenario's deflator", 'zh-CN': 'current（默认，现价）或 comparable（可比价：金额除以情景的平减指数）' },
      choices: ['current', 'comparable'],
    },
    ...PLAN_OPTION, ...TABLE_OPTIONS,
  },
  examples: [
    ['baotou-plan project --scenario my-scenario.json', { en: 'project a scenario of your own', 'zh-CN': '预测您自己的情景' }],
    ['baotou-plan project --format csv > projection.csv', { en: 'the default scenario, tidy, exact', 'zh-CN': '默认情景，整洁表，精确值' }],
    ['baotou-plan project --plan my-plan.json --observations my-figures.csv', { en: 'the trend of your figures for your plan', 'zh-CN': '延续您的数据的趋势预测您的规划' }],
  ],
};
