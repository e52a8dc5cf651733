import { isRate, type IndicatorId } from '../../../../domain';
import type { Delta } from '../../../../engine';
import { countChange, displayedPointChange, indicatorName, NO_VALUE, overHundredReason } from '../../../../ui';
import { indicatorIn, type NarrativeContext } from '../../narrative/context';
import { count, countChangeCell, pointChange, rate, relativeChange, text, type Cell } from '../cells';
import type { BulletinTable, TableColumn } from '../table';

/** The parts every table of the bulletin is made of: its columns, and a figure as the cell its indicator calls for. */
export function label(ctx: NarrativeContext, id: IndicatorId): string {
  return indicatorName(indicatorIn(ctx, id), ctx.locale);
}

export function column(key: string, header: string, numeric = true): TableColumn {
  return { key, header, numeric };
}

/** A value as the cell its indicator calls for: a rate (above 100% with its reason beside it) or a count. */
export function valueCell(ctx: NarrativeContext, id: IndicatorId, value: number | null | undefined): Cell {
  const indicator = indicatorIn(ctx, id);
  if (!isRate(indicator)) return count(value);
  return rate(value, overHundredReason(indicator, value, ctx)?.short);
}

/**
 * The change as every screen states it: a rate's in percentage points between the two rates as
 * printed in the row (so 本月 − 上月 = 环比 to the last digit), a count's in per cent, or in units
 * where the base is under 10; no 环比 for a cumulative figure (累计数不作环比).
 */
export function changeCell(ctx: NarrativeContext, id: IndicatorId, current: number | null | undefined, delta: Delta): Cell {
  if (delta.gap === 'cumulative') return text(ctx.t('figure.withReason', { value: NO_VALUE, reason: ctx.t('figure.change.cumulative') }));
  const indicator = indicatorIn(ctx, id);
  if (isRate(indicator)) return pointChange(displayedPointChange(current, delta.previous));
  const change = countChange(current, delta.previous);
  if (change === null) return relativeChange(null);
  return change.measure === 'absolute' ? countChangeCell(change.value, indicator.unit) : relativeChange(change.value);
}

/** A table without its column `key` when no row has anything in it (a 备注 column with no note). */
export function dropEmptyColumn(table: BulletinTable, key: string): BulletinTable {
  const index = table.columns.findIndex((candidate) => candidate.key === key);
  if (index < 0) return table;
  const empty = table.rows.every((row) => {
    const cell = row.cells[index];
    return !cell || (cell.kind === 'text' && cell.value.trim() === '');
  });
  if (!empty) return table;
  return {
    ...table,
    columns: table.columns.filter((_, at) => at !== index),
    rows: table.rows.map((row) => ({ ...row, cells: row.cells.filter((_, at) => at !== index) })),
  };
}
