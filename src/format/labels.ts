/**
 * The words and patterns of formatted quantities, in English and Simplified Chinese.
 *
 * @internal
 * @module
 */
import type { LocalizedText } from '../plan/types.js';
import type { Measure, UnitId } from '../units/index.js';
import type { Locale, Words } from '../vocabulary.js';

/**
 * A unit a value may be shown in: a power of ten of the measure and its word.
 *
 * @example
 * ```ts
 * const hundredMillion: DisplayUnit = { multiplier: 8, word: '亿元' };
 * ```
 */
export interface DisplayUnit {
  readonly multiplier: number;
  readonly word: string;
}

const label = (en: string, zh: string): Words => Object.freeze({ en, 'zh-CN': zh });

/**
 * The word for a measure itself (multiplier 0), used for units without an id.
 *
 * @example
 * ```ts
 * MEASURE_LABELS.tce['zh-CN']; // → '吨标准煤'
 * ```
 */
export const MEASURE_LABELS: Readonly<Record<Measure, Words>> = /* @__PURE__ */ Object.freeze({
  yuan: /* @__PURE__ */ label('yuan', '元'),
  tce: /* @__PURE__ */ label('tce', '吨标准煤'),
  'tce-per-10k-yuan': /* @__PURE__ */ label('tce per 10,000 yuan', '吨标准煤/万元'),
  percent: /* @__PURE__ */ label('%', '%'),
  'percent-per-annum': /* @__PURE__ */ label('% a year', '年均%'),
  'percentage-points': /* @__PURE__ */ label('percentage points', '个百分点'),
  count: /* @__PURE__ */ label('count', '个'),
  rank: /* @__PURE__ */ label('rank', '位次'),
  ratio: /* @__PURE__ */ label('ratio', '比值'),
  'yuan-per-person': /* @__PURE__ */ label('yuan per person', '元/人'),
  'count-per-10k-people': /* @__PURE__ */ label('per 10,000 people', '每万人'),
  years: /* @__PURE__ */ label('years', '年'),
  mu: /* @__PURE__ */ label('mu', '亩'),
  'cubic-metre': /* @__PURE__ */ label('cubic metres', '立方米'),
  'cubic-metre-per-10k-yuan': /* @__PURE__ */ label('cubic metres per 10,000 yuan', '立方米/万元'),
  tonne: /* @__PURE__ */ label('tonnes', '吨'),
  'tonne-per-10k-yuan': /* @__PURE__ */ label('tonnes per 10,000 yuan', '吨/万元'),
  'microgram-per-cubic-metre': /* @__PURE__ */ label('μg/m³', '微克/立方米'),
});

/**
 * Column-heading labels (`Value (亿元)`), by unit id: figures rather than words, as
 * statistical yearbooks head their columns. A unit of multiplier 0 is labelled as its measure.
 *
 * @example
 * ```ts
 * HEADER_LABELS['100m-yuan'].en; // → '100 million yuan'
 * ```
 */
export const HEADER_LABELS: Readonly<Record<UnitId, Words>> = /* @__PURE__ */ Object.freeze({
  ...MEASURE_LABELS,
  '10k-yuan': /* @__PURE__ */ label('10,000 yuan', '万元'),
  '100m-yuan': /* @__PURE__ */ label('100 million yuan', '亿元'),
  'bn-yuan': /* @__PURE__ */ label('billion yuan', '十亿元'),
  '10k-tce': /* @__PURE__ */ label('10,000 tce', '万吨标准煤'),
  '10k-yuan-per-person': /* @__PURE__ */ label('10,000 yuan per person', '万元/人'),
  '10k-mu': /* @__PURE__ */ label('10,000 mu', '万亩'),
  '100m-mu': /* @__PURE__ */ label('100 million mu', '亿亩'),
  '100m-cubic-metres': /* @__PURE__ */ label('100 million cubic metres', '亿立方米'),
  '10k-tonnes': /* @__PURE__ */ label('10,000 tonnes', '万吨'),
});

/**
 * The words after a number written inline (`240 billion yuan`, `2,400 亿元`), by unit id:
 * the heading labels, with the powers of ten in words. {@link PATTERNS} writes percentages,
 * counts, ranks and ratios without a unit word.
 *
 * @example
 * ```ts
 * INLINE_LABELS['100m-yuan'].en; // → 'hundred million yuan'
 * ```
 */
export const INLINE_LABELS: Readonly<Record<UnitId, Words>> = /* @__PURE__ */ Object.freeze({
  ...HEADER_LABELS,
  '10k-yuan': /* @__PURE__ */ label('ten thousand yuan', '万元'),
  '100m-yuan': /* @__PURE__ */ label('hundred million yuan', '亿元'),
  '10k-tce': /* @__PURE__ */ label('ten thousand tce', '万吨标准煤'),
  '10k-yuan-per-person': /* @__PURE__ */ label('ten thousand yuan per person', '万元/人'),
  '10k-mu': /* @__PURE__ */ label('ten thousand mu', '万亩'),
  '100m-mu': /* @__PURE__ */ label('hundred million mu', '亿亩'),
  '100m-cubic-metres': /* @__PURE__ */ label('hundred million cubic metres', '亿立方米'),
  '10k-tonnes': /* @__PURE__ */ label('ten thousand tonnes', '万吨'),
});

