import { COUNT_FIELDS, DIRECTIONS, INDICATOR_CATEGORIES, INDICATOR_UNITS, isCountField, type IndicatorUnit } from '../../../domain';
import { useI18n } from '../../../ui';
import { COUNT_UNITS, withCategory } from './definitionEdits';
import type { DefinitionsSectionProps } from './definitionsSectionProps';
import type { DefinitionDraft } from './draft';
import { ChoiceSelect, FieldInput, NumberInput, RemoveButton } from './fields';
import { FormulaField } from './FormulaField';
import { KindChecks } from './KindChecks';
import { defaultMinDenominator } from './newRows';
import { fieldId, problemsUnder } from './problemIndex';
import { describePath } from './problemText';

/** One definition of the draft as a form, checked as it is typed; a definition in use cannot be removed. */
export function DefinitionForm({
  row,
  index,
  place,
  problems,
  parsed,
  names,
  input,
  summable,
  usedBy,
  onChange,
  onFormula,
  onRemove,
}: DefinitionsSectionProps & { row: DefinitionDraft; index: number; place: number }) {
  const { t, locale } = useI18n();
  const base = `definitions[${place}]`;
  const rowName = t('settings.definitions.rowName', { n: index + 1 });
  const fieldLabel = (field: Parameters<typeof t>[0]) => t('settings.where.itemField', { item: rowName, field: t(field) });
  const update = (patch: Partial<DefinitionDraft>) => onChange(index, { ...row, ...patch });
  const result = parsed.get(row.key);
  const units = result?.ok ? (result.formula.type === 'ratio' ? (['rate'] as const) : COUNT_UNITS) : INDICATOR_UNITS;
  const name = row.zh.trim();
  const formulaPath = `${base}.formula`;
  const own = problemsUnder(problems, base).filter(
    ({ problem }) => !(problem.path === formulaPath || problem.path.startsWith(`${formulaPath}.`) || problem.path.startsWith(`${formulaPath}[`)),
  );
  const fields = COUNT_FIELDS.map(names.nameOf);
  const indicators = summable.filter((id) => !isCountField(id)).map(names.nameOf);
  // A scored or carded indicator of the scheme's own cannot go while in use: its rows would name an id nobody knows.
  const used = usedBy.get(row.id) ?? [];

  return (
    <fieldset className={`definition-form${row.builtIn ? ' modified' : ''}`} id={fieldId(base)} tabIndex={-1}>
      <legend>
        <span className="definition-name">{name || t('settings.definitions.unnamed')}</span>{' '}
        <span className={`badge ${row.builtIn ? 'yellow' : 'own'}`}>
          {t(row.builtIn ? 'settings.definitions.badge.modified' : 'settings.definitions.badge.own')}
        </span>
      </legend>
      <div className="definition-grid">
        <label>
          <span>{t('settings.definitions.field.zh')}</span>
          <FieldInput
            path={`${base}.label.zh`}
            problems={problems}
            label={fieldLabel('settings.where.field.label')}
            value={row.zh}
            onChange={(zh) => update({ zh })}
          />
        </label>
        <label>
          <span>{t('settings.definitions.field.en')}</span>
          <FieldInput
            path={`${base}.label.en`}
            problems={problems}
            label={fieldLabel('settings.where.field.labelEn')}
            value={row.en}
            onChange={(en) => update({ en })}
          />
        </label>
        <div className="definition-formula">
          <label htmlFor={fieldId(formulaPath)}>{t('settings.definitions.field.formula')}</label>
          <FormulaField
            path={formulaPath}
            problems={problems}
            label={fieldLabel('settings.where.field.formula')}
            value={row.formula}
            parsed={result}
            names={names}
            where={describePath(formulaPath, input, t, locale)}
            insertable={{ fields, indicators }}
            insertLabel={(inserted) => t('settings.definitions.insert', { name: inserted, n: index + 1 })}
            onChange={(formula) => onFormula(index, formula)}
          />
        </div>
        <label>
          <span>{t('settings.definitions.field.unit')}</span>
          <ChoiceSelect
            path={`${base}.unit`}
            problems={problems}
            label={fieldLabel('settings.where.field.unit')}
            value={row.unit}
            choices={(units as readonly IndicatorUnit[]).includes(row.unit) ? units : [row.unit, ...units]}
            choiceLabel={(unit) => t(`settings.definitions.unit.${unit}`)}
            onChange={(unit) =>
              update({
                unit,
                minDenominator: unit === 'rate' && row.minDenominator.trim() === '' ? String(defaultMinDenominator(row.category)) : row.minDenominator,
              })
            }
          />
        </label>
        <label>
          <span>{t('settings.definitions.field.direction')}</span>
          <ChoiceSelect
            path={`${base}.direction`}
            problems={problems}
            label={fieldLabel('settings.where.field.direction')}
            value={row.direction}
            choices={DIRECTIONS}
            choiceLabel={(direction) => t(direction === 'higher' ? 'settings.indicators.higher' : 'settings.indicators.lower')}
            onChange={(direction) => update({ direction })}
          />
        </label>
        <label>
          <span>{t('settings.definitions.field.category')}</span>
          <ChoiceSelect
            path={`${base}.category`}
            problems={problems}
            label={fieldLabel('settings.where.field.category')}
            value={row.category}
            choices={INDICATOR_CATEGORIES}
            choiceLabel={(category) => t(`settings.category.${category}`)}
            onChange={(category) => onChange(index, withCategory(row, category))}
          />
        </label>
        {row.unit === 'rate' && (
          <label>
            <span>{t('settings.definitions.field.minDenominator')}</span>
            <NumberInput
              path={`${base}.minDenominator`}
              problems={problems}
              label={fieldLabel('settings.where.field.minDenominator')}
              value={row.minDenominator}
              unit={null}
              onChange={(minDenominator) => update({ minDenominator })}
            />
          </label>
        )}
        <div className="definition-kinds">
          <span>{t('settings.definitions.field.appliesTo')}</span>
          <KindChecks
            path={`${base}.appliesTo`}
            problems={problems}
            legend={fieldLabel('settings.where.field.appliesTo')}
            value={row.appliesTo}
            onChange={(appliesTo) => update({ appliesTo })}
          />
        </div>
      </div>
      {row.unit === 'rate' && <p className="hint">{t('settings.definitions.minDenominatorHint')}</p>}
      {own.length > 0 && (
        <ul className="formula-problems">
          {own.map(({ problem, text, listId }) => (
            <li key={listId} className={problem.severity}>
              {text}
            </li>
          ))}
        </ul>
      )}
      <div className="definition-footer">
        <span className="definition-id">{t('settings.definitions.id', { id: row.id })}</span>
        {row.builtIn ? (
          <button type="button" onClick={() => onRemove(index)} aria-label={`${t('settings.definitions.restore')} ${rowName}`}>
            {t('settings.definitions.restore')}
          </button>
        ) : used.length > 0 ? (
          <span className="definition-in-use">
            <span id={`${fieldId(base)}-in-use`} className="hint">
              {t('settings.definitions.inUse', { places: used.join(t('settings.definitions.inUseJoin')) })}
            </span>{' '}
            <button type="button" disabled aria-label={`${t('settings.definitions.remove')} ${rowName}`} aria-describedby={`${fieldId(base)}-in-use`}>
              {t('settings.definitions.remove')}
            </button>
          </span>
        ) : (
          <RemoveButton text={t('settings.definitions.remove')} itemName={rowName} onClick={() => onRemove(index)} />
        )}
      </div>
    </fieldset>
  );
}
