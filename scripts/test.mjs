#!/usr/bin/env node
/**
 * `npm test`: every check of the project, each an npm script of its own, in three phases.
 * Steps of a phase run at the same time (the machines have two cores; most steps use one);
 * a phase starts when the one before it has passed:
 *
 * 1. `typecheck` (tsc over src/, tests/ and site/) beside `build` (the package);
 * 2. `test:unit` (vitest with coverage, on both cores: it reads the built package);
 * 3. `site` then `test:site` (the explorer in Chromium), beside `lint:package` (publint,
 *    attw), `test:smoke` (the packed tarball installed and used) and `docs` (typedoc).
 *
 * The output of a step that runs beside others is printed when it ends, whole; the first step
 * to fail stops the run (the others are stopped too) with its exit code. Each step's time is
 * printed at the end.
 *
 * Usage: `npm test` (or `node scripts/test.mjs`).
 */
import { spawn } from 'node:child_process';

/** The phases: each a list of lanes run side by side, each lane npm scripts run in turn. */
const PHASES = [
  [['typecheck'], ['build']],
  [['test:unit']],
  [['site', 'test:site'], ['lint:package', 'test:smoke', 'docs']],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const running = new Set();
const times = [];

/** Runs `npm run <script>`; its output streams through when `alone`, else is printed when it ends. */
function runScript(script, alone) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(npm, ['run', script], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    running.add(child);
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      running.delete(child);
      if (!alone) process.stdout.write(Buffer.concat(output));
      const seconds = (performance.now() - start) / 1000;
      times.push([script, seconds, code]);
      resolve(code ?? (signal === null ? 1 : 128));
    });
  });
}

/** Stops every step still running (its whole process group: npm, then what npm started). */
function stopAll() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
}

// Interrupted (Ctrl-C): the steps run in process groups of their own, so stop them too.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

const begin = performance.now();
let failed = 0;
for (const phase of PHASES) {
  const alone = phase.length === 1 && phase[0].length === 1;
  const lanes = phase.map(async (lane) => {
    for (const script of lane) {
      if (failed !== 0) return;
      const code = await runScript(script, alone);
      if (code !== 0 && failed === 0) {
        failed = code;
        console.error(`\nnpm test: '${script}' failed (exit code ${code}); stopping the other steps`);
        stopAll();
      }
    }
  });
  await Promise.all(lanes);
  if (failed !== 0) break;
}

const total = (performance.now() - begin) / 1000;
console.log(`\nnpm test: ${failed === 0 ? 'passed' : 'FAILED'} in ${total.toFixed(0)} s`);
for (const [script, seconds, code] of times) console.log(`  ${script.padEnd(13)} ${seconds.toFixed(1).padStart(6)} s${code === 0 ? '' : `  (exit ${code})`}`);
process.exitCode = failed;
