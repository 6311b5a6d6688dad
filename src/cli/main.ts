/**
 * The `baotou-plan` command line: `main(argv, io)` runs one command and resolves to its exit
 * code (0 success, 1 a file that is not valid / unmet targets with `--fail-on-unmet` / any
 * other failure, 2 a usage error). Everything outside (streams, files, environment) comes in
 * through `io`, so tests run it in-process.
 *
 * @module
 */
import { isPlanError, messages, rememberTexts } from '../internal/library.js';
import pkg from '../../package.json' with { type: 'json' };
import type { Locale } from '../vocabulary.js';
import { integerOption, isUsageError, localeIn, parseCommandArgs, usageError, type CommandSpec } from './args.js';
import { COMMANDS, type CommandEntry } from './catalog.js';
import { errorText, said } from './language.js';
import { BIN, commandHelp, overviewHelp } from './help.js';
import { safeIo, type CliIo } from './io.js';
import { text } from './text.js';

/** The version of the package, as package.json says. */
const VERSION: string = pkg.version;

/** The command named `name`. @throws A usage error for a name that is not a command. */
function entryOf(name: string): CommandEntry {
  const entry = COMMANDS.find((c) => c.name === name);
  if (entry === undefined) throw usageError(messages.cliUnknownCommand(name, COMMANDS.map((c) => c.name)));
  return entry;
}

/** A command with its module loaded: its help, its options and what it runs. */
async function specOf(entry: CommandEntry): Promise<CommandSpec> {
  const { command } = await entry.load();
  return { name: entry.name, summary: entry.summary, ...command };
}

/**
 * Write an error to stderr, in the language asked for, and give its exit code. Never a stack
 * trace, unless `BAOTOU_PLAN_DEBUG=1`.
 */
async function report(error: unknown, io: CliIo, command: string | undefined, locale: Locale): Promise<number> {
  const debug = io.env['BAOTOU_PLAN_DEBUG'] === '1';
  const label = text.error[locale];
  if (isUsageError(error)) {
    const name = typeof error.details['command'] === 'string' ? error.details['command'] : command;
    const { message } = await errorText(error, locale);
    io.stderr(`${label}${message}\n${await said(locale, 'cliHelpHint', name === undefined ? BIN : `${BIN} ${name}`)}\n`);
    return 2;
  }
  if (isPlanError(error)) {
    const { message, issues } = await errorText(error, locale);
    const lines = [`${label}${message}`];
    if (issues.length > 1) for (const issue of issues) lines.push(`  - ${issue.where}${locale === 'en' ? ': ' : '：'}${issue.message}`);
    if (debug && error.stack !== undefined) lines.push(error.stack);
    io.stderr(`${lines.join('\n')}\n`);
    return 1;
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = debug && error instanceof Error && error.stack !== undefined ? `${error.stack}\n` : '';
  io.stderr(`${label}${await said(locale, 'cliInternal', detail)}\n${stack}`);
  return 1;
}

/**
 * Run the command line.
 *
 * @param argv - The arguments after the executable (`process.argv.slice(2)`).
 * @param outside - The outside world: streams, files, environment. What is printed on its
 *   streams has control characters escaped (`\u001b[2J`, never the clearing of a screen).
 * @returns The exit code: 0 success; 1 validation failure, unmet targets with
 *   `--fail-on-unmet`, or any other failure; 2 a usage error.
 *
 * @throws Nothing: every error is written to `io.stderr` and turned into the exit code.
 *
 * @example
 * ```ts
 * let out = '';
 * const io = {
 *   stdout: (text: string) => { out += text; }, stderr: () => {},
 *   readFile: async () => '', writeFile: async () => {}, mkdir: async () => {}, checkFile: async () => {}, joinPath: (...parts: string[]) => parts.join('/'), env: {},
 * };
 * await main(['--help'], io); // → 0
 * out.startsWith('baotou-plan '); // → true
 * ```
 */
export async function main(argv: readonly string[], outside: CliIo): Promise<number> {
  // Every character printed passes the one escaping of control characters.
  const io = safeIo(outside);
  // The language is read first, so that help and usage errors speak it too.
  const locale = localeIn(argv);
  // The texts of scorecards and explanations are made before a command asks for their
  // language: in Chinese, remember what each is built from, so that `translator` can write
  // it; in English, nothing is kept.
  if (locale !== 'en') rememberTexts();
  let command: string | undefined;
  try {
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-v') {
      if (rest.length > 0) throw usageError(messages.cliUnexpectedArgument(rest[0] ?? '', '--version'));
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = rest.find((arg, i) => !arg.startsWith('-') && rest[i - 1] !== '--lang');
      io.stdout(topic === undefined ? overviewHelp(COMMANDS, VERSION, locale) : commandHelp(await specOf(entryOf(topic)), locale));
      return 0;
    }
    // Options before any command name (`baotou-plan --lang zh`) go to the default command.
    const named = first !== undefined && !first.startsWith('-');
    const spec = await specOf(named ? entryOf(first) : (COMMANDS[0] as CommandEntry));
    command = spec.name;
    const parsed = parseCommandArgs(spec, named ? rest : argv);
    if (parsed.values['help'] === true) {
      // `baotou-plan --lang zh --help`: the overview; `baotou-plan plan --help`: the command's help.
      io.stdout(named ? commandHelp(spec, locale) : overviewHelp(COMMANDS, VERSION, locale));
      return 0;
    }
    const width = integerOption(parsed, 'width', 20, 1000, spec.name) ?? 80;
    return await spec.run({ io, args: parsed, locale, width });
  } catch (error) {
    return await report(error, io, command, locale);
  }
}
