import path from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the lint config
import { fileNameProblem } from '../../tools/eslint-file-names.js';
import { LINT_TIMEOUT, lintRules } from './lintRules';

const root = path.resolve(import.meta.dirname, '../..');
const problem = (file: string) => fileNameProblem(path.join(root, file))?.messageId ?? null;

describe('one file-naming convention (tools/eslint-file-names.js)', () => {
  test('components in PascalCase .tsx, modules in camelCase, workers with .worker', () => {
    expect(problem('src/features/rankings/RankingTable.tsx')).toBeNull();
    expect(problem('src/engine/engineData.ts')).toBeNull();
    expect(problem('src/app/routes.tsx')).toBeNull();
    expect(problem('src/adapters/file/parse.worker.ts')).toBeNull();
    expect(problem('src/types/global.d.ts')).toBeNull();
  });

  test('kebab-case, snake_case and a PascalCase module are refused', () => {
    expect(problem('src/engine/engine-data.ts')).toBe('notCamel');
    expect(problem('src/engine/engine_data.ts')).toBe('notCamel');
    expect(problem('src/engine/EngineData.ts')).toBe('pascalNotComponent');
  });

  test('two files of one folder that differ only by case are refused', () => {
    // Coverage.tsx exists beside where a coverage.ts would go.
    expect(problem('src/features/overview/coverage.ts')).toBe('caseClash');
  });

  test('the project lint config applies it to src/ and mocks/', { timeout: LINT_TIMEOUT }, async () => {
    expect(await lintRules('src/engine/office-bar.ts', 'export const x = 1;\n')).toContain('file-names/convention');
    expect(await lintRules('mocks/demo_maps.ts', 'export const x = 1;\n')).toContain('file-names/convention');
    expect(await lintRules('src/engine/officeBar.ts', 'export const x = 1;\n')).not.toContain('file-names/convention');
  });
});
