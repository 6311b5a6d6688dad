import { describe, expect, it } from 'vitest';
import { baotou13, baotouReported, baotouReportedIndicators } from '../../src/data/index.js';
import type { Confidence, ExternalSource, Observation } from '../../src/plan/types.js';
import { UNITS, type UnitId } from '../../src/units/index.js';

const ABOVE_SCALE = '规模以上';

/**
 * One figure as its publication gives it: the independent oracle for `baotouReported`. Values
 * in 亿元 (10⁸ yuan) are written in bn yuan (10⁹ yuan), so 1,300 亿元 is 130; values are
 * written as `Decimal#toFixed()` writes them ('3.0' % is '3').
 */
interface Published {
  readonly indicator: string;
  /** The year, or the last year of a span whose start the publication does not fix. */
  readonly year: number;
  readonly span?: true;
  readonly janSep?: true;
  readonly value: string;
  readonly unit: UnitId;
  readonly qualifier: 'exact' | 'about' | 'moreThan';
  readonly source: { readonly url: string; readonly date: string | undefined; readonly publisher: string; readonly confidence: Confidence };
}

// Baotou government work report 2013 (mayor 孙炜东), verbatim copy:
// "预计2012年…规模以上工业增加值达到1300亿元以上".
const WORK_REPORT_2013 = { url: 'http://btskw.com.cn/info/201309250007', date: '2013', publisher: '孙炜东', confidence: 'secondary' } as const;
// China Daily, "2015 Baotou Government Work Report", 2015-10-29, on China Daily's own site:
// "Baotou's GDP reached 370 billion yuan ($58.28 billion) in 2014, up 8.5 percent over the previous year."
const CHINA_DAILY_2015 = {
  url: 'http://www.chinadaily.com.cn/m/innermongolia/baotou/2015-10/29/content_22310931.htm',
  date: '2015-10-29',
  publisher: 'China Daily',
  confidence: 'primary',
} as const;
// Baotou government work report 2016 (mayor 杜学军, 2016-01-12), reproduced by China Economic Net:
// "预计全年地区生产总值增长8%" and "预计规模以上工业增加值达到1200亿元，增长10%" (estimates: 1,200 亿元 is about 120 bn).
const WORK_REPORT_2016 = { url: 'http://district.ce.cn/newarea/roll/201602/04/t20160204_8752834.shtml', date: '2016-01-12', publisher: '杜学军', confidence: 'secondary' } as const;
// Baotou statistical communiqué 2016, part 3 (包头市统计局, 2017-05-11): "全年万元生产总值能耗较上年下降4.92%".
const COMMUNIQUE_2016 = { url: 'https://web.xiaze.org/tjgb/201705/25514-3.html', date: '2017-05-11', publisher: '包头市统计局', confidence: 'secondary' } as const;
// Sina Inner Mongolia, 2017-09-18: "2016年包头市稀土产值150亿元".
const SINA_2017 = { url: 'http://nmg.sina.com.cn/news/2017-09-18/detail-ifykymue6795098.shtml', date: '2017-09-18', publisher: '新浪内蒙古', confidence: 'secondary' } as const;
// Baotou statistical communiqué 2017 (包头市统计局; the copy has no date): "全市生产总值按可比价格计算比上年增长5.5%",
// "三次产业增加值占全市生产总值的比重分别为3.2%、41.1%和55.7%".
const COMMUNIQUE_2017 = { url: 'http://818293.cn/info/202012030005', date: undefined, publisher: '包头市统计局', confidence: 'secondary' } as const;
// chinaservicesinfo.com (China Daily), "2019 Baotou Government Work Report", 2019-04-25: "Annual GDP growth rate:
// 6.8 percent", "Added value growth of industrial enterprises above designated size: 11 percent".
const WORK_REPORT_2019 = {
  url: 'https://chinaservicesinfo.com/s/201904/25/WS648ff5cb498ea274927c0e41/2019-baotou-government-work-report_1.html',
  date: '2019-04-25',
  publisher: 'Zhao Jiangtao',
  confidence: 'secondary',
} as const;
// Baotou News, English edition, 2019-11-11 (January–September 2019): strategic emerging industries' value added
// "increased by 21.6 percent", "accounting for 22.3 percent of the added value of the industrial enterprises above a
// designated size"; the five pillar industries "accounting for 68.9 percent of the city's total industrial added value".
const BAOTOU_NEWS_2019 = { url: 'http://m.baotounews.com.cn/Investment/p/673969.html', date: '2019-11-11', publisher: 'Baotou News', confidence: 'secondary' } as const;
// Baotou government work report 2020 (mayor 赵江涛, 2020-04-14): "全市地区生产总值增长6%".
const WORK_REPORT_2020 = { url: 'http://mp.123yiche.com/j5b197606k1.html', date: '2020-04-14', publisher: '赵江涛', confidence: 'secondary' } as const;
// Baotou statistical communiqué 2020 (包头市统计局, 2021-04-06): "全年地区生产总值2787.4亿元，按可比价格计算，比上年增长3.0%",
// "第二产业增加值1153.0亿元，增长9.8%".
const COMMUNIQUE_2020 = { url: 'http://www.xiaomonv0755.com/tjgb/05nmg/36569.html', date: '2021-04-06', publisher: '包头市统计局', confidence: 'secondary' } as const;
// Baotou government work report 2021, abstract on Baotou News: "规模以上工业增加值增长11%" (2020).
const WORK_REPORT_2021 = { url: 'http://www.baotounews.com.cn/yaowen4009/p/729781.html', date: '2021', publisher: '包头新闻网', confidence: 'secondary' } as const;
// Inner Mongolia Daily, 2022-02-16, p. 6, on the work report of mayor 张锐: "规模以上工业增加值年均增长11.8%",
// "战略性新兴产业增加值占规上工业比重达到20%" — over the term of the 15th municipal congress, to 2021.
const DAILY_2022 = { url: 'http://szb.northnews.cn/nmgrb/html/2022-02/16/content_34546_173359.htm', date: '2022-02-16', publisher: '内蒙古日报', confidence: 'secondary' } as const;

