import type { Counts, IndicatorId } from '../domain';
import { DeltaRows, deltasAt, type IndicatorDeltas } from './deltas';
import type { EvaluationCore } from './evaluationCore';
import type { IndicatorScore } from './evaluationTypes';
import type { IndicatorValues } from './indicatorValue';
import type { OfficeReaders } from './officeEvaluation';
import { itemsByKind } from './rankings';
import { rollUp, spanOf, subtreeInto, subtreeScratch, type MonthSpan, type RollUp } from './rollup';
import { missingFieldsIn, scoreDetails, scoredIndicators, type ScoredIndicator } from './score';
import { rolledCounts, rolledValues, rolledValuesInto } from './values';

/** Offices whose 环比/同比 are read subtree by subtree before the whole scope is rolled up instead (an office page reads one). */
const SUBTREE_COMPARISONS = 8;

const NO_SPAN: MonthSpan = { from: 1, to: 0 };

/**
 * How a period's office evaluations read their per-indicator records from the evaluation's
 * numbers. 环比 and 同比 of the scope alone (and of a few offices) are summed from each one's
 * subtree; once a screen asks for those of more offices (a ranking table), the comparison periods
 * are rolled up over the whole scope once and every office reads its own.
 */
export class PeriodReaders implements OfficeReaders {
  private readonly items: ScoredIndicator[][];
  private readonly deltaRows: DeltaRows;
  private readonly previousSpan: MonthSpan;
  private readonly rankBaseSpan: MonthSpan | null;
  private baseScratch: RollUp | undefined;
  private readonly yearAgoSpan: MonthSpan;
  private comparisonRolls: [RollUp, RollUp] | undefined;
  private scratch: RollUp | undefined;
  private officesCompared = 0;

  constructor(private readonly core: EvaluationCore) {
    const data = core.layout.data;
    this.items = itemsByKind(scoredIndicators(core.layout));
    this.deltaRows = new DeltaRows(core.layout.ids.length);
    this.previousSpan = core.plan.previous ? spanOf(data, core.plan.previous) : NO_SPAN;
    this.yearAgoSpan = spanOf(data, core.plan.yearAgo);
    this.rankBaseSpan = core.plan.rankBase ? spanOf(data, core.plan.rankBase) : null;
  }

  counts(office: number): Counts {
    return rolledCounts(this.core.roll, office);
  }

  values(office: number): IndicatorValues {
    return rolledValues(this.core.roll, office);
  }

  /** Whether some indicator scored for the office's kind lacks a field (数据不全): cheap, read at once. */
  dataIncomplete(office: number): boolean {
    const { roll, layout } = this.core;
    const lacking = roll.lacking[office - roll.start]!;
    if (lacking === 0) return false;
    return this.items[layout.data.kindCodes[office]!]!.some((item) => (lacking & item.lackBit) !== 0);
  }

  scoreDetails(office: number): IndicatorScore[] {
    const { roll, layout, months } = this.core;
    const data = layout.data;
    const items = this.items[data.kindCodes[office]!]!;
    const missingFields = (item: ScoredIndicator) => missingFieldsIn(layout, item, office, data.subtreeEnd[office]!, roll.span.from, roll.span.to);
    return scoreDetails(items, roll, office - roll.start, months, missingFields);
  }

  /** The office's standings in the period its rank change is measured against (the previous month, …). */
  previousScoreDetails(office: number): IndicatorScore[] {
    const span = this.rankBaseSpan;
    if (!span) return [];
    const { layout } = this.core;
    const data = layout.data;
    this.baseScratch ??= subtreeScratch(layout);
    const roll = subtreeInto(layout, office, span, this.baseScratch);
    if (roll.reported[0] === 0) return [];
    const items = this.items[data.kindCodes[office]!]!;
    const missingFields = (item: ScoredIndicator) => missingFieldsIn(layout, item, office, data.subtreeEnd[office]!, span.from, span.to);
    return scoreDetails(items, roll, 0, span.to - span.from + 1, missingFields);
  }

  deltas(office: number): Record<IndicatorId, IndicatorDeltas> {
    const { roll, layout, start, end, plan } = this.core;
    const width = layout.ids.length;
    const { values, at } = this.deltaRows.take();
    rolledValuesInto(roll, office, values, at);
    if (!this.comparisonRolls && office !== start && ++this.officesCompared > SUBTREE_COMPARISONS) {
      this.comparisonRolls = [rollUp(layout, start, end, this.previousSpan), rollUp(layout, start, end, this.yearAgoSpan)];
    }
    if (this.comparisonRolls) {
      rolledValuesInto(this.comparisonRolls[0], office, values, at + width);
      rolledValuesInto(this.comparisonRolls[1], office, values, at + 2 * width);
    } else {
      this.scratch ??= subtreeScratch(layout);
      rolledValuesInto(subtreeInto(layout, office, this.previousSpan, this.scratch), 0, values, at + width);
      rolledValuesInto(subtreeInto(layout, office, this.yearAgoSpan, this.scratch), 0, values, at + 2 * width);
    }
    return deltasAt(layout, values, at, plan.previous === null);
  }
}
