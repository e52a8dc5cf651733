import { INDICATOR_CATEGORIES, INDICATORS, isIndicatorId } from '../../../domain';
import { useI18n } from '../../../ui';

/** Every indicator of the registry, grouped by category; an unknown id from an import stays selectable so it can be seen and replaced. */
export function IndicatorSelect({
  id,
  label,
  value,
  onChange,
  invalid,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (indicatorId: string) => void;
  invalid: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <select id={id} aria-label={label} value={value} aria-invalid={invalid || undefined} onChange={(event) => onChange(event.target.value)}>
      {!isIndicatorId(value) && <option value={value}>{value}</option>}
      {INDICATOR_CATEGORIES.map((category) => (
        <optgroup key={category} label={t(`settings.category.${category}`)}>
          {INDICATORS.filter((indicator) => indicator.category === category).map((indicator) => (
            <option key={indicator.id} value={indicator.id}>
              {locale === 'zh-CN' ? indicator.label.zh : indicator.label.en}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
