/**
 * The indicator formulas, exact to 34 significant digits. Also exported from the package
 * root; import from `baotou-plan/calc` to get the formulas alone.
 *
 * @module calc
 */
export {};
