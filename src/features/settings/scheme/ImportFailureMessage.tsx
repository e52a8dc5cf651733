import { useI18n } from '../../../ui';
import { schemeProblemSentence } from './problemText';
import type { SchemeFileResult } from './schemeFile';

/** A scheme file that could not be imported, and why. */
export type ImportFailure = { file: string; result: Exclude<SchemeFileResult, { ok: true }> };

/** Why a scheme file was not imported, with the first twenty of its problems. */
export function ImportFailureMessage({ failure }: { failure: ImportFailure }) {
  const { t, locale, formatCount } = useI18n();
  const { file, result } = failure;
  let message: string;
  let details: string[] = [];
  switch (result.reason) {
    case 'too-large':
      message = t('settings.scheme.importTooLarge', { file, size: formatCount(Math.ceil(result.size / 1024)) });
      break;
    case 'unreadable':
      message = t('settings.scheme.importUnreadable', { file });
      break;
    case 'not-json':
      message = t('settings.scheme.importNotJson', { file });
      break;
    case 'invalid':
      message = t('settings.scheme.importInvalid', { file, count: formatCount(result.problems.length) });
      details = result.problems.map((problem) => schemeProblemSentence(problem, result.input, t, locale, 'file'));
      break;
  }
  return (
    <div role="alert" className="state error scheme-import-error">
      <p>{message}</p>
      {details.length > 0 && (
        <ul>
          {details.slice(0, 20).map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
