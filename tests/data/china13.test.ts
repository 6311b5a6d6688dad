/**
 * The national plan, `china13`: its structure against the counts published for the Outline,
 * and every target against the publication that quotes it (the figure, as the publication
 * writes it, is in the table below beside the address of the copy read).
 */
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as data from '../../src/data/index.js';
import { china13, china13Reported } from '../../src/data/index.js';
import { china13Literals } from '../../src/data/china13/index.js';
import { CHINA13_INDICATOR_IDS, CHINA13_TARGET_IDS } from '../../src/data/china13/ids.js';
import { checkIntegrity } from '../../src/plan/integrity.js';
import { indicator, target } from '../../src/plan/query.js';
import { definePlan } from '../../src/schema/define.js';
import { CONCEPTS, WORDINGS } from '../../src/vocabulary.js';
import { formatQuantity, quantity } from '../../src/index.js';

const SSN = 'http://finance.sina.com.cn/roll/2016-03-18/doc-ifxqnnkr9461229.shtml';
const CCTV = 'http://big5.cctv.com/gate/big5/english.cctv.cn/2016/05/01/VIDEiakSXkN0nNNOHQf845ep160501.shtml';
const GWR = 'http://010baizhang.com/news/2016-03/05/content_37943587.htm';
const GWR_ENV = 'http://news.youth.cn/gn/201603/t20160305_7705196.htm';
const GWR_RD = 'https://wokee.net/5367.html';
const REUTERS = 'http://aaj.tv/2016/03/facts-about-chinas-2016-2020-growth-plan/';
const XU = 'http://news.xnnews.com.cn/xwjj_1/201603/t20160307_519271.shtml';
const ECO = 'https://icbw.com.cn/thread-64618-1-322.html';
const S9 = 'https://m.zhishiwu.com/article/128268.html';
const S13 = 'https://hk01.com/中國/10584/聚焦兩會-十三五-擴社會保障網-養老保險將覆蓋九成人口';
const S18 = 'http://www.taiwan.cn/plzhx/dlgc/201610/t20161027_11605528.htm';
const S20 = 'https://yy.chazidian.com/show-224227';
const S22 = 'http://www.tongsukeji.cn/home/archive-19-492.html';
const S23 = 'https://www.nrdc.org/bio/alvin-lin/how-chinas-13th-five-year-plan-climate-and-energy-targets-accelerate-its-transition';
const S28 = 'http://os.tvboxnow.com/thread-3820162-1-289.html';
const S31 = 'http://kyfz.org.cn/show-2883.html';

/**
 * Every target: id, form, comparator, the source's word (if it has one the library knows), value
 * and unit, and the copy of the publication that quotes it. The values as the sources write them:
 * "超过92.7万亿元" (SSN), "年均增速要保持在6.5%以上" (SSN), "12万元/人以上" (SSN), "increase by 6.6
 * percent annually" (CCTV), "城镇化率要达到60%", "户籍人口城镇化率要达到45%", "提升至56%" (SSN),
 * "达到2.5%", "达到60%" (GWR), "from current 6.3 to 12" (CCTV), 70 % and 85 % (BDA, Q1 2018),
 * "6.5 percent or higher every year" (Reuters), "10.8年", "5000万人以上", "2000万套", "提高1岁"
 * (GWR), "5575万" (Xu Shaoshi), "九成" (HK01), 77.3 (People's Daily Overseas), 18.65亿亩 (Xinhua),
 * 3256万亩 (MLR), "下降23%、15%、18%", "23.04%" (GWR), 15 % (NRDC), 165亿立方米 (SFA), ">80",
 * "〔18〕", ">70", "<5" (eco-environment plan), −10, −10, −15, −15 % (MEE).
 */
