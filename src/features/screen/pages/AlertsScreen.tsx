import { type Card, type Period, type Scheme } from '../../../domain';
import type { EngineData, PeriodEvaluation } from '../../../engine';
import { cardsOverTimeOption } from '../../../charts/options/cardsOverTimeOption';
import { cardCounts, cardRuleName, useI18n } from '../../../ui';
import { conditionText } from '../../../ui/format/cardRuleText';
import { cardHistory } from '../cardHistory';
import { cardKey, isNewRedCard, type CardTracker } from '../cardTracker';
import { useKeptMemo } from '../keptMemo';
import { axisMonthLabels } from '../monthLabel';
import { ScreenChart } from '../ScreenChart';
import { cardFigure, type NameOf } from '../screenNames';
import { useScreenPalette } from '../screenTheme';
import { ScrollBoard } from '../ScrollBoard';

export const CARD_ROW_HEIGHT = 96;
export const CARD_HISTORY_MONTHS = 12;

function CardRow({ card, evaluation, isNew, nameOf }: { card: Card; evaluation: PeriodEvaluation; isNew: boolean; nameOf: NameOf }) {
  const i18n = useI18n();
  const { t, formatMonth, formatCount } = i18n;
  const office = evaluation.office(card.officeId);
  // The rule by its name (built-in) or its message, never its id; the message beside a built-in name.
  const rule = cardRuleName(card, i18n, (of) => conditionText(of, i18n));
  const message = card.message.trim();
  const parent = office?.kind === 'village' && office.parentId ? evaluation.office(office.parentId) : undefined;
  return (
    <div className="screen-card-row" style={{ height: '100%' }}>
      <div className="screen-card-line first">
        <span className={`screen-card-badge ${card.level}`}>{t(card.level === 'red' ? 'screen.cards.red' : 'screen.cards.yellow')}</span>
        {isNew && <span className="screen-card-badge new">{t('screen.cards.new')}</span>}
        <span className="screen-name">
          {nameOf(card.officeId)}
          {parent && <span className="screen-muted"> · {nameOf(parent.officeId)}</span>}
        </span>
        <span className="screen-muted" style={{ fontSize: 'calc(22 * var(--u))' }}>
          {card.consecutiveMonths > 1
            ? t('screen.cards.since', { month: formatMonth(card.since), count: formatCount(card.consecutiveMonths) })
            : t('screen.cards.firstMonth')}
        </span>
      </div>
      <div className="screen-card-line second">
        <span className="screen-card-message">
          {rule}
          {message !== '' && message !== rule && <span className="screen-muted">{t('figure.reason', { reason: message })}</span>}
        </span>
        <span>{cardFigure(card, i18n)}</span>
      </div>
    </div>
  );
}

export interface AlertsScreenProps {
  engine: EngineData;
  scheme: Scheme;
  evaluation: PeriodEvaluation;
  period: Period;
  tracker: CardTracker;
  paused: boolean;
  nameOf: NameOf;
}

export function AlertsScreen({ engine, scheme, evaluation, period, tracker, paused, nameOf }: AlertsScreenProps) {
  const { t, locale, formatCount, formatMonth } = useI18n();
  const { tokens } = useScreenPalette();
  const cards = evaluation.cards;
  // How many offices carry a red / yellow card, then how many cards.
  const counts = cardCounts(cards);
  // Read when the page comes up (each rotation): a highlight ends an hour after the card appeared.
  const now = Date.now();
  const fresh = new Set(cards.filter((card) => isNewRedCard(tracker, card, now)).map(cardKey));

  // Kept across the page's returns: twelve months of cards are evaluated again only for new data.
  const history = useKeptMemo('alerts.history', () => cardHistory(engine, scheme, period.to, CARD_HISTORY_MONTHS, evaluation.scopeId), [
    engine,
    scheme,
    period.to,
    evaluation.scopeId,
  ]);
  const historyOption = useKeptMemo(
    'alerts.historyOption',
    () => {
      const labels = new Map(
        axisMonthLabels(
          history.map((month) => month.month),
          locale,
        ).map((label, index) => [history[index]!.month, label]),
      );
      return cardsOverTimeOption({
        months: history,
        formatMonth: (month) => labels.get(month) ?? formatMonth(month),
        formatCount: (value) => formatCount(value),
        labels: { red: t('screen.cards.red'), yellow: t('screen.cards.yellow'), total: t('screen.cards.total'), partial: t('screen.cards.partial') },
        tokens,
      });
    },
    [history, locale, t, formatCount, formatMonth, tokens],
  );
  const historyTitle = t('screen.cards.history', { count: history.length });

  return (
    <div className="screen-page alerts">
      <div className="screen-column">
        <section className="screen-panel" aria-labelledby="screen-card-figures">
          <div className="screen-panel-head">
            <h2 id="screen-card-figures">{t('screen.cards.summary')}</h2>
          </div>
          <div className="screen-figures">
            <div className="screen-figure red">
              <span className="screen-figure-value">{formatCount(counts.red.offices)}</span>
              <span className="screen-figure-label">{t('screen.cards.redOffices', { cards: formatCount(counts.red.cards) })}</span>
            </div>
            <div className="screen-figure yellow">
              <span className="screen-figure-value">{formatCount(counts.yellow.offices)}</span>
              <span className="screen-figure-label">{t('screen.cards.yellowOffices', { cards: formatCount(counts.yellow.cards) })}</span>
            </div>
            <div className="screen-figure">
              <span className="screen-figure-value">{formatCount(counts.offices)}</span>
              <span className="screen-figure-label">{t('screen.cards.offices')}</span>
            </div>
          </div>
        </section>
        <section className="screen-panel grow" aria-labelledby="screen-card-history">
          <div className="screen-panel-head">
            <h2 id="screen-card-history">{historyTitle}</h2>
          </div>
          <ScreenChart option={historyOption} label={historyTitle} />
        </section>
      </div>
      <section className="screen-panel" aria-labelledby="screen-card-list">
        <div className="screen-panel-head">
          <h2 id="screen-card-list">{t('screen.cards.title')}</h2>
          <span className="screen-panel-note">{formatMonth(period.to)}</span>
        </div>
        {cards.length === 0 ? (
          <p className="screen-calm">{t('screen.cards.none')}</p>
        ) : (
          <ScrollBoard
            rows={cards}
            rowHeight={CARD_ROW_HEIGHT}
            label={t('screen.cards.title')}
            paused={paused}
            rowClassName={(card) => (fresh.has(cardKey(card)) ? 'new' : undefined)}
            renderRow={(card) => <CardRow card={card} evaluation={evaluation} isNew={fresh.has(cardKey(card))} nameOf={nameOf} />}
          />
        )}
      </section>
    </div>
  );
}
