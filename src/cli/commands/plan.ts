/**
 * `baotou-plan plan [part]`: the structure of the plan: layout zones, commitments,
 * indicators and targets.
 *
 * @module
 */
import type { Commitment, Indicator, LayoutZone, Plan, Target } from '../../plan/types.js';
import { TABLE_OPTIONS, stringOption, type Lang, type CommandSpec, type TableFormat } from '../args.js';
import { PLAN_OPTION, planOf } from '../context.js';
import { unitLabel } from '../../format/unitLabel.js';
import { emit, h, localeOf, nameIn, qty, withUnit, type AnySection, type Field, type Section } from '../output.js';
import { COMPARATOR } from '../text.js';

/** The parts of `plan`, in order. */
export const PLAN_PARTS = ['zones', 'commitments', 'indicators', 'targets'] as const;
type Part = (typeof PLAN_PARTS)[number];

const list = (items: readonly { readonly en: string; readonly zh?: string }[], lang: Lang): string =>
  items.map((i) => nameIn(i, lang)).join(lang === 'zh' ? '、' : ', ');

/** The period of a rate target, `2016–2020`, or nothing. */
export const periodText = (t: Target): string | null => (t.period === undefined ? null : `${t.period.start}–${t.period.end}`);

/** The target as people read it: `≥ 240 billion yuan`. */
export const goalText = (t: Target, lang: Lang): string => `${COMPARATOR[t.comparator]} ${qty(t.value, t.unit, lang)}`;

function zones(plan: Plan): Section<LayoutZone> {
  return {
    key: 'zones',
    title: h('Layout zones', '产业布局'),
    rows: plan.layout,
    fields: [
      { key: 'id', header: h('Zone', '区域'), value: (z) => z.id, machineOnly: true },
      { key: 'direction', header: h('Direction', '方位'), value: (z) => z.direction },
      { key: 'label', header: h('Zone', '区域'), value: (z) => z.label.en, text: (z, lang) => nameIn(z.label, lang) },
      {
        key: 'industries',
        header: h('Industries', '产业'),
        value: (z) => z.industries.map((i) => i.en).join('; '),
        text: (z, lang) => list(z.industries, lang),
      },
      { key: 'section', header: h('Source', '出处'), value: (z) => (z.source.kind === 'report' ? z.source.section : z.source.publication) },
    ],
  };
}

