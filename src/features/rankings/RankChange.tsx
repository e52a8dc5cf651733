import { useI18n } from '../../ui';
import type { RankingRow } from './rankRows';

/** ↑3 / ↓1 against the previous period, 新 for no previous rank, — for no rank or no change. */
export function RankChange({ row }: { row: Pick<RankingRow, 'rank' | 'previousRank' | 'change'> }) {
  const { t } = useI18n();
  if (row.rank === null) return <span title={t('rankings.change.unranked')}>—</span>;
  if (row.previousRank === null || row.change === null) {
    return (
      <span className="badge" title={t('rankings.change.newHint')}>
        {t('rankings.change.new')}
      </span>
    );
  }
  if (row.change === 0) {
    return (
      <span>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('rankings.change.same')}</span>
      </span>
    );
  }
  const up = row.change > 0;
  const places = Math.abs(row.change);
  return (
    <span className={up ? 'up' : 'down'}>
      <span aria-hidden="true">{up ? `↑${places}` : `↓${places}`}</span>
      <span className="visually-hidden">{t(up ? 'rankings.change.upBy' : 'rankings.change.downBy', { places })}</span>
    </span>
  );
}
