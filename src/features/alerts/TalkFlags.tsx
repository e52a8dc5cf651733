import { useId } from 'react';
import type { PeriodEvaluation } from '../../engine';
import { Link, useI18n } from '../../ui';

/** 约谈提示: offices last of their kind in this period and the one before, with the run's months. */
export function TalkFlags({ evaluation, officeParams }: { evaluation: PeriodEvaluation; officeParams: Record<string, string | null> }) {
  const { t, formatMonth, formatCount } = useI18n();
  const headingId = useId();
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
            {flags.map((flag) => {
              const office = evaluation.office(flag.officeId);
              return (
                <li key={`${flag.kind}|${flag.officeId}`}>
                  <Link to={`/office/${flag.officeId}`} params={officeParams}>
                    {office?.name ?? flag.officeId}
                  </Link>{' '}
                  {t('alerts.talk.item', {
                    kind: t(`kind.${flag.kind}`),
                    count: formatCount(flag.months.length),
                    months: flag.months.map(formatMonth).join(t('alerts.listSeparator')),
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
