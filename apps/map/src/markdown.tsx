import type { ReactNode } from 'react';
import { AppLink } from './ui.js';

/**
 * The small Markdown subset of the toolkit's facilitator notes (headings, paragraphs, bulleted and numbered
 * lists, links, bold, italics, code), rendered as React elements: text is never parsed as HTML, so nothing in
 * the content can inject markup or script. `module:slug` links open that module in the reader; other links
 * only when they are http(s) or mailto. Anything else stays as text.
 */

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;
const MODULE_LINK = /^module:([a-z0-9]+(?:[-_][a-z0-9]+)*)$/;
const INLINE =
  /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|_([^_\s][^_]*)_|`([^`]+)`/g;

export function inline(text: string, keyPrefix = 'i'): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let index = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const key = `${keyPrefix}-${index++}`;
    const [, label, href, bold, bold2, em, em2, code] = match;
    if (label !== undefined && href !== undefined) {
      const module = MODULE_LINK.exec(href);
      if (module)
        out.push(
          <AppLink key={key} to={`/toolkit/${module[1]}`}>
            {inline(label, key)}
          </AppLink>,
        );
      else if (SAFE_URL.test(href))
        out.push(
          <a key={key} href={href} rel="noopener noreferrer">
            {inline(label, key)}
          </a>,
        );
      else out.push(label);
    } else if (bold !== undefined || bold2 !== undefined) {
      out.push(<strong key={key}>{inline(bold ?? bold2 ?? '', key)}</strong>);
    } else if (em !== undefined || em2 !== undefined) {
      out.push(<em key={key}>{inline(em ?? em2 ?? '', key)}</em>);
    } else if (code !== undefined) {
      out.push(<code key={key}>{code}</code>);
    }
    last = at + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'paragraph'; text: string };

const BULLET = /^\s*(?:[-*+]|(\d+)[.)])\s+(.*)$/;

export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
    if (list) blocks.push({ kind: 'list', ...list });
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      if (paragraph.length) {
        blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
        paragraph = [];
      }
      const ordered = bullet[1] !== undefined;
      if (!list || list.ordered !== ordered) {
        if (list) blocks.push({ kind: 'list', ...list });
        list = { ordered, items: [] };
      }
      list.items.push(bullet[2] ?? '');
      continue;
    }
    if (list && /^\s+/.test(raw) && list.items.length > 0) {
      // A continuation line of the last list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (list) {
      blocks.push({ kind: 'list', ...list });
      list = null;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** Renders `source`; headings are shifted so that `#` becomes `<h{baseLevel}>`. */
export function Markdown({ source, baseLevel = 3 }: { source: string; baseLevel?: number }) {
  const blocks = parseBlocks(source);
  // The shallowest heading of the text maps to baseLevel.
  const top = Math.min(7, ...blocks.flatMap((block) => (block.kind === 'heading' ? [block.level] : [])));
  return (
    <div className="markdown">
      {blocks.map((block, index) => {
        const key = `b${index}`;
        if (block.kind === 'heading') {
          const level = Math.min(6, baseLevel + block.level - top);
          const Tag = `h${level}` as 'h3';
          return <Tag key={key}>{inline(block.text, key)}</Tag>;
        }
        if (block.kind === 'list') {
          const Tag = block.ordered ? 'ol' : 'ul';
          return (
            <Tag key={key}>
              {block.items.map((item, itemIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: static text, never reordered
                <li key={itemIndex}>{inline(item, `${key}-${itemIndex}`)}</li>
              ))}
            </Tag>
          );
        }
        return <p key={key}>{inline(block.text, key)}</p>;
      })}
    </div>
  );
}
