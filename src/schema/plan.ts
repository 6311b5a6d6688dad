/**
 * The plan: what `definePlan` takes, checked for structure.
 *
 * @module
 */
import * as z from 'zod/mini';
import { messages } from '../messages.js';
import { withSections } from '../plan/sections.js';
import type { Plan } from '../plan/types.js';
import { MAX_COUNT, STRATEGY_SCOPES } from '../vocabulary.js';
import { decimalSchema } from './decimal.js';
import { indicatorDefinitionSchema, indicatorSchema } from './indicator.js';
import { parseOrThrow } from './issues.js';
import { obsStatusSchema, qualifierSchema } from './observation.js';
import { boolean, integer, list, oneOf, strict, text } from './primitives.js';
import { unitIdSchema } from './quantity.js';
import { dateSchema, idSchema, localizedTextSchema, sourceRefSchema } from './source.js';
import { targetSchema } from './target.js';
import { periodSchema, yearSchema } from './time.js';

const sourcesSchema = list(sourceRefSchema);

/**
 * The document a plan was read from: `{ title, date, publisher?, speaker?, office?,
 * language?, notes? }`.
 *
 * @example
 * ```ts
 * sourceDocumentSchema.parse({ title: 'Work report', date: '2016-03-22' }).date; // → '2016-03-22'
 * ```
 *
 * @category Schemas
 */
export const sourceDocumentSchema = strict({
  title: text(),
  date: dateSchema,
  publisher: z.exactOptional(text()),
  speaker: z.exactOptional(strict({ name: text(), role: localizedTextSchema })),
  office: z.exactOptional(localizedTextSchema),
  language: z.exactOptional(text()),
  notes: z.exactOptional(list(text())),
});

/**
 * A guiding principle: `{ id, name, source }`.
 *
 * @example
 * ```ts
 * principleSchema.parse({ id: 'innovation', name: { en: 'innovation', zh: '创新' }, source: { kind: 'report', section: 'II', quote: 'innovation' } }).id;
 * // → 'innovation'
 * ```
 *
 * @category Schemas
 */
export const principleSchema = strict({ id: idSchema, name: localizedTextSchema, source: sourceRefSchema });

/**
 * A named strategy: `{ id, name, scope, description?, sources }`, the scope one of
 * `STRATEGY_SCOPES`; `description` absent where no source describes it.
 *
 * @example
 * ```ts
 * strategySchema.parse({ id: '8337', name: '8337', scope: 'region', sources: [] }).scope; // → 'region'
 * ```
 *
 * @category Schemas
 */
export const strategySchema = strict({
  id: idSchema,
  name: text(),
  scope: oneOf(STRATEGY_SCOPES),
  description: z.exactOptional(text()),
  sources: sourcesSchema,
});

/**
 * A goal in words: `{ id, text, source }`.
 *
 * @example
 * ```ts
 * goalSchema.parse({ id: 'g', text: { en: 'a moderately prosperous society' }, source: { kind: 'report', section: 'II', quote: 'prosperous' } }).id;
 * // → 'g'
 * ```
 *
 * @category Schemas
 */
export const goalSchema = strict({ id: idSchema, text: localizedTextSchema, source: sourceRefSchema });

/**
 * A zone of the industrial layout: `{ id, direction, label, industries, source }`, the
 * direction a word of the plan's own, written as an id (Baotou's are `ZONE_DIRECTIONS`:
 * `'east'`, `'both-wings'` …; another plan may have `'centre'` or `'coast'`).
 *
 * @example
 * ```ts
 * const source = { kind: 'report', section: 'preamble', quote: 'along the coast' };
 * layoutZoneSchema.parse({ id: 'coast', direction: 'coast', label: { en: 'the coast' }, industries: [], source }).direction; // → 'coast'
 * layoutZoneSchema.safeParse({ id: 'coast', direction: 'the coast', label: { en: 'the coast' }, industries: [], source }).success;
 * // → false
 * ```
 *
 * @category Schemas
 */
