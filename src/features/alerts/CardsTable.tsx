import { useMemo } from 'react';
import type { Card } from '../../domain';
import type { EngineData } from '../../engine';
import { cardRuleName, indicatorName, Link, nameAt, officeLinkParams, useI18n, useScopeNames, type Column } from '../../ui';
import { ListTable } from '../../ui/table/ListTable';
import { actualWithReason, conditionText } from '../../ui/format/cardRuleText';

interface CardRow {
  card: Card;
  name: string;
  /** The child region of the scope it is in, or the scope's own offices; null at a scope without child regions. */
  area: string | null;
  kind: string;
}

const LEVEL_ORDER = { red: 0, yellow: 1 } as const;
const nameOf = (row: CardRow) => row.name;

/**
 * Every card listed: which office, which rule, which number against which line, since when. At a
 * scope with child regions, each says which region it is in; names are qualified where they repeat
 * in the scope (城东街道（松源县）). Hundreds of cards (a province) are searched, sorted and paged.
 */
export function CardsTable({
  caption,
  cards,
  engine,
  scopeId,
  areaName,
  period,
}: {
  caption: string;
  cards: readonly Card[];
  engine: EngineData;
  scopeId: string;
  /** The area an office is in (松源县, 云岭市本级), where the scope has child regions. */
  areaName: ((officeId: string) => string) | null;
  /** The period of the links to the offices' pages. */
  period: string | null;
}) {
  const i18n = useI18n();
  const { t, locale, formatMonth, formatCount } = i18n;
  const names = useScopeNames(engine, scopeId);

  const rows = useMemo<CardRow[]>(
    () =>
      cards.map((card) => {
        const index = engine.officeIndex.get(card.officeId);
        const office = index === undefined ? undefined : engine.offices[index];
        return {
          card,
          name: nameAt(names, engine, card.officeId),
          area: areaName ? areaName(card.officeId) : null,
          kind: office ? t(`kind.${office.kind}`) : '',
        };
      }),
    [cards, engine, names, areaName, t],
  );

  const columns = useMemo<Column<CardRow>[]>(
    () => [
      {
        key: 'level',
        header: t('alerts.col.level'),
        cell: (row) => <span className={`badge ${row.card.level}`}>{t(`alerts.level.${row.card.level}`)}</span>,
        sortValue: (row) => LEVEL_ORDER[row.card.level],
      },
      {
        key: 'office',
        header: t('alerts.col.office'),
        cell: (row) => (
          <Link to={`/office/${row.card.officeId}`} params={officeLinkParams(engine, row.card.officeId, period)}>
            {row.name}
          </Link>
        ),
        sortValue: (row) => row.name,
      },
      ...(areaName ? [{ key: 'area', header: t('alerts.col.area'), cell: (row: CardRow) => row.area ?? '', sortValue: (row: CardRow) => row.area }] : []),
      { key: 'kind', header: t('alerts.col.kind'), cell: (row) => row.kind, sortValue: (row) => row.kind },
      { key: 'subject', header: t('alerts.col.subject'), cell: (row) => indicatorName(row.card.indicator, locale) },
      { key: 'actual', header: t('alerts.col.actual'), cell: (row) => actualWithReason(row.card, i18n), numeric: true },
      { key: 'threshold', header: t('alerts.col.threshold'), cell: (row) => conditionText(row.card, i18n), numeric: true },
      {
        // The rule by its name (a rule of the built-in scheme) or its message, never its id.
        key: 'rule',
        header: t('alerts.col.rule'),
        cell: (row) => {
          const name = cardRuleName(row.card, i18n, (rule) => conditionText(rule, i18n));
          const message = row.card.message.trim();
          return (
            <>
              {name}
              {message !== '' && message !== name && <span className="as-of">{t('figure.reason', { reason: message })}</span>}
            </>
          );
        },
      },
      { key: 'since', header: t('alerts.col.since'), cell: (row) => formatMonth(row.card.since), sortValue: (row) => row.card.since },
      {
        key: 'months',
        header: t('alerts.col.months'),
        cell: (row) => t('alerts.months', { count: formatCount(row.card.consecutiveMonths) }),
        numeric: true,
        sortValue: (row) => row.card.consecutiveMonths,
        sortFirst: 'desc',
      },
    ],
    [t, locale, i18n, formatMonth, formatCount, areaName, engine, period],
  );

  return (
    <ListTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.card.officeId}|${row.card.ruleId}`}
      searchText={nameOf}
      searchLabel={t('alerts.search')}
    />
  );
}
