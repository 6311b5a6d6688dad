import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DECIMAL_PATTERN } from '../../src/decimal.js';
import * as z from 'zod/mini';
import { PlanError, isPlanError } from '../../src/errors.js';
import {
  JSON_SCHEMA_NAMES,
  decimalSchema,
  indicatorSchema,
  parseObservations,
  parsePlan,
  parseScenario,
  periodSchema,
  quantitySchema,
  sourceRefSchema,
  targetSchema,
  toJsonSchema,
  toJsonSchemas,
  unitSchema,
  observationSchema,
  type JsonSchemaName,
} from '../../src/schema/index.js';
import * as schemaEntry from '../../src/schema/index.js';

interface Fixture {
  schema: JsonSchemaName;
  name: string;
  data: unknown;
  valid?: boolean;
  rule?: string;
}

const fixtures = JSON.parse(readFileSync(new URL('./fixtures/interchange.json', import.meta.url), 'utf8')) as {
  agree: Fixture[];
  libraryOnly: Fixture[];
};
const planFixture: unknown = JSON.parse(readFileSync(new URL('./fixtures/plan.json', import.meta.url), 'utf8'));

/** Whether the library accepts `data` as `name`: the parse functions where they exist, else the schema. */
function libraryAccepts(name: JsonSchemaName, data: unknown): boolean {
  const bySchema = (schema: z.ZodMiniType) => (x: unknown) => {
    const result = z.safeParse(schema, x);
    if (!result.success) throw new PlanError('VALIDATION', 'rejected');
  };
  const parse: Record<JsonSchemaName, (x: unknown) => unknown> = {
    decimal: bySchema(decimalSchema),
    period: bySchema(periodSchema),
    unit: bySchema(unitSchema),
    quantity: bySchema(quantitySchema),
    source: bySchema(sourceRefSchema),
    observation: bySchema(observationSchema),
    observations: parseObservations,
    indicator: bySchema(indicatorSchema),
    target: bySchema(targetSchema),
    plan: parsePlan,
    scenario: parseScenario,
  };
  try {
    parse[name](data);
    return true;
  } catch (error) {
    if (isPlanError(error)) return false;
    throw error;
  }
}

const ajv = new Ajv2020({
  allErrors: true,
  logger: {
    log: () => {},
    warn: (message: unknown) => {
      throw new Error(`ajv warning: ${String(message)}`);
    },
    error: (message: unknown) => {
      throw new Error(`ajv error: ${String(message)}`);
    },
  },
});
const validators = Object.fromEntries(JSON_SCHEMA_NAMES.map((name) => [name, ajv.compile(toJsonSchema(name))])) as Record<
  JsonSchemaName,
  ReturnType<typeof ajv.compile>
>;

describe('JSON Schema files', () => {
  it('are generated for every name, draft 2020-12, with a title', () => {
    expect(JSON_SCHEMA_NAMES).toEqual([
      'decimal',
      'period',
      'unit',
      'quantity',
      'source',
      'observation',
      'observations',
      'indicator',
      'target',
      'plan',
      'scenario',
    ]);
    for (const [name, schema] of Object.entries(toJsonSchemas())) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.title).toBe(`baotou-plan ${name}`);
    }
  });

  it('write decimals with the one decimal grammar of dec()', () => {
    const decimal = toJsonSchema('decimal') as { $defs: { decimal: { anyOf: { pattern?: string }[] } } };
    expect(decimal.$defs.decimal.anyOf[0]?.pattern).toBe(DECIMAL_PATTERN.source);
  });

  it.each(fixtures.agree.map((f) => [f.schema, f.name, f] as const))('%s: %s — ajv and zod agree', (_schema, _name, fixture) => {
    const byAjv = validators[fixture.schema](fixture.data);
    const byZod = libraryAccepts(fixture.schema, fixture.data);
    expect({ ajv: byAjv, zod: byZod }).toEqual({ ajv: fixture.valid, zod: fixture.valid });
  });

  it('agree on the plan fixture and on broken copies of it', () => {
    expect(validators.plan(planFixture)).toBe(true);
    expect(libraryAccepts('plan', planFixture)).toBe(true);
    const plan = planFixture as Record<string, unknown>;
    const minimal = { id: plan.id, title: plan.title, period: plan.period, indicators: plan.indicators, targets: plan.targets };
    expect({ ajv: validators.plan(minimal), zod: libraryAccepts('plan', minimal) }).toEqual({ ajv: true, zod: true });
    const openWords = {
      ...plan,
      layout: [{ ...(plan.layout as object[])[0], direction: 'coast' }],
      commitments: [{ ...(plan.commitments as object[])[0], kind: 'special-zone' }],
    };
    expect({ ajv: validators.plan(openWords), zod: libraryAccepts('plan', openWords) }).toEqual({ ajv: true, zod: true });
    const broken: unknown[] = [
      { ...plan, extra: true },
      { ...plan, indicators: undefined },
      { ...plan, targets: undefined },
      { ...plan, title: undefined },
      { ...plan, facts: null },
      { ...plan, period: '2016–2020' },
      { ...plan, targets: [{ ...(plan.targets as object[])[0], value: 'n/a' }] },
      { ...plan, commitments: [{ ...(plan.commitments as object[])[0], count: -6 }] },
      { ...plan, commitments: [{ ...(plan.commitments as object[])[0], count: 6.5 }] },
      { ...plan, document: { ...(plan.document as object), date: '22 March 2016' } },
      { ...plan, layout: [{ ...(plan.layout as object[])[0], direction: 'north east' }] },
      { ...plan, commitments: [{ ...(plan.commitments as object[])[0], kind: '' }] },
    ].map((x) => JSON.parse(JSON.stringify(x)));
    for (const data of broken) {
      expect({ ajv: validators.plan(data), zod: libraryAccepts('plan', data) }).toEqual({ ajv: false, zod: false });
    }
  });

  it.each(fixtures.libraryOnly.map((f) => [f.schema, f.name, f] as const))(
    'library-only rule, %s: %s — the JSON Schema cannot state it, the library rejects it',
    (_schema, _name, fixture) => {
      expect(validators[fixture.schema](fixture.data)).toBe(true);
      expect(libraryAccepts(fixture.schema, fixture.data)).toBe(false);
    },
  );

  it('scripts/build-schemas.mjs writes exactly these files (here from the source schemas: no build needed)', async () => {
    const script = new URL('../../scripts/build-schemas.mjs', import.meta.url).href;
    const { writeSchemaFiles } = (await import(script)) as {
      writeSchemaFiles: (schemas: typeof schemaEntry, outDir: string) => Promise<string[]>;
    };
    const out = mkdtempSync(join(tmpdir(), 'baotou-schemas-'));
    try {
      await writeSchemaFiles(schemaEntry, out);
      expect(readdirSync(out).sort()).toEqual(JSON_SCHEMA_NAMES.map((name) => `${name}.json`).sort());
      for (const name of JSON_SCHEMA_NAMES) {
        expect(JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'))).toEqual(toJsonSchema(name));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
