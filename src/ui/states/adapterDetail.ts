import type { AdapterErrorWhy } from '../../adapters/errors';
import { NAMED_PROBLEMS } from '../../adapters/scheme';
import type { SchemeProblem } from '../../engine';
import { schemeProblemText } from '../../engine/schemeProblems';
import type { I18n } from '../i18n/I18nProvider';
import { completeSentence, type MessageParams } from '../i18n/translate';
import { typeWord } from '../quality/qualityText';

type Words = Pick<I18n, 't' | 'locale'>;

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
  const params: MessageParams = { ...why.params };
  // `got` names a type ("string", "array"): in the reader's words, as the quality report says it.
  if (params.got !== undefined) params.got = typeWord(String(params.got), words);
  return completeSentence(`error.detail.${why.reason}`, params, words.t) ?? fallback;
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
