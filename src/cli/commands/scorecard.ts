/**
 * `baotou-plan scorecard` (the default command): every target of the plan, judged on what
 * happened — the figures reported for Baotou (`baotouReported`), or observations
 * (`--observations file`) — or on a projection under a scenario (`--scenario`), with what
 * each verdict rests on and its caveats as numbered notes under the table.
 *
 * @module
 */
import { baotouReported } from '../../data/baotou13/index.js';
import { messages } from '../../messages.js';
import type { Plan } from '../../plan/types.js';
import { scorecard } from '../../scenario/scorecard.js';
import type { ScorecardRow } from '../../scenario/types.js';
import { CAVEAT_WORDS, MAX_YEAR, MIN_YEAR, SCORECARD_STATUS_WORDS, type Locale } from '../../vocabulary.js';
import { TABLE_OPTIONS, formatOption, integerOption, stringOption, usageError, type Command } from '../args.js';
import { PLAN_OPTION, SCENARIO_OPTION, observationsOf, planOf, projectionOf } from '../context.js';
import { emit, failOnUnmet, goalFields, indicatorField, qty, words, type Field, type Section } from '../output.js';
import { displayPlaces } from '../places.js';
import { BASIS_WORDS, text, type JudgedOn } from '../text.js';

/** The numbered notes of a scorecard: each caveat once, and why a row rests on a bound or is incomplete. */
interface Notes {
  /** The numbers of each row's notes. */
  readonly marks: ReadonlyMap<ScorecardRow, readonly number[]>;
  /** The notes, numbered from 1, in the language asked for. */
  readonly lines: readonly string[];
}

/** Number the notes of the rows, in row order: a row's reason (bound, incomplete), then its caveats. */
function notesOf(rows: readonly ScorecardRow[], locale: Locale): Notes {
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
      mine.push(note(`reason\u0000${row.targetId}`, (n) => text.note(n, text.why[locale], reason, locale)));
    }
    for (const c of row.caveats) {
      mine.push(note(`${c.code}\u0000${c.message}`, (n) => text.note(n, CAVEAT_WORDS[c.code][locale], c.message, locale)));
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
  return [
    { key: 'targetId', header: words('Target', '目标'), value: (r) => r.targetId, machineOnly: true },
    indicatorField(plan, 'indicatorId', (r) => r.indicatorId),
    { key: 'year', header: words('Year', '年份'), value: (r) => r.year, align: 'right' },
    // The goal may wrap here, so that the notes and the basis fit in 80 columns.
    ...goalFields<ScorecardRow>('threshold', (r) => ({ comparator: r.comparator, value: r.threshold, unit: r.unit })).map((f) =>
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
    const plan = await planOf(context);
    const asOf = integerOption(context.args, 'as-of', MIN_YEAR, MAX_YEAR, 'scorecard');
    const options = asOf === undefined ? {} : { asOf };
    const path = stringOption(context.args, 'observations');
    const scenario = stringOption(context.args, 'scenario');
    if (path !== undefined && scenario !== undefined) throw usageError(messages.cliOptionsExclusive('--observations', '--scenario'), 'scorecard');
    let rows: readonly ScorecardRow[];
    let on: JudgedOn;
    if (scenario !== undefined) {
      const projection = await projectionOf(context, plan);
      rows = scorecard(plan, projection, options);
      on = { scenario: projection.scenarioId };
    } else {
      rows = scorecard(plan, path === undefined ? baotouReported : await observationsOf(context, path), options);
      on = path === undefined ? { reported: true } : { observations: path };
    }
    const judged = rows.filter((r) => r.status === 'met' || r.status === 'not_met').length;
    const met = rows.filter((r) => r.status === 'met').length;
    const notes = notesOf(rows, context.locale);
    const section: Section<ScorecardRow> = {
      key: 'scorecard',
      fields: scorecardFields(plan, notes),
      rows,
      notes: [text.scorecardSummary(met, judged, rows.length, on, context.locale), ...(notes.lines.length === 0 ? [] : ['', ...notes.lines])],
    };
    emit(context, formatOption(context.args, 'table'), [section], { command: 'scorecard' });
    return failOnUnmet(context, rows.filter((r) => r.status === 'not_met').length, text.unmet);
  },
  usage: '[--observations file | --scenario name|file.json] [options]',
  description: [
    "Judges every target of the plan at its year on what happened: the figures reported for Baotou (embedded), or observations of your own (--observations, a CSV or JSON file, see 'baotou-plan validate'). Each row says what its verdict rests on: an observed figure, a bound (a whole that contains the indicator, such as the secondary sector for industrial value added), or a projection; the marks point to the numbered notes under the table (scope, price basis, estimates, breaks in series, revisions).",
    'With --scenario the targets are judged on a projection instead: a built-in scenario (reported-trend, plan-path) or a scenario file, with the scenario\'s caveats.',
    'Tables round values for reading; --format json and csv carry the exact values (decimal strings), the gap, the attainment, the basis, the caveats, the bound and the missing years.',
  ],
  options: {
    observations: { type: 'string', value: '<file>', description: 'judge observations of your own (.csv or .json) instead of the figures reported for Baotou' },
    scenario: {
      ...(SCENARIO_OPTION.scenario as NonNullable<(typeof SCENARIO_OPTION)['scenario']>),
      description: 'judge a projection: a built-in scenario (reported-trend, plan-path) or a scenario JSON file',
    },
    'as-of': { type: 'string', value: '<year>', description: 'judge as of this year: later targets are pending, with their value so far' },
    'fail-on-unmet': { type: 'boolean', description: 'exit with 1 when any target is not met' },
    ...PLAN_OPTION,
    ...TABLE_OPTIONS,
  },
  examples: [
    ['baotou-plan scorecard', 'every target on the figures reported for Baotou, with the notes'],
    ['baotou-plan scorecard --scenario reported-trend', 'every target on the projection of the reported trend'],
    ['baotou-plan scorecard --observations my-figures.csv --fail-on-unmet', 'fail a CI job when your figures miss a target'],
    ['baotou-plan scorecard --format csv > scorecard.csv', 'the exact values, for a spreadsheet'],
    ['baotou-plan scorecard --lang zh-CN', 'in Chinese'],
  ],
};
