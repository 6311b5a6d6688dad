/**
 * `baotou-plan targets`: every target of the plan, with the words of the report it comes
 * from.
 *
 * @module
 */
import type { Plan, Target } from '../../plan/types.js';
import { TABLE_OPTIONS, formatOption, type Command } from '../args.js';
import { PLAN_OPTION, indicatorOption, planOf } from '../context.js';
import { emit, goalFields, indicatorField, sourceOf, words, type Field } from '../output.js';

/**
 * The columns of a list of targets (`targets`, and the targets of `plan`).
 *
 * @param plan - The plan, for the names of the indicators.
 * @param withQuote - Whether to add the words of the source.
 * @returns The columns.
 *
 * @example
 * ```ts
 * targetFields(baotou13, true).map((f) => f.key).at(-1); // → 'quote'
 * ```
 */
export function targetFields(plan: Plan, withQuote: boolean): Field<Target>[] {
  const quote: Field<Target> = {
    key: 'quote',
    header: words('Quote', '原文'),
    value: (t) => (t.source.kind === 'report' ? t.source.quote : (t.source.quote ?? null)),
    overflow: 'wrap',
    minWidth: 16,
  };
  return [
    { key: 'id', header: words('Target', '目标'), value: (t) => t.id, machineOnly: true },
    indicatorField(plan, 'indicator', (t) => t.indicator),
    { key: 'year', header: words('Year', '年份'), value: (t) => t.year, align: 'right' },
    {
      key: 'period',
      header: words('Period', '期间'),
      value: (t) => (t.period === undefined ? null : `${t.period.start}–${t.period.end}`),
      machineOnly: true,
    },
    ...goalFields<Target>('value', (t) => t),
    { key: 'form', header: words('Form', '形式'), value: (t) => t.form ?? null, machineOnly: true },
    { key: 'wording', header: words('Wording', '措辞'), value: (t) => t.wording ?? null, machineOnly: true },
    { key: 'section', header: words('Source', '出处'), value: sourceOf },
    ...(withQuote ? [quote] : []),
  ];
}

/**
 * `baotou-plan targets`: its help, its options, and what it runs.
 *
 * @example
 * ```ts
 * // the targets of one indicator as CSV
 * let out = '';
 * const io = { stdout: (text: string) => { out += text; } };
 * await command.run({ io, args: { values: { indicator: 'industrial-value-added', format: 'csv' }, positionals: [] }, locale: 'en', width: 80 } as never); // → 0
 * out.split('\n')[1]?.startsWith('industrial-value-added-2020,'); // → true
 * ```
 */
export const command: Command = {
  run: async (context) => {
    const { plan } = await planOf(context);
    const indicator = indicatorOption(context, plan, 'targets');
    const rows = indicator === undefined ? plan.targets : plan.targets.filter((t) => t.indicator === indicator);
    emit(context, formatOption(context.args, 'table'), [{ key: 'targets', fields: targetFields(plan, true), rows }], { command: 'targets' });
    return 0;
  },
  usage: '[--indicator id] [--plan name|file.json] [options]',
  description: [
    {
      en: 'Lists the targets of the plan: indicator, year, comparator and value, and the section and exact words of the source each comes from. Targets over a period ("an annual average increase above 8 percent", "a cut of 15 % over 2016–2020") carry the period and their form.',
      'zh-CN': '列出规划的目标：指标、年份、比较符和数值，以及各目标的出处章节和原文。覆盖一个期间的目标（“年均增长 8% 以上”、“2016–2020 年累计下降 15%”）附有期间及其形式。',
    },
  ],
  options: {
    indicator: { type: 'string', value: '<id>', description: { en: 'only the targets of this indicator', 'zh-CN': '只列出该指标的目标' } },
    ...PLAN_OPTION, ...TABLE_OPTIONS,
  },
  examples: [
    ['baotou-plan targets', { en: 'every target with its quote', 'zh-CN': '每个目标及其原文' }],
    ['baotou-plan targets --plan china13 --lang zh', { en: 'the targets of the national plan, in Chinese', 'zh-CN': '全国规划的目标，用中文' }],
    ['baotou-plan targets --format json', { en: 'the targets as JSON, values as exact decimal strings', 'zh-CN': '以 JSON 输出目标，数值为精确的十进制字符串' }],
  ],
};
