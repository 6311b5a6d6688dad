#!/usr/bin/env node
// Write docs/plan.md from the embedded dataset, with toMarkdown() from the built package
// (run `npx tsup` first). `--check` exits with 1 if docs/plan.md is not up to date instead of
// writing it. tests/export/markdown.test.ts checks the same thing against the sources.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, 'docs/plan.md');
const { toMarkdown, baotou13, baotouReported, baotouReportedIndicators } = await import('../dist/index.js');

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
