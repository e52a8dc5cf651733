import { describe, expect, test } from 'vitest';
import { decodeText } from '../../../src/adapters/file/decode';
import { gbkBytes } from '../fileFixtures';

describe('decoding', () => {
  test('UTF-8 with and without BOM, GBK, UTF-16 LE', () => {
    const text = '单位编码,单位名称\r\nD01,县公安局';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8', hadBom: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeText(withBom)).toEqual({ text, encoding: 'utf-8', hadBom: true });
    expect(decodeText(gbkBytes(text))).toEqual({ text, encoding: 'gbk', hadBom: false });
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(utf16).text).toBe(text);
  });
});
