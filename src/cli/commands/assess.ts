/**
 * `baotou-plan assess`: progress towards each target of the plan from observations, by the
 * Open SDG, UN Progress Chart and time-progress methods.
 *
 * @module
 */
import { baotouReported } from '../../data/baotou13/index.js';
import type { Decimal } from '../../decimal.js';
import type { Observation, Plan, Target } from '../../plan/types.js';
import { PROGRESS_METHODS, assessProgress } from '../../progress/assess.js';
import type { ProgressMethod, ProgressResult, SeriesPoint } from '../../progress/types.js';
import { UNITS, convert, quantity, type UnitId } from '../../units/index.js';
import { TABLE_OPTIONS, stringOption, type CommandSpec, type Lang, type TableFormat } from '../args.js';
import { PLAN_OPTION, planOf, readObservationsFile } from '../context.js';
import { emit, h, nameIn, num, type Field, type Section } from '../output.js';
import { text } from '../text.js';
import { goalText } from './plan.js';

/** One assessment: a target, a method, and the verdict. */
export interface Assessment {
  readonly target: Target;
  readonly method: ProgressMethod;
  readonly result: ProgressResult;
}

/** Statuses that say a target is behind (for `--fail-on-unmet`). */
const BEHIND: readonly string[] = [
  'progress_needs_acceleration',
  'limited_progress',
  'deterioration',
  'fair_progress',
  'limited_or_regression',
  'lagging',
];

/** The value of an observation in the target's unit (converted exactly), or `undefined` if it cannot be. */
function inTargetUnit(o: Observation, target: Target, indicatorUnit: UnitId): Decimal | undefined {
  const from = o.unit ?? indicatorUnit;
  if (from === target.unit) return o.value;
  if (UNITS[from].measure !== UNITS[target.unit].measure) return undefined;
  return convert(quantity(o.value, from), target.unit as never).value;
}

/** The series of a target's indicator, in the target's unit. */
function seriesOf(plan: Plan, target: Target, observations: readonly Observation[]): SeriesPoint[] {
  const indicator = plan.indicators.find((i) => i.id === target.indicator);
  const unit = indicator?.unit ?? target.unit;
  const points: SeriesPoint[] = [];
  const seen = new Set<number>();
  for (const o of observations) {
    if (o.indicator !== target.indicator) continue;
    const year = o.year ?? o.period?.start;
    if (year === undefined || seen.has(year)) continue; // the first observation of a year counts
    const value = inTargetUnit(o, target, unit);
    if (value === undefined) continue;
    seen.add(year);
    points.push({ year, value });
  }
  return points;
}

/** Assess every target with observations, by each method asked for. */
export function assessAll(plan: Plan, observations: readonly Observation[], methods: readonly ProgressMethod[]): Assessment[] {
  const out: Assessment[] = [];
  for (const target of plan.targets) {
    const series = seriesOf(plan, target, observations);
    if (series.length === 0) continue;
    const indicator = plan.indicators.find((i) => i.id === target.indicator);
    const isRate = target.unit === 'percent-per-annum' || indicator?.kind === 'growth';
    const baseYear = target.period?.start !== undefined && isRate ? target.period.start - 1 : plan.baseYear;
    const base = series.find((p) => p.year === baseYear)?.value;
    const direction =
      indicator?.direction === 'decrease' ||
      (indicator?.direction === 'target' && base !== undefined && base !== null && target.value.lt(base as Decimal))
        ? 'decrease'
        : 'increase';
    const common = { baseYear, targetYear: target.year, direction, target: target.value } as const;
    for (const method of methods) {
      if (isRate && method !== 'unsd') continue; // a series of rates: only the UN method reads it as such
      const result =
        method === 'unsd'
          ? assessProgress(series, { method, ...common, isGrowthRate: isRate })
          : assessProgress(series, { method, ...common });
      out.push({ target, method, result });
    }
  }
  return out;
}

/** What a method compares with its thresholds: R, the score, or the ratio of task to time. */
function measureOf(r: ProgressResult): Decimal | null {
  switch (r.method) {
    case 'opensdg':
      return r.progressValue;
    case 'unsd':
      return r.score;
    case 'time-progress':
      return r.ratio;
  }
}

