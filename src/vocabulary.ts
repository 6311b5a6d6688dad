/**
 * The library's vocabulary, written once: comparators with their symbols and words in
 * English and Chinese, directions, statuses, kinds, the range of a year and the other limits.
 *
 * Every front end builds on these constants: the zod schemas (`schema/`), the readers of
 * function arguments (`read.ts`), progress evaluation, exports, charts and the command line.
 * Types of the domain model are derived from them, so a new word is added in one place.
 *
 * @module
 */

// ---- years and limits ----

/**
 * The first year the library accepts anywhere: in plans, observations, scenarios, progress
 * assessments and charts.
 *
 * @category Plan
 */
export const MIN_YEAR = 1900;

/**
 * The last year the library accepts anywhere (see {@link MIN_YEAR}).
 *
 * @category Plan
 */
export const MAX_YEAR = 2100;

/** The longest id (of an indicator, target, fact …): 100 characters. @category Plan */
export const MAX_ID_LENGTH = 100;

/** The largest count a commitment may carry: 1,000,000. @category Plan */
export const MAX_COUNT = 1_000_000;

// ---- languages ----

/**
 * Every display language, in a fixed order: `'en'` (English) and `'zh-CN'` (Simplified
 * Chinese).
 *
 * @category Units
 */
export const LOCALES = /* @__PURE__ */ Object.freeze(['en', 'zh-CN'] as const);

/**
 * A display language: `'en'` (English) or `'zh-CN'` (Simplified Chinese).
 *
 * @category Units
 */
export type Locale = (typeof LOCALES)[number];

/** A word in each display language. @category Plan */
export type Words = Readonly<Record<Locale, string>>;

const words = (en: string, zh: string): Words => Object.freeze({ en, 'zh-CN': zh });

// ---- comparators ----

/**
 * How a target compares a value with its threshold: `atLeast` (≥), `above` (>), `atMost`
 * (≤), `below` (<) and `approximately` (≈, within a tolerance).
 *
 * @category Plan
 */
export const COMPARATORS = /* @__PURE__ */ Object.freeze(['atLeast', 'above', 'atMost', 'below', 'approximately'] as const);

/** How a target compares a value with its threshold (one of {@link COMPARATORS}). @category Plan */
export type Comparator = (typeof COMPARATORS)[number];

/**
 * Each comparator as the symbol tables and explanations write: `≥`, `>`, `≤`, `<`, `≈`.
 *
 * @category Plan
 */
export const COMPARATOR_SYMBOLS: Readonly<Record<Comparator, string>> = /* @__PURE__ */ Object.freeze({
  atLeast: '≥',
  above: '>',
  atMost: '≤',
  below: '<',
  approximately: '≈',
});

/**
 * Each comparator in words. The Chinese words are those of Chinese plans and of the Civil
 * Code of the PRC, art. 1259: 不低于 and 不超过 include the figure, 超过 and 低于 do not;
 * 左右 is "about".
 *
 * @example
 * ```ts
 * COMPARATOR_WORDS.atLeast['zh-CN']; // → '不低于'
 * COMPARATOR_WORDS.above.en;         // → 'more than'
 * ```
 *
 * @category Plan
 */
export const COMPARATOR_WORDS: Readonly<Record<Comparator, Words>> = /* @__PURE__ */ Object.freeze({
  atLeast: /* @__PURE__ */ words('at least', '不低于'),
  above: /* @__PURE__ */ words('more than', '超过'),
  atMost: /* @__PURE__ */ words('at most', '不超过'),
  below: /* @__PURE__ */ words('less than', '低于'),
  approximately: /* @__PURE__ */ words('about', '左右'),
});

// ---- qualifiers of reported figures ----

/** How a reported value is qualified: `exact`, `about`, `moreThan`, `lessThan`. @category Plan */
export const QUALIFIERS = /* @__PURE__ */ Object.freeze(['exact', 'about', 'moreThan', 'lessThan'] as const);

/** How a reported value is qualified: "about 60 percent", "more than 100". @category Plan */
export type Qualifier = (typeof QUALIFIERS)[number];

/** Each qualifier as a sign before the figure (`''` for an exact figure). @category Plan */
export const QUALIFIER_SYMBOLS: Readonly<Record<Qualifier, string>> = /* @__PURE__ */ Object.freeze({
  exact: '',
  about: '≈',
  moreThan: '>',
  lessThan: '<',
});

// ---- indicators ----

/** Whether an indicator is better higher, lower, or at a value. @category Plan */
export const DIRECTIONS = /* @__PURE__ */ Object.freeze(['increase', 'decrease', 'target'] as const);

/** Whether an indicator is better higher, lower, or at a value. @category Plan */
export type Direction = (typeof DIRECTIONS)[number];

