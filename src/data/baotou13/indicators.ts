/**
 * The indicators of the plan: those its targets name (II.a–b, III.c), the level series they
 * are derived from (so that shares and intensities can be computed), and those the 12th FYP
 * review needs (I.a–f). Every definition says where it comes from. The report never says
 * which indicators are binding or anticipatory, so every `nature` is `unspecified`.
 *
 * @internal
 * @module
 */
import type { UnitId } from '../../units/index.js';
import type { Concept, Direction, IndicatorKind } from '../../vocabulary.js';
import { defined } from './defined.js';
import type { IndicatorInput } from './types.js';

/**
 * The statistical scope the report calls "certain (value-added) enterprises": industrial
 * enterprises above designated size, as the National Bureau of Statistics has drawn it since
 * January 2011 (annual main-business revenue of at least 20 million yuan); Baotou News,
 * English edition, 2019-11-11, defines it the same way.
 */
export const ABOVE_DESIGNATED_SIZE =
  'industrial enterprises above designated size (规模以上工业企业: annual main-business revenue of at least 20 million yuan)';

/** Where the price basis of levels comes from: note [2] of the Baotou statistical communiqué 2016. */
export const CURRENT_PRICES =
  'Current prices: absolute values of GDP and value added are at current prices (Baotou statistical communiqué 2016, note [2]: 绝对数按现价计算).';
/** Where the price basis of growth rates comes from: the same note. */
export const COMPARABLE_PRICES =
  'Comparable (constant) prices: growth rates are at comparable prices (Baotou statistical communiqué 2016, note [2]: 增长速度按不变价格计算).';
const SCOPE_NOT_STATED = 'Scope not stated by the report (all industry, or enterprises above designated size); a figure with a known scope says so in its own definition.';
const DERIVED = 'The report gives no figure for it: modelled as the series a targeted share or intensity is derived from.';

/**
 * The indicators a share, an intensity or a growth rate is computed from, the whole an
 * indicator is part of, and the concept it shares with other plans.
 */
interface References {
  readonly numerator?: string | undefined;
  readonly denominator?: string | undefined;
  readonly growthOf?: string | undefined;
  readonly partOf?: string | undefined;
  readonly concept?: Concept | undefined;
}

/**
 * An indicator of unspecified nature (the report never says binding or anticipatory).
 *
 * @param id - Its id; `name`, `unit`, `direction`, `kind` and `definition` as the model has them.
 * @param references - The indicators it is computed from: `numerator` and `denominator` of a
 *   share or an intensity, `growthOf` of a growth rate; `partOf`, the whole that contains it;
 *   and `concept`, what it measures in terms shared across plans.
 * @returns The indicator, its keys in the order of the model.
 */
export function indicator(
  id: string,
  name: IndicatorInput['name'],
  unit: UnitId,
  direction: Direction,
  kind: IndicatorKind,
  definition: IndicatorInput['definition'],
  references: References = {},
): IndicatorInput {
  return { id, name, unit, direction, kind, nature: 'unspecified', ...defined(references), definition };
}

/** A level of value added that the report gives no figure for, at current prices: the numerator of a share. */
const derivedLevel = (id: string, name: IndicatorInput['name'], numeratorOf: string, concept?: Concept): IndicatorInput =>
  /* @__PURE__ */ indicator(id, name, 'bn-yuan', 'increase', 'level', { priceBasis: 'current', notes: [`${numeratorOf} ${DERIVED}`, CURRENT_PRICES] }, { concept });

