import { type Framework, type FrameworkInput, type LocalizedText, tagValues } from '@regin/domain';
import { type FrameworkIssue, type FrameworkValidation, validateFramework } from '../framework/validate.js';
import {
  type CsvRecord,
  CsvSyntaxError,
  type CsvWriteOptions,
  formatCsv,
  parseCsv,
  parseDecimal,
} from './csv.js';

/**
 * The indicator list as a spreadsheet: one row per indicator, one column per field, language and option,
 * so nothing inside a cell needs a syntax of its own except `|` between several tag values.
 * The framework's other parts (id, version, name, axes, scoring) come from `meta`. See docs/file-formats.md.
 */

/** Everything of a framework but its indicators; `illustrative` defaults to false for an imported list. */
export type IndicatorCsvMeta = Omit<FrameworkInput, 'indicators' | 'illustrative'> & {
  illustrative?: boolean;
};

type Column =
  | { kind: 'code' | 'kind' | 'weight' | 'unit' | 'direction' | 'source_language' }
  | { kind: 'question' | 'guidance'; language: string }
  | { kind: 'tag'; axis: string }
  | { kind: 'option'; number: number; part: 'id' | 'score' }
  | { kind: 'option_label'; number: number; language: string };

const SIMPLE_COLUMNS = ['code', 'kind', 'weight', 'unit', 'direction', 'source_language'] as const;

function readColumn(header: string): Column | undefined {
  const name = header.trim();
  const lower = name.toLowerCase();
  if ((SIMPLE_COLUMNS as readonly string[]).includes(lower)) {
    return { kind: lower as (typeof SIMPLE_COLUMNS)[number] };
  }
  let match = /^(question|guidance):([a-z]{2,3})$/i.exec(name);
  if (match)
    return { kind: match[1]!.toLowerCase() as 'question' | 'guidance', language: match[2]!.toLowerCase() };
  match = /^tag:(.+)$/i.exec(name);
  if (match) return { kind: 'tag', axis: match[1]!.trim() };
  match = /^option(\d{1,2})\.(id|score)$/i.exec(name);
  if (match)
    return { kind: 'option', number: Number(match[1]), part: match[2]!.toLowerCase() as 'id' | 'score' };
  match = /^option(\d{1,2})\.label:([a-z]{2,3})$/i.exec(name);
  if (match) return { kind: 'option_label', number: Number(match[1]), language: match[2]!.toLowerCase() };
  return undefined;
}

/** A CSV syntax error as a framework issue. */
function syntaxIssue(error: CsvSyntaxError): FrameworkIssue {
  return { path: [], field: '', line: error.line, message: `not valid CSV: ${error.message}` };
}

/** Texts by language in column order, with the row's source language when it has a text. */
function localized(texts: [string, string][], preferred: string | undefined): LocalizedText | undefined {
  const present = texts.filter(([, text]) => text.trim() !== '');
  if (present.length === 0) return undefined;
  const source =
    preferred !== undefined && present.some(([language]) => language === preferred)
      ? preferred
      : (present[0] as [string, string])[0];
  return { source, text: Object.fromEntries(present) };
}

/** Where a schema path inside one indicator points in the spreadsheet: the column header. */
function columnOf(path: readonly (string | number)[], optionNumbers: readonly number[]): string {
  const [head, second, third, fourth, fifth] = path;
  if ((head === 'question' || head === 'guidance') && second === 'text' && typeof third === 'string') {
    return `${head}:${third}`;
  }
  if (head === 'tags' && second !== undefined) return `tag:${second}`;
  if (head === 'options' && typeof second === 'number') {
    const option = `option${optionNumbers[second] ?? second + 1}`;
    if (third === 'label' && fourth === 'text' && typeof fifth === 'string')
      return `${option}.label:${fifth}`;
    if (third === 'label') return `${option}.label`;
    return third === undefined ? option : `${option}.${String(third)}`;
  }
  return head === undefined ? 'indicator' : String(head);
}

/**
 * Reads the indicator list of a framework from CSV and validates the whole framework. Every issue carries
 * the CSV line (1 is the header) and, for a cell, the column name as `field`.
 */
