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

/**
 * What an id may be: letters, digits and `- _ . : /`, starting with a letter or digit, at
 * most `MAX_ID_LENGTH` (100) characters.
 *
 * @example
 * ```ts
 * ID_PATTERN.test('industrial-value-added'); // → true
 * ID_PATTERN.test('__proto__'); // → false
 * ```
 *
 * @category Plan
 */
export const ID_PATTERN = /* @__PURE__ */ new RegExp(`^(?:[A-Za-z0-9][A-Za-z0-9_.:/-]{0,${MAX_ID_LENGTH - 1}})(?![\\s\\S])`);

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

/**
 * How the source of a target worded its comparator, and what the wording means.
 *
 * Chinese plans write floors and ceilings as 以上 / 以下 / 不低于 / 不超过 / 达到; by the Civil
 * Code of the PRC, art. 1259, 以上、以下、以内、届满 include the figure, while 不满、超过、以外
 * do not. An English translation's "above 8 %" or "more than 100" stands for 以上 and so reads
 * as `atLeast` (`renders` names the Chinese word it stands for); 超过 ("exceeding") stays
 * strict. 左右 ("about") states a level to aim at: see `approximately` in docs/progress.md.
 *
 * @category Plan
 */
export const WORDINGS = /* @__PURE__ */ Object.freeze({
  以上: /* @__PURE__ */ wording('atLeast', 'zh'),
  不低于: /* @__PURE__ */ wording('atLeast', 'zh'),
  不少于: /* @__PURE__ */ wording('atLeast', 'zh'),
  达到: /* @__PURE__ */ wording('atLeast', 'zh'),
  以下: /* @__PURE__ */ wording('atMost', 'zh'),
  以内: /* @__PURE__ */ wording('atMost', 'zh'),
  不超过: /* @__PURE__ */ wording('atMost', 'zh'),
  不高于: /* @__PURE__ */ wording('atMost', 'zh'),
  超过: /* @__PURE__ */ wording('above', 'zh'),
  高于: /* @__PURE__ */ wording('above', 'zh'),
  低于: /* @__PURE__ */ wording('below', 'zh'),
  不满: /* @__PURE__ */ wording('below', 'zh'),
  不足: /* @__PURE__ */ wording('below', 'zh'),
  左右: /* @__PURE__ */ wording('approximately', 'zh'),
  约: /* @__PURE__ */ wording('approximately', 'zh'),
  above: /* @__PURE__ */ wording('atLeast', 'en', '以上'),
  'more than': /* @__PURE__ */ wording('atLeast', 'en', '以上'),
  over: /* @__PURE__ */ wording('atLeast', 'en', '以上'),
  'at least': /* @__PURE__ */ wording('atLeast', 'en', '不低于'),
  'no less than': /* @__PURE__ */ wording('atLeast', 'en', '不低于'),
  reaching: /* @__PURE__ */ wording('atLeast', 'en', '达到'),
  below: /* @__PURE__ */ wording('atMost', 'en', '以下'),
  'less than': /* @__PURE__ */ wording('atMost', 'en', '以下'),
  under: /* @__PURE__ */ wording('atMost', 'en', '以下'),
  'at most': /* @__PURE__ */ wording('atMost', 'en', '不超过'),
  'no more than': /* @__PURE__ */ wording('atMost', 'en', '不超过'),
  'down to': /* @__PURE__ */ wording('atMost', 'en', '以下'),
  within: /* @__PURE__ */ wording('atMost', 'en', '以内'),
  exceeding: /* @__PURE__ */ wording('above', 'en', '超过'),
  about: /* @__PURE__ */ wording('approximately', 'en', '左右'),
  around: /* @__PURE__ */ wording('approximately', 'en', '左右'),
  approximately: /* @__PURE__ */ wording('approximately', 'en', '左右'),
});

/** What a wording of {@link WORDINGS} means. @category Plan */
export interface WordingReading {
  /** The comparator it means. */
  readonly comparator: Comparator;
  /** The language it is in: Chinese (`'zh'`) or an English translation (`'en'`). */
  readonly language: 'zh' | 'en';
  /** For an English wording: the Chinese word it stands for in a translated plan. */
  readonly renders?: string;
}

function wording(comparator: Comparator, language: 'zh' | 'en', renders?: string): WordingReading {
  return Object.freeze(renders === undefined ? { comparator, language } : { comparator, language, renders });
}

/** A wording of a target's comparator that the library knows (a key of {@link WORDINGS}). @category Plan */
export type Wording = keyof typeof WORDINGS;

/**
 * How an `approximately` (左右, "about") target is judged: `'directional'` (the default) in the
 * indicator's direction — met at the value minus the tolerance or above for an indicator that
 * is to increase, at the value plus the tolerance or below for one that is to decrease, since
 * overshooting such a target is no failure — or `'two-sided'`, within the tolerance on both
 * sides (always so for an indicator aimed at a value).
 *
 * @category Progress
 */
