/**
 * Input shapes of the parts of a plan, for writing the dataset as plain literals.
 *
 * @internal
 * @module
 */
import type { IndicatorInput, ObservationInput, PlanInput } from '../../plan/types.js';

type Item<T> = T extends readonly (infer U)[] ? U : never;

/** The source document, as a literal. */
export type SourceDocumentInput = NonNullable<PlanInput['document']>;
/** A principle, as a literal. */
export type PrincipleInput = Item<NonNullable<PlanInput['principles']>>;
/** A strategy, as a literal. */
export type StrategyInput = Item<NonNullable<PlanInput['strategies']>>;
/** A goal, as a literal. */
export type GoalInput = Item<NonNullable<PlanInput['goals']>>;
/** A zone of the layout, as a literal. */
export type LayoutZoneInput = Item<NonNullable<PlanInput['layout']>>;
/** A counted commitment, as a literal. */
export type CommitmentInput = Item<NonNullable<PlanInput['commitments']>>;
/** A target, as a literal (its value a decimal string). */
export type TargetInput = Item<PlanInput['targets']>;
/** A fact, as a literal (its value a decimal string). */
export type FactInput = Item<NonNullable<PlanInput['facts']>>;
/** A task, as a literal. */
export type TaskInput = Item<NonNullable<PlanInput['tasks']>>;
/** A milestone, as a literal. */
export type MilestoneInput = Item<NonNullable<PlanInput['milestones']>>;
/** An erratum, as a literal. */
export type ErratumInput = Item<NonNullable<PlanInput['errata']>>;
/** A source, as a literal. */
export type SourceRefInput = PrincipleInput['source'];
/** A quote from the report, as a literal. */
export type ReportSourceInput = Extract<SourceRefInput, { kind: 'report' }>;
/** A publication other than the report, as a literal. */
export type ExternalSourceInput = Extract<SourceRefInput, { kind: 'external' }>;
export type { IndicatorInput, ObservationInput, PlanInput };
