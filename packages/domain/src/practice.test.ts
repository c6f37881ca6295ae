import { describe, expect, it } from 'vitest';
import { practice, submission } from '../test/fixtures.js';
import { issuesOf, rawIssuesOf } from '../test/helpers.js';
import { authorityRoleSchema, practiceSchema, practiceSubmissionSchema } from './practice.js';

describe('practiceSchema', () => {
  it('accepts a complete practice', () => {
    const parsed = practiceSchema.parse(practice());
    expect(parsed.ratings).toEqual({ relevance: 5, innovation: 4 });
    expect(parsed.title.text.en).toBe('Robotics workshops');
  });

  it('fills defaults for the optional lists', () => {
    const { stakeholders, fundingSources, links, contacts, languages, ratings, ...rest } = practice();
    const parsed = practiceSchema.parse(rest);
    expect([
      parsed.stakeholders,
      parsed.fundingSources,
      parsed.links,
      parsed.contacts,
      parsed.languages,
    ]).toEqual([[], [], [], [], []]);
    expect(parsed.ratings).toEqual({});
  });

  it('rejects a period that ends before it starts', () => {
    const value = { ...practice(), period: { start: '2022-01-01', end: '2021-12-31' } };
    expect(issuesOf(practiceSchema, value)).toEqual([
      { path: 'period.end', message: 'must not be before the start (2022-01-01)' },
    ]);
  });

  it('accepts an open-ended period and a one-day period', () => {
    expect(practiceSchema.safeParse({ ...practice(), period: { start: '2022-01-01' } }).success).toBe(true);
    expect(
      practiceSchema.safeParse({ ...practice(), period: { start: '2022-01-01', end: '2022-01-01' } }).success,
    ).toBe(true);
  });

  it('needs at least one region', () => {
    expect(issuesOf(practiceSchema, { ...practice(), regionCodes: [] })).toEqual([
      { path: 'regionCodes', message: 'name at least one region' },
    ]);
  });

  it('rejects a target group named twice and an unknown one', () => {
    expect(issuesOf(practiceSchema, { ...practice(), targetGroups: ['youth', 'youth'] })).toEqual([
      { path: 'targetGroups', message: 'each target group may appear only once' },
    ]);
    expect(
      issuesOf(practiceSchema, { ...practice(), targetGroups: ['tourists'] }).map((issue) => issue.path),
    ).toEqual(['targetGroups.0']);
  });

  it('rejects a rating outside 1–5 and a criterion that does not exist', () => {
    expect(issuesOf(practiceSchema, { ...practice(), ratings: { relevance: 6 } })).toEqual([
      { path: 'ratings.relevance', message: 'must be from 1 to 5' },
    ]);
    expect(
      issuesOf(practiceSchema, { ...practice(), ratings: { beauty: 3 } }).map((issue) => issue.path),
    ).toEqual(['ratings']);
  });

  it('rejects a lower-case currency and a negative budget', () => {
    const value = { ...practice(), budget: { amount: -1, currency: 'eur' } };
    expect(issuesOf(practiceSchema, value)).toEqual([
      { path: 'budget.amount', message: 'Too small: expected number to be >=0' },
      { path: 'budget.currency', message: 'must be an ISO 4217 code such as "EUR"' },
    ]);
  });

  it('rejects a location off the globe', () => {
    expect(
      issuesOf(practiceSchema, { ...practice(), location: { lat: 91, lon: 2 } }).map((i) => i.path),
    ).toEqual(['location.lat']);
  });

  it('rejects the same link twice', () => {
    const link = { url: 'https://example.org/robotics' };
    expect(issuesOf(practiceSchema, { ...practice(), links: [link, link] })).toEqual([
      { path: 'links.1.url', message: 'duplicate link "https://example.org/robotics" (first at index 0)' },
    ]);
  });

  it('rejects a title whose source language is missing, naming the field', () => {
    const value = { ...practice(), title: { source: 'ca', text: { en: 'Robotics workshops' } } };
    expect(issuesOf(practiceSchema, value)).toEqual([
      { path: 'title.text.ca', message: 'the source language "ca" must have a text' },
    ]);
  });

  it('rejects unknown fields', () => {
    expect(rawIssuesOf(practiceSchema, { ...practice(), score: 3 })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['score'] },
    ]);
  });
});

describe('authorityRoleSchema', () => {
  it.each([
    ['direct', 'leader'],
    ['direct', 'partner'],
    ['direct', 'coordinator'],
    ['indirect', 'funding'],
    ['indirect', 'support'],
  ])('accepts %s / %s', (kind, role) => {
    expect(authorityRoleSchema.safeParse({ kind, role }).success).toBe(true);
  });

  it('rejects a direct role that is indirect', () => {
    expect(issuesOf(authorityRoleSchema, { kind: 'direct', role: 'funding' })).toEqual([
      { path: 'role', message: 'a direct role is one of leader, partner, coordinator; "funding" is not' },
    ]);
  });

  it('reports the mismatch under authorityRole in a practice', () => {
    const value = { ...practice(), authorityRole: { kind: 'indirect', role: 'leader' } };
    expect(issuesOf(practiceSchema, value)).toEqual([
      { path: 'authorityRole.role', message: 'an indirect role is one of funding, support; "leader" is not' },
    ]);
  });
});

describe('practiceSubmissionSchema', () => {
  it('accepts a submission with an empty or absent honeypot', () => {
    expect(practiceSubmissionSchema.safeParse(submission()).success).toBe(true);
    const { website2, ...rest } = submission();
    expect(practiceSubmissionSchema.safeParse(rest).success).toBe(true);
  });

  it('rejects a filled honeypot', () => {
    expect(issuesOf(practiceSubmissionSchema, { ...submission(), website2: 'http://spam.example' })).toEqual([
      { path: 'website2', message: 'must be empty' },
    ]);
  });

  it('requires consent', () => {
    expect(issuesOf(practiceSubmissionSchema, { ...submission(), consent: false })).toEqual([
      { path: 'consent', message: 'consent is required to submit a practice' },
    ]);
  });

  it('caps the size of texts', () => {
    const value = { ...submission(), title: { source: 'pt', text: { pt: 'x'.repeat(201) } } };
    expect(issuesOf(practiceSubmissionSchema, value)).toEqual([
      { path: 'title.text.pt', message: 'must be at most 200 characters' },
    ]);
  });

  it('caps the number of languages of a text', () => {
    const value = {
      ...submission(),
      summary: { source: 'pt', text: { pt: 'a', en: 'b', es: 'c', fr: 'd' } },
    };
    expect(issuesOf(practiceSubmissionSchema, value)).toEqual([
      { path: 'summary.text', message: 'at most 3 languages are allowed, got 4' },
    ]);
  });

  it('needs a policy area and does not let the public set moderation fields', () => {
    expect(issuesOf(practiceSubmissionSchema, { ...submission(), policyAreas: [] })).toEqual([
      { path: 'policyAreas', message: 'choose at least one policy area' },
    ]);
    expect(
      rawIssuesOf(practiceSubmissionSchema, { ...submission(), moderationStatus: 'published' }),
    ).toMatchObject([{ code: 'unrecognized_keys', keys: ['moderationStatus'] }]);
  });

  it('rejects a bad submitter email at its path', () => {
    const value = { ...submission(), submitter: { name: 'Ana', email: 'not-an-email' } };
    expect(issuesOf(practiceSubmissionSchema, value).map((issue) => issue.path)).toEqual(['submitter.email']);
  });
});
