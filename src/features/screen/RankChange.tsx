import type { OfficeEvaluation } from '../../engine';
import { rankChangeView, useI18n } from '../../ui';

export const OTHERS_MARK = '※';

/**
 * ▲3 / ▼1 among the offices ranked in both periods, 新进 for a newcomer; a rank that moved only
 * because others stopped or started reporting is — with ※, explained under the board (no hover on a wall).
 */
export function RankChange({ office }: { office: OfficeEvaluation }) {
  const i18n = useI18n();
  const view = rankChangeView({ rank: office.rank, previousRank: office.previousRank, rankChange: office.rankChange, rankMove: office.rankMove ?? null }, i18n);
  switch (view.kind) {
    case 'new':
      return <span className="screen-num screen-muted">{view.text}</span>;
    case 'others':
      return (
        <span className="screen-num screen-muted" aria-label={view.hint}>
          —{OTHERS_MARK}
        </span>
      );
    case 'up':
      return <span className="screen-num tone-good" aria-label={view.hint}>{`▲${i18n.formatCount(view.places)}`}</span>;
    case 'down':
      return <span className="screen-num tone-bad" aria-label={view.hint}>{`▼${i18n.formatCount(view.places)}`}</span>;
    default:
      return (
        <span className="screen-num screen-muted" aria-label={view.hint}>
          —
        </span>
      );
  }
}
