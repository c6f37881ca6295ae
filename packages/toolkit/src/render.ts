import type { ToolkitModule } from '@regin/domain';
import { fill, labelsFor, languageName, type RenderLabels } from './labels.js';
import { escapeHtml, type ModuleLinkTarget, markdownToHtml } from './markdown.js';

export interface RenderModuleOptions {
  /** Language of the labels ("Learning objectives", "Sessions"…); default the module's language. */
  labelsLanguage?: string;
  /** Resolves `module:<slug>` links; default `#module-<slug>` (an anchor in the same page). */
  moduleLink?: (slug: string) => ModuleLinkTarget | undefined;
  /** `key` (default): questions, then an answer key on its own page when printed; `inline`: answers under each question; `none`. */
  answers?: 'key' | 'inline' | 'none';
  /** Level of the module title heading, 1 (default) to 3; the sections follow one level below. */
  headingLevel?: 1 | 2 | 3;
  /** Module number shown above the title ("Module 2"). */
  number?: number;
  /** Notices shown under the title (plain text, escaped): a fallback or an outdated translation. */
  notices?: readonly string[];
}

const LETTERS = 'ABCDEFGH';

function h(level: number, text: string, attrs = ''): string {
  const n = Math.min(6, level);
  return `<h${n}${attrs}>${text}</h${n}>`;
}

function minutes(value: number, labels: RenderLabels): string {
  return `${value}&nbsp;${escapeHtml(labels.minutes)}`;
}

/** The id of a module's `<article>`: `module-<slug>`. */
export function moduleAnchor(slug: string): string {
  return `module-${slug}`;
}

/**
 * One module as an HTML fragment (`<article>`): title, audience, duration, objectives, sessions with their
 * activities, facilitator notes (the Markdown body), resources and the self-assessment quiz. Every text is escaped
 * and the Markdown is rendered without raw HTML, so nothing in the content can inject markup or scripts.
 */
export function renderModuleHtml(module: ToolkitModule, options: RenderModuleOptions = {}): string {
  const labels = labelsFor(options.labelsLanguage ?? module.language);
  const level = options.headingLevel ?? 1;
  const moduleLink = options.moduleLink ?? ((slug: string) => ({ href: `#${moduleAnchor(slug)}` }));
  const md = (text: string, shift: number) => markdownToHtml(text, { moduleLink, headingShift: shift });
  const answers = options.answers ?? 'key';
  const out: string[] = [];

  out.push(
    `<article class="toolkit-module" id="${escapeHtml(moduleAnchor(module.slug))}" lang="${escapeHtml(module.language)}">`,
  );
  out.push('<header>');
  if (options.number !== undefined) {
    out.push(`<p class="module-number">${escapeHtml(labels.module)} ${options.number}</p>`);
  }
  out.push(h(level, escapeHtml(module.title)));
  out.push('<dl class="module-meta">');
  out.push(`<dt>${escapeHtml(labels.audience)}</dt><dd>${escapeHtml(module.audience)}</dd>`);
  out.push(`<dt>${escapeHtml(labels.duration)}</dt><dd>${minutes(module.durationMinutes, labels)}</dd>`);
  const translated = module.translatedFrom
    ? ` (${escapeHtml(
        fill(labels.translatedFrom, {
          language: languageName(module.translatedFrom.language, options.labelsLanguage ?? module.language),
          version: module.translatedFrom.version,
        }),
      )})`
    : '';
  out.push(`<dt>${escapeHtml(labels.version)}</dt><dd>${escapeHtml(module.version)}${translated}</dd>`);
  out.push('</dl>');
  for (const notice of options.notices ?? []) out.push(`<p class="notice">${escapeHtml(notice)}</p>`);
  out.push('</header>');

  out.push(`<section class="objectives">${h(level + 1, escapeHtml(labels.objectives))}<ol>`);
  for (const objective of module.objectives) out.push(`<li>${escapeHtml(objective)}</li>`);
  out.push('</ol></section>');

  out.push(`<section class="sessions">${h(level + 1, escapeHtml(labels.sessions))}`);
  module.sessions.forEach((session, i) => {
    out.push('<section class="session">');
    out.push(
      h(
        level + 2,
        `${escapeHtml(labels.session)} ${i + 1}. ${escapeHtml(session.title)} <span class="duration">(${minutes(session.durationMinutes, labels)})</span>`,
      ),
    );
    out.push(
      `<table><thead><tr><th scope="col">${escapeHtml(labels.activity)}</th><th scope="col">${escapeHtml(labels.format)}</th><th scope="col" class="num">${escapeHtml(labels.minutes)}</th></tr></thead><tbody>`,
    );
    for (const activity of session.activities) {
      out.push(
        `<tr><td><p class="activity-title">${escapeHtml(activity.title)}</p><div class="activity-description">${md(activity.description, level + 2)}</div></td><td>${escapeHtml(labels.activityKinds[activity.kind])}</td><td class="num">${activity.durationMinutes}</td></tr>`,
      );
    }
    out.push('</tbody></table></section>');
  });
  out.push('</section>');

  if (module.facilitatorNotes.trim() !== '') {
    out.push(
      `<section class="facilitator-notes">${h(level + 1, escapeHtml(labels.facilitatorNotes))}${md(module.facilitatorNotes, level)}</section>`,
    );
  }

  if (module.resources.length > 0) {
    out.push(`<section class="resources">${h(level + 1, escapeHtml(labels.resources))}<ul>`);
    for (const resource of module.resources) {
      const link = resource.url
        ? ` <a href="${escapeHtml(resource.url)}" rel="noopener noreferrer">${escapeHtml(resource.url)}</a>`
        : '';
      out.push(`<li>${escapeHtml(resource.title)}${link}</li>`);
    }
    out.push('</ul></section>');
  }

  if (module.quiz.length > 0 && answers !== 'none') {
    out.push(`<section class="quiz">${h(level + 1, escapeHtml(labels.quiz))}<ol class="questions">`);
    for (const question of module.quiz) {
      out.push(`<li><p class="question">${escapeHtml(question.question)}</p><ol class="options" type="A">`);
      question.options.forEach((option, i) => {
        const correct = answers === 'inline' && i === question.answerIndex ? ' class="correct"' : '';
        out.push(`<li${correct}>${escapeHtml(option)}</li>`);
      });
      out.push('</ol>');
      if (answers === 'inline' && question.explanation) {
        out.push(`<p class="explanation">${escapeHtml(question.explanation)}</p>`);
      }
      out.push('</li>');
    }
    out.push('</ol></section>');
    if (answers === 'key') {
      out.push(`<section class="answer-key">${h(level + 1, escapeHtml(labels.answerKey))}<ol>`);
      for (const question of module.quiz) {
        const letter = LETTERS[question.answerIndex] ?? String(question.answerIndex + 1);
        const explanation = question.explanation ? ` ${escapeHtml(question.explanation)}` : '';
        out.push(
          `<li><strong>${letter}</strong> (${escapeHtml(question.options[question.answerIndex] ?? '')}).${explanation}</li>`,
        );
      }
      out.push('</ol></section>');
    }
  }
  out.push('</article>');
  return out.join('\n');
}
