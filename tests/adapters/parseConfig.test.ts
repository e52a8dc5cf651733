import { describe, expect, test } from 'vitest';
import { DEFAULT_CONFIG } from './fixtures';
import { parseConfig } from '../../src/adapters/parseConfig';

describe('parseConfig', () => {
  test('an empty object is the demo with every default', () => {
    expect(parseConfig({})).toEqual({ config: DEFAULT_CONFIG, problems: [] });
  });

  test('a real backend config is read as written', () => {
    const payload = {
      $schema: './data-contract.schema.json',
      title: '  某县政务服务绩效  ',
      dataSource: { type: 'http', baseUrl: ' https://gov.example.cn/api/v1 ', timeoutMs: 20000 },
      refreshSeconds: 600,
      locale: 'en',
      allowUrlOverride: true,
    };
    expect(parseConfig(payload)).toEqual({
      config: {
        title: '某县政务服务绩效',
        dataSource: { type: 'http', baseUrl: 'https://gov.example.cn/api/v1', timeoutMs: 20000 },
        refreshSeconds: 600,
        locale: 'en',
        allowUrlOverride: true,
      },
      problems: [],
    });
  });

  test('a relative baseUrl is fine: it resolves beside index.html', () => {
    expect(parseConfig({ dataSource: { type: 'http', baseUrl: '/api/v1' } }).config?.dataSource).toEqual({ type: 'http', baseUrl: '/api/v1' });
  });

  test('mock with scenario and seed', () => {
    expect(parseConfig({ dataSource: { type: 'mock', scenario: 'hostile', seed: 7 } }).config?.dataSource).toEqual({
      type: 'mock',
      scenario: 'hostile',
      seed: 7,
    });
  });

  test.each([
    ['a string', 'hello', 'config.json must be a JSON object, got string'],
    ['an array', [], 'config.json must be a JSON object, got array'],
    ['null', null, 'config.json must be a JSON object, got null'],
  ])('%s is no config at all', (_, payload, problem) => {
    expect(parseConfig(payload)).toEqual({ config: null, problems: [problem] });
  });

  test.each([
    ['dataSource not an object', 'http://x', 'dataSource must be an object'],
    ['no type', { baseUrl: '/api' }, 'dataSource.type must be "http" or "mock", got nothing'],
    ['unknown type', { type: 'soap' }, 'dataSource.type must be "http" or "mock", got "soap" (string)'],
    ['the future file type', { type: 'file' }, 'not available in this version'],
    ['http without baseUrl', { type: 'http' }, 'dataSource.baseUrl must be a non-empty string'],
    ['http with a blank baseUrl', { type: 'http', baseUrl: '  ' }, 'dataSource.baseUrl must be a non-empty string'],
    ['http with a script URL', { type: 'http', baseUrl: 'javascript:alert(1)' }, 'http or https'],
    ['http with credentials', { type: 'http', baseUrl: 'https://u:p@x.cn/api' }, 'user name or password'],
  ])('a dataSource that cannot work is fatal, never a silent fall-back to demo data: %s', (_, dataSource, problem) => {
    const parsed = parseConfig({ dataSource });
    expect(parsed.config).toBeNull();
    expect(parsed.problems.join('\n')).toContain(problem);
  });

  test.each([
    ['title', { title: 42 }, { title: DEFAULT_CONFIG.title }, 'title must be a non-empty string'],
    ['title blank', { title: ' ' }, { title: DEFAULT_CONFIG.title }, 'title must be a non-empty string'],
    ['issuer blank', { issuer: '  ' }, {}, 'issuer must be a non-empty string'],
    ['issuer as a number', { issuer: 7 }, {}, 'issuer must be a non-empty string'],
    ['refreshSeconds as text', { refreshSeconds: '60' }, { refreshSeconds: 300 }, 'refreshSeconds must be'],
    ['refreshSeconds negative', { refreshSeconds: -5 }, { refreshSeconds: 300 }, 'refreshSeconds must be'],
    ['refreshSeconds too often', { refreshSeconds: 3 }, { refreshSeconds: 10 }, 'too often; using 10'],
    ['refreshSeconds more than a day', { refreshSeconds: 1e9 }, { refreshSeconds: 86400 }, 'more than a day'],
    ['locale', { locale: 'fr' }, { locale: 'zh-CN' }, 'locale must be "zh-CN" or "en"'],
    ['allowUrlOverride as text', { allowUrlOverride: 'yes' }, { allowUrlOverride: false }, 'allowUrlOverride must be true or false'],
  ])('a wrong %s falls back to its default with a problem', (_, payload, expected, problem) => {
    const parsed = parseConfig(payload);
    expect(parsed.config).toEqual({ ...DEFAULT_CONFIG, ...expected });
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toContain(problem);
  });

  test('issuer is optional, trimmed, and kept apart from the title', () => {
    expect(parseConfig({}).config).not.toHaveProperty('issuer');
    expect(parseConfig({ issuer: ' 某县政务服务管理局 ' })).toEqual({ config: { ...DEFAULT_CONFIG, issuer: '某县政务服务管理局' }, problems: [] });
    const long = parseConfig({ issuer: '局'.repeat(150) });
    expect(long.config?.issuer).toHaveLength(100);
    expect(long.problems[0]).toContain('issuer is longer than 100');
  });

  test('refreshSeconds 0 turns automatic refresh off; fractions are rounded', () => {
    expect(parseConfig({ refreshSeconds: 0 }).config?.refreshSeconds).toBe(0);
    expect(parseConfig({ refreshSeconds: 59.6 }).config?.refreshSeconds).toBe(60);
  });

  test('a misspelt field is named, with the likely meaning', () => {
    const parsed = parseConfig({ datasource: { type: 'http', baseUrl: '/api' }, colour: 'red' });
    expect(parsed.config).toEqual(DEFAULT_CONFIG);
    expect(parsed.problems).toEqual(["unknown field 'datasource' ignored (did you mean 'dataSource'?)", "unknown field 'colour' ignored"]);
  });

  test('bad optional dataSource fields fall back', () => {
    const http = parseConfig({ dataSource: { type: 'http', baseUrl: '/api', timeoutMs: 5, base: 'x' } });
    expect(http.config?.dataSource).toEqual({ type: 'http', baseUrl: '/api' });
    expect(http.problems).toEqual([
      "unknown field 'dataSource.base' ignored",
      'dataSource.timeoutMs must be milliseconds between 1000 and 300000, got 5; using the default',
    ]);
    const mock = parseConfig({ dataSource: { type: 'mock', scenario: '<script>', seed: 1.5 } });
    expect(mock.config?.dataSource).toEqual({ type: 'mock', scenario: 'normal' });
    expect(mock.problems).toHaveLength(2);
  });
});
