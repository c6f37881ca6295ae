import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './module-file.js';

describe('splitFrontmatter', () => {
  it('splits frontmatter and body and tells the line the body starts on', () => {
    expect(splitFrontmatter('---\na: 1\nb: 2\n---\n\n## Notes\n')).toEqual({
      ok: true,
      yaml: 'a: 1\nb: 2\n',
      body: '\n## Notes\n',
      bodyLine: 5,
    });
  });

  it('reads CRLF line ends and a byte-order mark', () => {
    const result = splitFrontmatter('\uFEFF---\r\na: 1\r\n---\r\nText\r\n');
    expect(result).toMatchObject({ ok: true, yaml: 'a: 1\n', body: 'Text\n' });
  });

  it('does not end the frontmatter at a "---" inside a value', () => {
    const result = splitFrontmatter('---\na: x---y\nb: |\n  ----\n---\nBody');
    expect(result).toMatchObject({ ok: true, yaml: 'a: x---y\nb: |\n  ----\n', body: 'Body' });
  });

  it('refuses a file without a frontmatter or without its closing line', () => {
    expect(splitFrontmatter('# Title')).toMatchObject({ ok: false });
    expect(splitFrontmatter('---\na: 1\n')).toEqual({
      ok: false,
      message: 'has no closing "---" line after its frontmatter',
    });
  });
});
