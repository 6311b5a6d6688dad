/**
 * The words of the charts in both languages: titles, axes, legends. Names of places and
 * industries come from the data, never from here.
 *
 * @internal
 * @module
 */
import type { ChartLocale } from '../types.js';

/** The words of the charts in one language (statuses and comparators are the vocabulary's). */
interface ChartWords {
  readonly year: string;
  readonly observed: string;
  /** The base-year value a scenario starts from, drawn where no observation is given. */
  readonly scenarioBase: string;
  readonly requiredPath: string;
  readonly projection: string;
  readonly target: string;
  readonly series: string;
  readonly value: string;
  readonly attainment: string;
  readonly gap: string;
  readonly indicator: string;
  readonly met: string;
  readonly notMet: string;
  readonly notJudged: string;
  readonly status: string;
  readonly scorecardTitle: string;
  readonly layoutTitle: string;
  readonly layoutSubtitle: string;
  readonly zone: string;
  readonly industries: string;
  readonly targetLabel: (year: number, comparator: string, value: string) => string;
  readonly requiredRate: (rate: string) => string;
  /** The label of a break in a series (a statistical revision) on a trajectory. */
  readonly breakLabel: string;
  /** A break in the description: the observed line has a gap before `year`. */
  readonly breakBefore: (year: number) => string;
  readonly list: (items: readonly string[]) => string;
  /** A remark in parentheses after a word. */
  readonly aside: (text: string) => string;
}

/**
 * The words of the charts, by language.
 *
 * @example
 * ```ts
 * WORDS['zh-CN'].targetLabel(2020, '≥', '240'); // → '2020年目标：≥ 240'
 * ```
 */
export const WORDS: Readonly<Record<ChartLocale, ChartWords>> = {
  en: {
    year: 'Year',
    observed: 'Observed',
    scenarioBase: 'Base year (scenario)',
    requiredPath: 'Required path',
    projection: 'Projection',
    target: 'Target',
    series: 'Series',
    value: 'Value',
    attainment: 'Attainment (%)',
    gap: 'Gap',
    indicator: 'Indicator',
    met: 'Met',
    notMet: 'Not met',
    notJudged: 'Not judged',
    status: 'Status',
    scorecardTitle: 'Attainment of targets',
    layoutTitle: 'Industrial layout',
    layoutSubtitle: 'Schematic by compass direction, not a map',
    zone: 'Zone',
    industries: 'Industries',
    targetLabel: (year, comparator, value) => `Target ${year}: ${comparator} ${value}`,
    requiredRate: (rate) => `Required growth ${rate} % a year`,
    breakLabel: 'Break in series',
    breakBefore: (year) => `Break in series before ${year}: the observed values before and after are not comparable`,
    list: (items) => items.join(', '),
    aside: (text) => ` (${text})`,
  },
  'zh-CN': {
    year: '年份',
    observed: '实际值',
    scenarioBase: '基年（情景）',
    requiredPath: '所需路径',
    projection: '预测值',
    target: '目标',
    series: '系列',
    value: '数值',
    attainment: '完成程度（%）',
    gap: '差距',
    indicator: '指标',
    met: '已实现',
    notMet: '未实现',
    notJudged: '未评价',
    status: '状态',
    scorecardTitle: '目标完成情况',
    layoutTitle: '产业布局',
    layoutSubtitle: '按方位示意，非地图',
    zone: '区域',
    industries: '产业',
    targetLabel: (year, comparator, value) => `${year}年目标：${comparator} ${value}`,
    requiredRate: (rate) => `所需年均增长 ${rate}%`,
    breakLabel: '序列断点',
    breakBefore: (year) => `${year}年前序列断点：前后实际值不可比`,
    list: (items) => items.join('、'),
    aside: (text) => `（${text}）`,
  },
};