export const APPROXIMATELY_READINGS = /* @__PURE__ */ Object.freeze(['directional', 'two-sided'] as const);

/** How an `approximately` target is judged (one of {@link APPROXIMATELY_READINGS}). @category Progress */
export type ApproximatelyReading = (typeof APPROXIMATELY_READINGS)[number];

// ---- target forms ----

/**
 * What a target's value is: `level` (the value in the target's year: 240 bn yuan in 2020),
 * `annual-average` (the average annual growth over its period: "6.5 % a year" over 2016–2020,
 * geometric, from the year before the period), `change` (the level at the end of the period
 * minus the level of the year before it: urbanisation "+3.9 points" over 2016–2020),
 * `relative-change` (that change relative to the level before it, in percent: energy per unit
 * of GDP "−15 %" over 2016–2020), `cumulative` (the sum of the yearly values over the period:
 * "50 million new urban jobs" over 2016–2020).
 *
 * @category Plan
 */
export const TARGET_FORMS = /* @__PURE__ */ Object.freeze(['level', 'annual-average', 'change', 'relative-change', 'cumulative'] as const);

/** What a target's value is (one of {@link TARGET_FORMS}). @category Plan */
export type TargetForm = (typeof TARGET_FORMS)[number];

/** Each target form in words. @category Plan */
export const TARGET_FORM_WORDS: Readonly<Record<TargetForm, Words>> = /* @__PURE__ */ Object.freeze({
  level: /* @__PURE__ */ words('level', '水平值'),
  'annual-average': /* @__PURE__ */ words('annual average', '年均'),
  change: /* @__PURE__ */ words('change over the period', '累计变化'),
  'relative-change': /* @__PURE__ */ words('relative change over the period', '累计变化率'),
  cumulative: /* @__PURE__ */ words('cumulative over the period', '累计'),
});

// ---- concepts shared across plans ----

/**
 * Concepts that indicators of different plans can share, so that two plans' targets line up
 * (Baotou's GDP growth beside the nation's): an indicator carries one as `concept`.
 *
 * @category Plan
 */
export const CONCEPTS = /* @__PURE__ */ Object.freeze([
  'gdp',
  'gdp-growth',
  'gdp-per-capita',
  'labour-productivity',
  'urbanisation-permanent',
  'urbanisation-registered',
  'services-share',
  'secondary-sector-value-added',
  'industrial-value-added',
  'industrial-value-added-growth',
  'strategic-emerging-industries-share',
  'high-tech-industries-share',
  'rd-intensity',
  'invention-patents-per-10k',
  'energy-intensity-gdp',
  'energy-intensity-industry',
  'co2-intensity-gdp',
  'non-fossil-energy-share',
  'forest-coverage',
  'good-air-days-share',
  'general-budget-revenue',
  'ammonia-nitrogen-emissions',
  'arable-land',
  'basic-pension-coverage',
  'cod-emissions',
  'disposable-income-growth',
  'fixed-broadband-household-penetration',
  'forest-stock',
  'labour-productivity-growth',
  'life-expectancy',
  'mobile-broadband-user-penetration',
  'new-construction-land',
  'new-urban-jobs',
  'nox-emissions',
  'pm25-non-attaining-cities',
  'producer-services-share',
  'rural-poverty-reduction',
  'schooling-years',
  'science-technology-contribution',
  'shantytown-renovation',
  'so2-emissions',
  'surface-water-below-grade-v-share',
  'surface-water-grade-iii-share',
  'water-intensity-gdp',
] as const);

/** A concept shared across plans (one of {@link CONCEPTS}). @category Plan */
export type Concept = (typeof CONCEPTS)[number];

/**
 * Each concept in words: the standard statistical term in Chinese (生产总值 covers both the
 * nation's 国内生产总值 and a region's 地区生产总值).
 *
 * @example
 * ```ts
 * CONCEPT_WORDS['energy-intensity-gdp']['zh-CN']; // → '单位生产总值能耗'
 * ```
 *
 * @category Plan
 */
