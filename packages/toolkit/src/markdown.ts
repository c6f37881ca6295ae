import markdownit, { type Env, type MarkdownIt, type Token } from 'markdown-it';

/** Internal links between modules are written `[text](module:<slug>)`. */
export const MODULE_LINK = /^module:([a-z0-9]+(?:[-_][a-z0-9]+)*)$/;
const SAFE_URL = /^(?:https?:|mailto:|#)/i;

/** How a `module:` link is rendered: a link to `href`, or (no `href`) the text with a reference note. */
export interface ModuleLinkTarget {
  href?: string;
  /** Shown after the link text when there is no `href`, e.g. `(see “Using interpreters”, regional staff pack)`. */
  note?: string;
}

export interface MarkdownRenderOptions {
  /** Resolves `module:<slug>` links; unresolved links render as plain text. */
  moduleLink?: (slug: string) => ModuleLinkTarget | undefined;
  /** Added to every heading level (1 turns the body's `##` into `<h3>`), capped at 6. */
  headingShift?: number;
}

interface RenderEnv extends Env {
  options?: MarkdownRenderOptions;
}

function renderOptions(env: Env | undefined): MarkdownRenderOptions {
  return (env as RenderEnv | undefined)?.options ?? {};
}

/** How each `module:` link_open token was rendered, for its link_close. */
const moduleLinkTokens = new WeakMap<Token, { plain: boolean; note: string | undefined }>();

/**
 * Markdown as the toolkit allows it: CommonMark plus tables and strikethrough, raw HTML off (any `<tag>` in the
 * content is shown as text), no images (a printed pack loads nothing), links only to http(s), mailto, `#` anchors
 * and other modules.
 */
function createMarkdown(): MarkdownIt {
  const md = markdownit({ html: false, linkify: false, typographer: false });
  md.disable('image');
  md.validateLink = (url: string) => SAFE_URL.test(url.trim()) || MODULE_LINK.test(url.trim());

  const renderToken = md.renderer.renderToken.bind(md.renderer);
  md.renderer.rules.heading_open = (tokens, idx, _options, env) => {
    const token = tokens[idx]!;
    const shift = renderOptions(env).headingShift ?? 0;
    const level = Math.min(6, Number(token.tag.slice(1)) + shift);
    return `<h${level}>`;
  };
  md.renderer.rules.heading_close = (tokens, idx, _options, env) => {
    const token = tokens[idx]!;
    const shift = renderOptions(env).headingShift ?? 0;
    return `</h${Math.min(6, Number(token.tag.slice(1)) + shift)}>\n`;
  };
  md.renderer.rules.link_open = (tokens, idx, options, env) => {
    const token = tokens[idx]!;
    const href = String(token.attrGet('href') ?? '');
    const match = MODULE_LINK.exec(href);
    if (!match) {
      if (/^https?:/i.test(href)) token.attrSet('rel', 'noopener noreferrer');
      return renderToken(tokens, idx, options);
    }
    const target = renderOptions(env).moduleLink?.(match[1]!);
    const plain = target?.href === undefined;
    moduleLinkTokens.set(token, { plain, note: target?.note });
    if (plain || target?.href === undefined) return '<span class="module-ref">';
    token.attrSet('href', target.href);
    token.attrSet('class', 'module-link');
    return renderToken(tokens, idx, options);
  };
  md.renderer.rules.link_close = (tokens, idx, options) => {
    // Find the matching link_open to know whether it was rendered as a span.
    let depth = 0;
    for (let i = idx - 1; i >= 0; i--) {
      const token = tokens[i]!;
      if (token.type === 'link_close') depth++;
      if (token.type === 'link_open') {
        if (depth === 0) {
          const rendered = moduleLinkTokens.get(token);
          const note = rendered?.note ? ` <span class="module-note">${escapeHtml(rendered.note)}</span>` : '';
          return rendered?.plain ? `</span>${note}` : `${renderToken(tokens, idx, options)}${note}`;
        }
        depth--;
      }
    }
    return renderToken(tokens, idx, options);
  };
  return md;
}

let shared: MarkdownIt | undefined;
function markdown(): MarkdownIt {
  shared ??= createMarkdown();
  return shared;
}

/** Renders toolkit Markdown to HTML with raw HTML escaped and links restricted (see {@link createMarkdown}). */
export function markdownToHtml(source: string, options: MarkdownRenderOptions = {}): string {
  const env: RenderEnv = { options };
  return markdown().render(source, env);
}

/** A `module:` link found in Markdown text, with the 1-based line it sits on. */
export interface ModuleLinkRef {
  slug: string;
  text: string;
  line?: number;
}

/** The `module:` links of a Markdown text (code spans and blocks excluded, as the renderer sees them). */
export function moduleLinks(source: string): ModuleLinkRef[] {
  const found: ModuleLinkRef[] = [];
  for (const block of markdown().parse(source, { options: {} })) {
    if (block.type !== 'inline' || !block.children) continue;
    const children = block.children;
    children.forEach((token, i) => {
      if (token.type !== 'link_open') return;
      const match = MODULE_LINK.exec(String(token.attrGet('href') ?? ''));
      if (!match) return;
      let text = '';
      for (let j = i + 1; j < children.length && children[j]!.type !== 'link_close'; j++)
        text += children[j]!.content;
      found.push({ slug: match[1]!, text, ...(block.map ? { line: block.map[0] + 1 } : {}) });
    });
  }
  return found;
}

/** Links whose target is neither http(s), mailto, an anchor nor `module:<slug>` (e.g. `module:Bad Slug`, `ftp:`). */
export function unsafeLinks(source: string): string[] {
  const found: string[] = [];
  const pattern = /\]\(\s*<?([^)\s>]+)/g;
  for (const match of source.matchAll(pattern)) {
    const url = match[1]!;
    if (!SAFE_URL.test(url) && !MODULE_LINK.test(url) && /^[a-z][a-z0-9+.-]*:/i.test(url)) found.push(url);
  }
  return found;
}

/** Headings of a Markdown text: level and text, in order. */
export function headings(source: string): { level: number; text: string; line?: number }[] {
  const tokens = markdown().parse(source, { options: {} });
  const result: { level: number; text: string; line?: number }[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const inline = tokens[i + 1];
    result.push({
      level: Number(token.tag.slice(1)),
      text: inline?.content ?? '',
      ...(token.map ? { line: token.map[0] + 1 } : {}),
    });
  });
  return result;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
