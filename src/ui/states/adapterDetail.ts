import type { AdapterErrorWhy } from '../../adapters/errors';
import { schemeProblemText, type SchemeProblem } from '../../engine';
import type { I18n } from '../i18n/I18nProvider';
import { isMessageKey, type MessageParams } from '../i18n/translate';

type Words = Pick<I18n, 't' | 'locale'>;

/** How many scheme problems a sentence names before "and N more". */
const NAMED_PROBLEMS = 5;

/**
 * What was wrong with a response, in the reader's language. The adapter's English detail is
 * the fallback whenever the reason has no sentence or a parameter the sentence needs is missing,
 * so a message never shows a hole.
 */
export function adapterDetailText(why: AdapterErrorWhy | undefined, fallback: string, words: Words): string {
  if (!why) return fallback;
  if (why.reason === 'scheme-invalid') {
    const problems = schemeProblemsText(why.schemeProblems ?? [], words);
    return problems ? words.t('error.detail.scheme-invalid', { problems }) : fallback;
  }
  return reasonText(`error.detail.${why.reason}`, typeWords(why.params ?? {}, words), words) ?? fallback;
}

/** A type named in `got` ("string", "array") in the reader's words, as the quality report says it. */
function typeWords(params: MessageParams, { t }: Pick<I18n, 't'>): MessageParams {
  if (params.got === undefined) return params;
  const typeKey = `quality.type.${String(params.got)}`;
  return isMessageKey(typeKey) ? { ...params, got: t(typeKey) } : params;
}

/** The problems of a scheme, each with where it is, in the reader's language. */
export function schemeProblemsText(problems: readonly SchemeProblem[], { t, locale }: Words): string {
  if (problems.length === 0) return '';
  const named = problems.slice(0, NAMED_PROBLEMS).map((problem) => {
    const text = schemeProblemText(problem, locale);
    return problem.path ? t('error.detail.scheme-at', { path: problem.path, text }) : text;
  });
  const more = problems.length > NAMED_PROBLEMS ? t('error.detail.more', { count: problems.length - NAMED_PROBLEMS }) : '';
  return named.join(t('error.detail.separator')) + more;
}

/** A dictionary sentence for a reason, or null when there is none or a parameter is missing. */
export function reasonText(key: string, params: MessageParams, { t }: Pick<I18n, 't'>): string | null {
  if (!isMessageKey(key)) return null;
  const needed = [...t(key).matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  if (needed.some((name) => !Object.prototype.hasOwnProperty.call(params, name))) return null;
  return t(key, params);
}