/** The directions a progress assessment takes: higher or lower is better. @category Progress */
export const PROGRESS_DIRECTIONS = /* @__PURE__ */ Object.freeze(['increase', 'decrease'] as const);

/** Whether higher (`increase`) or lower (`decrease`) values are better. @category Progress */
export type ProgressDirection = (typeof PROGRESS_DIRECTIONS)[number];

/**
 * What an indicator is: a `level`, a `share` of a parent series, an `intensity` (numerator ÷
 * denominator), a `growth` rate over a period, a `count`, or a `rate`.
 *
 * @category Plan
 */
export const INDICATOR_KINDS = /* @__PURE__ */ Object.freeze(['level', 'share', 'intensity', 'growth', 'count', 'rate'] as const);

/**
 * What an indicator is: a `level` (value added), a `share` of a parent series, an
 * `intensity` (numerator ÷ denominator), a `growth` rate over a period, a `count`, or a
 * `rate` (utilisation rate and other percentages that are not shares of a series).
 *
 * @category Plan
 */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Binding (约束性), anticipatory (预期性), or not said. @category Plan */
export const INDICATOR_NATURES = /* @__PURE__ */ Object.freeze(['binding', 'anticipatory', 'unspecified'] as const);

/** Binding (约束性), anticipatory (预期性), or not said. @category Plan */
export type IndicatorNature = (typeof INDICATOR_NATURES)[number];

/** The prices a money figure is at: current, comparable (constant), or not said. @category Plan */
export const PRICE_BASES = /* @__PURE__ */ Object.freeze(['current', 'comparable', 'unspecified'] as const);

/** The prices a money figure is at. @category Plan */
export type PriceBasis = (typeof PRICE_BASES)[number];

// ---- observations ----

/**
 * SDMX `OBS_STATUS` codes: `A` normal, `B` break in series, `E` estimated, `F` forecast,
 * `I` imputed, `M` missing, `P` provisional, `S` strike-out (unreliable).
 *
 * @category Plan
 */
export const OBS_STATUSES = /* @__PURE__ */ Object.freeze(['A', 'B', 'E', 'F', 'I', 'M', 'P', 'S'] as const);

/**
 * SDMX `OBS_STATUS`: `A` normal, `B` break in series, `E` estimated, `F` forecast,
 * `I` imputed, `M` missing, `P` provisional, `S` strike-out (unreliable).
 *
 * @category Plan
 */
export type ObsStatus = (typeof OBS_STATUSES)[number];

/** Each observation status in words (SDMX code list CL_OBS_STATUS). @category Plan */
export const OBS_STATUS_WORDS: Readonly<Record<ObsStatus, Words>> = /* @__PURE__ */ Object.freeze({
  A: /* @__PURE__ */ words('normal', '正常'),
  B: /* @__PURE__ */ words('break in series', '序列断点'),
  E: /* @__PURE__ */ words('estimated', '估计值'),
  F: /* @__PURE__ */ words('forecast', '预测值'),
  I: /* @__PURE__ */ words('imputed', '插补值'),
  M: /* @__PURE__ */ words('missing', '缺失'),
  P: /* @__PURE__ */ words('provisional', '初步值'),
  S: /* @__PURE__ */ words('strike-out', '不可靠'),
});

/** How far a source other than the plan's report can be trusted. @category Plan */
export const CONFIDENCES = /* @__PURE__ */ Object.freeze(['primary', 'secondary'] as const);

/** `primary` (read at the publisher) or `secondary` (read in a copy). @category Plan */
export type Confidence = (typeof CONFIDENCES)[number];

// ---- the plan's structure ----

/** Layout zone directions. @category Plan */
export const ZONE_DIRECTIONS = /* @__PURE__ */ Object.freeze(['east', 'west', 'south', 'north', 'both-wings', 'northern-mountain'] as const);

/** A compass direction of the layout (the report's "two wings" are `both-wings`). @category Plan */
export type ZoneDirection = (typeof ZONE_DIRECTIONS)[number];

/** Kinds of counted commitment: bases, chains, industries, clusters, parks. @category Plan */
export const COMMITMENT_KINDS = /* @__PURE__ */ Object.freeze(['base', 'chain', 'industry', 'cluster', 'park'] as const);

/** A kind of counted commitment. @category Plan */
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** Who a strategy belongs to. @category Plan */
export const STRATEGY_SCOPES = /* @__PURE__ */ Object.freeze(['nation', 'region', 'city'] as const);

/** Who a strategy belongs to: the nation, the region or the city. @category Plan */
export type StrategyScope = (typeof STRATEGY_SCOPES)[number];

// ---- progress ----

/** The three progress methods. @category Progress */
export const PROGRESS_METHODS = /* @__PURE__ */ Object.freeze(['opensdg', 'unsd', 'time-progress'] as const);

