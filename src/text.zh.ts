/**
 * The texts of scorecards, projections, break-evens, consistency findings
 * (src/scenario/text.ts) and explanations (src/progress/explain.ts) in Chinese: the same keys,
 * each builder taking the same arguments as its English twin (the `Catalogue` type makes a
 * missing twin a compile error). Ids, unit ids, OBS_STATUS codes and years are kept as they
 * are; a figure or a value with its unit passed in (`'gdp' 2020: 115.3 billion yuan`) is written
 * as the Chinese formatter writes it (`'gdp' 2020：1,153 亿元`, see `formatQuantity`); a text of
 * the library passed in is written in Chinese from what it was built from. Loaded with the
 * Chinese catalogue (src/messages.zh.ts) only.
 *
 * @internal
 * @module
 */
import { COMPARATOR_WORDS, formatQuantity, OBS_STATUS_WORDS, PROGRESS_STATUS_WORDS, quantity, SCORECARD_STATUS_WORDS, UNITS, withUnit, ZERO } from './internal/library.js';
import { chinese, type Catalogue } from './messages.zh.js';
import type { text } from './progress/explain.js';
import type { caveatText, findings, notes, planPath, reasons, reportedTrend, working } from './scenario/text.js';
import type { UnitId } from './units/registry.js';
import type { Comparator, ObsStatus, ProgressStatus, ScorecardStatus } from './vocabulary.js';

/** The catalogues of src/scenario/text.ts, under the key prefix `scenario.`. */
interface ScenarioTexts {
  readonly notes: typeof notes;
  readonly reasons: typeof reasons;
  readonly caveatText: typeof caveatText;
  readonly working: typeof working;
  readonly findings: typeof findings;
  readonly planPath: typeof planPath;
  readonly reportedTrend: typeof reportedTrend;
}

/** The unit of each suffix of the library's English values (`' billion yuan'` → `'bn-yuan'`), longest first. */
const SUFFIXES: readonly (readonly [string, UnitId])[] = /* @__PURE__ */ (Object.keys(UNITS) as UnitId[])
  .map((id) => [withUnit(ZERO, id).slice(1), id] as const)
  .filter(([suffix]) => suffix !== '')
  .sort((a, b) => b[0].length - a[0].length);

/** A plain decimal as the library writes values. */
const PLAIN = /^-?\d+(\.\d+)?$/;

/**
 * A value with its unit as the library writes it in English (`115.3 billion yuan`, `11 % a
 * year`, a count without a unit), as the Chinese formatter writes it (`1,153 亿元`, `年均11%`,
 * `60,000,000`); other text as it is.
 */
function valueZh(text: string): string {
  if (PLAIN.test(text)) return formatQuantity(quantity(text, 'count'), { locale: 'zh-CN' });
  for (const [suffix, unit] of SUFFIXES) {
    if (!text.endsWith(suffix)) continue;
    const n = text.slice(0, -suffix.length);
    if (PLAIN.test(n)) return formatQuantity(quantity(n, unit), { locale: 'zh-CN' });
  }
  return text;
}

/** A value and its unit id (`'1200'`, `'100m-yuan'`) as the Chinese formatter writes it (`1,200 亿元`); an unknown unit after the value. */
function quantityZh(value: string, unit: string): string {
  return PLAIN.test(value) && Object.hasOwn(UNITS, unit) ? formatQuantity(quantity(value, unit as UnitId), { locale: 'zh-CN' }) : `${value} ${unit}`;
}

/** A space before a text that starts with a Latin letter, digit or quote, after Chinese words. */
const spacedZh = (zh: string): string => (/^[\x21-\x7e]/.test(zh) ? ` ${zh}` : zh);

/** Free-text scopes of the library's figures (src/data), in Chinese. */
const SCOPES: readonly (readonly [RegExp, string])[] = [
  [/^industrial enterprises above designated size \(规模以上工业企业: annual main-business revenue of at least 20 million yuan\)$/, '规模以上工业企业（年主营业务收入 2000 万元及以上）'],
  [/^above designated size \(规模以上\)$/, '规模以上'],
  [/^dwellings started \(开工\), not finished$/, '开工套数，而非竣工套数'],
  [/^excluding non-comparable factors \(剔除不可比因素\)$/, '剔除不可比因素'],
  [/^like-for-like \(按可比口径\): against the previous year cleared of the fake additions \(虚增空转\)$/, '按可比口径：与剔除虚增空转后的上年相比'],
  [/^as published: against the previous year as first published, fake additions included$/, '按公布数：与首次公布的上年数据（含虚增部分）相比'],
  [
    /^the basis of the Ministry of Industry and Information Technology, on which 2015 was (\S+) % \(the Outline's baseline: (\S+) %\)$/,
    '工业和信息化部的口径，按此口径 2015 年为 $1%（纲要基数：$2%）',
  ],
  [
    /^the method of evaluation of 2020, after a change of method, on which the Ministry of Ecology and Environment cites the target as (\S+) % \(Xinhua, (\S+)\)$/,
    '2020 年的评价方法（方法调整之后），生态环境部据此将目标表述为 $1%（新华社，$2）',
  ],
];

/** Words the library passes into its texts (names of quantities, statuses, forms), in Chinese. */
const WORDS: Readonly<Record<string, string>> = {
  'observed CAGR': '实际年均增长率',
  'required CAGR': '所需年均增长率',
  'annual average': '年均值',
  'annual average growth': '年均增长率',
  cumulative: '累计值',
  change: '变化',
  level: '水平值',
  'relative change': '相对变化',
  'sum of the yearly values': '各年数值之和',
  ratio: '比值',
  'progress value': '进展值',
  score: '得分',
  undefined: '未定义',
  minimum: '最小值',
  maximum: '最大值',
};

/** A word of the library in Chinese: a status id, a known word, a scope, or a text it built; else as it is. */
function word(text: string): string {
  if (Object.hasOwn(PROGRESS_STATUS_WORDS, text)) return PROGRESS_STATUS_WORDS[text as ProgressStatus]['zh-CN'];
  if (Object.hasOwn(SCORECARD_STATUS_WORDS, text)) return SCORECARD_STATUS_WORDS[text as ScorecardStatus]['zh-CN'];
  // the tag of a summary: an English wording and the Chinese word it renders (`"more than" as 以上`)
  const rendering = /^"[^"]*" as (.+)$/.exec(text);
  if (rendering !== null) return rendering[1] as string;
  const known = WORDS[text];
  if (known !== undefined) return known;
  for (const [pattern, replacement] of SCOPES) if (pattern.test(text)) return text.replace(pattern, replacement);
  return chinese(text);
}

