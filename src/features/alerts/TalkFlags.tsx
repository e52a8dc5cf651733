import { useId } from 'react';
import type { EngineData, PeriodEvaluation } from '../../engine';
import { Link, nameAt, officeLinkParams, useI18n, useScopeNames } from '../../ui';

/** 约谈提示: offices last of their kind in this period and the one before, with the run's months. */
export function TalkFlags({ engine, evaluation, period }: { engine: EngineData; evaluation: PeriodEvaluation; period: string | null }) {
  const { t, formatMonth, formatCount } = useI18n();
  const headingId = useId();
  const names = useScopeNames(engine, evaluation.scopeId);
  const flags = evaluation.talkFlags;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('alerts.talk.title')}</h2>
      {flags.length === 0 ? (
        <p>{t('alerts.talk.none')}</p>
      ) : (
        <>
          <p>{t('alerts.talk.intro')}</p>
          <ul>
            {flags.map((flag) => (
              <li key={`${flag.kind}|${flag.officeId}`}>
                <Link to={`/office/${flag.officeId}`} params={officeLinkParams(engine, flag.officeId, period)}>
                  {nameAt(names, engine, flag.officeId)}
                </Link>{' '}
                {t('alerts.talk.item', {
                  kind: t(flag.kind === 'region' ? 'view.kindRegion' : `kind.${flag.kind}`),
                  count: formatCount(flag.months.length),
                  months: flag.months.map(formatMonth).join(t('alerts.listSeparator')),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
