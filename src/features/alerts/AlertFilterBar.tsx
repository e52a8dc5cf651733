import { useId } from 'react';
import { CARD_LEVELS, type IndicatorCategory, type OfficeKind } from '../../domain';
import { useI18n, useSetParams } from '../../ui';
import { FILTER_PARAMS, type AlertFilters } from './filters';

export function AlertFilterBar({
  filters,
  kinds,
  categories,
}: {
  filters: AlertFilters;
  kinds: readonly OfficeKind[];
  categories: readonly IndicatorCategory[];
}) {
  const { t } = useI18n();
  const setParams = useSetParams();
  const id = useId();
  const set = (param: string, value: string) => setParams({ [param]: value === 'all' ? null : value });

  return (
    <div className="toolbar" role="group" aria-label={t('alerts.filters')}>
      <label htmlFor={`${id}-level`}>{t('alerts.filter.level')}</label>
      <select id={`${id}-level`} value={filters.level} onChange={(event) => set(FILTER_PARAMS.level, event.target.value)}>
        <option value="all">{t('alerts.filter.all')}</option>
        {CARD_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`alerts.level.${level}`)}
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
    </div>
  );
}
