/**
 * The review of the 12th Five-Year Plan (section I.a–f): every figure as a fact with its
 * qualifier, unit and exact quote. The report dates the period "2016-20"; it is 2011–2015
 * (see the erratum). Read literally: doubts go in `note`, never into values.
 *
 * @internal
 * @module
 */
import type { UnitId } from '../../units/index.js';
import type { Qualifier } from '../../vocabulary.js';
import { defined } from './defined.js';
import { ABOVE_DESIGNATED_SIZE } from './indicators.js';
import { report } from './sources.js';
import type { FactInput, ReportSourceInput } from './types.js';

const ABOVE_SCALE = { scope: ABOVE_DESIGNATED_SIZE };
const A_QUOTE = 'Certain value-added enterprises increased by 13-percent annually on average';
const B_QUOTE = 'Industrial volume ranking 4thamong 52 northern cities';
const E_QUOTE = 'All nine of the industrial zones had incomes above 10-billion yuan for the period';
const E_ZONES_QUOTE = 'with the rare earth zone and equipment manufacturing zone breaking 100-billion yuan';
const EQUIPMENT_PARK_2013 =
  'A news report of 2013, read in a copy that does not name its publisher (http://800voicemailstore.com/newsxx,18893.html), expected the equipment manufacturing park\'s total revenue (营业总收入) to pass 100 bn yuan (千亿元) for the first time in 2013.';

/** What a figure of the review says besides its value: the indicator it measures, its scope, how it was read. */
interface Reading {
  readonly indicator?: string;
  readonly definition?: FactInput['definition'];
  readonly note?: string;
}

/**
 * A figure of the 12th FYP review (2011–2015, status normal): its id and subject, the value,
 * unit and qualifier the report gives, the quote, and how it was read.
 */
function figure(id: string, subject: string, value: string, unit: UnitId, qualifier: Qualifier, source: ReportSourceInput, reading: Reading = {}): FactInput {
  const { indicator, definition, note } = reading;
  return defined({ id, indicator, subject: { en: subject }, period: { start: 2011, end: 2015 }, value, unit, qualifier, status: 'A' as const, definition, source, note });
}

