import { BUILT_IN_INDICATORS, OFFICE_KINDS, type Indicator } from '../../../domain';
import { printFormula } from '../../../domain/formulaTextPrint';
import { useI18n } from '../../../ui';
import { fieldId } from './problemIndex';

/**
 * The built-in catalogue, read-only, each definition with 修改口径 (copy it into the draft to change
 * it there) or, once changed, 恢复 (drop the draft's copy).
 */
export function BuiltInDefinitions({
  nameOf,
  modified,
  onModify,
  onRestore,
}: {
  /** The name a formula shows for an id (the draft's names). */
  nameOf: (id: string) => string;
  /** The ids of the built-in definitions the draft changes. */
  modified: ReadonlySet<string>;
  onModify: (id: string) => void;
  onRestore: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  const label = (indicator: Indicator) => (locale === 'zh-CN' ? indicator.label.zh : indicator.label.en);
  return (
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
                formula={printFormula(definition.formula, nameOf)}
                modified={modified.has(definition.id)}
                onModify={() => onModify(definition.id)}
                onRestore={() => onRestore(definition.id)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </details>
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
  const kinds =
    definition.appliesTo.length === OFFICE_KINDS.length ? t('settings.definitions.allKinds') : definition.appliesTo.map((kind) => t(`kind.${kind}`)).join('、');
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
