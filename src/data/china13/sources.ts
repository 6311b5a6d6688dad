/**
 * The publications `china13` and `china13Reported` cite: the table of main indicators of the
 * Outline of the 13th Five-Year Plan (专栏1) was not found in any copy read, so every figure of
 * the plan comes from a publication that quotes it (the 2016 Government Work Report, news
 * reports of the draft and of the Outline, the plans of ministries that repeat its targets),
 * and every figure reported since from the statement or report that gives it. Every source here
 * was read in a copy (a reproduction or a mirror of the publisher's page), so every confidence
 * is `'secondary'`. A `quote` is the passage relied on in the publication's words, or, marked
 * "(summary)", what it says.
 *
 * @internal
 * @module
 */
import { publication } from '../baotou13/sources.js';
import type { SourceDocumentInput } from '../baotou13/types.js';

/** The Outline itself, which every figure of `china13` is read from at one remove. */
export const document: SourceDocumentInput = {
  title: '中华人民共和国国民经济和社会发展第十三个五年规划纲要 (Outline of the 13th Five-Year Plan for National Economic and Social Development of the People’s Republic of China)',
  date: '2016-03-17',
  publisher: 'State media (full text released on 2016-03-17, after its approval by the National People’s Congress)',
  language: 'zh',
  notes: [
    'The date is that of the release of the full text, as the Shanghai Securities News (2016-03-18: 昨日,“十三五”规划纲要全文发布) and The Economist Intelligence Unit (“released on March 17th by state media”) report it.',
    'The Outline’s table of main indicators (专栏1) was not found in any copy read. Each figure is cited from a publication that quotes it; where none was found (three 2015 values, which two of five livelihood indicators are binding), the data say so instead of giving a value.',
    'The table writes floors and ceilings as ">" and "<" (">6.5", "<5"). By the convention of Chinese plans they stand for 以上 and 以下, which include the figure (Civil Code of the PRC, 2020, art. 1259), and are read as atLeast and atMost; each such target says so in its note.',
    'Figures in brackets in the table ("[3.9]") are sums or changes over the five years 2016–2020; targets of that form carry `form` and `period` (2016–2020, from the base year 2015).',
  ],
};

// ---- the targets: the 2016 Government Work Report and reports of the draft and the Outline ----

