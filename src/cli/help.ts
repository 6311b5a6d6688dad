/**
 * Help texts: the overview (`baotou-plan --help`) and each command's help
 * (`baotou-plan <command> --help`), each with examples.
 *
 * @module
 */
import type { Locale, Words } from '../vocabulary.js';
import { allOptions, type CommandSpec } from './args.js';
import type { CommandEntry } from './catalog.js';
import { wrapText } from './table.js';

/**
 * The name of the executable.
 *
 * @example
 * ```ts
 * BIN; // → 'baotou-plan'
 * ```
 */
export const BIN = 'baotou-plan';

const WIDTH = 80;

/** The headings of help, in each language. */
const HEADINGS = {
  usage: { en: 'Usage: ', 'zh-CN': '用法：' },
  arguments: { en: 'Arguments:', 'zh-CN': '参数：' },
  options: { en: 'Options:', 'zh-CN': '选项：' },
  examples: { en: 'Examples:', 'zh-CN': '示例：' },
} as const satisfies Record<string, Words>;

function indentWrapped(text: string, indent: number): string {
  return wrapText(text, WIDTH - indent)
    .map((line) => `${' '.repeat(indent)}${line}`)
    .join('\n');
}

/** A two-column list (`  --scenario <file>   what it is`), the second column wrapped. */
function list(items: readonly (readonly [string, string])[]): string {
  const left = Math.min(28, Math.max(...items.map(([name]) => name.length)) + 2);
  return items
    .map(([name, what]) => {
      const lines = indentWrapped(what, left + 2).split('\n');
      const first = (lines[0] ?? '').trimStart();
      const head = `  ${name}`;
      if (head.length + 1 > left + 2) return [head, ...lines].join('\n');
      return [`${head.padEnd(left + 2)}${first}`, ...lines.slice(1)].join('\n');
    })
    .join('\n');
}

/**
 * The help of one command: usage, what it does, positionals, options, examples, wrapped at
 * 80 columns.
 *
 * @param spec - The command.
 * @param locale - The language of the help (default English).
 * @returns The help text, ending with a newline.
 *
 * @example
 * ```ts
 * const hello = { en: 'say hello', 'zh-CN': '问好' };
 * const help = commandHelp({ name: 'hello', summary: hello, usage: '', description: [], options: {}, examples: [['baotou-plan hello', hello]], run: async () => 0 });
 * help.split('\n')[0]; // → 'baotou-plan hello: say hello'
 * ```
 */