function fields(plan: Plan): Field<Assessment>[] {
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  return [
    { key: 'targetId', header: h('Target', '目标'), value: (a) => a.target.id, machineOnly: true },
    {
      key: 'indicatorId',
      header: h('Indicator', '指标'),
      value: (a) => a.target.indicator,
      text: (a, lang) => `${nameIn(names.get(a.target.indicator), lang) || a.target.indicator} ${goalText(a.target, lang)} (${a.target.year})`,
      minWidth: 16,
    },
    { key: 'method', header: h('Method', '方法'), value: (a) => a.method },
    { key: 'status', header: h('Status', '状态'), value: (a) => a.result.status, text: (a, lang: Lang) => nameIn(a.result.label, lang), minWidth: 12 },
    { key: 'measure', header: h('Measure', '测度'), value: (a) => measureOf(a.result), text: (a, lang) => num(measureOf(a.result), lang, 4), align: 'right' },
    { key: 'baseYear', header: h('Base year', '基期'), value: (a) => a.result.baseYear, machineOnly: true },
    { key: 'baseValue', header: h('Base value', '基期值'), value: (a) => a.result.baseValue, machineOnly: true },
    { key: 'currentYear', header: h('Current year', '当前年份'), value: (a) => a.result.currentYear, machineOnly: true },
    { key: 'currentValue', header: h('Current value', '当前值'), value: (a) => a.result.currentValue, machineOnly: true },
    { key: 'targetValue', header: h('Target value', '目标值'), value: (a) => a.result.target, machineOnly: true },
    { key: 'reason', header: h('Reason', '原因'), value: (a) => a.result.reason, machineOnly: true },
    { key: 'summary', header: h('Summary', '说明'), value: (a) => a.result.explanation.summary, machineOnly: true },
  ];
}

/** `baotou-plan assess`. */
export const assessCommand: CommandSpec = {
  name: 'assess',
  summary: 'progress towards each target from observations, by three methods',
  usage: '[--observations file.csv|file.json] [--method opensdg|unsd|time-progress] [options]',
  description: [
    'Reads observations (a tidy CSV or a JSON list, as "baotou-plan validate" checks them; by default the figures reported for Baotou) and assesses every target whose indicator has observations: by Open SDG (observed ÷ required growth), by the UN Progress Chart (the trend projected to the target year) and by time progress (时间过半、任务过半). Without --method all three are shown side by side. The base year is the plan\'s; series of growth rates are assessed by the UN method only.',
    '--format json gives every input and intermediate value of each verdict.',
  ],
  options: {
    observations: {
      type: 'string',
      value: '<file>',
      description: 'the observations, .csv or .json (default: the embedded figures reported for Baotou, 2012–2021)',
    },
    method: {
      type: 'string',
      value: '<method>',
      description: 'opensdg, unsd or time-progress (default: all three)',
      choices: PROGRESS_METHODS,
    },
    'fail-on-unmet': { type: 'boolean', description: 'exit with 1 when any target is behind by any method' },
    ...PLAN_OPTION,
    ...TABLE_OPTIONS,
  },
  positionals: [],
  examples: [
    ['baotou-plan assess --observations observations.csv', 'all three methods, side by side'],
    ['baotou-plan assess --observations obs.json --method time-progress --lang zh', 'the Chinese mid-term rule, in Chinese'],
  ],
  run: async (context) => {
    const path = stringOption(context.args, 'observations');
    const plan = await planOf(context);
    const observations = path === undefined ? baotouReported : await readObservationsFile(context.io, path);
    const method = stringOption(context.args, 'method') as ProgressMethod | undefined;
    const assessments = assessAll(plan, observations, method === undefined ? PROGRESS_METHODS : [method]);
    const known = new Set(plan.indicators.map((i) => i.id));
    const unknown = [...new Set(observations.map((o) => o.indicator).filter((id) => !known.has(id)))];
    if (path !== undefined && unknown.length > 0) context.io.stderr(`${text.notAssessedUnknown(unknown)}\n`);
    const format = (stringOption(context.args, 'format') ?? 'table') as TableFormat;
    const section: Section<Assessment> = { key: 'assessments', fields: fields(plan), rows: assessments };
    const json = assessments.map((a) => ({ targetId: a.target.id, indicatorId: a.target.indicator, ...a.result }));
    emit(context, format, [section], { command: 'assess', json });
    const behind = assessments.filter((a) => BEHIND.includes(a.result.status)).length;
    if (context.args.values['fail-on-unmet'] === true && behind > 0) {
      context.io.stderr(`${text.behind(behind)}\n`);
      return 1;
    }
    return 0;
  },
};
