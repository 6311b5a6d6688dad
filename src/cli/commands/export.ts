/**
 * `baotou-plan export`: the plan as a JSON snapshot, tidy CSV, a Frictionless Data Package,
 * or Markdown, to stdout or into a folder.
 *
 * @module
 */
import { toCsv } from '../../export/csv.js';
import { toDataPackage } from '../../export/datapackage.js';
import { toMarkdown } from '../../export/markdown.js';
import { TIDY_COLUMNS, toTidyRows } from '../../export/tidy.js';
import { messages } from '../../messages.js';
import { toSnapshot } from '../../schema/snapshot.js';
import { stringOption, usageError, type CommandSpec } from '../args.js';
import { PLAN_OPTION, planOf } from '../context.js';
import { json } from '../output.js';
import { text } from '../text.js';

/** The formats of `export`. */
export const EXPORT_FORMATS = ['json', 'csv', 'datapackage', 'md'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file each single-file format writes into `--out`. */
const FILE_NAME: Readonly<Record<Exclude<ExportFormat, 'datapackage'>, string>> = {
  json: 'plan.json',
  csv: 'values.csv',
  md: 'plan.md',
};

/** `baotou-plan export`. */
export const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'the plan as a JSON snapshot, tidy CSV, a Data Package or Markdown',
  usage: '--format json|csv|datapackage|md [--out dir] [options]',
  description: [
    'Writes the whole plan: json, a snapshot that fromSnapshot() reads back (plan.json); csv, every target and reported fact as one tidy row (values.csv); datapackage, a Frictionless Tabular Data Package (datapackage.json, indicators.csv, values.csv, commitments.csv) for pandas, R and spreadsheets; md, the plan as a Markdown document (plan.md).',
    'Without --out, json, csv and md go to stdout; a Data Package needs --out. Decimals are written exactly, in plain notation.',
  ],
  options: {
    format: { type: 'string', short: 'f', value: '<format>', description: 'json (default), csv, datapackage or md', choices: EXPORT_FORMATS },
    out: { type: 'string', short: 'o', value: '<dir>', description: 'the folder to write into (made if missing)' },
    ...PLAN_OPTION,
  },
  positionals: [],
  examples: [
    ['baotou-plan export --format datapackage --out baotou-data', 'a Frictionless Data Package in ./baotou-data'],
    ['baotou-plan export --format csv > values.csv', 'every target and fact, tidy'],
    ['baotou-plan export --format json --out snapshot', 'a snapshot that fromSnapshot() reads back'],
  ],
  run: async (context) => {
    const { io, args } = context;
    const format = (stringOption(args, 'format') ?? 'json') as ExportFormat;
    const out = stringOption(args, 'out');
    const plan = await planOf(context);
    let files: Readonly<Record<string, string>>;
    switch (format) {
      case 'json':
        files = { [FILE_NAME.json]: json(toSnapshot(plan, { type: 'plan' })) };
        break;
      case 'csv':
        files = { [FILE_NAME.csv]: toCsv(toTidyRows(plan), { columns: TIDY_COLUMNS }) };
        break;
      case 'md':
        files = { [FILE_NAME.md]: toMarkdown(plan) };
        break;
      case 'datapackage':
        if (out === undefined) throw usageError(messages.cliMissingOption('export --format datapackage', '--out <dir>'), 'export');
        files = toDataPackage(plan).files;
        break;
    }
    if (out === undefined) {
      for (const content of Object.values(files)) io.stdout(content);
      return 0;
    }
    await io.mkdir(out);
    for (const [name, content] of Object.entries(files)) {
      const path = io.joinPath(out, name);
      await io.writeFile(path, content);
      io.stderr(`${text.wrote(path)}\n`);
    }
    return 0;
  },
};