const unit = (multiplier: number, word: string): DisplayUnit => Object.freeze({ multiplier, word });

/**
 * The units `formatQuantity` chooses from with `unit: 'auto'`, largest first, by measure
 * and language. Money: billion / million / yuan in English, 亿元 / 万元 / 元 in Chinese.
 * Energy: million tce / tce, 万吨标准煤 / 吨标准煤. Every other measure: its own base unit.
 *
 * @example
 * ```ts
 * AUTO_UNITS.yuan['zh-CN'].map((u) => u.word); // → ['亿元', '万元', '元']
 * ```
 */
export const AUTO_UNITS: Readonly<Record<Measure, Readonly<Record<Locale, readonly DisplayUnit[]>>>> = /* @__PURE__ */ Object.freeze({
  yuan: /* @__PURE__ */ Object.freeze({
    en: /* @__PURE__ */ Object.freeze([/* @__PURE__ */ unit(9, 'billion yuan'), /* @__PURE__ */ unit(6, 'million yuan'), /* @__PURE__ */ unit(0, 'yuan')]),
    'zh-CN': /* @__PURE__ */ Object.freeze([/* @__PURE__ */ unit(8, '亿元'), /* @__PURE__ */ unit(4, '万元'), /* @__PURE__ */ unit(0, '元')]),
  }),
  tce: /* @__PURE__ */ Object.freeze({
    en: /* @__PURE__ */ Object.freeze([/* @__PURE__ */ unit(6, 'million tce'), /* @__PURE__ */ unit(0, 'tce')]),
    'zh-CN': /* @__PURE__ */ Object.freeze([/* @__PURE__ */ unit(4, '万吨标准煤'), /* @__PURE__ */ unit(0, '吨标准煤')]),
  }),
  'tce-per-10k-yuan': /* @__PURE__ */ base('tce-per-10k-yuan'),
  percent: /* @__PURE__ */ base('percent'),
  'percent-per-annum': /* @__PURE__ */ base('percent-per-annum'),
  'percentage-points': /* @__PURE__ */ base('percentage-points'),
  count: /* @__PURE__ */ base('count'),
  rank: /* @__PURE__ */ base('rank'),
  ratio: /* @__PURE__ */ base('ratio'),
  'yuan-per-person': /* @__PURE__ */ Object.freeze({
    en: /* @__PURE__ */ Object.freeze([/* @__PURE__ */ unit(0, 'yuan per person')]),
    'zh-CN': /* @__PURE__ */ Object.freeze([/* @__PURE__ */ unit(4, '万元/人'), /* @__PURE__ */ unit(0, '元/人')]),
  }),
  'count-per-10k-people': /* @__PURE__ */ base('count-per-10k-people'),
  years: /* @__PURE__ */ base('years'),
  mu: /* @__PURE__ */ Object.freeze({
    en: /* @__PURE__ */ Object.freeze([/* @__PURE__ */ unit(6, 'million mu'), /* @__PURE__ */ unit(0, 'mu')]),
    'zh-CN': /* @__PURE__ */ Object.freeze([/* @__PURE__ */ unit(8, '亿亩'), /* @__PURE__ */ unit(4, '万亩'), /* @__PURE__ */ unit(0, '亩')]),
  }),
  'cubic-metre': /* @__PURE__ */ Object.freeze({
    en: /* @__PURE__ */ Object.freeze([/* @__PURE__ */ unit(9, 'billion cubic metres'), /* @__PURE__ */ unit(6, 'million cubic metres'), /* @__PURE__ */ unit(0, 'cubic metres')]),
    'zh-CN': /* @__PURE__ */ Object.freeze([/* @__PURE__ */ unit(8, '亿立方米'), /* @__PURE__ */ unit(4, '万立方米'), /* @__PURE__ */ unit(0, '立方米')]),
  }),
  'cubic-metre-per-10k-yuan': /* @__PURE__ */ base('cubic-metre-per-10k-yuan'),
  tonne: /* @__PURE__ */ Object.freeze({
    en: /* @__PURE__ */ Object.freeze([/* @__PURE__ */ unit(6, 'million tonnes'), /* @__PURE__ */ unit(0, 'tonnes')]),
    'zh-CN': /* @__PURE__ */ Object.freeze([/* @__PURE__ */ unit(4, '万吨'), /* @__PURE__ */ unit(0, '吨')]),
  }),
  'tonne-per-10k-yuan': /* @__PURE__ */ base('tonne-per-10k-yuan'),
  'microgram-per-cubic-metre': /* @__PURE__ */ base('microgram-per-cubic-metre'),
});

