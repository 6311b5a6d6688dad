/**
 * Colours of the charts: the Okabe–Ito palette, distinguishable with the common forms of
 * colour blindness (Okabe & Ito, "Color Universal Design", 2008).
 *
 * @internal
 * @module
 */
/**
 * The Okabe–Ito colours the charts use, by name.
 *
 * @example
 * ```ts
 * COLOURS.vermillion; // → '#D55E00'
 * ```
 */
export const COLOURS = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#999999',
  black: '#000000',
} as const;

