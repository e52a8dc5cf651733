import { CARD_LEVELS, COMPARISONS } from '../../../domain';
import { useI18n } from '../../../ui';
import type { RuleDraft } from './draft';
import type { Catalogue } from './draftCatalogue';
import { ChoiceSelect, FieldInput, NumberInput, unitKey, useRowLabels } from './fields';
import { IndicatorSelect } from './IndicatorSelect';
import { fieldId, fieldState } from './problemIndex';
import { RowEndCells, SchemeTable, type SchemeListProps } from './SchemeTable';

export function RuleTable({ rows, problems, onChange, onAdd, onRemove, catalogue }: SchemeListProps<RuleDraft> & { catalogue: Catalogue }) {
  const { t } = useI18n();
  const { itemName, label } = useRowLabels('settings.where.ruleUnnamed');

  return (
    <SchemeTable
      section="cardRules"
      title={t('settings.rules.title')}
      intro={<p className="hint">{t('settings.rules.intro')}</p>}
      emptyText={t('settings.rules.empty')}
      caption={t('settings.rules.caption')}
      headers={[
        { text: t('settings.rules.col.id') },
        { text: t('settings.rules.col.subject') },
        { text: t('settings.rules.col.comparison') },
        { text: t('settings.rules.col.threshold') },
        { text: t('settings.rules.col.level') },
        { text: t('settings.rules.col.message') },
        { text: t('settings.rules.col.appliesTo') },
        { text: t('settings.rules.col.actions') },
      ]}
      rowCount={rows.length}
      addText={t('settings.rules.add')}
      onAdd={onAdd}
    >
      {rows.map((row, index) => {
        const base = `cardRules[${index}]`;
        const rowState = fieldState(problems, base);
        const update = (patch: Partial<RuleDraft>) => onChange(index, { ...row, ...patch });
        return (
          <tr
            key={row.key}
            id={fieldId(base)}
            tabIndex={-1}
            aria-describedby={rowState.describedBy}
            className={`level-${row.level}${rowState.invalid ? ' invalid-row' : ''}`}
          >
            <td>
              <FieldInput
                path={`${base}.id`}
                problems={problems}
                label={label(index, 'settings.where.field.id')}
                className="rule-id"
                value={row.id}
                onChange={(id) => update({ id })}
              />
            </td>
            <td>
              <IndicatorSelect
                path={`${base}.subject`}
                problems={problems}
                label={label(index, 'settings.where.field.subject')}
                value={row.subject}
                catalogue={catalogue}
                onChange={(subject) => update({ subject })}
              />
            </td>
            <td>
              <ChoiceSelect
                path={`${base}.comparison`}
                label={label(index, 'settings.where.field.comparison')}
                value={row.comparison}
                choices={COMPARISONS}
                choiceLabel={(comparison) => t(`settings.comparison.${comparison}`)}
                onChange={(comparison) => update({ comparison })}
              />
            </td>
            <td>
              <NumberInput
                path={`${base}.threshold`}
                problems={problems}
                label={label(index, 'settings.where.field.threshold')}
                value={row.threshold}
                unit={unitKey(row.subject, catalogue)}
                onChange={(threshold) => update({ threshold })}
              />
            </td>
            <td>
              <ChoiceSelect
                path={`${base}.level`}
                label={label(index, 'settings.where.field.level')}
                value={row.level}
                choices={CARD_LEVELS}
                choiceLabel={(level) => t(`settings.level.${level}`)}
                onChange={(level) => update({ level })}
              />
            </td>
            <td>
              <FieldInput
                path={`${base}.message`}
                problems={problems}
                label={label(index, 'settings.where.field.message')}
                className="rule-message"
                value={row.message}
                onChange={(message) => update({ message })}
              />
            </td>
            <RowEndCells
              path={`${base}.appliesTo`}
              problems={problems}
              legend={label(index, 'settings.where.field.appliesTo')}
              appliesTo={row.appliesTo}
              onAppliesTo={(appliesTo) => update({ appliesTo })}
              removeText={t('settings.rules.remove')}
              itemName={itemName(index)}
              onRemove={() => onRemove(index)}
            />
          </tr>
        );
      })}
    </SchemeTable>
  );
}
