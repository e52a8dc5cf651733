import { useI18n } from '../../../ui';
import { focusPath, type ShownProblem } from './problemIndex';

/** Every problem of the scheme as a sentence, errors first, each with a button to its field. */
export function ProblemList({ problems }: { problems: readonly ShownProblem[] }) {
  const { t, formatCount } = useI18n();
  const errors = problems.filter(({ problem }) => problem.severity === 'error');
  const warnings = problems.filter(({ problem }) => problem.severity === 'warning');
  return (
    <section className="panel scheme-problems" aria-labelledby="scheme-problems-title">
      <h3 id="scheme-problems-title">{t('settings.scheme.problems')}</h3>
      {problems.length === 0 ? (
        <p className="ok">{t('settings.scheme.noProblems')}</p>
      ) : (
        <>
          <p>
            {errors.length > 0 && <span className="badge red">{t('settings.scheme.errorsCount', { count: formatCount(errors.length) })}</span>}{' '}
            {warnings.length > 0 && <span className="badge yellow">{t('settings.scheme.warningsCount', { count: formatCount(warnings.length) })}</span>}
          </p>
          <ul>
            {[...errors, ...warnings].map((shown) => (
              <li key={shown.listId} id={shown.listId} className={shown.problem.severity}>
                <span className="severity">
                  {t(shown.problem.severity === 'error' ? 'settings.scheme.severity.error' : 'settings.scheme.severity.warning')}
                </span>{' '}
                {shown.text}{' '}
                <button type="button" className="link-button" onClick={() => focusPath(shown.problem.path)}>
                  {t('settings.scheme.goTo')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
