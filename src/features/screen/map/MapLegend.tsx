import { useI18n } from '../../../ui';
import type { MapColouring } from '../params';
import type { ScreenPalette } from '../screenTheme';
import { cardColour, type CardClass, type ScoreClass } from './mapRegions';

export interface MapLegendProps {
  colouring: MapColouring;
  classes: readonly ScoreClass[];
  /** Units per card class (cards colouring), and units with no score (score colouring). */
  cardCounts: Readonly<Record<CardClass, number>>;
  unscored: number;
  palette: ScreenPalette;
  /** Units with a red card (marked in either colouring). */
  redUnits: number;
}

/** What the colours mean, stated on the page: no hover on a wall. */
export function MapLegend({ colouring, classes, cardCounts, unscored, palette, redUnits }: MapLegendProps) {
  const { t, formatScore, formatCount } = useI18n();
  const swatch = (colour: string) => <span className="screen-swatch" style={{ background: colour }} aria-hidden="true" />;
  return (
    <ul className="screen-legend" aria-label={t('screen.map.legend')}>
      {colouring === 'score' ? (
        <>
          {classes.map((cls, index) => (
            <li key={index}>
              {swatch(cls.colour)}
              <span>{cls.high === cls.low ? formatScore(cls.high) : t('screen.map.range', { high: formatScore(cls.high), low: formatScore(cls.low) })}</span>
              <span className="screen-muted">{t('screen.map.units', { count: formatCount(cls.count) })}</span>
            </li>
          ))}
          {unscored > 0 && (
            <li>
              {swatch(palette.none)}
              <span>{t('screen.map.unscored')}</span>
              <span className="screen-muted">{t('screen.map.units', { count: formatCount(unscored) })}</span>
            </li>
          )}
          {redUnits > 0 && (
            <li>
              <span className="screen-swatch outline" style={{ borderColor: palette.tokens.red }} aria-hidden="true" />
              <span>{t('screen.map.redBorder')}</span>
              <span className="screen-muted">{t('screen.map.units', { count: formatCount(redUnits) })}</span>
            </li>
          )}
        </>
      ) : (
        (['red', 'yellow', 'none', 'noData'] as const).map((cls) => (
          <li key={cls}>
            {swatch(cardColour(cls, palette))}
            <span>{t(`screen.map.cards.${cls}`)}</span>
            <span className="screen-muted">{t('screen.map.units', { count: formatCount(cardCounts[cls]) })}</span>
          </li>
        ))
      )}
    </ul>
  );
}
