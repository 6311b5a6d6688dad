/**
 * The targets of `china13`: one for each figure of the Outline's table for 2020 or for
 * 2016–2020, in the Outline's order, each with the publication that quotes it. A target
 * keeps the source's own word for its comparator in `wording` where the source uses one the
 * library knows (以上, 达到); the table's ">" and "<" stand for 以上 and 以下 by the convention
 * of Chinese plans, and the note of each such target says so.
 *
 * Forms: `level` (the value in 2020), `annual-average` (GDP, labour productivity and income
 * growth, 2016–2020 from 2015), `change` (life expectancy "+1 year"), `relative-change` (the
 * falls of water, energy and CO₂ per unit of GDP, of PM2.5 and of the four pollutants, in
 * percent of 2015) and `cumulative` (new urban jobs, the poor lifted out, shantytowns rebuilt,
 * new construction land: sums over 2016–2020).
 *
 * @internal
 * @module
 */
import type { UnitId } from '../../units/index.js';
import type { Comparator, TargetForm, Wording } from '../../vocabulary.js';
import { defined } from '../baotou13/defined.js';
import type { ExternalSourceInput, TargetInput } from '../baotou13/types.js';
import * as src from './sources.js';

const PERIOD = { start: 2016, end: 2020 };

/** The convention for the table's ">" and "<". */
const TABLE = (symbol: '>' | '<', comparator: 'atLeast' | 'atMost'): string =>
  `The Outline’s table writes "${symbol}"; by the convention of Chinese plans it stands for ${symbol === '>' ? '以上' : '以下'}, which includes the figure (Civil Code of the PRC, 2020, art. 1259: 以上、以下、以内 include the figure; 不满、超过 do not), so it reads as ${comparator}.`;
/** A source that words the floor 超过 (strict) where the table has ">". */
const EXCEEDING = (source: string): string =>
  `${source} words it 超过 ("exceeding"), which is strict; the table’s reading is kept. The two differ only at exactly the figure.`;
const BARE_FLOOR = 'The source gives the figure without a comparator; read as a floor (atLeast), since the indicator is to increase.';
/** A fall of a level over 2016–2020. */
const FALL = (percent: string): string =>
  `A fall of ${percent} % over 2016–2020, in percent of the 2015 level (下降${percent}%): the relative change (2020 ÷ 2015 − 1) is to be −${percent} % or lower, a ceiling (atMost). Binding.`;
/** A sum over the five years. */
const SUM = (what: string): string => `The sum of ${what} over the five years 2016–2020 (the table’s bracket, [ ], marks five-year sums).`;

/** Everything of a target but its id, indicator and year (always 2020). */
interface Spec {
  readonly form: TargetForm;
  readonly comparator: Comparator;
  readonly value: string;
  readonly unit: UnitId;
  readonly source: ExternalSourceInput;
  readonly note: string;
  readonly wording?: Wording | undefined;
}

/**
 * A target of 2020 of the Outline.
 *
 * @param indicator - The indicator's id; the target's id is `<indicator>-2020`, or
 *   `<indicator>-<suffix>-2020` with `suffix`.
 * @param spec - Its form (a form other than `level` runs over 2016–2020), comparator, value,
 *   unit, source, note and wording.
 * @param suffix - Tells two targets of one indicator apart.
 * @returns The target.
 */
function target(indicator: string, spec: Spec, suffix?: string): TargetInput {
  const { form, comparator, value, unit, source, note, wording } = spec;
  return defined({
    id: suffix === undefined ? `${indicator}-2020` : `${indicator}-${suffix}-2020`,
    indicator,
    year: 2020,
    period: form === 'level' ? undefined : PERIOD,
    form,
    comparator,
    wording,
    value,
    unit,
    source,
    note,
  });
}

/** A floor on the 2020 level. */
const floor = (indicator: string, value: string, unit: UnitId, source: ExternalSourceInput, note: string, wording?: Wording): TargetInput =>
  /* @__PURE__ */ target(indicator, { form: 'level', comparator: 'atLeast', value, unit, source, note, wording });

/** A fall of a level over 2016–2020, in percent. */
const fall = (indicator: string, percent: string, source: ExternalSourceInput): TargetInput =>
  /* @__PURE__ */ target(indicator, { form: 'relative-change', comparator: 'atMost', value: `-${percent}`, unit: 'percent', source, note: FALL(percent) });

