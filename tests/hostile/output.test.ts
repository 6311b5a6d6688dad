/**
 * Output that is safe to read: the command line escapes control characters from input in
 * everything it prints; the CSV writers neutralise cells a spreadsheet would run (OWASP's
 * CSV-injection rule, `'` in front) unless told not to; quoted CSV content round-trips byte
 * for byte; Markdown carries no tag from the data. And a calm command line: a failed write or
 * an unusable `--out` is one line on stderr and exit code 1 — run as a real process, here
 * bundled from src/ (not dist/) so that what is tested is the source.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baotou13, dec, toCsv, toDataPackage, toMarkdown } from '../../src/index.js';
import { definePlan, parseObservationsCsv, toSnapshot } from '../../src/schema/index.js';
import { run } from '../cli/helpers.js';

/** Any character a terminal could obey: C0 but tab and line feed, DEL, C1, bidi controls, U+2028/9; a CR not ending a line. */
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

/** What an attacker puts in a cell: clear the screen, set the title, colours, a C1 CSI, a bidi override, a bare CR. */
const NASTY = 'x\u001b[2J\u001b]0;owned\u0007\u001b[31mred\u001b[0m\u009b1m\u202egnp.exe\rtail';

/** The plan as JSON data, with `edit` applied to every free text (names, quotes, notes, titles …). */
function planWithTexts(edit: (text: string) => string): unknown {
  const TEXT_KEYS = new Set(['en', 'zh', 'quote', 'title', 'theme', 'note', 'statement', 'description', 'publication']);
  const visit = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => visit(v, key === 'notes' ? 'note' : undefined));
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    return typeof value === 'string' && key !== undefined && TEXT_KEYS.has(key) ? edit(value) : value;
  };
  return visit(toSnapshot(baotou13, { type: 'plan' }).data);
}