export function parseIndicatorCsv(text: string, meta: IndicatorCsvMeta): FrameworkValidation {
  let records: CsvRecord[];
  try {
    records = parseCsv(text).records;
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, issues: [syntaxIssue(error)], warnings: [] };
    throw error;
  }
  const [header, ...rows] = records;
  if (header === undefined) {
    return {
      ok: false,
      issues: [{ path: [], field: '', line: 1, message: 'the file is empty' }],
      warnings: [],
    };
  }

  const issues: FrameworkIssue[] = [];
  const columns: (Column | undefined)[] = [];
  const seen = new Set<string>();
  header.cells.forEach((cell, index) => {
    const name = cell.trim();
    if (name === '' || name.startsWith('#')) {
      columns.push(undefined);
      return;
    }
    const column = readColumn(name);
    if (column === undefined) {
      issues.push({
        path: [],
        field: name,
        line: header.line,
        message: `unknown column "${name}" (column ${index + 1}); see docs/file-formats.md for the columns, or start the header with "#" to keep a column of notes`,
      });
    } else if (seen.has(name.toLowerCase())) {
      issues.push({ path: [], field: name, line: header.line, message: `column "${name}" appears twice` });
    }
    seen.add(name.toLowerCase());
    columns.push(column);
  });
  if (!columns.some((column) => column?.kind === 'code')) {
    issues.push({ path: [], field: 'code', line: header.line, message: 'the header has no "code" column' });
  }
  if (!columns.some((column) => column?.kind === 'question')) {
    issues.push({
      path: [],
      field: 'question',
      line: header.line,
      message: 'the header has no question column, e.g. "question:en"',
    });
  }
  if (issues.length > 0) return { ok: false, issues, warnings: [] };

  const rowInfo: { line: number; optionNumbers: number[] }[] = [];
  const indicators = rows.map((record) => {
    const cell = (kind: Column['kind']) => {
      const index = columns.findIndex((column) => column?.kind === kind);
      return index < 0 ? '' : (record.cells[index] ?? '').trim();
    };
    const texts = (kind: 'question' | 'guidance') =>
      columns.flatMap((column, index): [string, string][] =>
        column?.kind === kind ? [[column.language, record.cells[index] ?? '']] : [],
      );
    const cellIssue = (field: string, message: string) => {
      const code = cell('code');
      issues.push({
        path: ['indicators', rowInfo.length],
        field,
        ...(code === '' ? {} : { indicator: code }),
        line: record.line,
        message,
      });
    };
    const preferred = cell('source_language').toLowerCase() || undefined;
    const indicator: Record<string, unknown> = {
      code: cell('code'),
      kind: cell('kind').toLowerCase() || 'policy',
      question: localized(texts('question'), preferred),
    };
    const guidance = localized(texts('guidance'), preferred);
    if (guidance !== undefined) indicator.guidance = guidance;
    for (const field of ['unit', 'direction'] as const) {
      const value = cell(field);
      if (value !== '') indicator[field] = field === 'direction' ? value.toLowerCase() : value;
    }
    const weight = cell('weight');
    if (weight !== '') {
      const number = parseDecimal(weight);
      if (number === undefined) cellIssue('weight', `"${weight}" is not a number`);
      else indicator.weight = number;
    }

    const tags: Record<string, string | string[]> = {};
    columns.forEach((column, index) => {
      if (column?.kind !== 'tag') return;
      const values = (record.cells[index] ?? '')
        .split('|')
        .map((value) => value.trim())
        .filter((value) => value !== '');
      if (values.length === 1) tags[column.axis] = values[0] as string;
      else if (values.length > 1) tags[column.axis] = values;
    });
    indicator.tags = tags;

    const numbers = [
      ...new Set(
        columns.flatMap((column) =>
          column?.kind === 'option' || column?.kind === 'option_label' ? [column.number] : [],
        ),
      ),
    ].sort((a, b) => a - b);
    const options: Record<string, unknown>[] = [];
    const optionNumbers: number[] = [];
    for (const number of numbers) {
      const find = (part: 'id' | 'score') => {
        const index = columns.findIndex(
          (column) => column?.kind === 'option' && column.number === number && column.part === part,
        );
        return index < 0 ? '' : (record.cells[index] ?? '').trim();
      };
      const labels = columns.flatMap((column, index): [string, string][] =>
        column?.kind === 'option_label' && column.number === number
          ? [[column.language, record.cells[index] ?? '']]
          : [],
      );
      const id = find('id');
      const scoreText = find('score');
      const label = localized(labels, preferred);
      if (id === '' && scoreText === '' && label === undefined) continue;
      const option: Record<string, unknown> = { id, label };
      const name = `option${number}`;
      if (id === '') cellIssue(`${name}.id`, `option ${number} has a score or label but no id`);
      if (label === undefined) cellIssue(`${name}.label`, `option ${number} has no label`);
      if (scoreText === '') cellIssue(`${name}.score`, `option ${number} has no score`);
      else {
        const score = parseDecimal(scoreText);
        if (score === undefined) cellIssue(`${name}.score`, `"${scoreText}" is not a number`);
        else option.score = score;
      }
      options.push(option);
      optionNumbers.push(number);
    }
    indicator.options = options;
    rowInfo.push({ line: record.line, optionNumbers });
    return indicator;
  });

  const { indicators: _ignored, ...rest } = meta as IndicatorCsvMeta & { indicators?: unknown };
  const input = { ...rest, illustrative: meta.illustrative ?? false, indicators };
  const result = validateFramework(input);
  const locate = (issue: FrameworkIssue): FrameworkIssue => {
    const [root, index, ...inner] = issue.path;
    if (root !== 'indicators' || typeof index !== 'number') return issue;
    const info = rowInfo[index];
    if (info === undefined) return issue;
    return { ...issue, field: columnOf(inner, info.optionNumbers), line: info.line };
  };
  const warnings = result.warnings.map(locate);
  if (result.ok && issues.length === 0) return { ...result, warnings };
  // A cell already reported (an unreadable number, a missing option id) is not reported again by the schema.
  const reported = new Set(issues.map((issue) => `${issue.line}|${issue.field}`));
  const schemaIssues = result.ok
    ? []
    : result.issues.map(locate).filter((issue) => !reported.has(`${issue.line}|${issue.field}`));
  const all = [...issues, ...schemaIssues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ok: false, issues: all, warnings };
}

