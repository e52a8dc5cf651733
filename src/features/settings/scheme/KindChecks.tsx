import { OFFICE_KINDS, type OfficeKind } from '../../../domain';
import { useI18n } from '../../../ui';
import { fieldId, fieldState, type ShownProblem } from './problemIndex';

/** The kinds of office a row applies to, as a labelled group of checkboxes in OFFICE_KINDS order. */
export function KindChecks({
  path,
  problems,
  legend,
  value,
  onChange,
}: {
  /** The draft path it edits: its DOM id and the problems that mark it invalid. */
  path: string;
  problems: readonly ShownProblem[];
  legend: string;
  value: readonly OfficeKind[];
  onChange: (kinds: OfficeKind[]) => void;
}) {
  const { t } = useI18n();
  const invalid = fieldState(problems, path).invalid;
  const toggle = (kind: OfficeKind, on: boolean) => {
    const next = new Set(value);
    if (on) next.add(kind);
    else next.delete(kind);
    onChange(OFFICE_KINDS.filter((k) => next.has(k)));
  };
  return (
    <fieldset className={`kind-checks${invalid ? ' invalid' : ''}`} id={fieldId(path)} aria-invalid={invalid || undefined}>
      <legend className="visually-hidden">{legend}</legend>
      {OFFICE_KINDS.map((kind) => (
        <label key={kind}>
          <input type="checkbox" checked={value.includes(kind)} onChange={(event) => toggle(kind, event.target.checked)} />
          {t(`kind.${kind}`)}
        </label>
      ))}
    </fieldset>
  );
}
