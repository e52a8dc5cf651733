import { DEFAULT_SCHEME_RULES, parseTerm, type CountField, type Indicator, type IndicatorId } from '../../../domain';
import type { IndicatorScore, OfficeEvaluation } from '../../../engine/evaluationTypes';
import { fieldList, fieldName } from './fieldNames';
import type { Words } from './words';

// Where an office stands when it has no plain score to show: 数据不全, 样本不足, 无数值 and 未报送,
// each a label with a hint that says why.

export interface StandingMark {
  label: string;
  hint: string;
}

/** 数据不全 with the fields not reported, or null when the office's score is complete. */
export function dataIncompleteMark(office: Pick<OfficeEvaluation, 'dataIncomplete' | 'scoreDetails'>, words: Pick<Words, 't' | 'locale'>): StandingMark | null {
  if (!office.dataIncomplete) return null;
  const missing = office.scoreDetails.filter((detail) => detail.status === 'missing');
  const fields = missing.flatMap((detail) => detail.missingFields);
  // Under the scheme's default rule a missing indicator scores 0; under 'leave-out' it has no score.
  const zero = missing.length === 0 ? DEFAULT_SCHEME_RULES.missingData === 'zero' : missing.some((detail) => detail.score === 0);
  return {
    label: words.t('standing.incomplete'),
    hint: words.t('standing.incompleteHint', {
      fields: fields.length > 0 ? fieldList(fields, words) : words.t('state.noValue'),
      rule: words.t(zero ? 'standing.incompleteZero' : 'standing.incompleteLeaveOut'),
    }),
  };
}

/** The denominator's name when it is one plain field (评价数), else 分母. */
function denominatorName(indicator: Indicator, words: Pick<Words, 't' | 'locale'>): string {
  if (indicator.formula.type !== 'ratio' || indicator.formula.denominator.length !== 1) return words.t('standing.denominator');
  const term = parseTerm(indicator.formula.denominator[0]!);
  if (!term || term.names.length !== 1 || term.optional) return words.t('standing.denominator');
  return fieldName(term.names[0]!, words);
}

/** How one scheme indicator stood for an office, as a label and a hint; null for a scored one. */
export function standingMark(
  detail: IndicatorScore,
  indicator: Indicator | undefined,
  words: Pick<Words, 't' | 'locale' | 'formatCount'>,
): StandingMark | null {
  switch (detail.status) {
    case 'scored':
      return null;
    case 'missing':
      return { label: words.t('standing.incomplete'), hint: words.t('standing.missingHint', { fields: fieldList(detail.missingFields, words) }) };
    case 'small-sample':
      return {
        label: words.t('standing.smallSample'),
        hint: words.t('standing.smallSampleHint', {
          denominator: indicator ? denominatorName(indicator, words) : words.t('standing.denominator'),
          value: words.formatCount(detail.denominator),
          min: words.formatCount(detail.minDenominator),
        }),
      };
    case 'no-value':
      return { label: words.t('standing.noValue'), hint: words.t('standing.noValueHint') };
  }
}

/** 未报送: an office that reported nothing shows this, never a number. */
export function notReportedMark({ t }: Pick<Words, 't'>): StandingMark {
  return { label: t('standing.notReported'), hint: t('standing.notReportedHint') };
}

/** The missing fields of an office's scored indicators, each once, in scheme order. */
export function missingFields(office: Pick<OfficeEvaluation, 'scoreDetails'>): CountField[] {
  return [...new Set(office.scoreDetails.flatMap((detail) => (detail.status === 'missing' ? detail.missingFields : [])))];
}

/**
 * Each office's scoreDetails by indicator, read once per office: a table reads an office's
 * standing for several columns, and an evaluation may build scoreDetails on each read.
 */
export function detailsByOffice(offices: readonly Pick<OfficeEvaluation, 'officeId' | 'scoreDetails'>[]): Map<string, Map<IndicatorId, IndicatorScore>> {
  return new Map(offices.map((office) => [office.officeId, new Map((office.scoreDetails ?? []).map((detail) => [detail.indicatorId, detail]))]));
}
