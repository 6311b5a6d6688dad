/**
 * Figures reported for Baotou (and, for the revision of 2018, for Inner Mongolia) before and
 * after the plan was written, as observations: each with its period (a year, a span of years
 * for an average, or a span of months for part of a year), the value and unit as published
 * (亿元 as `100m-yuan`, billion yuan as `bn-yuan`), its SDMX status, the date it was first
 * published (`vintage`), its scope and price basis, and its source: the publication and its
 * publisher, its date, the address of the copy that was read, the passage relied on, and a
 * confidence (`secondary`: every figure here was read in a copy of the official text, or in a
 * news report).
 *
 * Statuses follow SDMX OBS_STATUS: `E` for figures the source calls 预计 (expected, before the
 * year's accounts were closed), `P` for 初步核算 (preliminary accounts), `F` for a forecast of a
 * year not yet over, `B` for the first value of a series after the revision of January 2018
 * (Inner Mongolia's and Baotou's cut of inflated figures) or of the unified accounting that
 * followed it; `A` otherwise.
 *
 * Observations of series the plan defines use the plan's indicator ids (with their own
 * scope where it differs: most industrial figures are above designated size); the other
 * series are defined in {@link reportedIndicators}.
 *
 * @internal
 * @module
 */
import { ABOVE_DESIGNATED_SIZE, COMPARABLE_PRICES, CURRENT_PRICES, indicator } from './indicators.js';
import type { MonthPeriod, Period } from '../../plan/types.js';
import type { UnitId } from '../../units/index.js';
import type { Concept, Direction, IndicatorKind, ObsStatus, Qualifier } from '../../vocabulary.js';
import { observation } from './defined.js';
import { publication } from './sources.js';
import type { ExternalSourceInput, IndicatorInput, ObservationInput } from './types.js';

/** A publication and the date its figures were first published, as far as it shows (`vintage`). */
interface Release {
  readonly source: ExternalSourceInput;
  readonly vintage: string | undefined;
}

/** A publication (see `publication`) and the vintage of its figures. */
const release = (source: ExternalSourceInput, vintage: string | undefined): Release => ({ source, vintage });

// ---- the publications, in the order of their dates ----

