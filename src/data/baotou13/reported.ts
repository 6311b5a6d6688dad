/**
 * Figures reported for Baotou after the plan was written (and a few before), as observations
 * with their scope, price basis and source: each source names the publication and its
 * publisher, its date, the address of the copy that was read, the passage relied on, and a
 * confidence (`secondary`, read in a copy, unless marked `primary`).
 *
 * Observations of series the plan defines use the plan's indicator ids (with their own
 * scope where it differs: most industrial figures are above designated size); the other
 * series are defined in {@link reportedIndicators}.
 *
 * @internal
 * @module
 */
import { ABOVE_DESIGNATED_SIZE, COMPARABLE_PRICES, CURRENT_PRICES, indicator } from './indicators.js';
import type { Period } from '../../plan/types.js';
import type { UnitId } from '../../units/index.js';
import type { Qualifier } from '../../vocabulary.js';
import { defined } from './defined.js';
import { publication } from './sources.js';
import type { ExternalSourceInput, IndicatorInput, ObservationInput } from './types.js';

const WORK_REPORT_2013 = /* @__PURE__ */ publication(
  'Baotou government work report 2013 (包头市人民政府工作报告, mayor 孙炜东)',
  '2013',
  'http://btskw.com.cn/info/201309250007',
  '预计2012年…规模以上工业增加值达到1300亿元以上 (expected for 2012: above-scale industrial value added more than 130 bn yuan)',
);
const CHINA_DAILY_2015 = /* @__PURE__ */ publication(
  'China Daily: "2015 Baotou Government Work Report", key figures of 2014',
  '2015-10-29',
  'http://www.chinadaily.com.cn/m/innermongolia/baotou/2015-10/29/content_22310931.htm',
  "Baotou's GDP reached 370 billion yuan ($58.28 billion) in 2014, up 8.5 percent over the previous year.",
  'primary',
);
const WORK_REPORT_2016 = /* @__PURE__ */ publication(
  'Baotou government work report 2016 (包头市人民政府工作报告, mayor 杜学军), reproduced by China Economic Net (中国经济网)',
  '2016-01-12',
  'http://district.ce.cn/newarea/roll/201602/04/t20160204_8752834.shtml',
  '预计全年地区生产总值增长8% … 预计规模以上工业增加值达到1200亿元，增长10% (expected for 2015: GDP +8 %; above-scale industrial value added 120 bn yuan, +10 %)',
);
const COMMUNIQUE_2016 = /* @__PURE__ */ publication(
  'Baotou statistical communiqué 2016, part 3 (包头市2016年国民经济和社会发展统计公报, 包头市统计局)',
  '2017-05-11',
  'https://web.xiaze.org/tjgb/201705/25514-3.html',
  '初步核算，全年万元生产总值能耗较上年下降4.92%，超额完成自治区下达的“十三五”进度目标 (energy use per 10⁴ yuan of GDP −4.92 %, ahead of the 13th FYP schedule set by the region)',
);
const SINA_2017 = /* @__PURE__ */ publication(
  'Sina Inner Mongolia (新浪内蒙古), on five years of the rare-earth industry',
  '2017-09-18',
  'http://nmg.sina.com.cn/news/2017-09-18/detail-ifykymue6795098.shtml',
  '2016年包头市稀土产值150亿元 (rare-earth output value 15 bn yuan in 2016)',
);
const COMMUNIQUE_2017 = /* @__PURE__ */ publication(
  'Baotou statistical communiqué 2017 (包头市2017年国民经济和社会发展统计公报, 包头市统计局); the copy does not give its date',
  undefined,
  'http://818293.cn/info/202012030005',
  '初步核算，全市生产总值按可比价格计算比上年增长5.5%。…三次产业增加值占全市生产总值的比重分别为3.2%、41.1%和55.7% (GDP +5.5 % at comparable prices; sector shares 3.2 : 41.1 : 55.7)',
);
const WORK_REPORT_2019 = /* @__PURE__ */ publication(
  'China Daily (chinaservicesinfo.com): "2019 Baotou Government Work Report", statistics from the report of mayor Zhao Jiangtao (赵江涛) of January 2019',
  '2019-04-25',
  'https://chinaservicesinfo.com/s/201904/25/WS648ff5cb498ea274927c0e41/2019-baotou-government-work-report_1.html',
  'Annual GDP growth rate: 6.8 percent … Added value growth of industrial enterprises above designated size: 11 percent',
);
const BAOTOU_NEWS_2019 = /* @__PURE__ */ publication(
  'Baotou News, English edition (包头新闻网): "Baotou maintains steady industrial economic growth", after a Baotou Daily report of 6 November',
  '2019-11-11',
  'http://m.baotounews.com.cn/Investment/p/673969.html',
  "The added value of strategic emerging industries increased by 21.6 percent year-on-year, accounting for 22.3 percent of the added value of the industrial enterprises above a designated size … The added value of the five pillar industries … accounting for 68.9 percent of the city's total industrial added value",
);
const WORK_REPORT_2020 = /* @__PURE__ */ publication(
  'Baotou government work report 2020 (包头市人民政府工作报告, mayor 赵江涛)',
  '2020-04-14',
  'http://mp.123yiche.com/j5b197606k1.html',
  '全市地区生产总值增长6% (GDP +6 % in 2019)',
);
const COMMUNIQUE_2020 = /* @__PURE__ */ publication(
  'Baotou statistical communiqué 2020 (包头市2020年国民经济和社会发展统计公报, 包头市统计局)',
  '2021-04-06',
  'http://www.xiaomonv0755.com/tjgb/05nmg/36569.html',
  '初步核算，全年地区生产总值2787.4亿元，按可比价格计算，比上年增长3.0%。…第二产业增加值1153.0亿元，增长9.8% (GDP 278.74 bn yuan, +3.0 %; secondary sector 115.30 bn yuan, +9.8 %)',
);
const WORK_REPORT_2021 = /* @__PURE__ */ publication(
  'Baotou government work report 2021, abstract (【政府工作报告摘编】, Baotou News 包头新闻网)',
  '2021',
  'http://www.baotounews.com.cn/yaowen4009/p/729781.html',
  '全年地区生产总值增长3%，规模以上工业增加值增长11% (2020: GDP +3 %, above-scale industrial value added +11 %)',
);
const DAILY_2022 = /* @__PURE__ */ publication(
  'Inner Mongolia Daily (内蒙古日报), p. 6: the Baotou government work report 2022 (mayor 张锐)',
  '2022-02-16',
  'http://szb.northnews.cn/nmgrb/html/2022-02/16/content_34546_173359.htm',
  '规模以上工业增加值年均增长11.8% … 战略性新兴产业增加值占规上工业比重达到20% (above-scale industrial value added +11.8 % a year on average; strategic emerging industries reached 20 % of above-scale industry)',
);

