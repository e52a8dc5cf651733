import { describe, expect, test } from 'vitest';
import { LINT_TIMEOUT, lintRules as lint } from './lintRules';

describe('barrel rule (the first screen carries what a barrel names)', () => {
  test('refuses a value re-export of a lazy module from the engine or ui barrel', { timeout: LINT_TIMEOUT }, async () => {
    expect(await lint('src/engine/index.ts', "export { bulletinFacts } from './bulletin';\n")).toContain('barrels/first-screen');
    expect(await lint('src/engine/index.ts', "export * from './monthHistory';\n")).toContain('barrels/first-screen');
    expect(await lint('src/ui/index.ts', "export { describeError } from './states/describeError';\n")).toContain('barrels/first-screen');
  });

  test('lets types through, and leaves other files alone', { timeout: LINT_TIMEOUT }, async () => {
    expect(await lint('src/engine/index.ts', "export type { BulletinFacts } from './bulletin';\n")).not.toContain('barrels/first-screen');
    expect(await lint('src/engine/evaluate.ts', "export { bulletinFacts } from './bulletin';\n")).not.toContain('barrels/first-screen');
  });
});
