/**
 * The regular expressions of the JSON Schema files mean the same in ECMAScript (the library,
 * ajv) and in Python's `re` (the `jsonschema` package reads a `pattern` with `re.search`), so
 * that a validator in Python accepts no document the library refuses.
 *
 * Python's `\d`, `\w` and `\s` are Unicode classes (`'١٢٣'` and `'１２'` are `\d+` there) and its
 * `$` also matches before a final line break (`'12\n'`); the patterns use `[0-9]` and end with
 * `(?![\s\S])`. Every pattern is run here with `re.search` in `python3` (on every machine: a
 * missing `python3` fails the test) on hostile and valid strings and compared with ECMAScript;
 * the documents are also validated with Python's `jsonschema` where it is installed, and a test
 * says so by its name when it is not.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DECIMAL_PATTERN } from '../../src/decimal.js';
import { isPlanError } from '../../src/errors.js';
import { YEAR_MONTH_PATTERN } from '../../src/period.js';
import {
  ID_PATTERN,
  JSON_SCHEMA_NAMES,
  decimalSchema,
  observationSchema,
  parseObservations,
  parsePlan,
  parseScenario,
  periodSchema,
  sourceRefSchema,
  toJsonSchemas,
  type JsonSchemaName,
} from '../../src/schema/index.js';

const schemas = toJsonSchemas();

/** Every `pattern` in the files, and the keys of `patternProperties`, with where it is. */
function patternsIn(value: unknown, at: string, found: Map<string, string>): Map<string, string> {
  if (Array.isArray(value)) value.forEach((item, i) => patternsIn(item, `${at}[${i}]`, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'pattern' && typeof item === 'string' && !found.has(item)) found.set(item, at);
      if (key === 'patternProperties' && typeof item === 'object' && item !== null) {
        for (const p of Object.keys(item)) if (!found.has(p)) found.set(p, `${at}.patternProperties`);
      }
      patternsIn(item, `${at}.${key}`, found);
    }
  }
  return found;
}

const found = patternsIn(schemas, 'schemas', new Map());
// The exported patterns, whether or not a file holds them.
for (const [name, pattern] of [['DECIMAL_PATTERN', DECIMAL_PATTERN], ['ID_PATTERN', ID_PATTERN], ['YEAR_MONTH_PATTERN', YEAR_MONTH_PATTERN]] as const) {
  if (!found.has(pattern.source)) found.set(pattern.source, name);
}
const patterns = [...found.keys()];

/** Strings on which ECMAScript and Python could part: other scripts' digits, final line breaks, Unicode spaces … */
const HOSTILE = [
  '١٢٣', '１２', '12\n', '12\r\n', '\n12', '12\r', '1e400', '1e400\n', '٠.٥', '1٫5', '²', '𝟙𝟚', '۱۲', '१२', '12\u2028', '12\u0085',
  '2016', '2016\n', '２０１６', '٢٠١٦', '2016-2020', '2016-2020\n', '2015-16', '2015-١٦', '2015-16\n',
  '2019-01', '2019-01\n', '2019-٠١', '2019-01/2019-09', '2019-01/2019-09\n', '2016-03-22', '2016-03-22\n', '2016-03-٢٢', '2016-3-22',
  'gdp', 'gdp\n', 'ｇｄｐ', 'ǅ', 'İstanbul', 'a_b', 'Straße', 'industrial-value-added', '__proto__',
  'https://example.org/x', 'https://example.org/x\n', 'https://a b', 'https://a\u00a0b', 'https://a\u0085b', 'https://a\u001cb',
  'https://a\u3000b', 'https://a\ufeffb', 'https://a\u200ab', 'https://a\tb', 'https://\u2028',
  '240', '-0.08', '+7', '.5', '7.', '1E-7', '', ' ', '\n', '\u0000',
];

interface PythonAnswer {
  readonly error?: string;
  /** For each pattern, for each string: whether `re.search` finds it. */
  readonly search: boolean[][];
  /** `null` when `jsonschema` does not import; else, for each document, whether it is valid. */
  readonly jsonschema: boolean[] | null;
}

const PYTHON = String.raw`
import json, re, sys
job = json.load(sys.stdin)
out = {"search": [[re.search(p, s) is not None for s in job["strings"]] for p in job["patterns"]]}
try:
    from jsonschema import Draft202012Validator
except ImportError:
    out["jsonschema"] = None
else:
    validators = {name: Draft202012Validator(schema) for name, schema in job["schemas"].items()}
    # Each document as Python reads JSON text: 1e400 is a float, infinity.
    out["jsonschema"] = [validators[d["schema"]].is_valid(json.loads(d["text"])) for d in job["documents"]]
json.dump(out, sys.stdout)
`;

