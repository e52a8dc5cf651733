import { EvaluationPage, useI18n } from '../../ui';
import { OfficeView } from './OfficeView';

/** 单位详情: one office over time against its kind and its region, its ranks, cards and raw counts. */
export function OfficePage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const officeId = params.id ?? '';
  return <EvaluationPage title={t('office.title')}>{(context) => <OfficeView {...context} officeId={officeId} />}</EvaluationPage>;
}
