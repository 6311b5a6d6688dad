/**
 * What the address of the page keeps: the plan, the language, the growth rate of each driver
 * the user set (exact decimal strings, as typed), and the indicator of the trajectory chart.
 * Reading an address and writing it back gives the same address, so a link reproduces a
 * scenario.
 */
import { DECIMAL_PATTERN, LOCALES, type Locale } from 'baotou-plan';

/** The plans the page knows by name; `file` is a plan the user opened (not kept in the address). */
export type PlanKey = 'baotou13' | 'china13' | 'file';

/** The state of the page that a link carries. */
export interface PageState {
  plan: PlanKey;
  locale: Locale;
  /** Growth rate of each driven series the user set, percent a year, as typed (an exact decimal). */
  growth: Map<string, string>;
  /** The indicator of the trajectory chart, or `null` for the first one. */
  chart: string | null;
}

/** Prefix of the growth parameters: `growth.industrial-value-added=12.5`. */
const GROWTH = 'growth.';

/**
 * Whether a text is an exact decimal the library reads (`12.5`, `-3`, `0.1e1`).
 *
 * @param text - What the user typed.
 * @returns `true` for a decimal string.
 */
export function isDecimalText(text: string): boolean {
  return text.length > 0 && text.length <= 200 && DECIMAL_PATTERN.test(text);
}

/**
 * The state an address search string (`?plan=…`) gives; what it does not say is the default.
 *
 * @param search - `location.search`.
 * @param plans - The plans this build has.
 * @returns The state.
 */
export function readState(search: string, plans: readonly PlanKey[]): PageState {
  const params = new URLSearchParams(search);
  const plan = params.get('plan');
  const lang = params.get('lang');
  const growth = new Map<string, string>();
  for (const [key, value] of params) {
    if (key.startsWith(GROWTH) && key.length > GROWTH.length && isDecimalText(value)) growth.set(key.slice(GROWTH.length), value);
  }
  return {
    plan: plan !== null && plan !== 'file' && plans.includes(plan as PlanKey) ? (plan as PlanKey) : 'baotou13',
    locale: lang !== null && (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'en',
    growth,
    chart: params.get('chart'),
  };
}

/**
 * The address search string of a state: only what differs from the defaults, in a fixed
 * order (plan, language, growth rates in the order they were set, chart).
 *
 * @param state - The state.
 * @returns `''` or `'?plan=…&…'`.
 */
export function writeState(state: PageState): string {
  const params = new URLSearchParams();
  if (state.plan !== 'baotou13' && state.plan !== 'file') params.set('plan', state.plan);
  if (state.locale !== 'en') params.set('lang', state.locale);
  for (const [series, value] of state.growth) params.set(GROWTH + series, value);
  if (state.chart !== null) params.set('chart', state.chart);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
