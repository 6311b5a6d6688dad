/**
 * `baotou-plan scorecard` (the default command): every target of the plan, judged on what
 * happened — the figures the library has for the plan (`baotouReported`, `china13Reported`),
 * or observations (`--observations file`) — or on a projection under a scenario
 * (`--scenario`), with what each verdict rests on and its caveats as numbered notes under the
 * table.
 *
 * @module
 */
import { CAVEAT_WORDS, MAX_YEAR, messages, MIN_YEAR, scorecard, SCORECARD_STATUS_WORDS, scorecardSummary } from '../../internal/library.js';
import type { Plan } from '../../plan/types.js';
import type { ScorecardRow } from '../../scenario/types.js';
import type { Locale } from '../../vocabulary.js';
import { TABLE_OPTIONS, formatOption, integerOption, stringOption, usageError, type Command } from '../args.js';
import { PLAN_OPTION, SCENARIO_OPTION, happenedOf, observationsOption, planOf, projectionOf } from '../context.js';
import { emit, failOnUnmet, goalFields, indicatorField, qty, words, type Field, type Section } from '../output.js';
import { translator } from '../language.js';
import { displayPlaces } from '../places.js';
import { BASIS_WORDS, text } from '../text.js';
import type { JudgedOn } from '../../format/scorecardSummary.js';

/** The numbered notes of a scorecard: each caveat once, and why a row rests on a bound or is incomplete. */
interface Notes {
  /** The numbers of each row's notes. */
  readonly marks: ReadonlyMap<ScorecardRow, readonly number[]>;
  /** The notes, numbered from 1, in the language asked for. */
  readonly lines: readonly string[];
}

/**
 * Number the notes of the rows, in row order: a row's reason (bound, incomplete), then its
 * caveats, their messages written by `say` in the language asked for.
 */
function notesOf(rows: readonly ScorecardRow[], locale: Locale, say: (text: string) => string): Notes {
  const lines: string[] = [];
  const numbers = new Map<string, number>();
  const marks = new Map<ScorecardRow, number[]>();
  const note = (key: string, line: (n: number) => string): number => {
    let n = numbers.get(key);
    if (n === undefined) {
      n = lines.length + 1;
      numbers.set(key, n);
      lines.push(line(n));
    }
    return n;
  };
  for (const row of rows) {
    const mine: number[] = [];
    if (row.reason !== null && (row.basis === 'bound' || row.status === 'incomplete')) {
      const reason = row.reason;
      mine.push(note(`reason\u0000${row.targetId}`, (n) => text.note(n, text.why[locale], say(reason), locale)));
    }
    for (const c of row.caveats) {
      mine.push(note(`${c.code}\u0000${c.message}`, (n) => text.note(n, CAVEAT_WORDS[c.code][locale], say(c.message), locale)));
    }
    marks.set(row, mine);
  }
  return { marks, lines };
}

/** Note numbers, runs shortened: `1–3`, `2 5–7`. */
function runs(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && (numbers[j + 1] as number) === (numbers[j] as number) + 1) j++;
    parts.push(j === i ? String(numbers[i]) : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return parts.join(' ');
}

