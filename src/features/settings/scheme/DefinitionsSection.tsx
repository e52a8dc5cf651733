import {
  BUILT_IN_INDICATORS,
  COUNT_FIELDS,
  DIRECTIONS,
  INDICATOR_CATEGORIES,
  INDICATOR_UNITS,
  OFFICE_KINDS,
  isCountField,
  type Indicator,
  type IndicatorUnit,
} from '../../../domain';
import { printFormula, type FormulaTextResult } from '../../../domain/formula-text';
import { useI18n } from '../../../ui';
import { defaultMinDenominator, type DefinitionDraft, type ParsedFormulas } from './draft';
import { ChoiceSelect, FieldInput, NumberInput, RemoveButton } from './fields';
import { FormulaField } from './FormulaField';
import type { FormulaNames } from './formulaNames';
import { KindChecks } from './KindChecks';
import { fieldId, problemsUnder, type ShownProblem } from './problemIndex';
import { describePath } from './problemText';

const COUNT_UNITS = INDICATOR_UNITS.filter((unit) => unit !== 'rate');

/** A count's unit by its category: reviews in 条, hotline tickets in 件 (工单), disclosures in 条, items otherwise. */
function countUnitOf(category: DefinitionDraft['category']): IndicatorUnit {
  return category === 'reviews' ? 'reviews' : category === 'hotline' ? 'tickets' : category === 'disclosure' ? 'entries' : 'items';
}

/**
 * A row with a new formula: the unit follows what the formula is once it reads (a ratio is a
 * rate, anything else a count), so the two cannot disagree by accident.
 */
export function withFormula(row: DefinitionDraft, formula: string, parsed: FormulaTextResult): DefinitionDraft {
  const next = { ...row, formula };
  if (!parsed.ok) return next;
  if (parsed.formula.type === 'ratio' && row.unit !== 'rate') {
    return { ...next, unit: 'rate', minDenominator: row.minDenominator.trim() === '' ? String(defaultMinDenominator(row.category)) : row.minDenominator };
  }
  if (parsed.formula.type !== 'ratio' && row.unit === 'rate') return { ...next, unit: countUnitOf(row.category) };
  return next;
}

/** A row in another category: a minimum denominator still at the old category's default moves to the new one's. */
export function withCategory(row: DefinitionDraft, category: DefinitionDraft['category']): DefinitionDraft {
  const next = { ...row, category };
  if (row.minDenominator.trim() === String(defaultMinDenominator(row.category))) next.minDenominator = String(defaultMinDenominator(category));
  return next;
}

