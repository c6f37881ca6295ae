import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/issues.js';
import { createToolkit } from '../src/toolkit.js';
import type { ContentFile, ContentIssue } from '../src/types.js';
import { parseContent, validateContent } from '../src/validate.js';
import { edit, readFixture } from './helpers.js';

const SAMPLE_EN = 'content/stakeholders/sample-module/en.md';
const SAMPLE_CA = 'content/stakeholders/sample-module/ca.md';
const OTHER_EN = 'content/stakeholders/other-module/en.md';

const errors = (issues: ContentIssue[]) => issues.filter((i) => i.severity === 'error').map(formatIssue);
const plain = (issues: ContentIssue[]) =>
  issues.map((issue) => `${issue.severity}: ${issue.file}: ${issue.field} ${issue.message}`);

describe('validateContent: a broken file', () => {
  it('names the file and the field of a missing required field and of an answerIndex past the options', async () => {
    const issues = validateContent(await readFixture('broken'));
    const messages = issues.map(formatIssue);
    expect(messages).toContain('content/stakeholders/broken-module/en.md:2: title is required');
    expect(messages).toContain(
      'content/stakeholders/broken-module/en.md:21: quiz.0.answerIndex must point at one of the 3 options (0 to 2)',
    );
    expect(issues.every((issue) => issue.severity === 'error')).toBe(true);
    expect(issues.find((issue) => issue.field === 'title')).toMatchObject({
      file: 'content/stakeholders/broken-module/en.md',
      field: 'title',
      message: 'is required',
    });
  });

  it('accepts files given as a path → text record', async () => {
    const files = await readFixture('broken');
    const record = Object.fromEntries(files.map((file) => [file.path, file.text]));
    expect(validateContent(record)).toEqual(validateContent(files));
  });
});

describe('validateContent: one file at a time', () => {
  const one = (text: string, path = 'content/stakeholders/x-module/en.md') =>
    validateContent([{ path, text }]);
  const base = async () => (await readFixture('outdated')).find((file) => file.path === OTHER_EN)!.text;
  const at = (text: string) =>
    text.replaceAll('other-module', 'x-module').replace('(module:sample-module)', '(#top)');

  it('accepts the base file', async () => {
    expect(plain(one(at(await base())))).toEqual([]);
  });

  it('rejects a file without frontmatter, and invalid YAML with its line', async () => {
    expect(errors(one('# Title\n'))).toEqual([
      'content/stakeholders/x-module/en.md:1: must start with a YAML frontmatter block between two "---" lines',
    ]);
    const broken = at(await base()).replace(
      'durationMinutes: 30\nobjectives',
      'durationMinutes: [30\nobjectives',
    );
    const messages = errors(one(broken));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/stakeholders\/x-module\/en\.md:\d+: has invalid YAML: /);
  });

  it('names wrong types, unknown fields, bad enums and empty lists', async () => {
    const text = at(await base())
      .replace('version: 1.0.0', 'version: 1.0')
      .replace('kind: discussion', 'kind: lecture')
      .replace('title: Other module', 'title: Other module\ncolour: blue')
      .replace('objectives:\n  - Link back.', 'objectives: []');
    expect(plain(one(text))).toEqual([
      'error: content/stakeholders/x-module/en.md: version must be a string',
      'error: content/stakeholders/x-module/en.md: objectives must have at least 1 item',
      expect.stringMatching(
        /^error: content\/stakeholders\/x-module\/en\.md: sessions\.0\.activities\.0\.kind must be one of: presentation, /,
      ),
      'error: content/stakeholders/x-module/en.md: colour is not a field of a toolkit module',
    ]);
  });

  it('keeps facilitator notes in the body, and requires a body', async () => {
    const text = at(await base()).replace(
      'title: Other module',
      'title: Other module\nfacilitatorNotes: Hello',
    );
    expect(plain(one(text))).toContain(
      'error: content/stakeholders/x-module/en.md: facilitatorNotes belongs in the Markdown body after the frontmatter, not in the frontmatter',
    );
    const empty = at(await base()).replace(/---\n\n## Notes[\s\S]*$/, '---\n');
    expect(plain(one(empty))).toEqual([
      'error: content/stakeholders/x-module/en.md: body is required: the facilitator notes in Markdown, with "##" sections',
    ]);
  });

  it('wants "##" sections and no level-1 heading in the body', async () => {
    const text = at(await base()).replace('## Notes', '# Notes');
    expect(plain(one(text))).toEqual([
      'error: content/stakeholders/x-module/en.md: body uses a level-1 heading "Notes": start sections with "##" (the title is the module\'s only level-1 heading)',
      'warning: content/stakeholders/x-module/en.md: body has no "##" section',
    ]);
  });

  it('checks that durations add up exactly', async () => {
    const text = at(await base()).replace(
      'durationMinutes: 30\nobjectives',
      'durationMinutes: 45\nobjectives',
    );
    expect(plain(one(text))).toEqual([
      'error: content/stakeholders/x-module/en.md: durationMinutes is 45 but the sessions add up to 30',
    ]);
    const activities = at(await base()).replace(
      'kind: discussion\n        durationMinutes: 30',
      'kind: discussion\n        durationMinutes: 20',
    );
    expect(plain(one(activities))).toEqual([
      'error: content/stakeholders/x-module/en.md: sessions.0.durationMinutes is 30 but the activities add up to 20',
    ]);
  });

  it('checks that the path agrees with the frontmatter', async () => {
    expect(plain(one(at(await base()), 'content/regional_staff/x-module/ca.md'))).toEqual([
      'error: content/regional_staff/x-module/ca.md: track is "stakeholders" but the file\'s path says "regional_staff" (content/<track>/<slug>/<lang>.md)',
      'error: content/regional_staff/x-module/ca.md: language is "en" but the file\'s path says "ca" (content/<track>/<slug>/<lang>.md)',
    ]);
  });

  it('requires sourceVersion with translatedFrom', async () => {
    const text = at(await base()).replace('language: en', 'language: en\ntranslatedFrom: ca');
    expect(plain(one(text))).toEqual([
      'error: content/stakeholders/x-module/en.md: sourceVersion is required on a translation: the version of the source it was translated from',
    ]);
  });
});

