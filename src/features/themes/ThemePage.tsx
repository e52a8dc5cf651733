import { indicatorName, EmptyState, EvaluationPage, useHashLocation, useI18n } from '../../ui';
import { IndicatorCharts } from './IndicatorCharts';
import { OfficeTable } from './OfficeTable';
import { ThemeSummary } from './ThemeSummary';
import type { ThemeTableProps } from './themeTable';
import { ThemeTabs } from './ThemeTabs';
import { selectedIndicator, themeFromParam, themeIndicators } from './themes';
import './themes.css';

/** 专题: one group of indicators (办件与网办, 好差评, 12345热线, 政务公开) across offices and over time. */
export function ThemePage({ params }: { params: Record<string, string> }) {
  const { t, locale } = useI18n();
  const { params: query } = useHashLocation();
  const theme = themeFromParam(params.theme);

  if (!theme) {
    return (
      <section aria-labelledby="page-title">
        <h2 id="page-title" className="page-title">
          {t('themes.title')}
        </h2>
        <ThemeTabs current={null} />
        <EmptyState>{t('themes.unknown', { theme: params.theme ?? '' })}</EmptyState>
      </section>
    );
  }

  const indicators = themeIndicators(theme);
  const selected = selectedIndicator(theme, query.get('indicator'));
  const themeName = t(`themes.theme.${theme.id}`);
  const selectedName = indicatorName(selected, locale);

  return (
    <>
      <ThemeTabs current={theme.id} />
      <EvaluationPage title={t('themes.pageTitle', { theme: themeName })} showKind>
        {({ engine, evaluation, view }) => {
          const tables: Omit<ThemeTableProps, 'caption'> = { engine, evaluation, kind: view.kind, indicators, selected };
          return (
            <div className="themes">
              <section className="panel" aria-labelledby="theme-summary">
                <h2 id="theme-summary">{t('themes.summary.heading', { theme: themeName, scope: evaluation.scope.name })}</h2>
                <ThemeSummary {...tables} caption={t('themes.summary.caption', { theme: themeName })} />
              </section>
              <h2 className="theme-indicator-title">{t('themes.indicatorTitle', { indicator: selectedName })}</h2>
              <IndicatorCharts engine={engine} evaluation={evaluation} kind={view.kind} indicator={selected} />
              <section className="panel" aria-labelledby="theme-offices">
                <h2 id="theme-offices">{t('themes.table.heading', { kind: t(`kind.${view.kind}`), theme: themeName })}</h2>
                <OfficeTable {...tables} caption={t('themes.table.caption', { kind: t(`kind.${view.kind}`), indicator: selectedName })} />
              </section>
            </div>
          );
        }}
      </EvaluationPage>
    </>
  );
}
