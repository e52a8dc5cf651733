import { indicatorById, type IndicatorId } from '../../domain';
import type { Delta } from '../../engine';
import { useI18n } from '../../ui';
import { describeChange } from './change';

const ARROW = { up: '↑', down: '↓', flat: '→', none: '' } as const;

/** A change with its arrow, coloured by whether it is good news for this indicator. */
export function Change({ indicatorId, delta }: { indicatorId: IndicatorId; delta: Delta }) {
  const { t, formatPointChange, formatRelativeChange, formatCountChange } = useI18n();
  const view = describeChange(indicatorById(indicatorId), delta);
  if (view.movement === 'none') {
    return (
      <span className="change none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('overview.change.none')}</span>
      </span>
    );
  }
  const text =
    view.measure === 'points' ? formatPointChange(view.value) : view.measure === 'relative' ? formatRelativeChange(view.value) : formatCountChange(view.value);
  return (
    <span className={`change ${view.tone}`}>
      <span aria-hidden="true">{ARROW[view.movement]}</span>
      <span className="visually-hidden">{t(`overview.change.${view.movement}`)}</span> {text}
      {(view.tone === 'good' || view.tone === 'bad') && <span className="visually-hidden">（{t(`overview.change.${view.tone}`)}）</span>}
    </span>
  );
}
