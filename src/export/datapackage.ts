/**
 * The plan as a Frictionless Data Package: CSV files plus a `datapackage.json` descriptor
 * with Table Schema field types, so that pandas (`frictionless`), R (`frictionless`,
 * `readr`) and spreadsheet users can load it with the right types.
 *
 * @module
 */
import type { Decimal } from '../decimal.js';
import { readPlanArgument } from '../plan/readPlanArgument.js';
import { optional, readBoolean, readOptions } from '../read.js';
import type { Commitment, Indicator, Plan } from '../plan/types.js';
import { UNIT_IDS } from '../units/index.js';
import {
  COMPARATORS,
  CONCEPTS,
  CONFIDENCES,
  DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_NATURES,
  OBS_STATUSES,
  PRICE_BASES,
  QUALIFIERS,
  TARGET_FORMS,
  WORDINGS,
} from '../vocabulary.js';
import { toCsv, type CsvCell } from './csv.js';
import { TIDY_COLUMNS, toTidyRows, type TidyRow } from './tidy.js';

/** A Table Schema field (Frictionless Data, Table Schema v1). @category Plan */
export interface TableSchemaField {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'number' | 'boolean';
  readonly description: string;
  readonly constraints?: { readonly required?: boolean; readonly unique?: boolean; readonly enum?: readonly string[] };
  /** For `number`: the decimal mark (always `.`) and whether only bare numbers occur. */
  readonly decimalChar?: '.';
  readonly bareNumber?: true;
  /** For `boolean`: how true and false are written. */
  readonly trueValues?: readonly string[];
  readonly falseValues?: readonly string[];
}

/** A Table Schema: fields, primary key, foreign keys, how a missing value is written. @category Plan */
export interface TableSchema {
  readonly fields: readonly TableSchemaField[];
  readonly primaryKey: string;
  readonly foreignKeys?: readonly { readonly fields: string; readonly reference: { readonly resource: string; readonly fields: string } }[];
  readonly missingValues: readonly string[];
}

/** A tabular data resource: one CSV file and its schema. @category Plan */
export interface DataResource {
  readonly profile: 'tabular-data-resource';
  readonly name: string;
  readonly path: string;
  readonly title: string;
  readonly format: 'csv';
  readonly mediatype: 'text/csv';
  readonly encoding: 'utf-8';
  readonly dialect: {
    readonly delimiter: ',';
    readonly lineTerminator: '\r\n';
    readonly quoteChar: '"';
    readonly doubleQuote: true;
    readonly header: true;
  };
  readonly schema: TableSchema;
}

/** A Frictionless Tabular Data Package descriptor (`datapackage.json`). @category Plan */
export interface DataPackageDescriptor {
  readonly profile: 'tabular-data-package';
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly sources: readonly { readonly title: string }[];
  readonly resources: readonly DataResource[];
}

/** Options of {@link toDataPackage}. @category Plan */
export interface DataPackageOptions {
  /**
   * Whether a cell a spreadsheet would read as a formula is written with a `'` in front
   * (default `true`), as {@link toCsv} does; `false` writes every cell as it is.
   */
  readonly neutralise?: boolean;
}

/** What {@link toDataPackage} returns: the descriptor and the text of every file, by path. @category Plan */
export interface DataPackage {
  readonly descriptor: DataPackageDescriptor;
  /** `datapackage.json` (the descriptor as JSON) and each resource's CSV text. */
  readonly files: Readonly<Record<string, string>>;
}

interface Column<R> {
  readonly field: TableSchemaField;
  readonly get: (row: R) => CsvCell;
}

function text(name: string, description: string, constraints?: TableSchemaField['constraints']): TableSchemaField {
  return constraints === undefined ? { name, type: 'string', description } : { name, type: 'string', description, constraints };
}
function integer(name: string, description: string, required = false): TableSchemaField {
  return required ? { name, type: 'integer', description, constraints: { required: true } } : { name, type: 'integer', description };
}
function number(name: string, description: string): TableSchemaField {
  return { name, type: 'number', description, decimalChar: '.', bareNumber: true };
}