export const layoutZoneSchema = strict({
  id: idSchema,
  direction: idSchema,
  label: localizedTextSchema,
  industries: list(localizedTextSchema),
  source: sourceRefSchema,
});

/**
 * A named member of a commitment: `{ id, name, level?, sources, note? }`.
 *
 * @example
 * ```ts
 * commitmentMemberSchema.parse({ id: 'rare-earth-zone', name: { en: 'rare earth zone' }, sources: [] }).id; // → 'rare-earth-zone'
 * ```
 *
 * @category Schemas
 */
export const commitmentMemberSchema = strict({
  id: idSchema,
  name: localizedTextSchema,
  level: z.exactOptional(text()),
  sources: sourcesSchema,
  note: z.exactOptional(text()),
});

/**
 * A counted commitment ("six industrial bases"): `kind` a word of the plan's own, written as an
 * id (Baotou's are `COMMITMENT_KINDS`: `'base'`, `'park'` …), `count` a whole number up to
 * `MAX_COUNT`, `members` only those a source names. That `members` fit
 * `count` and `enumerated` is checked by `definePlan`.
 *
 * @example
 * ```ts
 * commitmentSchema.parse({ id: 'bases', kind: 'base', count: 6, theme: { en: 'industrial bases' }, members: [], enumerated: false, sources: [] }).count;
 * // → 6
 * ```
 *
 * @category Schemas
 */
export const commitmentSchema = strict({
  id: idSchema,
  kind: idSchema,
  count: integer(0, MAX_COUNT, messages.expected.count(MAX_COUNT)),
  theme: localizedTextSchema,
  members: list(commitmentMemberSchema),
  enumerated: boolean(),
  sources: sourcesSchema,
  note: z.exactOptional(text()),
});

/**
 * A reported figure or a qualitative fact: `{ id, indicator?, subject, period, value?, unit?,
 * qualifier, status, definition?, statement?, source, note? }`.
 *
 * @example
 * ```ts
 * const fact = factSchema.parse({
 *   id: 'investment', subject: { en: 'industrial fixed-asset investment' }, period: '2011-2015',
 *   value: '670', unit: 'bn-yuan', qualifier: 'exact', status: 'A',
 *   source: { kind: 'report', section: 'I.d', quote: 'reached 670 billion yuan' },
 * });
 * fact.period; // → { start: 2011, end: 2015 }
 * ```
 *
 * @category Schemas
 */
export const factSchema = strict({
  id: idSchema,
  indicator: z.exactOptional(idSchema),
  subject: localizedTextSchema,
  period: periodSchema,
  value: z.exactOptional(decimalSchema),
  unit: z.exactOptional(unitIdSchema),
  qualifier: qualifierSchema,
  status: obsStatusSchema,
  definition: z.exactOptional(indicatorDefinitionSchema),
  statement: z.exactOptional(text()),
  source: sourceRefSchema,
  note: z.exactOptional(text()),
});

/**
 * A task of the work programme: `{ id, period, title, industries, source }`.
 *
 * @example
 * ```ts
 * taskSchema.parse({ id: 't', period: 2016, title: { en: 'Transform industries' }, industries: [{ en: 'steel' }], source: { kind: 'report', section: 'III.a', quote: 'steel' } }).period;
 * // → { start: 2016, end: 2016 }
 * ```
 *
 * @category Schemas
 */
export const taskSchema = strict({
  id: idSchema,
  period: periodSchema,
  title: localizedTextSchema,
  industries: list(localizedTextSchema),
  source: sourceRefSchema,
});

/**
 * A dated deliverable: `{ id, description, due, task?, source }`, `due` a date `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * milestoneSchema.safeParse({ id: 'm', description: { en: 'platform' }, due: 'end of 2016', source: { kind: 'report', section: 'III.b', quote: 'platform' } }).success;
 * // → false
 * ```
 *
 * @category Schemas
 */
export const milestoneSchema = strict({
  id: idSchema,
  description: localizedTextSchema,
  due: dateSchema,
  task: z.exactOptional(idSchema),
  source: sourceRefSchema,
});

