import type { Scheme } from '../../../domain';
import type { SchemeProblem } from '../../../engine';
import { validateScheme } from '../../../engine/validateScheme';
import { downloadBlob, safeFileName } from '../../../ui';
import { schemeJson } from './schemeInput';

/** A scheme file is a few KB; anything far larger is not one, and is not read into memory. */
export const MAX_SCHEME_FILE_BYTES = 1024 * 1024;

export type SchemeFileResult =
  | { ok: true; scheme: Scheme; warnings: SchemeProblem[] }
  | { ok: false; reason: 'too-large'; size: number }
  | { ok: false; reason: 'unreadable' }
  | { ok: false; reason: 'not-json' }
  | { ok: false; reason: 'invalid'; problems: SchemeProblem[]; input: unknown };

/** Text with a byte-order mark, as Windows editors save it, still parses. */
export function parseSchemeText(text: string): SchemeFileResult {
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const { scheme, problems } = validateScheme(input);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0 || !scheme) return { ok: false, reason: 'invalid', problems: errors, input };
  return { ok: true, scheme, warnings: problems };
}

export async function readSchemeFile(file: Blob): Promise<SchemeFileResult> {
  if (file.size > MAX_SCHEME_FILE_BYTES) return { ok: false, reason: 'too-large', size: file.size };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return parseSchemeText(text);
}

export function schemeFileName(scheme: Scheme): string {
  return safeFileName(`${scheme.id || 'scheme'}.json`);
}

/** Downloads the scheme as the JSON file that import reads back. */
export function downloadScheme(scheme: Scheme): void {
  downloadBlob(new Blob([schemeJson(scheme)], { type: 'application/json;charset=utf-8' }), schemeFileName(scheme));
}
