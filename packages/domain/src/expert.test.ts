import { describe, expect, it } from 'vitest';
import { expert, PRACTICE_ID } from '../test/fixtures.js';
import { issuesOf } from '../test/helpers.js';
import { expertForPublic, expertSchema } from './expert.js';

describe('expertSchema', () => {
  it('accepts an expert and defaults empty lists', () => {
    const { contact, practiceIds, ...rest } = expert();
    const parsed = expertSchema.parse(rest);
    expect(parsed.contact).toEqual({});
    expect(parsed.practiceIds).toEqual([]);
  });

  it('rejects a bad email inside the contact', () => {
    const value = { ...expert(), contact: { email: 'nobody' } };
    expect(issuesOf(expertSchema, value).map((issue) => issue.path)).toEqual(['contact.email']);
  });

  it('rejects a phone number with letters', () => {
    const value = { ...expert(), contact: { phone: 'call me' } };
    expect(issuesOf(expertSchema, value)).toEqual([
      { path: 'contact.phone', message: 'must be a phone number such as "+46 40 000 000"' },
    ]);
  });

  it('needs a working language and rejects a practice linked twice', () => {
    const value = { ...expert(), languages: [], practiceIds: [PRACTICE_ID, PRACTICE_ID] };
    expect(issuesOf(expertSchema, value)).toEqual([
      { path: 'languages', message: 'name at least one working language' },
      { path: 'practiceIds', message: 'each practice may be linked only once' },
    ]);
  });
});

describe('expertForPublic', () => {
  it('hides contact details without consent', () => {
    const parsed = expertSchema.parse(expert());
    expect(expertForPublic(parsed).contact).toEqual({});
    expect(parsed.contact.email).toBe('expert@example.org');
  });

  it('keeps contact details with consent', () => {
    const parsed = expertSchema.parse({ ...expert(), contactConsent: true });
    expect(expertForPublic(parsed).contact).toEqual({ email: 'expert@example.org', phone: '+46 40 000 000' });
  });
});
