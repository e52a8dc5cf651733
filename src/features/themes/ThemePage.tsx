import { EvaluationPage, useI18n } from '../../ui';

// Placeholder while the screen is being built; replaced by the screen's own implementation.
export function ThemePage(_props: { params: Record<string, string> }) {
  const { t } = useI18n();
  return <EvaluationPage title={t('nav.themes')}>{() => null}</EvaluationPage>;
}
