import type { ToolkitModule } from '@regin/domain';
import { describe, expect, it } from 'vitest';
import {
  createToolkit,
  escapeHtml,
  facilitatorPackHtml,
  getModule,
  listModules,
  parseContent,
  renderFacilitatorPack,
  renderModuleHtml,
} from '../src/index.js';
import { readFixture } from './helpers.js';

const EVIL = '<script>alert("x")</script>';

/** A valid module whose every text field carries a script tag. */
function hostileModule(): ToolkitModule {
  return {
    slug: 'hostile',
    track: 'stakeholders',
    version: '1.0.0',
    language: 'en',
    title: `Title ${EVIL}`,
    objectives: [`Objective ${EVIL}`],
    durationMinutes: 30,
    audience: `Audience ${EVIL}`,
    sessions: [
      {
        title: `Session ${EVIL}`,
        durationMinutes: 30,
        activities: [
          {
            title: `Activity ${EVIL}`,
            kind: 'exercise',
            durationMinutes: 30,
            description: `Description ${EVIL} [click](javascript:alert(1)) <img src=x onerror=alert(1)>`,
          },
        ],
      },
    ],
    facilitatorNotes: `## Notes ${EVIL}\n\n${EVIL}\n\n<iframe src="https://example.org"></iframe>\n\n[x](module:hostile "t<script>")`,
    resources: [{ title: `Resource ${EVIL}`, url: 'https://example.org/?q="><script>alert(1)</script>' }],
    quiz: [
      {
        question: `Question ${EVIL}`,
        options: [`Option ${EVIL}`, 'Other'],
        answerIndex: 0,
        explanation: `Because ${EVIL}`,
      },
    ],
  };
}

describe('renderModuleHtml', () => {
  it('renders every part of a module', () => {
    const { module } = getModule('monitoring-evaluation', 'en')!;
    const html = renderModuleHtml(module);
    expect(html).toMatch(/^<article class="toolkit-module" id="module-monitoring-evaluation" lang="en">/);
    expect(html).toContain('<h1>Monitoring and evaluating integration actions with KPIs</h1>');
    for (const objective of module.objectives) expect(html).toContain(escapeHtml(objective));
    expect(html).toContain('Session 2. Evaluating actions and training');
    expect(html).toContain('<h2>Facilitator notes</h2>');
    expect(html).toContain('<h3>Purpose of the module</h3>');
    expect(html).toContain('<a href="#module-swot-priorities" class="module-link">joint diagnosis</a>');
    expect(html).toContain('<h2>Answer key</h2>');
    expect(html).toContain(
      '<li><strong>C</strong> (The share of participants who reach level A2 within a year).',
    );
  });

  it('uses labels in the module language, and answers inline or none on request', () => {
    const { module } = getModule('health-literacy', 'ca')!;
    const html = renderModuleHtml(module, { answers: 'inline' });
    expect(html).toContain('Objectius d’aprenentatge');
    expect(html).toContain('traducció de l’original en anglès, versió 1.0.0');
    expect(html).toContain('<li class="correct">');
    expect(html).not.toContain('Solucionari');
    expect(html).toContain('<h2>Autoavaluació</h2>');
    expect(renderModuleHtml(module, { answers: 'none' })).not.toContain('<h2>Autoavaluació</h2>');
  });

  it('escapes every text and lets no raw HTML or script through', () => {
    const html = renderModuleHtml(hostileModule(), { answers: 'inline' });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img|<iframe|href="javascript:/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('href="https://example.org/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe('facilitatorPackHtml', () => {
  it('is a complete printable document for a track and language, without scripts', () => {
    const html = facilitatorPackHtml('stakeholders', 'ca');
    expect(html).toMatch(/^<!doctype html>\n<html lang="ca">/);
    expect(html).toContain("script-src 'none'");
    expect(html).toContain('@page');
    expect(html).toContain('break-before: page');
    expect(html).not.toMatch(/<script|<link|<img|src=/i);
    expect(html).toContain(
      '<h1>Enfortiment de capacitats per als actors clau de les comunitats d&#39;acollida</h1>',
    );
    const modules = listModules({ track: 'stakeholders', language: 'ca' });
    for (const [i, entry] of modules.entries()) {
      expect(html).toContain(`<article class="toolkit-module" id="module-${entry.module.slug}" lang="ca">`);
      expect(html).toContain(`<p class="module-number">Mòdul ${i + 1}</p>`);
    }
    expect(html.match(/<article /g)).toHaveLength(4);
    // Links inside the pack are anchors; links to the other track's modules name the module and its pack.
    expect(html).toContain('<a href="#module-stakeholder-mapping" class="module-link">');
    expect(html).toContain(
      '<span class="module-ref">seguiment i avaluació</span> <span class="module-note">(vegeu «Seguiment i avaluació de les accions d&#39;integració amb indicadors clau» al dossier «Formació per al personal regional que acompanya les persones nouvingudes»)</span>',
    );
    expect(html).not.toContain('module:');
  });

  it('escapes <script> in content', () => {
    const toolkit = createToolkit({
      tracks: [],
      modules: [{ file: 'content/stakeholders/hostile/en.md', module: hostileModule() }],
    });
    const html = renderFacilitatorPack(toolkit, 'stakeholders', 'en');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Title &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<title>Facilitator pack: stakeholders</title>');
  });

  it('marks modules shown in a fallback language and outdated translations', async () => {
    const parsed = parseContent(await readFixture('outdated'));
    const withoutOtherCa = parsed.modules.filter((m) => m.file !== 'content/stakeholders/other-module/ca.md');
    const toolkit = createToolkit({ tracks: [], modules: withoutOtherCa });
    const html = renderFacilitatorPack(toolkit, 'stakeholders', 'ca');
    expect(html).toContain(
      '<p class="notice">Aquest mòdul encara no està disponible en català; se’n mostra la versió en anglès.</p>',
    );
    expect(html).toContain('<article class="toolkit-module" id="module-other-module" lang="en">');
    expect(html).toContain(
      'Aquesta traducció segueix la versió 1.0.0 de l’original, que ara és a la versió 1.1.0',
    );
  });
});