/** Run the Python side once: `re.search` of every pattern on every string, `jsonschema` on every document. */
function python(documents: readonly { schema: JsonSchemaName; text: string }[]): PythonAnswer {
  const r = spawnSync('python3', ['-c', PYTHON], {
    input: JSON.stringify({ patterns, strings: HOSTILE, schemas, documents }),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error !== undefined || r.status !== 0) return { error: `python3 failed: ${r.error?.message ?? r.stderr}`, search: [], jsonschema: null };
  return JSON.parse(r.stdout) as PythonAnswer;
}

/** What the library says of a document: the parse functions where they exist, else the schema. */
function libraryAccepts(name: JsonSchemaName, text: string): boolean {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return false;
  }
  const bySchema = (schema: z.ZodMiniType) => (x: unknown) => z.parse(schema, x);
  const parse: Partial<Record<JsonSchemaName, (x: unknown) => unknown>> = {
    decimal: bySchema(decimalSchema),
    period: bySchema(periodSchema),
    source: bySchema(sourceRefSchema),
    observation: bySchema(observationSchema),
    observations: parseObservations,
    plan: parsePlan,
    scenario: parseScenario,
  };
  try {
    (parse[name] as (x: unknown) => unknown)(data);
    return true;
  } catch (error) {
    if (isPlanError(error) || error instanceof z.core.$ZodError) return false;
    throw error;
  }
}

