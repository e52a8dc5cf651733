export * from './i18n/I18nProvider';
export * from './i18n/translate';
export * from './format/formatters';
export * from './router';
export * from './states/States';
export { usePrefetchErrorText } from './states/useErrorText';
export * from './table/DataTable';
export * from './layout/AppLayout';
export * from './theme/tokens';
export * from './view/useView';
export * from './pickers/PeriodPicker';
export * from './pickers/ScopePicker';
export * from './pickers/periodLabel';
export * from './page/EvaluationPage';
export * from './naming/qualifiedNames';
export * from './naming/useQualify';
// The words of errors, of the quality report and of card rules are imported from their own files:
// lint (barrels/first-screen, tools/eslint-barrels.js) keeps them out of this one.
export * from './download';
export * from './view/monthSpan';
export * from './view/useMonthSpan';
export * from './pickers/MonthSpanPicker';
export * from './naming/indicatorName';
export * from './view/useScopeRegion';
export * from './format/honest';
export * from './figures/Figures';
export * from './clipboard';
