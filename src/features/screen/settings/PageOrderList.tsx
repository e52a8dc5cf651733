import { useI18n } from '../../../ui';
import { SCREEN_PAGES, type ScreenPageId } from '../params';

export interface PageOrderListProps {
  /** The pages in rotation, in order. */
  pages: readonly ScreenPageId[];
  onChange: (pages: ScreenPageId[]) => void;
  /** Pages the chosen scope cannot show, with why (they stay listed, and are skipped when shown). */
  unavailable: ReadonlyMap<ScreenPageId, string>;
}

/**
 * Every page of the screen: ticked ones rotate, in the order listed; ↑ and ↓ move a ticked page.
 * Pages not ticked follow in their usual order, so ticking one puts it at the end.
 */
export function PageOrderList({ pages, onChange, unavailable }: PageOrderListProps) {
  const { t } = useI18n();
  const rest = SCREEN_PAGES.filter((page) => !pages.includes(page));
  const move = (index: number, by: number) => {
    const next = [...pages];
    const [page] = next.splice(index, 1);
    next.splice(index + by, 0, page!);
    onChange(next);
  };
  const toggle = (page: ScreenPageId) => {
    if (pages.includes(page)) {
      // At least one page stays: a screen with none would show nothing at all.
      if (pages.length > 1) onChange(pages.filter((item) => item !== page));
    } else onChange([...pages, page]);
  };
  const row = (page: ScreenPageId, index: number | null) => {
    const name = t(`screen.page.${page}`);
    const why = unavailable.get(page);
    return (
      <li key={page} className={index === null ? 'off' : undefined}>
        <label>
          <input type="checkbox" checked={index !== null} onChange={() => toggle(page)} disabled={index !== null && pages.length === 1} />
          <span className="screen-order">{index === null ? '' : index + 1}</span>
          {name}
          {why && <span className="screen-settings-why">{why}</span>}
        </label>
        {index !== null && (
          <span className="screen-order-buttons">
            <button
              type="button"
              className="screen-button quiet"
              disabled={index === 0}
              onClick={() => move(index, -1)}
              aria-label={t('screen.settings.up', { page: name })}
            >
              ↑
            </button>
            <button
              type="button"
              className="screen-button quiet"
              disabled={index === pages.length - 1}
              onClick={() => move(index, 1)}
              aria-label={t('screen.settings.down', { page: name })}
            >
              ↓
            </button>
          </span>
        )}
      </li>
    );
  };
  return (
    <ol className="screen-page-order">
      {pages.map((page, index) => row(page, index))}
      {rest.map((page) => row(page, null))}
    </ol>
  );
}
