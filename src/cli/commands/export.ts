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
import type { Plan } from '../../plan/types.js';
import { toSnapshot } from '../../schema/snapshot.js';
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
    const plan = await planOf(context);
    const files = filesOf(plan, format, neutraliseOf(args));
    if (out === undefined) {
      for (const content of Object.values(files)) io.stdout(content);
      return 0;
    }
    await writeFiles(io, Object.fromEntries(Object.entries(files).map(([name, content]) => [io.joinPath(out, name), content])));
    return 0;
  },
  usage: '--format json|csv|datapackage|md [--out dir] [options]',
  description: [
    'Writes the whole plan: json, a snapshot that fromSnapshot() reads back (plan.json); csv, every target and reported fact as one tidy row (values.csv); datapackage, a Frictionless Tabular Data Package (datapackage.json, indicators.csv, values.csv, commitments.csv) for pandas, R and spreadsheets; md, the plan as a Markdown document (plan.md).',
    'Without --out, json, csv and md go to stdout; a Data Package needs --out. A folder given with --out is made (with its parents) and checked before any work: one that cannot be written into is refused at once. Decimals are written exactly, in plain notation.',
    "In csv and in a Data Package, a cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return, and not a number) is written with a ' in front; --no-neutralise writes it as it is, for programs that read the CSV as data.",
  ],
  options: {
    format: { type: 'string', short: 'f', value: '<format>', description: 'json (default), csv, datapackage or md', choices: EXPORT_FORMATS },
    out: { type: 'string', short: 'o', value: '<dir>', description: 'the folder to write into (made if missing)' },
    ...CSV_OPTION,
    ...PLAN_OPTION,
  },
  examples: [
    ['baotou-plan export --format datapackage --out baotou-data', 'a Frictionless Data Package in ./baotou-data'],
    ['baotou-plan export --format csv > values.csv', 'every target and fact, tidy'],
    ['baotou-plan export --format json --out snapshot', 'a snapshot that fromSnapshot() reads back'],
  ],
};
