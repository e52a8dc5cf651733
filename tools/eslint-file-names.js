// One way to name a file, so a name says what the file holds and an import can be guessed:
// a component's file is named after it in PascalCase (RankingTable.tsx); every other module is
// camelCase (engineData.ts, useDataset.ts, routes.tsx); a web worker adds `.worker`
// (parse.worker.ts). No kebab-case or snake_case, and no two files of one folder that differ only
// by case (Change.tsx beside change.ts reads as one file on a case-insensitive disk).
import fs from 'node:fs';
import path from 'node:path';

const CAMEL = /^[a-z][a-zA-Z0-9]*$/;
const PASCAL = /^[A-Z][a-zA-Z0-9]*$/;

/** Why a file's name breaks the convention (a message id and its data), or null when it follows it. */
export function fileNameProblem(file) {
  const base = path.basename(file);
  const match = /^(.*?)(\.worker)?\.(tsx?|jsx?)$/.exec(base);
  if (!match || base.endsWith('.d.ts')) return null;
  const [, stem, , extension] = match;
  if (PASCAL.test(stem)) {
    return extension === 'tsx' ? clash(file, base) : { messageId: 'pascalNotComponent', data: { name: base } };
  }
  if (!CAMEL.test(stem)) return { messageId: 'notCamel', data: { name: base } };
  return clash(file, base);
}

function clash(file, base) {
  let siblings;
  try {
    siblings = fs.readdirSync(path.dirname(file));
  } catch {
    return null;
  }
  const stem = (name) => name.replace(/\.[^.]*$/, '').toLowerCase();
  const other = siblings.find((name) => name !== base && stem(name) === stem(base) && /\.(tsx?|jsx?)$/.test(name));
  return other ? { messageId: 'caseClash', data: { name: base, other } } : null;
}

const rule = {
  meta: {
    type: 'suggestion',
    schema: [],
    messages: {
      notCamel: '{{name}}: name a module in camelCase (engineData.ts), a component in PascalCase (RankingTable.tsx).',
      pascalNotComponent: "{{name}}: PascalCase names a component's .tsx file; name a module in camelCase.",
      caseClash: '{{name}} and {{other}} differ only by case: name them after what each holds.',
    },
  },
  create(context) {
    const problem = fileNameProblem(context.filename);
    if (!problem) return {};
    return {
      Program(node) {
        context.report({ node, loc: { line: 1, column: 0 }, ...problem });
      },
    };
  },
};

export default { rules: { convention: rule } };
