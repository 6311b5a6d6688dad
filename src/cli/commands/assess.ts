/**
 * `baotou-plan assess`: progress towards each target of the plan from observations, by the
 * Open SDG, UN Progress Chart and time-progress methods.
 *
 * @module
 */
import { argumentError, assessProgress, indexObservations, messages, PROGRESS_METHODS, PROGRESS_STATUS_WORDS, readObservations, readPlan } from '../../internal/library.js';
import type { Decimal } from '../../decimal.js';
import type { Observation, Plan, Target } from '../../plan/types.js';
import type { ProgressResult, SeriesPoint } from '../../progress/types.js';
import type { Reading } from '../../scenario/observations.js';
import type { Observed } from '../../scenario/observed.js';
import type { ProgressMethod, ProgressStatus } from '../../vocabulary.js';
import { TABLE_OPTIONS, formatOption, stringOption, usageError, type Command } from '../args.js';
import { PLAN_OPTION, happenedOf, observationsOption, planOf } from '../context.js';
import { emit, failOnUnmet, goal, nameIn, num, words, type Field, type Section } from '../output.js';
import { METHOD_WORDS, text } from '../text.js';

/** One assessment: a target, a method, and the verdict. */
interface Assessment {
  readonly target: Target;
  readonly method: ProgressMethod;
  readonly result: ProgressResult;
}

/** Statuses that say a target is behind (for `--fail-on-unmet`). */
const BEHIND: readonly ProgressStatus[] = [
  'progress_needs_acceleration',
  'limited_progress',
  'deterioration',
  'fair_progress',
  'limited_or_regression',
  'lagging',
];

/**
 * The series of a target's indicator: for each year the figure that counts (as the scorecard
 * chooses it among several), in the indicator's unit, with its status; a figure for part of
 * a year where the year has none (the methods skip it and say so); no averages over spans.
 */
function seriesOf(observed: Observed, target: Target): SeriesPoint[] {
  const readings = observed.of(target.indicator).filter((r) => r.start === r.end);
  const years = new Set<number>();
  const points: SeriesPoint[] = [];
  const push = (r: Reading): void => {
    years.add(r.start);
    const when = r.period === null ? { year: r.start } : { period: r.period };
    points.push({ ...when, value: r.value, unit: r.node.unitId, ...(r.status === undefined ? {} : { status: r.status }) });
  };
  for (const r of readings) if (!r.partial && !years.has(r.start)) push(observed.annual(target.indicator, r.start)?.reading ?? r);
  for (const r of readings) if (r.partial && !years.has(r.start)) push(r);
  return points;
}

/** Assess every target with observations, by each method asked for. */
function assessAll(plan: Plan, observations: readonly Observation[], methods: readonly ProgressMethod[]): Assessment[] {
  const out: Assessment[] = [];
  const model = readPlan(plan);
  const observed = indexObservations(readObservations(observations, model, 'observations'), model);
  for (const target of plan.targets) {
    const series = seriesOf(observed, target);
    if (series.length === 0) continue;
    const indicator = plan.indicators.find((i) => i.id === target.indicator);
    const isRate = target.unit === 'percent-per-annum' || indicator?.kind === 'growth';
    const baseYear = target.period?.start !== undefined && isRate ? target.period.start - 1 : plan.baseYear;
    const base = observed.annual(target.indicator, baseYear)?.reading.value;
    const direction =
      indicator?.direction === 'decrease' ||
      (indicator?.direction === 'target' && base !== undefined && base !== null && target.value.lt(base as Decimal))
        ? 'decrease'
        : 'increase';
    const common = { baseYear, targetYear: target.year, direction, target: { value: target.value, unit: target.unit } } as const;
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
    { key: 'targetId', header: words('Target', '目标'), value: (a) => a.target.id, machineOnly: true },
    {
      key: 'indicatorId',
      header: words('Indicator', '指标'),
      value: (a) => a.target.indicator,
      text: ({ target: t }, locale) =>
        `${nameIn(names.get(t.indicator), locale) || t.indicator} ${goal(t.comparator, t.value, t.unit, locale, t.form)}${locale === 'en' ? ` (${t.year})` : `（${t.year}）`}`,
      minWidth: 16,
    },
    { key: 'method', header: words('Method', '方法'), value: (a) => a.method, text: (a, locale) => METHOD_WORDS[a.method][locale], minWidth: 10 },
    {
      key: 'status',
      header: words('Status', '状态'),
      value: (a) => a.result.status,
      text: (a, locale) => PROGRESS_STATUS_WORDS[a.result.status][locale],
      minWidth: 12,
    },
    {
      key: 'measure',
      header: words('Measure', '测度'),
      value: (a) => measureOf(a.result),
      text: (a, locale) => num(measureOf(a.result), locale, 4),
      align: 'right',
    },
    { key: 'baseYear', header: words('Base year', '基期'), value: (a) => a.result.baseYear, machineOnly: true },
    { key: 'baseValue', header: words('Base value', '基期值'), value: (a) => a.result.baseValue, machineOnly: true },
    { key: 'currentYear', header: words('Current year', '当前年份'), value: (a) => a.result.currentYear, machineOnly: true },
    { key: 'currentValue', header: words('Current value', '当前值'), value: (a) => a.result.currentValue, machineOnly: true },
    { key: 'targetValue', header: words('Target value', '目标值'), value: (a) => a.result.target, machineOnly: true },
    { key: 'reason', header: words('Reason', '原因'), value: (a) => a.result.reason, machineOnly: true },
    { key: 'summary', header: words('Summary', '说明'), value: (a) => a.result.explanation.summary, machineOnly: true },
  ];
}

