/**
 * The records of the dataset are written by small builders with optional parts; this keeps a
 * record free of keys whose value is absent, as a literal written by hand would be.
 *
 * @internal
 * @module
 */
import type { MonthPeriod, Period } from '../../plan/types.js';
import type { UnitId } from '../../units/index.js';
import type { ObsStatus, Qualifier } from '../../vocabulary.js';
import type { ExternalSourceInput, ObservationInput } from './types.js';

/** `T` with every key that may be `undefined` made optional instead. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/**
 * A record being written key by key (named stores, in the order the keys are to have: several
 * times as fast as {@link defined} when the dataset is made at import).
 */
export type Building<T> = { -readonly [K in keyof T]?: T[K] };

/**
 * A reported figure of the dataset, without its absent parts, its keys in the order
 * `materializeObservations` gives them (`value` last), so that `embedObservations` makes the
 * same observation in place.
 *
 * @param indicator - The indicator it measures.
 * @param when - A year, a span of years (an average over them), or a span of months (part of a year).
 * @param value - The value as published.
 * @param unit - Its unit as published.
 * @param qualifier - How the source qualifies it.
 * @param status - Its SDMX status.
 * @param source - The publication.
 * @param definition - Its scope or price basis, where it has one.
 * @param vintage - When it was first published, where known.
 * @param note - A note, where it has one.
 * @returns The observation.
 */
export function observation(
  indicator: string,
  when: number | Period | MonthPeriod,
  value: string,
  unit: UnitId,
  qualifier: Qualifier,
  status: ObsStatus,
  source: ExternalSourceInput,
  definition: ObservationInput['definition'],
  vintage: string | undefined,
  note: string | undefined,
): ObservationInput {
  const out: Building<ObservationInput> = { indicator };
  if (typeof when === 'number') out.year = when;
  else out.period = when;
  out.unit = unit;
  out.qualifier = qualifier;
  out.status = status;
  out.source = source;
  if (definition !== undefined) out.definition = definition;
  if (vintage !== undefined) out.vintage = vintage;
  if (note !== undefined) out.note = note;
  out.value = value;
  return out as ObservationInput;
}

/**
 * A record without its absent parts.
 *
 * @param record - A record whose optional parts may be `undefined`.
 * @returns A new record without the keys whose value is `undefined`, the other keys in their order.
 */
export function defined<T extends object>(record: T): Defined<T> {
  // A loop, not Object.fromEntries(Object.entries(…).filter(…)): the dataset makes hundreds of
  // records when the root is imported.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const value = (record as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as Defined<T>;
}
