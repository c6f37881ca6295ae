/**
 * One CSV cell: quoted when it holds a quote, comma, semicolon or line break. Text that a spreadsheet would
 * run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe so it stays
 * text; numbers are written as they are. Lists are joined with `|`.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = Array.isArray(value) ? value.join('|') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
