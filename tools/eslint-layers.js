// Enforces the layers of ARCHITECTURE.md: each layer imports only the layers above it,
// and features never import each other. The data service (server/) reuses the domain, the engine,
// the adapters' validation and file parsing, and the demo's generator by import; src/ never
// imports server/. Resolution is by path, so `../../engine` is caught
// however deep the importing file sits.
import path from 'node:path';

export const LAYERS = ['domain', 'engine', 'adapters', 'data', 'ui', 'charts', 'features', 'app'];

/** What server/ may import from the SPA's folders. */
export const SERVER_MAY_IMPORT = ['domain', 'engine', 'adapters', 'mocks', 'server'];

/** Where a file sits: { layer, feature } or null when it is outside src/, mocks/ and server/. */
export function locate(file, root) {
  const rel = path.relative(root, file).split(path.sep);
  if (rel[0] === 'mocks') return { layer: 'mocks', rank: -1 };
  if (rel[0] === 'server') return { layer: 'server', rank: LAYERS.length };
  if (rel[0] !== 'src') return null;
  const rank = LAYERS.indexOf(rel[1]);
  if (rank < 0) return null;
  return { layer: rel[1], rank, feature: rel[1] === 'features' ? rel[2] : undefined };
}

/** Why `from` may not import `to`, or null when it may. */
export function violation(from, to) {
  if (!from || !to) return null;
  if (from.layer === 'server') {
    return SERVER_MAY_IMPORT.includes(to.layer) ? null : `server may import only src/domain, src/engine, src/adapters and mocks, not ${to.layer}`;
  }
  if (to.layer === 'server') return 'src/ and mocks/ never import server/';
  if (from.layer === 'mocks') {
    return to.layer === 'domain' || to.layer === 'mocks' ? null : 'mocks may import only src/domain';
  }
  if (to.layer === 'mocks') {
    return from.layer === 'app' ? null : 'only src/app may load the mocks (lazily)';
  }
  if (to.rank > from.rank) return `${from.layer} may not import ${to.layer} (a layer below it)`;
  if (from.layer === 'features' && to.layer === 'features' && from.feature && to.feature && from.feature !== to.feature) {
    return `feature "${from.feature}" may not import feature "${to.feature}"; move what both need to ui or charts`;
  }
  return null;
}

const rule = {
  meta: { type: 'problem', schema: [], messages: { wrongWay: 'Import against the layers: {{why}}.' } },
  create(context) {
    const root = context.cwd;
    const filename = context.filename;
    const from = locate(filename, root);
    if (!from) return {};
    function check(node, source) {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.resolve(path.dirname(filename), source.value);
      const why = violation(from, locate(target, root));
      if (why) context.report({ node: source, messageId: 'wrongWay', data: { why } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default { rules: { 'import-direction': rule } };