/** The columns of a scorecard. */
function scorecardFields(plan: Plan, notes: Notes): Field<ScorecardRow>[] {
  const forms = new Map(plan.targets.map((t) => [t.id, t.form]));
  return [
    { key: 'targetId', header: words('Target', '目标'), value: (r) => r.targetId, machineOnly: true },
    indicatorField(plan, 'indicatorId', (r) => r.indicatorId),
    { key: 'year', header: words('Year', '年份'), value: (r) => r.year, align: 'right' },
    // The goal may wrap here, so that the notes and the basis fit in 80 columns.
    ...goalFields<ScorecardRow>('threshold', (r) => ({ comparator: r.comparator, value: r.threshold, unit: r.unit, form: forms.get(r.targetId) })).map((f) =>
      f.key === 'goal' ? { ...f, minWidth: 12 } : f,
    ),
    { key: 'valueYear', header: words('Value year', '数值年份'), value: (r) => r.valueYear, machineOnly: true },
    {
      key: 'value',
      header: words('Value', '数值'),
      value: (r) => r.value,
      text: (r, locale) => qty(r.value, r.unit, locale, displayPlaces(r.unit)),
      overflow: 'wrap',
      minWidth: 10,
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
    {
      key: 'basis',
      header: words('Basis', '依据'),
      value: (r) => r.basis,
      text: (r, locale) => (r.basis === null ? '–' : BASIS_WORDS[r.basis][locale]),
      overflow: 'none',
    },
    {
      key: 'notes',
      header: words('Notes', '注'),
      value: () => null,
      text: (r) => runs(notes.marks.get(r) ?? []),
      peopleOnly: true,
      overflow: 'wrap',
      minWidth: 5,
    },
    { key: 'reason', header: words('Reason', '原因'), value: (r) => r.reason, machineOnly: true },
    {
      key: 'caveats',
      header: words('Caveats', '注意事项'),
      value: (r) => r.caveats.map((c) => `${c.code}: ${c.message}`).join(' | '),
      json: (r) => r.caveats,
      machineOnly: true,
    },
    {
      key: 'bound',
      header: words('Bound', '界限'),
      value: (r) => (r.bound === null ? null : `${r.bound.indicatorId} ${r.bound.year ?? ''}: ${r.bound.value.toFixed()} ${r.bound.unit}`),
      json: (r) => r.bound,
      machineOnly: true,
    },
    {
      key: 'missing',
      header: words('Missing years', '缺失年份'),
      value: (r) => r.missing.join(' '),
      json: (r) => r.missing,
      machineOnly: true,
    },
  ];
}

/**
 * `baotou-plan scorecard`: its help, its options, and what it runs.
 *
 * @example
 * ```ts
 * // every target judged on the figures reported for Baotou, as JSON
 * let out = '';
 * const io = { stdout: (text: string) => { out += text; } };
 * await command.run({ io, args: { values: { format: 'json' }, positionals: [] }, locale: 'en', width: 80 } as never); // → 0
 * JSON.parse(out)[0].basis; // → 'bound'
 * ```
 */
export const command: Command = {
  run: async (context) => {
    const chosen = await planOf(context);
    const { plan } = chosen;
    const asOf = integerOption(context.args, 'as-of', MIN_YEAR, MAX_YEAR, 'scorecard');
    const options = asOf === undefined ? {} : { asOf };
    const path = stringOption(context.args, 'observations');
    const scenario = stringOption(context.args, 'scenario');
    // --observations goes with a projection only as the figures whose trend it continues.
    if (path !== undefined && scenario !== undefined && scenario !== 'reported-trend') {
      throw usageError(messages.cliOptionsExclusive('--observations', '--scenario'), 'scorecard');
    }
    let rows: readonly ScorecardRow[];
    let on: JudgedOn;
    if (scenario !== undefined) {
      const projection = await projectionOf(context, chosen);
      rows = scorecard(plan, projection, options);
      on = { scenario: projection.scenarioId };
    } else {
      const happened = await happenedOf(context, chosen);
      if (happened === undefined) {
        throw usageError(messages.cliNothingToJudge(plan.id, true), 'scorecard');
      }
      rows = scorecard(plan, happened.observations, options);
      on = happened.on;
    }
    const notes = notesOf(rows, context.locale, await translator(context.locale));
    const section: Section<ScorecardRow> = {
      key: 'scorecard',
      fields: scorecardFields(plan, notes),
      rows,
      notes: [scorecardSummary(rows, on, context.locale), ...(notes.lines.length === 0 ? [] : ['', ...notes.lines])],
    };
    emit(context, formatOption(context.args, 'table'), [section], { command: 'scorecard' });
    return failOnUnmet(context, rows.filter((r) => r.status === 'not_met').length, text.unmet);
  },
  usage: '[--plan name|file.json] [--observations file | --scenario name|file.json] [options]',
  description: [
    {
      en: "Judges every target of the plan at its year on what happened: the figures the library has for the plan (baotou13: the figures reported for Baotou; china13: the national outcomes), or observations of your own (--observations, a CSV or JSON file, see 'baotou-plan validate'). A plan file has no figures in the library: give --observations or --scenario. Each row says what its verdict rests on: an observed figure, a bound (a whole that contains the indicator, such as the secondary sector for industrial value added), or a projection; the marks point to the numbered notes under the table (scope, price basis, estimates, breaks in series, revisions).",
      'zh-CN':
        '依据实际情况在目标年份评价规划的每个目标：本库所存该规划的公布数据（baotou13：包头市公布数据；china13：全国实际数据），或您自己的观测数据（--observations，CSV 或 JSON 文件，见 baotou-plan validate）。规划文件在本库中没有数据：请给出 --observations 或 --scenario。每行注明其结论的依据：实际值、界限（包含该指标的总体，如工业增加值所属的第二产业增加值）或预测值；注号指向表下编号的注释（统计范围、价格口径、估计值、序列断点、修订）。',
    },
    {
      en: "With --scenario the targets are judged on a projection instead: a built-in scenario derived from the plan (reported-trend: the trend of its reported figures, or of --observations; plan-path: the plan's own path) or a scenario file, with the scenario's caveats.",
      'zh-CN': '给出 --scenario 时改为依据预测评价：由规划推导的内置情景（reported-trend：延续其公布数据或 --observations 的趋势；plan-path：规划自身的路径）或情景文件，并附情景的注意事项。',
    },
    {
      en: 'Tables round values for reading; --format json and csv carry the exact values (decimal strings), the gap, the attainment, the basis, the caveats, the bound and the missing years.',
      'zh-CN': '表格为便于阅读而舍入；--format json 和 csv 给出精确值（十进制字符串）、差距、完成率、依据、注意事项、界限和缺失年份。',
    },
  ],
  options: {
    ...observationsOption(
      "judge observations of your own (.csv or .json) instead of the library's figures for the plan",
      '评价您自己的观测数据（.csv 或 .json），而不是本库所存该规划的数据',
    ),
    ...SCENARIO_OPTION,
    'as-of': {
      type: 'string',
      value: '<year>',
      description: { en: 'judge as of this year: later targets are pending, with their value so far', 'zh-CN': '按该年份评价：更晚的目标为待评价，并给出截至当时的数值' },
    },
    'fail-on-unmet': { type: 'boolean', description: { en: 'exit with 1 when any target is not met', 'zh-CN': '有目标未实现时以 1 退出' } },
    ...PLAN_OPTION, ...TABLE_OPTIONS,
  },
  examples: [
    ['baotou-plan scorecard', { en: 'every target on the figures reported for Baotou, with the notes', 'zh-CN': '依据包头市公布数据评价每个目标，附注释' }],
    ['baotou-plan scorecard --plan china13', { en: 'the national targets on the national outcomes', 'zh-CN': '依据全国实际数据评价全国规划目标' }],
    ['baotou-plan scorecard --scenario reported-trend', { en: 'every target on the projection of the reported trend', 'zh-CN': '依据公布数据趋势的预测评价每个目标' }],
    [
      'baotou-plan scorecard --plan my.json --observations my.csv --fail-on-unmet',
      { en: 'your plan on your figures; fail a CI job when one misses a target', 'zh-CN': '依据您的数据评价您的规划；有目标未实现时让 CI 任务失败' },
    ],
    ['baotou-plan scorecard --format csv > scorecard.csv', { en: 'the exact values, for a spreadsheet', 'zh-CN': '精确值，供电子表格使用' }],
    ['baotou-plan scorecard --lang zh-CN', { en: 'in Chinese', 'zh-CN': '用中文' }],
  ],
};
