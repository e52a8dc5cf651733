import { EvaluationPage, useI18n } from '../../ui';
import { AlertsView } from './AlertsView';

/** 红黄牌: every active card, filtered in the URL, the count over time and the 约谈 flags. */
export function AlertsPage(_props: { params: Record<string, string> }) {
  const { t } = useI18n();
  return <EvaluationPage title={t('nav.alerts')}>{(context) => <AlertsView {...context} />}</EvaluationPage>;
}