const SECTOR_SHARES = 'From the sector shares of GDP (primary : secondary : tertiary) of the statistical communiqué.';

/** A sector's share of GDP, as the statistical communiqués give the three shares. */
const sectorShare = (id: string, sector: string, numerator?: string): IndicatorInput =>
  /* @__PURE__ */ indicator(id, { en: `${sector} sector's share of GDP` }, 'percent', 'target', 'share', { notes: [SECTOR_SHARES] }, { numerator, denominator: 'gdp' });

/** The indicators of the reported figures that the plan does not define. */
export const reportedIndicators: IndicatorInput[] = [
  /* @__PURE__ */ indicator('gdp-growth', { en: 'GDP growth' }, 'percent-per-annum', 'increase', 'growth', {
    priceBasis: 'comparable',
    notes: [`Growth of GDP over the previous year. ${COMPARABLE_PRICES}`],
  }, { growthOf: 'gdp' }),
  /* @__PURE__ */ indicator('secondary-sector-value-added', { en: 'value added of the secondary sector', zh: '第二产业增加值' }, 'bn-yuan', 'increase', 'level', {
    priceBasis: 'current',
    notes: [`Industry and construction (the secondary sector). ${CURRENT_PRICES}`],
  }),
  /* @__PURE__ */ indicator('secondary-sector-value-added-growth', { en: 'value added of the secondary sector, growth' }, 'percent-per-annum', 'increase', 'growth', {
    priceBasis: 'comparable',
    notes: [`Growth over the previous year. ${COMPARABLE_PRICES}`],
  }, { growthOf: 'secondary-sector-value-added' }),
  /* @__PURE__ */ sectorShare('primary-sector-share', 'primary'),
  /* @__PURE__ */ sectorShare('secondary-sector-share', 'secondary', 'secondary-sector-value-added'),
  /* @__PURE__ */ sectorShare('tertiary-sector-share', 'tertiary'),
  /* @__PURE__ */ indicator('gdp-energy-intensity-change', { en: 'energy consumption per 10,000 yuan of GDP, change' }, 'percent', 'decrease', 'growth', {
    priceBasis: 'comparable',
    notes: ['Change over the previous year of energy use per 10⁴ yuan of GDP (of the whole economy, not of industry). GDP at comparable prices, as for every energy intensity.'],
  }),
  /* @__PURE__ */ indicator('rare-earth-industry-output-value', { en: 'output value of the rare-earth industry' }, 'bn-yuan', 'increase', 'level', {
    notes: ['Gross output value (产值), not value added; price basis not stated.'],
  }),
  /* @__PURE__ */ indicator('strategic-emerging-industries-value-added-growth', { en: 'value added of strategic emerging industries, growth' }, 'percent-per-annum', 'increase', 'growth', {
    priceBasis: 'comparable',
    notes: [`Growth over the same period of the previous year. ${COMPARABLE_PRICES}`],
  }, { growthOf: 'strategic-emerging-industries-value-added' }),
  /* @__PURE__ */ indicator('pillar-industries-share', { en: "five pillar industries' share of industry" }, 'percent', 'target', 'share', {
    scope: ABOVE_DESIGNATED_SIZE,
    notes: [
      'The five pillar industries: steel, aluminum, equipment, rare earth, electric power (Baotou News, English edition, 2019-11-11).',
      "The source says a share of 'the city's total industrial added value'; read as above-scale industrial value added, the scope of the figures it is reported with (Baotou News, English edition, 2019-11-11).",
    ],
  }, { denominator: 'industrial-value-added' }),
];

