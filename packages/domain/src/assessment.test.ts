import { describe, expect, it } from 'vitest';
import { assessment, USER_ID } from '../test/fixtures.js';
import { issuesOf } from '../test/helpers.js';
import { answerSchema, assessmentSchema, isAnswered } from './assessment.js';

const validation = { validatedBy: USER_ID, validatedAt: '2022-10-01T10:00:00Z' };

describe('answerSchema', () => {
  it('fills defaults for a bare answer', () => {
    expect(answerSchema.parse({ indicatorCode: 'LM-1', optionId: 'yes' })).toEqual({
      indicatorCode: 'LM-1',
      optionId: 'yes',
      notApplicable: false,
      sources: [],
      comments: [],
    });
  });

  it('rejects an option together with not applicable', () => {
    expect(issuesOf(answerSchema, { indicatorCode: 'LM-1', optionId: 'yes', notApplicable: true })).toEqual([
      { path: 'notApplicable', message: 'an answer is either an option or not applicable, not both' },
    ]);
  });

  it('accepts not applicable alone', () => {
    expect(answerSchema.parse({ indicatorCode: 'LM-1', notApplicable: true }).notApplicable).toBe(true);
  });

  it('needs validatedBy and validatedAt together', () => {
    expect(issuesOf(answerSchema, { indicatorCode: 'LM-1', optionId: 'yes', validatedBy: USER_ID })).toEqual([
      { path: 'validatedAt', message: 'validatedBy and validatedAt are given together' },
    ]);
  });

  it('refuses to validate an empty answer', () => {
    expect(issuesOf(answerSchema, { indicatorCode: 'LM-1', ...validation })).toEqual([
      {
        path: 'validatedBy',
        message: 'an answer without an option or not-applicable mark cannot be validated',
      },
    ]);
  });

  it('needs the url of a url source', () => {
    const answer = { indicatorCode: 'LM-1', optionId: 'yes', sources: [{ kind: 'url', title: 'Plan' }] };
    expect(issuesOf(answerSchema, answer)).toEqual([
      { path: 'sources.0.url', message: 'a source of kind "url" needs its url' },
    ]);
  });

  it('accepts a document without url and rejects a non-http url', () => {
    expect(
      answerSchema.safeParse({ indicatorCode: 'LM-1', sources: [{ kind: 'document', title: 'Law 5/2020' }] })
        .success,
    ).toBe(true);
    const answer = {
      indicatorCode: 'LM-1',
      sources: [{ kind: 'url', url: 'javascript:alert(1)', title: 'x' }],
    };
    expect(issuesOf(answerSchema, answer).map((issue) => issue.path)).toEqual(['sources.0.url']);
  });

  it('rejects a reviewer comment without a timestamp offset', () => {
    const answer = {
      indicatorCode: 'LM-1',
      comments: [{ authorId: USER_ID, text: 'Source?', at: '2022-10-01 10:00' }],
    };
    expect(issuesOf(answerSchema, answer).map((issue) => issue.path)).toEqual(['comments.0.at']);
  });
});

describe('assessmentSchema', () => {
  it('accepts a draft with an unanswered indicator', () => {
    const value = assessment();
    value.answers.push({ indicatorCode: 'HO-1' });
    expect(assessmentSchema.safeParse(value).success).toBe(true);
  });

  it('requires an option or N/A once submitted', () => {
    const value = { ...assessment(), status: 'submitted' as const };
    value.answers.push({ indicatorCode: 'HO-1' });
    expect(issuesOf(assessmentSchema, value)).toEqual([
      {
        path: 'answers.1.optionId',
        message: 'indicator "HO-1" needs an option or "not applicable" once the assessment is submitted',
      },
    ]);
  });

  it('requires every answer to be validated once validated', () => {
    const value = { ...assessment(), status: 'validated' as const };
    value.answers.push({ indicatorCode: 'HO-1', notApplicable: true, ...validation });
    expect(issuesOf(assessmentSchema, value)).toEqual([
      {
        path: 'answers.0.validatedBy',
        message: 'indicator "LM-1" must be validated before the assessment is validated',
      },
    ]);
  });

  it('accepts a published assessment whose answers are all validated', () => {
    const value = { ...assessment(), status: 'published' as const };
    value.answers = value.answers.map((answer) => ({ ...answer, ...validation }));
    expect(assessmentSchema.safeParse(value).success).toBe(true);
  });

  it('rejects two answers to one indicator', () => {
    const value = assessment();
    value.answers.push({ indicatorCode: 'LM-1', optionId: 'yes' });
    expect(issuesOf(assessmentSchema, value)).toEqual([
      {
        path: 'answers.1.indicatorCode',
        message: 'duplicate answer for indicator "LM-1" (first at index 0)',
      },
    ]);
  });

  it('rejects an unknown status and a round outside the plausible years', () => {
    const value = { ...assessment(), status: 'approved', round: 1800 };
    expect(issuesOf(assessmentSchema, value).map((issue) => issue.path)).toEqual(['round', 'status']);
  });
});

describe('isAnswered', () => {
  it('counts an option or N/A as answered', () => {
    expect(isAnswered({ optionId: 'yes', notApplicable: false })).toBe(true);
    expect(isAnswered({ notApplicable: true })).toBe(true);
    expect(isAnswered({ notApplicable: false })).toBe(false);
  });
});
