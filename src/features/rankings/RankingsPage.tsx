import { EvaluationPage, useI18n } from '../../ui';
import { RankingsView } from './RankingsView';
import './rankings.css';

/** 排名: one kind's offices ranked by the composite score or by one indicator of the scheme. */
export function RankingsPage(_props: { params: Record<string, string> }) {
  const { t } = useI18n();
  return (
    <EvaluationPage title={t('nav.rankings')} showKind="tabs">
      {(context) => <RankingsView {...context} />}
    </EvaluationPage>
  );
}
