import { indicatorById, isIndicatorId, OFFICE_KINDS, type OfficeKind } from '../../../domain';
import { useI18n } from '../../../ui';
import { parseTypedNumber, type IndicatorDraft } from './draft';
import { IndicatorSelect } from './IndicatorSelect';
import { KindChecks } from './KindChecks';
import { fieldId, fieldState, type ShownProblem } from './problemIndex';

function unitKey(indicatorId: string) {
  return isIndicatorId(indicatorId) ? (`settings.unit.${indicatorById(indicatorId).unit}` as const) : null;
}

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

export function IndicatorTable({
  rows,
  problems,
  onChange,
  onAdd,
  onRemove,
}: {
  rows: readonly IndicatorDraft[];
  problems: readonly ShownProblem[];
  onChange: (index: number, row: IndicatorDraft) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useI18n();
  const itemName = (index: number) => t('settings.where.indicatorUnnamed', { n: index + 1 });
  const label = (index: number, field: Parameters<typeof t>[0]) => t('settings.where.itemField', { item: itemName(index), field: t(field) });
  const sums = weightSums(rows);

  return (
    <section className="panel" aria-labelledby={fieldId('indicators')}>
      <h3 id={fieldId('indicators')} tabIndex={-1}>
        {t('settings.indicators.title')}
      </h3>
      {rows.length === 0 ? (
        <p>{t('settings.indicators.empty')}</p>
      ) : (
        <div className="table-scroll scheme-table">
          <table className="data-table">
            <caption className="visually-hidden">{t('settings.indicators.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('settings.indicators.col.number')}
                </th>
                <th scope="col">{t('settings.indicators.col.indicator')}</th>
                <th scope="col">{t('settings.indicators.col.weight')}</th>
                <th scope="col">{t('settings.indicators.col.floor')}</th>
                <th scope="col">{t('settings.indicators.col.target')}</th>
                <th scope="col">{t('settings.indicators.col.direction')}</th>
                <th scope="col">{t('settings.indicators.col.appliesTo')}</th>
                <th scope="col">{t('settings.indicators.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const base = `indicators[${index}]`;
                const state = (field: string) => fieldState(problems, `${base}.${field}`);
                const rowState = fieldState(problems, base);
                const unit = unitKey(row.indicatorId);
                const update = (patch: Partial<IndicatorDraft>) => onChange(index, { ...row, ...patch });
                const number = (field: 'weight' | 'floor' | 'target', fieldLabel: Parameters<typeof t>[0], withUnit: boolean) => {
                  const s = state(field);
                  return (
                    <span className="number-input">
                      <input
                        id={fieldId(`${base}.${field}`)}
                        type="text"
                        inputMode="decimal"
                        aria-label={label(index, fieldLabel)}
                        aria-invalid={s.invalid || undefined}
                        aria-describedby={s.describedBy}
                        value={row[field]}
                        onChange={(event) => update({ [field]: event.target.value })}
                      />
                      {withUnit && unit && <span className="unit">{t(unit)}</span>}
                    </span>
                  );
                };
                const indicatorState = state('indicatorId');
                const direction = isIndicatorId(row.indicatorId) ? indicatorById(row.indicatorId).direction : null;
                return (
                  <tr key={row.key} id={fieldId(base)} tabIndex={-1} className={rowState.invalid ? 'invalid-row' : undefined}>
                    <td className="num">{index + 1}</td>
                    <td>
                      <IndicatorSelect
                        id={fieldId(`${base}.indicatorId`)}
                        label={label(index, 'settings.where.field.indicatorId')}
                        value={row.indicatorId}
                        invalid={indicatorState.invalid}
                        onChange={(indicatorId) => update({ indicatorId })}
                      />
                    </td>
                    <td>{number('weight', 'settings.where.field.weight', false)}</td>
                    <td>{number('floor', 'settings.where.field.floor', true)}</td>
                    <td>{number('target', 'settings.where.field.target', true)}</td>
                    <td>{direction ? t(direction === 'higher' ? 'settings.indicators.higher' : 'settings.indicators.lower') : ''}</td>
                    <td>
                      <KindChecks
                        idPrefix={fieldId(`${base}.appliesTo`)}
                        legend={label(index, 'settings.where.field.appliesTo')}
                        value={row.appliesTo}
                        invalid={state('appliesTo').invalid}
                        onChange={(appliesTo) => update({ appliesTo })}
                      />
                    </td>
                    <td>
                      <button type="button" onClick={() => onRemove(index)} aria-label={`${t('settings.indicators.remove')} ${itemName(index)}`}>
                        {t('settings.indicators.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="toolbar scheme-under-table">
        <button type="button" onClick={onAdd}>
          {t('settings.indicators.add')}
        </button>
        {sums.length > 0 && (
          <p className="weight-sums">
            {t('settings.indicators.weightSums')}
            {sums.map(({ kind, sum }) => (
              <span key={kind} className={sum === 100 ? 'ok' : 'off'}>
                {t('settings.indicators.weightSum', { kind: t(`kind.${kind}`), sum })}
              </span>
            ))}
          </p>
        )}
      </div>
    </section>
  );
}
