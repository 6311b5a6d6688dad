/**
 * The indicators of `china13`: the 25 main indicators of the Outline of the 13th Five-Year
 * Plan, 33 with their sub-indicators (urbanisation, broadband, forests, air and water in two
 * each, the major pollutants in four), in the Outline's order; the growth rates of its rows 1
 * and 2 (GDP, labour productivity) are indicators of their own beside the levels, since the
 * levels and the rates are at different prices. Chinese names are the Outline's as quoted by
 * the sources; where the Outline names an indicator by its fall ("万元GDP用水量下降"), the
 * indicator is the level and the fall is its target's form. Each carries a `concept` shared
 * across plans.
 *
 * @internal
 * @module
 */
import type { UnitId } from '../../units/index.js';
import type { Concept, Direction, IndicatorKind, IndicatorNature } from '../../vocabulary.js';
import { indicator } from '../baotou13/indicators.js';
import type { IndicatorInput } from '../baotou13/types.js';

/** Why the economic and innovation indicators are anticipatory. */
const ANTICIPATORY =
  'Anticipatory (预期性): all 13 binding main indicators are in the livelihood and environment groups (Hu Angang, 2016-03-11; 25 main indicators, 13 binding: Economic Daily, 2018-02-10), so the 4 economic and 4 innovation indicators are anticipatory.';
/** Why the resource and environment indicators are binding. */
const BINDING = 'Binding (约束性): all 10 resource and environment indicators are binding (a March 2016 report quoting Wu Xiaoqing).';
/** Why five livelihood indicators have no nature. */
const TWO_OF_FIVE =
  'Nature unknown (`unspecified`): of the 13 binding main indicators, 10 are resource and environment indicators and one is poverty reduction, so exactly two of the five livelihood indicators schooling, new urban jobs, pension coverage, shantytown rebuilding and life expectancy are binding; no source read says which two.';
/** The earlier reading of the natures of income growth and poverty reduction. */
const LIVELIHOOD_READING =
  'As read earlier in reports quoting the Outline (their addresses were not recorded): income growth is anticipatory and poverty reduction binding, which the counts of binding indicators (13 main, 19 with sub-indicators) fit.';
/** Where the price basis of the level targets stands. */
const LEVEL_PRICES =
  'Price basis of the 2020 level not stated in the sources read. The target equals the 2015 level grown at the target rate (67.7 × 1.065⁵ ≈ 92.75; 8.7 × 1.066⁵ ≈ 11.98), as at constant 2015 prices, while the National Bureau of Statistics publishes levels at current prices (绝对数按现价计算): a verdict on a published level compares prices of different years.';
/** The price basis of growth rates. */
const GROWTH_PRICES = 'At comparable prices (按可比价格计算), as the National Bureau of Statistics publishes growth rates (statistical communiqué on 2020).';
/** Where an Outline name is the fall of a level. */
const FALL = (zh: string): string => `The Outline names the indicator by its fall (${zh}, %); it is modelled as the level, and the fall over 2016–2020 is its target's form (relative-change).`;
/** The pollutants' Chinese names. */
const POLLUTANT =
  'One of the four major pollutants whose total emissions are to fall (主要污染物排放总量减少); its Chinese name is the standard term, the sources read give the group in English and Chinese but the four in English.';

/**
 * An indicator of the Outline.
 *
 * @param id - Its id.
 * @param zh - Its Chinese name, the Outline's as quoted.
 * @param en - Its English name.
 * @param unit - Its unit.
 * @param direction - Better higher (`increase`) or lower (`decrease`).
 * @param kind - What it is.
 * @param nature - Binding, anticipatory, or `unspecified` where no source says.
 * @param definition - Price basis and notes.
 * @param concept - The concept shared across plans.
 * @param growthOf - For a growth rate: the level it is the growth of.
 * @returns The indicator.
 */
function main(
  id: string,
  zh: string,
  en: string,
  unit: UnitId,
  direction: Direction,
  kind: IndicatorKind,
  nature: IndicatorNature,
  definition: IndicatorInput['definition'],
  concept: Concept,
  growthOf?: string,
): IndicatorInput {
  return { ...indicator(id, { en, zh }, unit, direction, kind, definition, { growthOf }), nature, concept };
}

