import type { OfficeEvaluation, PeriodEvaluation, RankedKind } from '../../../engine';
import { useI18n } from '../../../ui';
import { lostReason } from '../lostReason';
import { OTHERS_MARK, RankChange } from '../RankChange';
import type { NameOf } from '../screenNames';
import { ScrollBoard } from '../ScrollBoard';
import { Highlights } from './Highlights';

export const RANK_ROW_HEIGHT = 60;
/** The kinds a scope ranks, in the order its boards show them: counties, own departments, townships. */
const BOARD_ORDER: readonly RankedKind[] = ['region', 'department', 'township'];

/** The two boards of the rankings page: the scope's kinds that have offices (a county: departments and townships; a prefecture: counties and its own departments). */
export function boardKinds(evaluation: PeriodEvaluation): RankedKind[] {
  const withRows = BOARD_ORDER.filter((kind) => evaluation.rankings[kind].length > 0);
  return (withRows.length > 0 ? withRows : ['department' as const]).slice(0, 2);
}

function RankRow({ office, last, evaluation, nameOf }: { office: OfficeEvaluation; last: number; evaluation: PeriodEvaluation; nameOf: NameOf }) {
  const i18n = useI18n();
  const { t, formatScore, formatCount } = i18n;
  const red = office.cards.some((card) => card.level === 'red');
  const yellow = !red && office.cards.length > 0;
  const bottom = office.rank !== null && office.rank > last - 3 && office.rank > 3;
  const place = office.rank === null ? '' : office.rank <= 3 ? 'top' : bottom ? 'bottom' : '';
  // Beside a laggard, why: the indicator that cost it most (issue #16; the full line is on the map and regions pages).
  const reason = bottom ? lostReason(office, evaluation.scheme, i18n, 'short') : null;
  return (
    <div className="screen-rank-row" style={{ height: '100%' }}>
      <span className={`screen-rank ${place}`}>{office.rank === null ? '—' : formatCount(office.rank)}</span>
      <span className={reason ? 'screen-name-cell two' : 'screen-name-cell'}>
        <span className="screen-name">
          {nameOf(office.officeId)}
          {red && <span className="screen-dot red" role="img" aria-label={t('screen.cards.red')} />}
          {yellow && <span className="screen-dot yellow" role="img" aria-label={t('screen.cards.yellow')} />}
          {office.dataIncomplete && office.standing !== 'not-reported' && <span className="screen-tag">{t('standing.incomplete')}</span>}
        </span>
        {reason && <span className="screen-reason">{t('screen.lost.short', { reason })}</span>}
      </span>
      <span className="screen-num">
        {office.standing === 'not-reported' ? (
          <span className="screen-muted">{t('screen.board.notReported')}</span>
        ) : office.score === null ? (
          <span className="screen-muted">{t('screen.board.noScore')}</span>
        ) : (
          formatScore(office.score)
        )}
      </span>
      {office.rank === null ? <span /> : <RankChange office={office} />}
    </div>
  );
}

const BOARD_TITLES: Record<RankedKind, 'screen.board.region' | 'screen.board.department' | 'screen.board.township'> = {
  region: 'screen.board.region',
  department: 'screen.board.department',
  township: 'screen.board.township',
};

function RankingBoard({ evaluation, kind, paused, nameOf }: { evaluation: PeriodEvaluation; kind: RankedKind; paused: boolean; nameOf: NameOf }) {
  const { t, formatCount } = useI18n();
  const rows = evaluation.rankings[kind];
  const last = rows.reduce((max, office) => Math.max(max, office.rank ?? 0), 0);
  const title = t(BOARD_TITLES[kind]);
  const headingId = `screen-board-${kind}`;
  return (
    <section className="screen-panel" aria-labelledby={headingId}>
      <div className="screen-panel-head">
        <h2 id={headingId}>{title}</h2>
        {evaluation.partial ? (
          <span className="screen-panel-note warn">{t('screen.board.provisional')}</span>
        ) : (
          <span className="screen-panel-note">{t('screen.board.count', { count: formatCount(rows.length) })}</span>
        )}
      </div>
      <div className="screen-board-cols rank" aria-hidden="true">
        <span>{t('screen.board.rank')}</span>
        <span>{t('screen.board.name')}</span>
        <span className="screen-num">{t('screen.board.score')}</span>
        <span className="screen-num">{t('screen.board.change')}</span>
      </div>
      <ScrollBoard
        rows={rows}
        rowHeight={RANK_ROW_HEIGHT}
        label={title}
        paused={paused}
        renderRow={(office) => <RankRow office={office} last={last} evaluation={evaluation} nameOf={nameOf} />}
      />
      {(rows.some((office) => office.rankMove === 'others') || rows.some((office) => office.dataIncomplete)) && (
        <p className="screen-board-note">
          {[
            rows.some((office) => office.rankMove === 'others') ? t('screen.board.othersNote', { mark: OTHERS_MARK }) : null,
            rows.some((office) => office.dataIncomplete) ? t('screen.board.incompleteNote') : null,
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
    </section>
  );
}

export function RankingsScreen({ evaluation, paused, nameOf }: { evaluation: PeriodEvaluation; paused: boolean; nameOf: NameOf }) {
  const kinds = boardKinds(evaluation);
  return (
    <div className="screen-page rankings">
      {kinds.map((kind) => (
        <RankingBoard key={kind} evaluation={evaluation} kind={kind} paused={paused} nameOf={nameOf} />
      ))}
      <Highlights evaluation={evaluation} kinds={kinds} nameOf={nameOf} />
    </div>
  );
}