/** The 36 targets, in the Outline's order. */
export const targets: TargetInput[] = [
  /* @__PURE__ */ floor('gdp', '927000', '100m-yuan', src.OUTLINE_SSN, `More than 92.7 × 10¹² yuan (92.7万亿元) in 2020, here 927,000 亿元. ${TABLE('>', 'atLeast')} ${EXCEEDING('The Shanghai Securities News')} Price basis not stated: see the indicator’s notes.`),
  /* @__PURE__ */ target('gdp-growth', {
    form: 'annual-average',
    comparator: 'atLeast',
    wording: '以上',
    value: '6.5',
    unit: 'percent-per-annum',
    source: src.OUTLINE_SSN,
    note: 'GDP年均增速要保持在6.5%以上: at least 6.5 % a year on average over 2016–2020 from 2015, at comparable prices; 以上 includes the figure (Civil Code of the PRC, 2020, art. 1259). Over five years, 1.065⁵ − 1 ≈ 37.0 %.',
  }),
  /* @__PURE__ */ floor('labour-productivity', '12', '10k-yuan-per-person', src.OUTLINE_SSN, '提升至12万元/人以上: at least 12 × 10⁴ yuan per person in 2020; 以上 includes the figure. Price basis not stated: see the indicator’s notes.', '以上'),
  /* @__PURE__ */ target('labour-productivity-growth', {
    form: 'annual-average',
    comparator: 'atLeast',
    value: '6.6',
    unit: 'percent-per-annum',
    source: src.OUTLINE_CCTV,
    note: `“increase by 6.6 percent annually”: the table has "> 6.6" a year on average over 2016–2020. ${TABLE('>', 'atLeast')}`,
  }),
  /* @__PURE__ */ floor('urbanisation-permanent', '60', 'percent', src.OUTLINE_SSN, '要达到60%: 达到 ("reaching") is a floor the figure itself meets. 60 − 56.1 = 3.9 percentage points over 2016–2020.', '达到'),
  /* @__PURE__ */ floor(
    'urbanisation-registered',
    '45',
    'percent',
    src.OUTLINE_SSN,
    '要达到45%: a floor (达到). China News Service (2018-02-28) quotes the Outline as 45%左右 ("about 45 %"), which would read as approximately, with a tolerance the Outline does not give; the floor is the stricter reading, and the outcome (45.4 %) meets both.',
    '达到',
  ),
  /* @__PURE__ */ floor('services-share', '56', 'percent', src.OUTLINE_SSN, `从2015年的50.5%进一步提升至56%: raised to 56 % (+5.5 percentage points). ${BARE_FLOOR}`),
  /* @__PURE__ */ floor('rd-intensity', '2.5', 'percent', src.WORK_REPORT_2016_INNOVATION, '力争…达到2.5%: a floor (达到).', '达到'),
  /* @__PURE__ */ floor('invention-patents-per-10k', '12', 'count-per-10k-people', src.OUTLINE_CCTV, `“from current 6.3 to 12”. ${BARE_FLOOR}`),
  /* @__PURE__ */ floor('science-technology-contribution', '60', 'percent', src.WORK_REPORT_2016_INNOVATION, '达到60%: a floor (达到).', '达到'),
  /* @__PURE__ */ floor('fixed-broadband-household-penetration', '70', 'percent', src.S9, `70 % of households in 2020 (the Broadband Development Alliance; China News Service, 2017-02-23, gives the 2016 target of 46 % on the way). ${BARE_FLOOR}`),
  /* @__PURE__ */ floor('mobile-broadband-user-penetration', '85', 'percent', src.S9, `85 users per 100 people in 2020 (the Broadband Development Alliance; the 2016 target was 62.5 %). ${BARE_FLOOR}`),
  /* @__PURE__ */ target('disposable-income-growth', {
    form: 'annual-average',
    comparator: 'atLeast',
    value: '6.5',
    unit: 'percent-per-annum',
    source: src.OUTLINE_REUTERS,
    note: `“by 6.5 percent or higher every year”: the table has "> 6.5", read as an annual average over 2016–2020. ${TABLE('>', 'atLeast')}`,
  }),
  /* @__PURE__ */ floor('schooling-years', '10.8', 'years', src.WORK_REPORT_2016, `从10.23年提高到10.8年: from 10.23 to 10.8 years (+0.57). ${BARE_FLOOR}`),
  /* @__PURE__ */ target('new-urban-jobs', {
    form: 'cumulative',
    comparator: 'atLeast',
    wording: '以上',
    value: '50000000',
    unit: 'count',
    source: src.WORK_REPORT_2016,
    note: `实现城镇新增就业5000万人以上: at least 50 million (5,000 × 10⁴). ${SUM('the new urban jobs of each year')} 以上 includes the figure.`,
  }),
  /* @__PURE__ */ target('rural-poverty-reduction', {
    form: 'cumulative',
    comparator: 'atLeast',
    value: '55750000',
    unit: 'count',
    source: src.XU_SHAOSHI_2016,
    note: `The 55.75 million rural poor of the end of 2015 (5,575 × 10⁴), all to be lifted out by the current standard. ${SUM('the people lifted out each year')} The outcome, all lifted out, is reported in words by a single secondary source; \`china13Reported\` records it as the 55.75 million, derived (status E).`,
  }),
  /* @__PURE__ */ floor('basic-pension-coverage', '90', 'percent', src.S13, `養老保險將覆蓋九成人口: 90 %. ${BARE_FLOOR}`),
  /* @__PURE__ */ target('shantytown-renovation', {
    form: 'cumulative',
    comparator: 'atLeast',
    value: '20000000',
    unit: 'count',
    source: src.WORK_REPORT_2016,
    note: `城镇棚户区住房改造2000万套: 20 million dwellings (2,000 × 10⁴). ${SUM('the dwellings rebuilt each year')} ${BARE_FLOOR}`,
  }),
  /* @__PURE__ */ floor('life-expectancy', '77.3', 'years', src.S18, `77.3 years in 2020. ${BARE_FLOOR}`),
  /* @__PURE__ */ target(
    'life-expectancy',
    {
      form: 'change',
      comparator: 'atLeast',
      value: '1',
      unit: 'years',
      source: src.WORK_REPORT_2016,
      note: `人均预期寿命提高1岁: up one year over 2016–2020 on 2015 (76.34 + 1 = 77.34, against the level of 77.3 of the other target). ${BARE_FLOOR}`,
    },
    'change',
  ),
  /* @__PURE__ */ floor('arable-land', '18.65', '100m-mu', src.S20, `1.865 × 10⁹ mu (18.65亿亩, at least 124.33 million hectares) kept in 2020. ${BARE_FLOOR}`),
  /* @__PURE__ */ target('new-construction-land', {
    form: 'cumulative',
    comparator: 'atMost',
    value: '3256',
    unit: '10k-mu',
    source: src.S22,
    note: `Within 32.56 million mu (3,256 × 10⁴ mu). ${SUM('the land newly taken each year')} ${TABLE('<', 'atMost')}`,
  }),
  /* @__PURE__ */ fall('water-intensity-gdp', '23', src.WORK_REPORT_2016_ENVIRONMENT),
  /* @__PURE__ */ fall('energy-intensity-gdp', '15', src.WORK_REPORT_2016_ENVIRONMENT),
  /* @__PURE__ */ floor('non-fossil-energy-share', '15', 'percent', src.S23, `From 12 % in 2015 to 15 % in 2020. ${BARE_FLOOR}`),
  /* @__PURE__ */ fall('co2-intensity-gdp', '18', src.WORK_REPORT_2016_ENVIRONMENT),
  /* @__PURE__ */ floor('forest-coverage', '23.04', 'percent', src.WORK_REPORT_2016_ENVIRONMENT, '森林覆盖率达到23.04%: a floor (达到).', '达到'),
  /* @__PURE__ */ floor('forest-stock', '165', '100m-cubic-metres', src.S28, `16.5 × 10⁹ cubic metres (165亿立方米) in 2020. ${BARE_FLOOR}`),
  /* @__PURE__ */ floor('good-air-days-share', '80', 'percent', src.ECO_PLAN, `">80" in 2020. ${TABLE('>', 'atLeast')} ${EXCEEDING('The 2016 Government Work Report (超过80%)')}`),
  /* @__PURE__ */ fall('pm25-non-attaining-cities', '18', src.ECO_PLAN),
  /* @__PURE__ */ floor('surface-water-grade-iii-share', '70', 'percent', src.ECO_PLAN, `">70" in 2020. ${TABLE('>', 'atLeast')}`),
  /* @__PURE__ */ target('surface-water-below-grade-v-share', {
    form: 'level',
    comparator: 'atMost',
    value: '5',
    unit: 'percent',
    source: src.ECO_PLAN,
    note: `"<5" in 2020. ${TABLE('<', 'atMost')}`,
  }),
  /* @__PURE__ */ fall('cod-emissions', '10', src.S31),
  /* @__PURE__ */ fall('ammonia-nitrogen-emissions', '10', src.S31),
  /* @__PURE__ */ fall('so2-emissions', '15', src.S31),
  /* @__PURE__ */ fall('nox-emissions', '15', src.S31),
];
