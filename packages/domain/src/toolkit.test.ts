import { describe, expect, it } from 'vitest';
import { toolkitModule } from '../test/fixtures.js';
import { issuesOf } from '../test/helpers.js';
import { quizQuestionSchema, toolkitModuleSchema } from './toolkit.js';

describe('toolkitModuleSchema', () => {
  it('accepts a module and defaults the facilitator notes', () => {
    const parsed = toolkitModuleSchema.parse(toolkitModule());
    expect(parsed.facilitatorNotes).toBe('');
    expect(parsed.quiz[0]?.answerIndex).toBe(1);
  });

  it('rejects a quiz answerIndex past the options', () => {
    const value = toolkitModule();
    value.quiz![0]!.answerIndex = 2;
    expect(issuesOf(toolkitModuleSchema, value)).toEqual([
      { path: 'quiz.0.answerIndex', message: 'must point at one of the 2 options (0 to 1)' },
    ]);
  });

  it('rejects a negative or fractional answerIndex', () => {
    expect(
      issuesOf(quizQuestionSchema, { question: 'Q', options: ['a', 'b'], answerIndex: -1 }).map(
        (i) => i.path,
      ),
    ).toEqual(['answerIndex']);
    expect(
      issuesOf(quizQuestionSchema, { question: 'Q', options: ['a', 'b'], answerIndex: 0.5 }).map(
        (i) => i.path,
      ),
    ).toEqual(['answerIndex']);
  });

  it('rejects a quiz question with one option or repeated options', () => {
    expect(
      issuesOf(quizQuestionSchema, { question: 'Q', options: ['a'], answerIndex: 0 }).map((i) => i.path),
    ).toEqual(['options']);
    expect(issuesOf(quizQuestionSchema, { question: 'Q', options: ['a', 'a'], answerIndex: 0 })).toEqual([
      { path: 'options', message: 'options must differ from each other' },
    ]);
  });

  it('rejects activities longer than their session', () => {
    const value = toolkitModule();
    value.sessions[0]!.activities[1]!.durationMinutes = 80;
    expect(issuesOf(toolkitModuleSchema, value)).toEqual([
      { path: 'sessions.0.activities', message: "activities take 95 minutes, more than the session's 90" },
    ]);
  });

  it('rejects sessions longer than the module', () => {
    const value = { ...toolkitModule(), durationMinutes: 60 };
    expect(issuesOf(toolkitModuleSchema, value)).toEqual([
      { path: 'sessions', message: "sessions take 90 minutes, more than the module's 60" },
    ]);
  });

  it('rejects a version that is not semver and an unknown track', () => {
    const value = { ...toolkitModule(), version: 'v1', track: 'volunteers' };
    expect(issuesOf(toolkitModuleSchema, value).map((issue) => issue.path)).toEqual(['track', 'version']);
  });

  it('rejects a translation from its own language', () => {
    const value = { ...toolkitModule(), translatedFrom: { language: 'en', version: '1.0.0' } };
    expect(issuesOf(toolkitModuleSchema, value)).toEqual([
      { path: 'translatedFrom.language', message: 'a translation comes from another language' },
    ]);
  });

  it('rejects an unknown activity kind', () => {
    const value = toolkitModule();
    (value.sessions[0]!.activities[0] as { kind: string }).kind = 'lecture';
    expect(issuesOf(toolkitModuleSchema, value).map((issue) => issue.path)).toEqual([
      'sessions.0.activities.0.kind',
    ]);
  });
});
