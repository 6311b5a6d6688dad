/**
 * The targets: 2020 (II.a–b) and 2016 (III.c). Each keeps the report's own word in `wording`
 * ("above", "more than", "about", "down to", "reaching") beside the comparator it means by
 * the convention of Chinese plans: the English "above" and "more than" render 以上, which
 * includes the figure (Civil Code of the PRC, 2020, art. 1259), so they read as `atLeast`.
 * Where the report gives a bare figure there is no wording, and the reading is explained in
 * `note`.
 *
 * @internal
 * @module
 */
import type { TargetInput } from './types.js';
import { report } from './sources.js';

const PLAN_PERIOD = { start: 2016, end: 2020 };

/**
 * The tolerance of the report's "about": ± 1 percentage point. The report gives none; this is
 * the library's assumption, stated in each such target's note.
 */
const ABOUT = { absolute: '1' };
const ABOUT_NOTE =
  "'about' (左右) with no tolerance in the report: the library assumes ± 1 percentage point, one unit of the figure's last digit (an absolute tolerance of 1 in percent), and by default judges it in the indicator's direction, so that overshooting a share that is to rise meets it (docs/progress.md, section 'approximately').";
const BARE_FLOOR = 'The report gives the figure without a comparator; read as a floor (atLeast), since the indicator is to increase.';
/** Why an English "above" or "more than" reads as `atLeast`. */
const RENDERS_YISHANG = (words: string): string =>
  `'${words}' renders 以上, which includes the figure (Civil Code of the PRC, 2020, art. 1259: 以上、以下、以内、届满 include the figure; 不满、超过、以外 do not): a floor, atLeast.`;

/** The eleven targets: ten of 2020 (II.a–b) and one of 2016 (III.c), in the report's order. */
export const targets: TargetInput[] = [
  {
    id: 'industrial-value-added-2020',
    indicator: 'industrial-value-added',
    year: 2020,
    comparator: 'atLeast',
    value: '240',
    unit: 'bn-yuan',
    source: /* @__PURE__ */ report('II.a', 'have an industrial added value of 240-billion yuan'),
    note: `${BARE_FLOOR} Scope and price basis are not stated (levels are usually at current prices).`,
  },
  {
    id: 'industrial-value-added-growth-2020',
    indicator: 'industrial-value-added-growth',
    year: 2020,
    period: PLAN_PERIOD,
    comparator: 'atLeast',
    wording: 'above',
    value: '8',
    unit: 'percent-per-annum',
    source: /* @__PURE__ */ report('II.a', 'an annual average increase above 8 percent'),
    note: `${RENDERS_YISHANG('above')} At least 8 % a year on average over 2016–2020 from the base year 2015, at comparable prices, as growth rates are (Baotou statistical communiqué 2016, note [2]).`,
  },
  {
    id: 'innovation-research-institutes-2020',
    indicator: 'innovation-research-institutes',
    year: 2020,
    comparator: 'atLeast',
    wording: 'more than',
    value: '100',
    unit: 'count',
    source: /* @__PURE__ */ report('II.a', 'more than 100 innovation and research institutes'),
    note: RENDERS_YISHANG('more than'),
  },
  {
    id: 'state-high-tech-enterprises-2020',
    indicator: 'state-high-tech-enterprises',
    year: 2020,
    comparator: 'atLeast',
    value: '120',
    unit: 'count',
    source: /* @__PURE__ */ report('II.a', '120 State high-tech enterprises areas'),
    note: BARE_FLOOR,
  },
  {
    id: 'strategic-emerging-industries-share-2020',
    indicator: 'strategic-emerging-industries-share',
    year: 2020,
    comparator: 'approximately',
    wording: 'about',
    value: '25',
    unit: 'percent',
    tolerance: ABOUT,
    source: /* @__PURE__ */ report('II.a', 'strategic emerging industries accounting for about 25-percent'),
    note: ABOUT_NOTE,
  },
  {
    id: 'high-tech-industries-share-2020',
    indicator: 'high-tech-industries-share',
    year: 2020,
    comparator: 'approximately',
    wording: 'about',
    value: '35',
    unit: 'percent',
    tolerance: ABOUT,
    source: /* @__PURE__ */ report('II.a', 'high-tech industries for about 35-percent of the total'),
    note: ABOUT_NOTE,
  },
  {
    id: 'producer-services-share-2020',
    indicator: 'producer-services-share',
    year: 2020,
    comparator: 'atLeast',
    wording: 'more than',
    value: '25',
    unit: 'percent',
    source: /* @__PURE__ */ report('II.b', 'Get producer services to account for more than 25-percent of GDP'),
    note: RENDERS_YISHANG('more than'),
  },
  {
    id: 'industrial-energy-intensity-2020',
    indicator: 'industrial-energy-intensity',
    year: 2020,
    comparator: 'atMost',
    wording: 'down to',
    value: '1.3',
    unit: 'tce-per-10k-yuan',
    source: /* @__PURE__ */ report(
      'II.b',
      'bring energy consumption per 10,000-yuan of industrial added value output down to 1.3 tons of standard coal equivalent',
    ),
    note: "'down to' renders 以下, which includes the figure (Civil Code of the PRC, 2020, art. 1259): a ceiling, atMost.",
  },
  {
    id: 'industrial-wastewater-utilisation-rate-2020',
    indicator: 'industrial-wastewater-utilisation-rate',
    year: 2020,
    comparator: 'atLeast',
    value: '92',
    unit: 'percent',
    source: /* @__PURE__ */ report('II.b', 'have an industrial wastewater utilization rate of 92-percent'),
    note: BARE_FLOOR,
  },
  {
    id: 'industrial-solid-waste-utilisation-rate-2020',
    indicator: 'industrial-solid-waste-utilisation-rate',
    year: 2020,
    comparator: 'atLeast',
    wording: 'reaching',
    value: '85',
    unit: 'percent',
    source: /* @__PURE__ */ report('II.b', 'industrial solid waste comprehensive utilization rate reaching 85 percent'),
    note: "'reaching' renders 达到, a floor that the figure itself meets: atLeast.",
  },
  {
    id: 'strategic-emerging-industries-share-2016',
    indicator: 'strategic-emerging-industries-share',
    year: 2016,
    comparator: 'atLeast',
    wording: 'more than',
    value: '20',
    unit: 'percent',
    source: /* @__PURE__ */ report('III.c', "get strategic emerging industries to account for more than 20 percent of all of the city's industries"),
    note: RENDERS_YISHANG('more than'),
  },
];
