/**
 * The ids of `china13`, written once as literal lists so that the plan is typed with them:
 * `indicator(china13, 'gpd')` does not compile. A test checks that the lists are the plan's
 * ids, in its order.
 *
 * @internal
 * @module
 */

/**
 * The ids of `china13.indicators`, in plan order: the 33 indicators of the Outline's table
 * (25 main indicators, 33 with their sub-indicators), with the growth rates of its rows 1 and
 * 2 (GDP, labour productivity) as indicators of their own beside the levels.
 */
export const CHINA13_INDICATOR_IDS = [
  'gdp',
  'gdp-growth',
  'labour-productivity',
  'labour-productivity-growth',
  'urbanisation-permanent',
  'urbanisation-registered',
  'services-share',
  'rd-intensity',
  'invention-patents-per-10k',
  'science-technology-contribution',
  'fixed-broadband-household-penetration',
  'mobile-broadband-user-penetration',
  'disposable-income-growth',
  'schooling-years',
  'new-urban-jobs',
  'rural-poverty-reduction',
  'basic-pension-coverage',
  'shantytown-renovation',
  'life-expectancy',
  'arable-land',
  'new-construction-land',
  'water-intensity-gdp',
  'energy-intensity-gdp',
  'non-fossil-energy-share',
  'co2-intensity-gdp',
  'forest-coverage',
  'forest-stock',
  'good-air-days-share',
  'pm25-non-attaining-cities',
  'surface-water-grade-iii-share',
  'surface-water-below-grade-v-share',
  'cod-emissions',
  'ammonia-nitrogen-emissions',
  'so2-emissions',
  'nox-emissions',
] as const;

/** The ids of `china13.targets`, in plan order. */
export const CHINA13_TARGET_IDS = [
  'gdp-2020',
  'gdp-growth-2020',
  'labour-productivity-2020',
  'labour-productivity-growth-2020',
  'urbanisation-permanent-2020',
  'urbanisation-registered-2020',
  'services-share-2020',
  'rd-intensity-2020',
  'invention-patents-per-10k-2020',
  'science-technology-contribution-2020',
  'fixed-broadband-household-penetration-2020',
  'mobile-broadband-user-penetration-2020',
  'disposable-income-growth-2020',
  'schooling-years-2020',
  'new-urban-jobs-2020',
  'rural-poverty-reduction-2020',
  'basic-pension-coverage-2020',
  'shantytown-renovation-2020',
  'life-expectancy-2020',
  'life-expectancy-change-2020',
  'arable-land-2020',
  'new-construction-land-2020',
  'water-intensity-gdp-2020',
  'energy-intensity-gdp-2020',
  'non-fossil-energy-share-2020',
  'co2-intensity-gdp-2020',
  'forest-coverage-2020',
  'forest-stock-2020',
  'good-air-days-share-2020',
  'pm25-non-attaining-cities-2020',
  'surface-water-grade-iii-share-2020',
  'surface-water-below-grade-v-share-2020',
  'cod-emissions-2020',
  'ammonia-nitrogen-emissions-2020',
  'so2-emissions-2020',
  'nox-emissions-2020',
] as const;

/** An indicator id of `china13`. @category Plan */
export type China13IndicatorId = (typeof CHINA13_INDICATOR_IDS)[number];

/** A target id of `china13`. @category Plan */
export type China13TargetId = (typeof CHINA13_TARGET_IDS)[number];
