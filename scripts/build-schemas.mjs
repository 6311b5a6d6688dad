#!/usr/bin/env node
/**
 * Write the JSON Schema files (`schemas/*.json`) from the BUILT zod schemas
 * (`dist/schema/index.js`), after `tsup`. The files describe what a JSON file may contain
 * (the input side), so apps in other languages validate the same files as the library.
 *
 * Usage: `tsup && node scripts/build-schemas.mjs [outDir]` (default `schemas/`).
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, process.argv[2] ?? 'schemas');
const { JSON_SCHEMA_NAMES, toJsonSchema } = await import(join(root, 'dist/schema/index.js'));

await mkdir(outDir, { recursive: true });
for (const file of await readdir(outDir)) {
  if (file.endsWith('.json')) await rm(join(outDir, file));
}
for (const name of JSON_SCHEMA_NAMES) {
  await writeFile(join(outDir, `${name}.json`), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
}
console.log(`build-schemas: wrote ${JSON_SCHEMA_NAMES.length} files to ${outDir}: ${JSON_SCHEMA_NAMES.map((n) => `${n}.json`).join(', ')}`);