const WORK_REPORT_2013 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Baotou government work report 2013 (包头市人民政府工作报告, mayor 孙炜东), verbatim copy',
    '2013',
    'http://btskw.com.cn/info/201309250007',
    '预计2012年全市生产总值完成3440亿元左右…规模以上工业增加值达到1300亿元以上 (expected for 2012: GDP about 3,440 亿元; above-scale industrial value added more than 1,300 亿元)',
  ),
  '2013',
);
const BAOTOU_NEWS_2014 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Baotou News, English edition (包头新闻网): "About Baotou — Economy", an undated overview page (news site)',
    undefined,
    'http://en.baotounews.com.cn/Economy/p/571541.html',
    'with a GDP value of RMB 363.63 billion in 2014, representing an 8.5% rise over the previous year … the value-added of the primary industry was 10.07 billion yuan, up by 3.1%; the value-added of the secondary industry was 179.22 billion yuan, up to 9.9%; the value-added of the tertiary industry was 174.34 billion yuan, up to 7.2%. The value-added of the three industries accounts for 2.8%, 49.3% and 47.9% respectively.',
  ),
  undefined,
);
const CHINA_DAILY_2015 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'China Daily (news report): "2015 Baotou Government Work Report", key figures of 2014',
    '2015-10-29',
    'http://www.chinadaily.com.cn/m/innermongolia/baotou/2015-10/29/content_22310931.htm',
    "Baotou's GDP reached 370 billion yuan ($58.28 billion) in 2014, up 8.5 percent over the previous year. … The public finance budgetary revenue is 23.43 billion yuan, increasing by 8.9 percent.",
  ),
  '2015',
);
const WORK_REPORT_2016 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Baotou government work report 2016 (包头市人民政府工作报告, mayor 杜学军), verbatim copy by China Economic Net (中国经济网)',
    '2016-01-12',
    'http://district.ce.cn/newarea/roll/201602/04/t20160204_8752834.shtml',
    '预计全年地区生产总值增长8% … 一般公共预算收入增长7.7% … 预计规模以上工业增加值达到1200亿元，增长10% (expected for 2015: GDP +8 %; general public budget revenue +7.7 %; above-scale industrial value added 1,200 亿元, +10 %)',
  ),
  '2016-01-12',
);
const COMMUNIQUE_2016 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Baotou statistical communiqué 2016, part 3 (包头市2016年国民经济和社会发展统计公报, 包头市统计局), verbatim copy',
    '2017-05-11',
    'https://web.xiaze.org/tjgb/201705/25514-3.html',
    '初步核算，全年万元生产总值能耗较上年下降4.92%，超额完成自治区下达的“十三五”进度目标 (preliminary: energy use per 10⁴ yuan of GDP −4.92 %, ahead of the 13th FYP schedule set by the region)',
  ),
  '2017-05-11',
);
const CHINA_DAILY_2017 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'China Daily (news report): "Economic overview" of Inner Mongolia',
    '2017-06-22',
    'http://innermongolia.chinadaily.com.cn/2017-06/22/c_82696.htm',
    'The gross industrial added value reached 775.82 billion yuan ($112.73 billion), an increase of 7.2 percent from the previous year',
  ),
  '2017-06-22',
);
const SINA_2017 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Sina Inner Mongolia (新浪内蒙古, news report), on five years of the rare-earth industry',
    '2017-09-18',
    'http://nmg.sina.com.cn/news/2017-09-18/detail-ifykymue6795098.shtml',
    '2016年包头市稀土产值150亿元 (rare-earth output value 150 亿元 in 2016)',
  ),
  '2017-09-18',
);
const CHINA_DAILY_2018 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'China Daily (news report), Lu Wei: "Industrial economy maintains steady growth in Baotou"',
    '2018-01-11',
    'http://innermongolia.chinadaily.com.cn/baotou/2018-01/11/c_127087.htm',
    'Baotou … saw marked growth between January and November 2017 … Enterprises above a designated scale in the city saw year-on-year growth of 5.5 percent. … The arrival of the five pillar industries brought year-on-year growth of 6.2 percent.',
  ),
  '2018-01-11',
);
/** The Paper's report of the revision announced on 2018-01-03; its figures are that day's. */
const THE_PAPER_2018 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    '澎湃新闻 (The Paper, news report), 韩声江: "内蒙古包头市2017年财政收入同比下降接近5成", read in a repost',
    '2018-01-13',
    'https://24qq.cc/n52928c68.aspx',
    '调减2016年一般公共预算收入530亿元，占总量的26.3% … 2017年全区一般公共预算收入1703.4亿元，比2016年公布数据下降14.4%，剔除虚增空转因素后同比增长14.6%；经过初步认定，应核减2016年规模以上工业增加值2900亿元，占全部工业增加值的40% … 包头市2017年的财政数据…直接从2016年的271.2亿元降至137.6亿元 (Inner Mongolia cut its 2016 revenue by 530 亿元, 26.3 %, and its 2016 above-scale industrial value added by 2,900 亿元, 40 % of all industrial value added; Baotou’s revenue went from 271.2 亿元 in 2016 to 137.6 亿元 in 2017)',
  ),
  '2018-01-03',
);
const WORK_REPORT_2018 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Baotou government work report 2018 (包头市人民政府工作报告, mayor 赵江涛, delivered 2018-01-06), verbatim copy',
    '2018-01-06',
    'http://kq.btrzfwpt.com/news/show-36414.html',
    '预计全市地区生产总值年均增长7.9%，规模以上工业增加值年均增长9.8% … 一般公共预算收入年均增长9.2%（剔除不可比因素）(expected averages over the five years 2013–2017: GDP +7.9 %, above-scale industrial value added +9.8 %, general public budget revenue +9.2 % excluding non-comparable factors)',
  ),
  '2018-01-06',
);
/** The 2018 work report's revenue figure, read in a news report: the copy's address was not recorded. */
const YICAI_2018 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Baotou government work report 2018 (mayor 赵江涛, 2018-01-06), as quoted by 第一财经 (Yicai, news report) on 2018-01-16, read in a repost on bbs.myoldtime.com whose address was not recorded',
    '2018-01-16',
    undefined,
    '下降49.3%，剔除虚增空转因素后同比增长6.1% (2017 general public budget revenue down 49.3 %; up 6.1 % year on year after removing the fake additions)',
  ),
  '2018-01-06',
);
const COMMUNIQUE_2017 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Baotou statistical communiqué 2017 (包头市2017年国民经济和社会发展统计公报, 包头市统计局), verbatim copy; the copy does not give its date',
    undefined,
    'http://818293.cn/info/202012030005',
    '初步核算，全市生产总值按可比价格计算比上年增长5.5%。其中，第一产业增加值增长3.6%，第二产业增加值增长4.5%，第三产业增加值增长6.5%。三次产业增加值占全市生产总值的比重分别为3.2%、41.1%和55.7%。全市人均生产总值比上年增长4.6%。… 全年一般公共预算收入137.6亿元，按可比口径计算比上年增长6.1%。其中，税收收入99.2亿元 (preliminary: GDP +5.5 % at comparable prices; sectors +3.6, +4.5, +6.5 %; shares 3.2 : 41.1 : 55.7; GDP per head +4.6 %; revenue 137.6 亿元, +6.1 % like-for-like, of which tax 99.2 亿元)',
  ),
  undefined,
);
const WORK_REPORT_2019 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'China Daily (chinaservicesinfo.com, news report): "2019 Baotou Government Work Report", statistics from the report of mayor Zhao Jiangtao (赵江涛) of 2019-01-21',
    '2019-04-25',
    'https://chinaservicesinfo.com/s/201904/25/WS648ff5cb498ea274927c0e41/2019-baotou-government-work-report_1.html',
    'Annual GDP growth rate: 6.8 percent … General public budget revenue growth: 6.2 percent … Added value growth of industrial enterprises above designated size: 11 percent',
  ),
  '2019-01-21',
);
const XINHUA_2019 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Xinhua (news report): "China\'s Inner Mongolia sees more rare earth in situ conversion", read in a copy',
    '2019-09-19',
    'http://www.zhongyishudian.com/english/2019-09/19/c_138405352.htm',
    "Baotou's rare earth industry grew by 16.8 percent year on year to reach 17.6 billion yuan (about 2.5 billion U.S. dollars) in 2018, contributing 17 percent of the city's industrial economy.",
  ),
  '2019-09-19',
);
/** Baotou News, after a Baotou Daily report of 2019-11-06 (the vintage). */
const BAOTOU_NEWS_2019 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Baotou News, English edition (包头新闻网, news report): "Baotou maintains steady industrial economic growth", after a Baotou Daily report of 6 November',
    '2019-11-11',
    'http://m.baotounews.com.cn/Investment/p/673969.html',
    "The added value of strategic emerging industries increased by 21.6 percent year-on-year, accounting for 22.3 percent of the added value of the industrial enterprises above a designated size … The added value of the five pillar industries … increased by 11.0 percent year-on-year, accounting for 68.9 percent of the city's total industrial added value",
  ),
  '2019-11-06',
);
const WORK_REPORT_2020 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Baotou government work report 2020 (包头市人民政府工作报告, mayor 赵江涛), verbatim copy',
    '2020-04-14',
    'http://mp.123yiche.com/j5b197606k1.html',
    '全市地区生产总值增长6% … 一般公共预算收入增长6.4% (2019: GDP +6 %; general public budget revenue +6.4 %)',
  ),
  '2020-04-14',
);
const COMMUNIQUE_2020 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Baotou statistical communiqué 2020 (包头市2020年国民经济和社会发展统计公报, 包头市统计局), verbatim copy',
    '2021-04-06',
    'http://www.xiaomonv0755.com/tjgb/05nmg/36569.html',
    '初步核算，全年地区生产总值2787.4亿元，按可比价格计算，比上年增长3.0%。其中，第一产业增加值105.2亿元，增长2.0%；第二产业增加值1153.0亿元，增长9.8%；第三产业增加值1529.2亿元，下降1.8%。三次产业增加值占地区生产总值的比重分别为3.8%、41.4%和54.8% (preliminary: GDP 2,787.4 亿元, +3.0 %; primary 105.2 亿元, +2.0 %; secondary 1,153.0 亿元, +9.8 %; tertiary 1,529.2 亿元, −1.8 %; shares 3.8 : 41.4 : 54.8)',
  ),
  '2021-04-06',
);
const WORK_REPORT_2021 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Baotou government work report 2021, abstract (【政府工作报告摘编】, Baotou News 包头新闻网)',
    '2021',
    'http://www.baotounews.com.cn/yaowen4009/p/729781.html',
    '全年地区生产总值增长3%，规模以上工业增加值增长11% (2020: GDP +3 %, above-scale industrial value added +11 %)',
  ),
  '2021',
);
const DAILY_2021 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Inner Mongolia Daily (内蒙古日报, news report): press conference on the rare-earth industry forum',
    '2021-12-13',
    'http://szb.northnews.cn/nmgrb/html/2021-12/13/content_33343_168210.htm',
    '2021年，稀土产业预计实现产值380亿元，同比增长74% (2021: rare-earth output value expected at 380 亿元, +74 %)',
  ),
  '2021-12-13',
);
/** The 2022 work report was delivered at the congress of 12–14 February 2022 (the vintage: the month). */
const DAILY_2022 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Inner Mongolia Daily (内蒙古日报, news report), p. 6: the Baotou government work report 2022 (mayor 张锐), delivered at the congress of 12–14 February 2022',
    '2022-02-16',
    'http://szb.northnews.cn/nmgrb/html/2022-02/16/content_34546_173359.htm',
    '地区生产总值年均增长6%，规模以上工业增加值年均增长11.8% … 战略性新兴产业增加值占规上工业比重达到20% (since the first session of the 15th municipal people’s congress in January 2018, i.e. over 2018–2021: GDP +6 % and above-scale industrial value added +11.8 % a year on average; strategic emerging industries reached 20 % of above-scale industry)',
  ),
  '2022-02',
);
const COMMUNIQUE_2021 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Baotou statistical communiqué 2021 (包头市统计局, 2022-03-31), read in a copy whose wording is machine-altered (整年 for 全年, 打算 for 计算); the figures are intact',
    '2022-03-31',
    'http://meilami.cn/rBjstC_VPOsLpUqXZNuuC',
    '初步核算，整年地区生产总值3293.0亿元，按可比价打算，比上年增长8.5% (preliminary: GDP 3,293.0 亿元, +8.5 % at comparable prices)',
  ),
  '2022-03-31',
);
const CHINA_DAILY_2022 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'China Daily (news report): "Economic aggregate of Baotou continues to increase"',
    '2022-09-20',
    'http://innermongolia.chinadaily.com.cn/2022-09/20/c_814746.htm',
    "From 2013 to 2021, calculated at constant prices, the city's GDP increased by an average of 6.8 percent annually … In 2021, the city's general public budget revenue was 16.11 billion yuan, of which tax revenue was 12.41 billion yuan",
  ),
  '2022-09-20',
);
const PRESS_2025 = /* @__PURE__ */ release(
  /* @__PURE__ */ publication(
    'Baotou municipal government press conference on the 14th Five-Year Plan (包头市高质量完成“十四五”规划系列主题新闻发布会), 林立, read in a copy of the government page',
    '2025-11-17',
    'http://www.upstart48.com/LDTYZGGFWZ/zwyw/gzdt/msdt/202511/t20251118_2819050.html',
    '“十四五”前四年，全市地区生产总值由2770亿元跃升至4575亿元 (in the first four years of the 14th FYP, GDP rose from 2,770 亿元 to 4,575 亿元)',
  ),
  '2025-11-17',
);

