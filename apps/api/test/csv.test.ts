import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/lib/csv.js';

describe('csvCell', () => {
  it('keeps numbers as numbers, negative ones included', () => {
    expect(csvCell(-25.6)).toBe('-25.6');
    expect(csvCell(0)).toBe('0');
  });

  it('turns text a spreadsheet would run as a formula into text', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('quotes separators and line breaks, joins lists with |, leaves empty values empty', () => {
    expect(csvCell('Barcelona, Girona; Lleida')).toBe('"Barcelona, Girona; Lleida"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(['housing', 'health'])).toBe('housing|health');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});
