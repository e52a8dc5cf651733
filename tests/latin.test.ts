import { describe, expect, test } from 'vitest';
import { latinWords } from './latin';

describe('latinWords: the English that reaches a Chinese screen', () => {
  test('finds runs of 3+ Latin letters, even glued to Chinese, and says where', () => {
    expect(latinWords(['规则 near-deadline 已触发', '方案default-2025', '演示场景：normal'])).toEqual([
      'near … 规则 near-deadline 已触发',
      'deadline … 规则 near-deadline 已触发',
      'default … 方案default-2025',
      'normal … 演示场景：normal',
    ]);
  });

  test('lets through formats staff use as they are, addresses, and short tokens', () => {
    expect(
      latinWords(['导出 Word、导出 Excel、导出长图（PNG）、打印 / 导出PDF', '接口（HTTP）', 'http://mock.test/api/v1', '12345热线', 'A4 纸', 'pp']),
    ).toEqual([]);
  });
});
