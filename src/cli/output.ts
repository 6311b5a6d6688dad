/**
 * How a command's result reaches stdout: one or more tables, written as an aligned text
 * table, JSON, CSV or Markdown. Tables show numbers for people (grouped, rounded, with units,
 * in English or Chinese); JSON and CSV carry the exact machine values (plain decimal strings).
 *
 * @module
 */
import { isDecimal, type Decimal } from '../decimal.js';
import { toCsv } from '../export/csv.js';
import { formatDecimal, type Locale } from '../format/number.js';
import { formatQuantity } from '../format/quantity.js';
import { renderMarkdownTable, renderTable, wrapText, type TableColumn } from '../format/table.js';
import type { LocalizedText } from '../plan/types.js';
import { quantity, type UnitId } from '../units/index.js';
import { messages } from '../messages.js';
import { usageError, type CommandContext, type Lang, type TableFormat } from './args.js';

/** A machine value: what JSON and CSV carry. Decimals are written in plain notation. */
export type MachineValue = string | number | boolean | null;

/** A column of a result. */
export interface Field<R> {
  /** The key in JSON objects and the CSV header. */
  readonly key: string;
  /** The heading of text and Markdown tables. */
  readonly header: Readonly<Record<Lang, string>>;
  readonly align?: 'left' | 'right';
  readonly overflow?: 'wrap' | 'truncate' | 'none';
  readonly minWidth?: number;
  /** The exact value, for JSON and CSV. */
  readonly value: (row: R) => MachineValue | Decimal | undefined;
  /** The value for people, for text and Markdown tables (default: the machine value). */
  readonly text?: (row: R, lang: Lang) => string;
  /** Only in JSON and CSV, not in text and Markdown tables (long ids, raw numbers). */
  readonly machineOnly?: boolean;
  /** Only in text and Markdown tables. */
  readonly peopleOnly?: boolean;
}

/** One table of a result. */
export interface Section<R = unknown> {
  /** Its key in JSON when a result has several tables. */
  readonly key: string;
  readonly title?: Readonly<Record<Lang, string>>;
  readonly fields: readonly Field<R>[];
  readonly rows: readonly R[];
  /** Lines printed under a text or Markdown table (notes, totals). */
  readonly notes?: readonly string[];
}

/** A section of any row type (what {@link emit} takes). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are only passed back to their own fields
export type AnySection = Section<any>;

/** The display locale of a language. */
export function localeOf(lang: Lang): Locale {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** A name in the language asked for: the Chinese name where there is one, else English. */
export function nameIn(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined) return '';
  return lang === 'zh' ? (text.zh ?? text.en) : text.en;
}

/** A name with its unit: `GDP (billion yuan)`, `地区生产总值（亿元）`. */
export function withUnit(name: string, unit: string, lang: Lang): string {
  return lang === 'zh' ? `${name}（${unit}）` : `${name} (${unit})`;
}

/** A heading in both languages. */
export const h = (en: string, zh: string): Readonly<Record<Lang, string>> => ({ en, zh });

/** A number for people: grouped, rounded to `places` when given. */
export function num(x: Decimal | null | undefined, lang: Lang, places?: number): string {
  if (x === null || x === undefined) return '–';
  return formatDecimal(x, { locale: localeOf(lang), ...(places === undefined ? {} : { places }) });
}

/** A value with its unit for people: `240 billion yuan`, `2,400 亿元`, `8% a year`. */
export function qty(x: Decimal | null | undefined, unit: UnitId, lang: Lang, places?: number): string {
  if (x === null || x === undefined) return '–';
  return formatQuantity(quantity(x, unit), { locale: localeOf(lang), ...(places === undefined ? {} : { places }) });
}

function machine(value: MachineValue | Decimal | undefined): MachineValue {
  if (value === undefined) return null;
  return isDecimal(value) ? value.toFixed() : value;
}

function columnsOf<R>(fields: readonly Field<R>[], lang: Lang, people: boolean): { column: TableColumn; field: Field<R> }[] {
  return fields
    .filter((f) => (people ? !f.machineOnly : !f.peopleOnly))
    .map((field) => ({
      field,
      column: {
        key: field.key,
        header: people ? field.header[lang] : field.key,
        ...(field.align === undefined ? {} : { align: field.align }),
        ...(field.overflow === undefined ? {} : { overflow: field.overflow }),
        ...(field.minWidth === undefined ? {} : { minWidth: field.minWidth }),
      },
    }));
}

/** The rows of a section as JSON objects (machine values). */
export function records<R>(section: Section<R>): Record<string, MachineValue>[] {
  const fields = section.fields.filter((f) => !f.peopleOnly);
  return section.rows.map((row) => Object.fromEntries(fields.map((f) => [f.key, machine(f.value(row))])));
}

function peopleRows<R>(section: Section<R>, lang: Lang): Record<string, string>[] {
  const fields = section.fields.filter((f) => !f.machineOnly);
  return section.rows.map((row) =>
    Object.fromEntries(
      fields.map((f) => {
        if (f.text !== undefined) return [f.key, f.text(row, lang)];
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
export function toJsonValue(value: unknown): unknown {
  if (isDecimal(value)) return value.toFixed();
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value;
}

/** JSON as the command line prints it: decimals in plain notation, two-space indent, a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(toJsonValue(value), null, 2)}\n`;
}

/**
 * Print a result in the format asked for. Several sections: text and Markdown print each
 * with its title; JSON prints an object keyed by section; CSV needs exactly one section.
 *
 * @param jsonValue - What `--format json` prints instead of the section records (richer
 *   data such as explanations), if given.
 * @throws A usage error for `--format csv` with several sections (`csvHint` says how to pick one).
 */
export function emit(
  context: CommandContext,
  format: TableFormat,
  sections: readonly AnySection[],
  options: { readonly json?: unknown; readonly csvHint?: string; readonly command: string },
): void {
  const { io, lang, width } = context;
  switch (format) {
    case 'json': {
      const value =
        options.json ??
        (sections.length === 1 ? records(sections[0] as AnySection) : Object.fromEntries(sections.map((s) => [s.key, records(s)])));
      io.stdout(json(value));
      return;
    }
    case 'csv': {
      const [only, ...rest] = sections;
      if (only === undefined || rest.length > 0) {
        throw usageError(messages.cliCsvOneTable(options.command, options.csvHint ?? ''), options.command);
      }
      const columns = columnsOf(only.fields, lang, false).map((c) => c.column.key);
      io.stdout(toCsv(records(only), { columns }));
      return;
    }
    case 'md':
    case 'table': {
      const parts: string[] = [];
      for (const section of sections) {
        const cols = columnsOf(section.fields, lang, true).map((c) => c.column);
        const rows = peopleRows(section, lang);
        const title = section.title?.[lang];
        const notes = section.notes ?? [];
        if (format === 'md') {
          parts.push(
            [
              ...(title === undefined ? [] : [`## ${title}`, '']),
              renderMarkdownTable(cols, rows).trimEnd(),
              ...(notes.length === 0 ? [] : ['', ...notes]),
            ].join('\n'),
          );
        } else {
          parts.push(
            [
              ...(title === undefined ? [] : [title, '']),
              renderTable(cols, rows, { width }).trimEnd(),
              ...(notes.length === 0 ? [] : ['', ...notes.flatMap((note) => wrapText(note, width))]),
            ].join('\n'),
          );
        }
      }
      io.stdout(`${parts.join('\n\n')}\n`);
      return;
    }
  }
}