export interface DefinitionsSectionProps {
  rows: readonly DefinitionDraft[];
  /** Each row's place among the scheme's definitions (its problems' "definitions[i]"), by row key. */
  places: ReadonlyMap<string, number>;
  problems: readonly ShownProblem[];
  parsed: ParsedFormulas;
  names: FormulaNames;
  /** The object the problems were found in (describes their places). */
  input: unknown;
  /** The ids of counts and sums a formula may add (ratios and differences cannot be added). */
  summable: readonly string[];
  /** Where an indicator is scored or carded ("第1项计分指标"), by id: a definition in use cannot be removed. */
  usedBy: ReadonlyMap<string, readonly string[]>;
  onChange: (index: number, row: DefinitionDraft) => void;
  onFormula: (index: number, formula: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onModify: (id: string) => void;
}

/**
 * 指标定义: the definitions the scheme carries (its own and the built-in ones it changes), each an
 * editable form checked as it is typed, and the built-in catalogue, read-only, each with 修改口径.
 */
export function DefinitionsSection(props: DefinitionsSectionProps) {
  const { rows, places, names, onAdd, onModify, onRemove } = props;
  const { t, locale } = useI18n();
  const changed = new Map(rows.filter((row) => row.builtIn).map((row, i) => [row.id, i]));
  const rowIndex = new Map(rows.map((row, i) => [row.id, i]));
  const label = (indicator: { label: { zh: string; en: string } }) => (locale === 'zh-CN' ? indicator.label.zh : indicator.label.en);

  return (
    <section className="panel definitions" aria-labelledby={fieldId('definitions')}>
      <h3 id={fieldId('definitions')} tabIndex={-1}>
        {t('settings.definitions.title')}
      </h3>
      <p className="hint">{t('settings.definitions.intro')}</p>
      <p className="hint">{t('settings.definitions.syntax')}</p>

      <h4>{t('settings.definitions.own')}</h4>
      {rows.length === 0 ? (
        <p>{t('settings.definitions.ownEmpty')}</p>
      ) : (
        rows.map((row, index) => <DefinitionForm key={row.key} {...props} row={row} index={index} place={places.get(row.key) ?? -1} />)
      )}
      <div className="toolbar scheme-under-table">
        <button type="button" onClick={onAdd}>
          {t('settings.definitions.add')}
        </button>
      </div>

      <details className="built-in-definitions">
        <summary>{t('settings.definitions.builtIn', { count: BUILT_IN_INDICATORS.length })}</summary>
        <div className="table-scroll scheme-table">
          <table className="data-table">
            <caption className="visually-hidden">{t('settings.definitions.builtInCaption')}</caption>
            <thead>
              <tr>
                {(['name', 'formula', 'unit', 'direction', 'category', 'appliesTo', 'minDenominator', 'actions'] as const).map((column) => (
                  <th key={column} scope="col" className={column === 'minDenominator' ? 'num' : undefined}>
                    {t(`settings.definitions.col.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {BUILT_IN_INDICATORS.map((definition, i) => (
                <BuiltInRow
                  key={definition.id}
                  definition={definition}
                  place={i}
                  name={label(definition)}
                  formula={printFormula(definition.formula, names.nameOf)}
                  modified={changed.has(definition.id)}
                  onModify={() => onModify(definition.id)}
                  onRestore={() => {
                    const at = rowIndex.get(definition.id);
                    if (at !== undefined) onRemove(at);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

function BuiltInRow({
  definition,
  place,
  name,
  formula,
  modified,
  onModify,
  onRestore,
}: {
  definition: Indicator;
  place: number;
  name: string;
  formula: string;
  modified: boolean;
  onModify: () => void;
  onRestore: () => void;
}) {
  const { t, formatCount } = useI18n();
  const rate = definition.unit === 'rate';
  const kinds = definition.appliesTo.length === OFFICE_KINDS.length ? t('settings.definitions.allKinds') : definition.appliesTo.map((kind) => t(`kind.${kind}`)).join('、');
  return (
    <tr id={fieldId(`definitions[${place}]`)} tabIndex={-1}>
      <th scope="row">{name}</th>
      <td>
        <code className="formula-text">{formula}</code>
      </td>
      <td>{t(`settings.definitions.unit.${definition.unit}`)}</td>
      <td>{t(definition.direction === 'higher' ? 'settings.indicators.higher' : 'settings.indicators.lower')}</td>
      <td>{t(`settings.category.${definition.category}`)}</td>
      <td>{kinds}</td>
      <td className="num">{rate ? formatCount(definition.minDenominator) : ''}</td>
      <td>
        {modified ? (
          <>
            <span className="modified-note">{t('settings.definitions.modifiedHere')}</span>{' '}
            <button type="button" onClick={onRestore} aria-label={`${t('settings.definitions.restore')} ${name}`}>
              {t('settings.definitions.restore')}
            </button>
          </>
        ) : (
          <button type="button" onClick={onModify} aria-label={`${t('settings.definitions.modify')} ${name}`}>
            {t('settings.definitions.modify')}
          </button>
        )}
      </td>
    </tr>
  );
}

function DefinitionForm({
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
  const own = problemsUnder(problems, base).filter(({ problem }) => !(problem.path === formulaPath || problem.path.startsWith(`${formulaPath}.`) || problem.path.startsWith(`${formulaPath}[`)));
  const fields = COUNT_FIELDS.map(names.nameOf);
  const indicators = summable.filter((id) => !isCountField(id)).map(names.nameOf);
  // A scored or carded indicator of the scheme's own cannot go while in use: its rows would name an id nobody knows.
  const used = usedBy.get(row.id) ?? [];

  return (
    <fieldset className={`definition-form${row.builtIn ? ' modified' : ''}`} id={fieldId(base)} tabIndex={-1}>
      <legend>
        <span className="definition-name">{name || t('settings.definitions.unnamed')}</span>{' '}
        <span className={`badge ${row.builtIn ? 'yellow' : 'own'}`}>{t(row.builtIn ? 'settings.definitions.badge.modified' : 'settings.definitions.badge.own')}</span>
      </legend>
      <div className="definition-grid">
        <label>
          <span>{t('settings.definitions.field.zh')}</span>
          <FieldInput path={`${base}.label.zh`} problems={problems} label={fieldLabel('settings.where.field.label')} value={row.zh} onChange={(zh) => update({ zh })} />
        </label>
        <label>
          <span>{t('settings.definitions.field.en')}</span>
          <FieldInput path={`${base}.label.en`} problems={problems} label={fieldLabel('settings.where.field.labelEn')} value={row.en} onChange={(en) => update({ en })} />
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
              update({ unit, minDenominator: unit === 'rate' && row.minDenominator.trim() === '' ? String(defaultMinDenominator(row.category)) : row.minDenominator })
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
