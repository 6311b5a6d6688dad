/**
 * `baotou-plan plan [part]`: the structure of the plan: layout zones, commitments,
 * indicators and targets.
 *
 * @module
 */
import { messages, unitLabel } from '../../internal/library.js';
import type { Commitment, Indicator, LayoutZone, LocalizedText, Plan } from '../../plan/types.js';
import type { Locale } from '../../vocabulary.js';
import { TABLE_OPTIONS, formatOption, type Command } from '../args.js';
import { PLAN_OPTION, planOf } from '../context.js';
import { emit, nameIn, sourceOf, withUnit, words, type AnySection, type Field } from '../output.js';
import { COMMITMENT_WORDS, DIRECTION_WORDS, text, wordOf } from '../text.js';
import { targetFields } from './targets.js';

/** The parts of `plan`, in order. */
const PLAN_PARTS = ['zones', 'commitments', 'indicators', 'targets'] as const;
type Part = (typeof PLAN_PARTS)[number];

/** Names in a list: `aluminum, steel`, `铝、钢`. */
const list = (items: readonly LocalizedText[], locale: Locale): string =>
  items.map((i) => nameIn(i, locale)).join(locale === 'zh-CN' ? '、' : ', ');

const yesNo = (yes: boolean, locale: Locale): string => (yes ? text.yes : text.no)[locale];

const ZONE_FIELDS: readonly Field<LayoutZone>[] = [
  { key: 'id', header: words('Zone', '区域'), value: (z) => z.id, machineOnly: true },
  {
    key: 'direction',
    header: words('Direction', '方位'),
    value: (z) => z.direction,
    // Baotou's directions by their ids in English (as the report's zones are known), in words in Chinese.
    text: (z, locale) => (locale === 'en' ? z.direction : wordOf(DIRECTION_WORDS, z.direction, locale)),
    overflow: 'none',
  },
  { key: 'label', header: words('Zone', '区域'), value: (z) => z.label.en, text: (z, locale) => nameIn(z.label, locale) },
  {
    key: 'industries',
    header: words('Industries', '产业'),
    value: (z) => z.industries.map((i) => i.en).join('; '),
    text: (z, locale) => list(z.industries, locale),
  },
  { key: 'section', header: words('Source', '出处'), value: sourceOf },
];

const COMMITMENT_FIELDS: readonly Field<Commitment>[] = [
  { key: 'id', header: words('Commitment', '任务'), value: (c) => c.id, machineOnly: true },
  { key: 'kind', header: words('Kind', '类别'), value: (c) => c.kind, text: (c, locale) => wordOf(COMMITMENT_WORDS, c.kind, locale), overflow: 'none' },
  { key: 'count', header: words('Count', '数量'), value: (c) => c.count, align: 'right' },
  { key: 'theme', header: words('Theme', '主题'), value: (c) => c.theme.en, text: (c, locale) => nameIn(c.theme, locale) },
  { key: 'named', header: words('Named', '已列名'), value: (c) => c.members.length, align: 'right' },
  { key: 'enumerated', header: words('All named', '全部列名'), value: (c) => c.enumerated, text: (c, locale) => yesNo(c.enumerated, locale) },
  {
    key: 'members',
    header: words('Members', '成员'),
    value: (c) => c.members.map((m) => m.name.en).join('; '),
    machineOnly: true,
  },
];

