import { describe, expect, test } from 'vitest';
import { endpointUrl, resolveBaseUrl } from '../../../src/adapters/http/url';

describe('resolveBaseUrl', () => {
  test.each([
    ['https://gov.example.cn/api/v1/', undefined, 'https://gov.example.cn/api/v1'],
    ['https://gov.example.cn', undefined, 'https://gov.example.cn'],
    ['  https://gov.example.cn//api//v1  ', undefined, 'https://gov.example.cn/api/v1'],
    ['mock-api', 'https://hall.test/app/index.html', 'https://hall.test/app/mock-api'],
    ['./mock-api/', 'https://hall.test/app/', 'https://hall.test/app/mock-api'],
    ['/api/v1', 'https://hall.test/app/index.html', 'https://hall.test/api/v1'],
    ['../api', 'https://hall.test/app/index.html', 'https://hall.test/api'],
    ['https://other.test/x', 'https://hall.test/app/', 'https://other.test/x'],
  ])('%j against %j → %j', (baseUrl, documentBase, expected) => {
    expect(resolveBaseUrl(baseUrl, documentBase)).toBe(expected);
  });
});

describe('endpointUrl', () => {
  test('exactly one slash between base and path, whatever either carries', () => {
    expect(endpointUrl('https://x.test/api', 'offices')).toBe('https://x.test/api/offices');
    expect(endpointUrl('https://x.test/api/', '/offices')).toBe('https://x.test/api/offices');
    expect(endpointUrl('https://x.test', 'scheme')).toBe('https://x.test/scheme');
  });

  test('parameters are encoded', () => {
    expect(endpointUrl('https://x.test/api', 'records', { from: '2025-01', to: '2025-12' })).toBe('https://x.test/api/records?from=2025-01&to=2025-12');
    expect(endpointUrl('https://x.test/api', 'records', { q: 'a&b=c d/中' })).toBe('https://x.test/api/records?q=a%26b%3Dc+d%2F%E4%B8%AD');
  });
});
