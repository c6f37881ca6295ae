import { DAC_CRITERIA, EVALUATION_RATING_LEVELS, REGIN_ASPECTS } from '@regin/domain';
import { describe, expect, it } from 'vitest';
import { DAC_CRITERIA_SET } from './dac.js';
import { REGIN_ASPECTS_SET } from './regin.js';
import type { CriteriaSetInput } from './schema.js';
import { validateCriteriaSet } from './validate.js';

const en = (text: string) => ({ source: 'en', text: { en: text } });

/** A small custom set: two criteria on a 1–3 scale. */
function customSet(): CriteriaSetInput {
  const criterion = (id: string) => ({
    id,
    name: en(id),
    definition: en(`What ${id} means`),
    questions: [en(`Is there ${id}?`)],
    levels: [1, 2, 3].map((rating) => ({ rating, descriptor: en(`${id} at level ${rating}`) })),
  });
  return {
    id: 'funder',
    name: en("A funder's criteria"),
    scale: [
      { rating: 1, key: 'weak', label: en('Weak') },
      { rating: 2, key: 'fair', label: en('Fair') },
      { rating: 3, key: 'good', label: en('Good') },
    ],
    criteria: [criterion('reach'), criterion('cost')],
  };
}

describe('built-in criteria sets', () => {
  it.each([
    [DAC_CRITERIA_SET, DAC_CRITERIA],
    [REGIN_ASPECTS_SET, REGIN_ASPECTS],
  ] as const)('%# holds the domain criteria, in order, and passes its own schema', (set, ids) => {
    expect(set.criteria.map((criterion) => criterion.id)).toEqual([...ids]);
    const result = validateCriteriaSet(set);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each([DAC_CRITERIA_SET, REGIN_ASPECTS_SET])(
    '$id: 2–4 questions, the 1–4 scale described, every text in English and Catalan',
    (set) => {
      expect(set.languages).toEqual(['en', 'ca']);
      expect(set.scale.map((level) => [level.rating, level.key])).toEqual(
        EVALUATION_RATING_LEVELS.map((level) => [level.rating, level.key]),
      );
      for (const criterion of set.criteria) {
        expect(criterion.questions.length).toBeGreaterThanOrEqual(2);
        expect(criterion.questions.length).toBeLessThanOrEqual(4);
        expect(criterion.levels.map((level) => level.rating)).toEqual([1, 2, 3, 4]);
        for (const text of [
          criterion.name,
          criterion.definition,
          ...criterion.levels.map((l) => l.descriptor),
        ]) {
          expect(Object.keys(text.text)).toEqual(['en', 'ca']);
          expect(text.text.ca).not.toBe(text.text.en);
        }
      }
    },
  );

  it('shares one sustainability criterion between the two sets, and cannot be changed', () => {
    const dac = DAC_CRITERIA_SET.criteria.find((criterion) => criterion.id === 'sustainability');
    const regin = REGIN_ASPECTS_SET.criteria.find((criterion) => criterion.id === 'sustainability');
    expect(dac).toBe(regin);
    expect(Object.isFrozen(DAC_CRITERIA_SET.criteria[0]!.levels[0]!.descriptor.text)).toBe(true);
    expect(() => {
      (DAC_CRITERIA_SET.criteria as unknown[]).push({});
    }).toThrow(TypeError);
  });
});

describe('validateCriteriaSet', () => {
  it('accepts a custom set on its own scale', () => {
    const result = validateCriteriaSet(customSet());
    expect(result.ok).toBe(true);
  });

  it('names the criterion of a duplicate id', () => {
    const set = customSet();
    set.criteria[1]!.id = 'reach';
    expect(validateCriteriaSet(set)).toEqual({
      ok: false,
      issues: [
        {
          path: ['criteria', 1, 'id'],
          item: 'reach',
          severity: 'error',
          message: 'criterion "reach", id: duplicate criterion id (first at index 0)',
        },
      ],
    });
  });

  it('requires contiguous scale levels', () => {
    const set = customSet();
    set.scale[2]!.rating = 4; // 1, 2, 4
    for (const criterion of set.criteria) criterion.levels[2]!.rating = 4;
    const result = validateCriteriaSet(set);
    expect(result.issues).toEqual([
      {
        path: ['scale'],
        severity: 'error',
        message: 'scale: levels must be contiguous: 3 is missing between 2 and 4',
      },
    ]);
  });

  it('requires every level of the scale to be described, once, and nothing off the scale', () => {
    const set = customSet();
    set.criteria[0]!.levels.splice(2, 1); // reach: level 3 undescribed
    set.criteria[1]!.levels[0]!.rating = 5; // cost: level 5 is not on the scale, so level 1 is undescribed
    expect(validateCriteriaSet(set).issues.map((issue) => [issue.item, issue.message])).toEqual([
      ['reach', 'criterion "reach", levels: level 3 (good) has no descriptor'],
      ['cost', 'criterion "cost", levels.0.rating: level 5 is not on the scale'],
      ['cost', 'criterion "cost", levels: level 1 (weak) has no descriptor'],
    ]);
  });

  it('requires each level descriptor to have text, and names the criterion', () => {
    const set = customSet();
    set.criteria[1]!.levels[1]!.descriptor = en('   ');
    expect(validateCriteriaSet(set).issues).toEqual([
      {
        path: ['criteria', 1, 'levels', 1, 'descriptor', 'text', 'en'],
        item: 'cost',
        severity: 'error',
        message: 'criterion "cost", levels.1.descriptor.text.en: must not be empty',
      },
    ]);
  });

  it("checks that every text carries the set's languages", () => {
    const set = { ...customSet(), languages: ['en', 'ca'] };
    const issues = validateCriteriaSet(set).issues;
    // name, 3 scale labels, and per criterion name, definition, 1 question, 3 descriptors (6 × 2)
    expect(issues).toHaveLength(1 + 3 + 12);
    expect(issues[0]!.message).toBe("name.text: missing the set's language ca");
    expect(issues.find((issue) => issue.item === 'cost')?.message).toBe(
      'criterion "cost", name.text: missing the set\'s language ca',
    );
  });

  it('numbers a criterion without an id, and reports shape errors', () => {
    const set = customSet() as { criteria: Record<string, unknown>[] };
    delete set.criteria[0]!.id;
    set.criteria[1]!.questions = [];
    const messages = validateCriteriaSet(set).issues.map((issue) => [issue.item, issue.path.join('.')]);
    expect(messages).toEqual([
      ['#1', 'criteria.0.id'],
      ['cost', 'criteria.1.questions'],
    ]);
    expect(validateCriteriaSet(null)).toMatchObject({ ok: false });
  });
});
