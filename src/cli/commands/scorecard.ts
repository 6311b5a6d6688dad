/**
 * `baotou-plan scorecard` (the default command): every target of the plan, judged on a
 * projection under a scenario (the default one, or `--scenario file.json`), or on
 * observations (`--observations file`).
 *
 * @module
 */
import type { Plan } from '../../plan/types.js';
import { scorecard } from '../../scenario/scorecard.js';
import type { ScorecardRow } from '../../scenario/types.js';
import { TABLE_OPTIONS, stringOption, type CommandContext, type CommandSpec, type TableFormat } from '../args.js';
import { PLAN_OPTION, SCENARIO_OPTION, planOf, projectionOf, readObservationsFile } from '../context.js';
import { emit, h, nameIn, qty, type Field, type Section } from '../output.js';
import { COMPARATOR, STATUS, text } from '../text.js';
import { displayPlaces } from '../places.js';
import { readYearOption } from './shared.js';

/** The columns of a scorecard. */
export function scorecardFields(plan: Plan): Field<ScorecardRow>[] {
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  return [
    { key: 'targetId', header: h('Target', '目标'), value: (r) => r.targetId, machineOnly: true },
    { key: 'indicatorId', header: h('Indicator', '指标'), value: (r) => r.indicatorId, text: (r, lang) => nameIn(indicators.get(r.indicatorId)?.name, lang) || r.indicatorId },
    { key: 'year', header: h('Year', '年份'), value: (r) => r.year, align: 'right' },
    { key: 'comparator', header: h('Comparator', '比较'), value: (r) => r.comparator, machineOnly: true },
    { key: 'threshold', header: h('Threshold', '目标值'), value: (r) => r.threshold, machineOnly: true },
    { key: 'unit', header: h('Unit', '单位'), value: (r) => r.unit, machineOnly: true },
    {
      key: 'goal',
      header: h('Target', '目标值'),
      value: () => null,
      text: (r, lang) => `${COMPARATOR[r.comparator]} ${qty(r.threshold, r.unit, lang)}`,
      peopleOnly: true,
      overflow: 'wrap',
      minWidth: 18,
    },
    { key: 'valueYear', header: h('Value year', '数值年份'), value: (r) => r.valueYear, machineOnly: true },
    {
      key: 'value',
      header: h('Value', '数值'),
      value: (r) => r.value,
      text: (r, lang) => qty(r.value, r.unit, lang, displayPlaces(r.unit)),
      overflow: 'wrap',
      minWidth: 18,
    },
    { key: 'gap', header: h('Gap', '差距'), value: (r) => r.gap, machineOnly: true },
    { key: 'attainment', header: h('Attainment', '完成率'), value: (r) => r.attainment, machineOnly: true },
    { key: 'met', header: h('Met', '达成'), value: (r) => r.met, machineOnly: true },
    { key: 'status', header: h('Status', '状态'), value: (r) => r.status, text: (r, lang) => STATUS[r.status][lang], overflow: 'none' },
    { key: 'reason', header: h('Reason', '原因'), value: (r) => r.reason, machineOnly: true },
  ];
}

/** Print scorecard rows and give the exit code (1 for unmet targets with `--fail-on-unmet`). */
export function emitScorecard(
  context: CommandContext,
  plan: Plan,
  rows: readonly ScorecardRow[],
  on: { scenario: string } | { observations: string },
  command: string,
): number {
  const format = (stringOption(context.args, 'format') ?? 'table') as TableFormat;
  const met = rows.filter((r) => r.status === 'met').length;
  const judged = rows.filter((r) => r.status === 'met' || r.status === 'not_met').length;
  const section: Section<ScorecardRow> = {
    key: 'scorecard',
    fields: scorecardFields(plan),
    rows,
    notes: [text.scorecardSummary(met, judged, rows.length, on, context.lang)],
  };
  emit(context, format, [section], { command });
  const unmet = rows.filter((r) => r.status === 'not_met').length;
  if (context.args.values['fail-on-unmet'] === true && unmet > 0) {
    context.io.stderr(`${text.unmet(unmet)}\n`);
    return 1;
  }
  return 0;
}

/** `baotou-plan scorecard`. */
export const scorecardCommand: CommandSpec = {
  name: 'scorecard',
  summary: 'every target, judged under a scenario (the default command)',
  usage: '[--scenario file.json | --observations file] [options]',
  description: [
    "Projects the plan under a scenario and judges every target at its year: met, not met, or why there is no value. Without --scenario the embedded default scenario is used; with --observations the targets are judged on observed figures instead (a CSV or JSON file, see 'baotou-plan validate').",
    'Tables round values for reading; --format json and csv carry the exact values (decimal strings), the gap and the attainment.',
  ],
  options: {
    ...SCENARIO_OPTION,
    observations: { type: 'string', value: '<file>', description: 'judge on observations (.csv or .json) instead of a projection' },
    'as-of': { type: 'string', value: '<year>', description: 'judge as of this year: later targets are pending, with their value so far' },
    'fail-on-unmet': { type: 'boolean', description: 'exit with 1 when any target is not met' },
    ...PLAN_OPTION,
    ...TABLE_OPTIONS,
  },
  positionals: [],
  examples: [
    ['baotou-plan scorecard', 'every target under the default scenario'],
    ['baotou-plan scorecard --scenario my-scenario.json --fail-on-unmet', 'fail a CI job when a scenario misses a target'],
    ['baotou-plan scorecard --format csv > scorecard.csv', 'the exact values, for a spreadsheet'],
    ['baotou-plan scorecard --lang zh', 'in Chinese'],
  ],
  run: async (context) => {
    const plan = await planOf(context);
    const asOf = readYearOption(context, 'as-of', 'scorecard');
    const options = asOf === undefined ? {} : { asOf };
    const observations = stringOption(context.args, 'observations');
    if (observations !== undefined) {
      const data = await readObservationsFile(context.io, observations);
      return emitScorecard(context, plan, scorecard(plan, data, options), { observations }, 'scorecard');
    }
    const projection = await projectionOf(context, plan);
    const rows = scorecard(plan, projection, options);
    return emitScorecard(context, plan, rows, { scenario: projection.scenarioId }, 'scorecard');
  },
};
