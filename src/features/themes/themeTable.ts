import type { Indicator } from '../../domain';
import type { EngineData, PeriodEvaluation, RankedKind } from '../../engine';

/** What both of a theme's tables are drawn from: the summary by indicator and the table by office. */
export interface ThemeTableProps {
  engine: EngineData;
  evaluation: PeriodEvaluation;
  kind: RankedKind;
  /** The theme's indicators, in registry order. */
  indicators: readonly Indicator[];
  /** The indicator the charts draw. */
  selected: Indicator;
  caption: string;
}
