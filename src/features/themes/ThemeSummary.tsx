import { useMemo } from 'react';
import { isRate, type Indicator } from '../../domain';
import { kindRollup, type Delta } from '../../engine';
import { indicatorName, DataTable, Link, useHashLocation, useI18n, type Column } from '../../ui';
import type { ThemeTableProps } from './themeTable';

const NO_DELTA: Delta = { previous: null, absolute: null, relative: null };

/** A change as a signed figure: percentage points for a rate, per cent for a count. */
function useChangeText() {
  const { formatPointChange, formatRelativeChange, formatCountChange } = useI18n();
  return (indicator: Indicator, delta: Delta) => {
    if (isRate(indicator)) return formatPointChange(delta.absolute);
    if (delta.relative !== null) return formatRelativeChange(delta.relative);
    return formatCountChange(delta.absolute);
  };
}

/**
 * The theme's indicators for the scope, with 环比 and 同比, beside the roll-up of the chosen kind.
 * Each name selects the indicator the charts below draw.
 */
export function ThemeSummary({ engine, evaluation, kind, indicators, selected, caption }: ThemeTableProps) {
  const { t, locale, formatIndicator } = useI18n();
  const { path, params } = useHashLocation();
  const changeText = useChangeText();
  const kindValues = useMemo(
    () => kindRollup(engine, evaluation.scopeId, kind, evaluation.period).values,
    [engine, evaluation, kind],
  );
  const scope = evaluation.scope;
  const columns: Column<Indicator>[] = [
    {
      key: 'indicator',
      header: t('themes.summary.indicator'),
      cell: (indicator) => {
        const next = new URLSearchParams(params);
        next.set('indicator', indicator.id);
        return (
          <Link to={path} params={next} aria-current={indicator.id === selected.id ? 'true' : undefined} className={indicator.id === selected.id ? 'selected-indicator' : undefined}>
            {indicatorName(indicator, locale)}
          </Link>
        );
      },
    },
    { key: 'value', header: t('themes.summary.value'), numeric: true, cell: (indicator) => formatIndicator(indicator, scope.values[indicator.id]) },
    { key: 'mom', header: t('themes.summary.mom'), numeric: true, cell: (indicator) => changeText(indicator, scope.deltas[indicator.id]?.mom ?? NO_DELTA) },
    { key: 'yoy', header: t('themes.summary.yoy'), numeric: true, cell: (indicator) => changeText(indicator, scope.deltas[indicator.id]?.yoy ?? NO_DELTA) },
    {
      key: 'kind',
      header: t('themes.kindTotal', { kind: t(`kind.${kind}`) }),
      numeric: true,
      cell: (indicator) => formatIndicator(indicator, kindValues[indicator.id]),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={indicators} rowKey={(indicator) => indicator.id} />;
}
