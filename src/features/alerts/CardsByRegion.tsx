import { useId } from 'react';
import { cardCounts, cardRuleName, Link, scopeLinkParams, useHashLocation, useI18n, useSetParams } from '../../ui';
import { conditionText } from '../../ui/format/cardRuleText';
import type { AreaGroup, CardGroups } from './cardGroups';
import { FILTER_PARAMS, type AlertFilters } from './filters';

/**
 * 分地区统计: at a scope with child regions, the cards counted by region and rule before the detail
 * (which county has how many of which card). A count filters the detail to that region and rule; a
 * region's name opens it as the scope of this screen.
 */
export function CardsByRegion({
  groups,
  scopeName,
  rootId,
  filters,
}: {
  groups: CardGroups;
  scopeName: string;
  rootId: string | undefined;
  filters: AlertFilters;
}) {
  const i18n = useI18n();
  const { t, formatCount } = i18n;
  const headingId = useId();
  const location = useHashLocation();
  const setParams = useSetParams();
  const ruleName = (rule: CardGroups['rules'][number]) => cardRuleName(rule.sample, i18n, (card) => conditionText(card, i18n));
  const areaName = (group: AreaGroup) => group.region?.name ?? t('alerts.byRegion.own', { scope: scopeName });
  const filter = (area: string | null, rule: string | null) => setParams({ [FILTER_PARAMS.area]: area, [FILTER_PARAMS.rule]: rule });
  const selected = (area: string | null, rule: string | null) => (filters.area === (area ?? 'all') && filters.rule === (rule ?? 'all') ? true : undefined);

  const countButton = (count: number, area: string | null, rule: string | null, label: string) =>
    count === 0 ? (
      <span className="muted" aria-label={t('alerts.byRegion.none')}>
        —
      </span>
    ) : (
      <button
        type="button"
        className="count-button"
        aria-pressed={selected(area, rule) ?? false}
        // The visible number first, so a voice user saying it finds the button (WCAG 2.5.3).
        aria-label={t('alerts.byRegion.countLabel', { count: formatCount(count), action: label })}
        onClick={() => filter(area, rule)}
      >
        {formatCount(count)}
      </button>
    );

  const total = groups.areas.reduce((sum, group) => sum + group.cards.length, 0);
  return (
    <section className="by-region" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('alerts.byRegion.heading')}</h3>
      <p className="as-of">{t('alerts.byRegion.hint')}</p>
      <div className="table-wide" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className="data-table by-region">
          <caption className="visually-hidden">{t('alerts.byRegion.caption', { scope: scopeName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('alerts.byRegion.area')}</th>
              <th scope="col" className="num">
                {t('alerts.byRegion.redOffices')}
              </th>
              <th scope="col" className="num">
                {t('alerts.byRegion.yellowOffices')}
              </th>
              {groups.rules.map((rule) => (
                <th key={rule.ruleId} scope="col" className={`num rule-${rule.level}`}>
                  {ruleName(rule)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('alerts.byRegion.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.areas.map((group) => {
              const counts = cardCounts(group.cards);
              const name = areaName(group);
              return (
                <tr key={group.area} className={group.cards.length === 0 ? 'quiet' : undefined}>
                  <th scope="row">
                    {group.region ? (
                      <Link to={location.path} params={scopeLinkParams(location.params, group.region.id, rootId)} title={t('alerts.byRegion.open', { name })}>
                        {name}
                      </Link>
                    ) : (
                      name
                    )}
                  </th>
                  <td className="num red-count">{counts.red.offices > 0 ? formatCount(counts.red.offices) : '—'}</td>
                  <td className="num yellow-count">{counts.yellow.offices > 0 ? formatCount(counts.yellow.offices) : '—'}</td>
                  {groups.rules.map((rule) => (
                    <td key={rule.ruleId} className="num">
                      {countButton(
                        group.byRule.get(rule.ruleId) ?? 0,
                        group.area,
                        rule.ruleId,
                        t('alerts.byRegion.filterCell', { area: name, rule: ruleName(rule) }),
                      )}
                    </td>
                  ))}
                  <td className="num">{countButton(group.cards.length, group.area, null, t('alerts.byRegion.filterArea', { area: name }))}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('alerts.byRegion.sum')}</th>
              <td className="num red-count">{formatCount(cardCounts(groups.areas.flatMap((group) => group.cards)).red.offices)}</td>
              <td className="num yellow-count">{formatCount(cardCounts(groups.areas.flatMap((group) => group.cards)).yellow.offices)}</td>
              {groups.rules.map((rule) => {
                const count = groups.areas.reduce((sum, group) => sum + (group.byRule.get(rule.ruleId) ?? 0), 0);
                return (
                  <td key={rule.ruleId} className="num">
                    {countButton(count, null, rule.ruleId, t('alerts.byRegion.filterRule', { rule: ruleName(rule) }))}
                  </td>
                );
              })}
              <td className="num">{formatCount(total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
