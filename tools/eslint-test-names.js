// A test is named after the file it tests, in the folder that mirrors that file's, so a newcomer
// finds a file's tests by its name: tests/adapters/validate/records.test.ts tests
// src/adapters/validate/records.ts. Several test files of one source add an aspect after its name
// (tests/engine/evaluate.golden.test.ts). The mirrored file may be under src/, at the repository's
// root (mocks/, tools/, docs/, eslint.config.js) or a helper under tests/ (tests/latin.ts).
// Suites about one behaviour across many files live in folders named for it (SUITES).
import fs from 'node:fs';
import path from 'node:path';

/** Folders of suites that test one behaviour across many files, and what each is about. */
export const SUITES = {
  'tests/e2e': 'the built app in a real browser',
  'tests/hostile': 'hostile inputs through the adapters, the screens and the exports',
  'tests/screens': 'what every screen must do: no English on a Chinese screen, fairness marks, a scheme’s own indicators',
  'tests/contract': 'payloads of an earlier contract version, through the adapters and the engine',
};

const EXTENSIONS = ['.ts', '.tsx', '.js', '.json'];

/** The names a test file may be named after: "evaluate.golden" → evaluate.golden, evaluate. */
function candidateNames(name) {
  const names = [name];
  for (let at = name.lastIndexOf('.'); at > 0; at = name.lastIndexOf('.', at - 1)) names.push(name.slice(0, at));
  return names;
}

/**
 * What a test file (absolute path) is named after: { tested } with the file found (relative to
 * root), { suite } for a file in a suite's folder, { expected } with the file it should mirror
 * when none exists, or null for a file that is not a test.
 */
export function testedFile(file, root) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const match = /^tests\/((?:[^/]+\/)*)([^/]+)\.test\.tsx?$/.exec(rel);
  if (!match) return null;
  const suite = Object.keys(SUITES).find((folder) => rel.startsWith(`${folder}/`));
  if (suite) return { suite };
  const [, dir, name] = match;
  for (const folder of [`src/${dir}`, dir, `tests/${dir}`]) {
    for (const candidate of candidateNames(name)) {
      for (const extension of EXTENSIONS) {
        const source = `${folder}${candidate}${extension}`;
        if (fs.existsSync(path.join(root, source))) return { tested: source };
      }
    }
  }
  return { expected: `src/${dir}${candidateNames(name).at(-1)}.ts` };
}

const rule = {
  meta: {
    type: 'suggestion',
    schema: [],
    messages: {
      unnamed:
        'Name this test after the file it tests, in the folder that mirrors it: no {{expected}} (nor mocks/, tools/, docs/ or a helper under tests/ of that name). ' +
        'A suite about one behaviour across many files goes in one of: {{suites}}.',
    },
  },
  create(context) {
    const found = testedFile(context.filename, context.cwd);
    if (!found?.expected) return {};
    return {
      Program(node) {
        context.report({ node, loc: { line: 1, column: 0 }, messageId: 'unnamed', data: { expected: found.expected, suites: Object.keys(SUITES).join(', ') } });
      },
    };
  },
};

export default { rules: { 'named-after-source': rule } };