/**
 * `baotou-plan assess`: its help, its options, and what it runs.
 *
 * @example
 * ```ts
 * // the Open SDG verdicts on the reported figures, as JSON
 * let out = '';
 * const io = { stdout: (text: string) => { out += text; } };
 * await command.run({ io, args: { values: { method: 'opensdg', format: 'json' }, positionals: [] }, locale: 'en', width: 80 } as never); // → 0
 * JSON.parse(out).every((a: { method: string }) => a.method === 'opensdg'); // → true
 * ```
 */
export const command: Command = {
  run: async (context) => {
    const chosen = await planOf(context);
    const { plan } = chosen;
    const happened = await happenedOf(context, chosen);
    if (happened === undefined) throw usageError(messages.cliNothingToJudge(plan.id, false), 'assess');
    const method = stringOption(context.args, 'method') as ProgressMethod | undefined;
    const assessments = assessAll(plan, happened.observations, method === undefined ? PROGRESS_METHODS : [method]);
    if (assessments.length === 0) {
      // Nothing to show is never a silent success: say which indicators have no figures.
      const indicators = [...new Set(plan.targets.map((t) => t.indicator))];
      const path = stringOption(context.args, 'observations');
      throw argumentError('NOT_FOUND', path === undefined ? '--plan' : '--observations', messages.cliNothingAssessed(plan.id, path, indicators));
    }
    const section: Section<Assessment> = { key: 'assessments', fields: fields(plan), rows: assessments };
    const json = assessments.map((a) => ({ targetId: a.target.id, indicatorId: a.target.indicator, ...a.result }));
    emit(context, formatOption(context.args, 'table'), [section], { command: 'assess', json });
    return failOnUnmet(context, assessments.filter((a) => BEHIND.includes(a.result.status)).length, text.behind);
  },
  usage: '[--plan name|file.json] [--observations file.csv|file.json] [--method opensdg|unsd|time-progress] [options]',
  description: [
    {
      en: "Reads observations (a tidy CSV or a JSON list, as 'baotou-plan validate' checks them; by default the figures the library has for the plan) and assesses every target whose indicator has observations: by Open SDG (observed ÷ required growth), by the UN Progress Chart (the trend projected to the target year) and by time progress (时间过半、任务过半). Without --method all three are shown side by side. The base year is the plan's; series of growth rates are assessed by the UN method only. An observation of an indicator the plan does not have is an error; so is a plan none of whose targets has observations.",
      'zh-CN':
        '读取观测数据（整洁 CSV 或 JSON 列表，与 baotou-plan validate 的检查相同；默认为本库所存该规划的数据），评估每个其指标有观测数据的目标：Open SDG 方法（实际增速 ÷ 所需增速）、联合国进展图方法（把趋势外推到目标年份）和“时间过半、任务过半”方法。不给 --method 时三种方法并列显示。基期为规划的基期；增长率序列只用联合国方法评估。观测数据中有规划没有的指标，或规划的目标都没有观测数据，均为错误。',
    },
    { en: '--format json gives every input and intermediate value of each verdict.', 'zh-CN': '--format json 给出每个结论的全部输入和中间值。' },
  ],
  options: {
    ...observationsOption(
      "the observations, .csv or .json (default: the library's figures for the plan: for baotou13 those reported for Baotou, 2012–2021)",
      '观测数据，.csv 或 .json（默认：本库所存该规划的数据；baotou13 为包头市 2012–2021 年公布数据）',
    ),
    method: {
      type: 'string',
      value: '<method>',
      description: { en: 'opensdg, unsd or time-progress (default: all three)', 'zh-CN': 'opensdg、unsd 或 time-progress（默认：三种都用）' },
      choices: PROGRESS_METHODS,
    },
    'fail-on-unmet': {
      type: 'boolean',
      description: { en: 'exit with 1 when any target is behind by any method', 'zh-CN': '任一方法认为有目标进度落后时以 1 退出' },
    },
    ...PLAN_OPTION, ...TABLE_OPTIONS,
  },
  examples: [
    ['baotou-plan assess --observations observations.csv', { en: 'all three methods, side by side', 'zh-CN': '三种方法并列' }],
    [
      'baotou-plan assess --observations obs.csv --method time-progress --lang zh',
      { en: 'the Chinese mid-term rule, in Chinese', 'zh-CN': '“时间过半、任务过半”方法，用中文' },
    ],
    ['baotou-plan assess --plan china13 --method unsd', { en: 'the national targets by the UN method', 'zh-CN': '用联合国方法评估全国规划目标' }],
  ],
};
