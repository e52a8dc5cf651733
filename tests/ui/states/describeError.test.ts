import { beforeAll, describe, expect, test } from 'vitest';
import { AdapterError } from '../../../src/adapters';
import { parseSchemePayload } from '../../../src/adapters/scheme';
import { DEFAULT_SCHEME } from '../../../src/engine';
import { createTranslate, loadDictionary } from '../../../src/ui';
import { describeError } from '../../../src/ui/states/describeError';

beforeAll(() => loadDictionary('en'));
const zh = () => ({ t: createTranslate('zh-CN'), locale: 'zh-CN' as const });
const en = () => ({ t: createTranslate('en'), locale: 'en' as const });

function schemeError(): AdapterError {
  const broken = { ...DEFAULT_SCHEME, indicators: DEFAULT_SCHEME.indicators.map((entry, index) => (index === 0 ? { ...entry, weight: -5 } : entry)) };
  try {
    parseSchemePayload(broken, '/api/scheme');
  } catch (error) {
    if (error instanceof AdapterError) return error;
  }
  throw new Error('the broken scheme was accepted');
}

describe('describeError: what went wrong, in the reader’s language', () => {
  test('a payload of the wrong shape is worded in Chinese, types included', () => {
    const error = new AdapterError('invalid-payload', '/api/records', "expected an object with an array 'records', got string", undefined, {
      reason: 'shape.not-object',
      params: { key: 'records', got: 'string' },
    });
    expect(describeError(error, zh())).toBe('数据源 /api/records 返回的数据不符合接口约定：应为包含数组“records”的对象，实际为文本');
    expect(describeError(error, en())).toBe(
      'The data source /api/records sent data that does not follow the contract: expected an object with an array “records”, got text',
    );
  });

  test('a timeout says how long was waited', () => {
    const error = new AdapterError('timeout', '/api/offices', 'no complete response within 15 s', undefined, { reason: 'timeout', params: { seconds: 15 } });
    expect(describeError(error, zh())).toBe('数据源 /api/offices 响应超时：15 秒内未收到完整响应。');
  });

  test('an invalid scheme names its problems in each language', () => {
    const error = schemeError();
    const chinese = describeError(error, zh());
    expect(chinese).toMatch(/^数据源 \/api\/scheme 返回的数据不符合接口约定：考核方案有误：indicators\[0\]\.weight：/);
    expect(chinese).toContain('不能为负数');
    expect(chinese).not.toMatch(/negative|not valid/);
    expect(describeError(error, en())).toContain('has a negative weight');
  });

  test('a reason whose sentence lacks a parameter falls back to the adapter’s detail, never a hole', () => {
    const error = new AdapterError('invalid-payload', '/api/offices', 'the request was redirected to another host (https://x.example); refused', undefined, {
      reason: 'redirected',
    });
    const sentence = describeError(error, zh());
    expect(sentence).toContain('redirected to another host (https://x.example)');
    expect(sentence).not.toMatch(/\{\w+\}/);
  });

  test('an error with no reason keeps its detail', () => {
    expect(describeError(new AdapterError('http', '/api/offices', 'HTTP 500', 500), zh())).toBe('数据源 /api/offices 返回 HTTP 500。');
    expect(describeError(new Error('boom'), zh())).toBe('未知错误：boom');
  });
});