export const CONCEPT_WORDS: Readonly<Record<Concept, Words>> = /* @__PURE__ */ Object.freeze({
  gdp: /* @__PURE__ */ words('gross domestic product (GDP)', '生产总值'),
  'gdp-growth': /* @__PURE__ */ words('GDP growth', '生产总值增长'),
  'gdp-per-capita': /* @__PURE__ */ words('GDP per head', '人均生产总值'),
  'labour-productivity': /* @__PURE__ */ words('labour productivity', '全员劳动生产率'),
  'urbanisation-permanent': /* @__PURE__ */ words('urbanisation of permanent residents', '常住人口城镇化率'),
  'urbanisation-registered': /* @__PURE__ */ words('urbanisation of registered (hukou) residents', '户籍人口城镇化率'),
  'services-share': /* @__PURE__ */ words("services' share of GDP", '服务业增加值比重'),
  'secondary-sector-value-added': /* @__PURE__ */ words('value added of the secondary sector', '第二产业增加值'),
  'industrial-value-added': /* @__PURE__ */ words('industrial value added', '工业增加值'),
  'industrial-value-added-growth': /* @__PURE__ */ words('industrial value added, growth', '工业增加值增长'),
  'strategic-emerging-industries-share': /* @__PURE__ */ words("strategic emerging industries' share", '战略性新兴产业比重'),
  'high-tech-industries-share': /* @__PURE__ */ words("high-tech industries' share", '高新技术产业比重'),
  'rd-intensity': /* @__PURE__ */ words('R&D spending, share of GDP', '研究与试验发展经费投入强度'),
  'invention-patents-per-10k': /* @__PURE__ */ words('invention patents per 10,000 people', '每万人口发明专利拥有量'),
  'energy-intensity-gdp': /* @__PURE__ */ words('energy use per unit of GDP', '单位生产总值能耗'),
  'energy-intensity-industry': /* @__PURE__ */ words('energy use per unit of industrial value added', '单位工业增加值能耗'),
  'co2-intensity-gdp': /* @__PURE__ */ words('CO₂ emissions per unit of GDP', '单位生产总值二氧化碳排放'),
  'non-fossil-energy-share': /* @__PURE__ */ words("non-fossil energy's share of primary energy consumption", '非化石能源占一次能源消费比重'),
  'forest-coverage': /* @__PURE__ */ words('forest coverage', '森林覆盖率'),
  'good-air-days-share': /* @__PURE__ */ words('share of days with good air', '空气质量优良天数比率'),
  'general-budget-revenue': /* @__PURE__ */ words('general public budget revenue', '一般公共预算收入'),
  'ammonia-nitrogen-emissions': /* @__PURE__ */ words('ammonia nitrogen, emissions', '氨氮排放总量'),
  'arable-land': /* @__PURE__ */ words('arable land kept', '耕地保有量'),
  'basic-pension-coverage': /* @__PURE__ */ words('basic pension insurance coverage', '基本养老保险参保率'),
  'cod-emissions': /* @__PURE__ */ words('chemical oxygen demand, emissions', '化学需氧量排放总量'),
  'disposable-income-growth': /* @__PURE__ */ words('per-capita disposable income, growth', '居民人均可支配收入增长'),
  'fixed-broadband-household-penetration': /* @__PURE__ */ words('fixed broadband, household penetration', '固定宽带家庭普及率'),
  'forest-stock': /* @__PURE__ */ words('forest stock', '森林蓄积量'),
  'labour-productivity-growth': /* @__PURE__ */ words('labour productivity, growth', '全员劳动生产率增长'),
  'life-expectancy': /* @__PURE__ */ words('life expectancy', '人均预期寿命'),
  'mobile-broadband-user-penetration': /* @__PURE__ */ words('mobile broadband, user penetration', '移动宽带用户普及率'),
  'new-construction-land': /* @__PURE__ */ words('new construction land', '新增建设用地规模'),
  'new-urban-jobs': /* @__PURE__ */ words('new urban jobs', '城镇新增就业'),
  'nox-emissions': /* @__PURE__ */ words('nitrogen oxides, emissions', '氮氧化物排放总量'),
  'pm25-non-attaining-cities': /* @__PURE__ */ words('PM2.5 in cities not meeting the standard', '细颗粒物未达标地级及以上城市浓度'),
  'producer-services-share': /* @__PURE__ */ words("producer services' share of GDP", '生产性服务业增加值比重'),
  'rural-poverty-reduction': /* @__PURE__ */ words('rural poor lifted out of poverty', '农村贫困人口脱贫'),
  'schooling-years': /* @__PURE__ */ words('average schooling of the working-age population', '劳动年龄人口平均受教育年限'),
  'science-technology-contribution': /* @__PURE__ */ words('contribution of scientific and technological progress to growth', '科技进步贡献率'),
  'shantytown-renovation': /* @__PURE__ */ words('urban shantytown dwellings rebuilt', '城镇棚户区住房改造'),
  'so2-emissions': /* @__PURE__ */ words('sulphur dioxide, emissions', '二氧化硫排放总量'),
  'surface-water-below-grade-v-share': /* @__PURE__ */ words('surface water worse than Grade V', '地表水劣V类水体比例'),
  'surface-water-grade-iii-share': /* @__PURE__ */ words('surface water of Grade III or better', '地表水达到或好于III类水体比例'),
  'water-intensity-gdp': /* @__PURE__ */ words('water use per unit of GDP', '万元生产总值用水量'),
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
 * `asOf`), `incomplete` (a target over a period, such as an annual average over 2016–2020,
 * with some of its years unknown: the row lists them and what is known), `not_projected` (the
 * projection has no value), `no_data` (the observations have none).
 *
 * @category Scenarios
 */
export const SCORECARD_STATUSES = /* @__PURE__ */ Object.freeze(['met', 'not_met', 'pending', 'incomplete', 'not_projected', 'no_data'] as const);

/** The state of a scorecard row (one of {@link SCORECARD_STATUSES}). @category Scenarios */
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];

