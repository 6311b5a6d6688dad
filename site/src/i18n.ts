/**
 * Every word the page says itself, in English and Chinese. The words of the domain (verdicts,
 * caveat kinds, comparators, progress statuses, unit names) are the library's own
 * (`SCORECARD_STATUS_WORDS`, `CAVEAT_WORDS`, `PROGRESS_STATUS_WORDS`, `formatQuantity`).
 */
import type { Locale, Words } from 'baotou-plan';

const w = (en: string, zh: string): Words => ({ en, 'zh-CN': zh });

/** The page's labels and sentences, each in both languages. */
export const UI = {
  title: w('Plan explorer', '规划浏览器'),
  skip: w('Skip to the scorecard', '跳到目标完成情况'),
  intro: w(
    'Every target of a plan, judged on what happened, with what each verdict rests on; a scenario to try; your own figures. Everything is computed in this page, exactly, with the baotou-plan library.',
    '逐项评价规划目标的完成情况，并说明每项结论的依据；可调整情景，也可使用自己的数据。所有计算均在本页内由 baotou-plan 库精确完成。',
  ),
  language: w('Language', '语言'),
  planHeading: w('Plan', '规划'),
  planPick: w('Plan to explore', '选择规划'),
  planFromFile: w('plan from a file', '文件中的规划'),
  planFile: w('Open a plan file (JSON)', '打开规划文件（JSON）'),
  planDrop: w('or drop a plan file here', '或将规划文件拖放到此处'),
  planInvalid: w('The plan file is not valid', '规划文件无效'),
  planNotJson: w('not JSON', '不是 JSON'),
  planPeriod: (start: number, end: number, base: number | undefined) =>
    w(
      `${start}–${end}${base === undefined ? '' : `, base year ${base}`}`,
      `${start}—${end}年${base === undefined ? '' : `，基期 ${base} 年`}`,
    ),
  scorecardHeading: w('Scorecard: what happened', '目标完成情况'),
  scorecardCaption: w('Every target of the plan, judged at its year', '规划的每项目标，按目标年份评价'),
  indicator: w('Indicator', '指标'),
  year: w('Year', '年份'),
  target: w('Target', '目标值'),
  value: w('Value', '数值'),
  status: w('Status', '状态'),
  basis: w('Basis', '依据'),
  caveats: w('Caveats', '注意事项'),
  explain: w('Explanation', '说明'),
  showExplanation: (name: string) => w(`Explanation of ${name}`, `${name}的说明`),
  why: w('Why', '原因'),
  working: w('Working', '计算过程'),
  boundOn: w('Bound by', '界限依据'),
  missingYears: w('Years without a value', '缺少数值的年份'),
  noCaveats: w('none', '无'),
  basisWords: {
    observed: w('observed', '实际值'),
    bound: w('bound', '界限'),
    projected: w('projected', '预测值'),
  },
  scenarioHeading: w('Scenario: what if', '情景模拟'),
  scenarioIntro: w(
    'Each series follows the starting scenario (its fields show that path’s average rate) until you set its rate: then it grows at that constant rate a year from its base-year level. Move a slider or type an exact rate; the projection, the verdicts and the break-even rates follow. The address of the page keeps the scenario.',
    '各序列先沿起始情景的路径变化（输入框显示该路径的年均增长率）；设定增长率后，自基期水平起按该固定年增长率增长。拖动滑块或输入精确增长率，预测值、评价结论和盈亏平衡增长率随之更新。页面地址保存当前情景。',
  ),
  scenarioBase: (name: string) => w(`Starting from: ${name}`, `起始情景：${name}`),
  /** The starting scenarios the library makes, by the start of their English name. */
  scenarioNames: [
    ['The reported trend', '公布数据趋势：基期水平及此后公布的增长率'],
    ["The plan's own path", '规划自身路径：最后一年的各项目标恰好达到'],
  ] as const,
  noScenario: w('This plan has no series a scenario can drive.', '该规划没有可由情景驱动的序列。'),
  growthSlider: (name: string) => w(`Growth of ${name}, percent a year`, `${name}年增长率（%）`),
  growthExact: (name: string) => w(`Exact growth of ${name}, percent a year`, `${name}精确年增长率（%）`),
  growthRange: w('slider', '滑块'),
  growthText: w('exact, % a year', '精确值（%/年）'),
  baseLevel: w('base', '基期'),
  badRate: w('not a decimal number', '不是十进制数'),
  resetScenario: w('Reset the scenario', '重置情景'),
  projection: w('Projection', '预测'),
  verdicts: w('Verdicts on the projection', '依据预测的评价'),
  breakEven: w('Break-even growth', '盈亏平衡增长率'),
  breakEvenIntro: w('The constant growth a year at which each target turns', '使各目标结论发生变化的固定年增长率'),
  breakEvenAtLeast: w('met at', '达到'),
  none: w('–', '–'),
  dataHeading: w('Your own figures', '使用自己的数据'),
  dataIntro: w(
    'Paste or drop observations as CSV (columns indicator, year or period, value, and optionally unit, qualifier, status, vintage, source) or as a JSON list; the scorecard and the progress assessment recompute on them.',
    '粘贴或拖放观测数据：CSV（列 indicator、year 或 period、value，可选 unit、qualifier、status、vintage、source）或 JSON 列表；目标评价和进度评估将据此重新计算。',
  ),
  dataText: w('Observations (CSV or JSON)', '观测数据（CSV 或 JSON）'),
  dataFile: w('Open a file of observations', '打开观测数据文件'),
  dataDrop: w('or drop a file of observations here', '或将观测数据文件拖放到此处'),
  dataApply: w('Use these observations', '使用这些数据'),
  dataReset: w('Back to the figures reported', '恢复公布数据'),
  dataInvalid: w('The observations could not be read', '无法读取观测数据'),
  dataUsing: (n: number) => w(`Using your ${n} observations.`, `正在使用您提供的 ${n} 条观测数据。`),
  dataReported: (n: number) => w(`Using the ${n} figures reported with the plan.`, `正在使用随规划公布的 ${n} 条数据。`),
  line: (n: number, column: string | undefined) =>
    w(`line ${n}${column === undefined ? '' : `, column '${column}'`}`, `第 ${n} 行${column === undefined ? '' : `，“${column}”列`}`),
  assessmentHeading: w('Progress', '进度评估'),
  assessmentCaption: w('Is each target on track? Three methods side by side', '各目标进度是否正常：三种方法对照'),
  method: w('Method', '方法'),
  measure: w('Measure', '测度'),
  noAssessment: w('No target has observations to assess.', '没有可评估的目标观测数据。'),
  methods: {
    opensdg: w('Open SDG', 'Open SDG'),
    unsd: w('UN Progress Chart', '联合国进度图'),
    'time-progress': w('time progress', '时间进度'),
  },
  chartsHeading: w('Charts', '图表'),
  chartsShow: w('Show the charts', '显示图表'),
  chartIndicator: w('Indicator of the trajectory', '轨迹图指标'),
  chartLoading: w('Loading the charts…', '正在加载图表…'),
  trajectory: w('Trajectory', '轨迹'),
  scorecardChart: w('Scorecard', '目标完成情况'),
  error: w('Error', '错误'),
  colon: w(': ', '：'),
  semicolon: w('; ', '；'),
  comma: w(', ', '、'),
} as const;

/**
 * A name of the plan (`{ en, zh? }`) in a language: English where there is no Chinese.
 *
 * @param text - The name.
 * @param locale - The language.
 * @returns The name.
 */
export function nameIn(text: { readonly en: string; readonly zh?: string } | undefined, locale: Locale): string {
  if (text === undefined) return '';
  return locale === 'zh-CN' && text.zh !== undefined && text.zh !== '' ? text.zh : text.en;
}
