import { expect, test } from 'vitest';
import { parseCsvText } from '../../../src/adapters/file/readCsv';

// How long this takes is printed by `npm run bench:adapters`.
test('a quoted cell that spans lines is one spreadsheet row', () => {
  const rows = parseCsvText('单位编码,单位名称\r\nD1,"县公安局\r\n（户政）"\r\nD2,人社局\r\n');
  expect(rows).toEqual([
    ['单位编码', '单位名称'],
    ['D1', '县公安局\r\n（户政）'],
    ['D2', '人社局'],
  ]);
});