const ABOVE_SCALE_CURRENT = { scope: ABOVE_DESIGNATED_SIZE, priceBasis: 'current' } as const;
const ABOVE_SCALE_COMPARABLE = { scope: ABOVE_DESIGNATED_SIZE, priceBasis: 'comparable' } as const;
const ABOVE_SCALE = { scope: ABOVE_DESIGNATED_SIZE } as const;
const CURRENT = { priceBasis: 'current' } as const;
const COMPARABLE = { priceBasis: 'comparable' } as const;

/**
 * A reported figure (status normal): the indicator, the year or period it is for, the value,
 * unit and qualifier as published, its scope and price basis (where known), the source, and
 * a note on how it was read.
 */
function reported(
  indicator: string,
  when: number | Period,
  value: string,
  unit: UnitId,
  qualifier: Qualifier,
  definition: ObservationInput['definition'],
  source: ExternalSourceInput,
  note?: string,
): ObservationInput {
  const [year, period] = typeof when === 'number' ? [when, undefined] : [undefined, when];
  return defined({ indicator, year, period, value, unit, qualifier, status: 'A' as const, definition, source, note });
}

const JAN_SEP = 'January–September 2019 (cumulative), not the whole year.';
const REPORT_2022_SPAN = { start: 2017, end: 2021 };

