/**
 * What the sources say of the Outline's table as a whole: how many main indicators and
 * sub-indicators it has, and how many of them are binding. The natures of the indicators rest
 * on these counts.
 *
 * @internal
 * @module
 */
import type { FactInput, ExternalSourceInput } from '../baotou13/types.js';
import { S2, S3 } from './sources.js';

/** A count of the Outline's indicators. */
const count = (id: string, en: string, zh: string | undefined, value: string, source: ExternalSourceInput, note: string): FactInput => ({
  id,
  subject: zh === undefined ? { en } : { en, zh },
  period: { start: 2016, end: 2020 },
  value,
  unit: 'count',
  qualifier: 'exact',
  status: 'A',
  source,
  note,
});

/** The four counts. */
export const facts: FactInput[] = [
  /* @__PURE__ */ count('main-indicators', 'main indicators of the Outline', '主要指标', '25', S2, '4 economic, 4 innovation, 7 livelihood and 10 resource and environment indicators (Gao Huiqing, 2016-05-04).'),
  /* @__PURE__ */ count('binding-main-indicators', 'binding main indicators', '约束性指标', '13', S2, 'All in the livelihood and the resource and environment groups (Hu Angang, 2016-03-11): the 10 resource and environment indicators, poverty reduction, and two of the other livelihood indicators.'),
  /* @__PURE__ */ count('sub-indicators', 'indicators with their sub-indicators', undefined, '33', S3, 'Urbanisation, broadband, forests, air and surface water have two sub-indicators each, the major pollutants four: 25 + 5 + 3 = 33.'),
  /* @__PURE__ */ count('binding-sub-indicators', 'binding indicators with their sub-indicators', undefined, '19', S3, 'The 16 resource and environment sub-indicators and 3 livelihood indicators.'),
];
