import path from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the lint config
import { testedFile } from '../../tools/eslint-test-names.js';
import { LINT_TIMEOUT, lintRules } from './lintRules';

const root = path.resolve(import.meta.dirname, '../..');
const named = (file: string) => testedFile(path.join(root, file), root);

describe('a test is named after the file it tests (tools/eslint-test-names.js)', () => {
  test('finds the file in the mirrored folder under src/, at the root or among the test helpers', () => {
    expect(named('tests/adapters/validate/records.test.ts')).toEqual({ tested: 'src/adapters/validate/records.ts' });
    expect(named('tests/features/settings/scheme/SchemeSettings.test.tsx')).toEqual({ tested: 'src/features/settings/scheme/SchemeSettings.tsx' });
    expect(named('tests/mocks/generator.test.ts')).toEqual({ tested: 'mocks/generator.ts' });
    expect(named('tests/docs/data-contract.schema.test.ts')).toEqual({ tested: 'docs/data-contract.schema.json' });
    expect(named('tests/latin.test.ts')).toEqual({ tested: 'tests/latin.ts' });
  });

  test('an aspect after the name is the same file', () => {
    expect(named('tests/engine/evaluate.golden.test.ts')).toEqual({ tested: 'src/engine/evaluate.ts' });
    expect(named('tests/adapters/http/createHttpAdapter.mock-backend.test.ts')).toEqual({ tested: 'src/adapters/http/createHttpAdapter.ts' });
  });

  test('a test named after nothing, or in the wrong folder, says which file it should mirror', () => {
    expect(named('tests/engine/golden.test.ts')).toEqual({ expected: 'src/engine/golden.ts' });
    expect(named('tests/ui/honest.test.ts')).toEqual({ expected: 'src/ui/honest.ts' });
    expect(named('tests/charts/axis.test.ts')).toEqual({ expected: 'src/charts/axis.ts' });
  });

  test('suites about one behaviour across files, and files that are not tests, are left alone', () => {
    expect(named('tests/hostile/screens.test.tsx')).toEqual({ suite: 'tests/hostile' });
    expect(named('tests/screens/no-english.test.tsx')).toEqual({ suite: 'tests/screens' });
    expect(named('tests/engine/fixtures/golden.ts')).toBeNull();
    expect(named('tests/e2e/overview.e2e.ts')).toBeNull();
  });

  test('is wired into the lint config', { timeout: LINT_TIMEOUT }, async () => {
    expect(await lintRules('tests/engine/golden.test.ts', 'export {};\n')).toContain('tests/named-after-source');
    expect(await lintRules('tests/engine/evaluate.golden.test.ts', 'export {};\n')).not.toContain('tests/named-after-source');
  });
});
