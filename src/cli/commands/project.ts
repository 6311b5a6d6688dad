/**
 * `baotou-plan project`: every indicator of the plan, year by year, under a scenario.
 *
 * @module
 */
import type { Decimal } from '../../decimal.js';
import { formatDecimal } from '../../format/number.js';
import { unitLabel } from '../../format/unitLabel.js';
import type { Plan } from '../../plan/types.js';
import type { Projection } from '../../scenario/types.js';
import { UNITS, convert, quantity, type UnitId } from '../../units/index.js';
import { TABLE_OPTIONS, stringOption, type CommandSpec, type Lang, type TableFormat } from '../args.js';
import { PLAN_OPTION, SCENARIO_OPTION, planOf, projectionOf } from '../context.js';
import { emit, h, localeOf, nameIn, withUnit, type Field, type Section } from '../output.js';
import { displayPlaces } from '../places.js';

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
function shownUnit(unit: UnitId, lang: Lang): UnitId {
  return lang === 'zh' && UNITS[unit].measure === 'yuan' && unit === 'bn-yuan' ? '100m-yuan' : unit;
}

function shown(value: Decimal, unit: UnitId, lang: Lang): string {
  const target = shownUnit(unit, lang);
  const v = target === unit ? value : convert(quantity(value, unit), target as never).value;
  return formatDecimal(v, { locale: localeOf(lang), places: displayPlaces(unit) });
}

/** The wide table for people: one line per indicator, one column per year. */
export function projectionTable(plan: Plan, projection: Projection): Section<Line> {
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  const lines: Line[] = Object.keys(projection.indicators).map((id) => ({
    id,
    unit: projection.units[id] as UnitId,
    values: projection.indicators[id] as Readonly<Record<number, Decimal>>,
  }));
  const fields: Field<Line>[] = [
    {
      key: 'indicator',
      header: h('Indicator', '指标'),
      value: (l) => l.id,
      text: (l, lang) => withUnit(nameIn(names.get(l.id), lang) || l.id, unitLabel(shownUnit(l.unit, lang), { locale: localeOf(lang) }), lang),
      minWidth: 16,
    },
    ...projection.years.map(
      (year): Field<Line> => ({
        key: String(year),
        header: h(String(year), String(year)),
        align: 'right',
        value: (l) => l.values[year] ?? null,
        text: (l, lang) => {
          const v = l.values[year];
          return v === undefined ? '–' : shown(v, l.unit, lang);
        },
      }),
    ),
  ];
  return { key: 'projection', fields, rows: lines, notes: projection.notes };
}

/** The tidy form: one row per indicator and year. */
export function projectionRows(projection: Projection): Section<Tidy> {
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
      { key: 'scenario', header: h('Scenario', '情景'), value: () => projection.scenarioId },
      { key: 'indicator', header: h('Indicator', '指标'), value: (r) => r.indicator },
      { key: 'year', header: h('Year', '年份'), value: (r) => r.year },
      { key: 'value', header: h('Value', '数值'), value: (r) => r.value },
      { key: 'unit', header: h('Unit', '单位'), value: (r) => r.unit },
      { key: 'prices', header: h('Prices', '价格'), value: () => projection.prices },
    ],
  };
}

/** `baotou-plan project`. */
export const projectCommand: CommandSpec = {
  name: 'project',
  summary: 'every indicator, year by year, under a scenario',
  usage: '[--scenario file.json] [--prices current|comparable] [options]',
  description: [
    'Projects the plan under a scenario: each driven series grows from its base-year level as the scenario says, and shares, intensities and growth rates are derived from them, exactly, for every year from the base year to the horizon.',
    'The table shows one line per indicator and one column per year, rounded for reading (Chinese: money in 亿元). --format json and csv give the tidy form, one row per indicator and year, with exact values.',
  ],
  options: {
    ...SCENARIO_OPTION,
    prices: {
      type: 'string',
      value: '<prices>',
      description: "current (default) or comparable: money divided by the scenario's deflator",
      choices: ['current', 'comparable'],
    },
    ...PLAN_OPTION,
    ...TABLE_OPTIONS,
  },
  positionals: [],
  examples: [
    ['baotou-plan project --scenario my-scenario.json', 'project a scenario of your own'],
    ['baotou-plan project --format csv > projection.csv', 'the default scenario, tidy, exact'],
  ],
  run: async (context) => {
    const plan = await planOf(context);
    const prices = stringOption(context.args, 'prices') as 'current' | 'comparable' | undefined;
    const projection = await projectionOf(context, plan, prices === undefined ? {} : { prices });
    const format = (stringOption(context.args, 'format') ?? 'table') as TableFormat;
    const section = format === 'table' || format === 'md' ? projectionTable(plan, projection) : projectionRows(projection);
    emit(context, format, [section], { command: 'project' });
    return 0;
  },
};
