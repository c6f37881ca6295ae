import type { Framework } from '@regin/domain';
import { describe, expect, it } from 'vitest';
import { testFramework } from '../../test/fixtures/framework.js';
import { parseCsv } from './csv.js';
import { frameworkToIndicatorCsv, type IndicatorCsvMeta, parseIndicatorCsv } from './indicator-csv.js';

const metaOf = (framework: Framework): IndicatorCsvMeta => {
  const { indicators: _indicators, ...meta } = framework;
  return meta;
};

const META: IndicatorCsvMeta = metaOf(testFramework());

describe('frameworkToIndicatorCsv and parseIndicatorCsv', () => {
  it('round-trip a framework: languages, guidance with line breaks and quotes, tag lists, weights, outcome fields', () => {
    const framework = testFramework();
    const text = frameworkToIndicatorCsv(framework);
    const result = parseIndicatorCsv(text, metaOf(framework));
    expect(result.ok).toBe(true);
    expect(result.ok && result.framework).toEqual(framework);
  });

  it('writes one column per field, language, axis and option part', () => {
    const [header] = parseCsv(frameworkToIndicatorCsv(testFramework())).records;
    expect(header?.cells).toEqual([
      'code',
      'kind',
      'weight',
      'unit',
      'direction',
      'source_language',
      'question:en',
      'question:ca',
      'guidance:en',
      'tag:policy_area',
      'tag:policy_cycle',
      'option1.id',
      'option1.score',
      'option1.label:en',
      'option1.label:ca',
      'option2.id',
      'option2.score',
      'option2.label:en',
      'option2.label:ca',
      'option3.id',
      'option3.score',
      'option3.label:en',
      'option3.label:ca',
    ]);
  });

  it('round-trips through ";", a BOM and decimal commas as a European spreadsheet saves them', () => {
    const framework = testFramework();
    const text = frameworkToIndicatorCsv(framework, { separator: ';', bom: true }).replace(';0.5;', ';0,5;');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(';0,5;');
    const result = parseIndicatorCsv(text, metaOf(framework));
    expect(result.ok && result.framework).toEqual(framework);
  });

  it('reads a hand-written sheet: ";" separator, quoted cells, BOM, notes column, defaults', () => {
    const text = [
      '\uFEFFcode;question:en;question:ca;tag:policy_area;tag:policy_cycle;option1.id;option1.score;option1.label:en;option2.id;option2.score;option2.label:en;# notes',
      'LM-1;"Is there a plan; a real one?";"Hi ha un pla?";labour_market;formulation | implementation;no;0;No;yes;100;"Yes, ""adopted""";check with the ministry',
      'HO-1;Housing aid?;;housing;implementation;no;0;No;yes;100;Yes;',
      'EMP;Employment rate;;labour_market;;;;;;;;',
    ].join('\r\n');
    const result = parseIndicatorCsv(text, META);
    expect(result.ok).toBe(false);
    // EMP has no options and kind defaults to policy: the schema wants two options.
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: ['indicators', 2, 'options'],
        field: 'options',
        indicator: 'EMP',
        line: 4,
        message: 'a policy indicator needs at least two answer options',
      },
    ]);
    // With a kind column (an empty kind means policy) the sheet is valid.
    const withKind = text
      .replace('code;question:en;', 'code;kind;question:en;')
      .replace('LM-1;', 'LM-1;policy;')
      .replace('HO-1;', 'HO-1;;')
      .replace('EMP;', 'EMP;outcome;');
    const ok = parseIndicatorCsv(withKind, META);
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const [lm1, ho1, emp] = ok.framework.indicators;
    expect(lm1).toEqual({
      code: 'LM-1',
      kind: 'policy',
      question: { source: 'en', text: { en: 'Is there a plan; a real one?', ca: 'Hi ha un pla?' } },
      options: [
        { id: 'no', label: { source: 'en', text: { en: 'No' } }, score: 0 },
        { id: 'yes', label: { source: 'en', text: { en: 'Yes, "adopted"' } }, score: 100 },
      ],
      tags: { policy_area: 'labour_market', policy_cycle: ['formulation', 'implementation'] },
      weight: 1,
    });
    expect(ho1?.kind).toBe('policy');
    expect(emp).toMatchObject({ code: 'EMP', kind: 'outcome', options: [] });
    expect(ok.framework.illustrative).toBe(true);
  });

  it('names line and column for a duplicate code, a score of 140, an unknown axis and an unknown tag value', () => {
    const text = [
      'code,question:en,tag:policy_area,tag:target_group,option1.id,option1.score,option1.label:en,option2.id,option2.score,option2.label:en',
      'A-1,First?,labour_market,,no,0,No,yes,140,Yes',
      'A-2,Second?,health,,no,0,No,yes,100,Yes',
      'A-1,Third?,housing,tcn,no,0,No,yes,100,Yes',
    ].join('\n');
    const result = parseIndicatorCsv(text, META);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(
      result.issues.map(({ line, indicator, field, message }) => ({ line, indicator, field, message })),
    ).toEqual([
      { line: 2, indicator: 'A-1', field: 'option2.score', message: 'must be between 0 and 100' },
      {
        line: 3,
        indicator: 'A-2',
        field: 'tag:policy_area',
        message: 'indicator "A-2": "health" is not a value of axis "policy_area"',
      },
      {
        line: 4,
        indicator: 'A-1',
        field: 'code',
        message: 'duplicate indicator code "A-1" (first at index 0)',
      },
      {
        line: 4,
        indicator: 'A-1',
        field: 'tag:target_group',
        message: 'indicator "A-1" is tagged on axis "target_group", which the framework does not declare',
      },
    ]);
  });

  it('reports unreadable numbers and incomplete options once, at their cell', () => {
    const text = [
      'code,weight,question:en,tag:policy_area,option1.id,option1.score,option1.label:en,option2.id,option2.score,option2.label:en',
      'A-1,heavy,First?,labour_market,no,zero,No,,100,Yes',
    ].join('\n');
    const result = parseIndicatorCsv(text, META);
    if (result.ok) throw new Error('expected issues');
    expect(result.issues.map(({ line, field, message }) => ({ line, field, message }))).toEqual([
      { line: 2, field: 'weight', message: '"heavy" is not a number' },
      { line: 2, field: 'option1.score', message: '"zero" is not a number' },
      { line: 2, field: 'option2.id', message: 'option 2 has a score or label but no id' },
    ]);
  });

  it('refuses unknown and repeated columns and a header without code or question', () => {
    const result = parseIndicatorCsv('code,tags:policy_area,code\nA,x,y\n', META);
    if (result.ok) throw new Error('expected issues');
    expect(result.issues.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 1, field: 'tags:policy_area' },
      { line: 1, field: 'code' },
      { line: 1, field: 'question' },
    ]);
  });

  it('turns a broken quote into an issue with its line', () => {
    const result = parseIndicatorCsv('code,question:en\nA,"never closed\n', META);
    expect(!result.ok && result.issues[0]).toMatchObject({ line: 2 });
  });
});
