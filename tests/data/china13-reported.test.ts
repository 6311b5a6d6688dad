/**
 * The figures reported against the national plan, `china13Reported`: every figure against the
 * publication it is read from (the value as the publication writes it is in the table, beside
 * the address of the copy read), the codes of the sources carried as SDMX allows, the
 * disagreements kept, and the unknowns left unknown.
 */
import { describe, expect, it } from 'vitest';
import { china13, china13Reported } from '../../src/data/index.js';
import type { Observation } from '../../src/plan/types.js';

const url = (o: Observation): string | undefined => (o.source?.kind === 'external' ? o.source.url : undefined);
const when = (o: Observation): string => (o.year !== undefined ? String(o.year) : `${o.period?.start}–${o.period?.end}`);
const of = (id: string, at: string): Observation[] => china13Reported.filter((o) => o.indicator === id && when(o) === at);

/**
 * Every figure: indicator, year or span, value and unit as published, status, qualifier, and
 * the copy read. As the publications write them: "国内生产总值达到67.7万亿元,增长6.9% …
 * 服务业…比重上升到50.5%" (2016 Government Work Report); "从2015年的8.7万元/人" (Shanghai
 * Securities News); "56.1 percent last year", "76.7 percent in 2015" (Reuters); 2.06 (MOST);
 * "current 6.3", "current 55.3 percent" (CCTV); 56.6 − 16.6 and 63.8 − 6.8 (BDA, Q2 2016);
 * "10.23年" (GWR); 76.34 (SCIO); "about 12" (NEA); 21.66 (Han Changfu); 76.7, 66, 9.7
 * (eco-environment plan); 151.37 (8th forest inventory); 42.35 (China News Service); 6.5 for
 * 2016–2019 (Ning Jizhe); 2157万套 started 2016–2019 (People's Daily); 77.3 in 2019 (SCIO);
 * 19.18亿亩 (3rd land survey); −18.2, −23.1, −11.5, −11.9, −22.5, −16.3 by 2019 (MEE);
 * "1015986亿元 … 增长2.3% … 54.5% … 117746元/人 … 提高2.5%" (NBS communiqué on 2020); "60%以上",
 * "45.4%" (NDRC); 2.40, 15.8 (CCTV on the communiqué); "over 60" (MOST); 91.5, over 96 (MIIT);
 * 10.8 (MoE) and 11.21 − 0.46 (NBS, 2025); over 6000万 by October 2020 (MOHRSS); all the poor
 * lifted out (S39), the 5575万 of the target; over 90 (S15);
 * over 2300万 by August 2020 (People's Daily); 77.93 (14th FYP health plan); about −12
 * (Enerdata); 15.9 (NEA) and 15.4 (TechNode); −18.8 and −28.8 (the Minister, 2021-08-18);
 * 23.04 and over 175亿立方米 (NFGA); 87.0, 83.4, 0.6 (MEE bulletin 2020); −25.5, −19.7 (S42).
 */