/** A progress method: Open SDG, the UN Progress Chart, or 时间过半、任务过半. @category Progress */
export type ProgressMethod = (typeof PROGRESS_METHODS)[number];

/** Open SDG statuses, best first, then `not_assessable`. @category Progress */
export const OPENSDG_STATUSES = /* @__PURE__ */ Object.freeze([
  'target_achieved',
  'on_track',
  'progress_needs_acceleration',
  'limited_progress',
  'deterioration',
  'not_assessable',
] as const);

/**
 * Open SDG statuses: `target_achieved`, `on_track`, `progress_needs_acceleration`,
 * `limited_progress`, `deterioration`, and `not_assessable` where the method gives none.
 *
 * @category Progress
 */
export type OpenSdgStatus = (typeof OPENSDG_STATUSES)[number];

/** UN Progress Chart statuses, best first, then `not_assessable`. @category Progress */
export const UNSD_STATUSES = /* @__PURE__ */ Object.freeze(['on_track', 'fair_progress', 'limited_or_regression', 'not_assessable'] as const);

/**
 * UN Progress Chart statuses: `on_track` (score ≥ 0.95), `fair_progress` (0.10 ≤ score <
 * 0.95: fair progress, acceleration needed), `limited_or_regression` (score < 0.10: limited
 * progress or regression), and `not_assessable`.
 *
 * @category Progress
 */
export type UnsdStatus = (typeof UNSD_STATUSES)[number];

/** Mid-term (时间过半、任务过半) categories, best first, then `not_assessable`. @category Progress */
export const TIME_PROGRESS_STATUSES = /* @__PURE__ */ Object.freeze(['achieved_early', 'ahead', 'as_expected', 'lagging', 'not_assessable'] as const);

/**
 * Mid-term categories: `achieved_early` (提前实现), `ahead` (快于预期), `as_expected`
 * (基本符合预期), `lagging` (滞后), and `not_assessable`.
 *
 * @category Progress
 */
export type TimeProgressStatus = (typeof TIME_PROGRESS_STATUSES)[number];

/** Any status of a progress method. @category Progress */
export type ProgressStatus = OpenSdgStatus | UnsdStatus | TimeProgressStatus;

/**
 * Each progress status in words. The mid-term categories carry the established names of
 * Chinese mid-term evaluations (提前实现, 快于预期, 基本符合预期, 滞后).
 *
 * @category Progress
 */
export const PROGRESS_STATUS_WORDS: Readonly<Record<ProgressStatus, Words>> = /* @__PURE__ */ Object.freeze({
  target_achieved: /* @__PURE__ */ words('target achieved', '已实现目标'),
  on_track: /* @__PURE__ */ words('on track', '进度正常'),
  progress_needs_acceleration: /* @__PURE__ */ words('progress needs acceleration', '需加快进度'),
  limited_progress: /* @__PURE__ */ words('limited progress', '进展有限'),
  deterioration: /* @__PURE__ */ words('deterioration', '倒退'),
  not_assessable: /* @__PURE__ */ words('not assessable', '无法评估'),
  fair_progress: /* @__PURE__ */ words('fair progress, acceleration needed', '有一定进展，需加快'),
  limited_or_regression: /* @__PURE__ */ words('limited progress or regression', '进展有限或倒退'),
  achieved_early: /* @__PURE__ */ words('achieved early', '提前实现'),
  ahead: /* @__PURE__ */ words('ahead of expectations', '快于预期'),
  as_expected: /* @__PURE__ */ words('broadly as expected', '基本符合预期'),
  lagging: /* @__PURE__ */ words('lagging', '滞后'),
});

// ---- scorecards ----

/**
 * The states of a scorecard row: `met`, `not_met`, `pending` (the target's year is after
 * `asOf`), `not_projected` (the projection has no value), `no_data` (the observations have
 * none).
 *
 * @category Scenarios
 */
export const SCORECARD_STATUSES = /* @__PURE__ */ Object.freeze(['met', 'not_met', 'pending', 'not_projected', 'no_data'] as const);

/** The state of a scorecard row (one of {@link SCORECARD_STATUSES}). @category Scenarios */
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];

/** Each scorecard state in words. @category Scenarios */
export const SCORECARD_STATUS_WORDS: Readonly<Record<ScorecardStatus, Words>> = /* @__PURE__ */ Object.freeze({
  met: /* @__PURE__ */ words('met', '已实现'),
  not_met: /* @__PURE__ */ words('not met', '未实现'),
  pending: /* @__PURE__ */ words('pending', '待评价'),
  not_projected: /* @__PURE__ */ words('not projected', '无预测值'),
  no_data: /* @__PURE__ */ words('no data', '无数据'),
});