// ---- the indicators the plan does not define ----

const SECTOR_SHARES = 'From the sector shares of GDP (primary : secondary : tertiary) of the statistical communiqué.';
const NOMINAL = 'Fiscal revenue is in money of the year: its growth is nominal, not at comparable prices.';
const REVISION_2018 =
  'Part of the revision announced by Inner Mongolia on 2018-01-03 (the regional party committee’s plenum and economic work conference): figures found inflated (虚增空转, "fake additions") were cut.';

/** A sector's value added, part of GDP, at current prices. */
const sectorLevel = (sector: 'primary' | 'tertiary', zh: string): IndicatorInput =>
  /* @__PURE__ */ indicator(`${sector}-sector-value-added`, { en: `value added of the ${sector} sector`, zh }, 'bn-yuan', 'increase', 'level', {
    priceBasis: 'current',
    notes: [`${sector === 'primary' ? 'Agriculture, forestry, animal husbandry and fishery' : 'Services'} (the ${sector} sector). ${CURRENT_PRICES}`],
  }, { partOf: 'gdp' });

/** The growth of a series over the previous year, at comparable prices unless `comparable` is false (a basis not stated). */
const growthOf = (of: string, en: string, zh: string, notes = `Growth over the previous year. ${COMPARABLE_PRICES}`, comparable = true): IndicatorInput =>
  /* @__PURE__ */ indicator(`${of}-growth`, { en, zh }, 'percent-per-annum', 'increase', 'growth', comparable ? { priceBasis: 'comparable', notes: [notes] } : { notes: [notes] }, { growthOf: of });

/** A sector's share of GDP, as the statistical communiqués give the three shares (第一、二、三产业增加值占地区生产总值的比重). */
const sectorShare = (sector: string, zh: string, notes: string[] = [], concept?: Concept): IndicatorInput =>
  /* @__PURE__ */ indicator(`${sector}-sector-share`, { en: `${sector} sector's share of GDP`, zh: `${zh}增加值占地区生产总值比重` }, 'percent', 'target', 'share', { notes: [SECTOR_SHARES, ...notes] }, {
    numerator: `${sector}-sector-value-added`,
    denominator: 'gdp',
    concept,
  });

/** A region-level indicator of Inner Mongolia (its revenue, industry, and the cuts of January 2018). */
const regional = (id: string, en: string, zh: string, unit: UnitId, kind: IndicatorKind, direction: Direction, notes: string[], references = {}): IndicatorInput =>
  /* @__PURE__ */ indicator(`inner-mongolia-${id}`, { en: `Inner Mongolia: ${en}`, zh: `内蒙古${zh}` }, unit, direction, kind, { notes }, references);

