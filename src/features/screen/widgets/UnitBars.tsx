import type { ReactNode } from 'react';

export interface UnitBar {
  key: string;
  name: string;
  value: number;
  /** The bar's figure ("12 条"). */
  figure: string;
  /** Further figures after it, muted ("已整改 10 · 超期 2"). */
  detail?: ReactNode;
  warn?: boolean;
}

/**
 * A short ranked list drawn in HTML: name, a bar proportional to the value (from 0: these are counts),
 * the figure and its detail. Crisp at any size, no chart instance, text measured like all others.
 */
export function UnitBars({ rows, label }: { rows: readonly UnitBar[]; label: string }) {
  const max = rows.reduce((most, row) => Math.max(most, row.value), 0);
  return (
    <ol className="screen-unit-bars" aria-label={label}>
      {rows.map((row, index) => (
        <li key={row.key} className={row.warn ? 'warn' : undefined}>
          <span className="screen-rank">{index + 1}</span>
          <span className="screen-name">{row.name}</span>
          <span className="screen-unit-bar" aria-hidden="true">
            <span style={{ width: `${max > 0 ? (100 * row.value) / max : 0}%` }} />
          </span>
          <span className="screen-num">{row.figure}</span>
          {row.detail !== undefined && <span className="screen-unit-detail">{row.detail}</span>}
        </li>
      ))}
    </ol>
  );
}