/**
 * A mistake in the source and its correction: `{ id, section, says, correction, source }`.
 *
 * @example
 * ```ts
 * erratumSchema.parse({ id: 'e', section: 'preamble', says: '2016-20', correction: '2011–2015', source: { kind: 'report', section: 'preamble', quote: '(2016-20)' } }).says;
 * // → '2016-20'
 * ```
 *
 * @category Schemas
 */
export const erratumSchema = strict({
  id: idSchema,
  section: text(),
  says: text(),
  correction: text(),
  source: sourceRefSchema,
});

/** The plan as a file holds it: only id, title, period, indicators and targets are required. */
const planFileSchema = strict({
  id: idSchema,
  title: localizedTextSchema,
  region: z.exactOptional(localizedTextSchema),
  period: periodSchema,
  baseYear: z.exactOptional(yearSchema),
  document: z.exactOptional(sourceDocumentSchema),
  principles: z.exactOptional(list(principleSchema)),
  strategies: z.exactOptional(list(strategySchema)),
  goals: z.exactOptional(list(goalSchema)),
  layout: z.exactOptional(list(layoutZoneSchema)),
  commitments: z.exactOptional(list(commitmentSchema)),
  indicators: list(indicatorSchema),
  targets: list(targetSchema),
  facts: z.exactOptional(list(factSchema)),
  tasks: z.exactOptional(list(taskSchema)),
  milestones: z.exactOptional(list(milestoneSchema)),
  errata: z.exactOptional(list(erratumSchema)),
});

/**
 * A whole plan as `definePlan` takes it (the domain model of DESIGN.md): `id`, `title`,
 * `period`, `indicators` and `targets` are required; `region`, `baseYear`, `document`,
 * `principles`, `strategies`, `goals`, `layout`, `commitments`, `facts`, `tasks`, `milestones`
 * and `errata` may be left out. What is left out is filled in the result: `baseYear` is the
 * year before the period, the lists are empty, `region` and `document` stay absent. Unknown
 * keys are rejected.
 *
 * This checks structure only; integrity (unique ids, targets naming existing indicators,
 * units fitting indicators and target forms, counts ≥ named members) is `definePlan`'s job.
 *
 * @example
 * ```ts
 * planSchema.safeParse({ id: 'p' }).success; // → false (title, period, indicators and targets are required)
 * const plan = planSchema.parse({ id: 'p', title: { en: 'A plan' }, period: '2021-2025', indicators: [], targets: [] });
 * [plan.baseYear, plan.facts, plan.region]; // → [2020, [], undefined]
 * ```
 *
 * @category Schemas
 */
export const planSchema = /* @__PURE__ */ planFileSchema.check(
  z.overwrite((plan) => withSections(plan, 'plan')),
) as unknown as z.ZodMiniType<Plan, z.input<typeof planFileSchema>>;

/**
 * Validate the structure of a plan and decode it: decimals become `Decimal`, periods
 * `{ start, end }`, sections left out are filled (`baseYear` the year before the period, lists
 * empty). The result is a new object (the input is not changed) and is **not** frozen, and
 * ids and cross references are **not** checked: `definePlan` does both.
 *
 * @param input - Anything; typically parsed JSON or a `PlanInput` literal.
 * @returns The plan, decoded.
 * @throws `PlanError` `VALIDATION` listing every problem, paths from `plan`
 *   (`"plan.targets[0].value: expected a decimal string or finite number, got 'n/a'"`).
 *
 * @example
 * ```ts
 * const plan = parsePlan(JSON.parse(JSON.stringify(baotou13))); // decimals travel as strings
 * plan.targets[0]?.value.toFixed(); // → '240'
 * Object.isFrozen(plan); // → false
 * parsePlan({ ...JSON.parse(JSON.stringify(baotou13)), baseYear: 15 }); // throws PlanError VALIDATION
 * // → 'plan.baseYear: expected an integer year from 1900 to 2100, got 15'
 * ```
 *
 * @category Schemas
 */
export function parsePlan(input: unknown): Plan {
  return parseOrThrow(planSchema, input, 'plan');
}
