import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { baotou13, baotouReported, baotouReportedIndicators } from '../../src/data/index.js';
import { checkIntegrity } from '../../src/plan/integrity.js';
import type { Confidence, ExternalSource, MonthPeriod, Observation, Period } from '../../src/plan/types.js';
import { UNITS, type UnitId } from '../../src/units/index.js';
import type { ObsStatus, Qualifier } from '../../src/vocabulary.js';

const ABOVE_SCALE = '规模以上';

/** A publication as the oracle knows it: the address of the copy read, its date, a word of its name, and a confidence. */
interface Publication {
  readonly url: string | undefined;
  readonly date: string | undefined;
  readonly publisher: string;
  readonly confidence: Confidence;
}

const secondary = (url: string | undefined, date: string | undefined, publisher: string): Publication => ({ url, date, publisher, confidence: 'secondary' });

// Each publication with the passage the figures below come from. Every one was read in a copy
// of the official text or in a news report, so every one is `secondary`.

// Baotou government work report 2013 (mayor 孙炜东), verbatim copy: "预计2012年全市生产总值完成3440亿元左右 …
// 规模以上工业增加值达到1300亿元以上".
const WORK_REPORT_2013 = secondary('http://btskw.com.cn/info/201309250007', '2013', '孙炜东');
// Baotou News, English edition, undated page: "a GDP value of RMB 363.63 billion in 2014, representing an 8.5% rise
// … primary industry was 10.07 billion yuan, up by 3.1%; … secondary industry was 179.22 billion yuan, up to 9.9%;
// … tertiary industry was 174.34 billion yuan, up to 7.2%. … 2.8%, 49.3% and 47.9% respectively."
const BAOTOU_NEWS_2014 = secondary('http://en.baotounews.com.cn/Economy/p/571541.html', undefined, 'Baotou News');
// China Daily, 2015-10-29, "2015 Baotou Government Work Report": "Baotou's GDP reached 370 billion yuan … in 2014, up
// 8.5 percent", "The public finance budgetary revenue is 23.43 billion yuan, increasing by 8.9 percent."
const CHINA_DAILY_2015 = secondary('http://www.chinadaily.com.cn/m/innermongolia/baotou/2015-10/29/content_22310931.htm', '2015-10-29', 'China Daily');
// Baotou government work report 2016 (杜学军, 2016-01-12), copy by China Economic Net: "预计全年地区生产总值增长8%",
// "一般公共预算收入增长7.7%", "预计规模以上工业增加值达到1200亿元，增长10%".
const WORK_REPORT_2016 = secondary('http://district.ce.cn/newarea/roll/201602/04/t20160204_8752834.shtml', '2016-01-12', '杜学军');
// Baotou statistical communiqué 2016, part 3 (包头市统计局, 2017-05-11): "初步核算，全年万元生产总值能耗较上年下降4.92%".
const COMMUNIQUE_2016 = secondary('https://web.xiaze.org/tjgb/201705/25514-3.html', '2017-05-11', '包头市统计局');
// China Daily, 2017-06-22, Inner Mongolia: "The gross industrial added value reached 775.82 billion yuan".
const CHINA_DAILY_2017 = secondary('http://innermongolia.chinadaily.com.cn/2017-06/22/c_82696.htm', '2017-06-22', 'China Daily');
// Sina Inner Mongolia, 2017-09-18: "2016年包头市稀土产值150亿元".
const SINA_2017 = secondary('http://nmg.sina.com.cn/news/2017-09-18/detail-ifykymue6795098.shtml', '2017-09-18', '新浪内蒙古');
// China Daily, 2018-01-11 (Lu Wei): January–November 2017, "Enterprises above a designated scale … growth of 5.5
// percent", "five pillar industries brought year-on-year growth of 6.2 percent".
const CHINA_DAILY_2018 = secondary('http://innermongolia.chinadaily.com.cn/baotou/2018-01/11/c_127087.htm', '2018-01-11', 'China Daily');
// 澎湃新闻 (韩声江), 2018-01-13, repost: Inner Mongolia "调减2016年一般公共预算收入530亿元，占总量的26.3%", "2017年全区一般
// 公共预算收入1703.4亿元，比2016年公布数据下降14.4%，剔除虚增空转因素后同比增长14.6%", "应核减2016年规模以上工业增加值
// 2900亿元，占全部工业增加值的40%" (announced at the plenum of 2018-01-03); Baotou "从2016年的271.2亿元降至137.6亿元".
const THE_PAPER_2018 = secondary('https://24qq.cc/n52928c68.aspx', '2018-01-13', '澎湃新闻');
// Baotou government work report 2018 (赵江涛, 2018-01-06), copy: "预计全市地区生产总值年均增长7.9%，规模以上工业增加值
// 年均增长9.8% … 一般公共预算收入年均增长9.2%（剔除不可比因素）".
const WORK_REPORT_2018 = secondary('http://kq.btrzfwpt.com/news/show-36414.html', '2018-01-06', '赵江涛');
// The same report quoted by 第一财经, 2018-01-16 (a repost whose address was not recorded): "下降49.3%".
const YICAI_2018 = secondary(undefined, '2018-01-16', '第一财经');
// Baotou statistical communiqué 2017 (包头市统计局), copy without a date: "初步核算，全市生产总值按可比价格计算比上年增长
// 5.5%。其中，第一产业增加值增长3.6%，第二产业增加值增长4.5%，第三产业增加值增长6.5%。… 比重分别为3.2%、41.1%和55.7%。
// 全市人均生产总值比上年增长4.6%", "一般公共预算收入137.6亿元，按可比口径计算比上年增长6.1%。其中，税收收入99.2亿元".
const COMMUNIQUE_2017 = secondary('http://818293.cn/info/202012030005', undefined, '包头市统计局');
// chinaservicesinfo.com (China Daily), 2019-04-25, the report of 2019-01-21: "Annual GDP growth rate: 6.8 percent",
// "General public budget revenue growth: 6.2 percent", "Added value growth of industrial enterprises above designated
// size: 11 percent".
const WORK_REPORT_2019 = secondary(
  'https://chinaservicesinfo.com/s/201904/25/WS648ff5cb498ea274927c0e41/2019-baotou-government-work-report_1.html',
  '2019-04-25',
  'Zhao Jiangtao',
);
// Xinhua, 2019-09-19 (copy): "Baotou's rare earth industry grew by 16.8 percent year on year to reach 17.6 billion
// yuan … in 2018".
const XINHUA_2019 = secondary('http://www.zhongyishudian.com/english/2019-09/19/c_138405352.htm', '2019-09-19', 'Xinhua');
// Baotou News, English edition, 2019-11-11, after Baotou Daily of 6 November (January–September 2019): strategic
// emerging industries "increased by 21.6 percent", "accounting for 22.3 percent" of above-scale value added; the five
// pillar industries "increased by 11.0 percent", "accounting for 68.9 percent".
const BAOTOU_NEWS_2019 = secondary('http://m.baotounews.com.cn/Investment/p/673969.html', '2019-11-11', 'Baotou News');
// Baotou government work report 2020 (赵江涛, 2020-04-14): "全市地区生产总值增长6%", "一般公共预算收入增长6.4%".
const WORK_REPORT_2020 = secondary('http://mp.123yiche.com/j5b197606k1.html', '2020-04-14', '赵江涛');
// Baotou statistical communiqué 2020 (包头市统计局, 2021-04-06): "初步核算，全年地区生产总值2787.4亿元，…增长3.0%。其中，
// 第一产业增加值105.2亿元，增长2.0%；第二产业增加值1153.0亿元，增长9.8%；第三产业增加值1529.2亿元，下降1.8%。…
// 比重分别为3.8%、41.4%和54.8%".
const COMMUNIQUE_2020 = secondary('http://www.xiaomonv0755.com/tjgb/05nmg/36569.html', '2021-04-06', '包头市统计局');
// Baotou government work report 2021, abstract on Baotou News: "规模以上工业增加值增长11%" (2020).
const WORK_REPORT_2021 = secondary('http://www.baotounews.com.cn/yaowen4009/p/729781.html', '2021', '包头新闻网');
// Inner Mongolia Daily, 2021-12-13: "2021年，稀土产业预计实现产值380亿元，同比增长74%".
const DAILY_2021 = secondary('http://szb.northnews.cn/nmgrb/html/2021-12/13/content_33343_168210.htm', '2021-12-13', '内蒙古日报');
// Inner Mongolia Daily, 2022-02-16, the work report of 张锐 (congress of 12–14 February 2022), over the term since the
// 15th congress (2018–2021): "地区生产总值年均增长6%，规模以上工业增加值年均增长11.8%", "战略性新兴产业增加值占规上工业
// 比重达到20%".
const DAILY_2022 = secondary('http://szb.northnews.cn/nmgrb/html/2022-02/16/content_34546_173359.htm', '2022-02-16', '内蒙古日报');
// Baotou statistical communiqué 2021 (包头市统计局, 2022-03-31), altered copy: "地区生产总值3293.0亿元 … 增长8.5%".
const COMMUNIQUE_2021 = secondary('http://meilami.cn/rBjstC_VPOsLpUqXZNuuC', '2022-03-31', '包头市统计局');
// China Daily, 2022-09-20: "From 2013 to 2021 … GDP increased by an average of 6.8 percent annually", "general public
// budget revenue was 16.11 billion yuan, of which tax revenue was 12.41 billion yuan".
const CHINA_DAILY_2022 = secondary('http://innermongolia.chinadaily.com.cn/2022-09/20/c_814746.htm', '2022-09-20', 'China Daily');
// Baotou press conference, 2025-11-17 (copy of 2025-11-18): "全市地区生产总值由2770亿元跃升至4575亿元" (2020 → 2024).
const PRESS_2025 = secondary('http://www.upstart48.com/LDTYZGGFWZ/zwyw/gzdt/msdt/202511/t20251118_2819050.html', '2025-11-17', '林立');

