#!/usr/bin/env node
// Write docs/plan.md from the embedded dataset, with toMarkdown() read from the sources (bundled
// in memory with esbuild, so no build is needed and the file never comes from a stale dist/).
// `--check` exits with 1 if docs/plan.md is not up to date instead of writing it.
// tests/export/markdown.test.ts checks the same thing.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, 'docs/plan.md');

const bundle = await build({
  stdin: {
    contents:
      "export { toMarkdown } from './src/export/markdown.ts';\n" +
      "export { baotou13, baotouReported, baotouReportedIndicators } from './src/data/index.ts';\n",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const code = bundle.outputFiles[0].text;
const { toMarkdown, baotou13, baotouReported, baotouReportedIndicators } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);

const text = toMarkdown(baotou13, { observations: baotouReported, observationIndicators: baotouReportedIndicators });

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing: not up to date
  }
  if (current !== text) {
    console.error('docs/plan.md is not up to date: run `npm run docs:plan`');
    process.exit(1);
  }
  console.log('docs/plan.md is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote docs/plan.md (${text.length} characters)`);
}
