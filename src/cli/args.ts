/**
 * Command specifications and argument parsing (`node:util` `parseArgs`), with usage errors
 * that say in one line what is wrong; `main` adds the hint to `--help` and exits with 2.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { CliIo } from './io.js';

/** An option of a command. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The placeholder of its value in help (`<file>`). */
  readonly value?: string;
  readonly description: string;
  /** The allowed values, checked before the command runs. */
  readonly choices?: readonly string[];
}

/** A positional argument of a command. */
export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
  readonly choices?: readonly string[];
}

/** The parsed arguments of a command. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** The display language of the command line. */
export type Lang = 'en' | 'zh';

/** What a command runs with. */
export interface CommandContext {
  readonly io: CliIo;
  readonly args: ParsedArgs;
  readonly lang: Lang;
  /** The widest line of a plain-text table. */
  readonly width: number;
}

/** A subcommand: its help texts, its options, and what it does. */
export interface CommandSpec {
  readonly name: string;
  /** One line: what the command does. */
  readonly summary: string;
  /** The arguments after `baotou-plan <name>` in the usage line. */
  readonly usage: string;
  /** Paragraphs of help. */
  readonly description: readonly string[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly positionals: readonly PositionalSpec[];
  /** Example command lines (without the leading `$ `), each with what it does. */
  readonly examples: readonly (readonly [command: string, what: string])[];
  /** Runs the command; resolves to the exit code. */
  readonly run: (context: CommandContext) => Promise<number>;
}

/** The values of `--format` for commands that print a table. */
export const TABLE_FORMATS = ['table', 'json', 'csv', 'md'] as const;
/** A `--format` for commands that print a table. */
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** The values of `--lang`. */
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** Options every command takes. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  lang: { type: 'string', value: '<lang>', description: 'language of names and numbers: en (default) or zh', choices: LANGS },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

/** `--format` and `--width` for commands that print a table. */
export const TABLE_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  format: {
    type: 'string',
    short: 'f',
    value: '<format>',
    description: 'table (default: aligned text), json, csv or md (Markdown)',
    choices: TABLE_FORMATS,
  },
  width: { type: 'string', value: '<columns>', description: 'widest line of a table (default 80)' },
};

/**
 * A usage error: a `PlanError` of code `INVALID_ARGUMENT` marked `usage`, which `main`
 * reports with a hint to `--help` and exit code 2.
 */
export function usageError(message: string, command?: string): PlanError {
  return new PlanError('INVALID_ARGUMENT', message, { usage: true, ...(command === undefined ? {} : { command }) });
}

/** Whether an error is a usage error (exit 2). */
export function isUsageError(error: unknown): error is PlanError {
  return error instanceof PlanError && error.details['usage'] === true;
}

/** The option name quoted in one of Node's `parseArgs` messages (`'--lang <value>'` → `--lang`). */
function optionIn(message: string): string {
  return /'(-{1,2}[^' =<,]+)/.exec(message)?.[1] ?? '?';
}

/** Every option of a command, with the common ones. */
export function allOptions(spec: CommandSpec): Readonly<Record<string, OptionSpec>> {
  return { ...spec.options, ...COMMON_OPTIONS };
}

/** The option as the user knows it: `--format`. */
const flag = (name: string): string => `--${name}`;

/**
 * Parse a command's arguments, checking options, choices and positionals.
 *
 * @throws A usage error (see {@link usageError}) for an unknown option, a missing or
 *   unwanted value, a value not among the choices, a missing or extra positional.
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
  if (given.length > spec.positionals.length) {
    throw usageError(messages.cliUnexpectedArgument(given[spec.positionals.length] ?? '', spec.name), spec.name);
  }
  for (const [i, positional] of spec.positionals.entries()) {
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

/** A string option's value, or `undefined`. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** `--width`: a whole number of columns from 20 to 1000 (default 80). @throws A usage error otherwise. */
export function readWidth(args: ParsedArgs, command: string): number {
  const given = stringOption(args, 'width');
  if (given === undefined) return 80;
  const width = /^\d{1,4}$/.test(given) ? Number(given) : Number.NaN;
  if (!(width >= 20 && width <= 1000)) throw usageError(messages.notInteger('--width', given, 20, 1000), command);
  return width;
}
