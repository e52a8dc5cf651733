import type { Indicator } from '../../../domain';
import type { OfficeEvaluation } from '../../../engine';
import { changeText, describeChange, indicatorName, indicatorText, type I18n } from '../../../ui';

export interface CountTileView {
  key: string;
  label: string;
  value: string;
  /** "环比 ▲ 3.20%", or a line of its own ("已整改 10 / 12"). */
  note?: string | null;
  /** The note's colour: a change that is good or bad news. */
  noteTone?: 'good' | 'bad' | null;
  tone?: 'good' | 'bad' | 'warn' | null;
}

/** A tile for an indicator of the scope: its value and 环比, as the overview states them. */
export function indicatorTile(indicator: Indicator | undefined, scope: OfficeEvaluation, words: I18n, lowerIsNews = false): CountTileView | null {
  if (!indicator) return null;
  const value = scope.values[indicator.id] ?? null;
  const change = describeChange(indicator, value, scope.deltas[indicator.id]?.mom);
  const arrow = change.tone === 'good' || change.tone === 'bad' ? (change.value! > 0 ? '▲ ' : '▼ ') : '';
  const note = change.movement === 'gap' ? words.t('figure.change.cumulative') : `${words.t('screen.mom')} ${arrow}${changeText(indicator, change, words)}`;
  return {
    key: indicator.id,
    label: indicatorName(indicator, words.locale),
    value: indicatorText(indicator, value, words),
    note,
    noteTone: change.tone === 'good' || change.tone === 'bad' ? change.tone : null,
    tone: lowerIsNews && typeof value === 'number' && value > 0 ? 'warn' : null,
  };
}

/** A row of count tiles: label, a large figure, one line under it. */
export function CountTiles({ tiles, label }: { tiles: readonly CountTileView[]; label: string }) {
  return (
    <div className="screen-counts" role="list" aria-label={label}>
      {tiles.map((tile) => (
        <div key={tile.key} className={`screen-count${tile.tone ? ` ${tile.tone}` : ''}`} role="listitem">
          <span className="screen-count-label">{tile.label}</span>
          <span className="screen-count-value">{tile.value}</span>
          {tile.note && <span className={`screen-count-note${tile.noteTone ? ` tone-${tile.noteTone}` : ''}`}>{tile.note}</span>}
        </div>
      ))}
    </div>
  );
}