/** The indicators of the reported figures that the plan does not define. */
export const reportedIndicators: IndicatorInput[] = [
  /* @__PURE__ */ sectorLevel('primary', '第一产业增加值'),
  /* @__PURE__ */ growthOf('primary-sector-value-added', 'value added of the primary sector, growth', '第一产业增加值增长'),
  /* @__PURE__ */ sectorLevel('tertiary', '第三产业增加值'),
  /* @__PURE__ */ growthOf('tertiary-sector-value-added', 'value added of the tertiary sector, growth', '第三产业增加值增长'),
  /* @__PURE__ */ sectorShare('primary', '第一产业'),
  /* @__PURE__ */ sectorShare('secondary', '第二产业'),
  /* @__PURE__ */ sectorShare('tertiary', '第三产业', ["The tertiary sector is the services sector of the national statistics (第三产业即服务业), so its share is the concept 'services-share' of a national plan."], 'services-share'),
  /* @__PURE__ */ indicator('gdp-per-capita-growth', { en: 'GDP per head, growth', zh: '人均地区生产总值增长' }, 'percent-per-annum', 'increase', 'growth', {
    priceBasis: 'comparable',
    notes: [`Growth of GDP per resident over the previous year. ${COMPARABLE_PRICES}`],
  }),
  /* @__PURE__ */ indicator('gdp-energy-intensity-change', { en: 'energy consumption per 10,000 yuan of GDP, change', zh: '万元生产总值能耗变化率' }, 'percent', 'decrease', 'growth', {
    priceBasis: 'comparable',
    notes: ['Change over the previous year of energy use per 10⁴ yuan of GDP (of the whole economy, not of industry). GDP at comparable prices, as for every energy intensity.'],
  }),
  /* @__PURE__ */ indicator('rare-earth-industry-output-value', { en: 'output value of the rare-earth industry', zh: '稀土产业产值' }, 'bn-yuan', 'increase', 'level', {
    notes: ['Gross output value (产值), not value added; price basis not stated.'],
  }),
  /* @__PURE__ */ growthOf('rare-earth-industry-output-value', 'output value of the rare-earth industry, growth', '稀土产业产值增长', 'Growth over the previous year of gross output value; price basis not stated.', false),
  /* @__PURE__ */ growthOf('strategic-emerging-industries-value-added', 'value added of strategic emerging industries, growth', '战略性新兴产业增加值增长', `Growth over the same period of the previous year. ${COMPARABLE_PRICES}`),
  /* @__PURE__ */ indicator('pillar-industries-share', { en: "five pillar industries' share of industry", zh: '五大支柱产业增加值占规模以上工业增加值比重' }, 'percent', 'target', 'share', {
    scope: ABOVE_DESIGNATED_SIZE,
    notes: [
      'The five pillar industries: steel, aluminum, equipment, rare earth, electric power (Baotou News, English edition, 2019-11-11).',
      "The source says a share of 'the city's total industrial added value'; read as above-scale industrial value added, the scope of the figures it is reported with (Baotou News, English edition, 2019-11-11).",
    ],
  }, { denominator: 'industrial-value-added' }),
  /* @__PURE__ */ indicator('pillar-industries-value-added-growth', { en: "value added of the five pillar industries, growth", zh: '五大支柱产业增加值增长' }, 'percent-per-annum', 'increase', 'growth', {
    priceBasis: 'comparable',
    notes: [`Growth over the same period of the previous year of the value added of steel, aluminum, equipment, rare earth and electric power. ${COMPARABLE_PRICES}`],
  }),
  /* @__PURE__ */ indicator('general-budget-revenue', { en: 'general public budget revenue', zh: '一般公共预算收入' }, '100m-yuan', 'increase', 'level', {
    priceBasis: 'current',
    notes: [`The city's own fiscal revenue in the general public budget. ${NOMINAL}`],
  }, { concept: 'general-budget-revenue' }),
  /* @__PURE__ */ indicator('general-budget-tax-revenue', { en: 'general public budget revenue: tax revenue', zh: '税收收入' }, '100m-yuan', 'increase', 'level', {
    priceBasis: 'current',
    notes: ['The tax part of general public budget revenue (the rest is non-tax revenue, 非税收入).'],
  }, { partOf: 'general-budget-revenue' }),
  /* @__PURE__ */ indicator('general-budget-revenue-growth', { en: 'general public budget revenue, growth', zh: '一般公共预算收入增长' }, 'percent-per-annum', 'increase', 'growth', {
    priceBasis: 'current',
    notes: [`Growth over the previous year, as published; ${NOMINAL} A figure 'like-for-like' (按可比口径) compares with the previous year cleared of the fake additions, and says so in its scope.`],
  }, { growthOf: 'general-budget-revenue' }),
  /* @__PURE__ */ regional('industrial-value-added', 'industrial value added', '全部工业增加值', 'bn-yuan', 'level', 'increase', [`All industry of the region. ${CURRENT_PRICES}`]),
  /* @__PURE__ */ regional('above-scale-industrial-value-added-cut', 'cut of the 2016 above-scale industrial value added', '规模以上工业增加值核减额', '100m-yuan', 'level', 'decrease', [REVISION_2018, 'The amount by which the value added of industrial enterprises above designated size of 2016 was cut (核减).']),
  /* @__PURE__ */ regional('industrial-value-added-cut-share', 'the 2016 cut as a share of all industrial value added', '核减额占全部工业增加值比重', 'percent', 'share', 'decrease', [
    REVISION_2018,
    "As published: 占全部工业增加值的40% ('40 % of all industrial value added'). On the region's first published 2016 industrial value added (775.82 bn yuan, China Daily, 2017-06-22) the 2,900 亿元 would be about 37 %.",
  ], { numerator: 'inner-mongolia-above-scale-industrial-value-added-cut', denominator: 'inner-mongolia-industrial-value-added' }),
  /* @__PURE__ */ regional('general-budget-revenue', 'general public budget revenue', '一般公共预算收入', '100m-yuan', 'level', 'increase', [NOMINAL]),
  /* @__PURE__ */ regional('general-budget-revenue-cut', 'cut of the 2016 general public budget revenue', '一般公共预算收入调减额', '100m-yuan', 'level', 'decrease', [REVISION_2018]),
  /* @__PURE__ */ regional('general-budget-revenue-cut-share', 'the 2016 revenue cut as a share of the revenue published', '调减额占一般公共预算收入比重', 'percent', 'share', 'decrease', [REVISION_2018], {
    numerator: 'inner-mongolia-general-budget-revenue-cut',
    denominator: 'inner-mongolia-general-budget-revenue',
  }),
  /* @__PURE__ */ regional('general-budget-revenue-growth', 'general public budget revenue, growth', '一般公共预算收入增长', 'percent-per-annum', 'growth', 'increase', [NOMINAL], {
    growthOf: 'inner-mongolia-general-budget-revenue',
  }),
];