/** The Table Schema of the tidy rows, in {@link TIDY_COLUMNS} order. */
const TIDY_FIELDS: Readonly<Record<(typeof TIDY_COLUMNS)[number], TableSchemaField>> = {
  record: /* @__PURE__ */ text('record', "'target' or 'fact'", { required: true, enum: ['target', 'fact'] }),
  id: /* @__PURE__ */ text('id', 'Id of the target or fact', { required: true, unique: true }),
  indicator: /* @__PURE__ */ text('indicator', 'Id of the indicator (see indicators.csv); empty for a fact the plan has no indicator for'),
  subject: /* @__PURE__ */ text('subject', "The indicator's English name, or the fact's subject"),
  year: /* @__PURE__ */ integer('year', "A target's year; a fact's year when its period is one year"),
  period_start: /* @__PURE__ */ integer('period_start', "First year of a target's period (an annual average, a change, a sum over it) or of a fact's period"),
  period_end: /* @__PURE__ */ integer('period_end', "Last year of a target's period or of a fact's period"),
  form: /* @__PURE__ */ text('form', "What a target's value is: a level, or an annual average, change, relative change or sum over its period", { enum: TARGET_FORMS }),
  relation: /* @__PURE__ */ text('relation', "A target's comparator or a fact's qualifier", { required: true, enum: /* @__PURE__ */ (COMPARATORS as readonly string[]).concat(QUALIFIERS) }),
  wording: /* @__PURE__ */ text('wording', "A target's own word for its comparator ('above' renders 以上 and reads as atLeast …)", { enum: /* @__PURE__ */ Object.keys(WORDINGS) }),
  value: /* @__PURE__ */ number('value', 'The figure, exact, in plain notation; empty for a qualitative fact'),
  unit: /* @__PURE__ */ text('unit', 'Unit id (bn-yuan = 10^9 yuan, 10k-tce = 10^4 tonnes of standard coal equivalent …)', { enum: /* @__PURE__ */ UNIT_IDS.slice() }),
  tolerance: /* @__PURE__ */ number('tolerance', "Tolerance of an 'approximately' target, in the target's unit (absolute) or as a ratio (relative)"),
  tolerance_type: /* @__PURE__ */ text('tolerance_type', "'absolute' or 'relative'", { enum: ['absolute', 'relative'] }),
  status: /* @__PURE__ */ text('status', "SDMX OBS_STATUS of a fact ('A' normal …)", { enum: OBS_STATUSES }),
  statement: /* @__PURE__ */ text('statement', 'What a qualitative fact states'),
  source_section: /* @__PURE__ */ text('source_section', "Section of the report ('II.a' …)"),
  source_publication: /* @__PURE__ */ text('source_publication', 'A publication other than the report, with its publisher'),
  source_date: /* @__PURE__ */ text('source_date', "Of another publication: its date, 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'"),
  source_url: /* @__PURE__ */ text('source_url', 'Of another publication: the address of the copy that was read'),
  confidence: /* @__PURE__ */ text('confidence', "Of another publication: 'primary' or 'secondary' (read in a copy)", { enum: CONFIDENCES }),
  quote: /* @__PURE__ */ text('quote', "The source's exact words"),
  note: /* @__PURE__ */ text('note', 'How the source was read, and what remains doubtful'),
};

const TIDY: readonly Column<TidyRow>[] = /* @__PURE__ */ TIDY_COLUMNS.map((name) => ({
  field: TIDY_FIELDS[name],
  get: (row: TidyRow): CsvCell => row[name] as CsvCell | Decimal,
}));

