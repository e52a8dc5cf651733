import type { Formatters, Translate } from '../../../ui';
import { countChangeText, NO_VALUE, type CountUnitWord } from '../../../ui';

/**
 * A table cell as data: what it is and its raw value. The screen, print and Word show its text
 * (cellText); Excel writes the number itself with a number format, so every export states the
 * same figure from the same value.
 */
export type Cell =
  | { kind: 'text'; value: string }
  | { kind: 'count'; value: number | null }
  /** A fraction: 0.9995 is shown as 99.95%; `note` (why it is above 100%) is shown beside it. */
  | { kind: 'rate'; value: number | null; note?: string }
  | { kind: 'score'; value: number | null }
  | { kind: 'rank'; value: number | null }
  /**
   * Positive moved up (among the offices ranked in both periods). `move`: 新进, or a rank that moved
   * only because others stopped or started reporting; `label` is what those say.
   */
  | { kind: 'rankChange'; value: number | null; move?: 'new' | 'others'; label?: string }
  /** A fraction of the previous value: 0.032 is +3.20%. */
  | { kind: 'relativeChange'; value: number | null }
  /** A difference of two rates as displayed, as a fraction: 0.0005 is +0.05 percentage points. */
  | { kind: 'pointChange'; value: number | null }
  /** A count's change in units (its base was under 10): +21件. */
  | { kind: 'countChange'; value: number | null; unit: CountUnitWord };

export type CellKind = Cell['kind'];

export const text = (value: string): Cell => ({ kind: 'text', value });
export const count = (value: number | null | undefined): Cell => ({ kind: 'count', value: finite(value) });
export const rate = (value: number | null | undefined, note?: string | null): Cell =>
  note ? { kind: 'rate', value: finite(value), note } : { kind: 'rate', value: finite(value) };
export const score = (value: number | null | undefined): Cell => ({ kind: 'score', value: finite(value) });
export const rank = (value: number | null | undefined): Cell => ({ kind: 'rank', value: finite(value) });
export const rankChange = (value: number | null | undefined, move?: { move: 'new' | 'others'; label: string } | null): Cell =>
  move ? { kind: 'rankChange', value: finite(value), ...move } : { kind: 'rankChange', value: finite(value) };
export const relativeChange = (value: number | null | undefined): Cell => ({ kind: 'relativeChange', value: finite(value) });
export const pointChange = (value: number | null | undefined): Cell => ({ kind: 'pointChange', value: finite(value) });
export const countChangeCell = (value: number | null | undefined, unit: CountUnitWord): Cell => ({ kind: 'countChange', value: finite(value), unit });

/** Missing stays missing; NaN and Infinity are no values either, never printed. */
function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function isNumericCell(cell: Cell): boolean {
  return cell.kind !== 'text';
}

export type CellFormat = Pick<Formatters, 'formatCount' | 'formatRate' | 'formatScore' | 'formatRelativeChange' | 'formatPointChange' | 'formatCountChange'> & {
  t: Translate;
};

/** The text of a cell as every human-readable output shows it: 12,345 · 99.95% · ↑3 · 新进 · +0.05个百分点 · +21件 · —. */
export function cellText(cell: Cell, format: CellFormat): string {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'count':
      return format.formatCount(cell.value);
    case 'rate':
      return cell.note ? format.t('figure.withReason', { value: format.formatRate(cell.value), reason: cell.note }) : format.formatRate(cell.value);
    case 'score':
      return format.formatScore(cell.value);
    case 'rank':
      return cell.value === null ? NO_VALUE : format.formatCount(cell.value);
    case 'rankChange':
      if (cell.label) return cell.label;
      if (cell.value === null) return NO_VALUE;
      if (cell.value === 0) return format.t('bulletin.rankSame');
      return `${cell.value > 0 ? '↑' : '↓'}${format.formatCount(Math.abs(cell.value))}`;
    case 'relativeChange':
      return format.formatRelativeChange(cell.value);
    case 'pointChange':
      return format.formatPointChange(cell.value);
    case 'countChange':
      return cell.value === null ? NO_VALUE : countChangeText(cell.value, cell.unit, format);
  }
}
