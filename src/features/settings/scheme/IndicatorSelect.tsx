import { INDICATOR_CATEGORIES, INDICATORS, isIndicatorId } from '../../../domain';
import { indicatorName, useI18n } from '../../../ui';
import { fieldId, fieldState, type ShownProblem } from './problemIndex';

/** Every indicator of the registry, grouped by category; an unknown id from an import stays selectable so it can be seen and replaced. */
export function IndicatorSelect({
  path,
  problems,
  label,
  value,
  onChange,
}: {
  /** The draft path it edits: its DOM id and the problems that mark it invalid. */
  path: string;
  problems: readonly ShownProblem[];
  label: string;
  value: string;
  onChange: (indicatorId: string) => void;
}) {
  const { t, locale } = useI18n();
  const invalid = fieldState(problems, path).invalid;
  return (
    <select id={fieldId(path)} aria-label={label} value={value} aria-invalid={invalid || undefined} onChange={(event) => onChange(event.target.value)}>
      {!isIndicatorId(value) && <option value={value}>{value}</option>}
      {INDICATOR_CATEGORIES.map((category) => (
        <optgroup key={category} label={t(`settings.category.${category}`)}>
          {INDICATORS.filter((indicator) => indicator.category === category).map((indicator) => (
            <option key={indicator.id} value={indicator.id}>
              {indicatorName(indicator, locale)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