export function commandHelp(spec: CommandSpec, locale: Locale = 'en'): string {
  const zh = locale === 'zh-CN';
  const options = Object.entries(allOptions(spec)).map(([name, option]): [string, string] => {
    const short = option.short === undefined ? '' : `-${option.short}, `;
    const value = option.type === 'string' ? ` ${option.value ?? '<value>'}` : '';
    return [`${short}--${name}${value}`, option.description[locale]];
  });
  const positionals = (spec.positionals ?? []).map((p): [string, string] => [
    `<${p.name}>`,
    `${p.description[locale]}${p.choices === undefined ? '' : zh ? `（${p.choices.join(', ')}）` : ` (${p.choices.join(', ')})`}`,
  ]);
  const usage = wrapText(`${BIN} ${spec.name}${spec.usage === '' ? '' : ` ${spec.usage}`}`, WIDTH - 7);
  const indent = ' '.repeat(zh ? 6 : 7);
  const parts = [
    indentWrapped(`${BIN} ${spec.name}${zh ? '：' : ': '}${spec.summary[locale]}`, 0),
    usage.map((line, i) => `${i === 0 ? HEADINGS.usage[locale] : indent}${line}`).join('\n'),
    spec.description.map((paragraph) => indentWrapped(paragraph[locale], 0)).join('\n\n'),
    ...(positionals.length === 0 ? [] : [`${HEADINGS.arguments[locale]}\n${list(positionals)}`]),
    `${HEADINGS.options[locale]}\n${list(options)}`,
    `${HEADINGS.examples[locale]}\n${examples(spec.examples, locale)}`,
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

/** Example command lines, each under a comment saying what it does. */
function examples(items: readonly (readonly [command: string, what: Words])[], locale: Locale): string {
  return items.map(([command, what]) => `  # ${what[locale]}\n  $ ${command}`).join('\n\n');
}

/** The overview's words, in each language. */
const OVERVIEW = {
  title: {
    en: 'targets, scenarios and progress of five-year plans, computed exactly: the plans built in (baotou13, Baotou\'s industrial plan for the 13th Five-Year Plan, 2016–2020; china13, the main indicators of the national Outline of the 13th Five-Year Plan) or a plan of your own.',
    'zh-CN': '五年规划的目标、情景与进展，精确计算：内置规划（baotou13，包头市“十三五”工业发展规划，2016–2020 年；china13，国家“十三五”规划纲要主要指标）或您自己的规划。',
  },
  usage: {
    en: `Usage: ${BIN} [command] [options]     (the default command is scorecard)`,
    'zh-CN': `用法：${BIN} [命令] [选项]     （默认命令为 scorecard）`,
  },
  commands: { en: 'Commands:', 'zh-CN': '命令：' },
  common: { en: 'Options for every command:', 'zh-CN': '所有命令通用的选项：' },
  format: {
    en: 'table (default), json, csv or md; export takes json, csv, datapackage or md',
    'zh-CN': 'table（默认）、json、csv 或 md；export 接受 json、csv、datapackage 或 md',
  },
  plan: {
    en: 'the plan of every command but schema: baotou13 (default), china13, or a plan JSON file (only id, title, period, indicators and targets are required)',
    'zh-CN': '除 schema 外各命令所用的规划：baotou13（默认）、china13，或规划 JSON 文件（只需 id、title、period、indicators 和 targets）',
  },
  lang: {
    en: 'en (default) or zh-CN (zh for short): names, statuses, help and messages in Chinese, Chinese units',
    'zh-CN': 'en（默认）或 zh-CN（可简写为 zh）：名称、状态、帮助和消息用中文，单位用中文',
  },
  help: { en: 'show the help of a command, with examples', 'zh-CN': '显示某个命令的帮助及示例' },
  version: { en: 'print the version', 'zh-CN': '显示版本号' },
  streams: {
    en: 'Results go to stdout (pipeable JSON and CSV); messages go to stderr. Exit codes: 0 success; 1 a file that is not valid, unmet targets with --fail-on-unmet, or any other failure; 2 a usage error.',
    'zh-CN': '结果写到标准输出（JSON 和 CSV 可接管道）；消息写到标准错误。退出码：0 成功；1 文件无效、带 --fail-on-unmet 时有目标未实现，或其他失败；2 用法错误。',
  },
  examples: [
    ['baotou-plan', { en: "every target of Baotou's plan, judged on the figures reported for Baotou", 'zh-CN': '依据包头市公布数据评价包头规划的每个目标' }],
    ['baotou-plan scorecard --plan china13', { en: 'the national scorecard', 'zh-CN': '全国规划目标评价' }],
    ['baotou-plan project --scenario my.json --format csv > projection.csv', { en: 'project a scenario of your own', 'zh-CN': '预测您自己的情景' }],
    ['baotou-plan scorecard --help --lang zh', { en: 'the help of a command, in Chinese', 'zh-CN': '某个命令的中文帮助' }],
  ],
} as const satisfies Record<string, Words | readonly (readonly [string, Words])[]>;

/**
 * The overview: every command with its summary, the options of every command, the exit
 * codes and examples. It reads the catalog only: no command module is loaded.
 *
 * @param commands - The commands, in order.
 * @param version - The package's version.
 * @param locale - The language of the help (default English).
 * @returns The help text, ending with a newline.
 *
 * @example
 * ```ts
 * overviewHelp([], '1.0.0').startsWith('baotou-plan 1.0.0: '); // → true
 * ```
 */
export function overviewHelp(commands: readonly CommandEntry[], version: string, locale: Locale = 'en'): string {
  const parts = [
    indentWrapped(`${BIN} ${version}${locale === 'zh-CN' ? '：' : ': '}${OVERVIEW.title[locale]}`, 0),
    OVERVIEW.usage[locale],
    `${OVERVIEW.commands[locale]}\n${list(commands.map((c) => [c.name, c.summary[locale]]))}`,
    `${OVERVIEW.common[locale]}\n${list([
      ['--plan <name|file.json>', OVERVIEW.plan[locale]],
      ['-f, --format <format>', OVERVIEW.format[locale]],
      ['--lang <lang>', OVERVIEW.lang[locale]],
      ['-h, --help', OVERVIEW.help[locale]],
      ['-v, --version', OVERVIEW.version[locale]],
    ])}`,
    indentWrapped(OVERVIEW.streams[locale], 0),
    `${HEADINGS.examples[locale]}\n${examples(OVERVIEW.examples, locale)}`,
  ];
  return `${parts.join('\n\n')}\n`;
}
