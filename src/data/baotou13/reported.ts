/**
 * Figures reported for Baotou after the plan was written (and a few before): the table
 * "Reported figures for Baotou" of DOMAIN.md, as observations with their scope, price basis
 * and source. Each source was read in a secondary copy unless marked `primary`.
 *
 * Observations of series the plan defines use the plan's indicator ids (with their own
 * scope where it differs: most industrial figures are above designated size); the other
 * series are defined in {@link reportedIndicators}.
 *
 * @internal
 * @module
 */
import { ABOVE_DESIGNATED_SIZE } from './indicators.js';
import type { ExternalSourceInput, IndicatorInput, ObservationInput } from './types.js';

const GROWTH_CONVENTION = 'Comparable prices by the convention for growth rates (DOMAIN.md).';
const LEVEL_CONVENTION = 'Current prices by the convention for levels (DOMAIN.md).';
const JAN_SEP = 'January–September 2019 (cumulative), not the whole year.';

function secondary(publication: string, date: string | undefined, quote: string): ExternalSourceInput {
  return date === undefined
    ? { kind: 'external', publication, confidence: 'secondary', quote }
    : { kind: 'external', publication, date, confidence: 'secondary', quote };
}

const NEWS_2013 = /* @__PURE__ */ secondary('Baotou news', '2013', 'above-scale industrial value added > 130 bn yuan (1,300 亿)');
const CHINA_DAILY_2015: ExternalSourceInput = {
  kind: 'external',
  publication: 'China Daily',
  date: '2015-10-29',
  confidence: 'primary',
  quote: 'GDP 370 bn yuan, +8.5 %',
};
const WORK_REPORT_2016 = /* @__PURE__ */ secondary(
  'Baotou government work report',
  '2016',
  'GDP +8 %; above-scale industrial value added ≈ 120 bn yuan (≈1,200 亿), +10 %',
);
const BULLETIN_2016 = /* @__PURE__ */ secondary(
  'Baotou statistical bulletin 2016',
  undefined,
  'energy use per 10⁴ yuan of GDP −4.92 %, "ahead of the 13th FYP schedule"',
);
const SINA_2017 = /* @__PURE__ */ secondary('Sina Inner Mongolia', '2017-09-18', 'rare-earth industry output value 15 bn yuan (150 亿)');
const BULLETIN_2017 = /* @__PURE__ */ secondary('statistical bulletin 2017', undefined, 'GDP +5.5 % (comparable prices); sector shares 3.2 : 41.1 : 55.7');
const WORK_REPORT_2019 = /* @__PURE__ */ secondary('Baotou government work report', '2019', 'GDP +6.8 %; above-scale industrial value added +11 %');
const NEWS_2019 = /* @__PURE__ */ secondary(
  'Baotou news',
  '2019',
  'strategic emerging industries value added +21.6 %, 22.3 % of above-scale industrial value added; five pillar industries 68.9 %',
);
const NEWS_GDP_2019 = /* @__PURE__ */ secondary('news report', undefined, 'GDP +6 %');
const BULLETIN_2020 = /* @__PURE__ */ secondary(
  'Inner Mongolia / Baotou statistical bulletin 2020',
  undefined,
  'GDP 278.74 bn yuan (2,787.4 亿), +3.0 %; secondary sector 115.30 bn yuan (1,153.0 亿), +9.8 %; above-scale industrial value added +11 %',
);
const DAILY_2022 = /* @__PURE__ */ secondary(
  'Inner Mongolia Daily',
  '2022-02-16',
  'strategic emerging industries reached 20 % of above-scale industry; above-scale industrial value added grew 11.8 % a year on average',
);

