/**
 * Input shapes of the parts of a plan, for writing the dataset as plain literals.
 *
 * @internal
 * @module
 */
import type { IndicatorInput, ObservationInput, PlanInput } from '../../plan/types.js';

type Item<T> = T extends readonly (infer U)[] ? U : never;

export type SourceDocumentInput = PlanInput['document'];
export type PrincipleInput = Item<PlanInput['principles']>;
export type StrategyInput = Item<PlanInput['strategies']>;
export type GoalInput = Item<PlanInput['goals']>;
export type LayoutZoneInput = Item<PlanInput['layout']>;
export type CommitmentInput = Item<PlanInput['commitments']>;
export type TargetInput = Item<PlanInput['targets']>;
export type FactInput = Item<PlanInput['facts']>;
export type TaskInput = Item<PlanInput['tasks']>;
export type MilestoneInput = Item<PlanInput['milestones']>;
export type ErratumInput = Item<PlanInput['errata']>;
export type SourceRefInput = PrincipleInput['source'];
export type ReportSourceInput = Extract<SourceRefInput, { kind: 'report' }>;
export type ExternalSourceInput = Extract<SourceRefInput, { kind: 'external' }>;
export type { IndicatorInput, ObservationInput, PlanInput };
