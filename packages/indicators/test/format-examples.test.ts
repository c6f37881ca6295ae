import { describe, expect, it } from 'vitest';
import { parseAnswerSheetCsv, parseIndicatorCsv } from '../src/formats/index.js';
import answersCsv from './fixtures/formats/answers.csv?raw';
import indicatorsCsv from './fixtures/formats/indicators.csv?raw';
import { testFramework } from './fixtures/framework.js';

/** The examples docs/file-formats.md shows are these files: they must stay valid. */
describe('the examples of docs/file-formats.md', () => {
  const { indicators: _indicators, ...meta } = testFramework();

  it('indicator list', () => {
    const result = parseIndicatorCsv(indicatorsCsv, meta);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.framework.indicators.map((indicator) => [indicator.code, indicator.kind, indicator.weight]),
    ).toEqual([
      ['LM-1', 'policy', 1],
      ['HO-1', 'policy', 0.5],
      ['EMP-RATE', 'outcome', 1],
    ]);
    expect(result.framework.indicators[0]?.guidance?.text.en).toBe('Count services "open to all", too.');
    expect(result.warnings).toEqual([]);
  });

  it('answer sheet', () => {
    const framework = parseIndicatorCsv(indicatorsCsv, meta);
    if (!framework.ok) throw new Error('example framework invalid');
    expect(parseAnswerSheetCsv(answersCsv, framework.framework)).toEqual({
      ok: true,
      answers: [
        {
          regionCode: 'ES51',
          round: 2023,
          indicatorCode: 'LM-1',
          optionId: 'partly',
          justification: 'Two services; one only for young people',
          sources: [
            { kind: 'url', title: 'Pla de ciutadania', url: 'https://example.org/pla', date: '2023-02-01' },
          ],
        },
        {
          regionCode: 'ES51',
          round: 2023,
          indicatorCode: 'HO-1',
          notApplicable: true,
          justification: 'Housing is not a regional competence here',
        },
      ],
    });
  });
});