/** The facts of the review, in the report's order (I.a–f). */
export const facts: FactInput[] = [
  /* @__PURE__ */ figure('review-industrial-value-added-growth', "value added of 'certain value-added enterprises', annual average growth", '13', 'percent-per-annum', 'exact', /* @__PURE__ */ report('I.a', A_QUOTE), {
    indicator: 'industrial-value-added-growth',
    definition: ABOVE_SCALE,
    note: "Literally the enterprises 'increased'; read as the annual average growth of their value added over the 12th FYP. 'Certain value-added enterprises' is read as the statistical scope 规模以上, industrial enterprises above designated size.",
  }),
  /* @__PURE__ */ figure('review-output-value-increase', "output value of 'certain value-added enterprises', increase over the previous year", '115.7', 'bn-yuan', 'exact',
    /* @__PURE__ */ report('I.a', 'had an output valued that was 115.7-billion-yuan greater than for the previous year'), {
      definition: ABOVE_SCALE,
      note: "Modelled as the report says it: an increase of 115.7 billion yuan over 'the previous year'. Which year is compared with which, and whether 'output' is gross output value (产值) or value added, is not said.",
    }),
  /* @__PURE__ */ figure('review-industrial-volume-rank', 'industrial volume, rank among 52 northern cities', '4', 'rank', 'exact', /* @__PURE__ */ report('I.b', B_QUOTE), {
    note: "'4thamong' is '4th among'. Which year, which measure of volume and whose ranking are not said.",
  }),
  /* @__PURE__ */ figure('review-northern-cities-ranked', 'northern cities in the industrial volume ranking', '52', 'count', 'exact', /* @__PURE__ */ report('I.b', B_QUOTE)),
  /* @__PURE__ */ figure('review-pillar-industries-value-added', 'value added of the steel, equipment, manufacturing, aluminum, electronic power and rare earth industries', '665', 'bn-yuan', 'exact',
    /* @__PURE__ */ report('I.c', 'Its steel, equipment, manufacturing, aluminum, electronic power and rare earth industries had added value of 665 billion yuan'), {
      note: "Whether a total over the five years or a yearly figure is not said. 'electronic power' is probably electric power, one of Baotou's five pillar industries (steel, aluminum, equipment, rare earth and electric power, as Baotou News, English edition, names them on 2019-11-11), but the report's words are kept.",
    }),
  /* @__PURE__ */ figure('review-pillar-industries-share', "the same industries' value added, share of 'the total of enterprises in cities of a similar size'", '60', 'percent', 'about',
    /* @__PURE__ */ report('I.c', 'or about 60 percent of the total of enterprises in cities of a similar size'), {
      note: "Read literally: the base of the share is 'the total of enterprises in cities of a similar size', which is unclear (a share of Baotou's own industry may have been meant), so it is not attached to an indicator.",
    }),
  /* @__PURE__ */ figure('review-industrial-fixed-asset-investment', 'industrial fixed-asset investment over the period', '670', 'bn-yuan', 'exact',
    /* @__PURE__ */ report('I.d', 'Industrial fixed assets investment reached 670 billion yuan in the period')),
  /* @__PURE__ */ figure('review-projects-completed', 'projects completed over the period', '600', 'count', 'exact', /* @__PURE__ */ report('I.d', '600 projects were completed')),
  /* @__PURE__ */ figure('review-industrial-zones', 'industrial zones', '9', 'count', 'exact', /* @__PURE__ */ report('I.e', E_QUOTE), {
    note: 'Read as the nine industrial parks of the 13th FYP commitment: the count is the same, but the report does not say that they are the same parks.',
  }),
  /* @__PURE__ */ figure('review-industrial-zone-income', 'income of each of the nine industrial zones', '10', 'bn-yuan', 'moreThan', /* @__PURE__ */ report('I.e', E_QUOTE), {
    note: "'for the period': whether a yearly income or a total over the period is not said.",
  }),
  /* @__PURE__ */ figure('review-rare-earth-zone-income', 'income of the rare earth zone', '100', 'bn-yuan', 'moreThan', /* @__PURE__ */ report('I.e', E_ZONES_QUOTE), {
    note: "'breaking 100-billion yuan': more than 100 billion yuan, at some time in the period.",
  }),
  /* @__PURE__ */ figure('review-equipment-manufacturing-zone-income', 'income of the equipment manufacturing zone', '100', 'bn-yuan', 'moreThan', /* @__PURE__ */ report('I.e', E_ZONES_QUOTE), {
    note: `'breaking 100-billion yuan': more than 100 billion yuan, at some time in the period. ${EQUIPMENT_PARK_2013}`,
  }),
  /* @__PURE__ */ figure('review-energy-consumption-change', "energy consumption of 'certain enterprises', change over the period", '-37.5', 'percent', 'exact',
    /* @__PURE__ */ report('I.f', 'Energy consumption of certain enterprises fell 37.5-percent'), {
      indicator: 'industrial-energy-consumption-change',
      definition: ABOVE_SCALE,
      note: "'fell 37.5-percent': a change of −37.5 %. The report says energy consumption, not energy consumption per unit of value added; a fall of that size in total use while value added grew 13 % a year would be unusual, so the intensity may have been meant, but the figure is kept as written.",
    }),
  /* @__PURE__ */ figure('review-industrial-waste-utilisation', 'utilization rate of industrial waste', '72', 'percent', 'exact',
    /* @__PURE__ */ report('I.f', 'the utilization rate of industrial waste reached 72-percent'), {
      indicator: 'industrial-waste-utilisation-rate',
      note: "'reached': the rate by the end of the period, presumably 2015; the year is not said.",
    }),
  {
    id: 'review-low-carbon-pilot-city',
    subject: { en: 'national low-carbon pilot city' },
    period: { start: 2015, end: 2015 },
    qualifier: 'exact',
    status: 'A',
    statement: 'Baotou was one of the first pilot cities nationwide for low-carbon development.',
    source: /* @__PURE__ */ report('I.f', 'Last May, Baotou was one of the first pilot cities nationwide for low-carbon development'),
    note: "'Last May' is read as May 2015, the May before the conference reported on 2016-03-22.",
  },
];
