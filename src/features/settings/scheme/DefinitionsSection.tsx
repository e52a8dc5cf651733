import { useI18n } from '../../../ui';
import { BuiltInDefinitions } from './BuiltInDefinitions';
import { DefinitionForm } from './DefinitionForm';
import type { DefinitionsSectionProps } from './definitionsSectionProps';
import { fieldId } from './problemIndex';

/**
 * 指标定义: the definitions the scheme carries (its own and the built-in ones it changes), each an
 * editable form checked as it is typed, and the built-in catalogue, read-only, each with 修改口径.
 */
export function DefinitionsSection(props: DefinitionsSectionProps) {
  const { rows, places, names, onAdd, onModify, onRemove } = props;
  const { t } = useI18n();
  const modified = new Set(rows.filter((row) => row.builtIn).map((row) => row.id));
  const rowIndex = new Map(rows.map((row, i) => [row.id, i]));

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

      <BuiltInDefinitions
        nameOf={names.nameOf}
        modified={modified}
        onModify={onModify}
        onRestore={(id) => {
          const at = rowIndex.get(id);
          if (at !== undefined) onRemove(at);
        }}
      />
    </section>
  );
}
