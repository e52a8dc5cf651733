import { RANKED } from '../../engine';
import { EvaluationPage, useI18n, useMonthSpan } from '../../ui';
import { BestWorst } from './BestWorst';
import { CardsSummary } from './CardsSummary';
import { CompositionPanel } from './CompositionPanel';
import { Coverage } from './Coverage';
import { KpiTiles } from './KpiTiles';
import { TrendsPanel } from './TrendsPanel';
import './overview.css';

/** 总览: the period's headline figures, trends, cards, best and worst, reporting and composition. */
export function OverviewPage(_props: { params: Record<string, string> }) {
  const { t } = useI18n();
  const [span, setSpan] = useMonthSpan();
  return (
    <EvaluationPage title={t('overview.title')} showKind>
      {({ engine, evaluation, view }) => (
        <div className="overview">
          <KpiTiles evaluation={evaluation} />
          <TrendsPanel
            engine={engine}
            scopeId={evaluation.scopeId}
            scheme={evaluation.scheme}
            scopeName={evaluation.scope.name}
            to={view.period.to}
            span={span}
            onSpanChange={setSpan}
          />
          <div className="overview-status">
            <CardsSummary evaluation={evaluation} />
            <Coverage engine={engine} evaluation={evaluation} />
          </div>
          <div className="grid-2">
            {RANKED.map((kind) => (
              <BestWorst key={kind} engine={engine} evaluation={evaluation} kind={kind} />
            ))}
          </div>
          <CompositionPanel engine={engine} evaluation={evaluation} kind={view.kind} />
        </div>
      )}
    </EvaluationPage>
  );
}
