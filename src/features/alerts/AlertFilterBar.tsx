import { useId } from 'react';
import { CARD_LEVELS, lookupIndicator, type IndicatorCategory, type Office, type OfficeKind, type Scheme } from '../../domain';
import { cardRuleName, useI18n, useSetParams } from '../../ui';
import { conditionText } from '../../ui/format/cardRuleText';
import { FILTER_PARAMS, isFiltered, OWN_AREA, type AlertFilters } from './filters';

export function AlertFilterBar({
  filters,
  kinds,
  categories,
  areas,
  scopeName,
  scheme,
}: {
  filters: AlertFilters;
  kinds: readonly OfficeKind[];
  categories: readonly IndicatorCategory[];
  /** The scope's child regions, where it has some: a region filter. */
  areas: readonly Office[] | null;
  scopeName: string;
  scheme: Scheme;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const setParams = useSetParams();
  const id = useId();
  const set = (param: string, value: string) => setParams({ [param]: value === 'all' ? null : value });
  // A rule from a link stays selectable even if the scheme no longer has it.
  // Each rule by its name, a scheme's own indicator by its definition there (never its id).
  const rules = scheme.cardRules.map((rule) => {
    const named = { ...rule, ruleId: rule.id, indicator: lookupIndicator(scheme.definitions, rule.subject) };
    return { id: rule.id, name: cardRuleName(named, i18n, (card) => conditionText(card, i18n)) };
  });
  if (filters.rule !== 'all' && !rules.some((rule) => rule.id === filters.rule)) rules.push({ id: filters.rule, name: filters.rule });
  const areaKnown = filters.area === 'all' || filters.area === OWN_AREA || (areas ?? []).some((area) => area.id === filters.area);

  return (
    <div className="toolbar" role="group" aria-label={t('alerts.filters')}>
      {areas && (
        <>
          <label htmlFor={`${id}-area`}>{t('alerts.filter.area')}</label>
          <select id={`${id}-area`} value={areaKnown ? filters.area : 'all'} onChange={(event) => set(FILTER_PARAMS.area, event.target.value)}>
            <option value="all">{t('alerts.filter.all')}</option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
            <option value={OWN_AREA}>{t('alerts.byRegion.own', { scope: scopeName })}</option>
          </select>
        </>
      )}
      <label htmlFor={`${id}-level`}>{t('alerts.filter.level')}</label>
      <select id={`${id}-level`} value={filters.level} onChange={(event) => set(FILTER_PARAMS.level, event.target.value)}>
        <option value="all">{t('alerts.filter.all')}</option>
        {CARD_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`alerts.level.${level}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-rule`}>{t('alerts.filter.rule')}</label>
      <select id={`${id}-rule`} value={filters.rule} onChange={(event) => set(FILTER_PARAMS.rule, event.target.value)}>
        <option value="all">{t('alerts.filter.all')}</option>
        {rules.map((rule) => (
          <option key={rule.id} value={rule.id}>
            {rule.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-kind`}>{t('alerts.filter.kind')}</label>
      <select id={`${id}-kind`} value={filters.officeKind} onChange={(event) => set(FILTER_PARAMS.officeKind, event.target.value)}>
        <option value="all">{t('alerts.filter.all')}</option>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kind.${kind}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-category`}>{t('alerts.filter.category')}</label>
      <select id={`${id}-category`} value={filters.category} onChange={(event) => set(FILTER_PARAMS.category, event.target.value)}>
        <option value="all">{t('alerts.filter.all')}</option>
        {categories.map((category) => (
          <option key={category} value={category}>
            {t(`alerts.category.${category}`)}
          </option>
        ))}
      </select>
      {isFiltered(filters) && (
        <button type="button" onClick={() => setParams(Object.fromEntries(Object.values(FILTER_PARAMS).map((param) => [param, null])))}>
          {t('alerts.clearFilters')}
        </button>
      )}
    </div>
  );
}
