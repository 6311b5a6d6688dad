/**
 * How a command's result reaches stdout: one or more tables, written as an aligned text
 * table, JSON, CSV or Markdown. Tables show numbers for people (grouped, rounded, with units,
 * in English or Chinese); JSON and CSV carry the exact machine values (plain decimal strings).
 *
 * @module
 */
import { COMPARATOR_SYMBOLS, formatDecimal, formatQuantity, isDecimal, localized, messages, quantity, TARGET_FORM_WORDS, toCsv } from '../internal/library.js';
import type { Decimal } from '../decimal.js';
import type { LocalizedText, Plan, SourceRef } from '../plan/types.js';
import type { UnitId } from '../units/index.js';
import type { Comparator, Locale, TargetForm, Words } from '../vocabulary.js';
import { neutraliseOf, usageError, type CommandContext, type TableFormat } from './args.js';
import type { CliIo } from './io.js';
import { renderMarkdownTable, renderTable, wrapText, type TableColumn } from './table.js';
import { text } from './text.js';

/**
 * A machine value: what JSON and CSV carry. Decimals are written in plain notation.
 *
 * @example
 * ```ts
 * const cell: MachineValue = '203.2841395728';
 * ```
 */
export type MachineValue = string | number | boolean | null;

/**
 * A column of a result: its key, its heading in each language, and its value for machines
 * (JSON, CSV) and for people (text and Markdown tables).
 *
 * @example
 * ```ts
 * const year: Field<{ year: number }> = { key: 'year', header: words('Year', '年份'), value: (r) => r.year, align: 'right' };
 * ```
 */
export interface Field<R> {
  /** The key in JSON objects and the CSV header. */
  readonly key: string;
  /** The heading of text and Markdown tables. */
  readonly header: Words;
  readonly align?: 'left' | 'right';
  readonly overflow?: 'wrap' | 'truncate' | 'none';
  readonly minWidth?: number;
  /** The exact value, for JSON and CSV. */
  readonly value: (row: R) => MachineValue | Decimal | undefined;
  /**
   * The value for JSON when it is structured (a list, an object, decimals anywhere in it);
   * `value` is then its flat form for CSV.
   */
  readonly json?: (row: R) => unknown;
  /** The value for people, for text and Markdown tables (default: the machine value). */
  readonly text?: (row: R, locale: Locale) => string;
  /** Only in JSON and CSV, not in text and Markdown tables (long ids, raw numbers). */
  readonly machineOnly?: boolean;
  /** Only in text and Markdown tables. */
  readonly peopleOnly?: boolean;
}

/**
 * One table of a result: its rows, its columns, and the notes printed under it.
 *
 * @example
 * ```ts
 * const section: Section<{ id: string }> = { key: 'ids', fields: [{ key: 'id', header: words('Id', '代码'), value: (r) => r.id }], rows: [{ id: 'gdp' }] };
 * ```
 */
export interface Section<R = unknown> {
  /** Its key in JSON when a result has several tables. */
  readonly key: string;
  readonly title?: Words;
  readonly fields: readonly Field<R>[];
  readonly rows: readonly R[];
  /** Lines printed under a text or Markdown table (notes, totals). */
  readonly notes?: readonly string[];
}

/**
 * A section of any row type (what {@link emit} takes).
 *
 * @example
 * ```ts
 * const sections: AnySection[] = [{ key: 'none', fields: [], rows: [] }];
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are only passed back to their own fields
export type AnySection = Section<any>;

/**
 * A name in the language asked for: the Chinese name where there is one, else English.
 *
 * @param text - The name, or `undefined`.
 * @param locale - `'en'` or `'zh-CN'`.
 * @returns The name; `''` for none.
 *
 * @example
 * ```ts
 * nameIn({ en: 'GDP', zh: '地区生产总值' }, 'zh-CN'); // → '地区生产总值'
 * nameIn(undefined, 'en'); // → ''
 * ```
 */
export function nameIn(text: LocalizedText | undefined, locale: Locale): string {
  return text === undefined ? '' : localized(text, locale);
}

/**
 * A name with its unit, in the brackets of the language.
 *
 * @param name - The name.
 * @param unit - The unit's label.
 * @param locale - `'en'` or `'zh-CN'`.
 * @returns `GDP (billion yuan)`, `地区生产总值（亿元）`.
 *
 * @example
 * ```ts
 * withUnit('地区生产总值', '亿元', 'zh-CN'); // → '地区生产总值（亿元）'
 * ```
 */