/** The indicators of the reported figures that the plan does not define. */
export const reportedIndicators: IndicatorInput[] = [
  {
    id: 'gdp-growth',
    name: { en: 'GDP growth' },
    unit: 'percent-per-annum',
    direction: 'increase',
    kind: 'growth',
    nature: 'unspecified',
    growthOf: 'gdp',
    definition: { priceBasis: 'comparable', notes: ['Growth of GDP over the previous year. ' + GROWTH_CONVENTION] },
  },
  {
    id: 'secondary-sector-value-added',
    name: { en: 'value added of the secondary sector', zh: '第二产业增加值' },
    unit: 'bn-yuan',
    direction: 'increase',
    kind: 'level',
    nature: 'unspecified',
    definition: { priceBasis: 'current', notes: ['Industry and construction (the secondary sector). ' + LEVEL_CONVENTION] },
  },
  {
    id: 'secondary-sector-value-added-growth',
    name: { en: 'value added of the secondary sector, growth' },
    unit: 'percent-per-annum',
    direction: 'increase',
    kind: 'growth',
    nature: 'unspecified',
    growthOf: 'secondary-sector-value-added',
    definition: { priceBasis: 'comparable', notes: ['Growth over the previous year. ' + GROWTH_CONVENTION] },
  },
  {
    id: 'primary-sector-share',
    name: { en: "primary sector's share of GDP" },
    unit: 'percent',
    direction: 'target',
    kind: 'share',
    nature: 'unspecified',
    denominator: 'gdp',
    definition: { notes: ['From the sector shares of GDP (primary : secondary : tertiary) of the statistical bulletin.'] },
  },
  {
    id: 'secondary-sector-share',
    name: { en: "secondary sector's share of GDP" },
    unit: 'percent',
    direction: 'target',
    kind: 'share',
    nature: 'unspecified',
    numerator: 'secondary-sector-value-added',
    denominator: 'gdp',
    definition: { notes: ['From the sector shares of GDP (primary : secondary : tertiary) of the statistical bulletin.'] },
  },
  {
    id: 'tertiary-sector-share',
    name: { en: "tertiary sector's share of GDP" },
    unit: 'percent',
    direction: 'target',
    kind: 'share',
    nature: 'unspecified',
    denominator: 'gdp',
    definition: { notes: ['From the sector shares of GDP (primary : secondary : tertiary) of the statistical bulletin.'] },
  },
  {
    id: 'gdp-energy-intensity-change',
    name: { en: 'energy consumption per 10,000 yuan of GDP, change' },
    unit: 'percent',
    direction: 'decrease',
    kind: 'growth',
    nature: 'unspecified',
    definition: {
      priceBasis: 'comparable',
      notes: ['Change over the previous year of energy use per 10⁴ yuan of GDP (of the whole economy, not of industry). Comparable prices, as for every intensity (DOMAIN.md).'],
    },
  },
  {
    id: 'rare-earth-industry-output-value',
    name: { en: 'output value of the rare-earth industry' },
    unit: 'bn-yuan',
    direction: 'increase',
    kind: 'level',
    nature: 'unspecified',
    definition: { notes: ['Gross output value (产值), not value added; price basis not stated.'] },
  },
  {
    id: 'strategic-emerging-industries-value-added-growth',
    name: { en: 'value added of strategic emerging industries, growth' },
    unit: 'percent-per-annum',
    direction: 'increase',
    kind: 'growth',
    nature: 'unspecified',
    growthOf: 'strategic-emerging-industries-value-added',
    definition: { priceBasis: 'comparable', notes: ['Growth over the same period of the previous year. ' + GROWTH_CONVENTION] },
  },
  {
    id: 'pillar-industries-share',
    name: { en: "five pillar industries' share of industry" },
    unit: 'percent',
    direction: 'target',
    kind: 'share',
    nature: 'unspecified',
    denominator: 'industrial-value-added',
    definition: {
      scope: ABOVE_DESIGNATED_SIZE,
      notes: [
        'The five pillar industries: steel, aluminum, equipment, rare earth, electric power (Baotou investment promotion, per DOMAIN.md).',
        'Read as a share of above-scale industrial value added, as the figure it is reported with (Baotou news, 2019).',
      ],
    },
  },
];

const ABOVE_SCALE_CURRENT = { scope: ABOVE_DESIGNATED_SIZE, priceBasis: 'current' } as const;
const ABOVE_SCALE_COMPARABLE = { scope: ABOVE_DESIGNATED_SIZE, priceBasis: 'comparable' } as const;

