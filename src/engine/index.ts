export { indicatorValue, indicatorValues, formulaValue, formulaFields, type IndicatorValues } from './indicator-value';
export { buildEngineData, EngineInputError, type EngineData } from './engine-data';
export { childrenOf, descendantsOfKind, ancestorsOf, officeById, isInSubtree } from './tree';
export { indicatorScore, compositeScore } from './score';
export { competitionRanking, bestOf, worstOf, scoreKey, type RankEntry } from './ranking';
export { delta, deltas, indicatorDeltas, type Delta, type IndicatorDeltas } from './deltas';
export { evaluatePeriod, type EvaluateOptions } from './evaluate';
export {
  RANKED,
  type RankedKind,
  type Reporting,
  type ReportingStatus,
  type OfficeEvaluation,
  type PeriodEvaluation,
} from './evaluation-types';
export { trend, kindTrend, kindRollup, type TrendPoint, type KindRollup, type MonthRange } from './trend';
export { latestCompleteMonth, monthCoverage, isPartialMonth, dataMonths, type MonthCoverage } from './months';
export { DEFAULT_SCHEME } from './default-scheme';
export { monthHistory, type MonthSummary, type MonthStanding } from './month-history';
export { validateScheme, type SchemeValidation } from './validate-scheme';
export {
  SCHEME_PROBLEM_CODES,
  schemeProblemText,
  type SchemeProblem,
  type SchemeProblemCode,
  type SchemeProblemSeverity,
} from './scheme-problems';
// Only the bulletin screen computes bulletin facts: it imports bulletinFacts from './bulletin' itself,
// so that the everyday screens' shared engine chunk does not carry it. The types are free.
export type {
  BulletinFacts,
  BulletinFigure,
  BulletinRankRow,
  BulletinCard,
  BulletinRanking,
  BulletinOffice,
} from './bulletin';