/** The observations, by year. */
export const reportedObservations: ObservationInput[] = [
  /* @__PURE__ */ reported('industrial-value-added', 2012, '130', 'bn-yuan', 'moreThan', ABOVE_SCALE_CURRENT, WORK_REPORT_2013, "1,300 亿元. Above designated size, unlike the plan's level target, whose scope is not stated."),
  /* @__PURE__ */ reported('gdp', 2014, '370', 'bn-yuan', 'exact', CURRENT, CHINA_DAILY_2015),
  /* @__PURE__ */ reported('gdp-growth', 2014, '8.5', 'percent-per-annum', 'exact', COMPARABLE, CHINA_DAILY_2015),
  /* @__PURE__ */ reported('gdp-growth', 2015, '8', 'percent-per-annum', 'exact', COMPARABLE, WORK_REPORT_2016),
  /* @__PURE__ */ reported('industrial-value-added', 2015, '120', 'bn-yuan', 'about', ABOVE_SCALE_CURRENT, WORK_REPORT_2016, "≈ 1,200 亿元. Above designated size, unlike the plan's level target of 240 bn yuan, whose scope is not stated."),
  /* @__PURE__ */ reported('industrial-value-added-growth', 2015, '10', 'percent-per-annum', 'exact', ABOVE_SCALE_COMPARABLE, WORK_REPORT_2016),
  /* @__PURE__ */ reported('gdp-energy-intensity-change', 2016, '-4.92', 'percent', 'exact', COMPARABLE, COMMUNIQUE_2016,
    'Of GDP, not of industrial value added; the communiqué calls it ahead of the 13th FYP schedule.'),
  /* @__PURE__ */ reported('rare-earth-industry-output-value', 2016, '15', 'bn-yuan', 'exact', undefined, SINA_2017, '150 亿元.'),
  /* @__PURE__ */ reported('gdp-growth', 2017, '5.5', 'percent-per-annum', 'exact', COMPARABLE, COMMUNIQUE_2017),
  /* @__PURE__ */ reported('primary-sector-share', 2017, '3.2', 'percent', 'exact', undefined, COMMUNIQUE_2017),
  /* @__PURE__ */ reported('secondary-sector-share', 2017, '41.1', 'percent', 'exact', undefined, COMMUNIQUE_2017),
  /* @__PURE__ */ reported('tertiary-sector-share', 2017, '55.7', 'percent', 'exact', undefined, COMMUNIQUE_2017),
  /* @__PURE__ */ reported('gdp-growth', 2018, '6.8', 'percent-per-annum', 'exact', COMPARABLE, WORK_REPORT_2019),
  /* @__PURE__ */ reported('industrial-value-added-growth', 2018, '11', 'percent-per-annum', 'exact', ABOVE_SCALE_COMPARABLE, WORK_REPORT_2019),
  /* @__PURE__ */ reported('strategic-emerging-industries-value-added-growth', 2019, '21.6', 'percent-per-annum', 'exact', COMPARABLE, BAOTOU_NEWS_2019, JAN_SEP),
  /* @__PURE__ */ reported('strategic-emerging-industries-share', 2019, '22.3', 'percent', 'exact', ABOVE_SCALE, BAOTOU_NEWS_2019,
    `${JAN_SEP} A share of above-scale industrial value added.`),
  /* @__PURE__ */ reported('pillar-industries-share', 2019, '68.9', 'percent', 'exact', ABOVE_SCALE, BAOTOU_NEWS_2019, JAN_SEP),
  /* @__PURE__ */ reported('gdp-growth', 2019, '6', 'percent-per-annum', 'exact', COMPARABLE, WORK_REPORT_2020),
  /* @__PURE__ */ reported('gdp', 2020, '278.74', 'bn-yuan', 'exact', CURRENT, COMMUNIQUE_2020, '2,787.4 亿元.'),
  /* @__PURE__ */ reported('gdp-growth', 2020, '3.0', 'percent-per-annum', 'exact', COMPARABLE, COMMUNIQUE_2020),
  /* @__PURE__ */ reported('secondary-sector-value-added', 2020, '115.30', 'bn-yuan', 'exact', CURRENT, COMMUNIQUE_2020, '1,153.0 亿元.'),
  /* @__PURE__ */ reported('secondary-sector-value-added-growth', 2020, '9.8', 'percent-per-annum', 'exact', COMPARABLE, COMMUNIQUE_2020),
  /* @__PURE__ */ reported('industrial-value-added-growth', 2020, '11', 'percent-per-annum', 'exact', ABOVE_SCALE_COMPARABLE, WORK_REPORT_2021),
  /* @__PURE__ */ reported('strategic-emerging-industries-share', REPORT_2022_SPAN, '20', 'percent', 'exact', ABOVE_SCALE, DAILY_2022,
    "'reached 20 %' during 2017–2021; the year it was reached is not given."),
  /* @__PURE__ */ reported('industrial-value-added-growth', REPORT_2022_SPAN, '11.8', 'percent-per-annum', 'exact', ABOVE_SCALE_COMPARABLE, DAILY_2022, 'Annual average over 2017–2021.'),
];