/** A figure, a value, a text of the library or a word in Chinese (see `word`, and `chinese`, which falls back on `structureZh`). */
const figureZh = (text: string): string => word(text);

/**
 * A text of the library that is not a text one of its builders made lately, in Chinese by its
 * structure: a figure (`'gdp' 2020: 278.74 billion yuan`, `'gdp' 2017-01–2017-11: …`), a
 * target with its level (`'a-2020 (240 billion yuan in 2020)'`), a text after an id
 * (`a-2020: …`), texts joined with `; ` or ` and `, or a value with its unit; each part
 * written in Chinese in turn, the rest kept as it is.
 *
 * @param text - The English text.
 * @returns The text in Chinese where its parts are known.
 *
 * @example
 * ```ts
 * structureZh("'gdp' 2020: 278.74 billion yuan"); // → "'gdp' 2020：2,787.4 亿元"
 * ```
 */
export function structureZh(text: string): string {
  const figure = /^'([^']+)' (\S+): (.+)$/.exec(text);
  if (figure !== null) return `'${figure[1]}' ${figure[2]}：${valueZh(figure[3] as string)}`;
  const forYear = /^'([^']+)' for (\d{4})$/.exec(text);
  if (forYear !== null) return `'${forYear[1]}' ${forYear[2]} 年`;
  const levelTarget = /^([\w.-]+) \((.+) in (\d{4})\)$/.exec(text);
  if (levelTarget !== null) return `${levelTarget[1]}（${levelTarget[3]} 年${spacedZh(valueZh(levelTarget[2] as string))}）`;
  if (text.includes('; ')) return joinedZh(text, '; ', '；');
  const afterId = /^([\w.-]+): (.+)$/.exec(text);
  if (afterId !== null) {
    const rest = figureZh(afterId[2] as string);
    if (rest !== afterId[2]) return `${afterId[1]}：${rest}`;
  }
  if (text.includes(' and ')) return joinedZh(text, ' and ', '和');
  return valueZh(text);
}

/** Texts joined with `separator`, each in Chinese, joined with `chineseSeparator`; the text as it is where none is known. */
function joinedZh(text: string, separator: string, chineseSeparator: string): string {
  const parts = text.split(separator);
  const zh = parts.map(figureZh);
  return zh.some((part, i) => part !== parts[i]) ? zh.join(chineseSeparator) : text;
}

/** A space before a text that starts with a Latin letter, digit or quote (after Chinese), and after one that ends with one. */
const f = (text: string): string => {
  const zh = figureZh(text);
  return `${spacedZh(zh)}${/[\x21-\x7e]$/.test(zh) ? ' ' : ''}`;
};

/** A figure in Chinese at the start of a sentence: with a space after it where it ends with a Latin letter, digit or quote. */
const lead = (text: string): string => f(text).replace(/^ /, '');

/** A text without the spaces a figure brought next to Chinese punctuation or at its ends (`； 'gdp'` → `；'gdp'`). */
const tidy = (text: string): string =>
  text
    .replace(/([；：，、（）。]) +/g, '$1')
    .replace(/ +([；：，、（）。])/g, '$1')
    .replace(/ {2,}/g, ' ')
    .trim();

/** The builders of a catalogue, each giving its text tidied (see `tidy`). */
function tidied<T extends object>(catalogue: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(catalogue)) {
    out[name] =
      typeof value === 'function'
        ? (...args: unknown[]) => tidy(String((value as (...a: unknown[]) => string)(...args)))
        : typeof value === 'string'
          ? value
          : tidied(value as object);
  }
  return out as T;
}

/** A price basis in Chinese (`'comparable'` → `可比价`; none stated → `未说明的价格口径`). */
function pricesZh(basis: string | undefined): string {
  return basis === 'current' ? '现价' : basis === 'comparable' ? '可比价' : basis === undefined || basis === 'unspecified' ? '未说明的价格口径' : `${basis} 价格`;
}

/** Years listed with the Chinese enumeration comma: `2016、2017、2019`. */
const yearsZh = (years: readonly (number | string)[]): string => years.join('、');

/** Ids quoted, joined with the Chinese enumeration comma: `'a'、'b'`. */
const quoted = (items: readonly string[]): string => items.map((item) => `'${item}'`).join('、');

/** Texts or figures in Chinese, joined with the Chinese enumeration comma. */
const listZh = (items: readonly string[]): string => items.map(figureZh).join('、');

/** The OBS_STATUS word of a code in Chinese, or the English word given. */
const statusWord = (status: string, english: string): string =>
  Object.hasOwn(OBS_STATUS_WORDS, status) ? OBS_STATUS_WORDS[status as ObsStatus]['zh-CN'] : english;

/** The attainment of a summary (`'104.17 %'`) in Chinese. */
const attainmentZh = (attainment: string | null): string => (attainment === null ? '完成率没有定义' : `完成率 ${valueZh(attainment)}`);