export function withUnit(name: string, unit: string, locale: Locale): string {
  return locale === 'zh-CN' ? `${name}（${unit}）` : `${name} (${unit})`;
}

/**
 * A heading or title in both languages.
 *
 * @param en - The English text.
 * @param zh - The Chinese text.
 * @returns The text by locale.
 *
 * @example
 * ```ts
 * words('Year', '年份'); // → { en: 'Year', 'zh-CN': '年份' }
 * ```
 */
export const words = (en: string, zh: string): Words => ({ en, 'zh-CN': zh });

/**
 * A number for people: grouped, rounded half-up to `places` when given.
 *
 * @param x - The number, or `null` / `undefined` for none.
 * @param locale - `'en'` or `'zh-CN'`.
 * @param places - Decimal places (default: every digit).
 * @returns The number; `–` for none.
 *
 * @example
 * ```ts
 * num(dec('2400.456'), 'en', 2); // → '2,400.46'
 * num(null, 'en'); // → '–'
 * ```
 */
export function num(x: Decimal | null | undefined, locale: Locale, places?: number): string {
  if (x === null || x === undefined) return '–';
  return formatDecimal(x, { locale, ...(places === undefined ? {} : { places }) });
}

/**
 * A value with its unit for people (see `formatQuantity`).
 *
 * @param x - The value, or `null` / `undefined` for none.
 * @param unit - Its unit.
 * @param locale - `'en'` or `'zh-CN'`.
 * @param places - Decimal places (default: every digit).
 * @returns `240 billion yuan`, `2,400 亿元`, `8% a year`; `–` for none.
 *
 * @example
 * ```ts
 * qty(dec('240'), 'bn-yuan', 'zh-CN'); // → '2,400 亿元'
 * ```
 */
export function qty(x: Decimal | null | undefined, unit: UnitId, locale: Locale, places?: number): string {
  if (x === null || x === undefined) return '–';
  return formatQuantity(quantity(x, unit), { locale, ...(places === undefined ? {} : { places }) });
}

/**
 * Where a part of the plan comes from.
 *
 * @param x - A zone, target … with its `source`.
 * @returns The section of the report, or the publication.
 *
 * @example
 * ```ts
 * sourceOf({ source: { kind: 'report', section: 'II.a', quote: '…' } }); // → 'II.a'
 * ```
 */
export const sourceOf = (x: { readonly source: SourceRef }): string =>
  x.source.kind === 'report' ? x.source.section : x.source.publication;

/**
 * A column of indicators: the id for machines, the indicator's name in the language asked
 * for (its id where the plan has no such indicator) for people.
 *
 * @param plan - The plan, for the names.
 * @param key - The column's key.
 * @param idOf - The indicator of a row.
 * @returns The column.
 *
 * @example
 * ```ts
 * const column = indicatorField(baotou13, 'indicator', (id: string) => id);
 * column.text?.('industrial-value-added', 'zh-CN'); // → '工业增加值'
 * ```
 */
export function indicatorField<R>(plan: Plan, key: string, idOf: (row: R) => string): Field<R> {
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  return {
    key,
    header: words('Indicator', '指标'),
    value: idOf,
    text: (row, locale) => nameIn(names.get(idOf(row)), locale) || idOf(row),
    // a name is read whole: six Chinese characters, twelve letters, before it wraps
    minWidth: 12,
  };
}

/**
 * The columns of a target's goal: comparator, threshold and unit for machines, and the goal
 * as people read it (`≥ 240 billion yuan`).
 *
 * @param thresholdKey - The key of the threshold's column (`'value'`, `'threshold'`).
 * @param goalOf - The goal of a row.
 * @returns The four columns.
 *
 * @example
 * ```ts
 * goalFields('value', (t: { comparator: 'atLeast'; value: Decimal; unit: 'bn-yuan' }) => t).map((f) => f.key); // → ['comparator', 'value', 'unit', 'goal']
 * ```
 */
export function goalFields<R>(
  thresholdKey: string,
  goalOf: (row: R) => { readonly comparator: Comparator; readonly value: Decimal; readonly unit: UnitId; readonly form?: TargetForm | undefined },
): Field<R>[] {
  return [
    { key: 'comparator', header: words('Comparator', '比较'), value: (r) => goalOf(r).comparator, machineOnly: true },
    { key: thresholdKey, header: words('Threshold', '目标值'), value: (r) => goalOf(r).value, machineOnly: true },
    { key: 'unit', header: words('Unit', '单位'), value: (r) => goalOf(r).unit, machineOnly: true },
    {
      key: 'goal',
      header: words('Target', '目标值'),
      value: () => null,
      text: (r, locale) => {
        const { comparator, value, unit, form } = goalOf(r);
        return goal(comparator, value, unit, locale, form);
      },
      peopleOnly: true,
      minWidth: 18,
    },
  ];
}

