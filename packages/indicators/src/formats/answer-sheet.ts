import {
  answerSourceSchema,
  type Framework,
  type Indicator,
  regionCodeSchema,
  yearSchema,
} from '@regin/domain';
import type { EngineAnswer } from '../types.js';
import { type CsvRecord, CsvSyntaxError, type CsvWriteOptions, formatCsv, parseCsv } from './csv.js';

/**
 * The answer sheet: one row per region × round × indicator, as a partner fills it in a spreadsheet.
 * Columns are described in docs/file-formats.md.
 */

export interface AnswerSheetIssue {
  /** CSV line, 1 being the header. */
  line: number;
  /** Column name (or `''` for the file as a whole). */
  field: string;
  message: string;
}

export type AnswerSheetResult =
  | { ok: true; answers: EngineAnswer[] }
  | { ok: false; issues: AnswerSheetIssue[] };

export interface AnswerSheetDefaults {
  /** Used for rows without a region (or when the sheet has no region column). */
  regionCode?: string;
  /** Used for rows without a round. */
  round?: number;
}

type SourcePart = 'title' | 'url' | 'date';
type AnswerColumn =
  | { kind: 'region' | 'round' | 'indicator' | 'option' | 'na' | 'justification' | 'ignored' }
  | { kind: 'source'; number: number; part: SourcePart };

const SIMPLE = ['region', 'round', 'indicator', 'option', 'na', 'justification'] as const;
/** Written by {@link answersToCsv} for the reader's benefit; ignored on import. */
const READ_ONLY = ['question'];

function readColumn(header: string): AnswerColumn | undefined {
  const name = header.trim().toLowerCase();
  if (name === '' || name.startsWith('#') || READ_ONLY.includes(name)) return { kind: 'ignored' };
  if ((SIMPLE as readonly string[]).includes(name)) return { kind: name as (typeof SIMPLE)[number] };
  const match = /^source(\d{0,2})_(title|url|date)$/.exec(name);
  if (match)
    return { kind: 'source', number: match[1] === '' ? 1 : Number(match[1]), part: match[2] as SourcePart };
  return undefined;
}

const sourceColumn = (number: number, part: SourcePart) =>
  number === 1 ? `source_${part}` : `source${number}_${part}`;

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);

const normaliseText = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The option a cell names: its id (exactly, then ignoring case), else its label in any language, else its
 * score written as a number. Returns the matching options (none, one, or several when ambiguous).
 */
function matchOptions(indicator: Indicator, cell: string): Indicator['options'] {
  const exact = indicator.options.filter((option) => option.id === cell);
  if (exact.length > 0) return exact;
  const wanted = normaliseText(cell);
  const byId = indicator.options.filter((option) => option.id.toLowerCase() === wanted);
  if (byId.length > 0) return byId;
  const byLabel = indicator.options.filter((option) =>
    Object.values(option.label.text).some((label) => normaliseText(label) === wanted),
  );
  if (byLabel.length > 0) return byLabel;
  const number = Number(cell.replace(',', '.'));
  if (cell.trim() !== '' && Number.isFinite(number)) {
    return indicator.options.filter((option) => option.score === number);
  }
  return [];
}

/**
 * Reads an answer sheet against a framework. Refuses, with the line of each: unknown indicators, outcome
 * indicators, unknown or ambiguous options, an option together with N/A, a row repeating a region ×
 * round × indicator, and malformed regions, rounds, URLs and dates. Nothing is returned unless every row
 * is sound, so an import is all or nothing.
 */