const FIGURES: readonly (readonly [string, string, string, string, string, string, string])[] = [
  ['gdp', '2015', '677000', '100m-yuan', 'A', 'about', 'http://gaokao.eol.cn/huodong/yszd/201603/t20160307_1372790.shtml'],
  ['gdp-growth', '2015', '6.9', 'percent-per-annum', 'A', 'exact', 'http://gaokao.eol.cn/huodong/yszd/201603/t20160307_1372790.shtml'],
  ['labour-productivity', '2015', '8.7', '10k-yuan-per-person', 'A', 'exact', 'http://finance.sina.com.cn/roll/2016-03-18/doc-ifxqnnkr9461229.shtml'],
  ['urbanisation-permanent', '2015', '56.1', 'percent', 'A', 'exact', 'http://aaj.tv/2016/03/facts-about-chinas-2016-2020-growth-plan/'],
  ['services-share', '2015', '50.5', 'percent', 'A', 'exact', 'http://gaokao.eol.cn/huodong/yszd/201603/t20160307_1372790.shtml'],
  ['rd-intensity', '2015', '2.06', 'percent', 'A', 'exact', 'http://ttokpm.com/d/1340566.html'],
  ['invention-patents-per-10k', '2015', '6.3', 'count-per-10k-people', 'A', 'exact', 'http://big5.cctv.com/gate/big5/english.cctv.cn/2016/05/01/VIDEiakSXkN0nNNOHQf845ep160501.shtml'],
  ['science-technology-contribution', '2015', '55.3', 'percent', 'A', 'exact', 'http://big5.cctv.com/gate/big5/english.cctv.cn/2016/05/01/VIDEiakSXkN0nNNOHQf845ep160501.shtml'],
  ['fixed-broadband-household-penetration', '2015', '40', 'percent', 'E', 'exact', 'http://jsbuxiugang.com/html/2016-08/183583.html'],
  ['mobile-broadband-user-penetration', '2015', '57', 'percent', 'E', 'exact', 'http://jsbuxiugang.com/html/2016-08/183583.html'],
  ['schooling-years', '2015', '10.23', 'years', 'A', 'exact', 'http://010baizhang.com/news/2016-03/05/content_37943587.htm'],
  ['life-expectancy', '2015', '76.34', 'years', 'A', 'exact', 'http://007007.info/news/4749.html'],
  ['non-fossil-energy-share', '2015', '12', 'percent', 'E', 'about', 'http://www.biz8848.com/news/show.php?itemid=38534'],
  ['forest-coverage', '2015', '21.66', 'percent', 'A', 'exact', 'http://ecns.cn/2016/12-24/238874.shtml'],
  ['good-air-days-share', '2015', '76.7', 'percent', 'A', 'exact', 'https://icbw.com.cn/thread-64618-1-322.html'],
  ['surface-water-grade-iii-share', '2015', '66', 'percent', 'A', 'exact', 'https://icbw.com.cn/thread-64618-1-322.html'],
  ['surface-water-below-grade-v-share', '2015', '9.7', 'percent', 'A', 'exact', 'https://icbw.com.cn/thread-64618-1-322.html'],
  ['forest-stock', '2013', '151.37', '100m-cubic-metres', 'A', 'exact', 'http://news.hebei.com.cn/system/2014/02/25/013235434.shtml'],
  ['urbanisation-registered', '2017', '42.35', 'percent', 'A', 'exact', 'http://lunwentd.com/webdiceng.php?id=124810'],
  ['disposable-income-growth', '2016–2019', '6.5', 'percent-per-annum', 'A', 'exact', 'https://export.shobserver.com/zaker/html/305709.html'],
  ['shantytown-renovation', '2016–2019', '21570000', 'count', 'A', 'exact', 'http://anyinhouse.com/news/34/2020101985009.html'],
  ['life-expectancy', '2019', '77.3', 'years', 'A', 'exact', 'http://007007.info/news/4749.html'],
  ['arable-land', '2019', '19.18', '100m-mu', 'B', 'exact', 'https://en.theorychina.org.cn/c/2021-12-01/1425919.shtml'],
  ['co2-intensity-gdp', '2016–2019', '-18.2', 'percent', 'A', 'exact', 'http://kyfz.org.cn/show-2883.html'],
  ['pm25-non-attaining-cities', '2016–2019', '-23.1', 'percent', 'A', 'exact', 'http://kyfz.org.cn/show-2883.html'],
  ['cod-emissions', '2016–2019', '-11.5', 'percent', 'A', 'exact', 'http://kyfz.org.cn/show-2883.html'],
  ['ammonia-nitrogen-emissions', '2016–2019', '-11.9', 'percent', 'A', 'exact', 'http://kyfz.org.cn/show-2883.html'],
  ['so2-emissions', '2016–2019', '-22.5', 'percent', 'A', 'exact', 'http://kyfz.org.cn/show-2883.html'],
  ['nox-emissions', '2016–2019', '-16.3', 'percent', 'A', 'exact', 'http://kyfz.org.cn/show-2883.html'],
  ['gdp', '2020', '1015986', '100m-yuan', 'P', 'exact', 'https://hkcd.com/content/2021-02/28/content_1251748.html'],
  ['gdp-growth', '2020', '2.3', 'percent-per-annum', 'P', 'exact', 'https://hkcd.com/content/2021-02/28/content_1251748.html'],
  ['labour-productivity', '2020', '117746', 'yuan-per-person', 'E', 'exact', 'https://hkcd.com/content/2021-02/28/content_1251748.html'],
  ['labour-productivity-growth', '2020', '2.5', 'percent-per-annum', 'E', 'exact', 'https://hkcd.com/content/2021-02/28/content_1251748.html'],
  ['urbanisation-permanent', '2020', '60', 'percent', 'A', 'moreThan', 'http://baokang.cjyun.org/p/30127.html'],
  ['urbanisation-registered', '2020', '45.4', 'percent', 'A', 'exact', 'http://baokang.cjyun.org/p/30127.html'],
  ['services-share', '2020', '54.5', 'percent', 'P', 'exact', 'https://hkcd.com/content/2021-02/28/content_1251748.html'],
  ['rd-intensity', '2020', '2.4', 'percent', 'P', 'exact', 'http://guanlingzc.com/newslist/50.html'],
  ['invention-patents-per-10k', '2020', '15.8', 'count-per-10k-people', 'P', 'exact', 'http://guanlingzc.com/newslist/50.html'],
  ['science-technology-contribution', '2020', '60', 'percent', 'E', 'moreThan', 'https://appimg.modaily.cn/app/szb/pc/content/202102/27/content_103386.html'],
  ['fixed-broadband-household-penetration', '2020', '91.5', 'percent', 'A', 'exact', 'https://tsjiaqi.com/NewsDetail.aspx?id=64702'],
  ['mobile-broadband-user-penetration', '2020', '96', 'percent', 'A', 'moreThan', 'https://tsjiaqi.com/NewsDetail.aspx?id=64702'],
  ['schooling-years', '2020', '10.8', 'years', 'A', 'exact', 'https://e-chinaedu.cn/html/edunews/2021/yaowen_0401/51879.shtml'],
  ['schooling-years', '2020', '10.75', 'years', 'E', 'exact', 'http://61.152.230.22/news,cjpl,56388762.html'],
  ['new-urban-jobs', '2016-01–2020-10', '60000000', 'count', 'A', 'moreThan', 'http://apecsme.org/jiameng/2020102925930.html'],
  ['rural-poverty-reduction', '2016–2020', '55750000', 'count', 'E', 'exact', 'https://scholarmate.com/S/sSq8v9'],
  ['basic-pension-coverage', '2020', '90', 'percent', 'A', 'moreThan', 'https://www.jqknews.com/news/615830-Pension_reform_covering_1_billion_people_accelerates_the_establishment_of_the_worlds_largest_social_security_system.html'],
  ['shantytown-renovation', '2016-01–2020-08', '23000000', 'count', 'A', 'moreThan', 'http://anyinhouse.com/news/34/2020101985009.html'],
  ['life-expectancy', '2020', '77.93', 'years', 'A', 'exact', 'https://hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/772723/%E5%8D%81%E5%9B%9B%E4%BA%94-%E5%9C%8B%E6%B0%91%E5%81%A5%E5%BA%B7%E8%A6%8F%E5%8A%83%E5%85%AC%E4%BD%88-%E6%8F%90%E5%87%BA%E4%B8%AD%E5%9C%8B%E4%BA%BA%E5%9D%87%E9%A0%90%E6%9C%9F%E5%A3%BD%E5%91%BD%E5%B0%87%E9%81%9480%E6%AD%B2%E4%BB%A5%E4%B8%8A'],
  ['energy-intensity-gdp', '2016–2020', '-12', 'percent', 'E', 'about', 'https://wognews.net/news/2022/1/chinas-energy-intensity-reduction?lang=en'],
  ['non-fossil-energy-share', '2020', '15.9', 'percent', 'A', 'exact', 'http://hkjlm.com/n2/2021/0708/c378296-34810508.html'],
  ['non-fossil-energy-share', '2020', '15.4', 'percent', 'A', 'exact', 'https://technode.com/2022/06/02/china-aims-to-have-33-of-power-come-from-renewable-by-2025/'],
  ['co2-intensity-gdp', '2016–2020', '-18.8', 'percent', 'A', 'exact', 'http://bbs.jinbaonet.com/bbs/2021/0819/200029904.html'],
  ['forest-coverage', '2020', '23.04', 'percent', 'A', 'exact', 'http://fc.zgjrw.com/kx/2021/0127/7080.html'],
  ['forest-stock', '2020', '175', '100m-cubic-metres', 'A', 'moreThan', 'http://fc.zgjrw.com/kx/2021/0127/7080.html'],
  ['good-air-days-share', '2020', '87', 'percent', 'A', 'exact', 'http://www.sf850.com/news/321298.html'],
  ['pm25-non-attaining-cities', '2016–2020', '-28.8', 'percent', 'A', 'exact', 'http://bbs.jinbaonet.com/bbs/2021/0819/200029904.html'],
  ['surface-water-grade-iii-share', '2020', '83.4', 'percent', 'A', 'exact', 'http://www.sf850.com/news/321298.html'],
  ['surface-water-below-grade-v-share', '2020', '0.6', 'percent', 'A', 'exact', 'http://www.sf850.com/news/321298.html'],
  ['so2-emissions', '2016–2020', '-25.5', 'percent', 'A', 'exact', 'https://www.wendang.net/wd/454205.html'],
  ['nox-emissions', '2016–2020', '-19.7', 'percent', 'A', 'exact', 'https://www.wendang.net/wd/454205.html'],
];

