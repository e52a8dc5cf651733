import type { OfficeEvaluation, PeriodEvaluation, RankedKind } from '../../../engine';
import { useI18n } from '../../../ui';
import type { NameOf } from '../screenNames';

function OfficeList({ offices, nameOf }: { offices: readonly OfficeEvaluation[]; nameOf: NameOf }) {
  const { t, formatScore, formatCount } = useI18n();
  if (offices.length === 0)
    return (
      <p className="screen-muted" style={{ margin: 0 }}>
        {t('screen.highlights.none')}
      </p>
    );
  return (
    <ol>
      {/* Three lines each, ties beyond them left to the full rankings page: the panel's height is fixed. */}
      {offices.slice(0, 3).map((office) => (
        <li key={office.officeId}>
          <span className="screen-rank">{office.rank === null ? '—' : formatCount(office.rank)}</span>
          <span className="screen-name">
            {nameOf(office.officeId)}
            {office.dataIncomplete && <span className="screen-tag">{t('standing.incomplete')}</span>}
          </span>
          <span className="screen-num">{formatScore(office.score)}</span>
        </li>
      ))}
    </ol>
  );
}

/** 先进与后进: the three best and three worst of each kind on the boards, and the 约谈 flags. */
export function Highlights({ evaluation, kinds, nameOf }: { evaluation: PeriodEvaluation; kinds: readonly RankedKind[]; nameOf: NameOf }) {
  const { t } = useI18n();
  const kindName = (kind: RankedKind) => t(kind === 'region' ? 'screen.kind.region' : `kind.${kind}`);
  return (
    <section className="screen-panel" aria-labelledby="screen-highlights">
      <div className="screen-panel-head">
        <h2 id="screen-highlights">{t('screen.highlights.title')}</h2>
      </div>
      <div className="screen-highlights">
        {kinds.map((kind) => (
          <div key={kind}>
            <h3 className="tone-good">{t('screen.highlights.best', { kind: kindName(kind) })}</h3>
            <OfficeList offices={evaluation.best[kind]} nameOf={nameOf} />
            <h3 className="tone-bad">{t('screen.highlights.worst', { kind: kindName(kind) })}</h3>
            <OfficeList offices={evaluation.worst[kind]} nameOf={nameOf} />
          </div>
        ))}
        <h3>{t('screen.highlights.talk')}</h3>
        {evaluation.talkFlags.length === 0 ? (
          <p className="screen-muted" style={{ margin: 0 }}>
            {t('screen.highlights.none')}
          </p>
        ) : (
          <ol>
            {evaluation.talkFlags.slice(0, 3).map((flag) => (
              <li key={flag.officeId}>
                <span className="screen-rank tone-bad">!</span>
                <span className="screen-name">{nameOf(flag.officeId)}</span>
                <span className="screen-num screen-muted">{kindName(flag.kind)}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
