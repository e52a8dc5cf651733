import { lookupIndicator, type IndicatorId, type Scheme } from '../../../domain';
import type { PeriodEvaluation } from '../../../engine';
import { useI18n } from '../../../ui';
import { regionFloor, regionTarget } from '../trends';
import { TargetRing } from './TargetRing';

/**
 * The scope's rates on rings against the scheme's lines, in the order given; an indicator the
 * scheme does not define is left out, a small sample says so (or the page's own note, `noteOf`).
 */
export function TargetRings({
  ids,
  scheme,
  scope,
  noteOf,
}: {
  ids: readonly IndicatorId[];
  scheme: Scheme;
  scope: PeriodEvaluation['scope'];
  noteOf?: (id: IndicatorId) => string | null;
}) {
  const { t } = useI18n();
  return (
    <div className="screen-rings">
      {ids.map((id) => {
        const indicator = lookupIndicator(scheme.definitions, id);
        if (!indicator) return null;
        const detail = scope.scoreDetails.find((entry) => entry.indicatorId === id);
        return (
          <TargetRing
            key={id}
            indicator={indicator}
            value={scope.values[id] ?? null}
            floor={regionFloor(scheme, id)}
            target={regionTarget(scheme, id)}
            note={detail?.status === 'small-sample' ? t('standing.smallSample') : (noteOf?.(id) ?? null)}
          />
        );
      })}
    </div>
  );
}
