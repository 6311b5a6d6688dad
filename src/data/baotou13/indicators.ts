/**
 * The indicators of the plan: those its targets name (II.a–b, III.c), the level series they
 * are derived from (so that shares and intensities can be computed), and those the 12th FYP
 * review needs (I.a–f). Every definition says where it comes from. The report never says
 * which indicators are binding or anticipatory, so every `nature` is `unspecified`.
 *
 * @internal
 * @module
 */
import type { IndicatorInput } from './types.js';

/** The statistical scope the report calls "certain (value-added) enterprises" (DOMAIN.md). */
export const ABOVE_DESIGNATED_SIZE =
  'industrial enterprises above designated size (规模以上工业企业: annual main-business revenue of at least 20 million yuan)';

const CURRENT_PRICES = 'Current prices: absolute values of GDP and value added are at current prices (DOMAIN.md, after the Baotou statistical bulletin 2016).';
const COMPARABLE_PRICES = 'Comparable (constant) prices: growth rates are at comparable prices (DOMAIN.md, after the Baotou statistical bulletin 2016).';
const SCOPE_NOT_STATED = 'Scope not stated by the report (all industry, or enterprises above designated size); a figure with a known scope says so in its own definition.';
const DERIVED = 'The report gives no figure for it: modelled as the series a targeted share or intensity is derived from.';