describe('validateContent: across files', () => {
  it('accepts the outdated fixture with a warning only', async () => {
    expect(plain(validateContent(await readFixture('outdated')))).toEqual([
      `warning: ${SAMPLE_CA}: sourceVersion is 1.0.0 but the source is at 1.1.0: the translation is outdated`,
    ]);
  });

  it('reports a module: link to a module missing in that language', async () => {
    const files = (await readFixture('outdated')).filter(
      (file) => file.path !== 'content/stakeholders/other-module/ca.md',
    );
    expect(errors(validateContent(files))).toEqual([
      `${SAMPLE_CA}: sessions.1.activities.0.description links to module:other-module, which has no "ca" version (it has en)`,
    ]);
    const unknown = edit(files, SAMPLE_EN, '(module:other-module)', '(module:no-such-module)');
    expect(errors(validateContent(unknown))).toContain(
      `${SAMPLE_EN}: sessions.1.activities.0.description links to module:no-such-module, which does not exist`,
    );
  });

  it('reports links in the body with their line', async () => {
    const files = edit(
      await readFixture('outdated'),
      OTHER_EN,
      '## Notes\n',
      '## Notes\n\nSee [nothing](module:nothing).\n',
    );
    expect(errors(validateContent(files))).toEqual([
      `${OTHER_EN}:23: body links to module:nothing, which does not exist`,
    ]);
  });

  it('reports a translation whose structure differs from an up-to-date source as errors', async () => {
    let files = edit(await readFixture('outdated'), SAMPLE_EN, 'version: 1.1.0', 'version: 1.0.0');
    files = edit(files, SAMPLE_CA, '    answerIndex: 2\n', '    answerIndex: 1\n');
    files = edit(
      files,
      SAMPLE_CA,
      '  - question: Tercera pregunta?',
      '  - question: Tercera?\n    options: [A, B]\n    answerIndex: 0\n  - question: Quarta?',
    );
    expect(errors(validateContent(files))).toEqual([`${SAMPLE_CA}: quiz has 4, the source (${SAMPLE_EN}) 3`]);
    const answer = edit(
      edit(await readFixture('outdated'), SAMPLE_EN, 'version: 1.1.0', 'version: 1.0.0'),
      SAMPLE_CA,
      '    answerIndex: 2\n',
      '    answerIndex: 1\n',
    );
    expect(errors(validateContent(answer))).toEqual([
      `${SAMPLE_CA}: quiz.2.answerIndex is 1, the source (${SAMPLE_EN}) 2`,
    ]);
  });

  it('downgrades structural differences of an outdated translation to warnings', async () => {
    const files = edit(
      await readFixture('outdated'),
      SAMPLE_CA,
      '    answerIndex: 2\n',
      '    answerIndex: 1\n',
    );
    const issues = validateContent(files);
    expect(errors(issues)).toEqual([]);
    expect(plain(issues)).toContain(
      `warning: ${SAMPLE_CA}: quiz.2.answerIndex is 1, the source (${SAMPLE_EN}) 2 (the translation is outdated)`,
    );
  });

  it('rejects a sourceVersion newer than the source, a translation from a missing language, and two sources', async () => {
    const newer = edit(
      await readFixture('outdated'),
      SAMPLE_CA,
      'sourceVersion: 1.0.0',
      'sourceVersion: 2.0.0',
    );
    expect(errors(validateContent(newer))).toEqual([
      `${SAMPLE_CA}: sourceVersion is 2.0.0, newer than the source's version 1.1.0`,
    ]);
    const fromFrench = edit(
      await readFixture('outdated'),
      SAMPLE_CA,
      'translatedFrom: en',
      'translatedFrom: fr',
    );
    expect(errors(validateContent(fromFrench))).toEqual([
      `${SAMPLE_CA}: translatedFrom is "fr" but the source of this module is ${SAMPLE_EN}`,
    ]);
    const twoSources = edit(
      await readFixture('outdated'),
      SAMPLE_CA,
      'translatedFrom: en\nsourceVersion: 1.0.0\n',
      '',
    );
    expect(errors(validateContent(twoSources))).toHaveLength(2);
  });

  it('checks tracks.yaml against the modules', async () => {
    const tracks: ContentFile = {
      path: 'content/tracks.yaml',
      text: [
        'tracks:',
        '  - id: stakeholders',
        '    title: { en: Stakeholders }',
        '    description: { en: For stakeholders. }',
        '    modules: [sample-module, ghost-module]',
      ].join('\n'),
    };
    const result = parseContent([...(await readFixture('outdated')), tracks]);
    expect(errors(result.issues)).toEqual([
      'content/tracks.yaml: tracks.0.modules.1 lists "ghost-module", which has no valid module file',
      `${OTHER_EN}: slug "other-module" is not listed in content/tracks.yaml`,
    ]);
    expect(result.ok).toBe(false);
  });
});

