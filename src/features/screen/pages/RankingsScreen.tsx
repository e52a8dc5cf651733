import type { OfficeEvaluation, PeriodEvaluation, RankedKind } from '../../../engine';
import { rankChangeView, useI18n } from '../../../ui';
import { ScrollBoard } from '../ScrollBoard';

export const RANK_ROW_HEIGHT = 60;

/**
 * ▲3 / ▼1 among the offices ranked in both periods, 新进 for a newcomer; a rank that moved only
 * because others stopped or started reporting is — with ※, explained under the board (no hover on a wall).
 */
function RankChange({ office }: { office: OfficeEvaluation }) {
  const i18n = useI18n();
  const view = rankChangeView(
    { rank: office.rank, previousRank: office.previousRank, rankChange: office.rankChange, rankMove: office.rankMove ?? null },
    i18n,
  );
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
      return <span className="screen-num screen-muted" aria-label={view.hint}>—</span>;
  }
}

const OTHERS_MARK = '※';

function RankRow({ office, last }: { office: OfficeEvaluation; last: number }) {
  const { t, formatScore, formatCount } = useI18n();
  const red = office.cards.some((card) => card.level === 'red');
  const yellow = !red && office.cards.length > 0;
  const place = office.rank === null ? '' : office.rank <= 3 ? 'top' : office.rank > last - 3 ? 'bottom' : '';
  return (
    <div className="screen-rank-row" style={{ height: '100%' }}>
      <span className={`screen-rank ${place}`}>{office.rank === null ? '—' : formatCount(office.rank)}</span>
      <span className="screen-name">
        {office.name}
        {red && <span className="screen-dot red" role="img" aria-label={t('screen.cards.red')} />}
        {yellow && <span className="screen-dot yellow" role="img" aria-label={t('screen.cards.yellow')} />}
        {office.dataIncomplete && office.standing !== 'not-reported' && <span className="screen-tag">{t('standing.incomplete')}</span>}
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

function RankingBoard({ evaluation, kind, paused }: { evaluation: PeriodEvaluation; kind: RankedKind; paused: boolean }) {
  const { t, formatCount } = useI18n();
  const rows = evaluation.rankings[kind];
  const last = rows.reduce((max, office) => Math.max(max, office.rank ?? 0), 0);
  const title = t(kind === 'department' ? 'screen.board.department' : 'screen.board.township');
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
      <ScrollBoard rows={rows} rowHeight={RANK_ROW_HEIGHT} label={title} paused={paused} renderRow={(office) => <RankRow office={office} last={last} />} />
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

function OfficeList({ offices }: { offices: readonly OfficeEvaluation[] }) {
  const { t, formatScore, formatCount } = useI18n();
  if (offices.length === 0) return <p className="screen-muted" style={{ margin: 0 }}>{t('screen.highlights.none')}</p>;
  return (
    <ol>
      {/* Three lines each, ties beyond them left to the full rankings page: the panel's height is fixed. */}
      {offices.slice(0, 3).map((office) => (
        <li key={office.officeId}>
          <span className="screen-rank">{office.rank === null ? '—' : formatCount(office.rank)}</span>
          <span className="screen-name">
            {office.name}
            {office.dataIncomplete && <span className="screen-tag">{t('standing.incomplete')}</span>}
          </span>
          <span className="screen-num">{formatScore(office.score)}</span>
        </li>
      ))}
    </ol>
  );
}

function Highlights({ evaluation }: { evaluation: PeriodEvaluation }) {
  const { t } = useI18n();
  const kinds: RankedKind[] = ['department', 'township'];
  const names = new Map(evaluation.talkFlags.map((flag) => [flag.officeId, evaluation.office(flag.officeId)?.name ?? flag.officeId]));
  return (
    <section className="screen-panel" aria-labelledby="screen-highlights">
      <div className="screen-panel-head">
        <h2 id="screen-highlights">{t('screen.highlights.title')}</h2>
      </div>
      <div className="screen-highlights">
        {kinds.map((kind) => (
          <div key={kind}>
            <h3 className="tone-good">{t('screen.highlights.best', { kind: t(`kind.${kind}`) })}</h3>
            <OfficeList offices={evaluation.best[kind]} />
            <h3 className="tone-bad">{t('screen.highlights.worst', { kind: t(`kind.${kind}`) })}</h3>
            <OfficeList offices={evaluation.worst[kind]} />
          </div>
        ))}
        <h3>{t('screen.highlights.talk')}</h3>
        {evaluation.talkFlags.length === 0 ? (
          <p className="screen-muted" style={{ margin: 0 }}>{t('screen.highlights.none')}</p>
        ) : (
          <ol>
            {evaluation.talkFlags.slice(0, 3).map((flag) => (
              <li key={flag.officeId}>
                <span className="screen-rank tone-bad">!</span>
                <span className="screen-name">{names.get(flag.officeId)}</span>
                <span className="screen-num screen-muted">{t(`kind.${flag.kind}`)}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

export function RankingsScreen({ evaluation, paused }: { evaluation: PeriodEvaluation; paused: boolean }) {
  return (
    <div className="screen-page rankings">
      <RankingBoard evaluation={evaluation} kind="department" paused={paused} />
      <RankingBoard evaluation={evaluation} kind="township" paused={paused} />
      <Highlights evaluation={evaluation} />
    </div>
  );
}
