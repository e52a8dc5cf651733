import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { PAGE_SIZES, pageWindow, type Page } from './tableState';

/** 第 51–100 条，共 306 条 · 上一页 1 2 [3] … 7 下一页 · 每页 50 条. */
export function Pager<Row>({
  page,
  total,
  pageSize,
  label,
  onPage,
  onPageSize,
}: {
  page: Page<Row>;
  total: number;
  pageSize: number;
  label: string;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const { t, formatCount } = useI18n();
  const sizeId = useId();
  return (
    <nav className="pager no-print" aria-label={label}>
      <span className="pager-range" aria-live="polite">
        {t('table.range', { first: formatCount(page.first), last: formatCount(page.last), total: formatCount(total) })}
      </span>
      {page.pageCount > 1 && (
        <span className="pager-pages">
          <button type="button" onClick={() => onPage(page.page - 1)} disabled={page.page <= 1}>
            {t('table.previous')}
          </button>
          {pageWindow(page.page, page.pageCount).map((number, index) =>
            number === null ? (
              <span key={`gap-${index}`} className="pager-gap" aria-hidden="true">
                …
              </span>
            ) : (
              <button
                key={number}
                type="button"
                aria-current={number === page.page ? 'page' : undefined}
                aria-label={t('table.pageN', { page: formatCount(number) })}
                onClick={() => onPage(number)}
              >
                {formatCount(number)}
              </button>
            ),
          )}
          <button type="button" onClick={() => onPage(page.page + 1)} disabled={page.page >= page.pageCount}>
            {t('table.next')}
          </button>
        </span>
      )}
      {total > PAGE_SIZES[0] && (
        <span className="pager-size">
          <label htmlFor={sizeId}>{t('table.pageSize')}</label>
          <select id={sizeId} value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {t('table.pageSizeOption', { size: formatCount(size) })}
              </option>
            ))}
          </select>
        </span>
      )}
    </nav>
  );
}
