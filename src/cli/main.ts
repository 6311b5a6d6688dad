/**
 * The `baotou-plan` command line: `main(argv, io)` runs one command and resolves to its exit
 * code (0 success, 1 a file that is not valid / unmet targets with `--fail-on-unmet` / any
 * other failure, 2 a usage error). Everything outside (streams, files, environment) comes in
 * through `io`, so tests run it in-process.
 *
 * @module
 */
import pkg from '../../package.json' with { type: 'json' };
import { isPlanError } from '../errors.js';
import { messages } from '../messages.js';
import { isUsageError, parseCommandArgs, readWidth, stringOption, usageError, type CommandSpec, type Lang } from './args.js';
import { assessCommand } from './commands/assess.js';
import { chartCommand } from './commands/chart.js';
import { exportCommand } from './commands/export.js';
import { planCommand } from './commands/plan.js';
import { projectCommand } from './commands/project.js';
import { schemaCommand } from './commands/schema.js';
import { scorecardCommand } from './commands/scorecard.js';
import { targetsCommand } from './commands/targets.js';
import { validateCommand } from './commands/validate.js';
import { BIN, commandHelp, overviewHelp } from './help.js';
import { issueLocation } from './inputs.js';
import type { CliIo } from './io.js';

/** The version of the package, as package.json says. */
export const VERSION: string = pkg.version;

/** Every command, in the order the overview lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  scorecardCommand,
  planCommand,
  targetsCommand,
  projectCommand,
  assessCommand,
  validateCommand,
  exportCommand,
  schemaCommand,
  chartCommand,
];

const DEFAULT_COMMAND = scorecardCommand;

/** Write an error to stderr and give its exit code. Never a stack trace, unless `BAOTOU_PLAN_DEBUG=1`. */
function report(error: unknown, io: CliIo, command: string | undefined): number {
  const debug = io.env['BAOTOU_PLAN_DEBUG'] === '1';
  if (isUsageError(error)) {
    const name = typeof error.details['command'] === 'string' ? error.details['command'] : command;
    io.stderr(`error: ${error.message}\n${messages.cliHelpHint(name === undefined ? BIN : `${BIN} ${name}`)}\n`);
    return 2;
  }
  if (isPlanError(error)) {
    const lines = [`error: ${error.message}`];
    if (error.issues.length > 1) {
      for (const issue of error.issues) lines.push(`  - ${issueLocation(error, issue.path)}: ${issue.message}`);
    }
    if (debug && error.stack !== undefined) lines.push(error.stack);
    io.stderr(`${lines.join('\n')}\n`);
    return 1;
  }
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  io.stderr(`error: ${messages.cliInternal(text)}\n${debug && error instanceof Error && error.stack !== undefined ? `${error.stack}\n` : ''}`);
  return 1;
}

/** The language asked for with `--lang`. */
function langOf(value: string | undefined): Lang {
  return value === 'zh' ? 'zh' : 'en';
}

/**
 * Run the command line.
 *
 * @param argv - The arguments after the executable (`process.argv.slice(2)`).
 * @param io - The outside world: streams, files, environment.
 * @returns The exit code: 0 success; 1 validation failure, unmet targets with
 *   `--fail-on-unmet`, or any other failure; 2 a usage error.
 *
 * @example
 * ```ts
 * const code = await main(['scorecard', '--format', 'json'], nodeIo());
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let command: string | undefined;
  try {
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-v') {
      if (rest.length > 0) throw usageError(messages.cliUnexpectedArgument(rest[0] ?? '', '--version'));
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = rest[0];
      if (topic === undefined) {
        io.stdout(overviewHelp(COMMANDS, VERSION));
        return 0;
      }
      const spec = COMMANDS.find((c) => c.name === topic);
      if (spec === undefined) throw usageError(messages.cliUnknownCommand(topic, COMMANDS.map((c) => c.name)));
      io.stdout(commandHelp(spec));
      return 0;
    }
    let spec: CommandSpec;
    let args: readonly string[];
    if (first === undefined || first.startsWith('-')) {
      spec = DEFAULT_COMMAND;
      args = argv;
    } else {
      const found = COMMANDS.find((c) => c.name === first);
      if (found === undefined) throw usageError(messages.cliUnknownCommand(first, COMMANDS.map((c) => c.name)));
      spec = found;
      args = rest;
    }
    command = spec.name;
    const parsed = parseCommandArgs(spec, args);
    if (parsed.values['help'] === true) {
      io.stdout(commandHelp(spec));
      return 0;
    }
    const width = 'width' in spec.options ? readWidth(parsed, spec.name) : 80;
    return await spec.run({ io, args: parsed, lang: langOf(stringOption(parsed, 'lang')), width });
  } catch (error) {
    return report(error, io, command);
  }
}
