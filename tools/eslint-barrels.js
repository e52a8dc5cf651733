// Whatever a barrel (src/engine/index.ts, src/ui/index.ts) names as a value is reachable from the
// first screen, so the bundler puts it in the first screen's chunk. Modules only some screens run
// are imported from their own files; this rule keeps them out of the barrels (types stay free).
import path from 'node:path';

/** Barrel file (relative to the repository) → module paths it must not re-export as values, with why. */
export const LAZY_MODULES = {
  'src/engine/index.ts': {
    './bulletin': 'only the bulletin screen computes bulletin facts',
    './bulletinTypes': 'only the bulletin screen computes bulletin facts',
    './bulletinRows': 'only the bulletin screen computes bulletin facts',
    './bulletinParts': 'only the bulletin screen computes bulletin facts',
    './monthHistory': 'only the alerts and office screens read month histories',
    './validateScheme': 'a scheme is validated only when one is stored or served',
    './schemeProblems': 'problem sentences are needed only when a scheme has problems',
    './denominatorCheck': 'only the scheme editor checks denominators against the data',
  },
  'src/data/index.ts': {
    './schemeSave': 'only the settings screen saves a scheme (with its three-way merge)',
    './mergeThreeWay': 'only the settings screen saves a scheme (with its three-way merge)',
  },
  'src/ui/index.ts': {
    './states/describeError': 'the words of errors are fetched when an error shows',
    './states/adapterDetail': 'the words of errors are fetched when an error shows',
    './quality/qualityText': 'only the status and settings screens word the quality report',
    './format/cardRuleText': 'only the screens that explain card rules word them',
    './table/ListTable': 'the first screen draws no searchable, paged list (the rankings, alerts and themes screens do)',
    './table/tableState': 'the first screen draws no searchable, paged list (the rankings, alerts and themes screens do)',
    './table/useTableState': 'the first screen draws no searchable, paged list (the rankings, alerts and themes screens do)',
    './table/Pager': 'the first screen draws no searchable, paged list (the rankings, alerts and themes screens do)',
    './format/scoreChange': "the first screen names lost points, never a score's change (rankings, office page)",
    './figures/ScoreChange': "the first screen names lost points, never a score's change (rankings, office page)",
    './format/honest/schemeAndScenarioNames': 'only the status screen and the bulletin name the scheme and the demo scenario',
    './clipboard': 'only the bulletin and the scheme editor copy text',
  },
};

function isTypeOnly(node) {
  if (node.exportKind === 'type') return true;
  if (node.type === 'ExportNamedDeclaration' && node.specifiers.length > 0) return node.specifiers.every((s) => s.exportKind === 'type');
  return false;
}

const rule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { lazy: "Do not re-export '{{source}}' from this barrel ({{why}}): import it from its own file where it is needed, or export its types only." },
  },
  create(context) {
    const rel = path.relative(context.cwd, context.filename).split(path.sep).join('/');
    const lazy = LAZY_MODULES[rel];
    if (!lazy) return {};
    function check(node) {
      if (!node.source || isTypeOnly(node)) return;
      const source = node.source.value.replace(/\.tsx?$/, '');
      const why = lazy[source];
      if (why) context.report({ node: node.source, messageId: 'lazy', data: { source, why } });
    }
    return { ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default { rules: { 'first-screen': rule } };