/** One figure as its publication gives it: the independent oracle for `baotouReported`. */
interface Published {
  readonly indicator: string;
  readonly when: number | Period | MonthPeriod;
  /** As `Decimal#toFixed()` writes it ('3.0' is '3'). */
  readonly value: string;
  /** The unit published: 亿元 is '100m-yuan', billion yuan 'bn-yuan'. */
  readonly unit: UnitId;
  readonly status: ObsStatus;
  readonly vintage: string | undefined;
  readonly source: Publication;
  readonly qualifier?: Qualifier;
}

const row = (
  indicator: string,
  when: Published['when'],
  value: string,
  unit: UnitId,
  status: ObsStatus,
  vintage: string | undefined,
  source: Publication,
  qualifier?: Qualifier,
): Published => (qualifier === undefined ? { indicator, when, value, unit, status, vintage, source } : { indicator, when, value, unit, status, vintage, source, qualifier });

const JAN_SEP_2019 = { start: '2019-01', end: '2019-09' } as const;
const JAN_NOV_2017 = { start: '2017-01', end: '2017-11' } as const;
const PPA = 'percent-per-annum';

// Statuses: E where the source says 预计, P where it says 初步核算, F for 2021 rare earth expected in December 2021,
// B for the first values after the revision of January 2018. Vintages: when the figure was first published.
const PUBLISHED: readonly Published[] = [
  row('gdp', 2012, '3440', '100m-yuan', 'E', '2013', WORK_REPORT_2013, 'about'),
  row('industrial-value-added', 2012, '1300', '100m-yuan', 'E', '2013', WORK_REPORT_2013, 'moreThan'),
  row('gdp', 2014, '363.63', 'bn-yuan', 'A', undefined, BAOTOU_NEWS_2014),
  row('gdp', 2014, '370', 'bn-yuan', 'A', '2015', CHINA_DAILY_2015),
  row('gdp-growth', 2014, '8.5', PPA, 'A', '2015', CHINA_DAILY_2015),
  row('primary-sector-value-added', 2014, '10.07', 'bn-yuan', 'A', undefined, BAOTOU_NEWS_2014),
  row('primary-sector-value-added-growth', 2014, '3.1', PPA, 'A', undefined, BAOTOU_NEWS_2014),
  row('secondary-sector-value-added', 2014, '179.22', 'bn-yuan', 'A', undefined, BAOTOU_NEWS_2014),
  row('secondary-sector-value-added-growth', 2014, '9.9', PPA, 'A', undefined, BAOTOU_NEWS_2014),
  row('tertiary-sector-value-added', 2014, '174.34', 'bn-yuan', 'A', undefined, BAOTOU_NEWS_2014),
  row('tertiary-sector-value-added-growth', 2014, '7.2', PPA, 'A', undefined, BAOTOU_NEWS_2014),
  row('primary-sector-share', 2014, '2.8', 'percent', 'A', undefined, BAOTOU_NEWS_2014),
  row('secondary-sector-share', 2014, '49.3', 'percent', 'A', undefined, BAOTOU_NEWS_2014),
  row('tertiary-sector-share', 2014, '47.9', 'percent', 'A', undefined, BAOTOU_NEWS_2014),
  row('general-budget-revenue', 2014, '23.43', 'bn-yuan', 'A', '2015', CHINA_DAILY_2015),
  row('general-budget-revenue-growth', 2014, '8.9', PPA, 'A', '2015', CHINA_DAILY_2015),
  row('gdp-growth', 2015, '8', PPA, 'E', '2016-01-12', WORK_REPORT_2016),
  row('industrial-value-added', 2015, '1200', '100m-yuan', 'E', '2016-01-12', WORK_REPORT_2016, 'about'),
  row('industrial-value-added-growth', 2015, '10', PPA, 'E', '2016-01-12', WORK_REPORT_2016),
  row('general-budget-revenue-growth', 2015, '7.7', PPA, 'E', '2016-01-12', WORK_REPORT_2016),
  row('gdp-energy-intensity-change', 2016, '-4.92', 'percent', 'P', '2017-05-11', COMMUNIQUE_2016),
  row('rare-earth-industry-output-value', 2016, '150', '100m-yuan', 'A', '2017-09-18', SINA_2017),
  row('general-budget-revenue', 2016, '271.2', '100m-yuan', 'A', undefined, THE_PAPER_2018),
  row('inner-mongolia-industrial-value-added', 2016, '775.82', 'bn-yuan', 'A', '2017-06-22', CHINA_DAILY_2017),
  row('inner-mongolia-above-scale-industrial-value-added-cut', 2016, '2900', '100m-yuan', 'A', '2018-01-03', THE_PAPER_2018),
  row('inner-mongolia-industrial-value-added-cut-share', 2016, '40', 'percent', 'A', '2018-01-03', THE_PAPER_2018),
  row('inner-mongolia-general-budget-revenue-cut', 2016, '530', '100m-yuan', 'A', '2018-01-03', THE_PAPER_2018),
  row('inner-mongolia-general-budget-revenue-cut-share', 2016, '26.3', 'percent', 'A', '2018-01-03', THE_PAPER_2018),
  row('inner-mongolia-general-budget-revenue', 2017, '1703.4', '100m-yuan', 'B', '2018-01-03', THE_PAPER_2018),
  row('inner-mongolia-general-budget-revenue-growth', 2017, '-14.4', PPA, 'B', '2018-01-03', THE_PAPER_2018),
  row('inner-mongolia-general-budget-revenue-growth', 2017, '14.6', PPA, 'A', '2018-01-03', THE_PAPER_2018),
  row('industrial-value-added-growth', JAN_NOV_2017, '5.5', PPA, 'A', '2018-01-11', CHINA_DAILY_2018),
  row('pillar-industries-value-added-growth', JAN_NOV_2017, '6.2', PPA, 'A', '2018-01-11', CHINA_DAILY_2018),
  row('gdp-growth', 2017, '5.5', PPA, 'P', undefined, COMMUNIQUE_2017),
  row('primary-sector-value-added-growth', 2017, '3.6', PPA, 'P', undefined, COMMUNIQUE_2017),
  row('secondary-sector-value-added-growth', 2017, '4.5', PPA, 'P', undefined, COMMUNIQUE_2017),
  row('tertiary-sector-value-added-growth', 2017, '6.5', PPA, 'P', undefined, COMMUNIQUE_2017),
  row('primary-sector-share', 2017, '3.2', 'percent', 'B', undefined, COMMUNIQUE_2017),
  row('secondary-sector-share', 2017, '41.1', 'percent', 'B', undefined, COMMUNIQUE_2017),
  row('tertiary-sector-share', 2017, '55.7', 'percent', 'B', undefined, COMMUNIQUE_2017),
  row('gdp-per-capita-growth', 2017, '4.6', PPA, 'P', undefined, COMMUNIQUE_2017),
  row('general-budget-revenue', 2017, '137.6', '100m-yuan', 'B', undefined, COMMUNIQUE_2017),
  row('general-budget-tax-revenue', 2017, '99.2', '100m-yuan', 'B', undefined, COMMUNIQUE_2017),
  row('general-budget-revenue-growth', 2017, '6.1', PPA, 'A', undefined, COMMUNIQUE_2017),
  row('general-budget-revenue-growth', 2017, '-49.3', PPA, 'B', '2018-01-06', YICAI_2018),
  row('gdp-growth', { start: 2013, end: 2017 }, '7.9', PPA, 'E', '2018-01-06', WORK_REPORT_2018),
  row('industrial-value-added-growth', { start: 2013, end: 2017 }, '9.8', PPA, 'E', '2018-01-06', WORK_REPORT_2018),
  row('general-budget-revenue-growth', { start: 2013, end: 2017 }, '9.2', PPA, 'E', '2018-01-06', WORK_REPORT_2018),
  row('gdp-growth', 2018, '6.8', PPA, 'A', '2019-01-21', WORK_REPORT_2019),
  row('industrial-value-added-growth', 2018, '11', PPA, 'A', '2019-01-21', WORK_REPORT_2019),
  row('general-budget-revenue-growth', 2018, '6.2', PPA, 'A', '2019-01-21', WORK_REPORT_2019),
  row('rare-earth-industry-output-value', 2018, '17.6', 'bn-yuan', 'A', '2019-09-19', XINHUA_2019),
  row('rare-earth-industry-output-value-growth', 2018, '16.8', PPA, 'A', '2019-09-19', XINHUA_2019),
  row('strategic-emerging-industries-value-added-growth', JAN_SEP_2019, '21.6', PPA, 'A', '2019-11-06', BAOTOU_NEWS_2019),
  row('strategic-emerging-industries-share', JAN_SEP_2019, '22.3', 'percent', 'A', '2019-11-06', BAOTOU_NEWS_2019),
  row('pillar-industries-share', JAN_SEP_2019, '68.9', 'percent', 'A', '2019-11-06', BAOTOU_NEWS_2019),
  row('pillar-industries-value-added-growth', JAN_SEP_2019, '11', PPA, 'A', '2019-11-06', BAOTOU_NEWS_2019),
  row('gdp-growth', 2019, '6', PPA, 'A', '2020-04-14', WORK_REPORT_2020),
  row('general-budget-revenue-growth', 2019, '6.4', PPA, 'A', '2020-04-14', WORK_REPORT_2020),
  row('gdp', 2020, '2787.4', '100m-yuan', 'B', '2021-04-06', COMMUNIQUE_2020),
  row('gdp-growth', 2020, '3', PPA, 'P', '2021-04-06', COMMUNIQUE_2020),
  row('primary-sector-value-added', 2020, '105.2', '100m-yuan', 'B', '2021-04-06', COMMUNIQUE_2020),
  row('primary-sector-value-added-growth', 2020, '2', PPA, 'P', '2021-04-06', COMMUNIQUE_2020),
  row('secondary-sector-value-added', 2020, '1153', '100m-yuan', 'B', '2021-04-06', COMMUNIQUE_2020),
  row('secondary-sector-value-added-growth', 2020, '9.8', PPA, 'P', '2021-04-06', COMMUNIQUE_2020),
  row('tertiary-sector-value-added', 2020, '1529.2', '100m-yuan', 'B', '2021-04-06', COMMUNIQUE_2020),
  row('tertiary-sector-value-added-growth', 2020, '-1.8', PPA, 'P', '2021-04-06', COMMUNIQUE_2020),
  row('primary-sector-share', 2020, '3.8', 'percent', 'P', '2021-04-06', COMMUNIQUE_2020),
  row('secondary-sector-share', 2020, '41.4', 'percent', 'P', '2021-04-06', COMMUNIQUE_2020),
  row('tertiary-sector-share', 2020, '54.8', 'percent', 'P', '2021-04-06', COMMUNIQUE_2020),
  row('industrial-value-added-growth', 2020, '11', PPA, 'A', '2021', WORK_REPORT_2021),
  row('gdp', 2020, '2770', '100m-yuan', 'A', '2025-11-17', PRESS_2025),
  row('gdp', 2021, '3293', '100m-yuan', 'P', '2022-03-31', COMMUNIQUE_2021),
  row('gdp-growth', 2021, '8.5', PPA, 'P', '2022-03-31', COMMUNIQUE_2021),
  row('general-budget-revenue', 2021, '16.11', 'bn-yuan', 'A', '2022-09-20', CHINA_DAILY_2022),
  row('general-budget-tax-revenue', 2021, '12.41', 'bn-yuan', 'A', '2022-09-20', CHINA_DAILY_2022),
  row('rare-earth-industry-output-value', 2021, '380', '100m-yuan', 'F', '2021-12-13', DAILY_2021),
  row('rare-earth-industry-output-value-growth', 2021, '74', PPA, 'F', '2021-12-13', DAILY_2021),
  row('strategic-emerging-industries-share', 2021, '20', 'percent', 'A', '2022-02', DAILY_2022),
  row('gdp-growth', { start: 2018, end: 2021 }, '6', PPA, 'A', '2022-02', DAILY_2022),
  row('industrial-value-added-growth', { start: 2018, end: 2021 }, '11.8', PPA, 'A', '2022-02', DAILY_2022),
  row('gdp-growth', { start: 2013, end: 2021 }, '6.8', PPA, 'A', '2022-09-20', CHINA_DAILY_2022),
];

