/**
 * `baotou-plan plan [part]`: the structure of the plan: layout zones, commitments,
 * indicators and targets.
 *
 * @module
 */
import { unitLabel } from '../../format/unitLabel.js';
import type { Commitment, Indicator, LayoutZone, LocalizedText, Plan } from '../../plan/types.js';
import type { Locale } from '../../vocabulary.js';
import { TABLE_OPTIONS, formatOption, type Command } from '../args.js';
import { PLAN_OPTION, planOf } from '../context.js';
import { emit, nameIn, sourceOf, withUnit, words, type AnySection, type Field } from '../output.js';
import { targetFields } from './targets.js';

/** The parts of `plan`, in order. */
const PLAN_PARTS = ['zones', 'commitments', 'indicators', 'targets'] as const;
type Part = (typeof PLAN_PARTS)[number];

/** Names in a list: `aluminum, steel`, `铝、钢`. */
const list = (items: readonly LocalizedText[], locale: Locale): string =>
  items.map((i) => nameIn(i, locale)).join(locale === 'zh-CN' ? '、' : ', ');

const yesNo = (yes: boolean, locale: Locale): string => (locale === 'zh-CN' ? (yes ? '是' : '否') : yes ? 'yes' : 'no');

const ZONE_FIELDS: readonly Field<LayoutZone>[] = [
  { key: 'id', header: words('Zone', '区域'), value: (z) => z.id, machineOnly: true },
  { key: 'direction', header: words('Direction', '方位'), value: (z) => z.direction },
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
  { key: 'kind', header: words('Kind', '类别'), value: (c) => c.kind },
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
    const plan = await planOf(context);
    const part = context.args.positionals[0] as Part | undefined;
    const sections = (part === undefined ? PLAN_PARTS : [part]).map((p) => SECTIONS[p](plan));
    emit(context, formatOption(context.args, 'table'), sections, {
      command: 'plan',
      csvHint: "name one part, e.g. 'baotou-plan plan targets --format csv'",
    });
    return 0;
  },
  usage: '[zones|commitments|indicators|targets] [options]',
  description: [
    'Prints the plan: its industrial layout zones, its counted commitments (bases, chains, industries, clusters, parks: how many, and which the sources name), its indicators and its targets. Name a part to print only that table; --format csv needs one.',
  ],
  options: { ...PLAN_OPTION, ...TABLE_OPTIONS },
  positionals: [{ name: 'part', description: 'print only this table', required: false, choices: PLAN_PARTS }],
  examples: [
    ['baotou-plan plan', 'the whole structure'],
    ['baotou-plan plan commitments --lang zh-CN', 'the commitments, in Chinese'],
    ['baotou-plan plan indicators --format csv > indicators.csv', 'the indicators as CSV'],
  ],
};
