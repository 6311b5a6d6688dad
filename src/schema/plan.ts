/**
 * The plan: what `definePlan` takes.
 *
 * @module
 */
import * as z from 'zod/mini';
import { messages } from '../messages.js';
import type { CommitmentKind, Confidence, Plan, ZoneDirection } from '../plan/types.js';
import { decimalSchema } from './decimal.js';
import { indicatorDefinitionSchema, indicatorSchema } from './indicator.js';
import { parseOrThrow } from './issues.js';
import { QUALIFIERS, OBS_STATUSES } from './observation.js';
import { boolean, integer, list, oneOf, strict, text } from './primitives.js';
import { unitIdSchema } from './quantity.js';
import { dateSchema, idSchema, localizedTextSchema, sourceRefSchema } from './source.js';
import { targetSchema } from './target.js';
import { periodSchema, yearSchema } from './time.js';

/** Layout zone directions. @category Schemas */
export const ZONE_DIRECTIONS = [
  'east',
  'west',
  'south',
  'north',
  'both-wings',
  'northern-mountain',
] as const satisfies readonly ZoneDirection[];
/** Commitment kinds. @category Schemas */
export const COMMITMENT_KINDS = ['base', 'chain', 'industry', 'cluster', 'park'] as const satisfies readonly CommitmentKind[];
/** Confidence levels of an external source. @category Schemas */
export const CONFIDENCES = ['primary', 'secondary'] as const satisfies readonly Confidence[];

/** The largest count a commitment may carry. */
const MAX_COUNT = 1_000_000;

const sourcesSchema = list(sourceRefSchema);

/** The source document: `{ title, date, publisher?, speaker?, office?, language?, notes? }`. @category Schemas */
export const sourceDocumentSchema = strict({
  title: text(),
  date: dateSchema,
  publisher: z.exactOptional(text()),
  speaker: z.exactOptional(strict({ name: text(), role: localizedTextSchema })),
  office: z.exactOptional(localizedTextSchema),
  language: z.exactOptional(text()),
  notes: z.exactOptional(list(text())),
});

/** A guiding principle. @category Schemas */
export const principleSchema = strict({ id: idSchema, name: localizedTextSchema, source: sourceRefSchema });

/** A named strategy; `description` absent where no source describes it. @category Schemas */
export const strategySchema = strict({
  id: idSchema,
  name: text(),
  scope: oneOf(['nation', 'region', 'city']),
  description: z.exactOptional(text()),
  sources: sourcesSchema,
});

/** A goal in words. @category Schemas */
export const goalSchema = strict({ id: idSchema, text: localizedTextSchema, source: sourceRefSchema });

/** A zone of the industrial layout. @category Schemas */
export const layoutZoneSchema = strict({
  id: idSchema,
  direction: oneOf(ZONE_DIRECTIONS),
  label: localizedTextSchema,
  industries: list(localizedTextSchema),
  source: sourceRefSchema,
});

/** A named member of a commitment. @category Schemas */
export const commitmentMemberSchema = strict({
  id: idSchema,
  name: localizedTextSchema,
  level: z.exactOptional(text()),
  sources: sourcesSchema,
  note: z.exactOptional(text()),
});

/**
 * A counted commitment ("six industrial bases"): `count` a whole number, `members` only
 * those a source names. That `members` fit `count` and `enumerated` is checked by
 * `definePlan`.
 *
 * @category Schemas
 */
export const commitmentSchema = strict({
  id: idSchema,
  kind: oneOf(COMMITMENT_KINDS),
  count: integer(0, MAX_COUNT, messages.expected.count(MAX_COUNT)),
  theme: localizedTextSchema,
  members: list(commitmentMemberSchema),
  enumerated: boolean(),
  sources: sourcesSchema,
  note: z.exactOptional(text()),
});

/** A reported figure or a qualitative fact. @category Schemas */
export const factSchema = strict({
  id: idSchema,
  indicator: z.exactOptional(idSchema),
  subject: localizedTextSchema,
  period: periodSchema,
  value: z.exactOptional(decimalSchema),
  unit: z.exactOptional(unitIdSchema),
  qualifier: oneOf(QUALIFIERS),
  status: oneOf(OBS_STATUSES),
  definition: z.exactOptional(indicatorDefinitionSchema),
  statement: z.exactOptional(text()),
  source: sourceRefSchema,
  note: z.exactOptional(text()),
});

/** A task of the work programme. @category Schemas */
export const taskSchema = strict({
  id: idSchema,
  period: periodSchema,
  title: localizedTextSchema,
  industries: list(localizedTextSchema),
  source: sourceRefSchema,
});

/** A dated deliverable. @category Schemas */
export const milestoneSchema = strict({
  id: idSchema,
  description: localizedTextSchema,
  due: dateSchema,
  task: z.exactOptional(idSchema),
  source: sourceRefSchema,
});

/** A mistake in the source and its correction. @category Schemas */
export const erratumSchema = strict({
  id: idSchema,
  section: text(),
  says: text(),
  correction: text(),
  source: sourceRefSchema,
});

/**
 * A whole plan as `definePlan` takes it (the domain model of DESIGN.md): id, title, region,
 * period, base year, source document, principles, strategies, goals, layout, commitments,
 * indicators, targets, facts, tasks, milestones, errata. Every key is required (lists may be
 * empty); unknown keys are rejected.
 *
 * This checks structure only; integrity (unique ids, targets naming existing indicators,
 * units fitting indicators, counts ≥ named members) is `definePlan`'s job.
 *
 * @category Schemas
 */
export const planSchema = strict({
  id: idSchema,
  title: localizedTextSchema,
  region: localizedTextSchema,
  period: periodSchema,
  baseYear: yearSchema,
  document: sourceDocumentSchema,
  principles: list(principleSchema),
  strategies: list(strategySchema),
  goals: list(goalSchema),
  layout: list(layoutZoneSchema),
  commitments: list(commitmentSchema),
  indicators: list(indicatorSchema),
  targets: list(targetSchema),
  facts: list(factSchema),
  tasks: list(taskSchema),
  milestones: list(milestoneSchema),
  errata: list(erratumSchema),
});

/**
 * Validate the structure of a plan and decode it: decimals become `Decimal`, periods
 * `{ start, end }`. The result is a new object (the input is not changed) and is **not**
 * frozen, and ids and cross references are **not** checked: `definePlan` does both.
 *
 * @param input - Anything; typically parsed JSON or a `PlanInput` literal.
 * @returns The plan, decoded.
 * @throws `PlanError` `VALIDATION` listing every problem, paths from `plan`
 *   (`"plan.targets[0].value: expected a decimal string or finite number, got 'n/a'"`).
 *
 * @example
 * ```ts
 * const plan = parsePlan(JSON.parse(text));
 * plan.targets[0]?.value.toFixed(); // → '240'
 * ```
 *
 * @category Schemas
 */
export function parsePlan(input: unknown): Plan {
  return parseOrThrow(planSchema, input, 'plan');
}