// ---- the observations ----

const ABOVE_SCALE_CURRENT = { scope: ABOVE_DESIGNATED_SIZE, priceBasis: 'current' } as const;
const ABOVE_SCALE_COMPARABLE = { scope: ABOVE_DESIGNATED_SIZE, priceBasis: 'comparable' } as const;
const ABOVE_SCALE = { scope: ABOVE_DESIGNATED_SIZE } as const;
const CURRENT = { priceBasis: 'current' } as const;
const COMPARABLE = { priceBasis: 'comparable' } as const;
const LIKE_FOR_LIKE = { scope: 'like-for-like (按可比口径): against the previous year cleared of the fake additions (虚增空转)', priceBasis: 'current' } as const;
const AS_PUBLISHED = { scope: 'as published: against the previous year as first published, fake additions included', priceBasis: 'current' } as const;

/** What a figure may say beyond its value: how it is qualified, its status, scope, vintage and note. */
interface Details {
  readonly qualifier?: Qualifier;
  readonly status?: ObsStatus;
  readonly definition?: ObservationInput['definition'];
  /** The vintage when it is not the release's (`null`: not known). */
  readonly vintage?: string | null;
  readonly note?: string;
}

/**
 * A reported figure: the indicator, the year (a number), a span of years (an average over
 * them) or a span of months (part of a year), the value and unit as published, the release it
 * comes from, and its details (default: exact, status `A`, the release's vintage). Its keys are
 * in the order of `materializeObservations`, `value` last.
 */
function reported(indicator: string, when: number | Period | MonthPeriod, value: string, unit: UnitId, from: Release, details: Details = {}): ObservationInput {
  const { qualifier = 'exact', status = 'A', definition, vintage = from.vintage, note } = details;
  return observation(indicator, when, value, unit, qualifier, status, from.source, definition, vintage ?? undefined, note);
}

const JAN_SEP_2019: MonthPeriod = { start: '2019-01', end: '2019-09' };
const JAN_SEP = 'January–September 2019 (cumulative): part of a year, not the year 2019.';
const JAN_NOV_2017: MonthPeriod = { start: '2017-01', end: '2017-11' };
const AVERAGE_2013_2017: Period = { start: 2013, end: 2017 };
const AVERAGE_2018_2021: Period = { start: 2018, end: 2021 };
const ESTIMATE = { status: 'E' } as const;
const PRELIMINARY = { status: 'P' } as const;
const AFTER_REVISION =
  'The first value of the series after the revision of January 2018 (status B): Inner Mongolia cut its 2016 above-scale industrial value added by 2,900 亿元 and said the 2016 GDP base was cut accordingly; levels before and after are not comparable.';
const FIRST_LEVEL_2020 =
  'The first level found after the revision of January 2018 (no level of 2017–2019 was found; since 2019 regional GDP is also accounted under unified national standards): status B, and preliminary (初步核算) as well; not comparable with the levels of 2014–2016.';
const LEVEL_2014 =
  'A level of the old basis, before the revision of January 2018: not comparable with the levels published since (2020).';
const REVENUE_BREAK =
  "Baotou's 2017 revenue after the revision of January 2018 (status B, the first value after it): 137.6 ÷ 271.2 − 1 = −49.3 % against 2016 as first published, +6.1 % like-for-like.";