const TARGETS: readonly (readonly [string, string, string, string | undefined, string, string, string])[] = [
  ['gdp-2020', 'level', 'atLeast', undefined, '927000', '100m-yuan', SSN],
  ['gdp-growth-2020', 'annual-average', 'atLeast', '以上', '6.5', 'percent-per-annum', SSN],
  ['labour-productivity-2020', 'level', 'atLeast', '以上', '12', '10k-yuan-per-person', SSN],
  ['labour-productivity-growth-2020', 'annual-average', 'atLeast', undefined, '6.6', 'percent-per-annum', CCTV],
  ['urbanisation-permanent-2020', 'level', 'atLeast', '达到', '60', 'percent', SSN],
  ['urbanisation-registered-2020', 'level', 'atLeast', '达到', '45', 'percent', SSN],
  ['services-share-2020', 'level', 'atLeast', undefined, '56', 'percent', SSN],
  ['rd-intensity-2020', 'level', 'atLeast', '达到', '2.5', 'percent', GWR_RD],
  ['invention-patents-per-10k-2020', 'level', 'atLeast', undefined, '12', 'count-per-10k-people', CCTV],
  ['science-technology-contribution-2020', 'level', 'atLeast', '达到', '60', 'percent', GWR_RD],
  ['fixed-broadband-household-penetration-2020', 'level', 'atLeast', undefined, '70', 'percent', S9],
  ['mobile-broadband-user-penetration-2020', 'level', 'atLeast', undefined, '85', 'percent', S9],
  ['disposable-income-growth-2020', 'annual-average', 'atLeast', undefined, '6.5', 'percent-per-annum', REUTERS],
  ['schooling-years-2020', 'level', 'atLeast', undefined, '10.8', 'years', GWR],
  ['new-urban-jobs-2020', 'cumulative', 'atLeast', '以上', '50000000', 'count', GWR],
  ['rural-poverty-reduction-2020', 'cumulative', 'atLeast', undefined, '55750000', 'count', XU],
  ['basic-pension-coverage-2020', 'level', 'atLeast', undefined, '90', 'percent', S13],
  ['shantytown-renovation-2020', 'cumulative', 'atLeast', undefined, '20000000', 'count', GWR],
  ['life-expectancy-2020', 'level', 'atLeast', undefined, '77.3', 'years', S18],
  ['life-expectancy-change-2020', 'change', 'atLeast', undefined, '1', 'years', GWR],
  ['arable-land-2020', 'level', 'atLeast', undefined, '18.65', '100m-mu', S20],
  ['new-construction-land-2020', 'cumulative', 'atMost', undefined, '3256', '10k-mu', S22],
  ['water-intensity-gdp-2020', 'relative-change', 'atMost', undefined, '-23', 'percent', GWR_ENV],
  ['energy-intensity-gdp-2020', 'relative-change', 'atMost', undefined, '-15', 'percent', GWR_ENV],
  ['non-fossil-energy-share-2020', 'level', 'atLeast', undefined, '15', 'percent', S23],
  ['co2-intensity-gdp-2020', 'relative-change', 'atMost', undefined, '-18', 'percent', GWR_ENV],
  ['forest-coverage-2020', 'level', 'atLeast', '达到', '23.04', 'percent', GWR_ENV],
  ['forest-stock-2020', 'level', 'atLeast', undefined, '165', '100m-cubic-metres', S28],
  ['good-air-days-share-2020', 'level', 'atLeast', undefined, '80', 'percent', ECO],
  ['pm25-non-attaining-cities-2020', 'relative-change', 'atMost', undefined, '-18', 'percent', ECO],
  ['surface-water-grade-iii-share-2020', 'level', 'atLeast', undefined, '70', 'percent', ECO],
  ['surface-water-below-grade-v-share-2020', 'level', 'atMost', undefined, '5', 'percent', ECO],
  ['cod-emissions-2020', 'relative-change', 'atMost', undefined, '-10', 'percent', S31],
  ['ammonia-nitrogen-emissions-2020', 'relative-change', 'atMost', undefined, '-10', 'percent', S31],
  ['so2-emissions-2020', 'relative-change', 'atMost', undefined, '-15', 'percent', S31],
  ['nox-emissions-2020', 'relative-change', 'atMost', undefined, '-15', 'percent', S31],
];