/** China.org.cn's report of the 2016 Government Work Report, the livelihood targets (S1). */
export const WORK_REPORT_2016 = /* @__PURE__ */ publication(
  '2016 Government Work Report (政府工作报告, Li Keqiang, 2016-03-05), as reported by China.org.cn (中国网), read in a mirror in traditional characters',
  '2016-03-05',
  'http://010baizhang.com/news/2016-03/05/content_37943587.htm',
  '实现城镇新增就业5000万人以上 … 劳动年龄人口平均受教育年限从10.23年提高到10.8年 … 城镇棚户区住房改造2000万套 … 人均预期寿命提高1岁 (at least 50 million new urban jobs; schooling of the working-age population from 10.23 to 10.8 years; 20 million shantytown dwellings rebuilt; life expectancy up 1 year)',
);
/** The 2016 Government Work Report's environment targets, China Youth Net. */
export const WORK_REPORT_2016_ENVIRONMENT = /* @__PURE__ */ publication(
  '2016 Government Work Report (政府工作报告, Li Keqiang, 2016-03-05), the environment passage, as reported by China Youth Net (中国青年网)',
  '2016-03-05',
  'http://news.youth.cn/gn/201603/t20160305_7705196.htm',
  '今后五年,单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%,森林覆盖率达到23.04% … 地级及以上城市空气质量优良天数比率超过80% (over the next five years, water use, energy use and CO₂ emissions per unit of GDP down 23 %, 15 % and 18 %; forest coverage 23.04 %; good-air days in cities at prefecture level and above over 80 %)',
);
/** The 2016 Government Work Report's review of 2015, a copy of the gov.cn full text. */
export const WORK_REPORT_2016_REVIEW = /* @__PURE__ */ publication(
  '2016 Government Work Report (政府工作报告, Li Keqiang), full text after gov.cn (中国政府网), as copied by China Education Online (中国教育在线)',
  '2016-03-07',
  'http://gaokao.eol.cn/huodong/yszd/201603/t20160307_1372790.shtml',
  '国内生产总值达到67.7万亿元,增长6.9% … 服务业在国内生产总值中的比重上升到50.5% (GDP reached 67.7 trillion yuan in 2015, up 6.9 %; services reached 50.5 % of GDP)',
);
/** A summary of the 2016 Government Work Report's innovation targets, on a blog. */
export const WORK_REPORT_2016_INNOVATION = /* @__PURE__ */ publication(
  '2016 Government Work Report (政府工作报告, Li Keqiang, 2016-03-05), as summarised on wokee.net (a blog; it writes 研发经济 for 研发经费)',
  '2016-03-05',
  'https://wokee.net/5367.html',
  '到2020年,力争全社会研发经济投入强度达到2.5%,科技进步对经济增长的贡献率达到60% (by 2020, R&D spending at 2.5 % of GDP; the contribution of scientific and technological progress to growth at 60 %)',
);
/** The Shanghai Securities News on the Outline's full text: 25 indicators, the economic ones. */
export const OUTLINE_SSN = /* @__PURE__ */ publication(
  'Shanghai Securities News (上海证券报, 梁敏) on the full text of the Outline, on Sina Finance (新浪财经)',
  '2016-03-18',
  'http://finance.sina.com.cn/roll/2016-03-18/doc-ifxqnnkr9461229.shtml',
  '纲要中明确了一系列指标,共涉及经济发展、创新驱动、民生福祉和资源环境4大类25项指标 … GDP年均增速要保持在6.5%以上,到2020年经济总量要超过92.7万亿元 … 全员劳动生产率要从2015年的8.7万元/人提升至12万元/人以上;常住人口城镇化率要达到60%,户籍人口城镇化率要达到45%;服务业占GDP比重则要从2015年的50.5%进一步提升至56% (25 indicators in 4 groups; GDP growth 6.5 % a year or more and GDP over 92.7 trillion yuan by 2020; labour productivity from 87,000 yuan per person in 2015 to 120,000 or more; urbanisation 60 %, registered 45 %; services from 50.5 % of GDP to 56 %)',
);
/** CCTV News on the draft's innovation and productivity targets. */
export const OUTLINE_CCTV = /* @__PURE__ */ publication(
  'CCTV News (English), first episode of a series on the 13th Five-Year Plan, read in a copy on big5.cctv.com',
  '2016-05-01',
  'http://big5.cctv.com/gate/big5/english.cctv.cn/2016/05/01/VIDEiakSXkN0nNNOHQf845ep160501.shtml',
  "China's current per capita labor productivity is 87 thousand yuan. This will increase by 6.6 percent annually to finally reach over 120 thousand yuan by 2020. … The number of patents per ten thousand people will have increased by nearly 100 percent, from current 6.3 to 12 … The contribution of scientific and technological advances toward economic growth is expected to grow from current 55.3 percent to 60",
);
/** Reuters' list of the draft's main targets. */
export const OUTLINE_REUTERS = /* @__PURE__ */ publication(
  "Reuters (news report): \"Facts about China's 2016-2020 growth plan\", on the draft of 2016-03-05, read in a copy on aaj.tv",
  '2016-03',
  'http://aaj.tv/2016/03/facts-about-chinas-2016-2020-growth-plan/',
  'City air quality to be rated “good” or better at least 80 percent of the time by 2020, up from 76.7 percent in 2015. … To boost per capita disposable income by 6.5 percent or higher every year. … Permanent urban residents to make up 60 percent of China’s total population by 2020, up from 56.1 percent last year.',
);
/** Xinhua on Xu Shaoshi's press conference: the poor still to be lifted out. */
export const XU_SHAOSHI_2016 = /* @__PURE__ */ publication(
  'Xinhua (news report) on a press conference of Xu Shaoshi (徐绍史, NDRC) of 2016-03-06, as carried by Xianning News (咸宁新闻网)',
  '2016-03-07',
  'http://news.xnnews.com.cn/xwjj_1/201603/t20160307_519271.shtml',
  '“十三五”期间需要脱贫人数则降为5575万 … 劳动年龄人口平均受教育年限提高到10.8年 … 人均预期寿命在“十三五”期间要提高1岁 (55.75 million to be lifted out of poverty in the 13th FYP; schooling up to 10.8 years; life expectancy up 1 year over the 13th FYP)',
);
/** The 13th FYP plan for ecological and environmental protection, table 1 (专栏1). */
export const ECO_PLAN = /* @__PURE__ */ publication(
  '13th Five-Year Plan for ecological and environmental protection (“十三五”生态环境保护规划, State Council), table 1 (专栏1“十三五”生态环境保护主要指标), read in a forum copy that does not give the date',
  undefined,
  'https://icbw.com.cn/thread-64618-1-322.html',
  '地级及以上城市空气质量优良天数比率(%) 76.7 >80 约束性;细颗粒物未达标地级及以上城市浓度下降(%) 〔18〕 约束性;地表水质量达到或好于Ⅲ类水体比例(%) 66 >70 约束性;地表水质量劣Ⅴ类水体比例(%) 9.7 <5 约束性 (good-air days 76.7 % in 2015, >80 % in 2020; PM2.5 in non-attaining cities −18 % over five years; surface water Grade III or better 66 → >70 %; worse than Grade V 9.7 → <5 %; all binding)',
);