export function parseAnswerSheetCsv(
  text: string,
  framework: Framework,
  defaults: AnswerSheetDefaults = {},
): AnswerSheetResult {
  let records: CsvRecord[];
  try {
    records = parseCsv(text).records;
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      return {
        ok: false,
        issues: [{ line: error.line, field: '', message: `not valid CSV: ${error.message}` }],
      };
    }
    throw error;
  }
  const [header, ...rows] = records;
  if (header === undefined)
    return { ok: false, issues: [{ line: 1, field: '', message: 'the file is empty' }] };

  const issues: AnswerSheetIssue[] = [];
  const columns = header.cells.map((cell, index) => {
    const column = readColumn(cell);
    if (column === undefined) {
      issues.push({
        line: header.line,
        field: cell.trim(),
        message: `unknown column "${cell.trim()}" (column ${index + 1}); start its header with "#" to keep a column of notes`,
      });
    }
    return column;
  });
  const has = (kind: AnswerColumn['kind']) => columns.some((column) => column?.kind === kind);
  if (!has('indicator'))
    issues.push({ line: header.line, field: 'indicator', message: 'the header has no "indicator" column' });
  if (!has('region') && defaults.regionCode === undefined) {
    issues.push({
      line: header.line,
      field: 'region',
      message: 'the header has no "region" column and no default region was given',
    });
  }
  if (!has('round') && defaults.round === undefined) {
    issues.push({
      line: header.line,
      field: 'round',
      message: 'the header has no "round" column and no default round was given',
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const indicators = new Map(framework.indicators.map((indicator) => [indicator.code, indicator]));
  const sourceNumbers = [
    ...new Set(columns.flatMap((column) => (column?.kind === 'source' ? [column.number] : []))),
  ].sort((a, b) => a - b);
  const seen = new Map<string, number>();
  const answers: EngineAnswer[] = [];

  for (const record of rows) {
    const { line } = record;
    const cell = (kind: AnswerColumn['kind']) => {
      const index = columns.findIndex((column) => column?.kind === kind);
      return index < 0 ? '' : (record.cells[index] ?? '').trim();
    };
    const rowIssues: AnswerSheetIssue[] = [];
    const report = (field: string, message: string) => rowIssues.push({ line, field, message });

    const regionText = cell('region').toUpperCase() || defaults.regionCode;
    let regionCode: string | undefined;
    if (regionText === undefined) report('region', 'no region, and no default region was given');
    else if (!regionCodeSchema.safeParse(regionText).success) {
      report('region', `"${regionText}" is not a region code such as "ES51" (NUTS) or "MA-02" (ISO 3166-2)`);
    } else regionCode = regionText;

    const roundText = cell('round');
    let round: number | undefined = defaults.round;
    if (roundText !== '') {
      const number = Number(roundText);
      round = /^\d{4}$/.test(roundText) && yearSchema.safeParse(number).success ? number : undefined;
      if (round === undefined) report('round', `"${roundText}" is not a year between 1950 and 2100`);
    } else if (round === undefined) report('round', 'no round, and no default round was given');

    const code = cell('indicator');
    const indicator = indicators.get(code);
    if (code === '') report('indicator', 'no indicator code');
    else if (indicator === undefined) {
      report(
        'indicator',
        `indicator "${code}" does not exist in framework "${framework.id}" ${framework.version}`,
      );
    } else if (indicator.kind !== 'policy') {
      report('indicator', `indicator "${code}" is an outcome indicator: it is observed, not answered`);
    }

    const naText = cell('na').toLowerCase();
    const notApplicable = YES.has(naText);
    if (!notApplicable && !NO.has(naText)) report('na', `"${cell('na')}" is neither yes nor no`);

    const optionText = cell('option');
    let optionId: string | undefined;
    if (optionText !== '' && indicator !== undefined && indicator.kind === 'policy') {
      const matches = matchOptions(indicator, optionText);
      if (matches.length === 1) optionId = matches[0]!.id;
      else if (matches.length === 0) {
        report(
          'option',
          `"${optionText}" is not an option of indicator "${code}" (options: ${indicator.options.map((option) => option.id).join(', ')})`,
        );
      } else {
        report(
          'option',
          `"${optionText}" matches several options of indicator "${code}" (${matches.map((option) => option.id).join(', ')}); give the option id`,
        );
      }
    }
    if (optionText !== '' && notApplicable) {
      report('na', 'an answer is either an option or not applicable (N/A), not both');
    }

    const justification = cell('justification');
    if (justification.length > 10_000) report('justification', 'must be at most 10000 characters');

    const sources: NonNullable<EngineAnswer['sources']>[number][] = [];
    for (const number of sourceNumbers) {
      const part = (name: SourcePart) => {
        const index = columns.findIndex(
          (column) => column?.kind === 'source' && column.number === number && column.part === name,
        );
        return index < 0 ? '' : (record.cells[index] ?? '').trim();
      };
      const title = part('title');
      const url = part('url');
      const date = part('date');
      if (title === '' && url === '' && date === '') continue;
      const source = {
        kind: url === '' ? ('document' as const) : ('url' as const),
        // A bare URL is a fine title when the partner gave none.
        title: title === '' ? url : title,
        ...(url === '' ? {} : { url }),
        ...(date === '' ? {} : { date }),
      };
      const parsed = answerSourceSchema.safeParse(source);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? 'title') as SourcePart;
          const shown = field === 'title' || field === 'url' || field === 'date' ? field : 'title';
          const message =
            shown === 'title' && title === '' && url === ''
              ? 'a source with a date needs a title or a URL'
              : shown === 'date'
                ? `"${date}" is not a date in the form YYYY-MM-DD`
                : issue.message;
          report(sourceColumn(number, shown), message);
        }
      } else sources.push(source);
    }

    if (regionCode !== undefined && round !== undefined && indicator !== undefined) {
      const key = `${regionCode}|${round}|${code}`;
      const first = seen.get(key);
      if (first !== undefined) {
        report(
          'indicator',
          `indicator "${code}" for ${regionCode}, round ${round} is already answered at line ${first}`,
        );
      } else seen.set(key, line);
    }

    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }
    answers.push({
      regionCode: regionCode as string,
      round: round as number,
      indicatorCode: code,
      ...(optionId === undefined ? {} : { optionId }),
      ...(notApplicable ? { notApplicable: true } : {}),
      ...(justification === '' ? {} : { justification }),
      ...(sources.length === 0 ? {} : { sources }),
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, answers };
}

