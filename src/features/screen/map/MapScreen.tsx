import type { MapSource } from '../../../adapters/mapConfig';
import type { EngineData, PeriodEvaluation } from '../../../engine';
import { useMapGeometry } from '../../../data/useMapGeometry';
import { useI18n } from '../../../ui';
import { useKeptMemo } from '../keptMemo';
import { mapUnits } from '../pageAvailability';
import type { MapColouring } from '../params';
import type { NameOf } from '../screenNames';
import { useScreenPalette } from '../screenTheme';
import { MapCanvas, type MapRegionView } from './MapCanvas';
import { geoLayout, tileLayout } from './mapLayout';
import { MapLegend } from './MapLegend';
import { MapNote } from './MapNote';
import { cardClass, cardsByUnit, inkFor, scoreClasses, unitEvaluations, unitFill, type CardClass } from './mapRegions';
import { RegionFigures } from './RegionFigures';
import { useCycle } from './useCycle';

export interface MapScreenProps {
  engine: EngineData;
  evaluation: PeriodEvaluation;
  nameOf: NameOf;
  colouring: MapColouring;
  fresh: ReadonlySet<string>;
  paused: boolean;
  source: MapSource | null;
  configProblems?: number;
}

/**
 * 地图: the scope's townships (or a prefecture's counties) coloured by composite score or by cards,
 * red-card regions outlined and marked, a new red card pulsing; one region at a time highlighted
 * with its key figures beside the map, in turn or by a click. Boundaries from the deployer's GeoJSON
 * (config.json `map`); without one, equal tiles laid out from the tree.
 */
export function MapScreen({ engine, evaluation, nameOf, colouring, fresh, paused, source, configProblems = 0 }: MapScreenProps) {
  const { t, formatScore, formatCount } = useI18n();
  const palette = useScreenPalette();
  const geometry = useMapGeometry(source);

  const units = useKeptMemo('map.units', () => mapUnits(engine, evaluation.scopeId), [engine, evaluation.scopeId]);
  const ready = geometry.status === 'ready' ? geometry.geometry : null;
  const layout = useKeptMemo('map.layout', () => (ready ? (geoLayout(units, ready) ?? tileLayout(units)) : tileLayout(units)), [units, ready]);
  const fallback = ready && layout.kind === 'tiles' ? 'no-match' : geometry.status === 'failed' ? 'failed' : null;

  const model = useKeptMemo(
    'map.model',
    () => {
      const evaluations = unitEvaluations(evaluation, units);
      const { byUnit, elsewhere } = cardsByUnit(engine, evaluation.cards, units, fresh);
      const { classes, classOf } = scoreClasses([...evaluations.values()], palette.scale);
      const counts: Record<CardClass, number> = { red: 0, yellow: 0, none: 0, noData: 0 };
      let unscored = 0;
      for (const office of units) {
        const evaluated = evaluations.get(office.id);
        counts[cardClass(byUnit.get(office.id), evaluated)]++;
        if (!evaluated || evaluated.score === null || evaluated.rank === null) unscored++;
      }
      const ranked = [...evaluations.values()].filter((office) => office.rank !== null).length;
      return { evaluations, byUnit, elsewhere, classes, classOf, counts, unscored, ranked };
    },
    [engine, evaluation, units, fresh, palette],
  );

  const regions = useKeptMemo(
    'map.regions',
    (): MapRegionView[] =>
      layout.shapes.map((shape) => {
        if (shape.officeId === null) {
          return {
            key: shape.key,
            officeId: null,
            polygons: shape.polygons,
            at: shape.at,
            label: null,
            figure: null,
            fill: palette.none,
            ink: 'light',
            mark: null,
            pulse: false,
          };
        }
        const office = model.evaluations.get(shape.officeId);
        const cards = model.byUnit.get(shape.officeId);
        const fill = unitFill(colouring, office, cards, model.classOf, palette.scale, palette);
        const red = cards?.red.length ?? 0;
        return {
          key: shape.key,
          officeId: shape.officeId,
          polygons: shape.polygons,
          at: shape.at,
          label: nameOf(shape.officeId),
          figure:
            !office || office.standing === 'not-reported'
              ? t('screen.board.notReported')
              : office.score === null
                ? t('screen.board.noScore')
                : t('screen.map.score', { score: formatScore(office.score) }),
          fill,
          ink: inkFor(fill),
          mark: red > 0 ? t('screen.map.redCount', { count: formatCount(red) }) : null,
          pulse: cards?.fresh ?? false,
        };
      }),
    [layout, model, colouring, palette, nameOf, t, formatScore, formatCount],
  );

  // The tour: the units that have a shape, in the order the data lists them.
  const toured = useKeptMemo('map.toured', () => layout.shapes.flatMap((shape) => (shape.officeId === null ? [] : [shape.officeId])), [layout]);
  const cycle = useCycle(toured.length, paused);
  const selected = toured[cycle.index] ?? null;

  const title = t(units[0]?.kind === 'region' ? 'screen.map.titleRegions' : 'screen.map.titleTownships');
  return (
    <div className="screen-page map">
      <section className="screen-panel" aria-labelledby="screen-map-title">
        <div className="screen-panel-head">
          <h2 id="screen-map-title">{title}</h2>
          <span className="screen-panel-note">{t(colouring === 'score' ? 'screen.map.byScore' : 'screen.map.byCards')}</span>
        </div>
        <MapCanvas
          regions={regions}
          box={layout.box}
          aspect={layout.aspectScale}
          selected={selected}
          label={title}
          onSelect={(officeId) => {
            const index = toured.indexOf(officeId);
            if (index >= 0) cycle.select(index);
          }}
        />
        <MapNote layout={layout} geometry={geometry} fallback={fallback} elsewhere={model.elsewhere.length} nameOf={nameOf} configProblems={configProblems} />
      </section>
      <div className="screen-column">
        <section className="screen-panel" aria-labelledby="screen-map-legend">
          <div className="screen-panel-head">
            <h2 id="screen-map-legend">{t('screen.map.legend')}</h2>
          </div>
          <MapLegend
            colouring={colouring}
            classes={model.classes}
            cardCounts={model.counts}
            unscored={model.unscored}
            palette={palette}
            redUnits={model.counts.red}
          />
        </section>
        <section className="screen-panel grow" aria-label={t('screen.map.selected')}>
          {selected === null ? (
            <p className="screen-calm">{t('screen.map.empty')}</p>
          ) : (
            <RegionFigures
              office={model.evaluations.get(selected)}
              name={nameOf(selected)}
              rankedOf={model.ranked}
              cards={model.byUnit.get(selected)}
              scheme={evaluation.scheme}
              periodKind={evaluation.requested.kind}
              nameOf={nameOf}
            />
          )}
        </section>
      </div>
    </div>
  );
}
