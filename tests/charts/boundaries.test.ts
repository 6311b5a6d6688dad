/** The charts module loads no runtime dependency but decimal.js; vega and vega-lite only on demand. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../src/charts');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Every module specifier a file imports statically (`import … from '…'`, `export … from '…'`). */
function staticImports(text: string): string[] {
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1] ?? '');
}

describe('src/charts', () => {
  const files = sources(ROOT);

  it('imports only modules of the library statically (no vega, vega-lite, zod or Node built-ins)', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
        expect([file, specifier.startsWith('.')]).toEqual([file, true]);
      }
    }
  });

  it('loads vega and vega-lite with import() in render.ts only', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const dynamic = [...text.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]);
      expect([file, dynamic]).toEqual([file, file.endsWith('render.ts') ? ['vega', 'vega-lite'] : []]);
    }
  });
});