/**
 * Writes answers as an answer sheet {@link parseAnswerSheetCsv} reads back: rows by region, round and the
 * framework's indicator order, options by id, a read-only `question` column in the framework's language,
 * and as many source column groups as the answer with most sources needs.
 */
export function answersToCsv(
  answers: readonly EngineAnswer[],
  framework: Framework,
  options: CsvWriteOptions = {},
): string {
  const order = new Map(framework.indicators.map((indicator, index) => [indicator.code, index]));
  const questions = new Map(
    framework.indicators.map((indicator) => [
      indicator.code,
      indicator.question.text[framework.name.source] ??
        indicator.question.text[indicator.question.source] ??
        '',
    ]),
  );
  const sorted = [...answers].sort(
    (a, b) =>
      a.regionCode.localeCompare(b.regionCode) ||
      a.round - b.round ||
      (order.get(a.indicatorCode) ?? Number.MAX_SAFE_INTEGER) -
        (order.get(b.indicatorCode) ?? Number.MAX_SAFE_INTEGER),
  );
  const sourceGroups = Math.max(1, ...answers.map((answer) => answer.sources?.length ?? 0));
  const header = ['region', 'round', 'indicator', 'question', 'option', 'na', 'justification'];
  for (let number = 1; number <= sourceGroups; number += 1) {
    header.push(sourceColumn(number, 'title'), sourceColumn(number, 'url'), sourceColumn(number, 'date'));
  }
  const rows = sorted.map((answer) => {
    const row = [
      answer.regionCode,
      String(answer.round),
      answer.indicatorCode,
      questions.get(answer.indicatorCode) ?? '',
      answer.optionId ?? '',
      answer.notApplicable ? 'yes' : 'no',
      answer.justification ?? '',
    ];
    for (let index = 0; index < sourceGroups; index += 1) {
      const source = answer.sources?.[index];
      row.push(source?.title ?? '', source?.url ?? '', source?.date ?? '');
    }
    return row;
  });
  return formatCsv([header, ...rows], options);
}
