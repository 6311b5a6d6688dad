/**
 * The built-in scenarios under the name the command line imports them by.
 *
 * @internal
 * @module
 */
export { DEFAULT_SCENARIO, scenarios } from './builtins.js';