/** The 35 indicators: the Outline's 33, and the growth rates of GDP and labour productivity. */
export const indicators: IndicatorInput[] = [
  // ---- economic development (经济发展), anticipatory ----
  /* @__PURE__ */ main('gdp', '国内生产总值', 'gross domestic product (GDP)', '100m-yuan', 'increase', 'level', 'anticipatory', {
    notes: ['Row 1 of the Outline’s table, in 10¹² yuan (万亿元): 67.7 in 2015, more than 92.7 in 2020; here in 亿元 (10⁸ yuan), the unit of the statistical communiqués.', LEVEL_PRICES, ANTICIPATORY],
  }, 'gdp'),
  /* @__PURE__ */ main('gdp-growth', '国内生产总值增长', 'GDP growth', 'percent-per-annum', 'increase', 'growth', 'anticipatory', {
    priceBasis: 'comparable',
    notes: ['Row 1’s annual average growth (年均增长, > 6.5 %), as an indicator of its own: the growth of GDP over the previous year.', GROWTH_PRICES, ANTICIPATORY],
  }, 'gdp-growth', 'gdp'),
  /* @__PURE__ */ main('labour-productivity', '全员劳动生产率', 'labour productivity (GDP per person employed)', '10k-yuan-per-person', 'increase', 'intensity', 'anticipatory', {
    notes: ['Row 2, in 10⁴ yuan per person (万元/人): GDP per person employed. 8.7 in 2015, more than 12 in 2020.', LEVEL_PRICES, ANTICIPATORY],
  }, 'labour-productivity'),
  /* @__PURE__ */ main('labour-productivity-growth', '全员劳动生产率增长', 'labour productivity, growth', 'percent-per-annum', 'increase', 'growth', 'anticipatory', {
    priceBasis: 'comparable',
    notes: ['Row 2’s annual average growth (> 6.6 %), as an indicator of its own.', GROWTH_PRICES, ANTICIPATORY],
  }, 'labour-productivity-growth', 'labour-productivity'),
  /* @__PURE__ */ main('urbanisation-permanent', '常住人口城镇化率', 'urbanisation rate of permanent residents', 'percent', 'increase', 'share', 'anticipatory', {
    notes: ['Row 3a: urban permanent residents (常住人口) as a share of the population.', ANTICIPATORY],
  }, 'urbanisation-permanent'),
  /* @__PURE__ */ main('urbanisation-registered', '户籍人口城镇化率', 'urbanisation rate of registered (hukou) residents', 'percent', 'increase', 'share', 'anticipatory', {
    notes: [
      'Row 3b: residents with an urban household registration (户籍) as a share of the population.',
      'Its 2015 value was not found in any source read (a value of 39.9 was recalled but could not be checked, and is left out); 42.35 % at the end of 2017 (China News Service, 2018-02-28).',
      ANTICIPATORY,
    ],
  }, 'urbanisation-registered'),
  /* @__PURE__ */ main('services-share', '服务业增加值比重', "services' share of GDP", 'percent', 'increase', 'share', 'anticipatory', {
    notes: ['Row 4: value added of the services (tertiary) sector as a share of GDP.', ANTICIPATORY],
  }, 'services-share'),
  // ---- innovation (创新驱动), anticipatory ----
  /* @__PURE__ */ main('rd-intensity', 'R&D经费投入强度', 'R&D spending, share of GDP', 'percent', 'increase', 'share', 'anticipatory', {
    notes: ['Row 5: research and experimental development spending (研究与试验发展经费) as a share of GDP.', ANTICIPATORY],
  }, 'rd-intensity'),
  /* @__PURE__ */ main('invention-patents-per-10k', '每万人口发明专利拥有量', 'invention patents owned per 10,000 people', 'count-per-10k-people', 'increase', 'intensity', 'anticipatory', {
    notes: ['Row 6: valid invention patents (件) per 10,000 people.', ANTICIPATORY],
  }, 'invention-patents-per-10k'),
  /* @__PURE__ */ main('science-technology-contribution', '科技进步贡献率', 'contribution of scientific and technological progress to growth', 'percent', 'increase', 'rate', 'anticipatory', {
    notes: ['Row 7: the share of growth ascribed to scientific and technological progress, an estimate of the Ministry of Science and Technology.', ANTICIPATORY],
  }, 'science-technology-contribution'),
  /* @__PURE__ */ main('fixed-broadband-household-penetration', '固定宽带家庭普及率', 'fixed broadband, household penetration', 'percent', 'increase', 'rate', 'anticipatory', {
    notes: ['Row 8a: households with fixed broadband, per 100 households.', 'The Ministry of Industry and Information Technology’s late-2020 figures rest on another basis (2015 = 52.6 %) than the Outline’s baseline (40 %, derived from the Broadband Development Alliance’s report for Q2 2016).', ANTICIPATORY],
  }, 'fixed-broadband-household-penetration'),
  /* @__PURE__ */ main('mobile-broadband-user-penetration', '移动宽带用户普及率', 'mobile broadband, user penetration', 'percent', 'increase', 'rate', 'anticipatory', {
    notes: ['Row 8b: mobile broadband users per 100 people.', 'The Ministry of Industry and Information Technology’s late-2020 figures rest on another basis (2015 = 57.4 %) than the Outline’s baseline (57 %, derived from the Broadband Development Alliance’s report for Q2 2016).', ANTICIPATORY],
  }, 'mobile-broadband-user-penetration'),
  // ---- livelihood (民生福祉) ----
  /* @__PURE__ */ main('disposable-income-growth', '居民人均可支配收入增长', 'per-capita disposable income of residents, growth', 'percent-per-annum', 'increase', 'growth', 'anticipatory', {
    notes: [
      'Row 9: the growth of per-capita disposable income over the previous year (no level is given).',
      'Price basis of the target not stated in the sources read; the National Bureau of Statistics reports the outcome as real growth (实际增长), after prices.',
      LIVELIHOOD_READING,
    ],
  }, 'disposable-income-growth'),
  /* @__PURE__ */ main('schooling-years', '劳动年龄人口平均受教育年限', 'average years of schooling of the working-age population', 'years', 'increase', 'level', 'unspecified', {
    notes: ['Row 10.', TWO_OF_FIVE],
  }, 'schooling-years'),
  /* @__PURE__ */ main('new-urban-jobs', '城镇新增就业', 'new urban jobs', 'count', 'increase', 'count', 'unspecified', {
    notes: ['Row 11: jobs created in towns and cities in a year, in persons; the Outline’s target (in 10⁴ persons, 万人) is the sum over 2016–2020.', TWO_OF_FIVE],
  }, 'new-urban-jobs'),
  /* @__PURE__ */ main('rural-poverty-reduction', '农村贫困人口脱贫', 'rural poor lifted out of poverty', 'count', 'increase', 'count', 'binding', {
    notes: ['Row 12: rural people lifted out of poverty by the current standard in a year, in persons; the target (in 10⁴ persons) is the sum over 2016–2020.', LIVELIHOOD_READING],
  }, 'rural-poverty-reduction'),
  /* @__PURE__ */ main('basic-pension-coverage', '基本养老保险参保率', 'basic pension insurance coverage', 'percent', 'increase', 'rate', 'unspecified', {
    notes: ['Row 13: people insured by basic pension insurance as a share of those it is meant to cover.', 'Its 2015 value was not found in any source read (a value of 82 was recalled but could not be checked, and is left out).', TWO_OF_FIVE],
  }, 'basic-pension-coverage'),
  /* @__PURE__ */ main('shantytown-renovation', '城镇棚户区住房改造', 'urban shantytown dwellings rebuilt', 'count', 'increase', 'count', 'unspecified', {
    notes: ['Row 14: dwellings (套) in urban shantytowns rebuilt in a year; the target (in 10⁴ dwellings) is the sum over 2016–2020. Figures of dwellings “started” (开工) count works begun, not finished.', TWO_OF_FIVE],
  }, 'shantytown-renovation'),
  /* @__PURE__ */ main('life-expectancy', '人均预期寿命', 'life expectancy at birth', 'years', 'increase', 'level', 'unspecified', {
    notes: ['Row 15, in years (岁).', TWO_OF_FIVE],
  }, 'life-expectancy'),
  // ---- resources and environment (资源环境), binding ----
  /* @__PURE__ */ main('arable-land', '耕地保有量', 'arable land kept', '100m-mu', 'increase', 'level', 'binding', {
    notes: [
      'Row 16, in 10⁸ mu (亿亩; 1 mu = 1/15 hectare).',
      'Its 2015 value was not found in any source read (the Outline’s 2015 column; a value of 18.65 was recalled but could not be checked, and is left out). Xinhua (2017-01-23) gives 133.3 million hectares of actual arable land at the end of 2015 by the land survey, about 20.0 × 10⁸ mu: a survey figure, not the Outline’s 2015 column. The third national land survey (end of 2019) is on a new basis.',
      BINDING,
    ],
  }, 'arable-land'),
  /* @__PURE__ */ main('new-construction-land', '新增建设用地规模', 'new construction land', '10k-mu', 'decrease', 'level', 'binding', {
    notes: ['Row 17, in 10⁴ mu (万亩): land newly taken for construction in a year; the target is a ceiling on the sum over 2016–2020.', BINDING],
  }, 'new-construction-land'),
  /* @__PURE__ */ main('water-intensity-gdp', '万元GDP用水量', 'water use per 10,000 yuan of GDP', 'cubic-metre-per-10k-yuan', 'decrease', 'intensity', 'binding', {
    notes: ['Row 18, in cubic metres per 10⁴ yuan.', FALL('万元GDP用水量下降'), BINDING],
  }, 'water-intensity-gdp'),
  /* @__PURE__ */ main('energy-intensity-gdp', '单位GDP能源消耗', 'energy use per unit of GDP', 'tce-per-10k-yuan', 'decrease', 'intensity', 'binding', {
    notes: ['Row 19, in tonnes of standard coal equivalent per 10⁴ yuan of GDP: the energy use of the whole economy over GDP (not of industry over industrial value added).', FALL('单位GDP能源消耗降低'), BINDING],
  }, 'energy-intensity-gdp'),
  /* @__PURE__ */ main('non-fossil-energy-share', '非化石能源占一次能源消费比重', "non-fossil energy's share of primary energy consumption", 'percent', 'increase', 'share', 'binding', {
    notes: ['Row 20.', BINDING],
  }, 'non-fossil-energy-share'),
  /* @__PURE__ */ main('co2-intensity-gdp', '单位GDP二氧化碳排放', 'CO₂ emissions per unit of GDP', 'tonne-per-10k-yuan', 'decrease', 'intensity', 'binding', {
    notes: ['Row 21, in tonnes of CO₂ per 10⁴ yuan of GDP.', FALL('单位GDP二氧化碳排放降低'), BINDING],
  }, 'co2-intensity-gdp'),
  /* @__PURE__ */ main('forest-coverage', '森林覆盖率', 'forest coverage', 'percent', 'increase', 'share', 'binding', {
    notes: ['Row 22a: forest area as a share of land area.', BINDING],
  }, 'forest-coverage'),
  /* @__PURE__ */ main('forest-stock', '森林蓄积量', 'forest stock', '100m-cubic-metres', 'increase', 'level', 'binding', {
    notes: ['Row 22b, in 10⁸ cubic metres (亿立方米), measured by the national forest inventories.', BINDING],
  }, 'forest-stock'),
  /* @__PURE__ */ main('good-air-days-share', '地级及以上城市空气质量优良天数比率', 'share of days with good air, cities at prefecture level and above', 'percent', 'increase', 'rate', 'binding', {
    notes: ['Row 23a.', 'In 2020 the Ministry of Ecology and Environment cited the target as 84.5 % after a change of method (Xinhua, 2020-10-21); the Outline’s target is more than 80 %.', BINDING],
  }, 'good-air-days-share'),
  /* @__PURE__ */ main('pm25-non-attaining-cities', 'PM2.5未达标城市浓度', 'PM2.5 concentration in cities at prefecture level and above not meeting the standard', 'microgram-per-cubic-metre', 'decrease', 'level', 'binding', {
    notes: ['Row 23b, in micrograms per cubic metre: the average fine-particle (细颗粒物, PM2.5) concentration of the cities not meeting the standard.', FALL('PM2.5未达标城市浓度下降; the plan for ecological and environmental protection: 细颗粒物未达标地级及以上城市浓度下降'), BINDING],
  }, 'pm25-non-attaining-cities'),
  /* @__PURE__ */ main('surface-water-grade-iii-share', '达到或好于III类水体比例', 'surface water of Grade III or better, share', 'percent', 'increase', 'share', 'binding', {
    notes: ['Row 24a: monitored surface water of quality Grade III or better, as a share of all monitored.', BINDING],
  }, 'surface-water-grade-iii-share'),
  /* @__PURE__ */ main('surface-water-below-grade-v-share', '劣V类水体比例', 'surface water worse than Grade V, share', 'percent', 'decrease', 'share', 'binding', {
    notes: ['Row 24b: monitored surface water worse than Grade V, as a share of all monitored.', BINDING],
  }, 'surface-water-below-grade-v-share'),
  /* @__PURE__ */ main('cod-emissions', '化学需氧量排放总量', 'chemical oxygen demand (COD), total emissions', '10k-tonnes', 'decrease', 'level', 'binding', {
    notes: ['Row 25, in 10⁴ tonnes (万吨).', POLLUTANT, BINDING],
  }, 'cod-emissions'),
  /* @__PURE__ */ main('ammonia-nitrogen-emissions', '氨氮排放总量', 'ammonia nitrogen (NH₃-N), total emissions', '10k-tonnes', 'decrease', 'level', 'binding', {
    notes: ['Row 25, in 10⁴ tonnes.', POLLUTANT, BINDING],
  }, 'ammonia-nitrogen-emissions'),
  /* @__PURE__ */ main('so2-emissions', '二氧化硫排放总量', 'sulphur dioxide (SO₂), total emissions', '10k-tonnes', 'decrease', 'level', 'binding', {
    notes: ['Row 25, in 10⁴ tonnes.', POLLUTANT, BINDING],
  }, 'so2-emissions'),
  /* @__PURE__ */ main('nox-emissions', '氮氧化物排放总量', 'nitrogen oxides (NOx), total emissions', '10k-tonnes', 'decrease', 'level', 'binding', {
    notes: ['Row 25, in 10⁴ tonnes.', POLLUTANT, BINDING],
  }, 'nox-emissions'),
];