describe('china13Reported: every figure with its source', () => {
  it('has each figure as the publication gives it, with its status and qualifier', () => {
    expect(china13Reported.map((o) => [o.indicator, when(o), o.value.toFixed(), o.unit, o.status, o.qualifier, url(o)])).toEqual(FIGURES);
  });

  it('measures only indicators of china13, each source a dated publication read in a copy (secondary)', () => {
    const ids = china13.indicators.map((i) => i.id as string);
    for (const o of china13Reported) {
      expect(ids).toContain(o.indicator);
      expect(o.source?.kind).toBe('external');
      if (o.source?.kind === 'external') {
        expect(o.source.confidence).toBe('secondary');
        expect(o.source.publication.length).toBeGreaterThan(10);
        expect(o.source.quote?.length ?? 0).toBeGreaterThan(10);
      }
    }
  });
});

describe('china13Reported: what the sources’ codes become', () => {
  it('marks derived figures (D) status E with a note saying how they were derived', () => {
    const derived = china13Reported.filter((o) => o.note?.startsWith('Derived (D)'));
    expect(derived.map((o) => [o.indicator, when(o), o.status])).toEqual([
      ['fixed-broadband-household-penetration', '2015', 'E'],
      ['mobile-broadband-user-penetration', '2015', 'E'],
      ['schooling-years', '2020', 'E'],
      ['rural-poverty-reduction', '2016–2020', 'E'],
    ]);
    expect(derived.map((o) => o.note?.match(/gives ([0-9.]+ − [0-9.]+ = [0-9.]+)/)?.[1])).toEqual(['56.6 − 16.6 = 40', '63.8 − 6.8 = 57', '11.21 − 0.46 = 10.75', undefined]);
    // "all lifted out" (S39) is the whole of the 55.75 million of the end of 2015 that the target names
    expect(of('rural-poverty-reduction', '2016–2020')[0]?.note).toContain('all 55.75 million (5,575 × 10⁴) of the end of 2015');
  });

  it('says which figures rest on a single secondary source (S)', () => {
    const single = china13Reported.filter((o) => o.note?.includes('Single secondary source (S)'));
    expect(single.map((o) => [o.indicator, when(o)])).toEqual([
      ['rural-poverty-reduction', '2016–2020'],
      ['basic-pension-coverage', '2020'],
      ['energy-intensity-gdp', '2016–2020'],
      ['non-fossil-energy-share', '2020'],
      ['so2-emissions', '2016–2020'],
      ['nox-emissions', '2016–2020'],
    ]);
  });

  it('marks preliminary figures (初步核算) P and the new basis of the third land survey B', () => {
    expect(of('gdp', '2020')[0]?.status).toBe('P');
    expect(of('arable-land', '2019')[0]?.status).toBe('B');
  });
});

