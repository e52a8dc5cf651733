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
export * from './naming/distinctNames';
// Not named here, because whatever this file names is in the first screen's chunk: the words of
// errors (states/describeError, states/adapterDetail: fetched when an error shows), the quality
// report's (quality/qualityText) and the card rules' (format/cardRuleText). Import them from their files.
export * from './download';
export * from './view/monthSpan';
export * from './view/useMonthSpan';
export * from './pickers/MonthSpanPicker';
export * from './naming/indicatorName';
export * from './format/honest';
export * from './figures/Figures';
