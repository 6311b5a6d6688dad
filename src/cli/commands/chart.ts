/**
 * `baotou-plan chart <kind>`: a Vega-Lite chart of the plan (a trajectory under a scenario,
 * the scorecard, the industrial layout), as its JSON specification or rendered to SVG.
 *
 * @module
 */
import { planLayoutChart, planScorecardChart, planTrajectoryChart } from '../../charts/fromPlan.js';
import { renderSvg } from '../../charts/render.js';
import { baotou13, baotouReported } from '../../data/baotou13/index.js';
import { messages } from '../../messages.js';
import { scorecard } from '../../scenario/scorecard.js';
import { stringOption, usageError, type Command, type CommandContext } from '../args.js';
import { PLAN_OPTION, SCENARIO_OPTION, indicatorOption, observationsOf, planOf, projectionOf } from '../context.js';
import { json, writeFiles } from '../output.js';

/** The kinds of chart. */
const CHART_KINDS = ['trajectory', 'scorecard', 'layout'] as const;
type ChartKind = (typeof CHART_KINDS)[number];

/** The indicator a trajectory shows without `--indicator`. */
const DEFAULT_INDICATOR = 'industrial-value-added';

/** The Vega-Lite specification of a chart kind, from the library's chart builders. */
async function specOf(context: CommandContext, kind: ChartKind): Promise<Record<string, unknown>> {
  const plan = await planOf(context);
  const { locale } = context;
  switch (kind) {
    case 'trajectory': {
      const indicator = indicatorOption(context, plan, 'chart') ?? DEFAULT_INDICATOR;
      const path = stringOption(context.args, 'observations');
      // The embedded plan's reported figures are its observations unless a file is given.
      const observations =
        path !== undefined ? await observationsOf(context, path) : plan === baotou13 ? baotouReported : undefined;
      const projection = await projectionOf(context, plan);
      return planTrajectoryChart(plan, projection, { indicator, locale, ...(observations === undefined ? {} : { observations }) });
    }
    case 'scorecard': {
      // As the scorecard command: what happened, unless a scenario is asked for.
      const judged = stringOption(context.args, 'scenario') === undefined ? baotouReported : await projectionOf(context, plan);
      return planScorecardChart(plan, scorecard(plan, judged), { locale });
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
    else await writeFiles(context.io, { [out]: /\.svg$/i.test(out) ? await renderSvg(spec) : json(spec) });
    return 0;
  },
  usage: '<trajectory|scorecard|layout> [--out file.svg|file.json] [options]',
  description: [
    'Builds a Vega-Lite chart of the plan: trajectory, an indicator year by year under a scenario, with its observed values (a break in the series drawn as a gap), its target and the path the target requires (--indicator, default industrial-value-added); scorecard, the attainment of every target on the figures reported for Baotou, or under a scenario with --scenario; layout, a schematic of the industrial layout zones.',
    'Without --out the Vega-Lite specification is printed as JSON. --out file.json writes it to a file; --out file.svg renders it with vega, which is an optional dependency: install vega and vega-lite to render SVG.',
  ],
  options: {
    out: { type: 'string', short: 'o', value: '<file>', description: 'write the chart to a .json (Vega-Lite) or .svg file' },
    indicator: { type: 'string', value: '<id>', description: `the indicator of a trajectory (default ${DEFAULT_INDICATOR})` },
    observations: {
      type: 'string',
      value: '<file>',
      description: 'observed values for a trajectory, .csv or .json (default: the figures reported for Baotou)',
    },
    ...SCENARIO_OPTION,
    ...PLAN_OPTION,
  },
  positionals: [{ name: 'kind', description: 'the chart', required: true, choices: CHART_KINDS }],
  examples: [
    ['baotou-plan chart trajectory --out trajectory.svg', 'industrial value added under the default scenario, as SVG'],
    ['baotou-plan chart scorecard --scenario my.json --out scorecard.json', 'the Vega-Lite spec of a scorecard under a scenario'],
    ['baotou-plan chart layout --lang zh-CN > layout.vl.json', 'the layout zones, in Chinese'],
  ],
};