/** The languages of a set of texts, the framework name's source language first, then alphabetically. */
function languagesOf(texts: readonly (LocalizedText | undefined)[], first: string): string[] {
  const languages = new Set<string>();
  for (const text of texts) for (const language of Object.keys(text?.text ?? {})) languages.add(language);
  return [...languages].sort((a, b) => (a === first ? -1 : b === first ? 1 : a.localeCompare(b)));
}

/**
 * Writes a framework's indicators in the CSV layout {@link parseIndicatorCsv} reads, so that reading it
 * back with the same meta gives the same framework. Not carried: machine-translation and outdated marks
 * (the JSON format keeps them), and a one-value tag list reads back as a single value (same meaning).
 */
export function frameworkToIndicatorCsv(framework: Framework, options: CsvWriteOptions = {}): string {
  const { indicators } = framework;
  const first = framework.name.source;
  const questionLanguages = languagesOf(
    indicators.map((indicator) => indicator.question),
    first,
  );
  const guidanceLanguages = languagesOf(
    indicators.map((indicator) => indicator.guidance),
    first,
  );
  const maxOptions = Math.max(0, ...indicators.map((indicator) => indicator.options.length));
  const labelLanguages = languagesOf(
    indicators.flatMap((indicator) => indicator.options.map((option) => option.label)),
    first,
  );
  const hasUnit = indicators.some((indicator) => indicator.unit !== undefined);
  const hasDirection = indicators.some((indicator) => indicator.direction !== undefined);

  const header = [
    'code',
    'kind',
    'weight',
    ...(hasUnit ? ['unit'] : []),
    ...(hasDirection ? ['direction'] : []),
    'source_language',
    ...questionLanguages.map((language) => `question:${language}`),
    ...guidanceLanguages.map((language) => `guidance:${language}`),
    ...framework.axes.map((axis) => `tag:${axis.id}`),
  ];
  for (let number = 1; number <= maxOptions; number += 1) {
    header.push(`option${number}.id`, `option${number}.score`);
    for (const language of labelLanguages) header.push(`option${number}.label:${language}`);
  }

  const rows = indicators.map((indicator) => {
    const row = [
      indicator.code,
      indicator.kind,
      String(indicator.weight),
      ...(hasUnit ? [indicator.unit ?? ''] : []),
      ...(hasDirection ? [indicator.direction ?? ''] : []),
      indicator.question.source,
      ...questionLanguages.map((language) => indicator.question.text[language] ?? ''),
      ...guidanceLanguages.map((language) => indicator.guidance?.text[language] ?? ''),
      ...framework.axes.map((axis) => tagValues(indicator, axis.id).join('|')),
    ];
    for (let index = 0; index < maxOptions; index += 1) {
      const option = indicator.options[index];
      row.push(option?.id ?? '', option === undefined ? '' : String(option.score));
      for (const language of labelLanguages) row.push(option?.label.text[language] ?? '');
    }
    return row;
  });
  return formatCsv([header, ...rows], options);
}
