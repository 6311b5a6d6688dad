/**
 * The library as the command line sees it: every export of the root entry, and the few
 * helpers it shares with the library without their being public (error and message
 * builders, argument readers, the Markdown table writer, the readers of plans and
 * observations behind `scorecard`).
 *
 * It is an entry of the ESM build (`dist/internal/library.js`, imported as `#library`
 * through package.json `imports`; not a public sub-path). The command line is bundled
 * without the library's code and loads it from here, from `baotou-plan/schema` and from
 * `baotou-plan/charts`, so the package holds one copy of each module, and the errors,
 * remembered messages and plans the command line handles are the library's own. The build
 * refuses a command-line module that reaches the library any other way (tsup.config.ts).
 * Since it re-exports all of the root, the chunks `import 'baotou-plan'` loads stay as they
 * are: each part of the library is reached by this entry exactly when the root reaches it.
 *
 * @internal
 * @module
 */
export * from '../index.js';
export { ZERO, shift } from '../decimal.js';
export { argumentError, errorTemplates, formatPath, invalidArgument, validationError } from '../errors.js';
export { markdownTable } from '../export/markdownTable.js';
export { localized } from '../format/labels.js';
export { reportedBy, scorecardSummary } from '../format/scorecardSummary.js';
export { DECIMAL_ACCEPTED, cut, describeThrown, messages, rememberMessage, rememberTexts, templateOf } from '../messages.js';
export { withUnit } from '../progress/explain.js';
export { hasOwn, readArray } from '../read.js';
export { readObservations } from '../scenario/observations.js';
export { indexObservations } from '../scenario/observed.js';
export { readPlan } from '../scenario/planGraph.js';
