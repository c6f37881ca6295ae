import type { ToolkitTrack } from '@regin/domain';
import { fill, labelsFor, languageName } from './labels.js';
import { escapeHtml } from './markdown.js';
import { moduleAnchor, renderModuleHtml } from './render.js';
import type { Toolkit } from './toolkit.js';

export interface FacilitatorPackOptions {
  /** Languages used for modules missing in `language`; default `['en']`. Fallback modules carry a notice. */
  fallback?: readonly string[];
  /** Quiz answers: `key` (default, an answer key after each quiz, on its own printed page), `inline` or `none`. */
  answers?: 'key' | 'inline' | 'none';
}

/** Print styles: A4, each module from a new page, tables and questions kept whole, link targets not printed. */
export const PACK_CSS = `
:root { color-scheme: light; }
body { font-family: "Source Sans 3", "Noto Sans", "Segoe UI", Arial, sans-serif; line-height: 1.45; color: #1b1b1b; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, h4 { line-height: 1.2; color: #0b3a60; }
.cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; }
.cover .kicker { text-transform: uppercase; letter-spacing: 0.08em; color: #555; }
.toc ol { padding-left: 1.5rem; }
.toc .duration, .session .duration { color: #555; font-weight: normal; }
.module-number { margin: 0; text-transform: uppercase; letter-spacing: 0.08em; color: #555; }
.module-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
.module-meta dt { font-weight: bold; }
.module-meta dd { margin: 0; }
.notice { border-left: 4px solid #b35900; padding: 0.3rem 0.8rem; background: #fff4e5; }
table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #bbb; padding: 0.35rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #eef3f7; }
.num { text-align: right; white-space: nowrap; }
.activity-title { font-weight: bold; margin: 0 0 0.2rem; }
.activity-description p { margin: 0.2rem 0; }
.questions > li { margin-bottom: 0.8rem; }
.question { font-weight: bold; margin-bottom: 0.2rem; }
.options .correct { font-weight: bold; }
.module-note { color: #555; font-style: italic; }
footer { margin-top: 3rem; font-size: 0.85rem; color: #555; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  .cover { min-height: 0; height: 240mm; break-after: page; page-break-after: always; }
  .toc { break-after: page; page-break-after: always; }
  .toolkit-module { break-before: page; page-break-before: always; }
  .answer-key { break-before: page; page-break-before: always; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  table, tr, .questions > li, .module-meta, .notice { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`.trim();

/**
 * A printable HTML document with every module of a track in one language: a cover, the contents, then each module
 * on new pages, with the answer keys on pages of their own (so quiz pages can be copied for participants). No
 * scripts (a Content-Security-Policy forbids them too), no external resources, all content escaped. Print it from
 * a browser (Ctrl+P, "Save as PDF") or with headless Chromium's `--print-to-pdf`.
 */
export function renderFacilitatorPack(
  toolkit: Toolkit,
  track: ToolkitTrack,
  language: string,
  options: FacilitatorPackOptions = {},
): string {
  const labels = labelsFor(language);
  const summaries = toolkit.tracks(language);
  const summary = summaries.find((t) => t.id === track)!;
  const found = toolkit.listModules({ track, language, fallback: options.fallback ?? ['en'] });
  const inPack = new Set(found.map((entry) => entry.module.slug));

  const moduleLink = (slug: string) => {
    if (inPack.has(slug)) return { href: `#${moduleAnchor(slug)}` };
    const other = toolkit.getModule(slug, language, { fallback: options.fallback ?? ['en'] });
    const otherTrack = summaries.find((t) => t.id === toolkit.trackOf(slug));
    if (!other || !otherTrack) return undefined;
    return { note: fill(labels.otherPackRef, { title: other.module.title, pack: otherTrack.title }) };
  };

  const out: string[] = [];
  out.push('<!doctype html>');
  out.push(`<html lang="${escapeHtml(language)}">`);
  out.push('<head>');
  out.push('<meta charset="utf-8">');
  out.push(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'">`,
  );
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${escapeHtml(`${labels.facilitatorPack}: ${summary.title}`)}</title>`);
  out.push(`<style>\n${PACK_CSS}\n</style>`);
  out.push('</head>');
  out.push('<body>');

  const total = found.reduce((sum, entry) => sum + entry.module.durationMinutes, 0);
  out.push('<header class="cover">');
  out.push(`<p class="kicker">REGIN Lab · ${escapeHtml(labels.facilitatorPack)}</p>`);
  out.push(`<h1>${escapeHtml(summary.title)}</h1>`);
  out.push(`<p>${escapeHtml(summary.description)}</p>`);
  out.push(
    `<p>${escapeHtml(labels.total)}: ${found.length} × ${escapeHtml(labels.module.toLowerCase())}, ${total}&nbsp;${escapeHtml(labels.minutes)}</p>`,
  );
  out.push('</header>');

  out.push(
    `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(labels.contents)}</h2><ol>`,
  );
  for (const entry of found) {
    out.push(
      `<li><a href="#${escapeHtml(moduleAnchor(entry.module.slug))}">${escapeHtml(entry.module.title)}</a> <span class="duration">(${entry.module.durationMinutes}&nbsp;${escapeHtml(labels.minutes)})</span></li>`,
    );
  }
  out.push('</ol></nav>');

  out.push('<main>');
  found.forEach((entry, i) => {
    const notices: string[] = [];
    if (entry.isFallback) {
      notices.push(
        fill(labels.fallbackNotice, {
          language: languageName(language, language),
          fallback: languageName(entry.language, language),
        }),
      );
    }
    if (entry.outdated && entry.module.translatedFrom) {
      notices.push(
        fill(labels.outdatedNotice, {
          sourceVersion: entry.module.translatedFrom.version,
          version: entry.source.version,
        }),
      );
    }
    out.push(
      renderModuleHtml(entry.module, {
        labelsLanguage: language,
        headingLevel: 2,
        number: i + 1,
        moduleLink,
        notices,
        answers: options.answers ?? 'key',
      }),
    );
  });
  out.push('</main>');
  out.push(`<footer><p>${escapeHtml(labels.footer)}</p></footer>`);
  out.push('</body>');
  out.push('</html>');
  return `${out.join('\n')}\n`;
}
