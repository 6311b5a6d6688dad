/**
 * The domain model of a plan: what `definePlan` returns and what the embedded dataset is.
 *
 * Two shapes exist for each part: the *input* shape (`…Input`, JSON-friendly, numbers as
 * {@link DecimalInput}) that `definePlan` validates, and the output shape (values as
 * `Decimal`, deeply frozen, everything `readonly`).
 *
 * @module
 */
import type { Decimal, DecimalInput } from '../decimal.js';
import type { MonthPeriod, Period, YearMonth } from '../period.js';
import type { UnitId } from '../units/index.js';
import type { CommitmentKind, Comparator, Confidence, Direction, IndicatorKind, IndicatorNature } from '../vocabulary.js';
import type { Concept, ObsStatus, PriceBasis, Qualifier, StrategyScope, TargetForm, Wording, ZoneDirection } from '../vocabulary.js';

// The words of the model, defined with their lists in the vocabulary, exported with the model.
export type { CommitmentKind, Comparator, Confidence, Direction, IndicatorKind, IndicatorNature };
export type { Concept, ObsStatus, PriceBasis, Qualifier, StrategyScope, TargetForm, Wording, ZoneDirection };
export type { MonthPeriod, Period, YearMonth };

/** A name in English and, where a source gives it, Chinese. @category Plan */
export interface LocalizedText {
  readonly en: string;
  readonly zh?: string;
}

/** A calendar year, such as `2015`. @category Plan */
export type Year = number;

/**
 * Where a piece of the plan comes from: a section of the report with the exact quote, or
 * an external publication.
 *
 * Report sections are `I` … `III` with letters for items: `I.a`, `II.b`, `III.d`;
 * `preamble` is the text before section I.
 *
 * @category Plan
 */
export type SourceRef = ReportSource | ExternalSource;

/** A quote from the plan's own report. @category Plan */
export interface ReportSource {
  readonly kind: 'report';
  /** The section, e.g. `'II.a'`, or `'preamble'`. */
  readonly section: string;
  /** The exact words of the report (stray `?` characters may be left out). */
  readonly quote: string;
}

/**
 * A publication outside the report (statistical communiqué, work report, news report,
 * government page): who published it and when, the address of the copy that was read, and
 * how far it can be trusted.
 *
 * @category Plan
 */
export interface ExternalSource {
  readonly kind: 'external';
  /** The publication and its publisher, e.g. `'Baotou 2016 statistical communiqué (包头市统计局)'`. */
  readonly publication: string;
  /** Its date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, where known. */
  readonly date?: string;
  /** The address of the copy that was read (often a mirror of the publisher's page). */
  readonly url?: string;
  /** `primary` (read on the publisher's own page) or `secondary` (read in a copy). */
  readonly confidence: Confidence;
  /** The passage relied on, or a summary of it. */
  readonly quote?: string;
}

/** The document the plan was read from. @category Plan */
export interface SourceDocument {
  readonly title: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Who published it (newspaper, edition). */
  readonly publisher?: string;
  readonly speaker?: {
    readonly name: string;
    readonly role: LocalizedText;
  };
  /** The office the plan comes from. */
  readonly office?: LocalizedText;
  readonly language?: string;
  readonly notes?: readonly string[];
}

/** A guiding principle (innovation, coordination …). @category Plan */
export interface Principle {
  readonly id: string;
  readonly name: LocalizedText;
  readonly source: SourceRef;
}

/**
 * A named strategy the plan continues ("8337", "6521"). `description` is absent where no
 * source describes it: it is never guessed.
 *
 * @category Plan
 */
export interface Strategy {
  readonly id: string;
  readonly name: string;
  /** Whose strategy it is. */
  readonly scope: StrategyScope;
  readonly description?: string;
  readonly sources: readonly SourceRef[];
}

/** A goal in words ("a moderately prosperous society"). @category Plan */
export interface Goal {
  readonly id: string;
  readonly text: LocalizedText;
  readonly source: SourceRef;
}