const PUBLISHED: readonly Published[] = [
  { indicator: 'industrial-value-added', year: 2012, value: '130', unit: 'bn-yuan', qualifier: 'moreThan', source: WORK_REPORT_2013 },
  { indicator: 'gdp', year: 2014, value: '370', unit: 'bn-yuan', qualifier: 'exact', source: CHINA_DAILY_2015 },
  { indicator: 'gdp-growth', year: 2014, value: '8.5', unit: 'percent-per-annum', qualifier: 'exact', source: CHINA_DAILY_2015 },
  { indicator: 'gdp-growth', year: 2015, value: '8', unit: 'percent-per-annum', qualifier: 'exact', source: WORK_REPORT_2016 },
  { indicator: 'industrial-value-added', year: 2015, value: '120', unit: 'bn-yuan', qualifier: 'about', source: WORK_REPORT_2016 },
  { indicator: 'industrial-value-added-growth', year: 2015, value: '10', unit: 'percent-per-annum', qualifier: 'exact', source: WORK_REPORT_2016 },
  { indicator: 'gdp-energy-intensity-change', year: 2016, value: '-4.92', unit: 'percent', qualifier: 'exact', source: COMMUNIQUE_2016 },
  { indicator: 'rare-earth-industry-output-value', year: 2016, value: '15', unit: 'bn-yuan', qualifier: 'exact', source: SINA_2017 },
  { indicator: 'gdp-growth', year: 2017, value: '5.5', unit: 'percent-per-annum', qualifier: 'exact', source: COMMUNIQUE_2017 },
  { indicator: 'primary-sector-share', year: 2017, value: '3.2', unit: 'percent', qualifier: 'exact', source: COMMUNIQUE_2017 },
  { indicator: 'secondary-sector-share', year: 2017, value: '41.1', unit: 'percent', qualifier: 'exact', source: COMMUNIQUE_2017 },
  { indicator: 'tertiary-sector-share', year: 2017, value: '55.7', unit: 'percent', qualifier: 'exact', source: COMMUNIQUE_2017 },
  { indicator: 'gdp-growth', year: 2018, value: '6.8', unit: 'percent-per-annum', qualifier: 'exact', source: WORK_REPORT_2019 },
  { indicator: 'industrial-value-added-growth', year: 2018, value: '11', unit: 'percent-per-annum', qualifier: 'exact', source: WORK_REPORT_2019 },
  { indicator: 'strategic-emerging-industries-value-added-growth', year: 2019, janSep: true, value: '21.6', unit: 'percent-per-annum', qualifier: 'exact', source: BAOTOU_NEWS_2019 },
  { indicator: 'strategic-emerging-industries-share', year: 2019, janSep: true, value: '22.3', unit: 'percent', qualifier: 'exact', source: BAOTOU_NEWS_2019 },
  { indicator: 'pillar-industries-share', year: 2019, janSep: true, value: '68.9', unit: 'percent', qualifier: 'exact', source: BAOTOU_NEWS_2019 },
  { indicator: 'gdp-growth', year: 2019, value: '6', unit: 'percent-per-annum', qualifier: 'exact', source: WORK_REPORT_2020 },
  { indicator: 'gdp', year: 2020, value: '278.74', unit: 'bn-yuan', qualifier: 'exact', source: COMMUNIQUE_2020 },
  { indicator: 'gdp-growth', year: 2020, value: '3', unit: 'percent-per-annum', qualifier: 'exact', source: COMMUNIQUE_2020 },
  { indicator: 'secondary-sector-value-added', year: 2020, value: '115.3', unit: 'bn-yuan', qualifier: 'exact', source: COMMUNIQUE_2020 },
  { indicator: 'secondary-sector-value-added-growth', year: 2020, value: '9.8', unit: 'percent-per-annum', qualifier: 'exact', source: COMMUNIQUE_2020 },
  { indicator: 'industrial-value-added-growth', year: 2020, value: '11', unit: 'percent-per-annum', qualifier: 'exact', source: WORK_REPORT_2021 },
  { indicator: 'strategic-emerging-industries-share', year: 2021, span: true, value: '20', unit: 'percent', qualifier: 'exact', source: DAILY_2022 },
  { indicator: 'industrial-value-added-growth', year: 2021, span: true, value: '11.8', unit: 'percent-per-annum', qualifier: 'exact', source: DAILY_2022 },
];

