#!/usr/bin/env node
/**
 * Write the JSON Schema files (`schemas/*.json`) from the BUILT zod schemas
 * (`dist/schema/index.js`), after `tsup`. The files describe what a JSON file may contain
 * (the input side), so apps in other languages validate the same files as the library.
 *
 * Usage: `tsup && node scripts/build-schemas.mjs [outDir]` (default `schemas/`).
 *
 * `writeSchemaFiles` is exported so that tests/schema/jsonSchema.test.ts can run it on the
 * source schemas, without a build.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Write one `<name>.json` per name of `schemas.JSON_SCHEMA_NAMES` into `outDir` (made if
 * missing; the `.json` files already there are removed first).
 *
 * @param {{ JSON_SCHEMA_NAMES: readonly string[], toJsonSchema: (name: string) => unknown }} schemas
 * @param {string} outDir
 * @returns {Promise<string[]>} the file names written
 */
export async function writeSchemaFiles({ JSON_SCHEMA_NAMES, toJsonSchema }, outDir) {
  await mkdir(outDir, { recursive: true });
  for (const file of await readdir(outDir)) {
    if (file.endsWith('.json')) await rm(join(outDir, file));
  }
  const files = [];
  for (const name of JSON_SCHEMA_NAMES) {
    await writeFile(join(outDir, `${name}.json`), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
    files.push(`${name}.json`);
  }
  return files;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const built = join(root, 'dist/schema/index.js');
  if (!existsSync(built)) {
    console.error('build-schemas: dist/schema/index.js is missing; run `tsup` first (`npm run build` does)');
    process.exit(1);
  }
  const outDir = resolve(root, process.argv[2] ?? 'schemas');
  const files = await writeSchemaFiles(await import(pathToFileURL(built).href), outDir);
  console.log(`build-schemas: wrote ${files.length} files to ${outDir}: ${files.join(', ')}`);
}
