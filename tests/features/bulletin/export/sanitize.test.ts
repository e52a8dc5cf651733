import { describe, expect, it } from 'vitest';
import { displayWidth, fitColumnWidths, neutralizeFormula, sheetNames } from '../../../../src/features/bulletin/export/sanitize';

describe('spreadsheet safety and layout helpers', () => {
  it('neutralises text beginning with = + - @ tab or carriage return, and nothing else', () => {
    for (const text of ['=1+1', '+86 123', '-县文化局', '@SUM(A1)', '\tcmd', '\rcmd']) expect(neutralizeFormula(text)).toBe(`'${text}`);
    for (const text of ['县教育局', '—', ' =1', '1=1', '']) expect(neutralizeFormula(text)).toBe(text);
  });

  it('counts CJK and fullwidth characters as two columns', () => {
    expect(displayWidth('青岚县')).toBe(6);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('（临时）')).toBe(8);
    expect(
      fitColumnWidths(
        [
          ['单位', '1'],
          ['县住房和城乡建设局', '12,345'],
        ],
        { min: 6, max: 60, padding: 2 },
      ),
    ).toEqual([20, 8]);
  });

  it('makes sheet names Excel accepts: 31 characters, no []:*?/\\, unique', () => {
    const names = sheetNames(['a/b', 'x'.repeat(40), 'x'.repeat(40), 'Ranking', 'ranking']);
    expect(names[0]).toBe('a_b');
    expect(names[1]).toHaveLength(31);
    expect(names[2]).toHaveLength(31);
    expect(names[2]).not.toBe(names[1]);
    expect(names[4]!.toLowerCase()).not.toBe(names[3]!.toLowerCase());
  });
});
