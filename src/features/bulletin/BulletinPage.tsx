import { useMemo } from 'react';
import { issuerFor } from '../../adapters/scopeTitles';
import { isMonthKey, monthPeriod, type MonthKey, type Period } from '../../domain';
import { latestCompleteMonth } from '../../engine';
import { bulletinFacts } from '../../engine/bulletin';
import { useDataSource, useEngineData } from '../../data';
import { EvaluationPage, useHashLocation, useI18n, useNavigate, type EvaluationContext } from '../../ui';
import { BulletinView } from './view/BulletinView';
import './bulletin.css';

/** The month's bulletin once the shared frame has an evaluation of it: facts, issuer, then the paper. */
function MonthBulletin({ context, month }: { context: EvaluationContext; month: MonthKey }) {
  const { engine, dataset, view } = context;
  const { config } = useDataSource();
  const scopeId = view.scopeId ?? engine.rootIds[0]!;
  const facts = useMemo(() => bulletinFacts(engine, dataset.scheme, month, scopeId), [engine, dataset.scheme, month, scopeId]);
  // Who signs the bulletin: config.json's issuer for the scope (never a county bureau for a city).
  const issuer = issuerFor(config.issuer, { id: facts.scope.officeId, name: facts.scope.name, isRoot: facts.scope.officeId === engine.rootIds[0] });
  return <BulletinView key={`${scopeId}:${month}`} facts={facts} issuer={issuer} scopeId={scopeId} engine={engine} scheme={dataset.scheme} />;
}

/**
 * 月度通报: #/bulletin/2026-10 (and ?scope= for a county of a prefecture), in the frame every
 * evaluation screen shares (pickers, loading, error, stale and empty states). Its month lives in the
 * path, and only months are offered. Without a month it opens the last complete month that has
 * data, as the bulletin for October goes out in November.
 */
export function BulletinPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { engine } = useEngineData();
  const navigate = useNavigate();
  const { params: query } = useHashLocation();

  const requested = params.month;
  const month: MonthKey | null = requested ?? (engine ? latestCompleteMonth(engine, new Date()) : null);
  const valid = month !== null && isMonthKey(month);
  const period: Period | null = valid ? monthPeriod(month) : null;

  return (
    <EvaluationPage
      title={t('nav.bulletin')}
      className="bulletin-page"
      periodControl={{
        period,
        kinds: ['month'],
        label: t('bulletin.month'),
        onChange: (next) => navigate(`/bulletin/${next.to}`, query),
        ...(requested !== undefined && !valid ? { invalid: t('bulletin.badMonth', { month: requested }) } : {}),
      }}
    >
      {(context) => (valid ? <MonthBulletin context={context} month={month} /> : null)}
    </EvaluationPage>
  );
}
