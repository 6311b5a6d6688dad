/**
 * Command specifications and argument parsing (`node:util` `parseArgs`), with usage errors
 * that say in one line what is wrong; `main` adds the hint to `--help` and exits with 2.
 *
 * @module
 */
import { isPlanError, LOCALES, messages, PlanError } from '../internal/library.js';
import { parseArgs } from 'node:util';
import type { Locale, Words } from '../vocabulary.js';
import type { CliIo } from './io.js';

/**
 * An option of a command, as `parseArgs` reads it and help shows it.
 *
 * @example
 * ```ts
 * const out: OptionSpec = { type: 'string', short: 'o', value: '<file>', description: { en: 'write the chart to a file', 'zh-CN': '把图表写入文件' } };
 * ```
 */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The placeholder of its value in help (`<file>`). */
  readonly value?: string;
  /** What it does, in each language of help. */
  readonly description: Words;
  /** The allowed values, checked before the command runs. */
  readonly choices?: readonly string[];
}

/**
 * A positional argument of a command.
 *
 * @example
 * ```ts
 * const kind: PositionalSpec = { name: 'kind', description: { en: 'the chart', 'zh-CN': '图表' }, required: true, choices: ['trajectory', 'layout'] };
 * ```
 */
export interface PositionalSpec {
  readonly name: string;
  readonly description: Words;
  readonly required: boolean;
  readonly choices?: readonly string[];
}

/**
 * The parsed arguments of a command: option values by name, and the positionals.
 *
 * @example
 * ```ts
 * const args: ParsedArgs = { values: { format: 'json' }, positionals: ['zones'] };
 * ```
 */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * What a command runs with: the outside world, its arguments, the language and the width.
 *
 * @example
 * ```ts
 * const context: Omit<CommandContext, 'io'> = { args: { values: {}, positionals: [] }, locale: 'zh-CN', width: 80 };
 * ```
 */
export interface CommandContext {
  readonly io: CliIo;
  readonly args: ParsedArgs;
  /** The language of names, numbers and units (`--lang`). */
  readonly locale: Locale;
  /** The widest line of a plain-text table. */
  readonly width: number;
}

/**
 * What a command's module exports as `command`: its help texts, its options, and what it
 * does. Its name and one-line summary are in the catalog (`catalog.ts`), which the overview
 * reads without loading any command.
 *
 * @example
 * ```ts
 * const hello: Command = {
 *   usage: '', description: [{ en: 'Says hello.', 'zh-CN': '问好。' }], options: {}, examples: [['baotou-plan hello', { en: 'say hello', 'zh-CN': '问好' }]],
 *   run: async ({ io }) => { io.stdout('hello\n'); return 0; },
 * };
 * ```
 */
export interface Command {
  /** The arguments after `baotou-plan <name>` in the usage line. */
  readonly usage: string;
  /** Paragraphs of help, in each language. */
  readonly description: readonly Words[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** The positional arguments (default: none). */
  readonly positionals?: readonly PositionalSpec[];
  /** Example command lines (without the leading `$ `), each with what it does. */
  readonly examples: readonly (readonly [command: string, what: Words])[];
  /** Runs the command; resolves to the exit code. */
  readonly run: (context: CommandContext) => Promise<number>;
}

/**
 * A command with its name and summary: what help and the argument parser read.
 *
 * @example
 * ```ts
 * const spec: CommandSpec = { name: 'hello', summary: { en: 'say hello', 'zh-CN': '问好' }, usage: '', description: [], options: {}, examples: [], run: async () => 0 };
 * ```
 */
export interface CommandSpec extends Command {
  readonly name: string;
  /** One line: what the command does, in each language. */
  readonly summary: Words;
}

/** The values of `--format` for commands that print a table. */
const TABLE_FORMATS = ['table', 'json', 'csv', 'md'] as const;
/** A `--format` for commands that print a table: `table`, `json`, `csv` or `md`. */
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** The values of `--lang`: a locale, or `zh`, the shorthand of `zh-CN`. */
const LANGS: readonly string[] = [...LOCALES, 'zh'];

/**
 * The language asked for anywhere in the arguments (`--lang zh`, `--lang=zh-CN`), read before
 * they are parsed, so that help and usage errors speak it too; `'en'` when none is (or the
 * value is not a language: the parser then says so).
 *
 * @param argv - The arguments.
 * @returns The locale.
 *
 * @example
 * ```ts
 * localeIn(['plan', '--lang', 'zh']); // → 'zh-CN'
 * localeIn(['--lang=fr']); // → 'en'
 * ```
 */
export function localeIn(argv: readonly string[]): Locale {
  let lang: string | undefined;
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg === '--lang') lang = argv[i + 1];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  }
  return localeOf(lang);
}

/**
 * The locale `--lang` asks for (the parser has checked the value).
 *
 * @param lang - `en`, `zh-CN`, `zh` (the shorthand of `zh-CN`), or `undefined`.
 * @returns `'en'` (the default) or `'zh-CN'`.
 *
 * @example
 * ```ts
 * localeOf('zh'); // → 'zh-CN'
 * localeOf(undefined); // → 'en'
 * ```
 */