/** The observations, by year. */
export const reportedObservations: ObservationInput[] = [
  // 2012: expected figures of the 2013 work report
  /* @__PURE__ */ reported('gdp', 2012, '3440', '100m-yuan', WORK_REPORT_2013, { qualifier: 'about', ...ESTIMATE, definition: CURRENT, note: '预计 … 3440亿元左右: an estimate made before the year’s accounts, about 3,440 亿元.' }),
  /* @__PURE__ */ reported('industrial-value-added', 2012, '1300', '100m-yuan', WORK_REPORT_2013, {
    qualifier: 'moreThan',
    ...ESTIMATE,
    definition: ABOVE_SCALE_CURRENT,
    note: "预计 … 1300亿元以上: an estimate. Above designated size, unlike the plan's level target, whose scope is not stated.",
  }),
  // 2014: two sources that disagree on GDP, both kept
  /* @__PURE__ */ reported('gdp', 2014, '363.63', 'bn-yuan', BAOTOU_NEWS_2014, {
    definition: CURRENT,
    note: `363.63 bn yuan (3,636.3 亿元), the sum of its three sectors (10.07 + 179.22 + 174.34). Contradicts China Daily's 370 bn yuan for the same year (2015-10-29), probably a rounded figure; both are kept. ${LEVEL_2014}`,
  }),
  /* @__PURE__ */ reported('gdp', 2014, '370', 'bn-yuan', CHINA_DAILY_2015, {
    definition: CURRENT,
    note: `Contradicts Baotou News' 363.63 bn yuan (3,636.3 亿元) for the same year, which its sector figures add up to; 370 is probably rounded. Both are kept. ${LEVEL_2014}`,
  }),
  /* @__PURE__ */ reported('gdp-growth', 2014, '8.5', 'percent-per-annum', CHINA_DAILY_2015, { definition: COMPARABLE, note: 'Baotou News, English edition, gives the same +8.5 %.' }),
  /* @__PURE__ */ reported('primary-sector-value-added', 2014, '10.07', 'bn-yuan', BAOTOU_NEWS_2014, { definition: CURRENT, note: LEVEL_2014 }),
  /* @__PURE__ */ reported('primary-sector-value-added-growth', 2014, '3.1', 'percent-per-annum', BAOTOU_NEWS_2014, { definition: COMPARABLE }),
  /* @__PURE__ */ reported('secondary-sector-value-added', 2014, '179.22', 'bn-yuan', BAOTOU_NEWS_2014, { definition: CURRENT, note: LEVEL_2014 }),
  /* @__PURE__ */ reported('secondary-sector-value-added-growth', 2014, '9.9', 'percent-per-annum', BAOTOU_NEWS_2014, { definition: COMPARABLE }),
  /* @__PURE__ */ reported('tertiary-sector-value-added', 2014, '174.34', 'bn-yuan', BAOTOU_NEWS_2014, { definition: CURRENT, note: LEVEL_2014 }),
  /* @__PURE__ */ reported('tertiary-sector-value-added-growth', 2014, '7.2', 'percent-per-annum', BAOTOU_NEWS_2014, { definition: COMPARABLE }),
  /* @__PURE__ */ reported('primary-sector-share', 2014, '2.8', 'percent', BAOTOU_NEWS_2014),
  /* @__PURE__ */ reported('secondary-sector-share', 2014, '49.3', 'percent', BAOTOU_NEWS_2014),
  /* @__PURE__ */ reported('tertiary-sector-share', 2014, '47.9', 'percent', BAOTOU_NEWS_2014),
  /* @__PURE__ */ reported('general-budget-revenue', 2014, '23.43', 'bn-yuan', CHINA_DAILY_2015, { definition: CURRENT, note: '23.43 bn yuan = 234.3 亿元, on the basis before the revision of January 2018.' }),
  /* @__PURE__ */ reported('general-budget-revenue-growth', 2014, '8.9', 'percent-per-annum', CHINA_DAILY_2015, { definition: CURRENT }),
  // 2015: the 2016 work report's estimates
  /* @__PURE__ */ reported('gdp-growth', 2015, '8', 'percent-per-annum', WORK_REPORT_2016, { ...ESTIMATE, definition: COMPARABLE, note: '预计: an estimate made before the year’s accounts.' }),
  /* @__PURE__ */ reported('industrial-value-added', 2015, '1200', '100m-yuan', WORK_REPORT_2016, {
    qualifier: 'about',
    ...ESTIMATE,
    definition: ABOVE_SCALE_CURRENT,
    note: "预计 … 达到1200亿元: an estimate, about 1,200 亿元 (120 bn yuan). Above designated size, unlike the plan's level target of 240 bn yuan, whose scope is not stated; lower in money terms than the 1,300 亿元 expected for 2012.",
  }),
  /* @__PURE__ */ reported('industrial-value-added-growth', 2015, '10', 'percent-per-annum', WORK_REPORT_2016, { ...ESTIMATE, definition: ABOVE_SCALE_COMPARABLE, note: '预计: an estimate.' }),
  /* @__PURE__ */ reported('general-budget-revenue-growth', 2015, '7.7', 'percent-per-annum', WORK_REPORT_2016, { ...ESTIMATE, definition: CURRENT, note: '预计: an estimate.' }),
  // 2016
  /* @__PURE__ */ reported('gdp-energy-intensity-change', 2016, '-4.92', 'percent', COMMUNIQUE_2016, {
    ...PRELIMINARY,
    definition: COMPARABLE,
    note: '初步核算 (preliminary). Of GDP, not of industrial value added; the communiqué calls it ahead of the 13th FYP schedule.',
  }),
  /* @__PURE__ */ reported('rare-earth-industry-output-value', 2016, '150', '100m-yuan', SINA_2017, { note: '150 亿元 (15 bn yuan). Output value (产值), not value added.' }),
  /* @__PURE__ */ reported('general-budget-revenue', 2016, '271.2', '100m-yuan', THE_PAPER_2018, {
    definition: CURRENT,
    vintage: null,
    note: "As first published (the date of its first publication is not given by the report read), before the revision of January 2018: inflated by fake additions (虚增空转). Not comparable with 2017's 137.6 亿元.",
  }),
  /* @__PURE__ */ reported('inner-mongolia-industrial-value-added', 2016, '775.82', 'bn-yuan', CHINA_DAILY_2017, {
    definition: CURRENT,
    note: 'All industry of Inner Mongolia in 2016, as first published (7,758.2 亿元), before the cut of January 2018.',
  }),
  /* @__PURE__ */ reported('inner-mongolia-above-scale-industrial-value-added-cut', 2016, '2900', '100m-yuan', THE_PAPER_2018, {
    definition: ABOVE_SCALE_CURRENT,
    note: '应核减2016年规模以上工业增加值2900亿元 ("preliminarily identified"): the 2016 above-scale industrial value added of Inner Mongolia was to be cut by 2,900 亿元; the 2016 GDP base was cut accordingly (by an amount not published).',
  }),
  /* @__PURE__ */ reported('inner-mongolia-industrial-value-added-cut-share', 2016, '40', 'percent', THE_PAPER_2018, {
    note: '占全部工业增加值的40%: the 2,900 亿元 as a share of all industrial value added, as published. On the 775.82 bn yuan first published for 2016 it would be 2900 ÷ 7758.2 ≈ 37.4 %.',
  }),
  /* @__PURE__ */ reported('inner-mongolia-general-budget-revenue-cut', 2016, '530', '100m-yuan', THE_PAPER_2018, { definition: CURRENT, note: '调减2016年一般公共预算收入530亿元.' }),
  /* @__PURE__ */ reported('inner-mongolia-general-budget-revenue-cut-share', 2016, '26.3', 'percent', THE_PAPER_2018, { note: '占总量的26.3%: of the 2016 revenue as first published.' }),
  // 2017: the revision, and a communiqué with growth rates and shares but no levels
  /* @__PURE__ */ reported('inner-mongolia-general-budget-revenue', 2017, '1703.4', '100m-yuan', THE_PAPER_2018, {
    status: 'B',
    definition: CURRENT,
    note: 'The region’s 2017 revenue after the cut (status B, the first value after it), announced on 2018-01-03.',
  }),
  /* @__PURE__ */ reported('inner-mongolia-general-budget-revenue-growth', 2017, '-14.4', 'percent-per-annum', THE_PAPER_2018, {
    status: 'B',
    definition: AS_PUBLISHED,
    note: '比2016年公布数据下降14.4%: against the 2016 revenue as first published (status B: the change straddles the break).',
  }),
  /* @__PURE__ */ reported('inner-mongolia-general-budget-revenue-growth', 2017, '14.6', 'percent-per-annum', THE_PAPER_2018, {
    definition: LIKE_FOR_LIKE,
    note: '剔除虚增空转因素后同比增长14.6%: like-for-like, so it bridges the break.',
  }),
  /* @__PURE__ */ reported('industrial-value-added-growth', JAN_NOV_2017, '5.5', 'percent-per-annum', CHINA_DAILY_2018, {
    definition: ABOVE_SCALE_COMPARABLE,
    note: 'January–November 2017 (cumulative): part of a year, not the year 2017. The full-year figure was not found.',
  }),
  /* @__PURE__ */ reported('pillar-industries-value-added-growth', JAN_NOV_2017, '6.2', 'percent-per-annum', CHINA_DAILY_2018, {
    definition: COMPARABLE,
    note: 'January–November 2017 (cumulative): part of a year, not the year 2017.',
  }),
  /* @__PURE__ */ reported('gdp-growth', 2017, '5.5', 'percent-per-annum', COMMUNIQUE_2017, { ...PRELIMINARY, definition: COMPARABLE, note: '初步核算 (preliminary). The communiqué publishes no GDP level for 2017.' }),
  /* @__PURE__ */ reported('primary-sector-value-added-growth', 2017, '3.6', 'percent-per-annum', COMMUNIQUE_2017, { ...PRELIMINARY, definition: COMPARABLE }),
  /* @__PURE__ */ reported('secondary-sector-value-added-growth', 2017, '4.5', 'percent-per-annum', COMMUNIQUE_2017, { ...PRELIMINARY, definition: COMPARABLE }),
  /* @__PURE__ */ reported('tertiary-sector-value-added-growth', 2017, '6.5', 'percent-per-annum', COMMUNIQUE_2017, { ...PRELIMINARY, definition: COMPARABLE }),
  /* @__PURE__ */ reported('primary-sector-share', 2017, '3.2', 'percent', COMMUNIQUE_2017, { status: 'B', note: AFTER_REVISION }),
  /* @__PURE__ */ reported('secondary-sector-share', 2017, '41.1', 'percent', COMMUNIQUE_2017, { status: 'B', note: `${AFTER_REVISION} The secondary share was 49.3 % in 2014.` }),
  /* @__PURE__ */ reported('tertiary-sector-share', 2017, '55.7', 'percent', COMMUNIQUE_2017, { status: 'B', note: AFTER_REVISION }),
  /* @__PURE__ */ reported('gdp-per-capita-growth', 2017, '4.6', 'percent-per-annum', COMMUNIQUE_2017, { ...PRELIMINARY, definition: COMPARABLE }),
  /* @__PURE__ */ reported('general-budget-revenue', 2017, '137.6', '100m-yuan', COMMUNIQUE_2017, { status: 'B', definition: CURRENT, note: REVENUE_BREAK }),
  /* @__PURE__ */ reported('general-budget-tax-revenue', 2017, '99.2', '100m-yuan', COMMUNIQUE_2017, { status: 'B', definition: CURRENT, note: 'The tax part of the 137.6 亿元 (non-tax 38.4 亿元); the first value after the revision of January 2018 (status B).' }),
  /* @__PURE__ */ reported('general-budget-revenue-growth', 2017, '6.1', 'percent-per-annum', COMMUNIQUE_2017, { definition: LIKE_FOR_LIKE, note: '按可比口径计算比上年增长6.1%: like-for-like, so it bridges the break.' }),
  /* @__PURE__ */ reported('general-budget-revenue-growth', 2017, '-49.3', 'percent-per-annum', YICAI_2018, {
    status: 'B',
    definition: AS_PUBLISHED,
    note: 'Against 2016 as first published (271.2 亿元): the break itself (status B), 137.6 ÷ 271.2 − 1 = −49.26 %. The Paper (2018-01-13) wrote 47.9 %, which these figures do not give.',
  }),
  /* @__PURE__ */ reported('gdp-growth', AVERAGE_2013_2017, '7.9', 'percent-per-annum', WORK_REPORT_2018, { ...ESTIMATE, definition: COMPARABLE, note: 'Annual average over 2013–2017 (from the base 2012), expected (预计) before 2017’s accounts.' }),
  /* @__PURE__ */ reported('industrial-value-added-growth', AVERAGE_2013_2017, '9.8', 'percent-per-annum', WORK_REPORT_2018, { ...ESTIMATE, definition: ABOVE_SCALE_COMPARABLE, note: 'Annual average over 2013–2017, expected (预计).' }),
  /* @__PURE__ */ reported('general-budget-revenue-growth', AVERAGE_2013_2017, '9.2', 'percent-per-annum', WORK_REPORT_2018, {
    ...ESTIMATE,
    definition: { scope: 'excluding non-comparable factors (剔除不可比因素)', priceBasis: 'current' },
    note: 'Annual average over 2013–2017, expected (预计), excluding non-comparable factors.',
  }),
  // 2018
  /* @__PURE__ */ reported('gdp-growth', 2018, '6.8', 'percent-per-annum', WORK_REPORT_2019, { definition: COMPARABLE }),
  /* @__PURE__ */ reported('industrial-value-added-growth', 2018, '11', 'percent-per-annum', WORK_REPORT_2019, { definition: ABOVE_SCALE_COMPARABLE }),
  /* @__PURE__ */ reported('general-budget-revenue-growth', 2018, '6.2', 'percent-per-annum', WORK_REPORT_2019, { definition: CURRENT }),
  /* @__PURE__ */ reported('rare-earth-industry-output-value', 2018, '17.6', 'bn-yuan', XINHUA_2019, { note: '17.6 bn yuan (176 亿元). Output value (产值), not value added.' }),
  /* @__PURE__ */ reported('rare-earth-industry-output-value-growth', 2018, '16.8', 'percent-per-annum', XINHUA_2019, {
    note: 'It implies about 150.7 亿元 in 2017 (derived, not published): flat in money terms against 2016’s 150 亿元.',
  }),
  // January–September 2019: part of a year
  /* @__PURE__ */ reported('strategic-emerging-industries-value-added-growth', JAN_SEP_2019, '21.6', 'percent-per-annum', BAOTOU_NEWS_2019, { definition: COMPARABLE, note: JAN_SEP }),
  /* @__PURE__ */ reported('strategic-emerging-industries-share', JAN_SEP_2019, '22.3', 'percent', BAOTOU_NEWS_2019, { definition: ABOVE_SCALE, note: `${JAN_SEP} A share of above-scale industrial value added.` }),
  /* @__PURE__ */ reported('pillar-industries-share', JAN_SEP_2019, '68.9', 'percent', BAOTOU_NEWS_2019, { definition: ABOVE_SCALE, note: JAN_SEP }),
  /* @__PURE__ */ reported('pillar-industries-value-added-growth', JAN_SEP_2019, '11.0', 'percent-per-annum', BAOTOU_NEWS_2019, { definition: COMPARABLE, note: JAN_SEP }),
  // 2019
  /* @__PURE__ */ reported('gdp-growth', 2019, '6', 'percent-per-annum', WORK_REPORT_2020, { definition: COMPARABLE }),
  /* @__PURE__ */ reported('general-budget-revenue-growth', 2019, '6.4', 'percent-per-annum', WORK_REPORT_2020, { definition: CURRENT }),
  // 2020: the first levels after the revision
  /* @__PURE__ */ reported('gdp', 2020, '2787.4', '100m-yuan', COMMUNIQUE_2020, { status: 'B', definition: CURRENT, note: `2,787.4 亿元 (278.74 bn yuan). ${FIRST_LEVEL_2020} Revised later to 2,770 亿元 (2025-11-17).` }),
  /* @__PURE__ */ reported('gdp-growth', 2020, '3.0', 'percent-per-annum', COMMUNIQUE_2020, { ...PRELIMINARY, definition: COMPARABLE }),
  /* @__PURE__ */ reported('primary-sector-value-added', 2020, '105.2', '100m-yuan', COMMUNIQUE_2020, { status: 'B', definition: CURRENT, note: FIRST_LEVEL_2020 }),
  /* @__PURE__ */ reported('primary-sector-value-added-growth', 2020, '2.0', 'percent-per-annum', COMMUNIQUE_2020, { ...PRELIMINARY, definition: COMPARABLE }),
  /* @__PURE__ */ reported('secondary-sector-value-added', 2020, '1153.0', '100m-yuan', COMMUNIQUE_2020, {
    status: 'B',
    definition: CURRENT,
    note: `1,153.0 亿元 (115.30 bn yuan). ${FIRST_LEVEL_2020} It contains all industry, so industrial value added of 2020 was below it.`,
  }),
  /* @__PURE__ */ reported('secondary-sector-value-added-growth', 2020, '9.8', 'percent-per-annum', COMMUNIQUE_2020, { ...PRELIMINARY, definition: COMPARABLE }),
  /* @__PURE__ */ reported('tertiary-sector-value-added', 2020, '1529.2', '100m-yuan', COMMUNIQUE_2020, {
    status: 'B',
    definition: CURRENT,
    note: `${FIRST_LEVEL_2020} Lower in money terms than 2014's 174.34 bn yuan, though the sector grew 7.2 % in 2014 and 6.5 % in 2017 at comparable prices.`,
  }),
  /* @__PURE__ */ reported('tertiary-sector-value-added-growth', 2020, '-1.8', 'percent-per-annum', COMMUNIQUE_2020, { ...PRELIMINARY, definition: COMPARABLE }),
  /* @__PURE__ */ reported('primary-sector-share', 2020, '3.8', 'percent', COMMUNIQUE_2020, PRELIMINARY),
  /* @__PURE__ */ reported('secondary-sector-share', 2020, '41.4', 'percent', COMMUNIQUE_2020, PRELIMINARY),
  /* @__PURE__ */ reported('tertiary-sector-share', 2020, '54.8', 'percent', COMMUNIQUE_2020, PRELIMINARY),
  /* @__PURE__ */ reported('industrial-value-added-growth', 2020, '11', 'percent-per-annum', WORK_REPORT_2021, { definition: ABOVE_SCALE_COMPARABLE }),
  /* @__PURE__ */ reported('gdp', 2020, '2770', '100m-yuan', PRESS_2025, {
    definition: CURRENT,
    note: 'A later vintage of 2020 GDP: 2,770 亿元 against the preliminary 2,787.4 亿元 of the 2020 communiqué (2021-04-06), a revision of 2770 ÷ 2787.4 − 1 ≈ −0.62 %. Given without decimals, so perhaps rounded.',
  }),
  // 2021
  /* @__PURE__ */ reported('gdp', 2021, '3293.0', '100m-yuan', COMMUNIQUE_2021, { ...PRELIMINARY, definition: CURRENT, note: '初步核算 (preliminary), on the basis of 2020’s levels after the revision.' }),
  /* @__PURE__ */ reported('gdp-growth', 2021, '8.5', 'percent-per-annum', COMMUNIQUE_2021, { ...PRELIMINARY, definition: COMPARABLE }),
  /* @__PURE__ */ reported('general-budget-revenue', 2021, '16.11', 'bn-yuan', CHINA_DAILY_2022, { definition: CURRENT, note: '16.11 bn yuan (161.1 亿元), after the revision of January 2018.' }),
  /* @__PURE__ */ reported('general-budget-tax-revenue', 2021, '12.41', 'bn-yuan', CHINA_DAILY_2022, { definition: CURRENT, note: '12.41 bn yuan (124.1 亿元), nearly 80 % of the revenue.' }),
  /* @__PURE__ */ reported('rare-earth-industry-output-value', 2021, '380', '100m-yuan', DAILY_2021, { status: 'F', note: '预计 on 2021-12-13, before the year was over: a forecast. Output value (产值), not value added.' }),
  /* @__PURE__ */ reported('rare-earth-industry-output-value-growth', 2021, '74', 'percent-per-annum', DAILY_2021, {
    status: 'F',
    note: 'A forecast (预计). It implies about 218 亿元 in 2020 (derived, not published).',
  }),
  /* @__PURE__ */ reported('strategic-emerging-industries-share', 2021, '20', 'percent', DAILY_2022, {
    definition: ABOVE_SCALE,
    note: "达到20%: the level reached by the end of 2021, a share of above-scale industrial value added (the year of the figure, not an average over a span).",
  }),
  /* @__PURE__ */ reported('gdp-growth', AVERAGE_2018_2021, '6', 'percent-per-annum', DAILY_2022, {
    definition: COMPARABLE,
    note: 'Annual average over 2018–2021, the term of the 15th municipal people’s congress (from the base 2017): 6.8, 6, 3.0 and 8.5 % give (1.068 × 1.06 × 1.03 × 1.085)^(1/4) − 1 ≈ 6.06 %.',
  }),
  /* @__PURE__ */ reported('industrial-value-added-growth', AVERAGE_2018_2021, '11.8', 'percent-per-annum', DAILY_2022, {
    definition: ABOVE_SCALE_COMPARABLE,
    note: 'Annual average over 2018–2021, the term of the 15th municipal people’s congress (from the base 2017); not 2017–2021.',
  }),
  /* @__PURE__ */ reported('gdp-growth', { start: 2013, end: 2021 }, '6.8', 'percent-per-annum', CHINA_DAILY_2022, { definition: COMPARABLE, note: 'Annual average over 2013–2021 (from the base 2012), at constant prices.' }),
];