/** A zone of the industrial layout ("east for aluminum"). @category Plan */
export interface LayoutZone {
  readonly id: string;
  /** A compass direction or any other place word; Baotou's are `ZONE_DIRECTIONS`. */
  readonly direction: ZoneDirection | (string & {});
  /** The report's words for the zone ("east", "two sides", "a mountain to the north"). */
  readonly label: LocalizedText;
  /** The industries assigned to it, in the report's words. */
  readonly industries: readonly LocalizedText[];
  readonly source: SourceRef;
}

/** A named member of a commitment (one of the nine parks …), only where a source names it. @category Plan */
export interface CommitmentMember {
  readonly id: string;
  readonly name: LocalizedText;
  /** E.g. `'national'`, `'autonomous-region'`. */
  readonly level?: string;
  readonly sources: readonly SourceRef[];
  /** What is uncertain about the member (e.g. which park of another source it is). */
  readonly note?: string;
}

/**
 * A counted commitment: "building six industrial bases". `members` lists only what a
 * source names; `enumerated` is true only when all `count` members are named.
 *
 * @category Plan
 */
export interface Commitment {
  readonly id: string;
  /** What is committed to; Baotou's kinds are `COMMITMENT_KINDS`. */
  readonly kind: CommitmentKind | (string & {});
  readonly count: number;
  readonly theme: LocalizedText;
  readonly members: readonly CommitmentMember[];
  readonly enumerated: boolean;
  readonly sources: readonly SourceRef[];
  /** What the sources say about the members beyond their names (levels, how many of each). */
  readonly note?: string;
}

/** How an indicator is defined. @category Plan */
export interface IndicatorDefinition {
  /** Current or comparable prices (levels are usually current, growth rates comparable). */
  readonly priceBasis?: PriceBasis;
  /** Statistical scope, e.g. `'above designated size (规模以上)'`. */
  readonly scope?: string;
  /** Free notes: how the report words it, what remains unclear. */
  readonly notes?: readonly string[];
}

/** A measurable indicator of the plan. @category Plan */
export interface Indicator<I extends string = string> {
  readonly id: I;
  readonly name: LocalizedText;
  readonly unit: UnitId;
  readonly direction: Direction;
  readonly kind: IndicatorKind;
  readonly nature: IndicatorNature;
  /**
   * For `share` and `intensity`: the indicator ids of the part (numerator) and the whole
   * (denominator), where the plan models them. A share of industry's value added has the
   * strategic emerging industries' value added as numerator and industrial value added as
   * denominator; energy intensity has energy use over value added.
   */
  readonly numerator?: I;
  readonly denominator?: I;
  /** For `growth`: the indicator whose growth this is. */
  readonly growthOf?: I;
  /**
   * The indicator of a whole that contains this one, in the same measure (above-scale
   * industrial value added is part of industrial value added, which is part of the secondary
   * sector's): a whole below a floor proves the part below it too, and a whole within a ceiling
   * proves the part within it.
   */
  readonly partOf?: I;
  /** A concept shared across plans (`'gdp-growth'`, `'energy-intensity-gdp'` …), to line up two plans' targets. */
  readonly concept?: Concept;
  readonly definition: IndicatorDefinition;
}

/** Allowed distance for `approximately`: relative (0.05 = ±5 %) or absolute (in the target's unit). @category Plan */
export type Tolerance =
  | { readonly relative: Decimal; readonly absolute?: undefined }
  | { readonly absolute: Decimal; readonly relative?: undefined };

/**
 * A target: "industrial added value of 240 billion yuan by 2020". Rate targets
 * ("an annual average increase above 8 percent") carry the `period` over which the
 * average runs.
 *
 * @category Plan
 */
