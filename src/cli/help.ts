/**
 * Help texts: the overview (`baotou-plan --help`) and each command's help
 * (`baotou-plan <command> --help`), each with examples.
 *
 * @module
 */
import { allOptions, type CommandSpec } from './args.js';
import type { CommandEntry } from './catalog.js';
import { wrapText } from './table.js';

/**
 * The name of the executable.
 *
 * @example
 * ```ts
 * BIN; // → 'baotou-plan'
 * ```
 */
export const BIN = 'baotou-plan';

const WIDTH = 80;

function indentWrapped(text: string, indent: number): string {
  return wrapText(text, WIDTH - indent)
    .map((line) => `${' '.repeat(indent)}${line}`)
    .join('\n');
}

/** A two-column list (`  --scenario <file>   what it is`), the second column wrapped. */
function list(items: readonly (readonly [string, string])[]): string {
  const left = Math.min(28, Math.max(...items.map(([name]) => name.length)) + 2);
  return items
    .map(([name, what]) => {
      const lines = indentWrapped(what, left + 2).split('\n');
      const first = (lines[0] ?? '').trimStart();
      const head = `  ${name}`;
      if (head.length + 1 > left + 2) return [head, ...lines].join('\n');
      return [`${head.padEnd(left + 2)}${first}`, ...lines.slice(1)].join('\n');
    })
    .join('\n');
}

/**
 * The help of one command: usage, what it does, positionals, options, examples, wrapped at
 * 80 columns.
 *
 * @param spec - The command.
 * @returns The help text, ending with a newline.
 *
 * @example
 * ```ts
 * const help = commandHelp({ name: 'hello', summary: 'say hello', usage: '', description: [], options: {}, examples: [['baotou-plan hello', 'say hello']], run: async () => 0 });
 * help.split('\n')[0]; // → 'baotou-plan hello: say hello'
 * ```
 */
export function commandHelp(spec: CommandSpec): string {
  const options = Object.entries(allOptions(spec)).map(([name, option]): [string, string] => {
    const short = option.short === undefined ? '' : `-${option.short}, `;
    const value = option.type === 'string' ? ` ${option.value ?? '<value>'}` : '';
    return [`${short}--${name}${value}`, option.description];
  });
  const positionals = (spec.positionals ?? []).map((p): [string, string] => [
    `<${p.name}>`,
    `${p.description}${p.choices === undefined ? '' : ` (${p.choices.join(', ')})`}`,
  ]);
  const usage = wrapText(`${BIN} ${spec.name}${spec.usage === '' ? '' : ` ${spec.usage}`}`, WIDTH - 7);
  const parts = [
    indentWrapped(`${BIN} ${spec.name}: ${spec.summary}`, 0),
    usage.map((line, i) => `${i === 0 ? 'Usage: ' : '         '}${line}`).join('\n'),
    spec.description.map((paragraph) => indentWrapped(paragraph, 0)).join('\n\n'),
    ...(positionals.length === 0 ? [] : [`Arguments:\n${list(positionals)}`]),
    `Options:\n${list(options)}`,
    `Examples:\n${spec.examples.map(([command, what]) => `  # ${what}\n  $ ${command}`).join('\n\n')}`,
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

/**
 * The overview: every command with its summary, the options of every command, the exit
 * codes and examples. It reads the catalog only: no command module is loaded.
 *
 * @param commands - The commands, in order.
 * @param version - The package's version.
 * @returns The help text, ending with a newline.
 *
 * @example
 * ```ts
 * overviewHelp([], '1.0.0').startsWith('baotou-plan 1.0.0: '); // → true
 * ```
 */
export function overviewHelp(commands: readonly CommandEntry[], version: string): string {
  const parts = [
    indentWrapped(
      `${BIN} ${version}: Baotou's industrial plan for the 13th Five-Year Plan (2016–2020), its targets, scenarios and progress, computed exactly.`,
      0,
    ),
    `Usage: ${BIN} [command] [options]     (the default command is scorecard)`,
    `Commands:\n${list(commands.map((c) => [c.name, c.summary]))}`,
    `Options for every command:\n${list([
      ['-f, --format <format>', 'table (default), json, csv or md; export takes json, csv or datapackage'],
      ['--lang <lang>', 'en (default) or zh-CN (zh for short): Chinese names where the data has them, Chinese units'],
      ['-h, --help', 'show the help of a command, with examples'],
      ['-v, --version', 'print the version'],
    ])}`,
    indentWrapped(
      'Results go to stdout (pipeable JSON and CSV); messages go to stderr. Exit codes: 0 success; 1 a file that is not valid, unmet targets with --fail-on-unmet, or any other failure; 2 a usage error.',
      0,
    ),
    `Examples:\n${[
      ['baotou-plan', 'every target, evaluated under the default scenario'],
      ['baotou-plan project --scenario my.json --format csv > projection.csv', 'project a scenario of your own'],
      ['baotou-plan scorecard --help', 'the help of a command'],
    ]
      .map(([command, what]) => `  # ${what}\n  $ ${command}`)
      .join('\n\n')}`,
  ];
  return `${parts.join('\n\n')}\n`;
}
