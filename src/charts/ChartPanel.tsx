import { useId, useRef, useState, type ReactNode } from 'react';
import { DataTable, downloadDataUrl, LIGHT, DARK, useI18n, type Column } from '../ui';
import { EChart, type EChartHandle, type EChartProps } from './EChart';

export interface ChartTable<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
}

/**
 * A titled chart with its "查看数据" table (the exact numbers, for screen readers and for
 * copying into a report) and a PNG download at twice the pixel ratio.
 */
export function ChartPanel<Row>({
  title,
  chart,
  table,
  fileName,
  actions,
}: {
  title: string;
  chart: Omit<EChartProps, 'ariaLabel'>;
  table: ChartTable<Row>;
  /** Without extension; defaults to the title. */
  fileName?: string;
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const handle = useRef<EChartHandle>(null);
  const headingId = useId();
  const tokens = chart.theme === 'dark' ? DARK : LIGHT;

  const download = () => {
    const url = handle.current?.toDataUrl(2, tokens.surface);
    if (url) downloadDataUrl(url, `${fileName ?? title}.png`);
  };

  return (
    <section className="panel chart-panel" aria-labelledby={headingId}>
      <header style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <h2 id={headingId} style={{ margin: 0, flex: 1, fontSize: 16 }}>
          {title}
        </h2>
        {actions}
        <button type="button" className="no-print" aria-pressed={showTable} onClick={() => setShowTable((value) => !value)}>
          {showTable ? t('chart.viewChart') : t('chart.viewData')}
        </button>
        <button type="button" className="no-print" onClick={download} disabled={showTable}>
          {t('chart.download')}
        </button>
      </header>
      <div hidden={showTable} style={{ marginTop: 8 }}>
        <EChart ref={handle} ariaLabel={title} {...chart} />
      </div>
      {showTable && (
        <div style={{ marginTop: 8 }}>
          <DataTable caption={t('chart.dataOf', { title })} columns={table.columns} rows={table.rows} rowKey={table.rowKey} />
        </div>
      )}
    </section>
  );
}
