import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, detectSeparator, formatCsv, parseCsv, parseDecimal } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, embedded separators and line breaks, with line numbers', () => {
    const text = 'a,b,c\r\n1,"two, with comma","say ""hi"""\r\n3,"line one\r\nline two",x\r\n\r\n5,,\r\n';
    const table = parseCsv(text);
    expect(table.separator).toBe(',');
    expect(table.records).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'two, with comma', 'say "hi"'] },
      { line: 3, cells: ['3', 'line one\nline two', 'x'] },
      // Line 5 is blank and dropped; line 6 keeps its number.
      { line: 6, cells: ['5', '', ''] },
    ]);
  });

  it('strips a BOM and detects ";" as European spreadsheets write it', () => {
    const text = '\uFEFFcode;question:en\nLM-1;"Yes; or no?"\n';
    expect(detectSeparator(text)).toBe(';');
    expect(parseCsv(text).records).toEqual([
      { line: 1, cells: ['code', 'question:en'] },
      { line: 2, cells: ['LM-1', 'Yes; or no?'] },
    ]);
  });

  it('reads a last record without a final line break, and LF-only files', () => {
    expect(parseCsv('a,b\n1,2').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });

  it('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(new CsvSyntaxError('a quoted field is never closed', 2));
    expect(() => parseCsv('a,b\n1,"x"y\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a\n"x"y');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });
});

describe('formatCsv', () => {
  it('quotes only what needs quoting and reads back the same cells', () => {
    const rows = [
      ['code', 'text'],
      ['A', 'plain'],
      ['B', 'with, comma'],
      ['C', 'with "quotes"\nand a line break'],
      ['D', ' edge space'],
    ];
    const text = formatCsv(rows);
    expect(text).toBe(
      'code,text\r\nA,plain\r\nB,"with, comma"\r\nC,"with ""quotes""\nand a line break"\r\nD," edge space"\r\n',
    );
    expect(parseCsv(text).records.map((record) => record.cells)).toEqual(rows);
  });

  it('writes ";" and a BOM on request', () => {
    const text = formatCsv([['a', 'b;c']], { separator: ';', bom: true });
    expect(text).toBe('\uFEFFa;"b;c"\r\n');
    expect(parseCsv(text).records[0]?.cells).toEqual(['a', 'b;c']);
  });
});

describe('parseDecimal', () => {
  it('reads point and comma decimals and refuses the rest', () => {
    expect(parseDecimal('50')).toBe(50);
    expect(parseDecimal('0.5')).toBe(0.5);
    expect(parseDecimal('0,5')).toBe(0.5);
    expect(parseDecimal(' 1e2 ')).toBe(100);
    expect(parseDecimal('1.000,5')).toBeUndefined();
    expect(parseDecimal('fifty')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
  });
});
