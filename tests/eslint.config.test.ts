import { expect, test } from 'vitest';
import { lintRules } from './tools/lintRules';

test('no source file is over 300 lines (max-lines)', async () => {
  const long = Array.from({ length: 301 }, (_, i) => `export const x${i} = ${i};`).join('\n') + '\n';
  expect(await lintRules('src/domain/long.ts', long)).toContain('max-lines');
});
