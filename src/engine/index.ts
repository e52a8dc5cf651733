export { indicatorValue, indicatorValues, formulaValue, type IndicatorValues, type FormulaContext } from './indicatorValue';
export { buildEngineData, EngineInputError, type EngineData } from './engineData';
export { SchemeLayoutError } from './layout/terms';
export { childrenOf, descendantsOfKind, ancestorsOf, officeById, isInSubtree } from './tree';
export { indicatorScore } from './score';
export { competitionRanking, bestOf, worstOf, scoreKey, type RankEntry } from './ranking';
export { delta, deltas, type Delta, type IndicatorDeltas } from './deltas';
export { evaluatePeriod, type EvaluateOptions } from './evaluate';
export {
  RANKED,
  type RankedKind,
  type Reporting,
  type ReportingStatus,
  type OfficeEvaluation,
  type PeriodEvaluation,
  type IndicatorScore,
  type IndicatorStanding,
  type RankMove,
} from './evaluationTypes';
export { trend, kindTrend, kindRollup, type TrendPoint, type KindRollup, type MonthRange } from './trend';
export { latestCompleteMonth, monthCoverage, isPartialMonth, dataMonths, type MonthCoverage } from './months';
export { DEFAULT_SCHEME } from './defaultScheme';
// What only some screens run is imported from its own file, not from here: lint
// (barrels/first-screen, tools/eslint-barrels.js) keeps those modules out of this file. Types are free.
export type { MonthSummary, MonthStanding } from './monthHistory';
export type { SchemeValidation } from './validateScheme';
export type { SchemeProblem, SchemeProblemCode, SchemeProblemSeverity } from './schemeProblems';
export type { BulletinFacts, BulletinFigure, BulletinRankRow, BulletinCard, BulletinRanking, BulletinOffice } from './bulletin';