/**
 * The Outline's table as the reference counts it (Economic Daily, 2018-02-10: 25 main
 * indicators, 13 binding; Gao Huiqing, 2016-05-04: 33 with sub-indicators, 19 binding), row by
 * row: the indicator ids of each row's sub-indicators, its Chinese name as quoted, and its
 * nature ('?' for the five livelihood indicators of which two are binding, no source says which).
 */
const ROWS: readonly (readonly [number, readonly string[], string, 'A' | 'B' | '?'])[] = [
  [1, ['gdp'], '国内生产总值', 'A'],
  [2, ['labour-productivity'], '全员劳动生产率', 'A'],
  [3, ['urbanisation-permanent', 'urbanisation-registered'], '常住人口城镇化率', 'A'],
  [4, ['services-share'], '服务业增加值比重', 'A'],
  [5, ['rd-intensity'], 'R&D经费投入强度', 'A'],
  [6, ['invention-patents-per-10k'], '每万人口发明专利拥有量', 'A'],
  [7, ['science-technology-contribution'], '科技进步贡献率', 'A'],
  [8, ['fixed-broadband-household-penetration', 'mobile-broadband-user-penetration'], '固定宽带家庭普及率', 'A'],
  [9, ['disposable-income-growth'], '居民人均可支配收入增长', 'A'],
  [10, ['schooling-years'], '劳动年龄人口平均受教育年限', '?'],
  [11, ['new-urban-jobs'], '城镇新增就业', '?'],
  [12, ['rural-poverty-reduction'], '农村贫困人口脱贫', 'B'],
  [13, ['basic-pension-coverage'], '基本养老保险参保率', '?'],
  [14, ['shantytown-renovation'], '城镇棚户区住房改造', '?'],
  [15, ['life-expectancy'], '人均预期寿命', '?'],
  [16, ['arable-land'], '耕地保有量', 'B'],
  [17, ['new-construction-land'], '新增建设用地规模', 'B'],
  [18, ['water-intensity-gdp'], '万元GDP用水量', 'B'],
  [19, ['energy-intensity-gdp'], '单位GDP能源消耗', 'B'],
  [20, ['non-fossil-energy-share'], '非化石能源占一次能源消费比重', 'B'],
  [21, ['co2-intensity-gdp'], '单位GDP二氧化碳排放', 'B'],
  [22, ['forest-coverage', 'forest-stock'], '森林覆盖率', 'B'],
  [23, ['good-air-days-share', 'pm25-non-attaining-cities'], '地级及以上城市空气质量优良天数比率', 'B'],
  [24, ['surface-water-grade-iii-share', 'surface-water-below-grade-v-share'], '达到或好于III类水体比例', 'B'],
  [25, ['cod-emissions', 'ammonia-nitrogen-emissions', 'so2-emissions', 'nox-emissions'], '化学需氧量排放总量', 'B'],
];

const NATURE = { A: 'anticipatory', B: 'binding', '?': 'unspecified' } as const;

describe('china13: a plan definePlan accepts', () => {
  it('passes definePlan, as literals and as the plan itself, and equals the embedded plan', () => {
    expect(definePlan(china13Literals())).toEqual(china13);
    expect(definePlan(china13)).toEqual(china13); // its own Decimals, not strings
    expect(checkIntegrity(china13)).toEqual([]);
  });

  it('has only the sections it needs: no principles, layout, commitments, tasks, milestones or errata', () => {
    expect(Object.keys(china13Literals()).sort()).toEqual(['baseYear', 'document', 'facts', 'id', 'indicators', 'period', 'region', 'targets', 'title']);
    expect([china13.principles, china13.strategies, china13.goals, china13.layout, china13.commitments, china13.tasks, china13.milestones, china13.errata]).toEqual([[], [], [], [], [], [], [], []]);
    expect([china13.id, china13.period, china13.baseYear]).toEqual(['china13', { start: 2016, end: 2020 }, 2015]);
    expect(china13.document?.date).toBe('2016-03-17');
  });

  it('lists the ids of its indicators and targets in src/data/china13/ids.ts, in plan order', () => {
    expect(china13.indicators.map((i) => i.id)).toEqual([...CHINA13_INDICATOR_IDS]);
    expect(china13.targets.map((t) => t.id)).toEqual([...CHINA13_TARGET_IDS]);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(china13)).toBe(true);
    expect(Object.isFrozen(china13.targets[0]?.value)).toBe(true);
    expect(Object.isFrozen(china13.indicators[0]?.definition.notes)).toBe(true);
    expect(Object.isFrozen(china13Reported[0]?.source)).toBe(true);
  });

  it('is exported by the root and the data entries', () => {
    expect(root.china13).toBe(china13);
    expect(root.china13Reported).toBe(china13Reported);
    expect(data.china13).toBe(china13);
    expect(data.china13Reported).toBe(china13Reported);
  });
});