/** Each scorecard state in words. @category Scenarios */
export const SCORECARD_STATUS_WORDS: Readonly<Record<ScorecardStatus, Words>> = /* @__PURE__ */ Object.freeze({
  met: /* @__PURE__ */ words('met', '已实现'),
  not_met: /* @__PURE__ */ words('not met', '未实现'),
  pending: /* @__PURE__ */ words('pending', '待评价'),
  incomplete: /* @__PURE__ */ words('incomplete', '数据不全'),
  not_projected: /* @__PURE__ */ words('not projected', '无预测值'),
  no_data: /* @__PURE__ */ words('no data', '无数据'),
});

/**
 * What a scorecard verdict rests on: `observed` (a reported value of the target's indicator),
 * `bound` (a reported value of a whole that contains the indicator, see `partOf`), or
 * `projected` (a projection of a scenario).
 *
 * @category Scenarios
 */
export const SCORECARD_BASES = /* @__PURE__ */ Object.freeze(['observed', 'bound', 'projected'] as const);

/** What a scorecard verdict rests on (one of {@link SCORECARD_BASES}). @category Scenarios */
export type ScorecardBasis = (typeof SCORECARD_BASES)[number];

// ---- caveats ----

/**
 * The kinds of caveat a verdict can carry:
 *
 * - `scope`: the figure's statistical scope differs from the target's (above designated size
 *   against all industry …);
 * - `price-basis`: current prices against comparable prices, or a basis not stated;
 * - `break`: a break in the series (a statistical revision) lies between figures compared;
 * - `partial-period`: a figure covers part of a year (January–September);
 * - `estimate`: the figure is an estimate, provisional or a forecast (OBS_STATUS `E`, `P`, `F`);
 * - `derived`: the value is computed from other figures, not published;
 * - `reading`: the comparator is a reading of the source's words (English "above" as 以上);
 * - `tolerance`: the tolerance of "about" is an assumption, not the source's;
 * - `revised`: a later vintage of the figure exists, or the figure was revised;
 * - `conflict`: sources disagree on the figure and none is marked as a revision of another.
 *
 * @category Scenarios
 */
export const CAVEAT_CODES = /* @__PURE__ */ Object.freeze([
  'scope',
  'price-basis',
  'break',
  'partial-period',
  'estimate',
  'derived',
  'reading',
  'tolerance',
  'revised',
  'conflict',
] as const);

/** A kind of caveat (one of {@link CAVEAT_CODES}). @category Scenarios */
export type CaveatCode = (typeof CAVEAT_CODES)[number];

/** Each kind of caveat in words. @category Scenarios */
export const CAVEAT_WORDS: Readonly<Record<CaveatCode, Words>> = /* @__PURE__ */ Object.freeze({
  scope: /* @__PURE__ */ words('scope', '口径'),
  'price-basis': /* @__PURE__ */ words('price basis', '价格口径'),
  break: /* @__PURE__ */ words('break in series', '序列断点'),
  'partial-period': /* @__PURE__ */ words('part of a year', '非全年'),
  estimate: /* @__PURE__ */ words('estimate', '估计值'),
  derived: /* @__PURE__ */ words('derived', '推算值'),
  reading: /* @__PURE__ */ words('reading of the wording', '措辞解读'),
  tolerance: /* @__PURE__ */ words('assumed tolerance', '假定容差'),
  revised: /* @__PURE__ */ words('revised', '已修订'),
  conflict: /* @__PURE__ */ words('sources disagree', '来源不一致'),
});

// ---- periods ----

/**
 * How the annual methods treat a figure for part of a year (January–September): `'skip'` it
 * (the default; the explanation says so) or `'use'` it as its year.
 *
 * @category Progress
 */
export const PARTIAL_PERIOD_POLICIES = /* @__PURE__ */ Object.freeze(['skip', 'use'] as const);

/** How the annual methods treat a figure for part of a year. @category Progress */
export type PartialPeriodPolicy = (typeof PARTIAL_PERIOD_POLICIES)[number];
