import path from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the lint config
import { locate, violation } from '../../tools/eslint-layers.js';
import { LINT_TIMEOUT, lintRules } from './lintRules';

const root = '/repo';
const at = (file: string) => locate(path.join(root, file), root);

describe('layer rule', () => {
  test('lets each layer import the layers above it', () => {
    expect(violation(at('src/engine/roll.ts'), at('src/domain/counts.ts'))).toBeNull();
    expect(violation(at('src/features/overview/Page.tsx'), at('src/charts/EChart.tsx'))).toBeNull();
    expect(violation(at('src/app/boot.ts'), at('mocks/browser.ts'))).toBeNull();
  });

  test('rejects arrows that run back up, between features, and into mocks', () => {
    expect(violation(at('src/domain/counts.ts'), at('src/engine/index.ts'))).toMatch(/domain may not import engine/);
    expect(violation(at('src/engine/x.ts'), at('src/ui/format.ts'))).toMatch(/engine may not import ui/);
    expect(violation(at('src/features/rankings/A.tsx'), at('src/features/overview/B.tsx'))).toMatch(/feature "rankings"/);
    expect(violation(at('src/features/overview/A.tsx'), at('mocks/handlers.ts'))).toMatch(/only src\/app/);
    expect(violation(at('mocks/generator.ts'), at('src/engine/index.ts'))).toMatch(/mocks may import only/);
  });

  test('lets the data service reuse the domain, engine, adapters and mocks, and nothing of the UI', () => {
    expect(violation(at('server/src/app.ts'), at('src/engine/index.ts'))).toBeNull();
    expect(violation(at('server/src/upload/parse.ts'), at('src/adapters/file/parseFiles.ts'))).toBeNull();
    expect(violation(at('server/src/demo.ts'), at('mocks/generator.ts'))).toBeNull();
    expect(violation(at('server/src/app.ts'), at('src/ui/index.ts'))).toMatch(/server may import only/);
    expect(violation(at('server/src/app.ts'), at('src/features/bulletin/edits/store.ts'))).toMatch(/server may import only/);
    expect(violation(at('server/src/app.ts'), at('src/app/boot.ts'))).toMatch(/server may import only/);
    expect(violation(at('src/adapters/http/createHttpAdapter.ts'), at('server/src/rollup.ts'))).toMatch(/never import server/);
    expect(violation(at('mocks/generator.ts'), at('server/src/rollup.ts'))).toMatch(/never import server|mocks may import only/);
  });

  test('is wired into the lint config and fires on real source', { timeout: LINT_TIMEOUT }, async () => {
    expect(await lintRules('src/domain/bad.ts', "import { DEFAULT_SCHEME } from '../engine';\nexport const x = DEFAULT_SCHEME;\n")).toContain(
      'layers/import-direction',
    );
  });
});
