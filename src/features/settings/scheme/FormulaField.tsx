import { formulaSides, parseTerm, type Formula } from '../../../domain';
import type { FormulaTextResult } from '../../../domain/formulaTextErrors';
import { useI18n, type Translate } from '../../../ui';
import type { FormulaNames } from './formulaNames';
import { fieldId, fieldState, problemsUnder, type ShownProblem } from './problemIndex';

/** The formula in words, once it reads: "分子 评价数，分母 办结件数". */
export function formulaReading(formula: Formula, names: FormulaNames, t: Translate): string {
  const sum = (terms: readonly string[]) =>
    terms
      .map((term) => {
        const parsed = parseTerm(term);
        if (!parsed) return term;
        const shown = parsed.names.map(names.nameOf);
        if (shown.length > 1) return t('settings.definitions.reading.firstOf', { names: shown.join(t('settings.definitions.reading.or')) });
        return parsed.optional ? t('settings.definitions.reading.optional', { name: shown[0]! }) : shown[0]!;
      })
      .join(t('settings.definitions.reading.plus'));
  const [a, b] = formulaSides(formula);
  switch (formula.type) {
    case 'count':
      return t('settings.definitions.reading.count', { a: sum(a) });
    case 'ratio':
      return t('settings.definitions.reading.ratio', { a: sum(a), b: sum(b ?? []) });
    case 'difference':
      return t('settings.definitions.reading.difference', { a: sum(a), b: sum(b ?? []) });
  }
}

/** The formula with a name added at its end: after an operator or "(" as it is, else with " + ". */
export function appendName(formula: string, name: string): string {
  const text = formula.trimEnd();
  if (text === '') return name;
  if (/[(|（｜]$/.test(text)) return `${text}${name}`;
  if (/[+/\-＋／－÷−]$/.test(text)) return `${text} ${name}`;
  return `${text} + ${name}`;
}

/** A problem's sentence without its place ("指标定义（参评率）的公式："), where it stands under the field itself. */
function withoutPlace(text: string, where: string): string {
  return text.startsWith(where) ? text.slice(where.length).replace(/^[：:，,\s]+/, '') : text;
}

/** The formula as typed, the part an error is about marked. */
function Snippet({ formula, start, end }: { formula: string; start: number; end: number }) {
  return (
    <code className="formula-snippet">
      {formula.slice(0, start)}
      <mark className={start === end ? 'at-gap' : undefined}>{formula.slice(start, end)}</mark>
      {formula.slice(end)}
    </code>
  );
}

/**
 * The formula of a definition as staff type it, read as it is typed: what is wrong shown under it
 * (the place in the text marked), what it reads as once it reads, and the names it may use, each a
 * button that adds it at the end.
 */
export function FormulaField({
  path,
  problems,
  label,
  value,
  parsed,
  names,
  where,
  insertable,
  insertLabel,
  onChange,
}: {
  /** "definitions[46].formula": the input's DOM id and the problems it shows. */
  path: string;
  problems: readonly ShownProblem[];
  label: string;
  value: string;
  parsed: FormulaTextResult | undefined;
  names: FormulaNames;
  /** How problems name this field ("指标定义（参评率）的公式"): cut from the sentences shown under it. */
  where: string;
  insertable: { fields: readonly string[]; indicators: readonly string[] };
  insertLabel: (name: string) => string;
  onChange: (formula: string) => void;
}) {
  const { t } = useI18n();
  const state = fieldState(problems, path);
  const here = problemsUnder(problems, path);
  const group = (title: string, list: readonly string[]) =>
    list.length > 0 && (
      <div className="formula-names-group">
        <span className="formula-names-title">{title}</span>
        {list.map((name) => (
          <button key={name} type="button" className="name-chip" aria-label={insertLabel(name)} onClick={() => onChange(appendName(value, name))}>
            {name}
          </button>
        ))}
      </div>
    );
  return (
    <div className="formula-field">
      <input
        id={fieldId(path)}
        type="text"
        className="formula-input"
        aria-label={label}
        aria-invalid={state.invalid || undefined}
        aria-describedby={state.describedBy}
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {here.length > 0 && (
        <ul className="formula-problems">
          {here.map(({ problem, text, listId }) => (
            <li key={listId} className={problem.severity}>
              {typeof problem.params.start === 'number' && typeof problem.params.end === 'number' && problem.code !== 'formula-empty' && (
                <>
                  <Snippet formula={String(problem.params.formula ?? value)} start={problem.params.start} end={problem.params.end} />{' '}
                </>
              )}
              {withoutPlace(text, where)}
            </li>
          ))}
        </ul>
      )}
      {parsed?.ok && <p className="formula-reading">{formulaReading(parsed.formula, names, t)}</p>}
      <details className="formula-names">
        <summary>{t('settings.definitions.names')}</summary>
        {group(t('settings.definitions.names.fields'), insertable.fields)}
        {group(t('settings.definitions.names.indicators'), insertable.indicators)}
      </details>
    </div>
  );
}
