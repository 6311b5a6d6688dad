/**
 * `baotou-plan export`: the plan as a JSON snapshot, tidy CSV, a Frictionless Data Package,
 * or Markdown, to stdout or into a folder.
 *
 * @module
 */
import { messages, TIDY_COLUMNS, toCsv, toDataPackage, toMarkdown, toTidyRows } from '../../internal/library.js';
import { toSnapshot } from '../../schema/index.js';
import type { Plan } from '../../plan/types.js';
import { CSV_OPTION, formatOption, neutraliseOf, stringOption, usageError, type Command } from '../args.js';
import { PLAN_OPTION, planOf } from '../context.js';
import { json, writeFiles } from '../output.js';

/** The formats of `export`. */
const EXPORT_FORMATS = ['json', 'csv', 'datapackage', 'md'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The files of a format, by the name each takes in `--out`. */
function filesOf(plan: Plan, format: ExportFormat, neutralise: boolean): Readonly<Record<string, string>> {
  switch (format) {
    case 'json':
      return { 'plan.json': json(toSnapshot(plan, { type: 'plan' })) };
    case 'csv':
      return { 'values.csv': toCsv(toTidyRows(plan), { columns: TIDY_COLUMNS, neutralise }) };
    case 'md':
      return { 'plan.md': toMarkdown(plan) };
    case 'datapackage':
      return toDataPackage(plan, { neutralise }).files;
  }
}

/**
 * `baotou-plan export`: its help, its options, and what it runs.
 *
 * @example
 * ```ts
 * // the plan as tidy CSV on stdout
 * let out = '';
 * const io = { stdout: (text: string) => { out += text; } };
 * await command.run({ io, args: { values: { format: 'csv' }, positionals: [] }, locale: 'en', width: 80 } as never); // → 0
 * out.startsWith('record,id,indicator,'); // → true
 * ```
 */
export const command: Command = {
  run: async (context) => {
    const { io, args } = context;
    const format = formatOption<ExportFormat>(args, 'json');
    const out = stringOption(args, 'out');
    if (format === 'datapackage' && out === undefined) {
      throw usageError(messages.cliMissingOption('export --format datapackage', '--out <dir>'), 'export');
    }
    // An unusable folder is refused before any work.
    if (out !== undefined) await io.mkdir(out);
    const { plan } = await planOf(context);
    const files = filesOf(plan, format, neutraliseOf(args));
    if (out === undefined) {
      for (const content of Object.values(files)) io.stdout(content);
      return 0;
    }
    await writeFiles(io, Object.fromEntries(Object.entries(files).map(([name, content]) => [io.joinPath(out, name), content])), context.locale);
    return 0;
  },
  usage: '--format json|csv|datapackage|md [--plan name|file.json] [--out dir] [options]',
  description: [
    {
      en: 'Writes the whole plan: json, a snapshot that fromSnapshot() reads back (plan.json); csv, every target and reported fact as one tidy row (values.csv); datapackage, a Frictionless Tabular Data Package (datapackage.json, indicators.csv, values.csv, commitments.csv) for pandas, R and spreadsheets; md, the plan as a Markdown document (plan.md).',
      'zh-CN':
        '写出整个规划：json，可由 fromSnapshot() 读回的快照（plan.json）；csv，每个目标和公布事实各占一行的整洁表（values.csv）；datapackage，Frictionless 表格数据包（datapackage.json、indicators.csv、values.csv、commitments.csv），供 pandas、R 和电子表格使用；md，Markdown 文档形式的规划（plan.md）。',
    },
    {
      en: 'Without --out, json, csv and md go to stdout; a Data Package needs --out. A folder given with --out is made (with its parents) and checked before any work: one that cannot be written into is refused at once. Decimals are written exactly, in plain notation.',
      'zh-CN': '不给 --out 时，json、csv 和 md 写到标准输出；数据包需要 --out。--out 所给的文件夹（连同上级文件夹）在开始工作前创建并检查：无法写入的立即拒绝。十进制数精确写出，不用科学记数法。',
    },
    {
      en: "In csv and in a Data Package, a cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return, and not a number) is written with a ' in front; --no-neutralise writes it as it is, for programs that read the CSV as data.",
      'zh-CN': "在 csv 和数据包中，电子表格会当作公式执行的单元格（以 =、+、-、@、制表符或回车开头且不是数字）前面加 '；--no-neutralise 照原样写出，供把 CSV 当作数据读取的程序使用。",
    },
  ],
  options: {
    format: {
      type: 'string',
      short: 'f',
      value: '<format>',
      description: { en: 'json (default), csv, datapackage or md', 'zh-CN': 'json（默认）、csv、datapackage 或 md' },
      choices: EXPORT_FORMATS,
    },
    out: { type: 'string', short: 'o', value: '<dir>', description: { en: 'the folder to write into (made if missing)', 'zh-CN': '写入的文件夹（不存在则创建）' } },
    ...CSV_OPTION,
    ...PLAN_OPTION,
  },
  examples: [
    ['baotou-plan export --format datapackage --out baotou-data', { en: 'a Frictionless Data Package in ./baotou-data', 'zh-CN': '在 ./baotou-data 中生成 Frictionless 数据包' }],
    ['baotou-plan export --format csv > values.csv', { en: 'every target and fact, tidy', 'zh-CN': '每个目标和事实，整洁表' }],
    ['baotou-plan export --plan china13 --format json --out snapshot', { en: 'a snapshot of the national plan that fromSnapshot() reads back', 'zh-CN': '可由 fromSnapshot() 读回的全国规划快照' }],
  ],
};