describe('china13: the 25 main indicators, 33 with sub-indicators', () => {
  it('has every row of the Outline’s table, 33 sub-indicators, and the growth rates of rows 1 and 2 beside their levels', () => {
    expect(ROWS).toHaveLength(25);
    const outline = ROWS.flatMap(([, ids]) => ids);
    expect(outline).toHaveLength(33);
    const ids = china13.indicators.map((i) => i.id);
    expect(ids.filter((id) => !outline.includes(id))).toEqual(['gdp-growth', 'labour-productivity-growth']);
    expect(indicator(china13, 'gdp-growth').growthOf).toBe('gdp');
    expect(indicator(china13, 'labour-productivity-growth').growthOf).toBe('labour-productivity');
  });

  it('gives each row its nature: 13 binding rows, 19 binding sub-indicators, of which 2 are unknown', () => {
    for (const [row, ids, , nature] of ROWS) {
      for (const id of ids) expect([row, id, indicator(china13, id as never).nature]).toEqual([row, id, NATURE[nature]]);
    }
    const binding = ROWS.filter(([, , , n]) => n === 'B');
    const unknown = ROWS.filter(([, , , n]) => n === '?');
    // 13 binding main indicators: 11 known and two of the five unknown ones.
    expect([binding.length, unknown.length, 11 + 2]).toEqual([11, 5, 13]);
    // 19 binding sub-indicators: 17 known and the same two.
    expect([binding.flatMap(([, ids]) => ids).length + 2]).toEqual([19]);
    for (const id of unknown.flatMap(([, ids]) => ids)) {
      expect(indicator(china13, id as never).definition.notes?.some((n) => n.includes('no source read says which two'))).toBe(true);
    }
  });

  it('gives the Chinese name of each row as quoted, and a Chinese name to every indicator', () => {
    for (const [, ids, zh] of ROWS) expect(indicator(china13, ids[0] as never).name.zh).toBe(zh);
    expect(china13.indicators.filter((i) => i.name.zh === undefined)).toEqual([]);
  });

  it('gives every indicator a concept of the vocabulary, its own id', () => {
    for (const i of china13.indicators) {
      expect(CONCEPTS).toContain(i.concept);
      expect(i.concept).toBe(i.id);
    }
  });

  it('puts GDP in 亿元 and the new measures in their own units', () => {
    expect(
      ['gdp', 'labour-productivity', 'invention-patents-per-10k', 'schooling-years', 'arable-land', 'new-construction-land', 'forest-stock', 'co2-intensity-gdp', 'pm25-non-attaining-cities', 'cod-emissions'].map(
        (id) => indicator(china13, id as never).unit,
      ),
    ).toEqual(['100m-yuan', '10k-yuan-per-person', 'count-per-10k-people', 'years', '100m-mu', '10k-mu', '100m-cubic-metres', 'tonne-per-10k-yuan', 'microgram-per-cubic-metre', '10k-tonnes']);
  });

  it('writes its new measures in both languages (10⁸ mu = 100 million mu; 10⁸ m³ = 0.1 billion m³)', () => {
    const cases = [
      ['10.8', 'years', '10.8 years', '10.8年'],
      ['12', 'count-per-10k-people', '12 per 10,000 people', '每万人12'],
      ['18.65', '100m-mu', '1,865 million mu', '18.65 亿亩'],
      ['165', '100m-cubic-metres', '16.5 billion cubic metres', '165 亿立方米'],
      ['3256', '10k-mu', '32.56 million mu', '3,256 万亩'],
      ['117746', 'yuan-per-person', '117,746 yuan per person', '11.7746 万元/人'],
    ] as const;
    for (const [value, unit, en, zh] of cases) {
      expect([formatQuantity(quantity(value, unit)), formatQuantity(quantity(value, unit), { locale: 'zh-CN' })]).toEqual([en, zh]);
    }
  });

  it('states growth at comparable prices, and the level targets’ price basis as not stated, with the reason', () => {
    expect(indicator(china13, 'gdp-growth').definition.priceBasis).toBe('comparable');
    expect(indicator(china13, 'labour-productivity-growth').definition.priceBasis).toBe('comparable');
    expect(indicator(china13, 'gdp').definition.priceBasis).toBeUndefined();
    expect(indicator(china13, 'gdp').definition.notes?.join(' ')).toContain('67.7 × 1.065⁵ ≈ 92.75');
  });

  it('records the counts of the Outline’s table as facts, with their sources', () => {
    expect(china13.facts.map((f) => [f.id, f.value?.toFixed()])).toEqual([
      ['main-indicators', '25'],
      ['binding-main-indicators', '13'],
      ['sub-indicators', '33'],
      ['binding-sub-indicators', '19'],
    ]);
    expect(china13.facts.map((f) => (f.source.kind === 'external' ? f.source.url : ''))).toEqual([
      'http://www.gov.cn/xinwen/2018-02/10/content_5265519.htm',
      'http://www.gov.cn/xinwen/2018-02/10/content_5265519.htm',
      'http://m.mwxk.net.cn/info/guonei/2016-5-4/1052950.aspx',
      'http://m.mwxk.net.cn/info/guonei/2016-5-4/1052950.aspx',
    ]);
  });
});

