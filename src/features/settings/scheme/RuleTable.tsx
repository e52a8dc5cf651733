import { CARD_LEVELS, COMPARISONS, indicatorById, isIndicatorId, type CardLevel, type Comparison } from '../../../domain';
import { useI18n, type MessageKey } from '../../../ui';
import type { RuleDraft } from './draft';
import { IndicatorSelect } from './IndicatorSelect';
import { KindChecks } from './KindChecks';
import { fieldId, fieldState, type ShownProblem } from './problemIndex';

export function RuleTable({
  rows,
  problems,
  onChange,
  onAdd,
  onRemove,
}: {
  rows: readonly RuleDraft[];
  problems: readonly ShownProblem[];
  onChange: (index: number, row: RuleDraft) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useI18n();
  const itemName = (index: number) => t('settings.where.ruleUnnamed', { n: index + 1 });
  const label = (index: number, field: MessageKey) => t('settings.where.itemField', { item: itemName(index), field: t(field) });

  return (
    <section className="panel" aria-labelledby={fieldId('cardRules')}>
      <h3 id={fieldId('cardRules')} tabIndex={-1}>
        {t('settings.rules.title')}
      </h3>
      <p className="hint">{t('settings.rules.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('settings.rules.empty')}</p>
      ) : (
        <div className="table-scroll scheme-table">
          <table className="data-table">
            <caption className="visually-hidden">{t('settings.rules.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.rules.col.id')}</th>
                <th scope="col">{t('settings.rules.col.subject')}</th>
                <th scope="col">{t('settings.rules.col.comparison')}</th>
                <th scope="col">{t('settings.rules.col.threshold')}</th>
                <th scope="col">{t('settings.rules.col.level')}</th>
                <th scope="col">{t('settings.rules.col.message')}</th>
                <th scope="col">{t('settings.rules.col.appliesTo')}</th>
                <th scope="col">{t('settings.rules.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const base = `cardRules[${index}]`;
                const state = (field: string) => fieldState(problems, `${base}.${field}`);
                const rowState = fieldState(problems, base);
                const update = (patch: Partial<RuleDraft>) => onChange(index, { ...row, ...patch });
                const unit = isIndicatorId(row.subject) ? (`settings.unit.${indicatorById(row.subject).unit}` as const) : null;
                const text = (field: 'id' | 'threshold' | 'message', fieldLabel: MessageKey, extra: { inputMode?: 'decimal'; className?: string } = {}) => {
                  const s = state(field);
                  return (
                    <input
                      id={fieldId(`${base}.${field}`)}
                      type="text"
                      className={extra.className}
                      inputMode={extra.inputMode}
                      aria-label={label(index, fieldLabel)}
                      aria-invalid={s.invalid || undefined}
                      aria-describedby={s.describedBy}
                      value={row[field]}
                      onChange={(event) => update({ [field]: event.target.value })}
                    />
                  );
                };
                return (
                  <tr
                    key={row.key}
                    id={fieldId(base)}
                    tabIndex={-1}
                    aria-describedby={rowState.describedBy}
                    className={`level-${row.level}${rowState.invalid ? ' invalid-row' : ''}`}
                  >
                    <td>{text('id', 'settings.where.field.id', { className: 'rule-id' })}</td>
                    <td>
                      <IndicatorSelect
                        id={fieldId(`${base}.subject`)}
                        label={label(index, 'settings.where.field.subject')}
                        value={row.subject}
                        invalid={state('subject').invalid}
                        onChange={(subject) => update({ subject })}
                      />
                    </td>
                    <td>
                      <select
                        id={fieldId(`${base}.comparison`)}
                        aria-label={label(index, 'settings.where.field.comparison')}
                        value={row.comparison}
                        onChange={(event) => update({ comparison: event.target.value as Comparison })}
                      >
                        {COMPARISONS.map((comparison) => (
                          <option key={comparison} value={comparison}>
                            {t(`settings.comparison.${comparison}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <span className="number-input">
                        {text('threshold', 'settings.where.field.threshold', { inputMode: 'decimal' })}
                        {unit && <span className="unit">{t(unit)}</span>}
                      </span>
                    </td>
                    <td>
                      <select
                        id={fieldId(`${base}.level`)}
                        aria-label={label(index, 'settings.where.field.level')}
                        value={row.level}
                        onChange={(event) => update({ level: event.target.value as CardLevel })}
                      >
                        {CARD_LEVELS.map((level) => (
                          <option key={level} value={level}>
                            {t(`settings.level.${level}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{text('message', 'settings.where.field.message', { className: 'rule-message' })}</td>
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
                      <button type="button" onClick={() => onRemove(index)} aria-label={`${t('settings.rules.remove')} ${itemName(index)}`}>
                        {t('settings.rules.remove')}
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
          {t('settings.rules.add')}
        </button>
      </div>
    </section>
  );
}