const INDICATORS: readonly Column<Indicator>[] = [
  { field: /* @__PURE__ */ text('id', 'Indicator id', { required: true, unique: true }), get: (i) => i.id },
  { field: /* @__PURE__ */ text('name_en', 'Name in English', { required: true }), get: (i) => i.name.en },
  { field: /* @__PURE__ */ text('name_zh', 'Name in Chinese, where it is a standard term'), get: (i) => i.name.zh },
  { field: /* @__PURE__ */ text('unit', 'Unit id', { required: true, enum: /* @__PURE__ */ UNIT_IDS.slice() }), get: (i) => i.unit },
  { field: /* @__PURE__ */ text('direction', 'Better higher, lower, or at a value', { enum: DIRECTIONS }), get: (i) => i.direction },
  { field: /* @__PURE__ */ text('kind', 'What the indicator is', { enum: INDICATOR_KINDS }), get: (i) => i.kind },
  { field: /* @__PURE__ */ text('nature', 'Binding, anticipatory, or not said', { enum: INDICATOR_NATURES }), get: (i) => i.nature },
  { field: /* @__PURE__ */ text('numerator', 'Of a share or intensity: the indicator id of the part'), get: (i) => i.numerator },
  { field: /* @__PURE__ */ text('denominator', 'Of a share or intensity: the indicator id of the whole'), get: (i) => i.denominator },
  { field: /* @__PURE__ */ text('growth_of', 'Of a growth rate: the indicator id of the series'), get: (i) => i.growthOf },
  { field: /* @__PURE__ */ text('part_of', 'The indicator id of a whole that contains this one (same kind and measure)'), get: (i) => i.partOf },
  { field: /* @__PURE__ */ text('concept', 'What the indicator measures, shared across plans (gdp-growth …)', { enum: CONCEPTS }), get: (i) => i.concept },
  { field: /* @__PURE__ */ text('price_basis', 'Current or comparable prices', { enum: PRICE_BASES }), get: (i) => i.definition.priceBasis },
  { field: /* @__PURE__ */ text('scope', 'Statistical scope'), get: (i) => i.definition.scope },
  { field: /* @__PURE__ */ text('notes', 'Where the definition comes from'), get: (i) => i.definition.notes?.join(' ') },
];

const COMMITMENTS: readonly Column<Commitment>[] = [
  { field: /* @__PURE__ */ text('id', 'Commitment id', { required: true, unique: true }), get: (c) => c.id },
  { field: /* @__PURE__ */ text('kind', "What it counts, in the plan's own word (base, park …)", { required: true }), get: (c) => c.kind },
  { field: /* @__PURE__ */ integer('count', 'How many the plan commits to', true), get: (c) => c.count },
  { field: /* @__PURE__ */ text('theme', 'What they are for, in the report\'s words'), get: (c) => c.theme.en },
  { field: /* @__PURE__ */ text('named_members', "The members a source names, separated by '; '"), get: (c) => c.members.map((m) => m.name.en).join('; ') },
  { field: /* @__PURE__ */ integer('named_count', 'How many members are named', true), get: (c) => c.members.length },
  {
    field: { name: 'enumerated', type: 'boolean', description: 'Whether every member is named', trueValues: ['true'], falseValues: ['false'] },
    get: (c) => c.enumerated,
  },
  { field: /* @__PURE__ */ text('note', 'What the sources say beyond the names'), get: (c) => c.note },
];

const DIALECT: DataResource['dialect'] = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

function table<R>(columns: readonly Column<R>[], rows: readonly R[], neutralise: boolean): string {
  const records = rows.map((row) => Object.fromEntries(columns.map((c) => [c.field.name, c.get(row)])));
  return toCsv(records, { columns: columns.map((c) => c.field.name), neutralise });
}

function resource(name: string, title: string, columns: readonly Column<never>[], extra: Partial<TableSchema> = {}): DataResource {
  return {
    profile: 'tabular-data-resource',
    name,
    path: `${name}.csv`,
    title,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: DIALECT,
    schema: { fields: columns.map((c) => c.field), primaryKey: 'id', ...extra, missingValues: [''] },
  };
}