export function localeOf(lang: string | undefined): Locale {
  return lang === 'zh' || lang === 'zh-CN' ? 'zh-CN' : 'en';
}

/** Options every command takes. */
const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  lang: {
    type: 'string',
    value: '<lang>',
    description: {
      en: 'language of names, numbers, help and messages: en (default) or zh-CN (zh for short)',
      'zh-CN': '名称、数字、帮助和消息的语言：en（默认）或 zh-CN（可简写为 zh）',
    },
    choices: LANGS,
  },
  help: { type: 'boolean', short: 'h', description: { en: 'show this help', 'zh-CN': '显示本帮助' } },
};

/**
 * `--no-neutralise`, for commands that write CSV: cells that start with `=`, `+`, `-`, `@`, a
 * tab or a carriage return (but numbers) are written as they are, not with a `'` in front.
 *
 * @example
 * ```ts
 * CSV_OPTION['no-neutralise']?.type; // → 'boolean'
 * ```
 */
export const CSV_OPTION: Readonly<Record<string, OptionSpec>> = {
  'no-neutralise': {
    type: 'boolean',
    description: {
      en: "with csv: write cells that start with =, +, -, @ as they are (default: a ' in front, so that spreadsheets run no formula)",
      'zh-CN': "用于 csv：以 =、+、-、@ 开头的单元格照原样写出（默认在前面加 '，使电子表格不执行公式）",
    },
  },
};

/**
 * Whether CSV cells a spreadsheet would run are neutralised: `true` unless `--no-neutralise`.
 *
 * @param args - The parsed arguments.
 * @returns The `neutralise` option of `toCsv`.
 *
 * @example
 * ```ts
 * neutraliseOf({ values: { 'no-neutralise': true }, positionals: [] }); // → false
 * ```
 */
export function neutraliseOf(args: ParsedArgs): boolean {
  return args.values['no-neutralise'] !== true;
}

/**
 * `--format` and `--width` for commands that print a table, and `--no-neutralise` for its CSV.
 *
 * @example
 * ```ts
 * TABLE_OPTIONS.format?.choices; // → ['table', 'json', 'csv', 'md']
 * ```
 */
export const TABLE_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  format: {
    type: 'string',
    short: 'f',
    value: '<format>',
    description: {
      en: 'table (default: aligned text), json, csv or md (Markdown)',
      'zh-CN': 'table（默认：对齐的文本表格）、json、csv 或 md（Markdown）',
    },
    choices: TABLE_FORMATS,
  },
  width: { type: 'string', value: '<columns>', description: { en: 'widest line of a table (default 80)', 'zh-CN': '表格每行的最大宽度（默认 80）' } },
  ...CSV_OPTION,
};

/**
 * A usage error: a `PlanError` of code `INVALID_ARGUMENT` marked `usage`, which `main`
 * reports with a hint to `--help` and exit code 2.
 *
 * @param message - What is wrong, in one line.
 * @param command - The command, for the hint (`run 'baotou-plan plan --help'`).
 * @returns The error, to throw.
 *
 * @example
 * ```ts
 * usageError("unknown command 'x'").details; // → { usage: true }
 * ```
 */
export function usageError(message: string, command?: string): PlanError {
  return new PlanError('INVALID_ARGUMENT', message, { usage: true, ...(command === undefined ? {} : { command }) });
}

/**
 * Whether an error is a usage error (exit 2).
 *
 * @param error - Anything thrown.
 * @returns `true` for what {@link usageError} makes.
 *
 * @example
 * ```ts
 * isUsageError(usageError('no')); // → true
 * isUsageError(new Error('no')); // → false
 * ```
 */
export function isUsageError(error: unknown): error is PlanError {
  return isPlanError(error) && error.details['usage'] === true;
}

/** The option name quoted in one of Node's `parseArgs` messages (`'--lang <value>'` → `--lang`). */
function optionIn(message: string): string {
  return /'(-{1,2}[^' =<,]+)/.exec(message)?.[1] ?? '?';
}

/**
 * Every option of a command, with those every command takes (`--lang`, `--help`).
 *
 * @param spec - The command.
 * @returns The options by name.
 *
 * @example
 * ```ts
 * Object.keys(allOptions({ name: 'x', summary: { en: '', 'zh-CN': '' }, usage: '', description: [], options: TABLE_OPTIONS, examples: [], run: async () => 0 })); // → ['format', 'width', 'no-neutralise', 'lang', 'help']
 * ```
 */
export function allOptions(spec: CommandSpec): Readonly<Record<string, OptionSpec>> {
  return { ...spec.options, ...COMMON_OPTIONS };
}

/** The option as the user knows it: `--format`. */
const flag = (name: string): string => `--${name}`;

