/**
 * Every message of src/messages.ts in Chinese: the same keys, each builder taking the same
 * arguments, and the writing of a remembered message (its key and arguments, see
 * `MessageTemplate`) in Chinese. Ids, unit ids, file names, numbers and the values a message
 * quotes are kept as they are; only the words around them are translated. Loaded by the
 * command line for `--lang zh-CN` only.
 *
 * @internal
 * @module
 */
import { cut, DECIMAL_ACCEPTED, describeThrown, templateOf } from './internal/library.js';
import type { MessageTemplate, messages } from './messages.js';
import { progressTextsZh, scenarioTextsZh, structureZh } from './text.zh.js';

/**
 * A catalogue in another language: the same keys, builders of the same arguments; a key
 * missing is a compile error.
 *
 * @example
 * ```ts
 * const zh: Catalogue<{ hello: (name: string) => string }> = { hello: (name) => `你好，${name}` };
 * ```
 */
export type Catalogue<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : T[K] extends string ? string : Catalogue<T[K]>;
};

/** A received value, as `describeValue` writes it, in Chinese: strings quoted as they are. */
function value(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'undefined';
  switch (typeof x) {
    case 'string':
      return `'${cut(x)}'`;
    case 'number':
      return Object.is(x, -0) ? '-0' : String(x);
    case 'bigint':
      return `${x}n`;
    case 'boolean':
      return String(x);
    case 'symbol':
      return '一个 symbol';
    case 'function':
      return '一个函数';
    default:
      try {
        return Array.isArray(x) ? `长度为 ${x.length} 的数组` : '一个对象';
      } catch {
        return '一个对象'; // a Proxy whose traps throw
      }
  }
}

/** A space before a text that starts with a Latin letter, digit or quote, after Chinese words: `应为 1900 至 2100 的整数`. */
const spaced = (text: string): string => (/^[\x21-\x7e]/.test(text) ? ` ${text}` : text);

/** A space on each side of a text, where it starts or ends with a Latin letter, digit or quote, between Chinese words. */
const padded = (text: string): string => `${spaced(text)}${/[\x21-\x7e]$/.test(text) ? ' ' : ''}`;

/** Ids quoted, joined with the Chinese enumeration comma: `'a'、'b'`. */
const quoted = (items: readonly string[]): string => items.map((item) => `'${item}'`).join('、');

/** `'a'`, `'a' 或 'b'`, `'a'、'b' 或 'c'`. */
function quoteOr(items: readonly string[]): string {
  return items.length <= 1 ? quoted(items) : `${quoted(items.slice(0, -1))} 或 '${items[items.length - 1] ?? ''}'`;
}

/** At most ten quoted items, then how many in all. */
function quoteSome(items: readonly string[], max = 10): string {
  return items.length > max ? `${quoted(items.slice(0, max))} 等 ${items.length} 项` : quoted(items);
}

const DECIMAL_ACCEPTED_ZH = "十进制数字符串（如 '240'、'-0.08' 或 '1.3e2'）、有限数字、bigint 或 Decimal";

/**
 * Words the library passes into messages that are not messages themselves ("for a growth
 * rate", "an indicator"), in Chinese.
 */
const PHRASES: Readonly<Record<string, string>> = {
  [DECIMAL_ACCEPTED]: DECIMAL_ACCEPTED_ZH,
  'for a base-year level': '作为基期水平值时',
  'for a geometric path': '用于几何路径时',
  'for a growth driver': '作为增长驱动量时',
  'for a growth rate from the baseline': '由基线计算增长率时',
  'for a growth rate': '计算增长率时',
  'for a logarithm of target / current': '计算目标值/当前值的对数时',
  'for a number of years to reach a target': '计算达到目标所需年数时',
  'for a price index base': '作为价格指数基期时',
  'for a price index': '作为价格指数时',
  'for a real growth rate': '计算实际增长率时',
  'for a share': '计算占比时',
  'for a tolerance': '作为容差时',
  'for an annual average growth rate (no real root of a negative ratio)': '计算年均增长率时（负比值没有实数根）',
  'for an annual average growth rate': '计算年均增长率时',
  'for an average growth rate': '计算平均增长率时',
  'for an intensity change': '计算强度变化时',
  'for an intensity': '计算强度时',
  'for task progress': '计算任务进度时',
  'for the period': '对该期间而言',
  'for time progress': '计算时间进度时',
  'an indicator': '指标',
  'a target': '目标',
  'a fact': '事实',
  'a task': '任务',
  'this plan': '本规划',
  'read the file': '读取文件',
  'write the file': '写入文件',
  'create the folder': '创建文件夹',
  'write into the folder': '写入该文件夹',
  'standard output': '标准输出',
};

