import { describe, expect, it } from 'vitest';
import { type Block, type Inline, parseInline, parseMarkdown, safeHref } from '../src/markdown.js';

const text = (nodes: Inline[]): string =>
  nodes.map((node) => ('text' in node ? node.text : text(node.children))).join('');

describe('the toolkit Markdown reader', () => {
  it('reads headings, paragraphs over several lines and lists', () => {
    const blocks = parseMarkdown(
      '## Purpose\n\nFirst line\ncontinued.\n\n- one\n  still one\n- two\n\n1. first\n2. second\n',
    );
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'list', 'list']);
    const [heading, paragraph, bullets, numbers] = blocks as [Block, Block, Block, Block];
    expect(heading).toMatchObject({ type: 'heading', level: 2 });
    expect(paragraph.type === 'paragraph' && text(paragraph.children)).toBe('First line continued.');
    expect(bullets.type === 'list' && bullets.items.map(text)).toEqual(['one still one', 'two']);
    expect(numbers).toMatchObject({ type: 'list', ordered: true, start: 1 });
  });

  it('keeps raw HTML as text', () => {
    const [block] = parseMarkdown('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(block?.type === 'paragraph' && block.children).toEqual([
      { type: 'text', text: 'Hello <script>alert(1)</script> <img src=x onerror=alert(1)>' },
    ]);
  });

  it('keeps safe links, turns module links into reader links and drops unsafe targets', () => {
    expect(parseInline('see [the map](module:stakeholder-mapping)')).toEqual([
      { type: 'text', text: 'see ' },
      { type: 'module', slug: 'stakeholder-mapping', children: [{ type: 'text', text: 'the map' }] },
    ]);
    expect(parseInline('[web](https://example.org/a)')).toEqual([
      { type: 'link', href: 'https://example.org/a', children: [{ type: 'text', text: 'web' }] },
    ]);
    expect(parseInline('[click](javascript:alert(1))')).toEqual([{ type: 'text', text: 'click' }]);
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('mailto:a@example.org')).toBe('mailto:a@example.org');
  });

  it('reads emphasis and code, not snake_case', () => {
    expect(parseInline('**bold** and *em* and `x < y` and snake_case_word')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
      { type: 'text', text: ' and ' },
      { type: 'em', children: [{ type: 'text', text: 'em' }] },
      { type: 'text', text: ' and ' },
      { type: 'code', text: 'x < y' },
      { type: 'text', text: ' and snake_case_word' },
    ]);
  });

  it('reads tables', () => {
    const [table] = parseMarkdown('| Step | Minutes |\n| --- | ---: |\n| Intro | 10 |\n| Vote | 20 |');
    expect(table?.type === 'table' && table.rows.map((row) => row.map(text))).toEqual([
      ['Intro', '10'],
      ['Vote', '20'],
    ]);
  });
});