/** The observations, by year. */
export const reportedObservations: ObservationInput[] = [
  {
    indicator: 'industrial-value-added',
    year: 2012,
    value: '130',
    unit: 'bn-yuan',
    qualifier: 'moreThan',
    status: 'A',
    definition: ABOVE_SCALE_CURRENT,
    source: NEWS_2013,
    note: '1,300 亿元. Above designated size, unlike the plan\'s level target, whose scope is not stated.',
  },
  { indicator: 'gdp', year: 2014, value: '370', unit: 'bn-yuan', qualifier: 'exact', status: 'A', definition: { priceBasis: 'current' }, source: CHINA_DAILY_2015 },
  { indicator: 'gdp-growth', year: 2014, value: '8.5', unit: 'percent-per-annum', qualifier: 'exact', status: 'A', definition: { priceBasis: 'comparable' }, source: CHINA_DAILY_2015 },
  { indicator: 'gdp-growth', year: 2015, value: '8', unit: 'percent-per-annum', qualifier: 'exact', status: 'A', definition: { priceBasis: 'comparable' }, source: WORK_REPORT_2016 },
  {
    indicator: 'industrial-value-added',
    year: 2015,
    value: '120',
    unit: 'bn-yuan',
    qualifier: 'about',
    status: 'A',
    definition: ABOVE_SCALE_CURRENT,
    source: WORK_REPORT_2016,
    note: '≈ 1,200 亿元. Above designated size, unlike the plan\'s level target of 240 bn yuan, whose scope is not stated.',
  },
  {
    indicator: 'industrial-value-added-growth',
    year: 2015,
    value: '10',
    unit: 'percent-per-annum',
    qualifier: 'exact',
    status: 'A',
    definition: ABOVE_SCALE_COMPARABLE,
    source: WORK_REPORT_2016,
  },
  {
    indicator: 'gdp-energy-intensity-change',
    year: 2016,
    value: '-4.92',
    unit: 'percent',
    qualifier: 'exact',
    status: 'A',
    definition: { priceBasis: 'comparable' },
    source: BULLETIN_2016,
    note: 'Of GDP, not of industrial value added; the bulletin calls it "ahead of the 13th FYP schedule".',
  },
  { indicator: 'rare-earth-industry-output-value', year: 2016, value: '15', unit: 'bn-yuan', qualifier: 'exact', status: 'A', source: SINA_2017, note: '150 亿元.' },
  { indicator: 'gdp-growth', year: 2017, value: '5.5', unit: 'percent-per-annum', qualifier: 'exact', status: 'A', definition: { priceBasis: 'comparable' }, source: BULLETIN_2017 },
  { indicator: 'primary-sector-share', year: 2017, value: '3.2', unit: 'percent', qualifier: 'exact', status: 'A', source: BULLETIN_2017 },
  { indicator: 'secondary-sector-share', year: 2017, value: '41.1', unit: 'percent', qualifier: 'exact', status: 'A', source: BULLETIN_2017 },
  { indicator: 'tertiary-sector-share', year: 2017, value: '55.7', unit: 'percent', qualifier: 'exact', status: 'A', source: BULLETIN_2017 },
  { indicator: 'gdp-growth', year: 2018, value: '6.8', unit: 'percent-per-annum', qualifier: 'exact', status: 'A', definition: { priceBasis: 'comparable' }, source: WORK_REPORT_2019 },
  {
    indicator: 'industrial-value-added-growth',
    year: 2018,
    value: '11',
    unit: 'percent-per-annum',
    qualifier: 'exact',
    status: 'A',
    definition: ABOVE_SCALE_COMPARABLE,
    source: WORK_REPORT_2019,
  },
  {
    indicator: 'strategic-emerging-industries-value-added-growth',
    year: 2019,
    value: '21.6',
    unit: 'percent-per-annum',
    qualifier: 'exact',
    status: 'A',
    definition: { priceBasis: 'comparable' },
    source: NEWS_2019,
    note: JAN_SEP,
  },
  {
    indicator: 'strategic-emerging-industries-share',
    year: 2019,
    value: '22.3',
    unit: 'percent',
    qualifier: 'exact',
    status: 'A',
    definition: { scope: ABOVE_DESIGNATED_SIZE },
    source: NEWS_2019,
    note: `${JAN_SEP} A share of above-scale industrial value added.`,
  },
  {
    indicator: 'pillar-industries-share',
    year: 2019,
    value: '68.9',
    unit: 'percent',
    qualifier: 'exact',
    status: 'A',
    definition: { scope: ABOVE_DESIGNATED_SIZE },
    source: NEWS_2019,
    note: JAN_SEP,
  },
  { indicator: 'gdp-growth', year: 2019, value: '6', unit: 'percent-per-annum', qualifier: 'exact', status: 'A', definition: { priceBasis: 'comparable' }, source: NEWS_GDP_2019 },
  {
    indicator: 'gdp',
    year: 2020,
    value: '278.74',
    unit: 'bn-yuan',
    qualifier: 'exact',
    status: 'A',
    definition: { priceBasis: 'current' },
    source: BULLETIN_2020,
    note: '2,787.4 亿元.',
  },
  { indicator: 'gdp-growth', year: 2020, value: '3.0', unit: 'percent-per-annum', qualifier: 'exact', status: 'A', definition: { priceBasis: 'comparable' }, source: BULLETIN_2020 },
  {
    indicator: 'secondary-sector-value-added',
    year: 2020,
    value: '115.30',
    unit: 'bn-yuan',
    qualifier: 'exact',
    status: 'A',
    definition: { priceBasis: 'current' },
    source: BULLETIN_2020,
    note: '1,153.0 亿元.',
  },
  {
    indicator: 'secondary-sector-value-added-growth',
    year: 2020,
    value: '9.8',
    unit: 'percent-per-annum',
    qualifier: 'exact',
    status: 'A',
    definition: { priceBasis: 'comparable' },
    source: BULLETIN_2020,
  },
  {
    indicator: 'industrial-value-added-growth',
    year: 2020,
    value: '11',
    unit: 'percent-per-annum',
    qualifier: 'exact',
    status: 'A',
    definition: ABOVE_SCALE_COMPARABLE,
    source: BULLETIN_2020,
  },
  {
    indicator: 'strategic-emerging-industries-share',
    period: { start: 2017, end: 2021 },
    value: '20',
    unit: 'percent',
    qualifier: 'exact',
    status: 'A',
    definition: { scope: ABOVE_DESIGNATED_SIZE },
    source: DAILY_2022,
    note: "'reached 20 %' during 2017–2021; the year it was reached is not given.",
  },
  {
    indicator: 'industrial-value-added-growth',
    period: { start: 2017, end: 2021 },
    value: '11.8',
    unit: 'percent-per-annum',
    qualifier: 'exact',
    status: 'A',
    definition: ABOVE_SCALE_COMPARABLE,
    source: DAILY_2022,
    note: 'Annual average over 2017–2021.',
  },
];
