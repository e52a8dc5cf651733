import { describe, expect, test } from 'vitest';
import { DEFAULT_ROTATE_SECONDS, DEFAULT_SCREEN_REFRESH_SECONDS, parseScreenParams } from '../../../src/features/screen/params';

const parse = (query: string, configRefresh = 300) => parseScreenParams(new URLSearchParams(query), configRefresh);

describe('parseScreenParams', () => {
  test('the issue example', () => {
    expect(parse('pages=overview,rankings,alerts&rotate=20&refresh=60&scale=fit')).toEqual({
      pages: ['overview', 'rankings', 'alerts'],
      rotateSeconds: 20,
      refreshSeconds: 60,
      scale: 'fit',
    });
  });

  test('defaults: all pages, 20 s, config refresh, fit', () => {
    expect(parse('', 120)).toEqual({ pages: ['overview', 'rankings', 'alerts'], rotateSeconds: DEFAULT_ROTATE_SECONDS, refreshSeconds: 120, scale: 'fit' });
  });

  test('a config that never refreshes does not make a wall screen that never refreshes', () => {
    expect(parse('', 0).refreshSeconds).toBe(DEFAULT_SCREEN_REFRESH_SECONDS);
  });

  test('pages keep their order, unknown and repeated ones are dropped, a single page does not rotate', () => {
    expect(parse('pages=alerts,bogus,overview,alerts').pages).toEqual(['alerts', 'overview']);
    expect(parse('pages=rankings&rotate=5')).toMatchObject({ pages: ['rankings'], rotateSeconds: 0 });
    expect(parse('pages=,,').pages).toEqual(['overview', 'rankings', 'alerts']);
  });

  test('malformed or out-of-range numbers fall back; rotate=0 switches rotation off; one second is allowed', () => {
    expect(parse('rotate=abc&refresh=-5').rotateSeconds).toBe(DEFAULT_ROTATE_SECONDS);
    expect(parse('refresh=-5', 90).refreshSeconds).toBe(90);
    expect(parse('rotate=1e3').rotateSeconds).toBe(DEFAULT_ROTATE_SECONDS);
    expect(parse('rotate=0').rotateSeconds).toBe(0);
    expect(parse('rotate=1&refresh=1')).toMatchObject({ rotateSeconds: 1, refreshSeconds: 1 });
    expect(parse('rotate=2.5').rotateSeconds).toBe(2.5);
    expect(parse('rotate=999999').rotateSeconds).toBe(DEFAULT_ROTATE_SECONDS);
    expect(parse('refresh=9999999', 60).refreshSeconds).toBe(60);
  });

  test('scale modes', () => {
    expect(parse('scale=fill').scale).toBe('fill');
    expect(parse('scale=width').scale).toBe('width');
    expect(parse('scale=stretch').scale).toBe('fit');
  });
});
