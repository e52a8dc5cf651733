import { EvaluationPage, useI18n, useMonthSpan } from '../../ui';
import { BestWorst } from './BestWorst';
import { CompositionPanel } from './CompositionPanel';
import { Coverage } from './Coverage';
import { KpiTiles } from './KpiTiles';
import { RegionRanking } from './RegionRanking';
import { TrendsPanel } from './TrendsPanel';
import { VerdictPanel } from './VerdictPanel';
import './overview.css';

/**
 * 总览: first the verdict (how the scope is doing, who carries cards, the bottom three and why),
 * then the headline figures, trends, the top three, reporting and composition.
 */
export function OverviewPage(_props: { params: Record<string, string> }) {
  const { t } = useI18n();
  const [span, setSpan] = useMonthSpan();
  return (
    <EvaluationPage title={t('overview.title')} showKind>
      {({ engine, evaluation, view }) => (
        <div className="overview">
          <VerdictPanel engine={engine} evaluation={evaluation} />
          <KpiTiles evaluation={evaluation} />
          <RegionRanking engine={engine} evaluation={evaluation} />
          <TrendsPanel
            engine={engine}
            scopeId={evaluation.scopeId}
            scheme={evaluation.scheme}
            scopeName={evaluation.scope.name}
            to={view.period.to}
            span={span}
            onSpanChange={setSpan}
          />
          {/* The scope's own departments and townships; its child regions have their table above. */}
          <div className="grid-2">
            {view.kinds
              .filter((kind) => kind !== 'region')
              .map((kind) => (
                <BestWorst key={kind} engine={engine} evaluation={evaluation} kind={kind} kinds={view.kinds} />
              ))}
          </div>
          <Coverage engine={engine} evaluation={evaluation} />
          <CompositionPanel engine={engine} evaluation={evaluation} kind={view.kind} />
        </div>
      )}
    </EvaluationPage>
  );
}