const plan = JSON.parse(readFileSync(new URL('./fixtures/plan.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const observation = { indicator: 'gdp', year: 2020, value: '278.74', unit: 'bn-yuan', vintage: '2021-04-06' };
const scenario = { id: 's', baseYear: 2015, horizon: 2017, series: { 'industrial-value-added': { base: '120', unit: 'bn-yuan', growth: { 2016: '0.08', 2017: '0.09' } } } };
const source = { kind: 'external', publication: 'Baotou statistical communiqué 2020', date: '2021-04-06', url: 'https://example.org/x', confidence: 'secondary' };

/** Documents the library refuses, each a way in for a Unicode digit, a final line break or an infinity; and valid ones. */
const DOCUMENTS: readonly { schema: JsonSchemaName; name: string; text: string; valid: boolean }[] = [
  ...['"240"', '"-0.08"', '1e300', '"1e400"', '0'].map((text) => ({ schema: 'decimal' as const, name: `decimal ${text}`, text, valid: true })),
  ...['"١٢٣"', '"１２"', '"12\\n"', '"12\\r\\n"', '1e400', '-1e400', '"٠.٥"', '"1e400\\n"'].map((text) => ({ schema: 'decimal' as const, name: `decimal ${text}`, text, valid: false })),
  ...['2016', '"2016-2020"', '"2015-16"'].map((text) => ({ schema: 'period' as const, name: `period ${text}`, text, valid: true })),
  ...['"2016\\n"', '"２０１６"', '"2016-2020\\n"', '"2015-١٦"', '1e400'].map((text) => ({ schema: 'period' as const, name: `period ${text}`, text, valid: false })),
  { schema: 'observation', name: 'observation', text: JSON.stringify(observation), valid: true },
  ...[
    ['value', '١٢٣'],
    ['value', '１２'],
    ['value', '12\n'],
    ['indicator', 'gdp\n'],
    ['indicator', 'ｇｄｐ'],
    ['vintage', '2021\n'],
    ['vintage', '٢٠٢١'],
  ].map(([key, value]) => ({ schema: 'observation' as const, name: `observation ${key} ${JSON.stringify(value)}`, text: JSON.stringify({ ...observation, [key as string]: value }), valid: false })),
  { schema: 'observation', name: 'observation value 1e400', text: JSON.stringify(observation).replace('"278.74"', '1e400'), valid: false },
  { schema: 'observation', name: 'observation period of months + "\\n"', text: JSON.stringify({ indicator: 'gdp', period: '2019-01/2019-09\n', value: '1' }), valid: false },
  { schema: 'observations', name: 'observations, one with a value "１２"', text: JSON.stringify([observation, { ...observation, value: '１２' }]), valid: false },
  { schema: 'source', name: 'source', text: JSON.stringify(source), valid: true },
  ...[
    ['url', 'https://a\u0085b'],
    ['url', 'https://a\u001cb'],
    ['url', 'https://example.org/x\n'],
    ['date', '2021\n'],
    ['date', '２０２１'],
  ].map(([key, value]) => ({ schema: 'source' as const, name: `source ${key} ${JSON.stringify(value)}`, text: JSON.stringify({ ...source, [key as string]: value }), valid: false })),
  { schema: 'scenario', name: 'scenario', text: JSON.stringify(scenario), valid: true },
  { schema: 'scenario', name: 'scenario, a year key "2016\\n"', text: JSON.stringify(scenario).replace('"2016":', '"2016\\n":'), valid: false },
  { schema: 'scenario', name: 'scenario, a year key "٢٠١٦"', text: JSON.stringify(scenario).replace('"2016":', '"٢٠١٦":'), valid: false },
  { schema: 'scenario', name: 'scenario, a series "iva\\n"', text: JSON.stringify(scenario).replace('"industrial-value-added":', '"industrial-value-added\\n":'), valid: false },
  { schema: 'scenario', name: 'scenario, a base of 1e400', text: JSON.stringify(scenario).replace('"120"', '1e400'), valid: false },
  { schema: 'plan', name: 'plan', text: JSON.stringify(plan), valid: true },
  {
    schema: 'plan',
    name: 'plan, a document date "2016-03-22\\n"',
    text: JSON.stringify({ ...plan, document: { ...(plan.document as object), date: '2016-03-22\n' } }),
    valid: false,
  },
  {
    schema: 'plan',
    name: 'plan, an indicator id "gdp\\n"',
    text: JSON.stringify({ ...plan, indicators: [{ ...(plan.indicators as object[])[0], id: 'gdp\n' }, ...(plan.indicators as object[]).slice(1)] }),
    valid: false,
  },
];

/** The interchange fixtures on which ajv and the library agree: Python's jsonschema must agree too. */
const FIXTURES = (
  JSON.parse(readFileSync(new URL('./fixtures/interchange.json', import.meta.url), 'utf8')) as {
    agree: { schema: JsonSchemaName; name: string; data: unknown; valid: boolean }[];
  }
).agree.map((f) => ({ schema: f.schema, name: `fixture ${f.schema}: ${f.name}`, text: JSON.stringify(f.data), valid: f.valid }));

const answer = python([...DOCUMENTS, ...FIXTURES]);
const ajv = new Ajv2020({ allErrors: true, logger: false });
const validators = Object.fromEntries(JSON_SCHEMA_NAMES.map((name) => [name, ajv.compile(schemas[name])])) as Record<
  JsonSchemaName,
  ReturnType<typeof ajv.compile>
>;

describe('the patterns of the JSON Schema files', () => {
  it('were collected: every file pattern and the three exported ones', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(10);
    expect(patterns).toContain(DECIMAL_PATTERN.source);
  });

  it.each(patterns.map((p) => [found.get(p) as string, p] as const))('%s: ASCII classes, no $ (%s)', (_where, pattern) => {
    const body = pattern.replaceAll('(?![\\s\\S])', '');
    expect(body).not.toMatch(/\\[dDwWsSbB]/);
    expect(body).not.toMatch(/(?<!\\)\$/);
    expect(pattern.startsWith('^') && pattern.endsWith('(?![\\s\\S])')).toBe(true);
  });

  it('python3 ran re.search on every pattern (no skipping: python3 is on every machine)', () => {
    expect(answer.error).toBeUndefined();
    expect(answer.search).toHaveLength(patterns.length);
  });

  it.each(patterns.map((p, i) => [found.get(p) as string, p, i] as const))(
    '%s: re.search and ECMAScript (with the u flag, as ajv) agree on every hostile string',
    (_where, pattern, i) => {
      const js = new RegExp(pattern, 'u');
      const differ = HOSTILE.filter((s, j) => js.test(s) !== answer.search[i]?.[j]).map((s) => JSON.stringify(s));
      expect(differ).toEqual([]);
    },
  );
});

describe('hostile documents', () => {
  it.each(DOCUMENTS.map((d) => [d.name, d] as const))('%s: the library and ajv agree with the expected verdict', (_name, d) => {
    expect({ library: libraryAccepts(d.schema, d.text), ajv: validators[d.schema](JSON.parse(d.text)) }).toEqual({
      library: d.valid,
      ajv: d.valid,
    });
  });

  if (answer.jsonschema === null) {
    it("Python's jsonschema is not installed here: only re.search was compared (pip install jsonschema to validate the documents too)", () => {
      expect(answer.error).toBeUndefined();
      expect(answer.jsonschema).toBeNull();
    });
  } else {
    const verdicts = answer.jsonschema;
    it("Python's jsonschema (Draft 2020-12, JSON read by Python's json) ran on the hostile documents and the interchange fixtures: it accepts none the library refuses", () => {
      const differ = [...DOCUMENTS, ...FIXTURES].filter((d, i) => verdicts[i] !== d.valid).map((d) => `${d.name}: jsonschema says ${d.valid ? 'invalid' : 'valid'}`);
      expect(differ).toEqual([]);
    });
  }
});
