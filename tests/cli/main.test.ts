/**
 * The command line's frame: --version, --help, usage errors (exit 2), errors from files
 * (exit 1, the library's text, no stack trace), stdout vs stderr.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/catalog.js';
import { main } from '../../src/cli/main.js';
import { displayWidth } from '../../src/cli/table.js';
import { memoryIo, run } from './helpers.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const NAMES = ['scorecard', 'plan', 'targets', 'project', 'assess', 'validate', 'export', 'schema', 'chart'];

describe('--version', () => {
  it("prints package.json's version on stdout and nothing else", async () => {
    for (const flag of ['--version', '-v']) {
      const r = await run([flag]);
      expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });
});

describe('--help', () => {
  it('has every command of the issue', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(NAMES);
  });

  it('the overview lists every command and the exit codes', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const name of NAMES) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('Exit codes: 0 success; 1 a file that is not valid, unmet targets with --fail-on-unmet');
    expect(flat).toContain('2 a usage error');
    expect((await run(['help'])).stdout).toBe(r.stdout);
    expect((await run(['-h'])).stdout).toBe(r.stdout);
  });

  it.each(NAMES)('%s --help shows usage, options and an example line', async (name) => {
    const r = await run([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^Usage: baotou-plan ${name}`, 'm'));
    expect(r.stdout).toContain('Options:');
    expect(r.stdout).toContain('--lang <lang>');
    expect(r.stdout).toMatch(new RegExp(`^Examples:\\n  # .+\\n  \\$ baotou-plan( ${name})?\\b`, 'm'));
    expect((await run(['help', name])).stdout).toBe(r.stdout);
    expect((await run([name, '-h'])).stdout).toBe(r.stdout);
  });

  it('help texts fit 80 columns', async () => {
    for (const argv of [['--help'], ...NAMES.map((n) => [n, '--help'])]) {
      const r = await run(argv);
      for (const line of r.stdout.split('\n')) expect(displayWidth(line), `${argv.join(' ')}: ${line}`).toBeLessThanOrEqual(80);
    }
  });
});

describe('usage errors: exit 2, one line and a hint on stderr, nothing on stdout', () => {
  const cases: [string[], string][] = [
    [['frobnicate'], "error: unknown command 'frobnicate'; commands: scorecard, plan, targets, project, assess, validate, export, schema, chart"],
    [['scorecard', '--colour'], "error: unknown option '--colour' for scorecard; options: --observations, --scenario, --as-of, --fail-on-unmet, --plan, --format, --width, --no-neutralise, --lang, --help"],
    [['scorecard', '--format', 'xml'], "error: --format: expected one of 'table', 'json', 'csv', 'md', got 'xml'"],
    [['plan', '--lang', 'fr'], "error: --lang: expected one of 'en', 'zh-CN', 'zh', got 'fr'"],
    [['scorecard', '--format'], "error: option '--format' needs a value: --format <format>"],
    [['scorecard', '--fail-on-unmet=yes'], "error: option '--fail-on-unmet' takes no value"],
    [['plan', 'zones', 'extra'], "error: unexpected argument 'extra' for plan"],
    [['plan', 'parks'], "error: part: expected one of 'zones', 'commitments', 'indicators', 'targets', got 'parks'"],
    [['schema'], 'error: schema needs <name>: one of decimal, period, unit, quantity, source, observation, observations, indicator, target, plan, scenario'],
    [['validate'], 'error: validate needs <file>'],
    [['scorecard', '--width', '5'], "error: --width: expected an integer from 20 to 1000, got '5'"],
    [['scorecard', '--as-of', '20x8'], "error: --as-of: expected an integer from 1900 to 2100, got '20x8'"],
    [['help', 'nope'], "error: unknown command 'nope'; commands: scorecard, plan, targets, project, assess, validate, export, schema, chart"],
  ];
  it.each(cases)('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const [first, hint, ...rest] = r.stderr.split('\n');
    expect(first).toBe(message);
    expect(hint).toMatch(/^run 'baotou-plan( \w+)? --help' for usage and examples$/);
    expect(rest).toEqual(['']);
  });

  it('the hint names the command', async () => {
    expect((await run(['plan', '--nope'])).stderr).toContain("run 'baotou-plan plan --help' for usage and examples");
    expect((await run(['nope'])).stderr).toContain("run 'baotou-plan --help' for usage and examples");
  });
});

describe('bad files: exit 1, the library text, no stack trace', () => {
  it('a file that does not exist', async () => {
    const r = await run(['validate', 'missing.json']);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: 'error: missing.json: no such file\n' });
  });

  it('a JSON file that is not JSON', async () => {
    const r = await run(['validate', 'bad.json'], { 'bad.json': '{"id": "s", ' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: bad\.json: not valid JSON: .+\n$/);
    expect(r.stderr).not.toMatch(/\bat \S+ \(/); // no stack frames
  });

  it('a CSV file with bad cells: the summary, then every issue on its own line', async () => {
    const csv = 'indicator,year,value\ngdp,2020,n/a\ngdp,20x0,1\n';
    const r = await run(['validate', 'obs.csv'], { 'obs.csv': csv });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        "error: obs.csv: 2 problems: line 2, column 'value': expected a decimal string or finite number, got 'n/a'; line 3, column 'year': expected an integer year from 1900 to 2100, got '20x0'",
        "  - line 2, column 'value': expected a decimal string or finite number, got 'n/a'",
        "  - line 3, column 'year': expected an integer year from 1900 to 2100, got '20x0'",
        '',
      ].join('\n'),
    );
  });

  it('a JSON observations file with a bad value: the exact PlanError text', async () => {
    const r = await run(['validate', 'obs.json'], { 'obs.json': JSON.stringify([{ indicator: 'gdp', year: 2020, value: '1,000' }]) });
    expect(r).toMatchObject({
      code: 1,
      stdout: '',
      stderr: "error: obs.json: observations[0].value: expected a decimal string or finite number, got '1,000'\n",
    });
  });
});

describe('unexpected errors', () => {
  const throwing = (env: Record<string, string> = {}) => {
    const world = memoryIo({}, env);
    const io = {
      ...world.io,
      readFile: async () => {
        throw new TypeError('boom');
      },
    };
    return { io, world };
  };

  it('are reported as an internal error in one line, exit 1, no stack', async () => {
    const { io, world } = throwing();
    const code = await main(['validate', 'x.json'], io);
    expect(code).toBe(1);
    expect(world.out()).toBe('');
    expect(world.err()).toBe(
      'error: internal error: TypeError: boom (this is a bug in baotou-plan; run with BAOTOU_PLAN_DEBUG=1 for the stack trace)\n',
    );
  });

  it('show the stack with BAOTOU_PLAN_DEBUG=1', async () => {
    const { io, world } = throwing({ BAOTOU_PLAN_DEBUG: '1' });
    expect(await main(['validate', 'x.json'], io)).toBe(1);
    expect(world.err()).toMatch(/^error: internal error: TypeError: boom .*\nTypeError: boom\n\s+at /);
  });
});

describe('more of the frame', () => {
  it('--version takes no argument', async () => {
    const r = await run(['--version', 'now']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("error: unexpected argument 'now' for --version");
  });

  it('BAOTOU_PLAN_DEBUG=1 adds the stack trace to a PlanError too', async () => {
    const r = await run(['validate', 'missing.json'], {}, { BAOTOU_PLAN_DEBUG: '1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: missing\.json: no such file\nPlanError: missing\.json: no such file\n\s+at /);
  });

  it('options before the command name go to the default command', async () => {
    const r = await run(['--lang', 'zh', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(11);
  });
});
