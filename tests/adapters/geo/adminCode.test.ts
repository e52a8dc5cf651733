import { describe, expect, test } from 'vitest';
import { normaliseAdminCode } from '../../../src/adapters/geo/adminCode';

describe('normaliseAdminCode', () => {
  test('6, 9 and 12 digits of one place are one code; numbers read as their digits', () => {
    expect(normaliseAdminCode('330102')).toBe('330102000000');
    expect(normaliseAdminCode(330102)).toBe('330102000000');
    expect(normaliseAdminCode('330102000000')).toBe('330102000000');
    expect(normaliseAdminCode('330102001')).toBe('330102001000');
    expect(normaliseAdminCode(' 330102001000 ')).toBe('330102001000');
  });

  test('anything else is no code', () => {
    for (const value of ['33010', '3301020011', 'abc123', '', null, undefined, 3.5, -330102, {}, '３３０１０２']) expect(normaliseAdminCode(value)).toBeNull();
  });
});