/** The indicators, in the order of the report's targets, each followed by the series it derives from. */
export const indicators: IndicatorInput[] = [
  /* @__PURE__ */ indicator('industrial-value-added', { en: 'industrial value added', zh: '工业增加值' }, 'bn-yuan', 'increase', 'level', {
    priceBasis: 'current',
    notes: [
      "The report's 'industrial added value' (II.a), the standard statistical term 工业增加值.",
      SCOPE_NOT_STATED,
      CURRENT_PRICES,
      "Part of the secondary sector's value added (industry and construction), whatever its scope: industry above designated size is part of all industry.",
    ],
  }, { partOf: 'secondary-sector-value-added', concept: 'industrial-value-added' }),
  /* @__PURE__ */ indicator('industrial-value-added-growth', { en: 'industrial value added, annual average growth', zh: '工业增加值年均增长' }, 'percent-per-annum', 'increase', 'growth', {
    priceBasis: 'comparable',
    notes: [
      "The report's 'annual average increase' of industrial added value (II.a, the same sentence as the 240-billion-yuan level).",
      'Annual average growth (年均增长) is geometric, by the level method (水平法) of Chinese statistics: (final ÷ base)^(1/n) − 1.',
      COMPARABLE_PRICES,
      'Being at comparable prices, it need not agree in nominal terms with the level target at current prices.',
    ],
  }, { growthOf: 'industrial-value-added', concept: 'industrial-value-added-growth' }),
  /* @__PURE__ */ indicator('innovation-research-institutes', { en: 'innovation and research institutes', zh: '创新研发机构' }, 'count', 'increase', 'count', {
    notes: [
      "The report's 'innovation and research institutes' (II.a); what counts as one is not defined.",
      "The Chinese name is uncertain: a rendering of the report's English words, not a statistical term the report is known to use (the Chinese original was not read).",
    ],
  }),
  /* @__PURE__ */ indicator('state-high-tech-enterprises', { en: 'State high-tech enterprises', zh: '国家高新技术企业' }, 'count', 'increase', 'count', {
    notes: [
      "The report's 'State high-tech enterprises' (II.a; the word 'areas' that follows in the report is garbled), read as the national high-tech enterprise status, the standard term 国家高新技术企业.",
    ],
  }),
  /* @__PURE__ */ derivedLevel('strategic-emerging-industries-value-added', { en: 'value added of strategic emerging industries', zh: '战略性新兴产业增加值' },
    "The numerator of the strategic emerging industries' share (II.a, III.c)."),
  /* @__PURE__ */ indicator('strategic-emerging-industries-share', { en: "strategic emerging industries' share of industry", zh: '战略性新兴产业增加值占工业增加值比重' }, 'percent', 'increase', 'share', {
    notes: [
      "The report: strategic emerging industries 'accounting for about 25-percent … of the total' (II.a) and 'more than 20 percent of all of the city's industries' (III.c).",
      'The report does not name the measure; read as the share in industrial value added, the measure in which Baotou reports it (22.3 % of the value added of industrial enterprises above designated size, January–September 2019: Baotou News, English edition, 2019-11-11). The Chinese name follows that reading.',
      SCOPE_NOT_STATED,
    ],
  }, { numerator: 'strategic-emerging-industries-value-added', denominator: 'industrial-value-added', concept: 'strategic-emerging-industries-share' }),
  /* @__PURE__ */ derivedLevel('high-tech-industries-value-added', { en: 'value added of high-tech industries', zh: '高新技术产业增加值' },
    "The numerator of the high-tech industries' share (II.a)."),
  /* @__PURE__ */ indicator('high-tech-industries-share', { en: "high-tech industries' share of industry", zh: '高新技术产业增加值占工业增加值比重' }, 'percent', 'increase', 'share', {
    notes: [
      "The report: 'high-tech industries for about 35-percent of the total' (II.a); read, like the strategic emerging industries' share of the same sentence, as a share in industrial value added. The Chinese name follows that reading.",
      SCOPE_NOT_STATED,
    ],
  }, { numerator: 'high-tech-industries-value-added', denominator: 'industrial-value-added', concept: 'high-tech-industries-share' }),
  /* @__PURE__ */ derivedLevel('gdp', { en: 'gross domestic product (GDP)', zh: '地区生产总值' },
    "The whole of which producer services are to be a share ('of GDP', II.b); a city's GDP is its regional gross domestic product (地区生产总值).", 'gdp'),
  /* @__PURE__ */ indicator('secondary-sector-value-added', { en: 'value added of the secondary sector', zh: '第二产业增加值' }, 'bn-yuan', 'increase', 'level', {
    priceBasis: 'current',
    notes: [
      `Industry and construction (the secondary sector, 第二产业). The report gives no figure for it: modelled as the whole that contains industrial value added, so that a reported level of the sector bounds the industrial targets. ${CURRENT_PRICES}`,
    ],
  }, { partOf: 'gdp', concept: 'secondary-sector-value-added' }),
  /* @__PURE__ */ indicator('gdp-growth', { en: 'GDP growth', zh: '地区生产总值增长' }, 'percent-per-annum', 'increase', 'growth', {
    priceBasis: 'comparable',
    notes: [`Growth of GDP over the previous year. The report gives no figure for it: modelled so that the published rates carry GDP across the revision of 2017–2019 (consistency). ${COMPARABLE_PRICES}`],
  }, { growthOf: 'gdp', concept: 'gdp-growth' }),
  /* @__PURE__ */ indicator('secondary-sector-value-added-growth', { en: 'value added of the secondary sector, growth', zh: '第二产业增加值增长' }, 'percent-per-annum', 'increase', 'growth', {
    priceBasis: 'comparable',
    notes: [`Growth over the previous year. The report gives no figure for it: modelled beside the secondary sector's level. ${COMPARABLE_PRICES}`],
  }, { growthOf: 'secondary-sector-value-added' }),
  /* @__PURE__ */ derivedLevel('producer-services-value-added', { en: 'value added of producer services', zh: '生产性服务业增加值' },
    "The numerator of producer services' share of GDP (II.b)."),
  /* @__PURE__ */ indicator('producer-services-share', { en: "producer services' share of GDP", zh: '生产性服务业增加值占地区生产总值比重' }, 'percent', 'increase', 'share', {
    notes: [
      "The report: 'Get producer services to account for more than 25-percent of GDP' (II.b); read as value added of producer services ÷ GDP.",
      "Not the services share of a national plan (concept 'services-share'): producer services are part of services.",
    ],
  }, { numerator: 'producer-services-value-added', denominator: 'gdp', concept: 'producer-services-share' }),
  /* @__PURE__ */ indicator('industrial-energy-consumption', { en: 'industrial energy consumption', zh: '工业能源消费量' }, '10k-tce', 'decrease', 'level', {
    notes: [
      `Energy consumed by industry, in tonnes of standard coal equivalent (吨标准煤); the numerator of energy consumption per 10,000 yuan of industrial value added (II.b). ${DERIVED}`,
    ],
  }),
  /* @__PURE__ */ indicator('industrial-energy-intensity', { en: 'energy consumption per 10,000 yuan of industrial value added', zh: '万元工业增加值能耗' }, 'tce-per-10k-yuan', 'decrease', 'intensity', {
    priceBasis: 'comparable',
    notes: [
      "The report: 'energy consumption per 10,000-yuan of industrial added value output' in 'tons of standard coal equivalent' (II.b), the standard indicator 万元工业增加值能耗.",
      'Industrial energy consumption (tce) ÷ industrial value added (10⁴ yuan) at comparable prices, in the 13th FYP at 2015 prices; its rate of change is (1 + energy growth) ÷ (1 + value-added growth) − 1.',
      "Not the energy use per unit of GDP of a national plan (concept 'energy-intensity-gdp'): industry's energy use over industry's value added, not the whole economy's over GDP.",
    ],
  }, { numerator: 'industrial-energy-consumption', denominator: 'industrial-value-added', concept: 'energy-intensity-industry' }),
  /* @__PURE__ */ indicator('industrial-wastewater-utilisation-rate', { en: 'industrial wastewater utilization rate', zh: '工业废水利用率' }, 'percent', 'increase', 'rate', {
    notes: [
      "The report: 'an industrial wastewater utilization rate of 92-percent' (II.b). Its statistical definition is not stated.",
      "The Chinese name is uncertain: a literal rendering of the report's words, not a statistical indicator it is known to mean (it may be the reuse rate of industrial water, 工业用水重复利用率, or of wastewater).",
    ],
  }),
  /* @__PURE__ */ indicator('industrial-solid-waste-utilisation-rate', { en: 'industrial solid waste comprehensive utilization rate', zh: '工业固体废物综合利用率' }, 'percent', 'increase', 'rate', {
    notes: ["The report: 'industrial solid waste comprehensive utilization rate reaching 85 percent' (II.b), the standard indicator 工业固体废物综合利用率."],
  }),
  /* @__PURE__ */ indicator('industrial-energy-consumption-change', { en: 'industrial energy consumption, change over a period', zh: '工业能源消费量变化率' }, 'percent', 'decrease', 'growth', {
    notes: [
      "For the 12th FYP review: 'Energy consumption of certain enterprises fell 37.5-percent' (I.f). A change over a whole period in percent (final ÷ base − 1), not a yearly rate.",
      'The Chinese name is a description of the figure, not a statistical term of the report.',
    ],
  }, { growthOf: 'industrial-energy-consumption' }),
  /* @__PURE__ */ indicator('industrial-waste-utilisation-rate', { en: 'utilization rate of industrial waste', zh: '工业废物利用率' }, 'percent', 'increase', 'rate', {
    notes: [
      "For the 12th FYP review: 'the utilization rate of industrial waste reached 72-percent' (I.f). The report does not say which waste; it may be the solid waste rate of the 2020 target (II.b), but without a source saying so the two are kept apart.",
      "The Chinese name is uncertain: a literal rendering of the report's words; if the figure is the solid waste rate, its term is 工业固体废物综合利用率.",
    ],
  }),
];