describe('outdated translations in the loader', () => {
  it('flags a translation made from an older source version', async () => {
    const parsed = parseContent(await readFixture('outdated'));
    const toolkit = createToolkit({ tracks: [], modules: parsed.modules });
    expect(toolkit.getModule('sample-module', 'ca')).toMatchObject({
      language: 'ca',
      isFallback: false,
      outdated: true,
      source: { language: 'en', version: '1.1.0' },
      file: SAMPLE_CA,
    });
    expect(toolkit.getModule('sample-module', 'en')).toMatchObject({ outdated: false, isFallback: false });
    expect(toolkit.getModule('other-module', 'ca')?.outdated).toBe(false);
    expect(toolkit.translationStatus('sample-module')).toEqual([
      { language: 'en', version: '1.1.0', isSource: true, outdated: false, file: SAMPLE_EN },
      {
        language: 'ca',
        version: '1.0.0',
        isSource: false,
        sourceVersion: '1.0.0',
        outdated: true,
        file: SAMPLE_CA,
      },
    ]);
  });
});

describe('validateContent: one broken file among valid ones', () => {
  it('reports the broken file only, not the links that point at it', async () => {
    const files = edit(
      await readFixture('outdated'),
      'content/stakeholders/other-module/ca.md',
      'title: Un altre mòdul\n',
      '',
    );
    expect(errors(validateContent(files))).toEqual([
      'content/stakeholders/other-module/ca.md:2: title is required',
    ]);
  });
});
