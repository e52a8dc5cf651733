import type { ReactNode } from 'react';
import type { MapSource } from '../../adapters/mapConfig';
import type { Period, Scheme } from '../../domain';
import type { EngineData, PeriodEvaluation } from '../../engine';
import type { CardTracker } from './cardTracker';
import { MapScreen } from './map/MapScreen';
import { AlertsScreen } from './pages/AlertsScreen';
import { HotlineScreen } from './pages/HotlineScreen';
import { OverviewScreen } from './pages/OverviewScreen';
import { RankingsScreen } from './pages/RankingsScreen';
import { RegionsScreen } from './pages/RegionsScreen';
import { ReviewsScreen } from './pages/ReviewsScreen';
import type { MapColouring, ScreenPageId } from './params';
import type { NameOf } from './screenNames';

export interface ScreenPageProps {
  engine: EngineData;
  scheme: Scheme;
  evaluation: PeriodEvaluation;
  period: Period;
  nameOf: NameOf;
  tracker: CardTracker;
  /** Red cards that are news (cardKey): they pulse on the map and run in the ticker. */
  fresh: ReadonlySet<string>;
  mapColour: MapColouring;
  /** The deployer's boundaries for this scope, or null: the map draws tiles. */
  mapSource: MapSource | null;
  /** Entries of config.json's map that could not be used (the map page says so). */
  mapConfigProblems: number;
}

/** One page of the rotation. `paused`: the screen is paused or the page is not on show. */
export function renderScreenPage(id: ScreenPageId, props: ScreenPageProps, paused: boolean): ReactNode {
  const { engine, scheme, evaluation, period, nameOf, tracker, fresh } = props;
  switch (id) {
    case 'map':
      return (
        <MapScreen
          engine={engine}
          evaluation={evaluation}
          nameOf={nameOf}
          colouring={props.mapColour}
          fresh={fresh}
          paused={paused}
          source={props.mapSource}
          configProblems={props.mapConfigProblems}
        />
      );
    case 'rankings':
      return <RankingsScreen evaluation={evaluation} paused={paused} nameOf={nameOf} />;
    case 'regions':
      return <RegionsScreen engine={engine} evaluation={evaluation} paused={paused} nameOf={nameOf} />;
    case 'reviews':
      return <ReviewsScreen engine={engine} evaluation={evaluation} period={period} nameOf={nameOf} />;
    case 'hotline':
      return <HotlineScreen engine={engine} evaluation={evaluation} period={period} nameOf={nameOf} />;
    case 'alerts':
      return <AlertsScreen engine={engine} scheme={scheme} evaluation={evaluation} period={period} tracker={tracker} paused={paused} nameOf={nameOf} />;
    case 'overview':
      return <OverviewScreen engine={engine} evaluation={evaluation} period={period} nameOf={nameOf} />;
  }
}
