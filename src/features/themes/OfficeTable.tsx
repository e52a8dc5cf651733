import { useCallback, useMemo } from 'react';
import type { OfficeEvaluation } from '../../engine';
import {
  detailsByOffice,
  IncompleteBadge,
  IndicatorStandingFigure,
  indicatorName,
  qualifiedNames,
  useQualify,
  Link,
  useHashLocation,
  useI18n,
  type Column,
} from '../../ui';
import { ListTable } from '../../ui/table/ListTable';
import type { ThemeTableProps } from './themeTable';

/**
 * Every office of the kind with every indicator of the theme, best first on the indicator the
 * charts draw; offices without a value for it come last. The exact numbers behind the charts.
 * A prefecture's or a county's list stays one page of the screen (ListTable): a search by name as
 * shown (qualified), every column sortable, pages under it, no scroll box inside the page.
 */
export function OfficeTable({ engine, evaluation, kind, indicators, selected, caption }: ThemeTableProps) {
  const { t, locale } = useI18n();
  const { params } = useHashLocation();
  const rows = useMemo(() => {
    // The offices ranked at the scope (its child regions, own departments, townships directly under it).
    const offices = evaluation.rankings[kind].filter((office) => office.status !== 'not-expected');
    const sign = selected.direction === 'higher' ? -1 : 1;
    return [...offices].sort((a, b) => {
      const x = a.values[selected.id] ?? null;
      const y = b.values[selected.id] ?? null;
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return sign * (x - y) || (a.officeId < b.officeId ? -1 : 1);
    });
  }, [evaluation, kind, selected]);
  const qualify = useQualify();
  const names = useMemo(() => qualifiedNames(engine, rows, qualify), [engine, rows, qualify]);
  const details = useMemo(() => detailsByOffice(rows), [rows]);
  const carried = { period: params.get('period'), scope: params.get('scope') };
  const nameText = useCallback((office: OfficeEvaluation) => names.get(office.officeId) ?? office.name, [names]);

  const columns: Column<OfficeEvaluation>[] = [
    {
      key: 'office',
      header: t('themes.table.office'),
      sortValue: nameText,
      cell: (office) => (
        <Link to={`/office/${office.officeId}`} params={carried}>
          {names.get(office.officeId) ?? office.name}
        </Link>
      ),
    },
    {
      key: 'status',
      header: t('themes.table.status'),
      sortValue: (office) => t(`themes.status.${office.status}`),
      cell: (office) => (
        <>
          {t(`themes.status.${office.status}`)}
          {office.dataIncomplete && (
            <>
              {' '}
              <IncompleteBadge office={office} />
            </>
          )}
        </>
      ),
    },
    // 未报送 for an office that sent nothing; 样本不足 / 数据不全 where the scheme scores the indicator.
    ...indicators.map<Column<OfficeEvaluation>>((indicator) => ({
      key: indicator.id,
      header: indicatorName(indicator, locale),
      numeric: true,
      // 未报送 and no value sort last whichever the direction.
      sortValue: (office) => (office.status === 'not-reported' ? null : (office.values[indicator.id] ?? null)),
      sortFirst: indicator.direction === 'lower' ? 'asc' : 'desc',
      cell: (office) => (
        <IndicatorStandingFigure
          indicator={indicator}
          value={office.values[indicator.id]}
          detail={details.get(office.officeId)?.get(indicator.id)}
          notReported={office.status === 'not-reported'}
        />
      ),
    })),
  ];
  return (
    <ListTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(office) => office.officeId}
      searchText={nameText}
      searchLabel={t('themes.table.search')}
    />
  );
}