/** Words with an id in them, in Chinese (`indicator 'gdp'` → `指标 'gdp'`). */
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/^indicator ('[^']*')$/, '指标 $1'],
  [/^plan ('[^']*')$/, '规划 $1'],
  [/^target ('[^']*')$/, '目标 $1'],
  [/^observation of ('[^']*')$/, '$1 的观测值'],
  [/^the base year of the period (\S+)$/, '期间 $1 的基期'],
  [/^the last year averaged over \((\S+)\)$/, '平均期的最后一年（$1）'],
  [/^a year of the period (\S+); a growth-rate series needs every year$/, '期间 $1 中的一年；增长率序列需要每一年的数值'],
];

/** The template being written: its parts are the messages among its arguments. */
let writing: MessageTemplate | undefined;

/**
 * A text that a message quotes as words of its own (what is expected, a reason, a message in a
 * message), in Chinese: a message is written from its template, known words from the lists
 * above; anything else is kept as it is.
 */
function t(text: string): string {
  const template = writing?.parts.get(text) ?? templateOf(text);
  if (template !== undefined) return chineseOf(template);
  const phrase = PHRASES[text];
  if (phrase !== undefined) return phrase;
  for (const [pattern, replacement] of PATTERNS) if (pattern.test(text)) return text.replace(pattern, replacement);
  return text;
}

/**
 * Every message of src/messages.ts in Chinese, key for key.
 *
 * @example
 * ```ts
 * messagesZh.cliFileNotFound('obs.csv'); // → 'obs.csv：文件不存在'
 * ```
 */
export const messagesZh: Catalogue<typeof messages> = {
  unknownKey: (name, key, suggestion, allowed) =>
    `${name}：未知的键 ${value(key)}；${suggestion === undefined ? '' : `是否应为 '${suggestion}'？`}允许的键：${allowed.join(', ')}`,
  expectedGot: (name, expected, got) => `${name}：应为${spaced(t(expected))}，实际为 ${value(got)}`,
  unreadable: (name, thrown) =>
    `${name}：无法读取（${describeThrown(thrown)}）；请传入普通数据：对象、数组、字符串、数字和 Decimal，不含会抛出异常的 getter`,
  cyclic: (name) => `${name}：包含自身（循环引用）；应为普通数据，即由对象和数组构成的树`,
  invalidDecimal: (name, got) => `${name}：应为${DECIMAL_ACCEPTED_ZH}，实际为 ${value(got)}`,
  notInteger: (name, got, min, max) => `${name}：应为 ${min} 至 ${max} 的整数，实际为 ${value(got)}`,
  unknownOption: (name, got, allowed) => `${name}：应为 ${quoted(allowed)} 之一，实际为 ${value(got)}`,
  mustBePositive: (name, got, what) => `${name}：${t(what)}必须大于 0，实际为 ${cut(got)}`,
  mustNotBeNegative: (name, got, what) => `${name}：${t(what)}不得为负数，实际为 ${cut(got)}`,
  mustNotBeZero: (name, what) => `${name}：${t(what)}不得为 0`,
  rateAtLeastMinusOne: (name, got) => `${name}：增长率不得小于 -1（即下降 100%），实际为 ${cut(got)}`,
  rateAboveMinusOne: (name, got, what) => `${name}：${t(what)}增长率必须大于 -1，实际为 ${cut(got)}`,
  mustDiffer: (a, b, got, what) => `${a} 与 ${b}：${t(what)}二者必须不同，现均为 ${cut(got)}`,
  emptyList: (name, what) => `${name}：${t(what)}不得为空`,
  neverReached: (current, target, rate) =>
    `rate：为 ${cut(rate)}，从 ${cut(current)} 永远达不到 ${cut(target)}${
      /^-?0$/.test(rate) ? '' : rate.startsWith('-') ? '：下降只会离更高的目标越来越远' : '：上升只会离更低的目标越来越远'
    }`,
  resultOutOfRange: (formula) => `${formula}：结果超出本库十进制数的范围（指数 -10000 至 10000）`,
  shiftedOutOfRange: (name, places) => `${name}：乘以 10^${places} 后超出本库十进制数的范围（指数 -10000 至 10000）`,
  yearsAtMost: (name, got, max, what) => `${name}：${t(what)}不得大于 ${max}，实际为 ${got}`,
  decimalOutOfBounds: (name, got, digits, exponent) =>
    `${name}：应为有效数字不超过 ${digits} 位、指数在 -${exponent} 至 ${exponent} 之间的十进制数，实际为 ${value(got)}`,
  sealedContext: '本库的十进制上下文不可更改（其 set 与 config 已封闭）；请用 Decimal.clone() 创建自己的上下文',
  expected: {
    decimal: '十进制数字符串或有限数字',
    nonNegativeDecimal: '非负的十进制数字符串或有限数字',
    decimalInBounds: (digits, exponent) => `有效数字不超过 ${digits} 位、指数在 -${exponent} 至 ${exponent} 之间的十进制数`,
    string: '字符串',
    text: '非空字符串',
    id: (max) => `由 1 至 ${max} 个字母、数字、'-'、'_'、'.'、':' 或 '/' 组成并以字母或数字开头的 id`,
    url: "以 'https://' 或 'http://' 开头且不含空格的地址",
    object: '对象',
    array: '数组',
    boolean: 'true 或 false',
    finiteNumber: '有限数字',
    options: '选项对象或 undefined',
    date: "日期 'YYYY-MM-DD'",
    partialDate: "日期 'YYYY'、'YYYY-MM' 或 'YYYY-MM-DD'",
    year: (min, max) => `${min} 至 ${max} 的整数年份`,
    integer: (min, max) => `${min} 至 ${max} 的整数`,
    yearKey: (min, max) => `以 '${min}' 至 '${max}' 的年份为键`,
    period: "年份（2015）、期间字符串（'2016-2020' 或 '2015-16'）或 { start, end }",
    observationPeriod:
      "年份（2015）、期间字符串（'2016-2020'、'2015-16'，或月份 '2019-01/2019-09'）或由年份或月份 'YYYY-MM' 构成的 { start, end }",
    yearMonth: "'1900-01' 至 '2100-12' 之间的年月 'YYYY-MM'",
    periodObject: "由 1900 至 2100 的年份或月份 'YYYY-MM' 构成的期间 { start, end }，结束不早于开始",
    count: (max) => `0 至 ${max} 的整数`,
    oneOf: (allowed) => `${quoted(allowed)} 之一`,
    sourceRef: "出处 { kind: 'report', section, quote } 或 { kind: 'external', publication, confidence, … }",
    tolerance: '{ relative } 或 { absolute }',
    rateOrPerYear: '十进制数字符串或有限数字，或逐年给出数值的对象',
    multiplier: (min, max) => `10 的整数次幂，指数 ${min} 至 ${max}`,
    unitId: (ids) => `单位代码（${quoted(ids)} 之一）`,
    unit: (ids) => `单位代码（${quoted(ids)} 之一）或 { measure, multiplier }`,
    snapshotVersion: (version) => `快照格式版本 ${version}`,
    snapshotData: '以数据形式给出的值',
    value: '一个值',
    presentValue: '一个值，或不给出该键',
  },
  schemaExpected: (what, got) => `应为${spaced(t(what))}，实际为 ${value(got)}`,
  schemaMissing: (what) => `缺失；应为${spaced(t(what))}`,
  schemaInvalid: (code, got) => `无效（${code}），实际为 ${value(got)}`,
  unknownKeys: (keys, allowed) => `未知的键 ${keys.map((k) => value(k)).join('、')}；允许的键：${allowed.join(', ')}`,
  notTogether: (key, other) => `不能与 '${other}' 同时给出；请给出 '${other}' 或 '${key}'`,
  yearOrPeriod: "请给出 'year' 或 'period'",
  yearAndPeriod: "请给出 'year' 或 'period'，不能两者都给",
  periodReversed: (start, end) => `结束年份 ${end} 早于开始年份 ${start}`,
  periodShortEnd: (text) => `'${text}'：期间 'YYYY-YY' 必须在开始之后结束，且在同一世纪内`,
  periodEndNotAfterStart: (text) => `'${text}'：期间 'YYYY-YYYY' 必须在开始之后结束`,
  monthPeriodReversed: (start, end) => `结束 '${end}' 早于开始 '${start}'`,
  wordingComparator: (wording, comparator, means, renders) =>
    `措辞 '${wording}'${renders === undefined ? '' : `（译作${renders}）`}对应比较符 '${means}'，实际为比较符 '${comparator}'；依《中华人民共和国民法典》第一千二百五十九条，以上、以下、以内包括本数，超过、不满、以外不包括本数`,
  toleranceNotApproximately: (comparator) => `仅可用于比较符 'approximately'，实际为比较符 '${comparator}'`,
  driverExclusive: (given) => `growth、additions、values 至多给出一个；实际给出了 ${given.join(' 和 ')}`,
  horizonNotAfterBase: (baseYear, horizon) => `必须晚于 baseYear ${baseYear}，实际为 ${horizon}`,
  yearsMissing: (missing, from, to) => `缺少年份 ${missing.join(', ')}；请给出 ${from} 至 ${to} 的每一年`,
  yearOutside: (year, from, to) => `年份 ${year} 不在 ${from}–${to} 之内`,
  growthNotAboveMinusOne: (got) => `增长率必须大于 -1（即下降 100%），实际为 ${cut(got)}`,
  notPositive: (got) => `必须大于 0，实际为 ${cut(got)}`,
  protoKey: "未知的键 '__proto__'；任何时候都不允许该键",
  validationSummary: (lines, total) =>
    total === 1
      ? t(lines[0] ?? '')
      : `${total} 个问题：${lines.map(t).join('；')}${total > lines.length ? `；另有 ${total - lines.length} 个` : ''}`,
  validationCrash: (detail) => `无法校验：${detail}`,
  stoppedReading: (problems, read, total) => `发现 ${problems} 个问题后停止读取，已读共 ${total} 项中的前 ${read} 项`,
  csvLocation: (line, column) => (column === undefined ? `第 ${line} 行` : `第 ${line} 行 ${value(column)} 列`),
  csvEmpty: (columns) => `第一行必须是列名行（${columns.join(', ')}）`,
  csvUnknownColumn: (column, allowed) => `未知的列 ${value(column)}；允许的列：${allowed.join(', ')}`,
  csvDuplicateColumn: (column) => `列 '${column}' 出现不止一次`,
  csvMissingColumn: (column) => `缺少列 '${column}'`,
  csvNoYearColumn: "需要 'year' 列或 'period' 列",
  csvFieldCount: (expected, got) => `应与列名行一样有 ${expected} 个字段，实际有 ${got} 个`,
  csvMalformed: (code) =>
    code === 'MissingQuotes'
      ? '带引号的字段没有闭合'
      : code === 'InvalidQuotes'
        ? '引号位置有误（字段内有引号时，请给整个字段加引号，并把其中的引号写两遍）'
        : `CSV 格式有误（${code}）`,
  duplicateObservation: (first, indicator, period) =>
    `与 ${t(first)} 重复：${value(indicator)} ${period}，版本、来源和定义均相同；请只给出一个数值，或用 vintage 区分修订值与初次发布值，或设 options.duplicates 为 'first' 或 'last'（parseObservations、parseObservationsCsv）`,
  snapshotNotJson: (detail) => `不是有效的 JSON：${detail}`,
  snapshotUnknownValue: (got, types) => `无法判断 ${value(got)} 是哪一类值；请传入 { type }，取 ${quoted(types)} 之一`,
  unknownUnitId: (name, got, known) =>
    `${name}：应为单位代码（${quoted(known)} 之一）或单位对象 { measure, multiplier }，实际为 ${value(got)}`,
  unknownMeasure: (name, got, known) => `${name}：应为计量（${quoted(known)} 之一），实际为 ${value(got)}`,
  notQuantity: (name, got, bareDecimal) =>
    `${name}：应为数量 { value, unit }，如 quantity(240, 'bn-yuan')，实际为${bareDecimal === undefined ? ` ${value(got)}` : `不带单位的十进制数 ${bareDecimal}`}`,
  unitName: (id, measure, multiplier) => (id === undefined ? `单位 { measure: '${measure}', multiplier: ${multiplier} }` : `单位 '${id}'`),
  unitMismatch: (operation, a, aMeasure, b, bMeasure) =>
    `${operation}：a 为${spaced(t(a))}（计量 '${aMeasure}'），b 为${spaced(t(b))}（计量 '${bMeasure}'）；只有同一计量的数量才能一起运算`,
  cannotConvert: (operation, from, fromMeasure, to, toMeasure) =>
    `${operation}：无法把${spaced(t(from))}（计量 '${fromMeasure}'）换算为${spaced(t(to))}（计量 '${toMeasure}'）；单位只能在同一计量内换算`,
  valueUnit: (name, unit, measure, subject, subjectMeasure) =>
    `${name}：${t(unit)}（计量 '${measure}'）与${spaced(t(subject))}（计量 '${subjectMeasure}'）不符；只有同一计量的单位才能换算`,
  percentRatioHint: '；百分数与比率之间请用 toRatio() 和 fromRatio() 换算',
  notPercentMeasure: (operation, name, unit, measure, allowed) =>
    `${operation}：${name} 必须以百分比类计量（${quoted(allowed)} 之一）表示，实际为${spaced(t(unit))}（计量 '${measure}'）`,
  unknownDisplayUnit: (name, got, known) => `${name}：应为 'auto' 或单位代码（${quoted(known)} 之一），实际为 ${value(got)}`,
  progressDuplicateYear: (year, first) => `年份 ${year} 出现不止一次（另见 ${first}）`,
  progressYearsOrder: (baseYear, targetYear) =>
    `baseYear 与 targetYear：baseYear 必须早于 targetYear，实际为 ${baseYear} 和 ${targetYear}`,
  progressTargetRequired: (method, got) => `target：方法 '${method}' 需要目标值，实际为 ${value(got)}`,
  progressThresholdsOrder: (name, order, got) => `${name}：应满足 ${order}，实际为 ${got}`,
  progressToleranceRequired: (name) =>
    `${name}：'approximately' 目标需要容差 { relative } 或 { absolute }（在目标上或在 options.tolerance 中给出），实际为 undefined`,
  progressToleranceShape: (name, got) => `${name}：应为 { relative } 或 { absolute }，其值为一个非负十进制数，实际为 ${value(got)}`,
  progressTargetUnit: (name, kind, expected, got) => `${name}：${kind} 目标的单位必须是 '${expected}'，实际为 ${got}`,
  progressPeriodRequired: (name, got) => `${name}：增长率目标需要其年均值所覆盖的期间 { start, end }，实际为 ${value(got)}`,
  progressSeriesMissingYear: (name, year, role) => `${name}：没有 ${year} 年的数值（${t(role)}）`,
  progressRatePercent: (name, got) => `${name}：以百分数表示的增长率必须大于 -100（即下降 100%），实际为 ${cut(got)}`,
  progressPartialSkipped: (at, period, year) =>
    `${at}（${period}）只覆盖一年中的一部分，已跳过；options.partialPeriods 设为 'use' 时按 ${year} 年计`,
  progressSeriesBreak: (name, breaks, from, to) =>
    `${name}：${t(breaks)}，位于 ${from} 与 ${to} 之间：序列断点前后的水平值不可比，无法据此计算年均增长率；请给出按可比口径公布的增长率（options.isGrowthRate），或从断点之后开始的期间`,
  progressPeriodBreak: (name, breaks, from, to) =>
    `${name}：${t(breaks)}，位于 ${from} 与 ${to} 之间：序列断点前后的水平值不可比，无法据此计算变化量；请给出按可比口径公布的逐年变化（options.yearlyChanges），或整个期间的数值`,
  progressDuplicatePeriod: (start, end, first) => `整个期间 ${start}–${end} 的第二个数值（另见 ${first}）`,
  progressPeriodYears: (name, missing, start, end, cumulative) =>
    `${name}：缺少期间 ${start}–${end} 中 ${missing.join('、')} 年的数值；${cumulative ? '累计目标需要每一年的数值相加' : '需要每一年的逐年变化'}`,
  progressPeriodForm: (name, got) =>
    `${name}：evaluatePeriodTarget 评估 'change'、'relative-change' 或 'cumulative' 形式的目标（'annual-average' 用 evaluateRateTarget，'level' 用 evaluateTarget），实际为 ${value(got)}`,
  progressRateForm: (name, got) =>
    `${name}：evaluateRateTarget 评估 'annual-average' 形式的目标（'change'、'relative-change' 或 'cumulative' 用 evaluatePeriodTarget），实际为 ${value(got)}`,
  progressPeriodNeeded: (name, form, got) => `${name}：'${form}' 形式的目标需要其覆盖的期间 { start, end }，实际为 ${value(got)}`,
  progressYearlyChangesCumulative: (name) =>
    `${name}：'cumulative' 目标直接累加各年数值；yearlyChanges 只用于 'change' 与 'relative-change' 目标`,
  scenarioDuplicateId: (id) => `id '${id}' 出现不止一次`,
  scenarioUnknownReference: (got, id) => `指标 '${id}' 引用了 ${value(got)}，它不是本规划的指标`,
  scenarioTargetIndicator: (got) => `${value(got)} 不是本规划的指标`,
  scenarioDerivedUnits: (id, kind, unit, numerator, denominator) =>
    `${kind} 类指标 '${id}'（单位 ${unit}）无法由单位为 ${numerator} 的分子和单位为 ${denominator} 的分母推算；允许：同一计量的百分数或比率，或由吨标准煤除以元得到 tce-per-10k-yuan`,
  scenarioGrowthUnit: (id, unit) => `增长类指标 '${id}' 的单位必须是 'percent-per-annum'、'percent' 或 'ratio'，实际为 ${unit}`,
  scenarioTargetPeriod: (form, got) => `'${form}' 形式的目标需要其覆盖的期间 { start, end }，实际为 ${value(got)}`,
  scenarioCycle: (path) => `推算指标相互引用，形成循环：${path.map((id) => `'${id}'`).join(' → ')}`,
  scenarioUnknownSeries: (name, id, planId, allowed) =>
    `${name}：'${id}' 不是规划 '${planId}' 的指标；可驱动的指标：${quoted(allowed)}`,
  scenarioDerivedSeries: (name, id, kind, allowed) =>
    `${name}：'${id}' 是 ${kind} 类指标，由 project 根据其输入推算，情景不能驱动它；可驱动的指标：${quoted(allowed)}`,
  scenarioDriverUnit: (name, unit, measure, id, indicatorUnit, indicatorMeasure) =>
    `${name}：${t(unit)}（计量 '${measure}'）与指标 '${id}' 的${spaced(t(indicatorUnit))}（计量 '${indicatorMeasure}'）不符；驱动量的单位只能在倍数上与指标不同`,
  scenarioYearKey: (name, key, from, to) => `${name}：键 '${key}' 不是 ${from} 至 ${to} 的年份`,
  scenarioNoDeflator: (name, scenarioId) =>
    `${name}：'comparable' 需要平减指数（每年一个价格指数，基期 = 100），而情景 '${scenarioId}' 没有`,
  scenarioNoDriver: (name, series, scenarioId, driven) =>
    `${name}：情景 '${scenarioId}' 没有 '${series}' 的驱动量；它驱动${driven.length === 0 ? '的序列为空' : ` ${quoted(driven)}`}`,
  scenarioUnknownTarget: (name, got, planId, ids) => `${name}：${value(got)} 不是规划 '${planId}' 的目标；目标：${quoted(ids)}`,
  scenarioTargetIndependent: (targetId, series, inputs) =>
    `options.targetId：目标 '${targetId}' 不依赖 '${series}'；它读取 ${quoted(inputs)}`,
  scenarioTargetFlat: (targetId, series, field, a, b, got) =>
    `options.targetId：${series}.${field} 为 ${cut(a)} 和 ${cut(b)} 时，目标 '${targetId}' 的数值均为 ${cut(got)}；它不随该驱动量变化，因此不存在临界值`,
  scenarioNoValue: (targetId, got, reason) => `options.targetId：驱动量为 ${cut(got)} 时目标 '${targetId}' 没有数值（${t(reason)}）`,
  scenarioBaselineIndicator: (name, id, planId, ids) => `${name}：'${id}' 不是规划 '${planId}' 的指标；指标：${quoted(ids)}`,
  scenarioNoBoundary: (targetId, series, field, when) =>
    `options.targetId：在所试的每个 ${series}.${field} 取值下，目标 '${targetId}' ${when === 'never' ? '都未实现' : '都已实现'}，因此不存在临界值`,
  planUnknownId: (got, what, where, suggestions, known) =>
    `${value(got)} 不是${padded(t(where))}的${t(what)}；${
      suggestions.length > 0 ? `是否应为 ${quoteOr(suggestions)}？` : known.length === 0 ? '其中一项也没有' : `共有 ${known.length} 项：${quoteSome(known)}`
    }`,
  planDuplicateId: (id, first) => `'${id}' 已是 ${first} 的 id；同一列表中的 id 必须唯一`,
  planDuplicateDirection: (direction, first) => `'${direction}' 已是 ${first} 的方位；一个规划每个方位只有一个区域`,
  planSelfReference: (id) => `'${id}' 就是该指标本身；请指定另一个指标`,
  planPartOfKind: (kind, whole, wholeKind) =>
    `'${kind}' 类指标不能是 '${wholeKind}' 类指标 '${whole}' 的一部分：部分与整体是同一类量，水平值包含于水平值，计数包含于计数`,
  planPartOfMeasure: (whole, wholeUnit, wholeMeasure, unit, measure) =>
    `'${whole}' 的单位为 '${wholeUnit}'（计量 '${wholeMeasure}'），而该指标的单位为 '${unit}'（计量 '${measure}'）；部分与整体的计量必须相同`,
  planPartOfCycle: (path) => `partOf 形成循环：${path.join(' → ')}；整体不能是其自身部分的一部分`,
  planReferenceNotAllowed: (kind, allowed) => `只能用于 ${quoteOr(allowed)} 类指标，而该指标是 '${kind}' 类`,
  planUnknownUnit: (got, known) => `${value(got)} 不是单位代码；应为 ${quoted(known)} 之一`,
  planKindUnit: (kind, unit, measure, allowed) =>
    `'${kind}' 类指标的单位必须属于计量 ${quoteOr(allowed)}，实际为 '${unit}'（计量 '${measure}'）`,
  planUnitMismatch: (unit, measure, indicator, indicatorUnit, indicatorMeasure) =>
    `'${unit}'（计量 '${measure}'）与指标 '${indicator}' 不符，该指标的单位为 '${indicatorUnit}'（计量 '${indicatorMeasure}'）；请给出计量为 '${indicatorMeasure}' 的单位`,
  planPartsMeasure: (numerator, numeratorMeasure, denominator, denominatorMeasure) =>
    `占比的分子 '${numerator}'（计量 '${numeratorMeasure}'）与分母 '${denominator}'（计量 '${denominatorMeasure}'）的计量必须相同`,
  planMembersExceedCount: (named, count) => `列出了 ${named} 个成员，但该任务只计 ${count} 个；列出的成员不能多于计数`,
  planEnumerated: (enumerated, named, count) =>
    enumerated
      ? `为 true，但 ${count} 个成员中只列出了 ${named} 个；只有列出全部成员时才为 true`
      : `为 false，但 ${count} 个成员已全部列出；请设为 true`,
  planBaseYear: (baseYear, start) => `必须早于始于 ${start} 年的规划期，实际为 ${baseYear}`,
  planYearOutside: (year, start, end) => `${year} 不在规划期 ${start}–${end} 之内`,
  planPeriodOutside: (start, end, planStart, planEnd) =>
    `${start === end ? start : `${start}–${end}`} 不在规划期 ${planStart}–${planEnd} 之内`,
  planDateOutside: (date, start, end) => `'${date}' 不在规划期 ${start}–${end} 之内`,
  planYearNotPeriodEnd: (year, start, end) => `${year} 不是目标期间 ${start}–${end} 的最后一年；期间目标在其期间末到期`,
  planFormPeriod: (form) => `形式为 '${form}' 的目标覆盖一个期间：请给出其期间 { start, end }（其基期为期间前一年）`,
  planFormUnit: (form, implicit, unit, measure, expected, indicator, indicatorUnit) =>
    implicit
      ? `增长类指标 '${indicator}' 的期间目标按年均值（形式 'annual-average'）理解，单位应属于计量 '${expected}'，实际为 '${unit}'（计量 '${measure}'）；如果它不是年均值，请给出其形式（'change'、'relative-change' 或 'cumulative'）`
      : `指标 '${indicator}'（单位 '${indicatorUnit}'）形式为 '${form}' 的目标，单位应属于计量 '${expected}'，实际为 '${unit}'（计量 '${measure}'）`,
  planRateTargetPeriod: (indicator) => `增长类指标 '${indicator}' 的目标需要其年均值所覆盖的期间 { start, end }`,
  planToleranceRequired: "'approximately' 目标需要容差 { relative } 或 { absolute }",
  planShareRange: (got, unit, max) => `以 '${unit}' 表示的占比或比率必须在 0 至 ${max} 之间，实际为 ${cut(got)}`,
  planCountValue: (got) => `计数必须是非负整数，实际为 ${cut(got)}`,
  planFactNoUnit: (got) => `带数值（${cut(got)}）的事实需要单位`,
  planFactEmpty: '事实需要数值或陈述',
  planNotPlan: (name, got) => `${name}：应为规划（definePlan 的返回值，或 baotou13），实际为 ${value(got)}`,
  planNotDecimal: (name, got) =>
    `${name}：应为 Decimal，实际为 ${value(got)}；从 JSON 读入的规划，其数值为字符串：请用 definePlan 或 parsePlan（baotou-plan/schema）读取并校验，或用 materializePlan`,
  planNotFound: (name, text) => `${name}：${t(text)}`,
  planAmbiguous: (name, got, what, ids) => `${name}：${value(got)} 与 ${ids.length} 个${t(what)}相符（${quoted(ids)}）；请传入 id`,
  csvCell: (column, row, got) =>
    `rows[${row}].${column}：应为字符串、有限数字、bigint、布尔值、Decimal 或 null，实际为 ${value(got)}`,
  cliUnknownCommand: (name, known) => `未知命令 ${value(name)}；命令：${known.join(', ')}`,
  cliUnknownOption: (option, command, known) => `${command} 没有选项 '${option}'；选项：${known.join(', ')}`,
  cliOptionTakesNoValue: (option) => `选项 '${option}' 不接受值`,
  cliOptionNeedsValue: (option, placeholder) => `选项 '${option}' 需要一个值：${option} ${placeholder}`,
  cliUnexpectedArgument: (argument, command) => `${command} 不接受参数 ${value(argument)}`,
  cliMissingArgument: (command, what, choices) => `${command} 需要 ${what}${choices === undefined ? '' : `：取 ${choices.join(', ')} 之一`}`,
  cliMissingOption: (command, what) => `${command} 需要 ${what}`,
  cliHelpHint: (command) => `运行 '${command} --help' 查看用法和示例`,
  cliInternal: (text) => `内部错误：${text}（这是 baotou-plan 的缺陷；设 BAOTOU_PLAN_DEBUG=1 运行可看到调用栈）`,
  cliInFile: (path, message) => `${path}：${t(message)}`,
  cliFileNotFound: (path) => `${path}：文件不存在`,
  cliFileFailed: (path, action, reason) => `${path}：无法${t(action)}（${reason}）`,
  cliWriteFailed: (stream, reason) => `无法写入${t(stream)}（${reason}）；输出不完整`,
  cliUnknownFileKind: (kinds) => `无法判断文件类型（${kinds.join(', ')}）；请用 --kind 指明`,
  cliOptionsExclusive: (a, b) => `${a} 与 ${b} 不能同时给出：请只给出一个`,
  cliChartOut: (path) => `--out：应为以 .svg 或 .json 结尾的文件，实际为 ${value(path)}`,
  cliCsvOneTable: (command, hint) => `--format csv 只写一张表，而 ${command} 输出多张表${hint === '' ? '' : `；${t(hint)}`}`,
  cliCsvNamePart: (example) => `请指定其中一部分，如 '${example}'`,
  cliUnknownPlan: (got, names) => `--plan：应为内置规划（${quoted(names)}）或规划 JSON 文件，实际为 ${value(got)}`,
  cliNothingToJudge: (planId, projection) =>
    `本库没有规划 '${planId}' 的公布数据可供评价：请给出 --observations <文件>（您的数据）${projection ? '或 --scenario <名称|文件.json>（预测）' : ''}`,
  cliTrendNeedsObservations: (planId, trend, planPath) =>
    `情景 '${trend}' 延续规划的公布数据，而本库没有规划 '${planId}' 的公布数据：请用 --observations <文件> 给出您的数据，或用 --scenario ${planPath} 或情景文件`,
  cliNothingAssessed: (planId, file, indicators) =>
    `规划 '${planId}' 没有可评估的目标：${file === undefined ? '其公布数据' : `${file} 中的观测数据`}没有其目标所依据指标（${quoted(indicators)}）的任何数值`,
  chartDuplicateYear: (name, year, first) => `${name}：年份 ${year} 已在 ${first} 给出；每年只给一个值`,
  chartDuplicateId: (name, id, first) => `${name}：'${id}' 已在 ${first} 给出；每个目标只给一行`,
  chartDuplicateDirection: (name, direction, first) => `${name}：方位 '${direction}' 已在 ${first} 给出；布局中每个方位只有一个区域`,
  chartYearNotAfter: (name, year, baseYear) => `${name}：必须晚于基期 ${baseYear}，实际为 ${year}`,
  chartYearNotBefore: (name, year, targetYear) => `${name}：必须早于目标年份 ${targetYear}，实际为 ${year}`,
  chartPathNeedsTarget: (name) => `${name}：'geometric' 需要一个终点目标；请给出 input.target`,
  chartNoObservationBefore: (name, targetYear) => `${name}：几何路径从目标年份 ${targetYear} 之前的观测值出发，但没有这样的观测值`,
  chartNoObservation: (name, year, years) =>
    `${name}：${year} 年没有可作为所需路径起点的观测值；有观测值的年份：${years.join(', ')}`,
  chartNotProjected: (name, id, scenarioId) => `${name}：情景 '${scenarioId}' 的预测中没有 '${id}' 的数值；请驱动它或它所依据的某个序列`,
  chartNoObservations: (name, id) => `${name}：没有 '${id}' 带年份的观测值`,
  chartNoBaseValue: (name, id, baseYear) =>
    `${name}：没有 '${id}' 基期 ${baseYear} 年的数值可作起点；请在 options.observations 中给出 '${id}' 的观测值`,
  chartRenderMissing: (reason) => `渲染 SVG 需要可选依赖 vega 和 vega-lite，但无法加载（${reason}）；安装方法：npm install vega@6 vega-lite@6`,
  chartNoLayout: (name, planId) => `${name}：规划 '${planId}' 没有产业布局（layout 为空），无可绘制的内容；planLayoutChart 绘制的是 plan.layout 中的区域`,
  chartInvalidSpec: (reason) => `spec：不是可以渲染的 Vega-Lite 规范（${reason}）`,
};

/** The Chinese entry of a key (`'expected.year'`, `'scenario.reasons.bound'`, `'progress.noData'`), or `undefined`. */
function entryOf(key: string): unknown {
  let at: unknown = key.startsWith('scenario.') ? { scenario: scenarioTextsZh } : key.startsWith('progress.') ? { progress: progressTextsZh } : messagesZh;
  for (const part of key.split('.')) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, part)) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

/**
 * A remembered message in Chinese: its builder's Chinese counterpart on the same arguments,
 * with the messages among them in Chinese too; its English text where there is no counterpart.
 *
 * @param template - What the message was built from.
 * @returns The message in Chinese.
 *
 * @example
 * ```ts
 * chineseOf({ key: 'cliFileNotFound', args: ['obs.csv'], text: 'obs.csv: no such file', parts: new Map() }); // → 'obs.csv：文件不存在'
 * ```
 */
export function chineseOf(template: MessageTemplate): string {
  const outer = writing;
  writing = template;
  try {
    switch (template.key) {
      case '@located': {
        const [where, message] = template.args as [string, string];
        return `${t(where)}：${t(message)}`;
      }
      case '@joined':
        return (template.args as string[]).map((part) => (part === '; ' ? '；' : t(part))).join('');
    }
    const entry = entryOf(template.key);
    if (typeof entry === 'function') return String((entry as (...args: unknown[]) => string)(...template.args));
    return typeof entry === 'string' ? entry : template.text;
  } catch {
    return template.text; // arguments the Chinese builder cannot read: the English text stands
  } finally {
    writing = outer;
  }
}

/**
 * Any text of the library in Chinese: a message it built lately (see `templateOf`), words it
 * passes into messages, or the text as it is.
 *
 * @param text - The English text.
 * @returns The text in Chinese where it is known.
 *
 * @example
 * ```ts
 * chinese('for a growth rate'); // → '计算增长率时'
 * chinese('Baotou'); // → 'Baotou'
 * ```
 */
export function chinese(text: string): string {
  const known = t(text);
  return known === text ? structureZh(text) : known;
}
