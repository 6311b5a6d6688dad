#!/usr/bin/env node
// Smoke test of what users install: pack the package, install the tarball into a fresh
// project, and use it through ESM `import`, CJS `require`, and TypeScript type-checked
// under moduleResolution "node16", "bundler" and "node10" (every sub-path in each).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'baotou-plan-smoke-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

let failures = 0;
function check(name, fn) {
  const start = performance.now();
  try {
    fn();
    console.log(`  ok   ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failures += 1;
    console.log(`  FAIL ${name}\n${error.stdout ?? ''}${error.message}`);
  }
}

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, packed[0].filename);
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'smoke-app', private: true, version: '0.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);

  console.log(`smoke: ${packed[0].filename} (${packed[0].entryCount} files, ${packed[0].size} bytes packed)`);
  // The tarball's size is the same on every machine: its goal (issue 10) is checked here, on
  // what npm packed. What takes the room: README's table of measurements.
  check('the tarball is at most 500 kB packed', () => {
    if (packed[0].size > 500_000) throw new Error(`${packed[0].size} bytes packed, more than 500,000`);
  });

  writeFileSync(
    join(app, 'esm.mjs'),
    `import { cagr, requiredGrowth, dec, PlanError } from 'baotou-plan';
import * as calc from 'baotou-plan/calc';
import { baotou13 } from 'baotou-plan/data';
import { parsePlan } from 'baotou-plan/schema';
import { planTrajectoryChart } from 'baotou-plan/charts';
import meta from 'baotou-plan/package.json' with { type: 'json' };
const rate = requiredGrowth('120', '240', 5).toSignificantDigits(6).toString();
if (rate !== '0.148698') throw new Error('ESM requiredGrowth: ' + rate);
if (calc.cagr !== undefined && calc.cagr('1', '2', 1).toString() !== '1') throw new Error('ESM calc.cagr');
if (meta.name !== 'baotou-plan') throw new Error('package.json export');
if (!Array.isArray(baotou13.targets) || typeof parsePlan !== 'function' || typeof planTrajectoryChart !== 'function') throw new Error('ESM sub-paths');
try { cagr(0, 1, 1); throw new Error('no throw'); } catch (e) { if (!(e instanceof PlanError) || e.code !== 'DOMAIN') throw e; }
if (dec(0.1).toString() !== '0.1') throw new Error('dec');
console.log('esm ok', rate);
`,
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    `const { cagr, requiredGrowth, PlanError } = require('baotou-plan');
const calc = require('baotou-plan/calc');
const { baotou13 } = require('baotou-plan/data');
const { parsePlan } = require('baotou-plan/schema');
const { planTrajectoryChart } = require('baotou-plan/charts');
const rate = requiredGrowth('120', '240', 5).toSignificantDigits(6).toString();
if (rate !== '0.148698') throw new Error('CJS requiredGrowth: ' + rate);
if (calc.cagr('1', '4', 2).toString() !== '1') throw new Error('CJS calc.cagr');
if (!Array.isArray(baotou13.targets) || typeof parsePlan !== 'function' || typeof planTrajectoryChart !== 'function') throw new Error('CJS sub-paths');
try { cagr(1, 2, 0); throw new Error('no throw'); } catch (e) { if (!(e instanceof PlanError)) throw e; }
console.log('cjs ok', rate);
`,
  );
  const tsSource = `import { cagr, requiredGrowth, type Decimal, type DecimalInput } from 'baotou-plan';
import { share } from 'baotou-plan/calc';
import { baotou13 } from 'baotou-plan/data';
import type { parsePlan } from 'baotou-plan/schema';
import type { planTrajectoryChart } from 'baotou-plan/charts';
const input: DecimalInput = '120';
const rate: Decimal = requiredGrowth(input, '240', 5);
const s: Decimal = share('25', '100');
// @ts-expect-error years is a number, not an object
cagr('1', '2', {});
export const out: string = rate.toFixed(4) + s.toFixed(2);
export const targets: number = baotou13.targets.length;
export type Parse = typeof parsePlan;
export type Chart = typeof planTrajectoryChart;
`;
  writeFileSync(join(app, 'check.ts'), tsSource);
  writeFileSync(join(app, 'check.mts'), tsSource);
  writeFileSync(join(app, 'check.cts'), tsSource);
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  // node16 checks every declaration file of the package (both formats) with skipLibCheck off;
  // bundler and node10 check that each import resolves and is typed (our declarations were
  // checked by node16, and checking zod's again would triple the time).
  const base = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', types: [] };
  const resolutionOnly = { ...base, skipLibCheck: true };
  writeFileSync(
    join(app, 'tsconfig.node16.json'),
    JSON.stringify({ compilerOptions: { ...base, module: 'Node16', moduleResolution: 'node16' }, files: ['check.mts', 'check.cts'] }),
  );
  writeFileSync(
    join(app, 'tsconfig.node10.json'),
    JSON.stringify({ compilerOptions: { ...resolutionOnly, module: 'CommonJS', moduleResolution: 'node10', esModuleInterop: true }, files: ['check.ts'] }),
  );
  writeFileSync(
    join(app, 'tsconfig.bundler.json'),
    JSON.stringify({ compilerOptions: { ...resolutionOnly, module: 'ESNext', moduleResolution: 'bundler' }, files: ['check.ts'] }),
  );

  check('ESM import', () => process.stdout.write(run('node', ['esm.mjs'], app)));
  check('CJS require', () => process.stdout.write(run('node', ['cjs.cjs'], app)));
  // The executable as npm links it: the command line loads the installed library through
  // package.json `imports` (#library, #library/schema for a file, #library/charts).
  check('the baotou-plan executable (scorecard, a file validated, a chart, Chinese)', () => {
    const bin = join(app, 'node_modules', '.bin', 'baotou-plan');
    const scorecard = run(bin, ['scorecard', '--plan', 'china13'], app);
    if (!scorecard.includes('gdp-growth')) throw new Error(`scorecard --plan china13 printed:\n${scorecard}`);
    writeFileSync(join(app, 'obs.csv'), 'indicator,year,value,unit\nindustrial-value-added,2015,1200,100m-yuan\n');
    const validated = run(bin, ['validate', 'obs.csv'], app);
    if (!/valid/i.test(validated)) throw new Error(`validate printed:\n${validated}`);
    const chart = JSON.parse(run(bin, ['chart', 'trajectory', '--indicator', 'industrial-value-added'], app));
    if (typeof chart.$schema !== 'string' || !chart.$schema.includes('vega-lite')) throw new Error('chart: not a Vega-Lite specification');
    const chinese = run(bin, ['scorecard', '--lang', 'zh-CN'], app);
    if (!chinese.includes('状态')) throw new Error(`scorecard --lang zh-CN printed:\n${chinese}`);
    console.log(`cli ok ${scorecard.split('\n').length} lines`);
  });
  check('TypeScript, moduleResolution node16 (ESM .mts and CJS .cts)', () => run('node', [tsc, '-p', 'tsconfig.node16.json'], app));
  check('TypeScript, moduleResolution bundler', () => run('node', [tsc, '-p', 'tsconfig.bundler.json'], app));
  check('TypeScript, moduleResolution node10 (CommonJS, sub-paths through typesVersions)', () => run('node', [tsc, '-p', 'tsconfig.node10.json'], app));
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`smoke: ${failures} check(s) failed`);
  process.exit(1);
}
console.log('smoke: all checks passed');
