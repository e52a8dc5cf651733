import { describe, expect, test } from 'vitest';
import { buildHash, matchPath, parseHash } from '../../../src/ui/router/location';

describe('hash locations', () => {
  test('round-trips a path with query parameters', () => {
    const hash = buildHash('/rankings', { period: 'm:2025-03', kind: 'township', empty: '' });
    expect(hash).toBe('#/rankings?period=m%3A2025-03&kind=township');
    const location = parseHash(hash);
    expect(location.path).toBe('/rankings');
    expect(location.params.get('period')).toBe('m:2025-03');
    expect(location.params.has('empty')).toBe(false);
  });

  test('encodes path segments such as office ids with Chinese or slashes', () => {
    const hash = buildHash('/office/县 公安/局');
    expect(parseHash(hash).path).toBe('/office/县 公安/局');
    expect(parseHash(buildHash(`/office/${encodeURIComponent('a/b')}`)).path).toBe('/office/a%2Fb');
  });

  test('an empty or malformed hash is the root, never a crash', () => {
    expect(parseHash('').path).toBe('/');
    expect(parseHash('#').path).toBe('/');
    expect(parseHash('#/office/%E0%A4%A').path).toBe('/office/%E0%A4%A');
  });

  test('matches patterns with parameters', () => {
    expect(matchPath('/office/:id', '/office/d-01')).toEqual({ id: 'd-01' });
    expect(matchPath('/office/:id', '/office')).toBeNull();
    expect(matchPath('/bulletin/:month', '/rankings/2025-03')).toBeNull();
  });
});