// ---- the sources of the reference list (S1–S46), by their number ----

/** S2: Economic Daily via gov.cn: 25 main indicators, 13 binding. */
export const S2 = /* @__PURE__ */ publication(
  'Economic Daily (经济日报), reproduced on gov.cn',
  '2018-02-10',
  'http://www.gov.cn/xinwen/2018-02/10/content_5265519.htm',
  '(summary) The Outline has 25 main indicators, 13 of them binding (约束性).',
);
/** S3: Gao Huiqing: 33 sub-indicators, 19 binding. */
export const S3 = /* @__PURE__ */ publication(
  'Interview with Gao Huiqing (高辉清), read in a copy',
  '2016-05-04',
  'http://m.mwxk.net.cn/info/guonei/2016-5-4/1052950.aspx',
  '(summary) 4 economic, 4 innovation, 7 livelihood and 10 resource and environment indicators; 33 with their sub-indicators, 19 of them binding.',
);
/** S4: Hu Angang: the binding indicators are in livelihood and environment. */
export const S4 = /* @__PURE__ */ publication('Hu Angang (胡鞍钢), read in a copy', '2016-03-11', 'http://www.rznews.cn/viscms/2251/20160311/290815.html', '(summary) All 13 binding indicators are in the livelihood and the resource and environment groups.');
/** S5: Wu Xiaoqing: all resource and environment indicators are binding. */
export const S5 = /* @__PURE__ */ publication('Report quoting Wu Xiaoqing (吴晓青), read in a copy', '2016-03', 'https://www.szkrl.net/news/107.html', '(summary) All 10 resource and environment indicators are binding.');
/** S6: NDRC (Meng Wei), urbanisation in 2020. */
export const S6 = /* @__PURE__ */ publication(
  'China News Service (中新网) on the NDRC press conference of 2021-04-19 (孟玮), read in a copy',
  '2021-04-19',
  'http://baokang.cjyun.org/p/30127.html',
  '2020年底,常住人口城镇化率提高到60%以上、户籍人口城镇化率提高到45.4% (end of 2020: urbanisation of permanent residents over 60 %, of registered residents 45.4 %)',
);
/** S7: the Broadband Development Alliance's report for Q2 2016. */
export const S7 = /* @__PURE__ */ publication(
  'Broadband Development Alliance (宽带发展联盟, under MIIT), report on broadband for the second quarter of 2016, read in a copy',
  undefined,
  'http://jsbuxiugang.com/html/2016-08/183583.html',
  '(summary) Fixed broadband household penetration 56.6 % and mobile broadband user penetration 63.8 % in Q2 2016, 16.6 and 6.8 percentage points above the end of 2015.',
);
/** S8: Chinanews on the 2016 broadband targets. */
export const S8 = /* @__PURE__ */ publication(
  'China News Service (中新网), read in a copy',
  '2017-02-23',
  'http://csvscnns.com/news/105298301/70214.html',
  '(summary) Targets of 46 % (fixed, households) and 62.5 % (mobile, users) for 2016, on the way to 70 % and 85 % in 2020.',
);
/** S9: the Broadband Development Alliance's report for Q1 2018. */
export const S9 = /* @__PURE__ */ publication(
  'Broadband Development Alliance (宽带发展联盟), report on broadband for the first quarter of 2018, read in a copy',
  undefined,
  'https://m.zhishiwu.com/article/128268.html',
  '(summary) The 13th FYP targets of 70 % (fixed broadband, households) and 85 % (mobile broadband, users) were passed.',
);
/** S10: MIIT, late 2020. */
export const S10 = /* @__PURE__ */ publication(
  'Ministry of Industry and Information Technology (工业和信息化部), late 2020, read in a copy',
  '2020',
  'https://tsjiaqi.com/NewsDetail.aspx?id=64702',
  '(summary) Fixed broadband household penetration 91.5 % and mobile broadband user penetration over 96 % in late 2020, against 52.6 % and 57.4 % in 2015 on its basis.',
);
/** S12: MoE (Liu Changya), schooling in 2020. */
export const S12 = /* @__PURE__ */ publication(
  'Ministry of Education (教育部, 刘昌亚), press conference, read in a copy',
  '2021-03-31',
  'https://e-chinaedu.cn/html/edunews/2021/yaowen_0401/51879.shtml',
  '(summary) The average schooling of the working-age population reached 10.8 years in 2020.',
);
/** S13: Xu Shaoshi on pension coverage. */
export const S13 = /* @__PURE__ */ publication(
  'HK01 on Xu Shaoshi (徐绍史), March 2016: 聚焦兩會 十三五 擴社會保障網 養老保險將覆蓋九成人口',
  '2016-03',
  'https://hk01.com/中國/10584/聚焦兩會-十三五-擴社會保障網-養老保險將覆蓋九成人口',
  '養老保險將覆蓋九成人口 (pension insurance to cover 90 % of the population)',
);
/** S15: pension insurance at the end of 2020. */
export const S15 = /* @__PURE__ */ publication(
  'News report on pension reform (“covering 1 billion people”), read on jqknews.com',
  undefined,
  'https://www.jqknews.com/news/615830-Pension_reform_covering_1_billion_people_accelerates_the_establishment_of_the_worlds_largest_social_security_system.html',
  '(summary) Basic pension insurance covered over 90 % of the population; 999 million people were insured at the end of 2020.',
);
/** S16: People's Daily on shantytown rebuilding. */
export const S16 = /* @__PURE__ */ publication(
  'People’s Daily (人民日报), October 2020, read in a copy',
  '2020-10',
  'http://anyinhouse.com/news/34/2020101985009.html',
  '(summary) 21.57 million shantytown dwellings started in 2016–2019; over 23 million by August 2020, against the 13th FYP target of 20 million.',
);
/** S17: SCIO (NHC) on life expectancy. */
export const S17 = /* @__PURE__ */ publication(
  'State Council Information Office press conference (National Health Commission), read in a copy',
  '2020-10-28',
  'http://007007.info/news/4749.html',
  '(summary) Life expectancy rose from 76.34 years in 2015 to 77.3 years in 2019.',
);
/** S18: People's Daily Overseas on the life-expectancy target. */
export const S18 = /* @__PURE__ */ publication(
  'People’s Daily Overseas Edition (人民日报海外版), read on taiwan.cn',
  '2016-10-27',
  'http://www.taiwan.cn/plzhx/dlgc/201610/t20161027_11605528.htm',
  '(summary) Life expectancy to reach 77.3 years by 2020.',
);
/** S19: the 14th FYP national health plan, on life expectancy in 2020. */
export const S19 = /* @__PURE__ */ publication(
  'HK01 on the 14th Five-Year Plan for national health (“十四五”国民健康规划), May 2022',
  '2022-05',
  'https://hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/772723/%E5%8D%81%E5%9B%9B%E4%BA%94-%E5%9C%8B%E6%B0%91%E5%81%A5%E5%BA%B7%E8%A6%8F%E5%8A%83%E5%85%AC%E4%BD%88-%E6%8F%90%E5%87%BA%E4%B8%AD%E5%9C%8B%E4%BA%BA%E5%9D%87%E9%A0%90%E6%9C%9F%E5%A3%BD%E5%91%BD%E5%B0%87%E9%81%9480%E6%AD%B2%E4%BB%A5%E4%B8%8A',
  '(summary) Life expectancy was 77.93 years in 2020.',
);
/** S20: Xinhua on arable land. */
export const S20 = /* @__PURE__ */ publication(
  'Xinhua (news report), read in a copy',
  '2017-01-23',
  'https://yy.chazidian.com/show-224227',
  '(summary) Arable land to be kept at 1.865 billion mu (at least 124.33 million hectares) by 2020; actual arable land was 133.3 million hectares at the end of 2015 by the land survey.',
);
/** S21: the communiqué of the third national land survey. */
export const S21 = /* @__PURE__ */ publication(
  'Communiqué of the third national land survey (第三次全国国土调查主要数据公报), read in an English copy on theorychina.org.cn',
  '2021-08-26',
  'https://en.theorychina.org.cn/c/2021-12-01/1425919.shtml',
  '(summary) Arable land of 1.918 billion mu at the end of 2019, surveyed on a new basis.',
);
/** S22: MLR (Ju Jianhua) on new construction land. */
export const S22 = /* @__PURE__ */ publication(
  'Ministry of Land and Resources (国土资源部, 鞠建华), June 2016, read in a copy',
  '2016-06',
  'http://www.tongsukeji.cn/home/archive-19-492.html',
  '(summary) New construction land to be kept within 32.56 million mu over 2016–2020.',
);
/** S23: NRDC (Alvin Lin) on the climate and energy targets. */
export const S23 = /* @__PURE__ */ publication(
  'NRDC (Alvin Lin): “How China’s 13th Five-Year Plan climate and energy targets accelerate its transition”',
  '2016-03',
  'https://www.nrdc.org/bio/alvin-lin/how-chinas-13th-five-year-plan-climate-and-energy-targets-accelerate-its-transition',
  '(summary) Non-fossil energy’s share of primary energy consumption from 12 % in 2015 to 15 % in 2020.',
);
/** S25: People's Daily on non-fossil energy in 2020. */
export const S25 = /* @__PURE__ */ publication(
  'People’s Daily (人民日报) on National Energy Administration figures, read in a copy',
  '2021-07-08',
  'http://hkjlm.com/n2/2021/0708/c378296-34810508.html',
  '(summary) Non-fossil energy reached 15.9 % of primary energy consumption in 2020.',
);
/** S26: technode on non-fossil energy in 2020. */
export const S26 = /* @__PURE__ */ publication(
  'TechNode (news report), after Reuters',
  '2022-06-02',
  'https://technode.com/2022/06/02/china-aims-to-have-33-of-power-come-from-renewable-by-2025/',
  '(summary) Non-fossil energy was 15.4 % of primary energy consumption in 2020.',
);
/** S27: Han Changfu on forest coverage. */
export const S27 = /* @__PURE__ */ publication(
  'ECNS (China News Service, English) on Han Changfu (韩长赋)',
  '2016-12-24',
  'http://ecns.cn/2016/12-24/238874.shtml',
  '(summary) Forest coverage from 21.66 % in 2015 to 23.04 % in 2020.',
);
/** S28: SFA on forest stock. */
export const S28 = /* @__PURE__ */ publication(
  'State Forestry Administration (国家林业局), January 2017, read in a copy',
  '2017-01',
  'http://os.tvboxnow.com/thread-3820162-1-289.html',
  '(summary) Forest stock to reach 16.5 billion cubic metres (165 亿立方米) in 2020.',
);
/** S29: the eighth national forest inventory. */
export const S29 = /* @__PURE__ */ publication(
  'Xinhua on the eighth national forest inventory (第八次全国森林资源清查, 2009–2013), read in a copy',
  '2014-02-25',
  'http://news.hebei.com.cn/system/2014/02/25/013235434.shtml',
  '(summary) Forest stock of 15.137 billion cubic metres.',
);
/** S30: Xinhua on NFGA figures for 2020. */
export const S30 = /* @__PURE__ */ publication(
  'Xinhua on National Forestry and Grassland Administration (国家林草局) figures, read in a copy',
  '2021-01-26',
  'http://fc.zgjrw.com/kx/2021/0127/7080.html',
  '(summary) Forest coverage 23.04 % and forest stock over 17.5 billion cubic metres in 2020.',
);
/** S31: MEE (Xu Bijiu), the binding targets by the end of 2019. */
export const S31 = /* @__PURE__ */ publication(
  'Ministry of Ecology and Environment (生态环境部, 徐必久), press conference, read in a copy',
  '2021-01-26',
  'http://kyfz.org.cn/show-2883.html',
  '(summary) Targets for 2016–2020: chemical oxygen demand and ammonia nitrogen −10 %, SO₂ and NOx −15 %, CO₂ per unit of GDP −18 %, PM2.5 in non-attaining cities −18 %. By 2019: −11.5, −11.9, −22.5 and −16.3 % for the four pollutants, CO₂ per unit of GDP −18.2 %, PM2.5 −23.1 %.',
);
/** S32: Xinhua on the eco-environment targets, October 2020. */
export const S32 = /* @__PURE__ */ publication(
  'Xinhua (news report), read in a copy',
  '2020-10-21',
  'http://www.xgzhdz.com/content/2020-10/21/content_1472579.html',
  '(summary) 8 of the 9 binding eco-environment indicators met by the end of 2019; the good-air target cited as 84.5 % after a change of method.',
);
/** S33: MEE's 2020 state-of-environment bulletin. */
export const S33 = /* @__PURE__ */ publication(
  'Ministry of Ecology and Environment, 2020 state of the ecology and environment bulletin (2020中国生态环境状况公报), read in a copy',
  '2021-05-26',
  'http://www.sf850.com/news/321298.html',
  '(summary) Good-air days 87.0 % in cities at prefecture level and above; surface water Grade III or better 83.4 %, worse than Grade V 0.6 %; all 9 binding targets of the 13th FYP over-fulfilled.',
);
/** S34: the NBS statistical communiqué for 2020. */
export const S34 = /* @__PURE__ */ publication(
  'National Bureau of Statistics, statistical communiqué on 2020 (2020年国民经济和社会发展统计公报), as reported by Hong Kong Commercial Daily (香港商报)',
  '2021-02-28',
  'https://hkcd.com/content/2021-02/28/content_1251748.html',
  '初步核算,全年國內生產總值1015986億元,比上年增長2.3% … 第三產業增加值比重為54.5% … 預計全員勞動生產率為117746元/人,比上年提高2.5% (preliminary: GDP 1,015,986 亿元, +2.3 %; services 54.5 % of GDP; labour productivity expected at 117,746 yuan per person, +2.5 %)',
);
/** S35: CCTV on the 2020 communiqué, innovation. */
export const S35 = /* @__PURE__ */ publication(
  'CCTV (央视) on the NBS statistical communiqué on 2020, read in a copy',
  '2021-02',
  'http://guanlingzc.com/newslist/50.html',
  '(summary) R&D spending 2.40 % of GDP in 2020; 15.8 invention patents per 10,000 people (preliminary).',
);
/** S36: MOST (Wang Zhigang), contribution of S&T progress. */
export const S36 = /* @__PURE__ */ publication(
  'Ministry of Science and Technology (科技部, 王志刚), press conference, read in a copy',
  '2021-02-26',
  'https://appimg.modaily.cn/app/szb/pc/content/202102/27/content_103386.html',
  '(summary) The contribution of scientific and technological progress to growth is expected to exceed 60 % in 2020.',
);
/** S36b: MOST on R&D intensity in 2015. */
export const S36B = /* @__PURE__ */ publication('Ministry of Science and Technology (科技部), read in a copy', '2020-10-21', 'http://ttokpm.com/d/1340566.html', '(summary) R&D spending was 2.06 % of GDP in 2015.');
/** S37: MOHRSS (Li Zhong), new urban jobs. */
export const S37 = /* @__PURE__ */ publication(
  'Ministry of Human Resources and Social Security (人力资源社会保障部, 李忠), press conference, read in a copy',
  '2020-10-28',
  'http://apecsme.org/jiameng/2020102925930.html',
  '(summary) Over 60 million new urban jobs in the 13th FYP period by October 2020.',
);
/** S38: Ning Jizhe on disposable income, 2016–2019. */
export const S38 = /* @__PURE__ */ publication(
  'Shanghai Observer (上观新闻) on the press conference of 2020-10-30 (宁吉喆, NBS)',
  '2020-10-30',
  'https://export.shobserver.com/zaker/html/305709.html',
  '2016年至2019年居民人均可支配收入年均实际增长6.5% (per-capita disposable income grew 6.5 % a year in real terms on average over 2016–2019)',
);
/** S39: the poor lifted out by the end of 2020. */
export const S39 = /* @__PURE__ */ publication(
  'A document on scholarmate.com (its publisher not recorded), read in a copy',
  undefined,
  'https://scholarmate.com/S/sSq8v9',
  '(summary) All the rural poor by the current standard were lifted out of poverty by the end of 2020.',
);
/** S40: an NBS report of 2025 on schooling since 2020. */
export const S40 = /* @__PURE__ */ publication(
  'Xinhua (新华社) on an NBS report on social statistics since the 14th FYP, read in a copy',
  '2025',
  'http://61.152.230.22/news,cjpl,56388762.html',
  '全国16至59岁劳动年龄人口平均受教育年限达11.21年,比2020年提高0.46年 (schooling of the working-age population 11.21 years in 2024, 0.46 more than in 2020)',
);
/** S41: Enerdata on energy intensity. */
export const S41 = /* @__PURE__ */ publication(
  'Enerdata (news report, not an official statement)',
  '2022-01-25',
  'https://wognews.net/news/2022/1/chinas-energy-intensity-reduction?lang=en',
  '(summary) Energy intensity of GDP fell by about 12 % over 2016–2020, short of the 15 % target.',
);
/** S42: pollutant cuts in 2020. */
export const S42 = /* @__PURE__ */ publication(
  'A document on wendang.net (its publisher not recorded)',
  undefined,
  'https://www.wendang.net/wd/454205.html',
  '(summary) By 2020, SO₂ emissions down 25.5 % and NOx down 19.7 % on 2015.',
);
/** S44: Chinanews on the 2017 communiqué, registered urbanisation. */
export const S44 = /* @__PURE__ */ publication(
  'China News Service (中新社, 庞无忌) on the NBS statistical communiqué on 2017, read in a copy in traditional characters',
  '2018-02-28',
  'http://lunwentd.com/webdiceng.php?id=124810',
  '去年年末,户籍人口城镇化率为42.35% … “十三五”规划纲要提出,到2020年,中国常住人口城镇化率要达到60%,户籍人口城镇化率要达到45%左右 (registered urbanisation 42.35 % at the end of 2017; the Outline: 60 % and about 45 % by 2020)',
);
/** S46: NEA (Zhang Yuqing) on non-fossil energy in 2015. */
export const S46 = /* @__PURE__ */ publication('National Energy Administration (国家能源局, 张玉清), late 2015, read in a copy', '2015', 'http://www.biz8848.com/news/show.php?itemid=38534', '(summary) Non-fossil energy about 12 % of primary energy consumption in 2015.');
/** The MEE minister at the SCIO, August 2021: 2020 against 2015. */
export const MEE_2021 = /* @__PURE__ */ publication(
  'Beijing Business Today (北京商报, 吕银玲) on the SCIO press conference of 2021-08-18 (黄润秋, Minister of Ecology and Environment), read in a copy',
  '2021-08-19',
  'http://bbs.jinbaonet.com/bbs/2021/0819/200029904.html',
  '2020年单位GDP二氧化碳排放比2015年下降了18.8% … 细颗粒物未达标地级及以上城市平均浓度达到了37微克/立方米,比2015年下降了28.8% (CO₂ per unit of GDP −18.8 % in 2020 on 2015; PM2.5 in non-attaining cities 37 μg/m³, −28.8 % on 2015)',
);