describe('china13: the targets', () => {
  it('has every target with its form, comparator, wording, value, unit and the publication quoting it', () => {
    expect(china13.targets).toHaveLength(TARGETS.length);
    for (const [id, form, comparator, wording, value, unit, url] of TARGETS) {
      const t = target(china13, id as never);
      const source = t.source.kind === 'external' ? [t.source.url, t.source.confidence] : [];
      expect([id, t.form, t.comparator, t.wording, t.value.toFixed(), t.unit, ...source]).toEqual([id, form, comparator, wording, value, unit, url, 'secondary']);
    }
  });

  it('runs every target but the levels over 2016–2020, for 2020', () => {
    for (const t of china13.targets) {
      expect(t.year).toBe(2020);
      expect(t.period).toEqual(t.form === 'level' ? undefined : { start: 2016, end: 2020 });
    }
  });

  it('uses only wordings whose reading is the comparator, and explains every ">" or "<" of the table', () => {
    for (const t of china13.targets) {
      if (t.wording !== undefined) expect(WORDINGS[t.wording].comparator).toBe(t.comparator);
    }
    const table = china13.targets.filter((t) => t.note?.includes('The Outline’s table writes')).map((t) => t.id);
    expect(table).toEqual([
      'gdp-2020',
      'labour-productivity-growth-2020',
      'disposable-income-growth-2020',
      'new-construction-land-2020',
      'good-air-days-share-2020',
      'surface-water-grade-iii-share-2020',
      'surface-water-below-grade-v-share-2020',
    ]);
  });

  it('writes a relative change in percent, a change and a five-year sum in the indicator’s unit', () => {
    for (const t of china13.targets) {
      const i = indicator(china13, t.indicator);
      if (t.form === 'relative-change') expect([t.id, t.unit, i.direction]).toEqual([t.id, 'percent', 'decrease']);
      if (t.form === 'change' || t.form === 'cumulative') expect([t.id, t.unit]).toEqual([t.id, i.unit]);
      if (t.form === 'annual-average') expect([t.id, t.unit]).toEqual([t.id, 'percent-per-annum']);
    }
  });

  it('gives every target a note', () => {
    expect(china13.targets.filter((t) => t.note === undefined || t.note.length < 10).map((t) => t.id)).toEqual([]);
  });
});