function base(id: UnitId): Readonly<Record<Locale, readonly DisplayUnit[]>> {
  return Object.freeze({
    en: Object.freeze([unit(0, INLINE_LABELS[id].en)]),
    'zh-CN': Object.freeze([unit(0, INLINE_LABELS[id]['zh-CN'])]),
  });
}

/**
 * A name in a locale: its Chinese form where the data give one, else its English.
 *
 * @param text - The name, `{ en, zh? }`.
 * @param locale - `'en'` or `'zh-CN'`.
 * @returns The name to show.
 *
 * @example
 * ```ts
 * localized({ en: 'steel', zh: '钢铁' }, 'zh-CN'); // → '钢铁'
 * localized({ en: 'steel' }, 'zh-CN');             // → 'steel'
 * ```
 */
export function localized(text: LocalizedText, locale: Locale): string {
  return locale === 'zh-CN' && text.zh !== undefined ? text.zh : text.en;
}

/**
 * The label of a unit without an id or a display word: the measure's and its power of ten.
 *
 * @param measureLabel - The label of the measure (`'yuan'`).
 * @param multiplier - The power of ten.
 * @returns `yuan (× 10^5)`.
 *
 * @example
 * ```ts
 * scaledLabel('yuan', 5); // → 'yuan (× 10^5)'
 * ```
 */
export const scaledLabel = (measureLabel: string, multiplier: number): string => `${measureLabel} (× 10^${multiplier})`;

/** English ordinal suffix of a written integer: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
function ordinalSuffix(written: string): string {
  const digits = written.replace(/[^0-9]/g, '');
  const lastTwo = Number(digits.slice(-2));
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  switch (lastTwo % 10) {
    case 1:
      return 'st';
    case 2:
      return 'nd';
    case 3:
      return 'rd';
    default:
      return 'th';
  }
}

/**
 * How a written number and its unit word combine, by measure and language.
 *
 * - money, energy, energy intensity: `240 billion yuan`, `2,400 亿元`, `1.3 吨标准煤/万元`;
 * - percent: `25%` in both languages;
 * - percent per annum: `8% a year`, `年均8%` (年均 = annual average, as plans word it);
 * - percentage points: `3.5 percentage points` (`1 percentage point`), `3.5个百分点`;
 * - years: `10.8 years`, `10.8年`; per 10,000 people: `12 per 10,000 people`, `每万人12`;
 * - count and ratio: the bare number (the counted noun belongs to the indicator's name,
 *   and its Chinese measure word — 个, 家, 项 — depends on it);
 * - rank: `4th`, `第4位`; a rank with a fraction: `rank 2.5`, `第2.5位`.
 *
 * @example
 * ```ts
 * PATTERNS['percent-per-annum']['zh-CN']('8', ''); // → '年均8%'
 * PATTERNS.rank.en('22', '');                      // → '22nd'
 * ```
 */
export const PATTERNS: Readonly<Record<Measure, Readonly<Record<Locale, (n: string, word: string) => string>>>> =
  /* @__PURE__ */ Object.freeze({
    yuan: spaced(),
    tce: spaced(),
    'tce-per-10k-yuan': spaced(),
    percent: Object.freeze({ en: (n: string) => `${n}%`, 'zh-CN': (n: string) => `${n}%` }),
    'percent-per-annum': Object.freeze({ en: (n: string) => `${n}% a year`, 'zh-CN': (n: string) => `年均${n}%` }),
    'percentage-points': Object.freeze({
      en: (n: string) => `${n} percentage ${n === '1' || n === '-1' ? 'point' : 'points'}`,
      'zh-CN': (n: string) => `${n}个百分点`,
    }),
    count: bare(),
    rank: Object.freeze({
      en: (n: string) => (n.includes('.') ? `rank ${n}` : `${n}${ordinalSuffix(n)}`),
      'zh-CN': (n: string) => `第${n}位`,
    }),
    ratio: bare(),
    'yuan-per-person': spaced(),
    'count-per-10k-people': Object.freeze({ en: (n: string, word: string) => `${n} ${word}`, 'zh-CN': (n: string, word: string) => `${word}${n}` }),
    years: Object.freeze({ en: (n: string, word: string) => `${n} ${word}`, 'zh-CN': (n: string, word: string) => `${n}${word}` }),
    mu: spaced(),
    'cubic-metre': spaced(),
    'cubic-metre-per-10k-yuan': spaced(),
    tonne: spaced(),
    'tonne-per-10k-yuan': spaced(),
    'microgram-per-cubic-metre': spaced(),
  });

function spaced(): Readonly<Record<Locale, (n: string, word: string) => string>> {
  const write = (n: string, word: string): string => `${n} ${word}`;
  return Object.freeze({ en: write, 'zh-CN': write });
}

function bare(): Readonly<Record<Locale, (n: string) => string>> {
  const write = (n: string): string => n;
  return Object.freeze({ en: write, 'zh-CN': write });
}
