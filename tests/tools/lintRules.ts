import path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * How long a test that lints through the project's config may take: loading the config and
 * typescript-eslint takes seconds on a loaded machine. A hang still fails; slowness is not the
 * subject of these tests.
 */
export const LINT_TIMEOUT = 60_000;

let eslint: ESLint | undefined;

/** The rules the project's lint config breaks in `code`, linted as if it were the file at `file` (from the repository's root). */
export async function lintRules(file: string, code: string): Promise<(string | null)[]> {
  eslint ??= new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map((message) => message.ruleId);
}
