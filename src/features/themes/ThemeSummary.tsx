import { useMemo } from 'react';
import type { Indicator } from '../../domain';
import { kindRollup } from '../../engine';
import { ChangeFigure, IndicatorFigure, indicatorName, DataTable, Link, useHashLocation, useI18n, type Column } from '../../ui';
import type { ThemeTableProps } from './themeTable';

/**
 * The theme's indicators for the scope, with 环比 and 同比 (个百分点 between the rates as shown, a
 * small count's change in units, — with 累计数不作环比 for a year-to-date), beside the roll-up of the
 * chosen kind. Each name selects the indicator the charts below draw.
 */
export function ThemeSummary({ engine, evaluation, kind, indicators, selected, caption }: ThemeTableProps) {
  const { t, locale } = useI18n();
  const { path, params } = useHashLocation();
  const kindValues = useMemo(() => kindRollup(engine, evaluation.scopeId, kind, evaluation.period, evaluation.scheme).values, [engine, evaluation, kind]);
  const scope = evaluation.scope;
  const columns: Column<Indicator>[] = [
    {
      key: 'indicator',
      header: t('themes.summary.indicator'),
      cell: (indicator) => {
        const next = new URLSearchParams(params);
        next.set('indicator', indicator.id);
        return (
          <Link
            to={path}
            params={next}
            aria-current={indicator.id === selected.id ? 'true' : undefined}
            className={indicator.id === selected.id ? 'selected-indicator' : undefined}
          >
            {indicatorName(indicator, locale)}
          </Link>
        );
      },
    },
    {
      key: 'value',
      header: t('themes.summary.value'),
      numeric: true,
      cell: (indicator) => <IndicatorFigure indicator={indicator} value={scope.values[indicator.id]} />,
    },
    {
      key: 'mom',
      header: t('themes.summary.mom'),
      numeric: true,
      cell: (indicator) => <ChangeFigure indicator={indicator} current={scope.values[indicator.id]} delta={scope.deltas[indicator.id]?.mom} />,
    },
    {
      key: 'yoy',
      header: t('themes.summary.yoy'),
      numeric: true,
      cell: (indicator) => <ChangeFigure indicator={indicator} current={scope.values[indicator.id]} delta={scope.deltas[indicator.id]?.yoy} />,
    },
    {
      key: 'kind',
      header: t('themes.kindTotal', { kind: t(`kind.${kind}`) }),
      numeric: true,
      cell: (indicator) => <IndicatorFigure indicator={indicator} value={kindValues[indicator.id]} />,
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={indicators} rowKey={(indicator) => indicator.id} />;
}
