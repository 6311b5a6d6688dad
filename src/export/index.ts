/**
 * The plan as tidy rows, CSV text, a Frictionless Data Package, and Markdown.
 *
 * @module
 */
export { toTidyRows, TIDY_COLUMNS } from './tidy.js';
export type { TidyRow } from './tidy.js';
export { toCsv } from './csv.js';
export type { CsvCell, CsvOptions } from './csv.js';
export { toDataPackage } from './datapackage.js';
export type { DataPackage, DataPackageDescriptor, DataPackageOptions, DataResource, TableSchema, TableSchemaField } from './datapackage.js';
export { toMarkdown } from './markdown.js';
export type { MarkdownOptions } from './markdown.js';
