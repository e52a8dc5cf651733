import { OFFICE_KINDS, type OfficeKind } from '../../../domain';
import { useI18n } from '../../../ui';
import type { IndicatorDraft } from './draft';
import type { Catalogue } from './draftCatalogue';
import { parseTypedNumber } from './typedNumbers';
import { NumberInput, unitKey, useRowLabels } from './fields';
import { IndicatorSelect } from './IndicatorSelect';
import { fieldId, fieldState } from './problemIndex';
import { RowEndCells, SchemeTable, type SchemeListProps } from './SchemeTable';

/** Weights per kind of office as typed, so staff see at a glance whether each kind adds up to 100. */
function weightSums(rows: readonly IndicatorDraft[]): { kind: OfficeKind; sum: number }[] {
  const sums = new Map<OfficeKind, number>();
  for (const row of rows) {
    // As the engine counts them: a negative weight is an error and adds nothing.
    const weight = Math.max(0, parseTypedNumber(row.weight) ?? 0);
    for (const kind of row.appliesTo) sums.set(kind, (sums.get(kind) ?? 0) + weight);
  }
  return OFFICE_KINDS.filter((kind) => sums.has(kind)).map((kind) => ({ kind, sum: Number((sums.get(kind) ?? 0).toPrecision(12)) }));
}

export function IndicatorTable({ rows, problems, onChange, onAdd, onRemove, catalogue }: SchemeListProps<IndicatorDraft> & { catalogue: Catalogue }) {
  const { t } = useI18n();
  const { itemName, label } = useRowLabels('settings.where.indicatorUnnamed');
  const sums = weightSums(rows);

  return (
    <SchemeTable
      section="indicators"
      title={t('settings.indicators.title')}
      emptyText={t('settings.indicators.empty')}
      caption={t('settings.indicators.caption')}
      headers={[
        { text: t('settings.indicators.col.number'), numeric: true },
        { text: t('settings.indicators.col.indicator') },
        { text: t('settings.indicators.col.weight') },
        { text: t('settings.indicators.col.floor') },
        { text: t('settings.indicators.col.target') },
        { text: t('settings.indicators.col.direction') },
        { text: t('settings.indicators.col.appliesTo') },
        { text: t('settings.indicators.col.actions') },
      ]}
      rowCount={rows.length}
      addText={t('settings.indicators.add')}
      onAdd={onAdd}
      under={
        sums.length > 0 && (
          <p className="weight-sums">
            {t('settings.indicators.weightSums')}
            {sums.map(({ kind, sum }) => (
              <span key={kind} className={sum === 100 ? 'ok' : 'off'}>
                {t('settings.indicators.weightSum', { kind: t(`kind.${kind}`), sum })}
              </span>
            ))}
          </p>
        )
      }
    >
      {rows.map((row, index) => {
        const base = `indicators[${index}]`;
        const unit = unitKey(row.indicatorId, catalogue);
        const update = (patch: Partial<IndicatorDraft>) => onChange(index, { ...row, ...patch });
        const number = (field: 'weight' | 'floor' | 'target', withUnit: boolean) => (
          <NumberInput
            path={`${base}.${field}`}
            problems={problems}
            label={label(index, `settings.where.field.${field}`)}
            value={row[field]}
            unit={withUnit ? unit : null}
            onChange={(value) => update({ [field]: value })}
          />
        );
        const direction = catalogue.byId.get(row.indicatorId)?.direction ?? null;
        return (
          <tr key={row.key} id={fieldId(base)} tabIndex={-1} className={fieldState(problems, base).invalid ? 'invalid-row' : undefined}>
            <td className="num">{index + 1}</td>
            <td>
              <IndicatorSelect
                path={`${base}.indicatorId`}
                problems={problems}
                label={label(index, 'settings.where.field.indicatorId')}
                value={row.indicatorId}
                catalogue={catalogue}
                onChange={(indicatorId) => update({ indicatorId })}
              />
            </td>
            <td>{number('weight', false)}</td>
            <td>{number('floor', true)}</td>
            <td>{number('target', true)}</td>
            <td>{direction ? t(direction === 'higher' ? 'settings.indicators.higher' : 'settings.indicators.lower') : ''}</td>
            <RowEndCells
              path={`${base}.appliesTo`}
              problems={problems}
              legend={label(index, 'settings.where.field.appliesTo')}
              appliesTo={row.appliesTo}
              onAppliesTo={(appliesTo) => update({ appliesTo })}
              removeText={t('settings.indicators.remove')}
              itemName={itemName(index)}
              onRemove={() => onRemove(index)}
            />
          </tr>
        );
      })}
    </SchemeTable>
  );
}
