import { useMemo } from 'react';
import type { Card } from '../../domain';
import type { EngineData } from '../../engine';
import { cardRuleName, DataTable, indicatorName, Link, useI18n, type Column } from '../../ui';
import { actualWithReason, conditionText } from '../../ui/format/cardRuleText';

interface CardRow {
  card: Card;
  name: string;
  parent: string | null;
  kind: string;
}

/** Every card listed: which office, which rule, which number against which line, since when. */
export function CardsTable({
  caption,
  cards,
  engine,
  showParent,
  officeParams,
}: {
  caption: string;
  cards: readonly Card[];
  engine: EngineData;
  /** In a scope of several counties, names repeat: say whose office it is. */
  showParent: boolean;
  officeParams: Record<string, string | null>;
}) {
  const i18n = useI18n();
  const { t, locale, formatMonth, formatCount } = i18n;

  const rows = useMemo<CardRow[]>(
    () =>
      cards.map((card) => {
        const index = engine.officeIndex.get(card.officeId);
        const office = index === undefined ? undefined : engine.offices[index];
        const parentIndex = office?.parentId ? engine.officeIndex.get(office.parentId) : undefined;
        return {
          card,
          name: office?.name ?? card.officeId,
          parent: parentIndex === undefined ? null : (engine.offices[parentIndex]?.name ?? null),
          kind: office ? t(`kind.${office.kind}`) : '',
        };
      }),
    [cards, engine, t],
  );

  const columns = useMemo<Column<CardRow>[]>(
    () => [
      {
        key: 'level',
        header: t('alerts.col.level'),
        cell: (row) => <span className={`badge ${row.card.level}`}>{t(`alerts.level.${row.card.level}`)}</span>,
      },
      {
        key: 'office',
        header: t('alerts.col.office'),
        cell: (row) => (
          <Link to={`/office/${row.card.officeId}`} params={officeParams}>
            {row.name}
          </Link>
        ),
      },
      ...(showParent ? [{ key: 'parent', header: t('alerts.col.parent'), cell: (row: CardRow) => row.parent ?? '' }] : []),
      { key: 'kind', header: t('alerts.col.kind'), cell: (row) => row.kind },
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
      { key: 'since', header: t('alerts.col.since'), cell: (row) => formatMonth(row.card.since) },
      {
        key: 'months',
        header: t('alerts.col.months'),
        cell: (row) => t('alerts.months', { count: formatCount(row.card.consecutiveMonths) }),
        numeric: true,
      },
    ],
    [t, locale, i18n, formatMonth, formatCount, showParent, officeParams],
  );

  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => `${row.card.officeId}|${row.card.ruleId}`} />;
}
