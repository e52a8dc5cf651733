import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './tools/eslint-layers.js';
import barrels from './tools/eslint-barrels.js';
import testNames from './tools/eslint-test-names.js';
import fileNames from './tools/eslint-file-names.js';

const PURE = ['src/domain/**', 'src/engine/**'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'coverage', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { layers, barrels, 'react-hooks': reactHooks },
    rules: {
      'layers/import-direction': 'error',
      'barrels/first-screen': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The pure layers see no DOM, no network and no UI library.
    files: PURE,
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'echarts', 'echarts/*', '@tanstack/*', 'msw', 'msw/*'],
              message: 'domain and engine are pure: no UI, no network.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'window', 'document', 'localStorage', 'XMLHttpRequest', 'navigator'],
    },
  },
  {
    // Small files with one job: a file past 300 lines is doing several.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'server/src/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    // One naming convention (tools/eslint-file-names.js): components PascalCase, modules camelCase.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    plugins: { 'file-names': fileNames },
    rules: { 'file-names/convention': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // innerHTML is how data turns into script; React and ECharts' encodeHTML are the only ways in.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never write innerHTML: render text, or escape with the charts layer.' },
        { property: 'outerHTML', message: 'Never write outerHTML.' },
      ],
    },
  },
  {
    // A test is named after the file it tests (tools/eslint-test-names.js), so a newcomer finds it.
    files: ['tests/**/*.test.{ts,tsx}'],
    plugins: { tests: testNames },
    rules: { 'tests/named-after-source': 'error' },
  },
  {
    files: ['tests/**', 'bench/**', 'tools/**', 'mocks/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