/**
 * A target as people read it: what its value is (its form, when it is not a level nor an
 * annual average in percent a year, which the unit says), its comparator's symbol and its
 * value with the unit.
 *
 * @param comparator - How the value is compared with the threshold.
 * @param value - The threshold.
 * @param unit - Its unit.
 * @param locale - `'en'` or `'zh-CN'`.
 * @param form - The target's form (default `level`).
 * @returns `≥ 240 billion yuan`, `> 年均8%`, `累计变化率 ≤ -15%`.
 *
 * @example
 * ```ts
 * goal('atLeast', dec('240'), 'bn-yuan', 'en'); // → '≥ 240 billion yuan'
 * goal('above', dec('8'), 'percent-per-annum', 'zh-CN'); // → '> 年均8%'
 * goal('atMost', dec('-15'), 'percent', 'zh-CN', 'relative-change'); // → '累计变化率 ≤ -15%'
 * ```
 */
export function goal(comparator: Comparator, value: Decimal, unit: UnitId, locale: Locale, form?: TargetForm): string {
  const said = form === undefined || form === 'level' || (form === 'annual-average' && unit === 'percent-per-annum');
  return `${said ? '' : `${TARGET_FORM_WORDS[form][locale]} `}${COMPARATOR_SYMBOLS[comparator]} ${qty(value, unit, locale)}`;
}

/**
 * The exit code of a command that takes `--fail-on-unmet`.
 *
 * @param context - The command's context (its arguments and stderr).
 * @param count - How many targets are not met (or behind).
 * @param message - What to say on stderr for `count`, in the language asked for.
 * @returns 1 when the option is given and `count` > 0 (with the message on stderr), else 0.
 *
 * @example
 * ```ts
 * const context = { args: { values: { 'fail-on-unmet': true }, positionals: [] }, io: { stderr: () => {} }, locale: 'en' } as never;
 * failOnUnmet(context, 2, (n) => `${n} targets are not met`); // → 1
 * ```
 */
export function failOnUnmet(context: CommandContext, count: number, message: (count: number, locale: Locale) => string): number {
  if (context.args.values['fail-on-unmet'] !== true || count === 0) return 0;
  context.io.stderr(`${message(count, context.locale)}\n`);
  return 1;
}

/**
 * Write each file, saying so on stderr: `wrote plan.md`.
 *
 * @param io - Where the files go.
 * @param files - The content of each file, by path.
 * @param locale - The language of what is said (default English).
 * @returns When every file is written.
 * @throws `PlanError` for a file that cannot be written, naming it.
 *
 * @example
 * ```ts
 * const written: string[] = [];
 * const io = { writeFile: async (path: string) => { written.push(path); }, stderr: () => {} } as never;
 * await writeFiles(io, { 'out/plan.md': '# Plan' });
 * written; // → ['out/plan.md']
 * ```
 */
export async function writeFiles(io: CliIo, files: Readonly<Record<string, string>>, locale: Locale = 'en'): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await io.writeFile(path, content);
    io.stderr(`${text.wrote(path, locale)}\n`);
  }
}

function machine(value: MachineValue | Decimal | undefined): MachineValue {
  if (value === undefined) return null;
  return isDecimal(value) ? value.toFixed() : value;
}

/** The columns of a table for people (`people`) or of CSV. */
function columnsOf<R>(fields: readonly Field<R>[], locale: Locale, people: boolean): TableColumn[] {
  return fields
    .filter((f) => (people ? !f.machineOnly : !f.peopleOnly))
    .map((field) => ({
      key: field.key,
      header: people ? field.header[locale] : field.key,
      ...(field.align === undefined ? {} : { align: field.align }),
      ...(field.overflow === undefined ? {} : { overflow: field.overflow }),
      ...(field.minWidth === undefined ? {} : { minWidth: field.minWidth }),
    }));
}