const INDICATOR_FIELDS: readonly Field<Indicator>[] = [
  { key: 'id', header: words('Id', '代码'), value: (i) => i.id, overflow: 'none' },
  {
    key: 'name',
    header: words('Indicator (unit)', '指标（单位）'),
    value: (i) => i.name.en,
    text: (i, locale) => withUnit(nameIn(i.name, locale), unitLabel(i.unit, { locale }), locale),
  },
  { key: 'nameZh', header: words('Chinese name', '中文名称'), value: (i) => i.name.zh ?? null, machineOnly: true },
  { key: 'unit', header: words('Unit', '单位'), value: (i) => i.unit, machineOnly: true },
  { key: 'kind', header: words('Kind', '类型'), value: (i) => i.kind, machineOnly: true },
  { key: 'direction', header: words('Direction', '方向'), value: (i) => i.direction, machineOnly: true },
  { key: 'nature', header: words('Nature', '属性'), value: (i) => i.nature, machineOnly: true },
  { key: 'priceBasis', header: words('Prices', '价格'), value: (i) => i.definition.priceBasis ?? null, machineOnly: true },
  { key: 'scope', header: words('Scope', '统计范围'), value: (i) => i.definition.scope ?? null, machineOnly: true },
];

/** Each part of the plan as a table. */
const SECTIONS: Readonly<Record<Part, (plan: Plan) => AnySection>> = {
  zones: (plan) => ({ key: 'zones', title: words('Layout zones', '产业布局'), rows: plan.layout, fields: ZONE_FIELDS }),
  commitments: (plan) => ({ key: 'commitments', title: words('Commitments', '重点任务'), rows: plan.commitments, fields: COMMITMENT_FIELDS }),
  indicators: (plan) => ({ key: 'indicators', title: words('Indicators', '指标'), rows: plan.indicators, fields: INDICATOR_FIELDS }),
  targets: (plan) => ({ key: 'targets', title: words('Targets', '目标'), rows: plan.targets, fields: targetFields(plan, false) }),
};

/**
 * `baotou-plan plan`: its help, its options, and what it runs.
 *
 * @example
 * ```ts
 * // the layout zones as JSON
 * let out = '';
 * const io = { stdout: (text: string) => { out += text; } };
 * await command.run({ io, args: { values: { format: 'json' }, positionals: ['zones'] }, locale: 'en', width: 80 } as never); // → 0
 * JSON.parse(out).map((z: { direction: string }) => z.direction); // → ['east', 'west', 'south', 'north', 'both-wings', 'northern-mountain']
 * ```
 */
export const command: Command = {
  run: async (context) => {
    const { plan } = await planOf(context);
    const part = context.args.positionals[0] as Part | undefined;
    const sections = (part === undefined ? PLAN_PARTS : [part]).map((p) => SECTIONS[p](plan));
    emit(context, formatOption(context.args, 'table'), sections, {
      command: 'plan',
      csvHint: messages.cliCsvNamePart('baotou-plan plan targets --format csv'),
    });
    return 0;
  },
  usage: '[zones|commitments|indicators|targets] [--plan name|file.json] [options]',
  description: [
    {
      en: "Prints the plan: its industrial layout zones, its counted commitments (bases, chains, industries, clusters, parks: how many, and which the sources name), its indicators and its targets. A part the plan does not have says 'none'. Name a part to print only that table; --format csv needs one.",
      'zh-CN':
        '输出规划：产业布局区域、计数的重点任务（基地、产业链、产业、产业集群、园区：数量，以及出处列出了哪些）、指标和目标。规划没有的部分显示“无”。指定一部分则只输出该表；--format csv 需要指定一部分。',
    },
  ],
  options: { ...PLAN_OPTION, ...TABLE_OPTIONS },
  positionals: [{ name: 'part', description: { en: 'print only this table', 'zh-CN': '只输出该表' }, required: false, choices: PLAN_PARTS }],
  examples: [
    ['baotou-plan plan', { en: 'the whole structure', 'zh-CN': '整个结构' }],
    ['baotou-plan plan commitments --lang zh-CN', { en: 'the commitments, in Chinese', 'zh-CN': '重点任务，用中文' }],
    ['baotou-plan plan indicators --plan china13', { en: 'the indicators of the national plan', 'zh-CN': '全国规划的指标' }],
    ['baotou-plan plan indicators --format csv > indicators.csv', { en: 'the indicators as CSV', 'zh-CN': '以 CSV 输出指标' }],
  ],
};