/** 已实现 / 未实现. */
const metZh = (met: boolean): string => (met ? '已实现' : '未实现');

/** A progress direction in Chinese. */
const directionZh = (direction: string): string => (direction === 'increase' ? '上升' : direction === 'decrease' ? '下降' : direction);

/** A wording's meaning (`'不低于' includes the figure: atLeast (≥)`, `'at least' renders 不低于, which …`), in Chinese. */
function meaningZh(meaning: string): string {
  const m = /^'([^']*)'(?: renders (\S+), which)? (states a level to aim at|includes the figure|excludes the figure)( \(Civil Code of the PRC, art\. 1259\))?: (\w+) \((\S+)\)$/.exec(meaning);
  if (m === null) return meaning;
  const [, wording, renders, rule, law, comparator, symbol] = m as unknown as [string, string, string | undefined, string, string | undefined, string, string];
  const ruleZh = rule === 'states a level to aim at' ? '表示要达到的水平' : `${rule.startsWith('includes') ? '包含' : '不包含'}本数${law === undefined ? '' : '（《中华人民共和国民法典》第一千二百五十九条）'}`;
  const comparatorZh = Object.hasOwn(COMPARATOR_WORDS, comparator) ? COMPARATOR_WORDS[comparator as Comparator]['zh-CN'] : comparator;
  return `'${wording}' ${renders === undefined ? '' : `即 ${renders}，`}${ruleZh}：${comparatorZh}（${symbol}）`;
}

/** The pieces of the detail of a progress summary (src/progress: opensdg, unsd, timeProgressMethod), in Chinese. */
const DETAILS: readonly (readonly [RegExp, string])[] = [
  [/^(\S+) in (\d{4}) meets the target (\S+)$/, '$2 年为 $1，实现目标 $3'],
  [/^target not met$/, '目标未实现'],
  [/^task (\S+) % done$/, '任务进度 $1%'],
  [/^time (\S+) % gone$/, '时间进度 $1%'],
  [/^ratio (\S+)$/, '比值 $1'],
  [/^required CAGR 0$/, '所需年均增长率为 0'],
  [/^observed CAGR (\S+) %$/, '实际年均增长率 $1%'],
  [/^observed CAGR (\S+) % vs required (\S+) %$/, '实际年均增长率 $1%，所需 $2%'],
  [/^R = (\S+)$/, 'R = $1'],
  [/^projected (\S+) for (\d{4}) vs target (\S+)$/, '$2 年预测值 $1，目标 $3'],
  [/^average rate (\S+) vs target (\S+)$/, '平均增长率 $1，目标 $2'],
  [/^score (\S+)$/, '得分 $1'],
];

/** A piece of a detail in Chinese: a known pattern, or a text of the library. */
function detailPiece(piece: string): string {
  for (const [pattern, replacement] of DETAILS) if (pattern.test(piece)) return piece.replace(pattern, replacement);
  return figureZh(piece);
}

/** The detail of a progress summary (`: reason`, `: task 21 % done, time 40 % gone, ratio 0.525`, `, score 0.5`) in Chinese. */
function detailZh(detail: string): string {
  if (detail === '') return '';
  const lead = detail.startsWith(': ') ? '：' : '，';
  const rest = detail.replace(/^(: |, )/, '');
  // a reason is one text of the library; a detail of a method is pieces joined with ', '
  const whole = figureZh(rest);
  return `${lead}${whole !== rest ? whole : rest.split(', ').map(detailPiece).join('，')}`;
}

/**
 * The texts of scorecards and projections (src/scenario/text.ts) in Chinese, key for key.
 *
 * @example
 * ```ts
 * scenarioTextsZh.reasons.notYet(2018, 2021); // → '待评价：期间始于 2021 年，晚于 2018 年'
 * ```
 */
