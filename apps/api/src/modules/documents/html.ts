/** Escapes text for HTML element content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

export const PRINT_CSS = `
  @page { size: A4; margin: 18mm 16mm; }
  :root { color-scheme: light; }
  body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 20pt; color: #0b4f8a; margin-bottom: .2rem; }
  h2 { font-size: 14pt; color: #0b4f8a; border-bottom: 1px solid #c9d6e3; padding-bottom: .2rem; margin-top: 1.6rem; break-after: avoid; }
  h3 { font-size: 12pt; margin-bottom: .3rem; break-after: avoid; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
  th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #dde3ea; vertical-align: top; }
  th { background: #f1f5f9; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .meta { color: #4b5563; }
  .illustrative { border: 2px solid #b45309; background: #fffbeb; color: #7c2d12; padding: .5rem .8rem; margin: 1rem 0; }
  .bar { display: inline-block; height: .7rem; background: #0b4f8a; vertical-align: middle; }
  section { break-inside: avoid-page; }
  footer { margin-top: 2rem; font-size: 9pt; color: #4b5563; }
  @media print { body { margin: 0; max-width: none; } a { color: inherit; } }
`;

export function htmlDocument(lang: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export function formatNumber(value: number | null | undefined, lang: string, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(lang === 'ca' ? 'ca-ES' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}
