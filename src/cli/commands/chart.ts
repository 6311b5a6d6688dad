/**
 * `baotou-plan chart <kind>`: a Vega-Lite chart of the plan (a trajectory under a scenario,
 * the scorecard, the industrial layout), as its JSON specification or rendered to SVG.
 *
 * @module
 */
import { planLayoutChart, planScorecardChart, planTrajectoryChart, renderSvg } from '../../charts/index.js';
import { messages, scorecard } from '../../internal/library.js';
import { stringOption, usageError, type Command, type CommandContext } from '../args.js';
import { PLAN_OPTION, SCENARIO_OPTION, happenedOf, indicatorOption, observationsOption, planOf, projectionOf } from '../context.js';
import { json, writeFiles } from '../output.js';

/** The kinds of chart. */
const CHART_KINDS = ['trajectory', 'scorecard', 'layout'] as const;
type ChartKind = (typeof CHART_KINDS)[number];

/** The Vega-Lite specification of a chart kind, from the library's chart builders. */
async function specOf(context: CommandContext, kind: ChartKind): Promise<Record<string, unknown>> {
  const chosen = await planOf(context);
  const { plan } = chosen;
  const { locale } = context;
  switch (kind) {
    case 'trajectory': {
      // Without --indicator: the indicator of the plan's first target (industrial value added for baotou13).
      const indicator = indicatorOption(context, plan, 'chart') ?? plan.targets[0]?.indicator ?? '';
      const happened = await happenedOf(context, chosen);
      const projection = await projectionOf(context, chosen);
      return planTrajectoryChart(plan, projection, { indicator, locale, ...(happened === undefined ? {} : { observations: happened.observations }) });
    }
    case 'scorecard': {
      // As the scorecard command: what happened, unless a scenario is asked for.
      if (stringOption(context.args, 'scenario') !== undefined) return planScorecardChart(plan, scorecard(plan, await projectionOf(context, chosen)), { locale });
      const happened = await happenedOf(context, chosen);
      if (happened === undefined) {
        throw usageError(messages.cliNothingToJudge(plan.id, true), 'chart');
      }
      return planScorecardChart(plan, scorecard(plan, happened.observations), { locale });
    }
    case 'layout':
      return planLayoutChart(plan, { locale });
  }
}

/**
 * `baotou-plan chart`: its help, its options, and what it runs.
 *
 * @example
 * ```ts
 * // the Vega-Lite spec of the layout
 * let out = '';
 * const io = { stdout: (text: string) => { out += text; } };
 * await command.run({ io, args: { values: {}, positionals: ['layout'] }, locale: 'en', width: 80 } as never); // → 0
 * JSON.parse(out).$schema === VEGA_LITE_SCHEMA; // → true
 * ```
 */
export const command: Command = {
  run: async (context) => {
    const out = stringOption(context.args, 'out');
    if (out !== undefined && !/\.(svg|json)$/i.test(out)) throw usageError(messages.cliChartOut(out), 'chart');
    // An unusable file is refused before any work.
    if (out !== undefined) await context.io.checkFile(out);
    const spec = await specOf(context, context.args.positionals[0] as ChartKind);
    if (out === undefined) context.io.stdout(json(spec));
    else await writeFiles(context.io, { [out]: /\.svg$/i.test(out) ? await renderSvg(spec) : json(spec) }, context.locale);
    return 0;
  },
  usage: '<trajectory|scorecard|layout> [--plan name|file.json] [--out file.svg|file.json] [options]',
  description: [
    {
      en: "Builds a Vega-Lite chart of the plan: trajectory, an indicator year by year under a scenario (by default the trend of the plan's reported figures, or its own path), with its observed values (a break in the series drawn as a gap), its target and the path the target requires (--indicator, default the indicator of the plan's first target); scorecard, the attainment of every target on what happened (the library's figures for the plan, or --observations), or under a scenario with --scenario; layout, a schematic of the industrial layout zones (a plan without a layout has none to draw).",
      'zh-CN':
        '生成规划的 Vega-Lite 图表：trajectory，某一情景下某项指标的逐年轨迹（默认延续规划公布数据的趋势，或按规划自身路径），附实际值（序列断点画作缺口）、目标及达标所需的路径（--indicator，默认为规划第一个目标的指标）；scorecard，依据实际情况（本库所存该规划的数据，或 --observations）或 --scenario 所给情景的各目标完成率；layout，产业布局示意图（没有产业布局的规划无可绘制）。',
    },
    {
      en: 'Without --out the Vega-Lite specification is printed as JSON. --out file.json writes it to a file; --out file.svg renders it with vega, which is an optional dependency: install vega and vega-lite to render SVG.',
      'zh-CN': '不给 --out 时以 JSON 输出 Vega-Lite 规范。--out file.json 把它写入文件；--out file.svg 用可选依赖 vega 渲染：需安装 vega 和 vega-lite 才能渲染 SVG。',
    },
  ],
  options: {
    out: { type: 'string', short: 'o', value: '<file>', description: { en: 'write the chart to a .json (Vega-Lite) or .svg file', 'zh-CN': '把图表写入 .json（Vega-Lite）或 .svg 文件' } },
    indicator: {
      type: 'string',
      value: '<id>',
      description: { en: "the indicator of a trajectory (default: that of the plan's first target)", 'zh-CN': '轨迹图的指标（默认：规划第一个目标的指标）' },
    },
    ...observationsOption(
      "observed values, .csv or .json (default: the library's figures for the plan)",
      '实际值，.csv 或 .json（默认：本库所存该规划的数据）',
    ),
    ...SCENARIO_OPTION,
    ...PLAN_OPTION,
  },
  positionals: [{ name: 'kind', description: { en: 'the chart', 'zh-CN': '图表类型' }, required: true, choices: CHART_KINDS }],
  examples: [
    ['baotou-plan chart trajectory --out trajectory.svg', { en: 'industrial value added under the default scenario, as SVG', 'zh-CN': '默认情景下的工业增加值，SVG 格式' }],
    [
      'baotou-plan chart scorecard --scenario my.json --out scorecard.json',
      { en: 'the Vega-Lite spec of a scorecard under a scenario', 'zh-CN': '某一情景下目标评价的 Vega-Lite 规范' },
    ],
    ['baotou-plan chart layout --lang zh-CN > layout.vl.json', { en: 'the layout zones, in Chinese', 'zh-CN': '产业布局区域，用中文' }],
  ],
};
