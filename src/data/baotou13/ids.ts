/**
 * The ids of `baotou13`, written once as literal lists so that the plan is typed with them:
 * `indicator(baotou13, 'industrial-value-add')` does not compile. A test checks that the lists
 * are the plan's ids, in its order.
 *
 * @internal
 * @module
 */

/** The ids of `baotou13.indicators`, in plan order. */
export const BAOTOU13_INDICATOR_IDS = [
  'industrial-value-added',
  'industrial-value-added-growth',
  'innovation-research-institutes',
  'state-high-tech-enterprises',
  'strategic-emerging-industries-value-added',
  'strategic-emerging-industries-share',
  'high-tech-industries-value-added',
  'high-tech-industries-share',
  'gdp',
  'secondary-sector-value-added',
  'gdp-growth',
  'secondary-sector-value-added-growth',
  'producer-services-value-added',
  'producer-services-share',
  'industrial-energy-consumption',
  'industrial-energy-intensity',
  'industrial-wastewater-utilisation-rate',
  'industrial-solid-waste-utilisation-rate',
  'industrial-energy-consumption-change',
  'industrial-waste-utilisation-rate',
] as const;

/** The ids of `baotou13.targets`, in plan order. */
export const BAOTOU13_TARGET_IDS = [
  'industrial-value-added-2020',
  'industrial-value-added-growth-2020',
  'innovation-research-institutes-2020',
  'state-high-tech-enterprises-2020',
  'strategic-emerging-industries-share-2020',
  'high-tech-industries-share-2020',
  'producer-services-share-2020',
  'industrial-energy-intensity-2020',
  'industrial-wastewater-utilisation-rate-2020',
  'industrial-solid-waste-utilisation-rate-2020',
  'strategic-emerging-industries-share-2016',
] as const;

/** An indicator id of `baotou13`. @category Plan */
export type Baotou13IndicatorId = (typeof BAOTOU13_INDICATOR_IDS)[number];

/** A target id of `baotou13`. @category Plan */
export type Baotou13TargetId = (typeof BAOTOU13_TARGET_IDS)[number];
