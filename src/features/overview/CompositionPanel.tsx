import { useMemo } from 'react';
import { ChartPanel } from '../../charts';
import { compositionOption, type CompositionSlice } from '../../charts/options/composition';
import { officeBarOption, sortOfficeBars, type OfficeBarItem } from '../../charts/options/office-bar';
import { indicatorById } from '../../domain';
import type { EngineData, PeriodEvaluation, RankedKind } from '../../engine';
import { LIGHT, useI18n, useNavigate } from '../../ui';
import { volumeByKind } from './composition-data';
import { TOP_VOLUME_SIZE } from './headline';
import { distinctNames } from './names';
import { useCarriedParams } from './useCarriedParams';

const ACCEPTED = indicatorById('accepted');

/** What the period's volume is made of: by kind of office, and the offices of a kind that handle most. */
export function CompositionPanel({ engine, evaluation, kind }: { engine: EngineData; evaluation: PeriodEvaluation; kind: RankedKind }) {
  const i18n = useI18n();
  const { t, formatCount, formatRate } = i18n;
  const navigate = useNavigate();
  const params = useCarriedParams();

  const byKind = useMemo(
    () =>
      volumeByKind(engine, evaluation.scopeId, evaluation.period, evaluation.scope.values.accepted ?? null, {
        department: t('overview.composition.department'),
        township: t('overview.composition.township'),
        other: t('overview.composition.other'),
      }),
    [engine, evaluation, t],
  );

  const top = useMemo(() => {
    const offices = evaluation.officesOfKind(kind);
    const names = distinctNames(engine, offices);
    const items: OfficeBarItem[] = offices.map((office) => ({
      officeId: office.officeId,
      name: names.get(office.officeId) ?? office.name,
      value: office.values.accepted ?? null,
      partial: office.partial,
    }));
    return sortOfficeBars(items, 'higher').slice(0, TOP_VOLUME_SIZE);
  }, [engine, evaluation, kind]);

  const options = useMemo(
    () => ({
      byKind: compositionOption({
        slices: byKind.slices,
        seriesName: ACCEPTED.label[i18n.locale === 'en' ? 'en' : 'zh'],
        formatValue: i18n.formatCount,
        formatShare: i18n.formatRate,
        shareLabel: t('overview.composition.share'),
      }),
      top: officeBarOption({
        items: top,
        seriesName: ACCEPTED.label[i18n.locale === 'en' ? 'en' : 'zh'],
        unit: 'count',
        direction: 'higher',
        formatValue: i18n.formatCount,
        partialNote: t('overview.ranking.partial'),
        visibleRows: TOP_VOLUME_SIZE,
        colors: { bar: LIGHT.accent, partial: '#9db8e0', highlight: LIGHT.series[1]! },
      }),
    }),
    [byKind, top, i18n, t],
  );

  const topTitle = t('overview.composition.top', { n: TOP_VOLUME_SIZE, kind: t(`kind.${kind}`) });
  return (
    <div className="grid-2">
      {byKind.slices.length === 0 ? (
        <section className="panel">
          <h2>{t('overview.composition.byKind')}</h2>
          <p className="muted">{t('overview.composition.none')}</p>
        </section>
      ) : (
      <ChartPanel
        title={t('overview.composition.byKind')}
        chart={{ option: options.byKind, height: 300 }}
        table={{
          columns: [
            { key: 'part', header: t('overview.composition.part'), cell: (slice: CompositionSlice) => slice.name },
            { key: 'value', header: ACCEPTED.label[i18n.locale === 'en' ? 'en' : 'zh'], numeric: true, cell: (slice) => formatCount(slice.value) },
            { key: 'share', header: t('overview.composition.share'), numeric: true, cell: (slice) => formatRate(slice.share) },
          ],
          rows: byKind.slices,
          rowKey: (slice) => slice.id,
        }}
      />
      )}
      <ChartPanel
        title={topTitle}
        chart={{
          option: options.top,
          height: 300,
          onClick: (event) => {
            const officeId = (event.data as { officeId?: string } | undefined)?.officeId;
            if (officeId) navigate(`/office/${officeId}`, params);
          },
        }}
        table={{
          columns: [
            { key: 'office', header: t('overview.composition.office'), cell: (item: OfficeBarItem) => item.name },
            { key: 'value', header: ACCEPTED.label[i18n.locale === 'en' ? 'en' : 'zh'], numeric: true, cell: (item) => formatCount(item.value) },
            { key: 'status', header: t('overview.composition.status'), cell: (item) => (item.partial ? t('overview.partialMonth') : t('overview.completeMonth')) },
          ],
          rows: top,
          rowKey: (item) => item.officeId,
        }}
      />
    </div>
  );
}