/** The indicators, in the order of the report's targets, each followed by the series it derives from. */
export const indicators: IndicatorInput[] = [
  {
    id: 'industrial-value-added',
    name: { en: 'industrial value added', zh: '工业增加值' },
    unit: 'bn-yuan',
    direction: 'increase',
    kind: 'level',
    nature: 'unspecified',
    definition: {
      priceBasis: 'current',
      notes: ["The report's 'industrial added value' (II.a), the standard statistical term 工业增加值.", SCOPE_NOT_STATED, CURRENT_PRICES],
    },
  },
  {
    id: 'industrial-value-added-growth',
    name: { en: 'industrial value added, annual average growth' },
    unit: 'percent-per-annum',
    direction: 'increase',
    kind: 'growth',
    nature: 'unspecified',
    growthOf: 'industrial-value-added',
    definition: {
      priceBasis: 'comparable',
      notes: [
        "The report's 'annual average increase' of industrial added value (II.a, the same sentence as the 240-billion-yuan level).",
        'Annual average growth (年均增长) is geometric: (final ÷ base)^(1/n) − 1 (DOMAIN.md).',
        COMPARABLE_PRICES,
        'Being at comparable prices, it need not agree in nominal terms with the level target at current prices.',
      ],
    },
  },
  {
    id: 'innovation-research-institutes',
    name: { en: 'innovation and research institutes' },
    unit: 'count',
    direction: 'increase',
    kind: 'count',
    nature: 'unspecified',
    definition: { notes: ["The report's 'innovation and research institutes' (II.a); what counts as one is not defined."] },
  },
  {
    id: 'state-high-tech-enterprises',
    name: { en: 'State high-tech enterprises', zh: '国家高新技术企业' },
    unit: 'count',
    direction: 'increase',
    kind: 'count',
    nature: 'unspecified',
    definition: {
      notes: [
        "The report's 'State high-tech enterprises' (II.a; the word 'areas' that follows in the report is garbled), read as the national high-tech enterprise status, the standard term 国家高新技术企业.",
      ],
    },
  },
  {
    id: 'strategic-emerging-industries-value-added',
    name: { en: 'value added of strategic emerging industries', zh: '战略性新兴产业增加值' },
    unit: 'bn-yuan',
    direction: 'increase',
    kind: 'level',
    nature: 'unspecified',
    definition: {
      priceBasis: 'current',
      notes: ['The numerator of the strategic emerging industries\' share (II.a, III.c). ' + DERIVED, CURRENT_PRICES],
    },
  },
  {
    id: 'strategic-emerging-industries-share',
    name: { en: "strategic emerging industries' share of industry" },
    unit: 'percent',
    direction: 'increase',
    kind: 'share',
    nature: 'unspecified',
    numerator: 'strategic-emerging-industries-value-added',
    denominator: 'industrial-value-added',
    definition: {
      notes: [
        "The report: strategic emerging industries 'accounting for about 25-percent … of the total' (II.a) and 'more than 20 percent of all of the city's industries' (III.c).",
        'The report does not name the measure; read as the share in industrial value added, the measure in which Baotou reports it (22.3 % of above-scale industrial value added, January–September 2019: DOMAIN.md).',
        SCOPE_NOT_STATED,
      ],
    },
  },
  {
    id: 'high-tech-industries-value-added',
    name: { en: 'value added of high-tech industries', zh: '高新技术产业增加值' },
    unit: 'bn-yuan',
    direction: 'increase',
    kind: 'level',
    nature: 'unspecified',
    definition: {
      priceBasis: 'current',
      notes: ["The numerator of the high-tech industries' share (II.a). " + DERIVED, CURRENT_PRICES],
    },
  },
  {
    id: 'high-tech-industries-share',
    name: { en: "high-tech industries' share of industry" },
    unit: 'percent',
    direction: 'increase',
    kind: 'share',
    nature: 'unspecified',
    numerator: 'high-tech-industries-value-added',
    denominator: 'industrial-value-added',
    definition: {
      notes: [
        "The report: 'high-tech industries for about 35-percent of the total' (II.a); read, like the strategic emerging industries' share of the same sentence, as a share in industrial value added.",
        SCOPE_NOT_STATED,
      ],
    },
  },
  {
    id: 'gdp',
    name: { en: 'gross domestic product (GDP)', zh: '地区生产总值' },
    unit: 'bn-yuan',
    direction: 'increase',
    kind: 'level',
    nature: 'unspecified',
    definition: {
      priceBasis: 'current',
      notes: ["The whole of which producer services are to be a share ('of GDP', II.b); a city's GDP is its regional gross domestic product (地区生产总值). " + DERIVED, CURRENT_PRICES],
    },
  },
  {
    id: 'producer-services-value-added',
    name: { en: 'value added of producer services', zh: '生产性服务业增加值' },
    unit: 'bn-yuan',
    direction: 'increase',
    kind: 'level',
    nature: 'unspecified',
    definition: {
      priceBasis: 'current',
      notes: ["The numerator of producer services' share of GDP (II.b). " + DERIVED, CURRENT_PRICES],
    },
  },
  {
    id: 'producer-services-share',
    name: { en: "producer services' share of GDP" },
    unit: 'percent',
    direction: 'increase',
    kind: 'share',
    nature: 'unspecified',
    numerator: 'producer-services-value-added',
    denominator: 'gdp',
    definition: {
      notes: ["The report: 'Get producer services to account for more than 25-percent of GDP' (II.b); read as value added of producer services ÷ GDP."],
    },
  },
  {
    id: 'industrial-energy-consumption',
    name: { en: 'industrial energy consumption' },
    unit: '10k-tce',
    direction: 'decrease',
    kind: 'level',
    nature: 'unspecified',
    definition: {
      notes: [
        'Energy consumed by industry, in tonnes of standard coal equivalent (吨标准煤); the numerator of energy consumption per 10,000 yuan of industrial value added (II.b). ' + DERIVED,
      ],
    },
  },
  {
    id: 'industrial-energy-intensity',
    name: { en: 'energy consumption per 10,000 yuan of industrial value added', zh: '万元工业增加值能耗' },
    unit: 'tce-per-10k-yuan',
    direction: 'decrease',
    kind: 'intensity',
    nature: 'unspecified',
    numerator: 'industrial-energy-consumption',
    denominator: 'industrial-value-added',
    definition: {
      priceBasis: 'comparable',
      notes: [
        "The report: 'energy consumption per 10,000-yuan of industrial added value output' in 'tons of standard coal equivalent' (II.b), the standard indicator 万元工业增加值能耗.",
        'Industrial energy consumption (tce) ÷ industrial value added (10⁴ yuan) at comparable prices, in the 13th FYP at 2015 prices; its rate of change is (1 + energy growth) ÷ (1 + value-added growth) − 1 (DOMAIN.md).',
      ],
    },
  },
  {
    id: 'industrial-wastewater-utilisation-rate',
    name: { en: 'industrial wastewater utilization rate' },
    unit: 'percent',
    direction: 'increase',
    kind: 'rate',
    nature: 'unspecified',
    definition: {
      notes: [
        "The report: 'an industrial wastewater utilization rate of 92-percent' (II.b). Its statistical definition is not stated, so no Chinese term is assumed.",
      ],
    },
  },
  {
    id: 'industrial-solid-waste-utilisation-rate',
    name: { en: 'industrial solid waste comprehensive utilization rate', zh: '工业固体废物综合利用率' },
    unit: 'percent',
    direction: 'increase',
    kind: 'rate',
    nature: 'unspecified',
    definition: {
      notes: ["The report: 'industrial solid waste comprehensive utilization rate reaching 85 percent' (II.b), the standard indicator 工业固体废物综合利用率."],
    },
  },
  {
    id: 'industrial-energy-consumption-change',
    name: { en: 'industrial energy consumption, change over a period' },
    unit: 'percent',
    direction: 'decrease',
    kind: 'growth',
    nature: 'unspecified',
    growthOf: 'industrial-energy-consumption',
    definition: {
      notes: [
        "For the 12th FYP review: 'Energy consumption of certain enterprises fell 37.5-percent' (I.f). A change over a whole period in percent (final ÷ base − 1), not a yearly rate.",
      ],
    },
  },
  {
    id: 'industrial-waste-utilisation-rate',
    name: { en: 'utilization rate of industrial waste' },
    unit: 'percent',
    direction: 'increase',
    kind: 'rate',
    nature: 'unspecified',
    definition: {
      notes: [
        "For the 12th FYP review: 'the utilization rate of industrial waste reached 72-percent' (I.f). The report does not say which waste; it may be the solid waste rate of the 2020 target (II.b), but without a source saying so the two are kept apart.",
      ],
    },
  },
];
