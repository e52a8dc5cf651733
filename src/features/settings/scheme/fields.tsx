import { useI18n, type MessageKey } from '../../../ui';
import type { Catalogue } from './draftCatalogue';
import { fieldId, fieldState, type ShownProblem } from './problemIndex';

/** The unit word (件, %, 条) of the indicator a row names, among the draft's definitions; null while the id is not a known one. */
export function unitKey(indicatorId: string, catalogue: Catalogue): MessageKey | null {
  const entry = catalogue.byId.get(indicatorId);
  return entry ? `settings.unit.${entry.unit}` : null;
}

/** "第2项指标的权重": how a control of a table row is named, to the eye of a screen reader and in problems. */
export function useRowLabels(unnamed: 'settings.where.indicatorUnnamed' | 'settings.where.ruleUnnamed') {
  const { t } = useI18n();
  const itemName = (index: number) => t(unnamed, { n: index + 1 });
  const label = (index: number, field: MessageKey) => t('settings.where.itemField', { item: itemName(index), field: t(field) });
  return { itemName, label };
}

export interface FieldInputProps {
  /** The draft path the input edits ("indicators[2].floor"): its DOM id and the problems it shows. */
  path: string;
  problems: readonly ShownProblem[];
  value: string;
  onChange: (value: string) => void;
  /** Without one, the input is named by a surrounding <label>. */
  label?: string;
  inputMode?: 'decimal';
  className?: string;
}

/** A text box for one field of the draft, invalid and described by the problems found at its path. */
export function FieldInput({ path, problems, value, onChange, label, inputMode, className }: FieldInputProps) {
  const state = fieldState(problems, path);
  return (
    <input
      id={fieldId(path)}
      type="text"
      className={className}
      inputMode={inputMode}
      aria-label={label}
      aria-invalid={state.invalid || undefined}
      aria-describedby={state.describedBy}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** A number kept as typed (so "99." stays while typing), with its indicator's unit beside it when it has one. */
export function NumberInput({ unit, ...input }: Omit<FieldInputProps, 'inputMode'> & { unit: MessageKey | null }) {
  const { t } = useI18n();
  return (
    <span className="number-input">
      <FieldInput {...input} inputMode="decimal" />
      {unit && <span className="unit">{t(unit)}</span>}
    </span>
  );
}

/** A closed choice (条件, 牌色) of a row, each option worded by the screen. */
export function ChoiceSelect<T extends string>({
  path,
  label,
  value,
  choices,
  choiceLabel,
  onChange,
  problems,
}: {
  path: string;
  label: string;
  value: T;
  choices: readonly T[];
  choiceLabel: (choice: T) => string;
  onChange: (choice: T) => void;
  /** When given, the problems found at its path mark it invalid and describe it. */
  problems?: readonly ShownProblem[];
}) {
  const state = problems ? fieldState(problems, path) : { invalid: false, describedBy: undefined };
  return (
    <select
      id={fieldId(path)}
      aria-label={label}
      aria-invalid={state.invalid || undefined}
      aria-describedby={state.describedBy}
      value={value}
      onChange={(event) => onChange(event.target.value as T)}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {choiceLabel(choice)}
        </option>
      ))}
    </select>
  );
}

/** "删除 第2项指标": the button says which row it removes. */
export function RemoveButton({ text, itemName, onClick }: { text: string; itemName: string; onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} aria-label={`${text} ${itemName}`}>
      {text}
    </button>
  );
}
