import type { ReactNode } from 'react';
import type { OfficeKind } from '../../../domain';
import { RemoveButton } from './fields';
import { KindChecks } from './KindChecks';
import { fieldId, type ShownProblem } from './problemIndex';

/** What an editable list of the scheme is given: its rows as typed, their problems, and the edits. */
export interface SchemeListProps<Row> {
  rows: readonly Row[];
  problems: readonly ShownProblem[];
  onChange: (index: number, row: Row) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/** The two cells every row of the scheme's lists ends with: the kinds of office it applies to, and its remove button. */
export function RowEndCells({
  path,
  problems,
  legend,
  appliesTo,
  onAppliesTo,
  removeText,
  itemName,
  onRemove,
}: {
  /** The row's appliesTo path ("indicators[2].appliesTo"). */
  path: string;
  problems: readonly ShownProblem[];
  legend: string;
  appliesTo: readonly OfficeKind[];
  onAppliesTo: (kinds: OfficeKind[]) => void;
  removeText: string;
  itemName: string;
  onRemove: () => void;
}) {
  return (
    <>
      <td>
        <KindChecks path={path} problems={problems} legend={legend} value={appliesTo} onChange={onAppliesTo} />
      </td>
      <td>
        <RemoveButton text={removeText} itemName={itemName} onClick={onRemove} />
      </td>
    </>
  );
}

/**
 * The frame of an editable list of the scheme (计分指标, 红黄牌规则): a heading a problem can
 * focus, the table or a line saying it is empty, and the add button with anything said under it.
 */
export function SchemeTable({
  section,
  title,
  intro,
  emptyText,
  caption,
  headers,
  rowCount,
  addText,
  onAdd,
  under,
  children,
}: {
  /** The scheme's path of the list: the heading's DOM id, where problems about the whole list lead. */
  section: 'indicators' | 'cardRules';
  title: string;
  intro?: ReactNode;
  emptyText: string;
  caption: string;
  headers: readonly { text: string; numeric?: boolean }[];
  rowCount: number;
  addText: string;
  onAdd: () => void;
  under?: ReactNode;
  /** The rows (<tr>). */
  children: ReactNode;
}) {
  return (
    <section className="panel" aria-labelledby={fieldId(section)}>
      <h3 id={fieldId(section)} tabIndex={-1}>
        {title}
      </h3>
      {intro}
      {rowCount === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <div className="table-scroll scheme-table">
          <table className="data-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {headers.map((header) => (
                  <th key={header.text} scope="col" className={header.numeric ? 'num' : undefined}>
                    {header.text}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
      <div className="toolbar scheme-under-table">
        <button type="button" onClick={onAdd}>
          {addText}
        </button>
        {under}
      </div>
    </section>
  );
}
