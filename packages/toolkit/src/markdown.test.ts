import { describe, expect, it } from 'vitest';
import { markdownToHtml, moduleLinks } from './markdown.js';

describe('markdownToHtml', () => {
  it('escapes raw HTML instead of passing it through', () => {
    const html = markdownToHtml('Hello <script>alert(1)</script>\n\n<div onclick="x()">block</div>\n');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<div');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('renders no javascript:, data: or other unsafe links, and no images', () => {
    const html = markdownToHtml(
      '[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.org) ![i](https://example.org/i.png)',
    );
    expect(html).not.toMatch(/href="(javascript|data):/);
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">c</a>');
    expect(html).not.toContain('<img');
  });

  it('resolves module: links through the option, or renders their text with a note', () => {
    const source = 'See [the map](module:stakeholder-mapping) and [other](module:health-literacy).';
    const html = markdownToHtml(source, {
      moduleLink: (slug) =>
        slug === 'stakeholder-mapping'
          ? { href: '#module-stakeholder-mapping' }
          : { note: '(see <elsewhere>)' },
    });
    expect(html).toContain('<a href="#module-stakeholder-mapping" class="module-link">the map</a>');
    expect(html).toContain(
      '<span class="module-ref">other</span> <span class="module-note">(see &lt;elsewhere&gt;)</span>',
    );
    expect(markdownToHtml(source)).not.toContain('module:');
  });

  it('shifts heading levels', () => {
    expect(markdownToHtml('## Section', { headingShift: 1 })).toBe('<h3>Section</h3>\n');
    expect(markdownToHtml('###### Deep', { headingShift: 3 })).toBe('<h6>Deep</h6>\n');
  });
});

describe('moduleLinks', () => {
  it('finds module: links with their text and line, outside code', () => {
    const source =
      'Intro\n\nSee [A](module:a-module) and\n[B](module:b).\n\n`[C](module:c)`\n\n    [D](module:d)\n';
    expect(moduleLinks(source)).toEqual([
      { slug: 'a-module', text: 'A', line: 3 },
      { slug: 'b', text: 'B', line: 3 },
    ]);
  });
});