export const scenarioTextsZh: Catalogue<ScenarioTexts> = /* @__PURE__ */ tidied({
  notes: {
    zeroDenominator: (id, denominator, offset) => `${id}：基期后第 ${offset} 年未预测，因为 ${denominator} 在该年为 0`,
    growthUndefined: (id, of, base, level, offset) =>
      `${id}：基期后第 ${offset} 年未预测：${of} 从${f(base)}到${f(level)}的增长没有定义（基数须大于 0，水平值不得为负）`,
  },
  reasons: {
    notDriven: (ids) => `未预测：情景没有驱动 ${quoted(ids)} 中的任何一项`,
    beyondHorizon: (year, from, to) => `未预测：${year} 年不在预测的年份 ${from}–${to} 之内`,
    noObservation: (what) => `没有${f(what)}的观测值`,
    notYet: (asOf, start) => `待评价：期间始于 ${start} 年，晚于 ${asOf} 年`,
    known: (what, known) => (known.length === 0 ? figureZh(what) : `${lead(what)}；已知：${known.map(figureZh).join('；')}`),
    bound: (id, year, whole, figure, threshold, met) =>
      `没有 '${id}' ${year} 年的观测值；它是 '${whole}' 的一部分（partOf），后者 ${year} 年为${f(figure)}，所以 '${id}' 至多为此值：${
        met ? `在${f(threshold)}之内，已实现` : `低于${f(threshold)}，未实现`
      }`,
    undecided: (whole, figure, year) => `包含它的 '${whole}' ${year} 年为${f(figure)}，不能判定目标（部分可以是不超过它的任何值）`,
    incomplete: (id, missing, start, end, mode) =>
      `没有 '${id}' ${yearsZh(missing)} 年的全年数据（期间 ${start}–${end}），也没有整个期间的${mode === 'rate' ? '平均值' : mode === 'cumulative' ? '合计' : '变化'}`,
    levelsAcrossBreak: (id, from, to, breaks) => `'${id}' ${from} 年和 ${to} 年的水平值不在同一口径上：两者之间有${f(breaks)}`,
    noLevels: (id, from, to) => `也没有 '${id}' ${from} 年和 ${to} 年的水平值`,
    levelsAtOtherPrices: (levels, from, to, levelsBasis, id, basis) =>
      `'${levels}' ${from} 年和 ${to} 年的水平值按${pricesZh(levelsBasis)}计算，而 '${id}' 按${pricesZh(basis)}计算：由前者算出的结果会包含价格变化，因此不予计算`,
    partialSum: (id, start, end, figure, threshold, met) =>
      `没有 '${id}' 整个期间 ${start}–${end} 的数据；${f(figure)}只覆盖其中一部分，而计数不会为负，所以整个期间的合计至少为此值：${
        met ? `不低于${f(threshold)}，已实现` : `超出${f(threshold)}，未实现`
      }`,
    knownFigure: (figure) => figureZh(figure),
    knownPartial: (figure) => `${lead(figure)}（非全年）`,
    knownSpan: (figure, average) => `${lead(figure)}（${average ? '该时段的平均值' : '该时段的数据'}）`,
  },
  caveatText: {
    scope: (id, scope, own) =>
      `此处所用 '${id}' 的数据统计范围为${f(scope)}；${own === undefined ? `规划未说明 '${id}' 的统计范围` : `规划所定义的 '${id}' 的统计范围为${f(own)}`}`,
    priceBasis: (id, basis, own) => `此处所用 '${id}' 的数据按${pricesZh(basis)}计算；规划所定义的 '${id}' 按${pricesZh(own)}计算`,
    estimate: (figure, status, english) => `${lead(figure)}为${statusWord(status, english)}（OBS_STATUS ${status}），不是最终数据`,
    vintage: (figure, vintage, others) => `采用 ${vintage} 发布的${f(figure)}：它修订了${f(listZh(others))}`,
    disagree: (figure, others) =>
      `各来源的数据不同：采用${f(figure)}，而不是${f(listZh(others))}（最终数据优先于估计值，精确数优先于约数，其次取更精确者，再次取最先给出者）`,
    partial: (figure, year) => `${lead(figure)}只覆盖一年中的一部分：不是 ${year} 年的全年数据`,
    afterBreak: (figure, breaks, baseYear) =>
      `${lead(figure)}在${f(breaks)}之后；目标是在此之前按 ${baseYear} 年的口径制定的，因此该数据与目标可能不在同一口径上`,
    firstAfterBreak: (figure, baseYear) =>
      `${lead(figure)}是其序列断点（OBS_STATUS B：统计修订）之后的第一个数据；目标是在此之前按 ${baseYear} 年的口径制定的，因此该数据与目标可能不在同一口径上`,
    breakFlip: (year, cut, factor, whole, threshold, met) =>
      `按目标制定时的口径，只有当修订使整体 ${year} 年的水平值降低超过${f(cut)}（修订系数，即修订后 ÷ 修订前的水平值，低于 ${whole} ÷ ${threshold} = ${factor}）时，结论才会改变：修订幅度小于此值时目标都${metZh(met)}`,
    breakBridged: (breaks) => `期间内有${f(breaks)}；年度增长率按可比口径公布，可以跨越它，水平值则不能`,
    breakWord: (id, figure) => `'${id}' 的序列断点（OBS_STATUS B：${figureZh(figure)}）`,
    derivedParts: (numerator, denominator) => `由其组成部分 '${numerator}' 和 '${denominator}' 计算得出，不是公布的数据`,
    derivedRates: (start, end) => `${start}–${end} 年的年均值由各年增长率计算得出（几何平均），不是公布的数据`,
    derivedLevels: (from, to, average) => `${average ? '年均值' : '变化'}由 ${from} 年和 ${to} 年的水平值计算得出，不是公布的数据`,
    partialSum: (figure, period) => `${lead(figure)}只覆盖期间 ${period} 的一部分：结论依据整个期间的合计至少为此值（计数不会为负）`,
    levelsPrices: (id, basis, levels) => `'${id}' 按${pricesZh(basis)}计算；此处由价格口径未说明的 '${levels}' 水平值算出，可能包含价格变化`,
    derivedYears: (start, end, cumulative) =>
      cumulative ? `${start}–${end} 年的合计是各年数据之和，不是公布的数据` : `${start}–${end} 年的变化由各年的变化计算得出，不是公布的数据`,
    breakSummed: (breaks) => `期间内有${f(breaks)}；其前后各年的数据按公布值相加，如果断点改变了统计范围，合计就混合了两种定义`,
  },
  working: {
    closedLevel: (formula, value) => `闭式解：${formula} = ${valueZh(value)}`,
    checked: (value, below, kind) =>
      `检验：取 ${valueZh(value)} 时实现，取 ${valueZh(below)} 时未实现（第 34 位有效数字${kind === 'minimum' ? '少' : '多'}一个单位）`,
    nudged: (steps) => `舍入到 34 位有效数字的闭式解移动了 ${steps} 个第 34 位单位，落到边界上`,
    bracket: (lo, hi) => `区间：一端未实现，另一端实现：[${lo}, ${hi}]`,
    bisection: (steps) => `二分法：折半 ${steps} 次，直到相邻的 34 位数值`,
    breakEvenSummary: (target, series, field, kind, value) => `${target}：${word(kind)} ${series}.${field} = ${valueZh(value)}`,
    band: (lower, upper) => `在区间 [${lower}, ${upper}] 上实现`,
    formulaRate: (level) => `增长率 = ${level} % ÷ 100`,
    formulaGrowth: (level, base, years) => `增长率 = (${level} ÷ ${base})^(1/${years}) − 1`,
    formulaAdditions: (level, base, years) => `年增量 = (${level} − ${base}) ÷ ${years}`,
    formulaBase: (level, factor) => `基数 = ${level} ÷ ${factor}`,
    formulaBaseAdditions: (level, total) => `基数 = ${level} − ${total}`,
  },
  findings: {
    levelRateContradiction: (p) =>
      `${lead(p.levelTarget)}需要从 ${p.baseYear} 年的${f(p.baseline)}起每年${f(p.required)}，而不是规划所定的${f(p.stated)}；按每年${f(p.stated)}，${p.year} 年的水平值为${f(p.reached)}，低于${f(p.level)}`,
    levelRateConsistent: (p) =>
      `${lead(p.levelTarget)}需要每年${f(p.required)}，不超过规划所定的${f(p.stated)}：按每年${f(p.stated)}，水平值达到${f(p.reached)}，不低于${f(p.level)}`,
    levelRateUpper: (p) => `${lead(p.levelTarget)}允许每年至多${f(p.required)}；规划所定为${f(p.stated)}`,
    coverage: (impliedBase, baseYear, share, levelScope, baselineScope) =>
      `统计范围：如果水平值目标的统计范围宽于基线（全部工业而非规模以上工业；基线的统计范围为${
        baselineScope === null ? '未说明的范围' : f(baselineScope)
      }，水平值目标的统计范围为${levelScope === null ? '规划未说明的范围' : f(levelScope)}），两个目标在 ${baseYear} 年基期水平值为${f(impliedBase)}时都成立，其中基线占${f(share)}`,
    prices: (rise, index, year, levelBasis, rateBasis) =>
      `价格：如果水平值按现价、增长率按可比价计算（规划所定义的水平值按${pricesZh(levelBasis)}，增长率按${pricesZh(rateBasis)}），价格每年上涨${f(rise)}时两者都成立，${year} 年的价格指数为 ${index}（基期 = 100）`,
    base: (impliedBase, baseYear) => `基数：两个目标所隐含的 ${baseYear} 年基期水平值一致，为${f(impliedBase)}；这样大小的另一基线数据（修订值或其他来源）可以使两者一致`,
    sharePart: (share, part, whole, wholeSource) => `占比达到${f(share)}需要${f(part)}，总体为${f(whole)}（${word(wholeSource)}）`,
    sharePartGrowth: (part, baseline, rate) => `从${f(baseline)}达到${f(part)}需要每年${f(rate)}`,
    shareBaseline: (share, target, met) => `基期占比为${f(share)}；目标 ${target} 在基期${met ? '已经实现' : '尚未实现'}`,
    intensityCap: (cap, denominator, source) => `增加值为${f(denominator)}时，能源消费至多为${f(cap)}（${word(source)}）`,
    intensityBaseline: (value, rate) => `基期强度为${f(value)}；达到目标需要每年变化${f(rate)}`,
    noBaseline: (ids) => `没有 ${ids.join('、')} 的基期值`,
    levelRateImplication: (level, year, stated, implied, baseYear) =>
      `${year} 年达到${f(level)}、每年${f(stated)}，意味着 ${baseYear} 年的基数为${f(implied)}；没有基期值，无法相互核对这些目标`,
    requiredLine: (target, base, years, result) => `所需增长率 = (${target} ÷ ${base})^(1/${years}) − 1 = ${result}`,
    reachedLine: (base, rate, years, result) => `按所定增长率达到的水平值 = ${base} × (1 + ${rate})^${years} = ${result}`,
    impliedBaseLine: (target, rate, years, result) => `隐含基数 = ${target} ÷ (1 + ${rate})^${years} = ${result}`,
    priceRiseLine: (required, rate, result) => `隐含价格涨幅 = (1 + ${required}) ÷ (1 + ${rate}) − 1 = ${result}`,
    priceIndexLine: (target, reached, result) => `隐含价格指数 = ${target} ÷ ${reached} × 100 = ${result}`,
    baselineShareLine: (baseline, implied, result) => `基线占隐含基数的比重 = ${baseline} ÷ ${implied} = ${result}`,
    partLine: (share, whole, result) => `部分 = ${share} % × ${whole} ÷ 100 = ${result}`,
    capLine: (intensity, whole, result) => `能源消费上限 = ${intensity} 吨标准煤/万元 × ${whole} 万元 = ${result} 吨标准煤`,
    nothingImplied: (missing) =>
      missing.length > 0 ? `没有 ${missing.join('、')} 的基期值，也没有目标给出该年的总体` : '没有目标给出该年的总体',
    sourceLevelTarget: (id) => `水平值目标 ${id}`,
    sourceStatedRate: (rate) => `基线按所定的每年${f(rate)}增长`,
    sourceBaseline: '基线',
    breakFactor: (rate) => `(1 + ${rate} %)`,
    breakNoRate: (year) => `(1 + 0 %，假定为 ${year} 年)`,
    breakAssumed: (growth, year) => `没有${f(growth)} ${year} 年的数据：假定该年没有增长`,
    noGrowthIndicator: (id) => `'${id}' 的增长（规划没有它的增长率指标；可由 options.indicators 给出）`,
    breakEstimate: (figure) => `${lead(figure)}是估计值或初步值`,
    breakFlatYears: '如果序列在假定持平的年份有增长，链接得到的水平值就是下限',
    breakPrices: (year) => `增长率按可比价计算，因此链接得到的水平值为 ${year} 年价格：价格上涨时它低于现价水平值，同样是下限`,
    breakChainLine: (base, factors, result) => `链接水平值 = ${base} × ${factors.map(figureZh).join(' × ')} = ${result}`,
    breakFactorLine: (reported, chained, result) => `修订系数 = ${reported} ÷ ${chained} = ${result}`,
    breakBaseLine: (year, reported, growth, result) => `新口径下隐含的 ${year} 年水平值 = ${reported} ÷ ${growth} = ${result}`,
    breakSummary: (p) =>
      `'${p.id}' ${p.year} 年：序列断点（状态 B）之后公布为${f(p.reported)}，而由 ${p.beforeYear} 年的${f(p.before)}按公布增长率推算为${f(p.chained)}：断点前后的水平值不是同一序列（修订系数 ${p.factor}，降低${f(p.cut)}）`,
    excess: (part, level, year, whole) => `'${part}' ${year} 年为${f(level)}，高于包含它的整体${f(whole)}`,
    excessLine: (level, whole, result) => `超出 = ${level} − ${whole} = ${result}`,
    excessSummary: (scenarioId, excess) => `情景 '${scenarioId}' 的预测使${f(excess)}：部分不能超过整体，因此预测与数据不在同一口径或统计范围上`,
  },
  planPath: {
    name: '规划自身的路径：末年的每个目标都恰好在边界上实现',
    description: (planId, horizon, lines, missed) =>
      `规划 '${planId}' 沿自身路径到 ${horizon} 年：${
        missed.length === 0 ? `${horizon} 年的每个目标都恰好实现` : `${horizon} 年的目标在路径能够实现之处恰好实现`
      }，都在边界上，路径从目标所隐含的基数出发。${[...lines, ...missed].map(figureZh).join('')}`,
    missed: (targetId, status, reason) => `在此路径上未实现：${targetId}（${word(status)}：${figureZh(reason)}）。`,
    notMetOnPath: '实现其序列或投入的其他目标的路径不能实现它',
    change: (id, base, end, from, horizon, target, levelTarget) =>
      `${id}：${from} 年为${f(base)}，然后直线变化到 ${horizon} 年的${f(end)}，即实现 ${levelTarget} 的水平值；${f(base)}是由此实现 ${target} 的水平值。`,
    changeIndex: (id, base, end, from, horizon, target) =>
      `${id}：${from} 年为指数${f(base)}（没有目标给出其水平值），然后直线变化到 ${horizon} 年的${f(end)}，实现 ${target}。`,
    yearlyChange: (id, change, year, target) => `${id}：${year} 年变化${f(change)}，其他年份不变（其数据为每年的变化），实现 ${target}。`,
    cumulative: (id, value, target) => `${id}：每年为${f(value)}，即期间合计实现 ${target} 的数值。`,
    rate: (id, growth, rateTarget, base, levelTarget, baseYear) =>
      `${id}：每年增长${f(growth)}，即实现 ${rateTarget} 的最小增长率，从 ${baseYear} 年的${f(base)}出发，即按此增长率实现 ${levelTarget} 的基数。`,
    rateIndex: (id, growth, rateTarget) => `${id}：每年增长${f(growth)}，即实现 ${rateTarget} 的最小增长率，从指数 100 出发（没有目标给出其水平值）。`,
    flat: (id, value, target) => `${id}：每年为${f(value)}，即实现 ${target} 的数值。`,
    index: (id, target) => `${id}：没有目标或数据给出其水平值，因此每年都是以其单位计的指数 100；只有 ${target} 用它计算的占比有意义，其水平值没有意义。`,
    part: (id, value, unit, whole, target) => `${id}：每年为 ${whole} 的${spacedZh(quantityZh(value, unit))}，实现 ${target}。`,
  },
  reportedTrend: {
    name: '公布数据的趋势：基期数据及此后公布的增长率',
    description: (planId, baseYear, horizon, lines) =>
      `规划 '${planId}' 从 ${baseYear} 年的公布数据出发，按 ${baseYear + 1}–${horizon} 年公布的增长率增长。水平值按现价、增长率按可比价计算，因此预测的水平值为 ${baseYear} 年价格；公布数据的统计范围可能与规划指标不同。${lines.map(figureZh).join('')}`,
    series: (id, base, unit, baseYear, source, growth, rates) =>
      `${id}：${baseYear} 年为${spacedZh(quantityZh(base, unit))}（${word(source)}），按${f(growth)}的增长率增长：${rates.map(figureZh).join('；')}。`,
    rateLine: (year, rate, why, source) => `${year} 年 ${rate}%（${word(why)}，${word(source)}）`,
    reported: '当年公布',
    average: (start, end) => `${start}–${end} 年公布的年均值`,
    carried: (year) => `当年没有数据：沿用 ${year} 年的增长率`,
    leftOut: (id, base, baseYear, noRates) => `${id}：公布了 ${baseYear} 年的${f(base)}，但未纳入：${word(noRates)}。`,
    noRates: '没有公布它的增长率',
    ratesShort: (rates, year) => `所公布的${f(rates)}增长率没有 ${year} 年的数值（此前也没有可沿用的数值）`,
    ownChanges: (id) => `其自身公布的变化（${id}，百分比）`,
    levels: (id, base, unit, baseYear, source, years, noRates) =>
      `${id}：${baseYear} 年为${spacedZh(quantityZh(base, unit))}（${word(source)}），然后为公布的水平值：${years.map(figureZh).join('；')}；${word(noRates)}。`,
    levelLine: (year, value, source) => `${year} 年 ${valueZh(value)}（${word(source)}）`,
    filledLevels: (id, years) => `没有 '${id}' ${yearsZh(years)} 年的水平值：假定为前后公布水平值之间的直线，或沿用上一个公布值`,
    levelsAcrossBreak: (id, breaks) => `所用的 '${id}' 公布水平值位于${f(breaks)}的两侧：断点前后的预测水平值不在同一口径上`,
    unsourced: '未注明来源',
    atBasePrices: (id, baseYear) => `'${id}' 按可比价增长率增长，因此其预测水平值为 ${baseYear} 年价格，而不是现价`,
    assumedRates: (id, years) => `没有公布 '${id}' ${yearsZh(years)} 年的增长率：假定为覆盖该年的时段的增长率，或此前最后一个公布的增长率`,
    oldBasis: (base, breaks) =>
      `预测从${f(base)}出发，处于${f(breaks)}之前的口径；没有公布基期在修订后口径上的水平值，因此预测水平值沿用旧口径，与断点之后公布的数据不可比`,
    aboveWhole: (excess) => `预测使${f(excess)}：部分不能超过整体`,
  },
});