export interface Target<T extends string = string, I extends string = string> {
  readonly id: T;
  readonly indicator: I;
  /** The year by which the target is to be met. */
  readonly year: Year;
  /**
   * For a target over a period (an annual average, a change, a cumulative sum): the years it
   * runs over (2016–2020, from the base year 2015).
   */
  readonly period?: Period;
  /**
   * What the value is: `level` (default), `annual-average` (the default for a target of a
   * `growth` indicator with a period), `change`, `relative-change` or `cumulative` over the
   * period. See `TARGET_FORMS`.
   */
  readonly form?: TargetForm;
  readonly comparator: Comparator;
  /**
   * The source's own word for the comparator (`'以上'`, `'above'`, `'左右'` …), beside the
   * comparator it is read as (`WORDINGS` gives the convention).
   */
  readonly wording?: Wording;
  readonly value: Decimal;
  readonly unit: UnitId;
  readonly tolerance?: Tolerance;
  readonly source: SourceRef;
  readonly note?: string;
}

/**
 * A reported figure: a value with its qualifier, unit, period, status and provenance.
 * A qualitative fact ("one of the first low-carbon pilot cities") has `value` absent and
 * says what it states in `statement`.
 *
 * @category Plan
 */
export interface Fact {
  readonly id: string;
  /** The indicator it measures, if the plan models one; else the subject in words. */
  readonly indicator?: string;
  readonly subject: LocalizedText;
  readonly period: Period;
  readonly value?: Decimal;
  readonly unit?: UnitId;
  readonly qualifier: Qualifier;
  readonly status: ObsStatus;
  /** Price basis and scope, where they differ from the indicator's. */
  readonly definition?: IndicatorDefinition;
  readonly statement?: string;
  readonly source: SourceRef;
  /** How the source's words were read, and what remains doubtful about them. */
  readonly note?: string;
}

/** A task of the plan's work programme, with the industries it names. @category Plan */
export interface Task {
  readonly id: string;
  /** The year or period the task belongs to. */
  readonly period: Period;
  readonly title: LocalizedText;
  readonly industries: readonly LocalizedText[];
  readonly source: SourceRef;
}

/** A dated deliverable ("platform in operation by the end of 2016"). @category Plan */
export interface Milestone {
  readonly id: string;
  readonly description: LocalizedText;
  /** `YYYY-MM-DD`: the deadline. */
  readonly due: string;
  /** The task it belongs to. */
  readonly task?: string;
  readonly source: SourceRef;
}

/** A mistake in the source, and its correction. @category Plan */
export interface Erratum {
  readonly id: string;
  readonly section: string;
  /** What the source says. */
  readonly says: string;
  /** What it should say. */
  readonly correction: string;
  readonly source: SourceRef;
}

/** A whole plan, deeply frozen. @category Plan */
export interface Plan<I extends string = string, T extends string = string> {
  readonly id: string;
  readonly title: LocalizedText;
  /** Where the plan applies; absent when the plan does not say. */
  readonly region?: LocalizedText;
  readonly period: Period;
  /** The year the plan's targets start from: given, or the year before the period. */
  readonly baseYear: Year;
  /** The document the plan is read from; absent when not given. */
  readonly document?: SourceDocument;
  readonly principles: readonly Principle[];
  readonly strategies: readonly Strategy[];
  readonly goals: readonly Goal[];
  readonly layout: readonly LayoutZone[];
  readonly commitments: readonly Commitment[];
  readonly indicators: readonly Indicator<I>[];
  readonly targets: readonly Target<T, I>[];
  readonly facts: readonly Fact[];
  readonly tasks: readonly Task[];
  readonly milestones: readonly Milestone[];
  readonly errata: readonly Erratum[];
}

/**
 * One data point of an indicator: what notebooks load from CSV and what progress is
 * assessed on. Either `year` or `period` is given (a period `2015-16` counts as its first
 * year where one year is needed).
 *
 * @category Plan
 */
