export {
  type AnswerSheetDefaults,
  type AnswerSheetIssue,
  type AnswerSheetResult,
  answersToCsv,
  parseAnswerSheetCsv,
} from './answer-sheet.js';
export {
  type CsvRecord,
  type CsvSeparator,
  CsvSyntaxError,
  type CsvTable,
  type CsvWriteOptions,
  detectSeparator,
  formatCsv,
  parseCsv,
} from './csv.js';
export { frameworkToJson, parseFrameworkJson } from './framework-json.js';
export { frameworkToIndicatorCsv, type IndicatorCsvMeta, parseIndicatorCsv } from './indicator-csv.js';