/** A package name as Frictionless allows it: lower case letters, digits, `-`, `_`, `.`. */
function packageName(id: string): string {
  const name = id.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  return name === '' ? 'plan' : name;
}

/**
 * The plan as a Frictionless Tabular Data Package: three CSV resources —
 * `indicators.csv` (one row per indicator), `values.csv` (the tidy rows of
 * {@link toTidyRows}: every target and fact) and `commitments.csv` — and the descriptor
 * `datapackage.json` with each column's Table Schema type (`string`, `integer`, `number`
 * with `decimalChar: '.'`, `boolean`), enums, primary keys and the foreign key
 * `values.indicator` → `indicators.id`. Empty fields are missing values.
 *
 * Numbers are written exactly in plain notation; readers that parse `number` as a float
 * (pandas' default) round them to double precision, so keep `value` as text where
 * exactness matters.
 *
 * Write every entry of `files` into one folder; then, in Python,
 * `frictionless.Package('dir/datapackage.json').get_resource('values').to_pandas()`, or in R,
 * `frictionless::read_resource(frictionless::read_package('dir/datapackage.json'), 'values')`.
 *
 * Cells that a spreadsheet would run as a formula (`=…`, `+…`, `@…`, `-…` but numbers) get a
 * `'` in front, as {@link toCsv} writes them; `{ neutralise: false }` keeps them as they are.
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param options - `neutralise`: `false` to write formula-like cells as they are (default `true`).
 * @returns `{ descriptor, files }`: the descriptor, and the text of every file by its path.
 * @throws `PlanError` `INVALID_ARGUMENT` when `plan` is not a plan, or `options` is not
 *   `{ neutralise? }` with a boolean.
 *
 * @example
 * ```ts
 * const { descriptor, files } = toDataPackage(baotou13);
 * descriptor.resources.map((r) => r.path); // → ['indicators.csv', 'values.csv', 'commitments.csv']
 * Object.keys(files); // → ['datapackage.json', 'indicators.csv', 'values.csv', 'commitments.csv']
 * ```
 *
 * @category Plan
 */
export function toDataPackage(plan: Plan, options?: DataPackageOptions): DataPackage {
  plan = readPlanArgument(plan);
  const neutralise = optional(readOptions(options, 'options', ['neutralise']).neutralise, (x) => readBoolean(x, 'options.neutralise'), true);
  const document = plan.document;
  const contents = `${plan.title.en}: indicators, targets, reported facts and commitments`;
  const descriptor: DataPackageDescriptor = {
    profile: 'tabular-data-package',
    name: packageName(plan.id),
    title: plan.title.en,
    description: document === undefined ? `${contents}.` : `${contents}, from "${document.title}" (${document.date}).`,
    sources:
      document === undefined ? [] : [{ title: `${document.title}${document.publisher === undefined ? '' : `, ${document.publisher}`}, ${document.date}` }],
    resources: [
      resource('indicators', 'Indicators', INDICATORS as readonly Column<never>[]),
      resource('values', 'Targets and facts, one row each', TIDY as readonly Column<never>[], {
        foreignKeys: [{ fields: 'indicator', reference: { resource: 'indicators', fields: 'id' } }],
      }),
      resource('commitments', 'Counted commitments', COMMITMENTS as readonly Column<never>[]),
    ],
  };
  const files: Record<string, string> = {
    'datapackage.json': `${JSON.stringify(descriptor, null, 2)}\n`,
    'indicators.csv': table(INDICATORS, plan.indicators, neutralise),
    'values.csv': table(TIDY, toTidyRows(plan), neutralise),
    'commitments.csv': table(COMMITMENTS, plan.commitments, neutralise),
  };
  return { descriptor, files: Object.freeze(files) };
}