describe('the command line escapes control characters from input in everything it prints', () => {
  const csv = `indicator,year,value\ngdp,2020,"${NASTY.replace(/"/g, '""')}"\n`;

  it('validate: the error quoting a cell shows the escapes, obeys none', async () => {
    const r = await run(['validate', 'obs.csv'], { 'obs.csv': csv });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain("got 'x\\u001b[2J\\u001b]0;owned\\u0007\\u001b[31mred\\u001b[0m\\u009b1m\\u202egnp.exe\\u000dtail'");
  });

  it('validate --format json: valid JSON that still says the same characters (the escape is lossless there)', async () => {
    const r = await run(['validate', 'obs.csv', '--format', 'json'], { 'obs.csv': csv });
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    const verdict = JSON.parse(r.stdout) as { valid: boolean; message: string };
    expect(verdict.valid).toBe(false);
    expect(verdict.message).toContain(NASTY);
  });

  it('a plan file with control characters in its texts: tables, Markdown, JSON and CSV print them escaped', async () => {
    const files = { 'plan.json': JSON.stringify(planWithTexts((t) => `${t} ${NASTY}`)) };
    for (const format of ['table', 'md', 'json', 'csv']) {
      const r = await run(['targets', '--plan', 'plan.json', '--format', format], files);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(RAW_CONTROL);
      expect(r.stdout).toContain('\\u001b[2J');
    }
  });

  it('a usage error echoing an argument', async () => {
    const r = await run([`frob${NASTY}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain("unknown command 'frobx\\u001b[2J");
  });

  it('keeps tab, line feed and CRLF line ends (CSV stays CSV)', async () => {
    const r = await run(['targets', '--format', 'csv']);
    expect(r.stdout.split('\r\n').length).toBe(baotou13.targets.length + 2);
  });
});

describe('CSV writers neutralise cells a spreadsheet would run (OWASP: a single quote in front)', () => {
  const cells = ['=1+1', '+cmd|/c calc', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'];

  it('toCsv: a cell starting with =, +, -, @, tab or CR gets a quote; numbers, Decimals and other text do not', () => {
    const rows = cells.map((cell) => ({ cell }));
    const lines = toCsv(rows).split('\r\n');
    expect(lines.slice(1, -1)).toEqual(["'=1+1", "'+cmd|/c calc", "'-2+3", "'@SUM(A1)", "'\tx", "\"'\rx\"", '"\'=HYPERLINK(""http://x"",""y"")"']);
    expect(toCsv([{ a: '-0.08', b: -5, c: dec('-1.5e-7'), d: '+7', e: 'a=b', f: ' =x' }])).toBe('a,b,c,d,e,f\r\n-0.08,-5,-0.00000015,+7,a=b," =x"\r\n');
    expect(toCsv([{ '=head': 1 }])).toBe("'=head\r\n1\r\n");
  });

  it('toCsv { neutralise: false }: every cell as it is', () => {
    expect(toCsv(cells.map((cell) => ({ cell })), { neutralise: false }).split('\r\n').slice(1, -1)).toEqual([
      '=1+1',
      '+cmd|/c calc',
      '-2+3',
      '@SUM(A1)',
      '"\tx"',
      '"\rx"',
      '"=HYPERLINK(""http://x"",""y"")"',
    ]);
    expect(() => toCsv([{ a: 1 }], { neutralise: 'no' } as never)).toThrowPlanError('INVALID_ARGUMENT', "options.neutralise: expected true or false, got 'no'");
  });

  it('toDataPackage: every CSV file neutralised, unless { neutralise: false }', () => {
    const plan = definePlan(planWithTexts((t) => `=${t}`) as never);
    const { files } = toDataPackage(plan);
    const raw = toDataPackage(plan, { neutralise: false }).files;
    for (const name of ['indicators.csv', 'values.csv', 'commitments.csv']) {
      expect(files[name]).toMatch(/(^|,)"?'=/m);
      expect(files[name]).not.toMatch(/(^|,)"?=/m);
      expect(raw[name]).toMatch(/(^|,)"?=/m);
    }
    expect(() => toDataPackage(baotou13, { neutralise: 1 } as never)).toThrowPlanError('INVALID_ARGUMENT', 'options.neutralise');
  });

  it('export --format csv, --format datapackage: neutralised; --no-neutralise writes the cells as they are', async () => {
    const files = { 'plan.json': JSON.stringify(planWithTexts((t) => `@${t}`)) };
    const safe = await run(['export', '--format', 'csv', '--plan', 'plan.json'], files);
    expect(safe.code).toBe(0);
    expect(safe.stdout).toMatch(/(^|,)"?'@/m);
    expect(safe.stdout).not.toMatch(/(^|,)"?@/m);
    const raw = await run(['export', '--format', 'csv', '--plan', 'plan.json', '--no-neutralise'], files);
    expect(raw.stdout).toMatch(/(^|,)"?@/m);
    const pack = await run(['export', '--format', 'datapackage', '--plan', 'plan.json', '--out', 'pkg'], files);
    expect(pack.files.get('pkg/values.csv')).toMatch(/(^|,)"?'@/m);
    const table = await run(['targets', '--format', 'csv', '--plan', 'plan.json'], files);
    expect(table.stdout).toMatch(/(^|,)"?'@/m);
  });
});

describe('quoted CSV content round-trips byte for byte', () => {
  it.each(['a\r\nb', 'a\nb', 'a\rb', 'a\r\n\r\nb', 'say "hi", then\r\ngo', 'trailing\r\n'])('%j: toCsv then parseObservationsCsv', (text) => {
    for (const neutralise of [true, false]) {
      const csv = toCsv([{ indicator: 'gdp', year: 2020, value: '278.74', source: text }], { neutralise });
      const [read] = parseObservationsCsv(csv);
      expect(read?.source).toEqual({ kind: 'external', publication: text, confidence: 'secondary' });
    }
  });

  it('line ends outside quotes are still read in every style, and line numbers count the lines of a quoted cell', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      expect(parseObservationsCsv(['indicator,year,value', 'gdp,2019,1', 'gdp,2020,2', ''].join(end))).toHaveLength(2);
    }
    expect(() => parseObservationsCsv('indicator,year,value,source\r\ngdp,2019,1,"a\r\nb"\r\ngdp,2020,x,s\r\n')).toThrowPlanError('VALIDATION', "line 4, column 'value'");
  });
});

describe('Markdown carries no tag from the data', () => {
  it('<img onerror=…> in every text of a plan reaches toMarkdown only as text', () => {
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const md = toMarkdown(definePlan(planWithTexts((t) => `${t} ${payload}`) as never));
    expect(md).not.toMatch(/<img|<script/i);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

/** The command line bundled from src/ as tsup.config.ts bundles it, with the library bundled in. */
const ROOT = resolve(import.meta.dirname, '../..');
let work = '';
let bin = '';

beforeAll(async () => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  work = mkdtempSync(join(ROOT, '.tmp', 'output-'));
  chmodSync(work, 0o755); // readable by the unprivileged child below
  await build({
    entryPoints: { cli: join(ROOT, 'src/cli/bin.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: work,
    chunkNames: 'cli/[name]-[hash]',
    logLevel: 'warning',
  });
  bin = join(work, 'cli.js');
}, 60_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

const cli = (args: string, options: SpawnSyncOptions = {}) =>
  spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" ${args}`], { cwd: ROOT, encoding: 'utf8', timeout: 30_000, ...options }) as ReturnType<
    typeof spawnSync
  > & { stdout: string; stderr: string };

describe('a calm command line: one line on stderr and exit code 1', () => {
  it('a write that fails (> /dev/full: ENOSPC), for a table and for JSON, never a stack', () => {
    for (const args of ['plan > /dev/full', 'scorecard --format json > /dev/full', 'export --format md > /dev/full']) {
      const r = cli(args);
      expect({ args, status: r.status, stderr: r.stderr }).toEqual({
        args,
        status: 1,
        stderr: 'error: could not write to standard output (ENOSPC); the output is incomplete\n',
      });
    }
  }, 60_000);

  it('a reader that goes away (| head) is no failure: nothing on stderr, the exit code of the command', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" project | head -c 10 > /dev/null; echo "status \${PIPESTATUS[0]}" >&2`], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('status 0\n');
  }, 60_000);

  it('export --out /proc/nope: refused at once (Node 20 recursive mkdir would hang there)', () => {
    const started = Date.now();
    const r = cli('export --out /proc/nope');
    expect({ status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({
      status: 1,
      stderr: 'error: /proc/nope: could not create the folder (ENOENT)\n',
      stdout: '',
    });
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('an --out under a file, or in a missing folder for a chart: refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baotou-out-'));
    try {
      writeFileSync(join(dir, 'file'), 'x');
      expect(cli(`export --out "${dir}/file/sub"`)).toMatchObject({ status: 1, stderr: `error: ${dir}/file/sub: could not create the folder (ENOTDIR)\n` });
      expect(cli(`chart layout --out "${dir}/none/layout.json"`)).toMatchObject({ status: 1, stderr: `error: ${dir}/none/layout.json: could not write the file (ENOENT)\n` });
      expect(cli(`chart layout --out "${dir}"/.json`)).toMatchObject({ status: 0 });
      expect(readdirSync(dir).sort()).toEqual(['.json', 'file']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('an --out is checked before any work: with a plan file that does not exist, the --out is what is refused', () => {
    expect(cli('export --plan no-such-plan.json --out /proc/nope')).toMatchObject({ status: 1, stderr: 'error: /proc/nope: could not create the folder (ENOENT)\n' });
    expect(cli('chart layout --plan no-such-plan.json --out /proc/nope/x.json')).toMatchObject({ status: 1, stderr: 'error: /proc/nope/x.json: could not write the file (ENOENT)\n' });
  }, 60_000);

  it('a folder without write permission: refused before any work (as root, the child runs as nobody, uid 65534)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baotou-ro-'));
    try {
      const locked = join(dir, 'locked');
      mkdirSync(locked);
      chmodSync(dir, 0o755);
      chmodSync(locked, 0o555);
      const asRoot = process.getuid?.() === 0;
      const options: SpawnSyncOptions = asRoot ? { uid: 65534, gid: 65534 } : {};
      expect(cli(`export --format json --out "${locked}"`, options)).toMatchObject({ status: 1, stderr: `error: ${locked}: could not write into the folder (EACCES)\n` });
      expect(cli(`export --format json --out "${locked}/sub"`, options)).toMatchObject({ status: 1, stderr: `error: ${locked}/sub: could not create the folder (EACCES)\n` });
      expect(cli(`chart layout --out "${locked}/layout.json"`, options)).toMatchObject({ status: 1, stderr: `error: ${locked}/layout.json: could not write the file (EACCES)\n` });
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
