/**
 * A small RFC 4180 CSV reader and writer: quoted fields, doubled quotes, separators and line breaks
 * inside quotes, CRLF or LF line ends, an optional UTF-8 byte-order mark, and `,` or `;` as the separator
 * (spreadsheets set to a European locale write `;`). Pure string in, string out.
 */

export type CsvSeparator = ',' | ';';

/** One record and the physical line (1-based) it starts on, so issues can point at a spreadsheet row. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvTable {
  separator: CsvSeparator;
  records: CsvRecord[];
}

/** Why a text is not CSV: an unterminated quote, or text after a closing quote. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

const BOM = '\uFEFF';

/** Drops a leading UTF-8 byte-order mark (Excel writes one so that it reads the file back as UTF-8). */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * Picks `;` when the first record holds more semicolons than commas outside quotes, else `,`.
 * A header row has no free text, so the count is a reliable signal.
 */
export function detectSeparator(text: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of stripBom(text)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Reads CSV text into records. Records whose cells are all empty (blank spreadsheet rows) are dropped;
 * line numbers of the others stay those of the file. Throws {@link CsvSyntaxError} on broken quoting.
 */
export function parseCsv(input: string, separator: CsvSeparator = detectSeparator(input)): CsvTable {
  const text = stripBom(input);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let afterQuote = false;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((value) => value !== '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    afterQuote = false;
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index += 1;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (char === '\n') line += 1;
        // A CR LF inside quotes is one line break; keep it as LF so cells do not depend on the platform.
        if (char === '\r') {
          if (text[index + 1] === '\n') index += 1;
          line += 1;
          cell += '\n';
        } else {
          cell += char;
        }
      }
      continue;
    }
    if (char === separator) {
      cells.push(cell);
      cell = '';
      afterQuote = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else if (char === '"' && cell === '' && !afterQuote) {
      quoted = true;
      quoteLine = line;
    } else if (afterQuote) {
      throw new CsvSyntaxError(`unexpected "${char}" after a closing quote`, line);
    } else {
      cell += char;
    }
  }
  if (quoted) throw new CsvSyntaxError('a quoted field is never closed', quoteLine);
  if (cell !== '' || cells.length > 0) endRecord();
  return { separator, records };
}

/** Quotes a cell when it holds the separator, a quote, a line break or edge spaces. */
export function formatCsvCell(value: string, separator: CsvSeparator = ','): string {
  if (value === '') return '';
  const needsQuotes =
    value.includes(separator) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r') ||
    value.trim() !== value;
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

export interface CsvWriteOptions {
  /** Default `,`. */
  separator?: CsvSeparator;
  /** Prepend a UTF-8 byte-order mark so Excel opens accented text correctly (default false). */
  bom?: boolean;
}

/** Writes rows as RFC 4180 CSV with CRLF line ends (and a final CRLF). */
export function formatCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const separator = options.separator ?? ',';
  const body = rows
    .map((row) => row.map((value) => formatCsvCell(value, separator)).join(separator))
    .join('\r\n');
  return `${options.bom ? BOM : ''}${body}\r\n`;
}

/**
 * Reads a number as spreadsheets write it: `50`, `0.5`, or `0,5` (decimal comma). Returns undefined for
 * anything else, including thousands separators, so a typo is reported rather than misread.
 */
export function parseDecimal(value: string): number | undefined {
  const text = value.trim();
  if (!/^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?$/.test(text)) return undefined;
  const number = Number(text.replace(',', '.'));
  return Number.isFinite(number) ? number : undefined;
}