describe('china13Reported: the disagreements kept, the unknowns left unknown', () => {
  it('keeps both non-fossil shares of 2020, 15.9 and 15.4', () => {
    expect(of('non-fossil-energy-share', '2020').map((o) => o.value.toFixed())).toEqual(['15.9', '15.4']);
  });

  it('keeps life expectancy of 2019 (77.3) and of 2020 (77.93) apart, saying why', () => {
    expect(of('life-expectancy', '2019')[0]?.value.toFixed()).toBe('77.3');
    expect(of('life-expectancy', '2020')[0]?.value.toFixed()).toBe('77.93');
    expect(of('life-expectancy', '2019')[0]?.note).toContain('also give 77.3 for the end of the 13th FYP');
  });

  it('keeps the other basis of the broadband figures in the notes (2015 = 52.6 and 57.4)', () => {
    expect(of('fixed-broadband-household-penetration', '2020')[0]?.note).toContain('52.6 %');
    expect(of('mobile-broadband-user-penetration', '2020')[0]?.note).toContain('57.4 %');
  });

  it('has no 2015 value of registered urbanisation, pension coverage or arable land, and says so', () => {
    for (const id of ['urbanisation-registered', 'basic-pension-coverage', 'arable-land'] as const) {
      expect(of(id, '2015')).toEqual([]);
      expect(china13.indicators.find((i) => i.id === id)?.definition.notes?.join(' ')).toContain('2015 value was not found');
    }
  });
});
