import type { Scheme } from '../domain';
import type { SchemeProblem } from '../engine';
import { schemeProblemText } from '../engine/schemeProblems';
import { validateScheme } from '../engine/validateScheme';
import { AdapterError } from './errors';

/** How many problems the error names before "and N more": enough to fix, short enough to read. */
export const NAMED_PROBLEMS = 5;

/**
 * The body of GET {baseUrl}/scheme is the scheme itself. The engine owns what a valid scheme is;
 * its errors become an invalid-payload error naming them, warnings do not stop the scheme.
 */
export function parseSchemePayload(payload: unknown, url: string): Scheme {
  const { scheme, problems } = validateScheme(payload);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0 && scheme) return scheme;
  if (errors.length === 0)
    throw new AdapterError('invalid-payload', url, 'the scheme is not valid', undefined, { reason: 'scheme-invalid', schemeProblems: [] });
  const named = errors.slice(0, NAMED_PROBLEMS).map(describeProblem);
  const more = errors.length > NAMED_PROBLEMS ? `; and ${errors.length - NAMED_PROBLEMS} more` : '';
  throw new AdapterError('invalid-payload', url, `the scheme is not valid: ${named.join('; ')}${more}`, undefined, {
    reason: 'scheme-invalid',
    schemeProblems: errors,
  });
}

/** The English fallback (logs); the UI words `why.schemeProblems` itself. The path tells the backend's author where to look. */
function describeProblem(problem: SchemeProblem): string {
  const text = schemeProblemText(problem, 'en');
  return problem.path ? `${problem.path}: ${text}` : text;
}