const external = (o: Observation): ExternalSource | undefined => (o.source?.kind === 'external' ? o.source : undefined);

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

  it('refers only to indicators of the plan or of baotouReportedIndicators, in units that fit', () => {
    expect(baotouReported).toHaveLength(25);
    for (const o of baotouReported) {
      const indicator = indicators.get(o.indicator);
      expect(indicator, o.indicator).toBeDefined();
      expect(UNITS[o.unit ?? indicator!.unit].measure, o.indicator).toBe(UNITS[indicator!.unit].measure);
      expect((o.year === undefined) !== (o.period === undefined), o.indicator).toBe(true);
    }
  });

  it('defines no indicator twice', () => {
    const planIds = new Set(baotou13.indicators.map((i) => i.id));
    expect(baotouReportedIndicators.filter((i) => planIds.has(i.id))).toEqual([]);
    expect(new Set(baotouReportedIndicators.map((i) => i.id)).size).toBe(baotouReportedIndicators.length);
  });

  it('holds every figure as its publication gives it, with that publication as its source', () => {
    const used = new Set<Observation>();
    for (const row of PUBLISHED) {
      const what = `${row.indicator} ${row.year}: ${row.value}`;
      const matches = baotouReported.filter(
        (o) => o.indicator === row.indicator && o.value.toFixed() === row.value && (row.span ? o.period?.end : o.year) === row.year,
      );
      expect(matches, what).toHaveLength(1);
      const o = matches[0]!;
      used.add(o);
      expect([o.unit, o.qualifier ?? 'exact'], what).toEqual([row.unit, row.qualifier]);
      const source = external(o);
      expect([source?.url, source?.date, source?.confidence], what).toEqual([row.source.url, row.source.date, row.source.confidence]);
      expect(source?.publication, what).toContain(row.source.publisher);
      if (row.janSep) expect(o.note, what).toContain('January–September');
    }
    expect(used.size).toBe(baotouReported.length);
  });

  it('marks above-scale figures with their scope, and levels and growth rates with their price basis', () => {
    const scoped = baotouReported.filter((o) => o.definition?.scope?.includes(ABOVE_SCALE)).map((o) => [o.indicator, o.year ?? `${o.period?.start}-${o.period?.end}`]);
    expect(scoped).toEqual([
      ['industrial-value-added', 2012],
      ['industrial-value-added', 2015],
      ['industrial-value-added-growth', 2015],
      ['industrial-value-added-growth', 2018],
      ['strategic-emerging-industries-share', 2019],
      ['pillar-industries-share', 2019],
      ['industrial-value-added-growth', 2020],
      ['strategic-emerging-industries-share', '2017-2021'],
      ['industrial-value-added-growth', '2017-2021'],
    ]);
    const iva2015 = baotouReported.find((o) => o.indicator === 'industrial-value-added' && o.year === 2015);
    expect([iva2015?.value.toFixed(), iva2015?.qualifier, iva2015?.definition?.priceBasis]).toEqual(['120', 'about', 'current']);
    for (const o of baotouReported.filter((o) => indicators.get(o.indicator)?.kind === 'growth' && o.indicator !== 'industrial-energy-consumption-change')) {
      expect(o.definition?.priceBasis, o.indicator).toBe('comparable');
    }
  });
});

describe('sources of the embedded data', () => {
  it('give every publication other than the report its address and date', () => {
    const externals = [
      ...baotouReported.flatMap((o) => (o.source?.kind === 'external' ? [o.source] : [])),
      ...baotou13.commitments.flatMap((c) => c.sources.filter((s) => s.kind === 'external')),
    ] as ExternalSource[];
    expect(externals).toHaveLength(26);
    for (const source of externals) {
      expect(source.url, source.publication).toMatch(/^https?:\/\/\S+$/);
      expect(source.quote, source.publication).toBeDefined();
    }
    // Only the 2017 communiqué, read in a copy that does not show it, has no date.
    expect(externals.filter((s) => s.date === undefined).map((s) => s.publication)).toEqual([
      'Baotou statistical communiqué 2017 (包头市2017年国民经济和社会发展统计公报, 包头市统计局); the copy does not give its date',
      'Baotou statistical communiqué 2017 (包头市2017年国民经济和社会发展统计公报, 包头市统计局); the copy does not give its date',
      'Baotou statistical communiqué 2017 (包头市2017年国民经济和社会发展统计公报, 包头市统计局); the copy does not give its date',
      'Baotou statistical communiqué 2017 (包头市2017年国民经济和社会发展统计公报, 包头市统计局); the copy does not give its date',
    ]);
  });

  it('cite publications, never a file outside the package', () => {
    const cited = [...strings({ baotou13, baotouReported, baotouReportedIndicators })].filter(([, text]) => /DOMAIN\.md|STATISTICS\.md|reference\//.test(text));
    expect(cited).toEqual([]);
  });
});