function commitments(plan: Plan): Section<Commitment> {
  return {
    key: 'commitments',
    title: h('Commitments', '重点任务'),
    rows: plan.commitments,
    fields: [
      { key: 'id', header: h('Commitment', '任务'), value: (c) => c.id, machineOnly: true },
      { key: 'kind', header: h('Kind', '类别'), value: (c) => c.kind },
      { key: 'count', header: h('Count', '数量'), value: (c) => c.count, align: 'right' },
      { key: 'theme', header: h('Theme', '主题'), value: (c) => c.theme.en, text: (c, lang) => nameIn(c.theme, lang) },
      { key: 'named', header: h('Named', '已列名'), value: (c) => c.members.length, align: 'right' },
      { key: 'enumerated', header: h('All named', '全部列名'), value: (c) => c.enumerated, text: (c, lang) => (c.enumerated ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no') },
      {
        key: 'members',
        header: h('Members', '成员'),
        value: (c) => c.members.map((m) => m.name.en).join('; '),
        text: (c, lang) => list(c.members.map((m) => m.name), lang),
        machineOnly: true,
      },
    ],
  };
}

function indicators(plan: Plan): Section<Indicator> {
  return {
    key: 'indicators',
    title: h('Indicators', '指标'),
    rows: plan.indicators,
    fields: [
      { key: 'id', header: h('Id', '代码'), value: (i) => i.id, overflow: 'none' },
      {
        key: 'name',
        header: h('Indicator (unit)', '指标（单位）'),
        value: (i) => i.name.en,
        text: (i, lang) => withUnit(nameIn(i.name, lang), unitLabel(i.unit, { locale: localeOf(lang) }), lang),
      },
      { key: 'nameZh', header: h('Chinese name', '中文名称'), value: (i) => i.name.zh ?? null, machineOnly: true },
      { key: 'unit', header: h('Unit', '单位'), value: (i) => i.unit, machineOnly: true },
      { key: 'kind', header: h('Kind', '类型'), value: (i) => i.kind, machineOnly: true },
      { key: 'direction', header: h('Direction', '方向'), value: (i) => i.direction, machineOnly: true },
      { key: 'nature', header: h('Nature', '属性'), value: (i) => i.nature, machineOnly: true },
      { key: 'priceBasis', header: h('Prices', '价格'), value: (i) => i.definition.priceBasis ?? null, machineOnly: true },
      { key: 'scope', header: h('Scope', '统计范围'), value: (i) => i.definition.scope ?? null, machineOnly: true },
    ],
  };
}

/** The columns of a target list (`plan targets`, `targets`). */
export function targetFields(plan: Plan, withQuote: boolean): Field<Target>[] {
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  return [
    { key: 'id', header: h('Target', '目标'), value: (t) => t.id, machineOnly: true },
    { key: 'indicator', header: h('Indicator', '指标'), value: (t) => t.indicator, text: (t, lang) => nameIn(byId.get(t.indicator)?.name, lang) || t.indicator },
    { key: 'year', header: h('Year', '年份'), value: (t) => t.year, align: 'right' },
    { key: 'period', header: h('Period', '期间'), value: periodText, machineOnly: true },
    { key: 'comparator', header: h('Comparator', '比较'), value: (t) => t.comparator, machineOnly: true },
    { key: 'value', header: h('Value', '目标值'), value: (t) => t.value, machineOnly: true },
    { key: 'unit', header: h('Unit', '单位'), value: (t) => t.unit, machineOnly: true },
    { key: 'goal', header: h('Target', '目标值'), value: () => null, text: goalText, peopleOnly: true, minWidth: 18 },
    { key: 'section', header: h('Source', '出处'), value: (t) => (t.source.kind === 'report' ? t.source.section : t.source.publication) },
    ...(withQuote
      ? [
          {
            key: 'quote',
            header: h('Quote', '原文'),
            value: (t: Target) => (t.source.kind === 'report' ? t.source.quote : (t.source.quote ?? null)),
            overflow: 'wrap' as const,
            minWidth: 16,
          },
        ]
      : []),
  ];
}

function targets(plan: Plan): Section<Target> {
  return { key: 'targets', title: h('Targets', '目标'), rows: plan.targets, fields: targetFields(plan, false) };
}

const SECTIONS: Readonly<Record<Part, (plan: Plan) => AnySection>> = {
  zones: zones,
  commitments: commitments,
  indicators: indicators,
  targets: targets,
};

/** `baotou-plan plan`. */
export const planCommand: CommandSpec = {
  name: 'plan',
  summary: 'the structure of the plan: layout zones, commitments, indicators, targets',
  usage: '[zones|commitments|indicators|targets] [options]',
  description: [
    'Prints the plan: its industrial layout zones, its counted commitments (bases, chains, industries, clusters, parks: how many, and which the sources name), its indicators and its targets. Name a part to print only that table; --format csv needs one.',
  ],
  options: { ...PLAN_OPTION, ...TABLE_OPTIONS },
  positionals: [{ name: 'part', description: 'print only this table', required: false, choices: PLAN_PARTS }],
  examples: [
    ['baotou-plan plan', 'the whole structure'],
    ['baotou-plan plan commitments --lang zh', 'the commitments, in Chinese'],
    ['baotou-plan plan indicators --format csv > indicators.csv', 'the indicators as CSV'],
  ],
  run: async (context) => {
    const plan = await planOf(context);
    const part = context.args.positionals[0] as Part | undefined;
    const parts = part === undefined ? PLAN_PARTS : [part];
    const format = (stringOption(context.args, 'format') ?? 'table') as TableFormat;
    emit(
      context,
      format,
      parts.map((p) => SECTIONS[p](plan)),
      { command: 'plan', csvHint: "name one part, e.g. 'baotou-plan plan targets --format csv'" },
    );
    return 0;
  },
};
