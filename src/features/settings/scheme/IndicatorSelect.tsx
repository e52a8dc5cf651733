import { INDICATOR_CATEGORIES } from '../../../domain';
import { useI18n } from '../../../ui';
import type { Catalogue } from './draftCatalogue';
import { fieldId, fieldState, type ShownProblem } from './problemIndex';

/**
 * Every indicator the draft defines (the built-in catalogue, possibly changed, and the scheme's
 * own), grouped by category and named by its label; an unknown id from an import stays selectable
 * so it can be seen and replaced.
 */
export function IndicatorSelect({
  path,
  problems,
  label,
  value,
  catalogue,
  onChange,
}: {
  /** The draft path it edits: its DOM id and the problems that mark it invalid. */
  path: string;
  problems: readonly ShownProblem[];
  label: string;
  value: string;
  catalogue: Catalogue;
  onChange: (indicatorId: string) => void;
}) {
  const { t, locale } = useI18n();
  const invalid = fieldState(problems, path).invalid;
  return (
    <select id={fieldId(path)} aria-label={label} value={value} aria-invalid={invalid || undefined} onChange={(event) => onChange(event.target.value)}>
      {!catalogue.byId.has(value) && <option value={value}>{value}</option>}
      {INDICATOR_CATEGORIES.map((category) => (
        <optgroup key={category} label={t(`settings.category.${category}`)}>
          {catalogue.entries
            .filter((entry) => entry.category === category)
            .map((entry) => (
              <option key={entry.id} value={entry.id}>
                {(locale === 'zh-CN' ? entry.label.zh : entry.label.en) || t('settings.definitions.unnamed')}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