/**
 * Parse a command's arguments, checking options, choices and positionals.
 *
 * @param spec - The command.
 * @param argv - Its arguments (after the command's name).
 * @returns The values of the options and the positionals.
 * @throws A usage error (see {@link usageError}) for an unknown option, a missing or
 *   unwanted value, a value not among the choices, a missing or extra positional.
 *
 * @example
 * ```ts
 * const spec: CommandSpec = { name: 'x', summary: { en: '', 'zh-CN': '' }, usage: '', description: [], options: TABLE_OPTIONS, examples: [], run: async () => 0 };
 * parseCommandArgs(spec, ['--format', 'csv', '--lang', 'zh']).values; // → { format: 'csv', lang: 'zh' }
 * parseCommandArgs(spec, ['--format', 'xml']); // throws PlanError INVALID_ARGUMENT
 * // → "--format: expected one of 'table', 'json', 'csv', 'md', got 'xml'"
 * ```
 */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const options = allOptions(spec);
  const config = Object.fromEntries(
    Object.entries(options).map(([name, option]) => [
      name,
      { type: option.type, ...(option.short === undefined ? {} : { short: option.short }) },
    ]),
  );
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: config, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const text = error instanceof Error ? error.message : String(error);
    const option = optionIn(text);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw usageError(messages.cliUnknownOption(option, spec.name, Object.keys(options).map(flag)), spec.name);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const found = Object.entries(options).find(([n, o]) => flag(n) === option || (o.short !== undefined && `-${o.short}` === option));
      const long = found === undefined ? option : flag(found[0]);
      if (found?.[1].type === 'boolean') throw usageError(messages.cliOptionTakesNoValue(long), spec.name);
      throw usageError(messages.cliOptionNeedsValue(long, found?.[1].value ?? '<value>'), spec.name);
    }
    throw usageError(text.split('\n')[0] ?? text, spec.name);
  }
  if (parsed.values['help'] === true) return parsed;
  for (const [name, option] of Object.entries(options)) {
    const value = parsed.values[name];
    if (option.choices !== undefined && typeof value === 'string' && !option.choices.includes(value)) {
      throw usageError(messages.unknownOption(flag(name), value, option.choices), spec.name);
    }
  }
  const given = parsed.positionals;
  const positionals = spec.positionals ?? [];
  if (given.length > positionals.length) {
    throw usageError(messages.cliUnexpectedArgument(given[positionals.length] ?? '', spec.name), spec.name);
  }
  for (const [i, positional] of positionals.entries()) {
    const value = given[i];
    if (value === undefined) {
      if (positional.required) {
        throw usageError(messages.cliMissingArgument(spec.name, `<${positional.name}>`, positional.choices), spec.name);
      }
      continue;
    }
    if (positional.choices !== undefined && !positional.choices.includes(value)) {
      throw usageError(messages.unknownOption(positional.name, value, positional.choices), spec.name);
    }
  }
  return parsed;
}

/**
 * A string option's value.
 *
 * @param args - The parsed arguments.
 * @param name - The option, without `--`.
 * @returns Its value, or `undefined` when it is not given.
 *
 * @example
 * ```ts
 * stringOption({ values: { out: 'a.svg' }, positionals: [] }, 'out'); // → 'a.svg'
 * ```
 */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * An option that is a whole number from `min` to `max` (`--width 100`, `--as-of 2018`).
 *
 * @param args - The parsed arguments.
 * @param name - The option, without `--`.
 * @param min - The smallest value allowed.
 * @param max - The largest value allowed.
 * @param command - The command, for the hint of a usage error.
 * @returns The number, or `undefined` when the option is not given.
 * @throws A usage error for anything else.
 *
 * @example
 * ```ts
 * integerOption({ values: { 'as-of': '2018' }, positionals: [] }, 'as-of', 1900, 2100, 'scorecard'); // → 2018
 * integerOption({ values: { width: '5' }, positionals: [] }, 'width', 20, 1000, 'plan'); // throws PlanError INVALID_ARGUMENT
 * // → "--width: expected an integer from 20 to 1000, got '5'"
 * ```
 */
export function integerOption(args: ParsedArgs, name: string, min: number, max: number, command: string): number | undefined {
  const given = stringOption(args, name);
  if (given === undefined) return undefined;
  const value = /^\d{1,9}$/.test(given) ? Number(given) : Number.NaN;
  if (!(value >= min && value <= max)) throw usageError(messages.notInteger(`--${name}`, given, min, max), command);
  return value;
}

/**
 * `--format`, whose value the parser has checked against the command's choices.
 *
 * @param args - The parsed arguments.
 * @param fallback - The format when the option is not given.
 * @returns The format.
 *
 * @example
 * ```ts
 * formatOption({ values: {}, positionals: [] }, 'table'); // → 'table'
 * ```
 */
export function formatOption<F extends string = TableFormat>(args: ParsedArgs, fallback: NoInfer<F>): F {
  return (stringOption(args, 'format') ?? fallback) as F;
}