/** The rows of a section as objects of machine values; for JSON, structured values where a field has them. */
function records<R>(section: Section<R>, json = false): Record<string, unknown>[] {
  const fields = section.fields.filter((f) => !f.peopleOnly);
  return section.rows.map((row) =>
    Object.fromEntries(fields.map((f) => [f.key, json && f.json !== undefined ? toJsonValue(f.json(row)) : machine(f.value(row))])),
  );
}

function peopleRows<R>(section: Section<R>, locale: Locale): Record<string, string>[] {
  const fields = section.fields.filter((f) => !f.machineOnly);
  return section.rows.map((row) =>
    Object.fromEntries(
      fields.map((f) => {
        if (f.text !== undefined) return [f.key, f.text(row, locale)];
        const value = machine(f.value(row));
        return [f.key, value === null ? '–' : String(value)];
      }),
    ),
  );
}

/**
 * A value as plain JSON data: decimals as plain-notation strings (`"240000000000"`, never
 * `"2.4e+11"`), the rest as it is.
 */
function toJsonValue(value: unknown): unknown {
  if (isDecimal(value)) return value.toFixed();
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value;
}

/**
 * JSON as the command line prints it: decimals as plain-notation strings (`"240000000000"`,
 * never `"2.4e+11"`), two-space indent, a final newline.
 *
 * @param value - Any data, decimals anywhere in it.
 * @returns The JSON text.
 *
 * @example
 * ```ts
 * json({ value: dec('2.4e11') }); // → '{\n  "value": "240000000000"\n}\n'
 * ```
 */
export function json(value: unknown): string {
  return `${JSON.stringify(toJsonValue(value), null, 2)}\n`;
}

/**
 * Print a result on stdout in the format asked for. Several sections: text and Markdown print
 * each with its title; JSON prints an object keyed by section; CSV needs exactly one section.
 * A section without rows is said to be empty in text and Markdown (`none`, `无`), never an
 * empty table.
 *
 * @param context - The command's context: stdout, the locale, the width of text tables.
 * @param format - `table`, `json`, `csv` or `md`.
 * @param sections - The tables of the result.
 * @param options - `command` (for errors); `json`, what `--format json` prints instead of the
 *   section records (richer data such as explanations); `csvHint`, how to pick one section.
 * @returns Nothing: the result is on stdout.
 * @throws A usage error for `--format csv` with several sections.
 *
 * @example
 * ```ts
 * let out = '';
 * const context = { io: { stdout: (text: string) => { out += text; } }, locale: 'en', width: 80 } as never;
 * const section: AnySection = { key: 'ids', fields: [{ key: 'id', header: words('Id', '代码'), value: (r: { id: string }) => r.id }], rows: [{ id: 'gdp' }] };
 * emit(context, 'md', [section], { command: 'example' });
 * out; // → '| Id |\n|---|\n| gdp |\n'
 * ```
 */
export function emit(
  context: CommandContext,
  format: TableFormat,
  sections: readonly AnySection[],
  options: { readonly json?: unknown; readonly csvHint?: string; readonly command: string },
): void {
  const { io, locale, width } = context;
  switch (format) {
    case 'json': {
      const value =
        options.json ??
        (sections.length === 1 ? records(sections[0] as AnySection, true) : Object.fromEntries(sections.map((s) => [s.key, records(s, true)])));
      io.stdout(json(value));
      return;
    }
    case 'csv': {
      const [only, ...rest] = sections;
      if (only === undefined || rest.length > 0) {
        throw usageError(messages.cliCsvOneTable(options.command, options.csvHint ?? ''), options.command);
      }
      const columns = columnsOf(only.fields, locale, false).map((c) => c.key);
      io.stdout(toCsv(records(only) as Record<string, MachineValue>[], { columns, neutralise: neutraliseOf(context.args) }));
      return;
    }
    case 'md':
    case 'table': {
      const md = format === 'md';
      const parts = sections.map((section) => {
        const columns = columnsOf(section.fields, locale, true);
        const rows = peopleRows(section, locale);
        const title = section.title?.[locale];
        const notes = section.notes ?? [];
        const table = rows.length === 0 ? text.none[locale] : md ? renderMarkdownTable(columns, rows) : renderTable(columns, rows, { width });
        return [
          ...(title === undefined ? [] : [md ? `## ${title}` : title, '']),
          table.trimEnd(),
          ...(notes.length === 0 ? [] : ['', ...(md ? notes : notes.flatMap((note) => wrapText(note, width)))]),
        ].join('\n');
      });
      io.stdout(`${parts.join('\n\n')}\n`);
      return;
    }
  }
}