const external = (o: Observation): ExternalSource | undefined => (o.source?.kind === 'external' ? o.source : undefined);
const sameWhen = (o: Observation, when: Published['when']): boolean =>
  typeof when === 'number' ? o.year === when && o.period === undefined : o.year === undefined && o.period?.start === when.start && o.period?.end === when.end;
const find = (indicator: string, when: Published['when'], value?: string): Observation[] =>
  baotouReported.filter((o) => o.indicator === indicator && sameWhen(o, when) && (value === undefined || o.value.toFixed() === value));

/** Every string in a value, with where it is. */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${path}[${i}]`);
  else if (typeof value === 'object' && value !== null && !('toFixed' in value)) {
    for (const [key, child] of Object.entries(value)) yield* strings(child, `${path}.${key}`);
  }
}

describe('baotouReported', () => {
  const indicators = new Map([...baotou13.indicators, ...baotouReportedIndicators].map((i) => [i.id, i]));

  it('holds at least 40 observations of indicators of the plan or of baotouReportedIndicators, in units that fit', () => {
    expect(baotouReported.length).toBeGreaterThanOrEqual(40);
    expect(baotouReported).toHaveLength(PUBLISHED.length);
    for (const o of baotouReported) {
      const indicator = indicators.get(o.indicator);
      expect(indicator, o.indicator).toBeDefined();
      expect(UNITS[o.unit ?? indicator!.unit].measure, o.indicator).toBe(UNITS[indicator!.unit].measure);
      expect((o.year === undefined) !== (o.period === undefined), o.indicator).toBe(true);
    }
  });

  it('defines no indicator twice, and its indicators fit the plan (partOf, numerators, growthOf)', () => {
    const planIds = new Set<string>(baotou13.indicators.map((i) => i.id));
    expect(baotouReportedIndicators.filter((i) => planIds.has(i.id))).toEqual([]);
    expect(new Set(baotouReportedIndicators.map((i) => i.id)).size).toBe(baotouReportedIndicators.length);
    expect(checkIntegrity({ ...baotou13, indicators: [...baotou13.indicators, ...baotouReportedIndicators] })).toEqual([]);
  });

  it('holds every figure as its publication gives it, row by row, with its status, vintage and source', () => {
    const used = new Set<Observation>();
    for (const row of PUBLISHED) {
      const what = `${row.indicator} ${JSON.stringify(row.when)}: ${row.value}`;
      const matches = find(row.indicator, row.when, row.value);
      expect(matches, what).toHaveLength(1);
      const o = matches[0]!;
      used.add(o);
      expect([o.unit, o.qualifier, o.status, o.vintage], what).toEqual([row.unit, row.qualifier ?? 'exact', row.status, row.vintage]);
      const source = external(o);
      expect([source?.url, source?.date, source?.confidence], what).toEqual([row.source.url, row.source.date, row.source.confidence]);
      expect(source?.publication, what).toContain(row.source.publisher);
    }
    expect(used.size).toBe(baotouReported.length);
  });

  it('puts part-year figures and averages on their real periods (the three corrections)', () => {
    // January–September 2019 (Baotou News, 2019-11-11) is not the year 2019.
    for (const id of ['strategic-emerging-industries-share', 'strategic-emerging-industries-value-added-growth', 'pillar-industries-share']) {
      expect(find(id, JAN_SEP_2019), id).toHaveLength(1);
      expect(find(id, 2019), id).toEqual([]);
      expect(find(id, JAN_SEP_2019)[0]?.note, id).toContain('January–September 2019');
    }
    // The 11.8 % average is over 2018–2021 (Inner Mongolia Daily, 2022-02-16), not 2017–2021.
    expect(find('industrial-value-added-growth', { start: 2018, end: 2021 }, '11.8')).toHaveLength(1);
    expect(find('industrial-value-added-growth', { start: 2017, end: 2021 })).toEqual([]);
    // The 20 % share is the level reached by the end of 2021: the year 2021, not a span.
    const share = baotouReported.filter((o) => o.indicator === 'strategic-emerging-industries-share' && o.value.toFixed() === '20');
    expect(share.map((o) => [o.year, o.period])).toEqual([[2021, undefined]]);
    // January–November 2017 (China Daily, 2018-01-11) is not the year 2017.
    expect(find('industrial-value-added-growth', JAN_NOV_2017, '5.5')).toHaveLength(1);
    expect(find('industrial-value-added-growth', 2017)).toEqual([]);
  });

  it('marks estimates, preliminary figures, forecasts and the values after the revision', () => {
    const quote = (o: Observation) => external(o)?.quote ?? '';
    for (const o of baotouReported) {
      const what = `${o.indicator} ${o.year ?? JSON.stringify(o.period)}`;
      if (o.status === 'E') expect(`${quote(o)} ${o.note ?? ''}`, what).toContain('预计');
      if (o.status === 'P') expect(quote(o), what).toContain('初步核算');
      if (o.status === 'F') expect(o.note, what).toContain('forecast');
      if (o.status === 'B') expect(o.note, what).toMatch(/revision|break|cut/);
    }
    // The 2020 communiqué's levels are the first found after the revision: B, though preliminary too.
    expect(['gdp', 'primary-sector-value-added', 'secondary-sector-value-added', 'tertiary-sector-value-added'].map((id) => find(id, 2020)[0]?.status)).toEqual(['B', 'B', 'B', 'B']);
    expect(find('gdp', 2020, '2787.4')[0]?.note).toContain('preliminary (初步核算)');
  });

  it('keeps the contradiction of 2014 as data: two GDP figures, each naming the other', () => {
    const [news, daily] = [find('gdp', 2014, '363.63')[0], find('gdp', 2014, '370')[0]];
    expect(news?.note).toContain("China Daily's 370 bn yuan");
    expect(daily?.note).toContain("Baotou News' 363.63 bn yuan");
    // Baotou News' sectors add up to its total: 10.07 + 179.22 + 174.34 = 363.63.
    const sectors = ['primary', 'secondary', 'tertiary'].map((s) => find(`${s}-sector-value-added`, 2014)[0]!.value);
    expect(sectors.reduce((a, b) => a.plus(b)).toFixed()).toBe('363.63');
  });

  it('keeps the first release and the revision of 2020 GDP, told apart by their vintages', () => {
    expect(find('gdp', 2020).map((o) => [o.value.toFixed(), o.unit, o.status, o.vintage])).toEqual([
      ['2787.4', '100m-yuan', 'B', '2021-04-06'],
      ['2770', '100m-yuan', 'A', '2025-11-17'],
    ]);
    // The 2020 communiqué's sectors add up to its GDP: 105.2 + 1153.0 + 1529.2 = 2787.4.
    const sectors = ['primary', 'secondary', 'tertiary'].map((s) => find(`${s}-sector-value-added`, 2020)[0]!.value);
    expect(sectors.reduce((a, b) => a.plus(b)).toFixed()).toBe('2787.4');
  });

  it('carries the fiscal revenue series across the break, with the published change and the like-for-like one', () => {
    const revenue = (year: number) => find('general-budget-revenue', year)[0];
    expect([2014, 2016, 2017, 2021].map((y) => [revenue(y)?.value.toFixed(), revenue(y)?.unit, revenue(y)?.status])).toEqual([
      ['23.43', 'bn-yuan', 'A'],
      ['271.2', '100m-yuan', 'A'],
      ['137.6', '100m-yuan', 'B'],
      ['16.11', 'bn-yuan', 'A'],
    ]);
    // 137.6 ÷ 271.2 − 1 = −0.49262… (Python decimal): −49.3 % to one decimal, as the 2018 work report says.
    const change = dec('137.6').div('271.2').minus(1).times(100).toDecimalPlaces(1).toFixed();
    expect(change).toBe('-49.3');
    expect(find('general-budget-revenue-growth', 2017).map((o) => [o.value.toFixed(), o.status, o.definition?.scope?.split(':')[0]])).toEqual([
      ['6.1', 'A', 'like-for-like (按可比口径)'],
      ['-49.3', 'B', 'as published'],
    ]);
    expect(find('general-budget-tax-revenue', 2017)[0]?.value.toFixed()).toBe('99.2');
  });

  it("holds Inner Mongolia's cut of its 2016 figures as region-level indicators", () => {
    const one = (id: string, year: number) => find(`inner-mongolia-${id}`, year).map((o) => [o.value.toFixed(), o.unit]);
    expect(one('above-scale-industrial-value-added-cut', 2016)).toEqual([['2900', '100m-yuan']]);
    expect(one('industrial-value-added-cut-share', 2016)).toEqual([['40', 'percent']]);
    expect(one('general-budget-revenue-cut', 2016)).toEqual([['530', '100m-yuan']]);
    expect(one('general-budget-revenue-cut-share', 2016)).toEqual([['26.3', 'percent']]);
    expect(one('general-budget-revenue', 2017)).toEqual([['1703.4', '100m-yuan']]);
    expect(one('general-budget-revenue-growth', 2017)).toEqual([
      ['-14.4', 'percent-per-annum'],
      ['14.6', 'percent-per-annum'],
    ]);
    // 2900 ÷ 7758.2 = 0.3738 (Python decimal): about 37 % of the first published total, against the 40 % said.
    expect(find('inner-mongolia-industrial-value-added-cut-share', 2016)[0]?.note).toContain('≈ 37.4 %');
  });

  it('marks above-scale figures with their scope, and levels and growth rates with their price basis', () => {
    const scoped = baotouReported.filter((o) => o.definition?.scope?.includes(ABOVE_SCALE)).map((o) => o.indicator);
    expect(new Set(scoped)).toEqual(
      new Set(['industrial-value-added', 'industrial-value-added-growth', 'strategic-emerging-industries-share', 'pillar-industries-share', 'inner-mongolia-above-scale-industrial-value-added-cut']),
    );
    // Every figure of the plan's industrial indicators is above designated size: the report's "certain value-added enterprises".
    for (const o of baotouReported.filter((o) => o.indicator.startsWith('industrial-value-added'))) {
      expect(o.definition?.scope, `${o.indicator} ${o.year}`).toContain(ABOVE_SCALE);
    }
    for (const o of baotouReported.filter((o) => indicators.get(o.indicator)?.kind === 'growth' && indicators.get(o.indicator)?.definition.priceBasis === 'comparable')) {
      expect(o.definition?.priceBasis, o.indicator).toBe('comparable');
    }
    for (const o of baotouReported.filter((o) => ['gdp', 'secondary-sector-value-added', 'general-budget-revenue'].includes(o.indicator))) {
      expect(o.definition?.priceBasis, o.indicator).toBe('current');
    }
  });
});

describe('sources of the embedded data', () => {
  const externals = [
    ...baotouReported.flatMap((o) => (o.source?.kind === 'external' ? [o.source] : [])),
    ...baotou13.commitments.flatMap((c) => c.sources.filter((s) => s.kind === 'external')),
  ] as ExternalSource[];

  it('give every publication other than the report its publisher, date, address and confidence, or say why not', () => {
    expect(externals).toHaveLength(baotouReported.length + 1);
    for (const source of externals) {
      expect(source.quote, source.publication).toBeDefined();
      expect(source.confidence, source.publication).toBe('secondary');
      if (source.url === undefined) expect(source.publication).toContain('whose address was not recorded');
      else expect(source.url, source.publication).toMatch(/^https?:\/\/\S+$/);
      if (source.date === undefined) expect(source.publication).toMatch(/does not give its date|undated/);
    }
    // Every publication says what kind of copy was read: a verbatim copy of the official text, or a news report.
    for (const o of baotouReported) expect(external(o)?.publication, o.indicator).toMatch(/verbatim copy|news|copy|abstract/);
    expect(new Set(externals.filter((s) => s.date === undefined).map((s) => s.publication.split(' (')[0]))).toEqual(
      new Set(['Baotou News, English edition', 'Baotou statistical communiqué 2017']),
    );
  });

  it('cite publications, never a file outside the package', () => {
    const cited = [...strings({ baotou13, baotouReported, baotouReportedIndicators })].filter(([, text]) => /DOMAIN\.md|STATISTICS\.md|reference\//.test(text));
    expect(cited).toEqual([]);
  });
});
