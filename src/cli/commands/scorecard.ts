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
import { MAX_YEAR, MIN_YEAR, SCORECARD_STATUS_WORDS } from '../../vocabulary.js';
import { TABLE_OPTIONS, formatOption, integerOption, stringOption, type Command } from '../args.js';
import { PLAN_OPTION, SCENARIO_OPTION, observationsOf, planOf, projectionOf } from '../context.js';
import { emit, failOnUnmet, goalFields, indicatorField, qty, words, type Field, type Section } from '../output.js';
import { displayPlaces } from '../places.js';
import { text } from '../text.js';

/** The columns of a scorecard. */
function scorecardFields(plan: Plan): Field<ScorecardRow>[] {
  return [
    { key: 'targetId', header: words('Target', '目标'), value: (r) => r.targetId, machineOnly: true },
    indicatorField(plan, 'indicatorId', (r) => r.indicatorId),
    { key: 'year', header: words('Year', '年份'), value: (r) => r.year, align: 'right' },
    ...goalFields<ScorecardRow>('threshold', (r) => ({ comparator: r.comparator, value: r.threshold, unit: r.unit })),
    { key: 'valueYear', header: words('Value year', '数值年份'), value: (r) => r.valueYear, machineOnly: true },
    {
      key: 'value',
      header: words('Value', '数值'),
      value: (r) => r.value,
      text: (r, locale) => qty(r.value, r.unit, locale, displayPlaces(r.unit)),
      overflow: 'wrap',
      minWidth: 18,
    },
    { key: 'gap', header: words('Gap', '差距'), value: (r) => r.gap, machineOnly: true },
    { key: 'attainment', header: words('Attainment', '完成率'), value: (r) => r.attainment, machineOnly: true },
    { key: 'met', header: words('Met', '已实现'), value: (r) => r.met, machineOnly: true },
    {
      key: 'status',
      header: words('Status', '状态'),
      value: (r) => r.status,
      text: (r, locale) => SCORECARD_STATUS_WORDS[r.status][locale],
      overflow: 'none',
    },
    { key: 'reason', header: words('Reason', '原因'), value: (r) => r.reason, machineOnly: true },
  ];
}

/**
 * `baotou-plan scorecard`: its help, its options, and what it runs.
 *
 * @example
 * ```ts
 * // every target judged under the default scenario, as JSON
 * let out = '';
 * const io = { stdout: (text: string) => { out += text; } };
 * await command.run({ io, args: { values: { format: 'json' }, positionals: [] }, locale: 'en', width: 80 } as never); // → 0
 * JSON.parse(out).length; // → 11
 * ```
 */
export const command: Command = {
  run: async (context) => {
    const plan = await planOf(context);
    const asOf = integerOption(context.args, 'as-of', MIN_YEAR, MAX_YEAR, 'scorecard');
    const options = asOf === undefined ? {} : { asOf };
    const path = stringOption(context.args, 'observations');
    let rows: readonly ScorecardRow[];
    let on: { scenario: string } | { observations: string };
    if (path === undefined) {
      const projection = await projectionOf(context, plan);
      rows = scorecard(plan, projection, options);
      on = { scenario: projection.scenarioId };
    } else {
      rows = scorecard(plan, await observationsOf(context, path), options);
      on = { observations: path };
    }
    const judged = rows.filter((r) => r.status === 'met' || r.status === 'not_met').length;
    const met = rows.filter((r) => r.status === 'met').length;
    const section: Section<ScorecardRow> = {
      key: 'scorecard',
      fields: scorecardFields(plan),
      rows,
      notes: [text.scorecardSummary(met, judged, rows.length, on, context.locale)],
    };
    emit(context, formatOption(context.args, 'table'), [section], { command: 'scorecard' });
    return failOnUnmet(context, rows.filter((r) => r.status === 'not_met').length, text.unmet);
  },
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
  examples: [
    ['baotou-plan scorecard', 'every target under the default scenario'],
    ['baotou-plan scorecard --scenario my-scenario.json --fail-on-unmet', 'fail a CI job when a scenario misses a target'],
    ['baotou-plan scorecard --format csv > scorecard.csv', 'the exact values, for a spreadsheet'],
    ['baotou-plan scorecard --lang zh-CN', 'in Chinese'],
  ],
};
