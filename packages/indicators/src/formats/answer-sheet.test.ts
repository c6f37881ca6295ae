import { describe, expect, it } from 'vitest';
import { testFramework } from '../../test/fixtures/framework.js';
import type { EngineAnswer } from '../types.js';
import { answersToCsv, parseAnswerSheetCsv } from './answer-sheet.js';

const framework = testFramework();
const HEADER = 'region,round,indicator,option,na,justification,source_title,source_url,source_date';

describe('parseAnswerSheetCsv', () => {
  it('reads options by id, label (any language) or score, N/A, justification and sources', () => {
    const text = [
      HEADER,
      'ES51,2023,LM-1,partly,no,"Two services, one for youth",Regional plan,https://example.org/plan,2023-02-01',
      'es51,2023,LM-2,"Yes, with a fast track; see ""Decree 12, 2021""",,,,,',
      'ES51,2023,HO-1,,yes,No housing competence,Statute of autonomy,,',
      'ITF4,2023,HO-1,50,,,,,',
      'ITF4,2023,LM-1,sí,,,,https://example.org/only-a-url,',
    ].join('\r\n');
    const result = parseAnswerSheetCsv(text, framework);
    expect(result).toEqual({
      ok: true,
      answers: [
        {
          regionCode: 'ES51',
          round: 2023,
          indicatorCode: 'LM-1',
          optionId: 'partly',
          justification: 'Two services, one for youth',
          sources: [
            { kind: 'url', title: 'Regional plan', url: 'https://example.org/plan', date: '2023-02-01' },
          ],
        },
        { regionCode: 'ES51', round: 2023, indicatorCode: 'LM-2', optionId: 'yes' },
        {
          regionCode: 'ES51',
          round: 2023,
          indicatorCode: 'HO-1',
          notApplicable: true,
          justification: 'No housing competence',
          sources: [{ kind: 'document', title: 'Statute of autonomy' }],
        },
        { regionCode: 'ITF4', round: 2023, indicatorCode: 'HO-1', optionId: 'b' },
        {
          regionCode: 'ITF4',
          round: 2023,
          indicatorCode: 'LM-1',
          optionId: 'yes',
          sources: [
            { kind: 'url', title: 'https://example.org/only-a-url', url: 'https://example.org/only-a-url' },
          ],
        },
      ],
    });
  });

  it('takes region and round from defaults when the sheet has no such columns, with ";" and a BOM', () => {
    const text = '\uFEFFindicator;option;na\nLM-1;yes;no\nHO-1;;YES\n';
    expect(parseAnswerSheetCsv(text, framework, { regionCode: 'PT20', round: 2022 })).toEqual({
      ok: true,
      answers: [
        { regionCode: 'PT20', round: 2022, indicatorCode: 'LM-1', optionId: 'yes' },
        { regionCode: 'PT20', round: 2022, indicatorCode: 'HO-1', notApplicable: true },
      ],
    });
  });

  it('refuses an unknown indicator, an unknown option and an option with N/A, each with its line', () => {
    const text = [
      HEADER,
      'ES51,2023,LM-1,yes,no,,,,',
      'ES51,2023,LM-99,yes,no,,,,',
      'ES51,2023,LM-2,maybe,no,,,,',
      'ES51,2023,HO-1,a,yes,,,,',
    ].join('\n');
    expect(parseAnswerSheetCsv(text, framework)).toEqual({
      ok: false,
      issues: [
        {
          line: 3,
          field: 'indicator',
          message: 'indicator "LM-99" does not exist in framework "test-framework" 1.0.0',
        },
        {
          line: 4,
          field: 'option',
          message: '"maybe" is not an option of indicator "LM-2" (options: no, yes)',
        },
        { line: 5, field: 'na', message: 'an answer is either an option or not applicable (N/A), not both' },
      ],
    });
  });

  it('refuses outcome indicators, repeated rows, ambiguous options, bad regions, rounds, N/A values, URLs and dates', () => {
    const text = [
      HEADER,
      'ES51,2023,EMP-RATE,,,,,,',
      'ES51,2023,LM-1,no,,,,,',
      'ES51,2023,LM-1,yes,,,,,',
      'Catalonia,23,HO-1,No,maybe,,Plan,not a url,01/02/2023',
    ].join('\n');
    const result = parseAnswerSheetCsv(text, framework);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ line, field }) => `${line}:${field}`)).toEqual([
      '2:indicator',
      '4:indicator',
      '5:region',
      '5:round',
      '5:na',
      '5:source_url',
      '5:source_date',
    ]);
    expect(result.issues[1]?.message).toBe(
      'indicator "LM-1" for ES51, round 2023 is already answered at line 3',
    );
    expect(result.issues[4]?.message).toBe('"maybe" is neither yes nor no');
  });

  it('names the label clash when a label matches several options', () => {
    const clash = testFramework();
    clash.indicators[0]!.options[1]!.label.text.ca = 'Sí';
    const result = parseAnswerSheetCsv(`${HEADER}\nES51,2023,LM-1,sí,,,,,\n`, clash);
    expect(!result.ok && result.issues[0]?.message).toBe(
      '"sí" matches several options of indicator "LM-1" (partly, yes); give the option id',
    );
  });

  it('refuses a sheet without the columns it needs, and unknown columns', () => {
    const result = parseAnswerSheetCsv('indicator,answer\nLM-1,yes\n', framework);
    expect(!result.ok && result.issues.map((issue) => issue.field)).toEqual(['answer', 'region', 'round']);
  });
});

describe('answersToCsv', () => {
  it('writes a sheet that reads back to the same answers, with a read-only question column', () => {
    const answers: EngineAnswer[] = [
      {
        regionCode: 'SE22',
        round: 2023,
        indicatorCode: 'LM-2',
        optionId: 'no',
        justification: 'Line one\nline "two"',
        sources: [
          { kind: 'url', title: 'Plan', url: 'https://example.org/a', date: '2023-01-31' },
          { kind: 'document', title: 'Budget, 2023' },
        ],
      },
      { regionCode: 'SE22', round: 2023, indicatorCode: 'LM-1', optionId: 'yes' },
      { regionCode: 'ES51', round: 2023, indicatorCode: 'HO-1', notApplicable: true },
    ];
    const text = answersToCsv(answers, framework);
    expect(text.split('\r\n')[0]).toBe(
      'region,round,indicator,question,option,na,justification,source_title,source_url,source_date,source2_title,source2_url,source2_date',
    );
    const result = parseAnswerSheetCsv(text, framework);
    expect(result).toEqual({ ok: true, answers: [answers[2], answers[1], answers[0]] });
  });
});
