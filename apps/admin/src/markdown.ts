/**
 * A small Markdown reader for the toolkit's texts (CommonMark's common part: headings, paragraphs, lists,
 * quotes, tables, code, emphasis, links). It builds a tree that `Markdown.tsx` renders as React elements,
 * so no HTML string is ever injected: raw HTML in the text stays text, and links keep only http(s),
 * mailto, `#anchors` and the toolkit's `module:<slug>` links.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong' | 'em' | 'del'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'module'; slug: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { type: 'code'; text: string }
  | { type: 'rule' };

const SAFE_URL = /^(?:https?:\/\/|mailto:|#)/i;
const MODULE_LINK = /^module:([a-z0-9]+(?:[-_][a-z0-9]+)*)$/;

/** The link target when it is one the toolkit allows, else undefined (the text is kept, the link dropped). */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  return SAFE_URL.test(trimmed) ? trimmed : undefined;
}

function findClosing(text: string, from: number, marker: string): number {
  let index = text.indexOf(marker, from);
  while (index > 0 && text[index - 1] === '\\') index = text.indexOf(marker, index + 1);
  return index;
}

/** The matching `]` of a `[` at `open`, counting nested brackets. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The matching `)` of a `(` at `open` (URLs may hold balanced parentheses). */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length && /[\\`*_[\]()#+\-.!~>|<]/.test(text[i + 1] as string)) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i) {
        flush();
        out.push({ type: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const close = closingBracket(text, i);
      if (close > i && text[close + 1] === '(') {
        const end = closingParen(text, close + 1);
        if (end > close) {
          const url =
            text
              .slice(close + 2, end)
              .trim()
              .split(/\s+/)[0] ?? '';
          const children = parseInline(text.slice(i + 1, close));
          flush();
          const module = MODULE_LINK.exec(url);
          const href = safeHref(url);
          if (module) out.push({ type: 'module', slug: module[1] as string, children });
          else if (href) out.push({ type: 'link', href, children });
          else out.push(...children);
          i = end + 1;
          continue;
        }
      }
    }
    let matched = false;
    for (const [marker, type] of [
      ['**', 'strong'],
      ['__', 'strong'],
      ['~~', 'del'],
      ['*', 'em'],
      ['_', 'em'],
    ] as const) {
      if (!text.startsWith(marker, i)) continue;
      const next = text[i + marker.length];
      // An opening marker is followed by a non-space; `_` inside a word (snake_case) is not emphasis.
      if (!next || /\s/.test(next)) continue;
      if (marker.startsWith('_') && i > 0 && /\w/.test(text[i - 1] as string)) continue;
      const end = findClosing(text, i + marker.length + 1, marker);
      if (end < 0 || /\s/.test(text[end - 1] as string)) continue;
      flush();
      out.push({ type, children: parseInline(text.slice(i + marker.length, end)) });
      i = end + marker.length;
      matched = true;
      break;
    }
    if (!matched) {
      buffer += c;
      i++;
    }
  }
  flush();
  return out;
}

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^( {0,3})[-*+]\s+(.*)$/;
const ORDERED = /^( {0,3})(\d{1,9})[.)]\s+(.*)$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

function cells(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (!line.trim()) {
      flushParagraph();
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flushParagraph();
      const body: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] as string).trim().startsWith(fence[1] as string)) {
        body.push(lines[i] as string);
        i++;
      }
      blocks.push({ type: 'code', text: body.join('\n') });
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flushParagraph();
      blocks.push({
        type: 'heading',
        level: (heading[1] as string).length,
        children: parseInline(heading[2] as string),
      });
      i++;
      continue;
    }
    if (RULE.test(line) && !paragraph.length) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    if (/^ {0,3}>/.test(line)) {
      flushParagraph();
      const inner: string[] = [];
      while (i < lines.length && /^ {0,3}>/.test(lines[i] as string)) {
        inner.push((lines[i] as string).replace(/^ {0,3}>\s?/, ''));
        i++;
      }
      blocks.push({ type: 'quote', blocks: parseMarkdown(inner.join('\n')) });
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1] as string)) {
      flushParagraph();
      const head = cells(line).map(parseInline);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && (lines[i] as string).includes('|') && (lines[i] as string).trim()) {
        rows.push(cells(lines[i] as string).map(parseInline));
        i++;
      }
      blocks.push({ type: 'table', head, rows });
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    if (bullet || ordered) {
      flushParagraph();
      const isOrdered = !bullet;
      const items: string[][] = [];
      while (i < lines.length) {
        const current = lines[i] as string;
        const b = BULLET.exec(current);
        const o = ORDERED.exec(current);
        if ((isOrdered ? o : b) && !(isOrdered ? false : RULE.test(current))) {
          items.push([(isOrdered ? o?.[3] : b?.[2]) ?? '']);
          i++;
        } else if (current.trim() && /^\s+/.test(current) && items.length) {
          items[items.length - 1]?.push(current.trim());
          i++;
        } else if (!current.trim() && i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1] as string)) {
          i++;
        } else break;
      }
      blocks.push({
        type: 'list',
        ordered: isOrdered,
        start: ordered ? Number(ordered[2]) : 1,
        items: items.map((item) => parseInline(item.join(' '))),
      });
      continue;
    }
    paragraph.push(line.trim());
    i++;
  }
  flushParagraph();
  return blocks;
}