/**
 * The notes, working lines and summaries of explanations (src/progress/explain.ts) in
 * Chinese, key for key.
 *
 * @example
 * ```ts
 * progressTextsZh.noData; // → '没有数据'
 * ```
 */
export const progressTextsZh: Catalogue<typeof text> = /* @__PURE__ */ tidied({
  // ---- evaluateTarget ----
  converted: (name, from, to) => `${word(name)}由${f(from)}精确换算为${f(to)}`,
  attainmentUndefinedThreshold: (threshold) => `完成率没有定义：阈值${f(threshold)}不大于 0`,
  attainmentUndefinedValue: (value) => `完成率没有定义：阈值 ÷ 数值需要大于 0 的数值，实际为${f(value)}`,
  attainmentUndefinedZero: '完成率没有定义：阈值为 0',
  toleranceFromOptions: '容差取自 options，而不是目标',
  toleranceCaveat: (kind, value) => `“左右”的容差（${kind === 'relative' ? '相对' : '绝对'} ${value}）由调用方给出（options.tolerance），不是目标的`,
  wordingNote: (meaning) => `措辞 ${meaningZh(meaning)}`,
  readingCaveat: (meaning) => `${meaningZh(meaning)}；这是英文译法，按其所对应的中文词语解读`,
  directionalNote: (increase, limit, low, high) =>
    `“左右”按指标的方向（${increase ? '上升' : '下降'}）解读：${f(limit)}或${increase ? '更高' : '更低'}即实现，因为超过所追求的水平不算失败；options.approximately 'two-sided' 要求区间${f(low)}至${f(high)}`,
  twoSidedNote: (asked, direction, low, high) =>
    `“左右”按双侧解读：${f(low)}至${f(high)}即实现（${
      asked === 'two-sided' ? 'options.approximately 如此要求' : direction === 'target' ? "指标以某一数值为目标，方向为 'target'" : '目标没有给出其指标的方向'
    }）`,
  targetSummary: (value, symbol, threshold, met, attainment, gap, tag = null) =>
    `${valueZh(value)} ${symbol} ${valueZh(threshold)}${tag === null ? '' : `（${word(tag)}）`}：${metZh(met)}（${attainmentZh(attainment)}，差距 ${valueZh(gap)}）`,
  approximatelySummary: (value, threshold, allowed, met, attainment, tag) =>
    `${valueZh(value)} ≈ ${valueZh(threshold)} ± ${valueZh(allowed)}${tag === null ? '' : `（${word(tag)}）`}：${metZh(met)}（${attainmentZh(attainment)}）`,
  directionalSummary: (value, increase, limit, threshold, allowed, tag, met, attainment, gap) =>
    `${valueZh(value)} ${increase ? '≥' : '≤'} ${valueZh(limit)}（${tag === null ? '约' : word(tag)} ${valueZh(threshold)} ± ${valueZh(allowed)}，按${
      increase ? '上升' : '下降'
    }解读）：${metZh(met)}（${attainmentZh(attainment)}，差距 ${valueZh(gap)}）`,
  // ---- derived targets ----
  cagrLine: (name, to, from, years, result) => `${word(name)} = (${to} ÷ ${from})^(1/${years}) − 1 = ${result}`,
  chainLine: (rates, years, result) => `年均值 = (${rates.map((r) => `(1 + ${r}/100)`).join(' × ')})^(1/${years}) − 1 = ${result}`,
  toPercentLine: (ratio, pct) => `换算为百分比：${ratio} × 100 = ${pct}`,
  beyondBounds: '超出本库十进制数的范围（指数 -10000 至 10000）',
  shareLine: (part, whole, result) => `占比 = ${part} ÷ ${whole} = ${result}`,
  intensityLine: (numerator, denominator, result) => `强度 = ${numerator} 吨标准煤 ÷ ${denominator} 万元 = ${result} 吨标准煤/万元`,
  throughNote: (through, end) => `平均至 ${through} 年，早于期末 ${end} 年：是迄今的进展，不是最终结论`,
  throughPeriodNote: (through, end) => `评价至 ${through} 年，早于期末 ${end} 年：是迄今的进展，不是最终结论`,
  periodFigure: (at, period, what) => `${lead(at)}是整个期间 ${period} 的数据：按该期间的${word(what)}解读`,
  periodFigureUnused: (at, period, through) => `${lead(at)}是整个期间 ${period} 的数据，未采用：该期间只评价至 ${through} 年，早于期末`,
  changeLine: (to, from, result) => `变化 = ${to} − ${from} = ${result}`,
  relativeLine: (to, from, result) => `相对变化 = (${to} ÷ ${from} − 1) × 100 = ${result} %`,
  chainedChangeLine: (rates, result) => `相对变化 = (${rates.map((r) => `(1 + ${r}/100)`).join(' × ')} − 1) × 100 = ${result} %`,
  sumLine: (name, values, result) => `${word(name)} = ${values.join(' + ')} = ${result}`,
  breakSummed: (breaks) => `${lead(breaks)}：其前后各年的数值按公布值相加；如果断点改变了统计范围，合计就混合了两种定义`,
  // ---- series ----
  seriesUnitOwner: (unit, at) => `${lead(at)}的单位 ${word(unit)}`,
  levelsOfPoints: '以百分比计的水平值，其变化以百分点计',
  convertedPoint: (at, year, from, to) => `${lead(at)}（${year}）${f(from)}→${f(to)}`,
  convertedSeries: (unit, items) => `数值精确换算为 ${word(unit)}：${items.map(figureZh).join('；')}`,
  targetInSeriesUnit: (target, unit) => `目标 ${target} 按序列的单位 ${word(unit)} 解读`,
  partialUsed: (at, period, year) => `${lead(at)}（${period}）只覆盖一年中的一部分，用作 ${year} 年的数据（partialPeriods 'use'）：不是全年数据`,
  estimateCaveat: (at, year, status, english) => `${lead(at)}（${year}）为${statusWord(status, english)}（OBS_STATUS '${status}'）`,
  breakAcross: (breaks, base, current, restart) =>
    `${lead(breaks)}，位于基期值（${base}）与当前值（${current}）之间：跨越断点的水平值不可比；${
      restart === null ? '断点之后的数值太少，无法评价' : `给出 baseYear ${restart} 即可依据断点之后的数值评价`
    }`,
  breakCaveat: (breaks) => `${lead(breaks)}：其前后的水平值不可比`,
  breakBridged: (breaks) => `${lead(breaks)}：按可比口径公布的增长率可以跨越它，因此采用增长率；跨越它的水平值不可比`,
  // ---- progress: shared ----
  skippedNull: (years) => `${yearsZh(years)} 年没有数据（null）：跳过`,
  afterTargetIgnored: (years, targetYear) => `目标年份 ${targetYear} 年之后的观测值不予采用：${yearsZh(years)}`,
  baseMoved: (requested, used) => `基期 ${requested} 年没有数据：采用下一个有数据的年份 ${used} 年`,
  noData: '没有数据',
  noDataUpToTarget: (targetYear) => `截至目标年份 ${targetYear} 年没有数据`,
  baseAfterData: (baseYear, latest) => `基期 ${baseYear} 年晚于有数据的最近年份 ${latest} 年`,
  tooFewYears: (year) => `从基期起不足两年的数据（只有 ${year} 年）`,
  baseNotPositive: (base) => `基期值 ${base} 不大于 0，无法计算增长率`,
  currentNegative: (current) => `当前值 ${current} 为负，无法计算增长率`,
  baseAtOrAfterTarget: (base, targetYear) => `所用基期（${base} 年）不早于目标年份 ${targetYear} 年`,
  targetNegative: (target) => `目标 ${target} 为负，无法计算所需增长率`,
  meetsLine: (current, direction, target, met) => `是否实现目标？${current} ${direction === 'increase' ? '≥' : '≤'} ${target}：${met ? '是' : '否'}`,
  statusLine: (name, value, status) => `${word(name)} ${word(value)} → ${word(status)}`,
  // ---- Open SDG ----
  targetZero: '目标 0 以 0.001 代替（Open SDG 规则）',
  requiredZero: '所需年均增长率为 0（目标等于基期值）且目标未实现，说明数值已偏离目标：恶化（R 没有定义）',
  wrongSide: (target, base, direction) =>
    `目标 ${target} 在${directionZh(direction)}方向上没有超过基期值 ${base}；R = d · 实际值 ÷ |所需值| 保留变动的符号（sdg-build 2.x）`,
  ratioLine: (d, observed, required, result) => `R = ${d} × ${observed} ÷ |${required}| = ${result}`,
  signedGrowthLine: (d, observed, result) => `进展值 = ${d} × 实际年均增长率 ${observed} = ${result}`,
  openSdgSummary: (status, detail) => `Open SDG：${word(status)}${detailZh(detail)}`,
  // ---- UNSD ----
  projectionLine: (current, cagr, years, result) => `预测值 = ${current} × (1 + ${cagr})^${years} = ${result}`,
  scoreLine: (projected, base, target, result) => `得分 = (${projected} − ${base}) ÷ (${target} − ${base}) = ${result}`,
  rateScoreLine: (average, target, result) => `得分 = 平均值 ${average} ÷ 目标 ${target} = ${result}`,
  notBeyondBase: (target, base, direction) =>
    `目标 ${target} 在${directionZh(direction)}方向上没有超过基期值 ${base}：得分没有定义；状态取决于数值是否实现目标`,
  rateTargetNotBeyondZero: (target, direction) => `目标增长率 ${target} 在${directionZh(direction)}方向上没有超过 0：得分没有定义；状态取决于平均值是否实现目标`,
  growthRateSeries: '该序列本身就是增长率：不再计算年均增长率；直接以其几何年均值与目标比较',
  rateGaps: (years) => `${yearsZh(years)} 年没有增长率：按有数据的年份平均`,
  noRates: (baseYear, targetYear) => `基期 ${baseYear} 年之后至 ${targetYear} 年没有增长率`,
  rateBelowMinus100: (year, rate) => `${year} 年的增长率为 ${rate}%，降幅超过 100%，无法计算平均值`,
  unsdSummary: (status, detail) => `联合国进展图：${word(status)}${detailZh(detail)}`,
  // ---- time progress ----
  timeLine: (asOf, base, target, result) => `时间进度 = (${asOf} − ${base}) ÷ (${target} − ${base}) = ${result}`,
  taskLine: (current, base, target, result) => `任务进度 = (${current} − ${base}) ÷ (${target} − ${base}) = ${result}`,
  ratioTimeLine: (task, time, result) => `比值 = ${task} ÷ ${time} = ${result}`,
  notBeyondBaseLagging: (target, base, direction) =>
    `目标 ${target} 在${directionZh(direction)}方向上没有超过基期值 ${base}，且未实现：滞后（任务进度没有定义）`,
  defaultThresholds: '阈值为本库的默认值（没有官方的数值阈值）；可传入 thresholds 覆盖',
  timeSummary: (status, zh, detail) => `时间进度：${zh ?? word(status)}${detailZh(detail)}`,
});