export interface Observation {
  readonly indicator: string;
  /** A year: the value for the year, or a level at its end. */
  readonly year?: Year;
  /**
   * A span: years (`{ start: 2018, end: 2021 }`, an average over them) or months (`{ start:
   * '2019-01', end: '2019-09' }`, part of a year, which is not the year).
   */
  readonly period?: Period | MonthPeriod;
  readonly value: Decimal;
  readonly unit?: UnitId;
  readonly qualifier?: Qualifier;
  readonly status?: ObsStatus;
  readonly source?: SourceRef;
  /**
   * Price basis and statistical scope of this figure (`{ scope: 'above designated size
   * (规模以上)', priceBasis: 'current' }`), where known; they may differ from the indicator's.
   */
  readonly definition?: IndicatorDefinition;
  /**
   * When the figure was published (`'YYYY'`, `'YYYY-MM'` or `'YYYY-MM-DD'`): two figures of
   * one indicator and period from different vintages are a first release and a revision.
   */
  readonly vintage?: string;
  /** Anything else a reader must know (a January–September figure, a rounded copy …). */
  readonly note?: string;
}

/** The JSON-friendly input shape of `T`: every `Decimal` becomes a {@link DecimalInput}, `readonly` is dropped. @category Plan */
export type Input<T> = T extends Decimal
  ? DecimalInput
  : T extends string | number | bigint | boolean
    ? T // an open word (`ZoneDirection | (string & {})`) stays a string
    : T extends readonly (infer U)[]
      ? Input<U>[]
      : T extends object
        ? { -readonly [K in keyof T]: Input<T[K]> }
        : T;

/** The sections of a plan that a plan may leave out (they are then empty). @category Plan */
export type OptionalPlanSection =
  | 'region'
  | 'baseYear'
  | 'document'
  | 'principles'
  | 'strategies'
  | 'goals'
  | 'layout'
  | 'commitments'
  | 'facts'
  | 'tasks'
  | 'milestones'
  | 'errata';

/**
 * What `definePlan` accepts: a {@link Plan} with numbers as {@link DecimalInput}, of which
 * only `id`, `title`, `period`, `indicators` and `targets` are required (`baseYear` defaults to
 * the year before the period; the other sections to none).
 *
 * @category Plan
 */
export type PlanInput<I extends string = string, T extends string = string> = Omit<Input<Plan<I, T>>, OptionalPlanSection> &
  Partial<Pick<Input<Plan<I, T>>, OptionalPlanSection>>;

/**
 * `T` as a literal may spell it: every array may be `readonly`, as in an `as const` literal
 * (and a mutable one is accepted too).
 */
type Literal<T> = T extends Decimal | string | number | bigint | boolean
  ? T
  : T extends readonly (infer U)[]
    ? readonly Literal<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Literal<T[K]> }
      : T;

/**
 * What `definePlan` takes from TypeScript: a {@link PlanInput} whose arrays may be `readonly`,
 * so that a plan written `as const` keeps its ids as literal types (`definePlan` then returns
 * a `Plan` whose look-ups accept only those ids).
 *
 * @category Plan
 */
export type PlanLiteral = Literal<PlanInput>;

/** The indicator ids of a plan type: `IndicatorIdOf<typeof baotou13>`. @category Plan */
export type IndicatorIdOf<P> = P extends Plan<infer I, string> ? I : P extends { readonly indicators: readonly { readonly id: infer I extends string }[] } ? I : string;

/** The target ids of a plan type: `TargetIdOf<typeof baotou13>`. @category Plan */
export type TargetIdOf<P> = P extends Plan<string, infer T> ? T : P extends { readonly targets: readonly { readonly id: infer T extends string }[] } ? T : string;
/** Input shape of a {@link Target}. @category Plan */
export type TargetInput = Input<Target>;
/** Input shape of a {@link Fact}. @category Plan */
export type FactInput = Input<Fact>;
/** Input shape of an {@link Indicator}. @category Plan */
export type IndicatorInput = Input<Indicator>;
/** Input shape of an {@link Observation}. @category Plan */
export type ObservationInput = Input<Observation>;
